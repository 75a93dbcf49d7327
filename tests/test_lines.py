"""Stage 2: line geometry and list markers."""

from __future__ import annotations

import sys
import typing

import pytest

from letterparse.lines import WHITESPACE, Line, _LineFields, split_lines


def test_offsets_slice_the_text() -> None:
    text = "  To the Council  \r\n\r\nDear Members,\rWe write.\n"
    lines = split_lines(text)
    assert [line.text for line in lines] == ["To the Council", "Dear Members,", "We write."]
    assert [line.number for line in lines] == [1, 3, 4]
    assert [line.blank_before for line in lines] == [0, 1, 0]
    for line in lines:
        assert text[line.start : line.end] == line.text


def test_form_feed_and_line_separator_do_not_end_lines() -> None:
    text = "page one\x0c\nnext\u2028same\u00a0line\tend\n"
    lines = split_lines(text)
    assert [line.text for line in lines] == ["page one", "next same line end"]
    assert [text[line.start : line.end] for line in lines] == [
        "page one",
        "next\u2028same\u00a0line\tend",
    ]


@pytest.mark.parametrize(
    ("text", "marker", "kind", "ordinal", "body"),
    [
        ("1. Burma Campaign UK", "1.", "number", 1, "Burma Campaign UK"),
        ("12) Group", "12)", "number", 12, "Group"),
        ("(3) Group", "(3)", "number", 3, "Group"),
        ("4 - Group", "4 -", "number", 4, "Group"),
        ("- Elena, GSCN", "-", "bullet", None, "Elena, GSCN"),
        ("• Item", "•", "bullet", None, "Item"),
        ("* Item", "*", "bullet", None, "Item"),
        ("– Item", "–", "bullet", None, "Item"),
        ("o Item", "o", "bullet", None, "Item"),
        ("a) demand", "a)", "letter", None, "demand"),
        ("(iv) demand", "(iv)", "letter", None, "demand"),
        ("၁၂။ အဖွဲ့", "၁၂။", "number", 12, "အဖွဲ့"),
        ("-", "-", "bullet", None, ""),
        ("1/ Cinder Hills Network", "1/", "number", 1, "Cinder Hills Network"),
        ("#12 Kestrel Land Rights", "#12", "number", 12, "Kestrel Land Rights"),
    ],
)
def test_markers(text: str, marker: str, kind: str, ordinal: int | None, body: str) -> None:
    (line,) = split_lines(text)
    assert (line.marker, line.marker_kind, line.ordinal, line.body) == (marker, kind, ordinal, body)
    assert text[line.body_start - line.start :] == body


@pytest.mark.parametrize(
    "text",
    [
        "1 March 2024",
        "1.5 million people",
        "8888 Generation",
        "—evident",
        "e.g. this",
        "A. Smith",
        "5/ of Zaya State Strike",
        "No.12 Basic Education High School",
        "#MyanmarCoup",
        "1/3 of the budget",
    ],
)
def test_not_markers(text: str) -> None:
    (line,) = split_lines(text)
    assert line.marker is None
    assert line.body == text


def test_indent_counts_tabs_to_the_next_stop() -> None:
    lines = split_lines("\t- member\n  \t- deeper\n   - three\n")
    assert [line.indent for line in lines] == [4, 4, 3]


def test_whitespace_is_exactly_isspace_plus_invisibles() -> None:
    spaces = {chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()}
    assert set(WHITESPACE) == spaces | {"\u200b", "\u2060", "\ufeff"}


def test_blank_lines_of_nbsp_and_zero_width_are_blank() -> None:
    lines = split_lines("a\n\u00a0\u200b\n\tb\n")
    assert [(line.text, line.blank_before) for line in lines] == [("a", 0), ("b", 1)]


def test_every_odd_space_is_unprintable() -> None:
    """split_lines looks for odd spaces only in lines that are not all printable."""
    assert not [
        char for char in WHITESPACE if char.isspace() and char != " " and char.isprintable()
    ]


def test_the_record_fields_split_lines_builds_are_lines_fields() -> None:
    """``split_lines`` builds records with ``tuple.__new__``, which checks nothing: its
    field tuple must follow :class:`Line` field for field."""
    annotations = typing.get_type_hints(Line)
    assert list(typing.get_args(_LineFields)) == [annotations[name] for name in Line._fields]
