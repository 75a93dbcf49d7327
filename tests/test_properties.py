"""Properties over arbitrary text and over mutated copies of the reference letter:
parse() raises nothing but LetterParseError, the layout is lossless, JSON round-trips."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import letterparse
from letterparse import Letter, LetterParseError
from letterparse.lines import WHITESPACE

from .conftest import REFERENCE
from .invariants import assert_letter_invariants

REFERENCE_LINES = REFERENCE.read_text(encoding="utf-8").split("\n")
SETTINGS = settings(
    max_examples=int(os.environ.get("LETTERPARSE_EXAMPLES", "120")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def parse_or_reject(text: str) -> Letter | None:
    """The letter, or None when parse() rejects blank text with LetterParseError."""
    if not text.strip(WHITESPACE):
        with pytest.raises(LetterParseError, match="empty_input"):
            letterparse.parse(text)
        return None
    return letterparse.parse(text)


def check(text: str) -> None:
    letter = parse_or_reject(text)
    if letter is not None:
        assert_letter_invariants(text, letter)


LETTERISH = st.lists(
    st.sampled_from(
        [
            *"abcXYZ019 .,;:()-–•*o\t\n\r\u00a0\u200bá",
            "To ",
            "CC: ",
            "Dear Sir,",
            "Re: ",
            "1. ",
            "- ",
            "Signed by 3 organizations",
            "Sincerely,",
            "1 March 2024",
            "For more information, please contact:",
            "\n\n",
            "ရန်ကုန်",
            "[x](#)",
            "a@b.org",
            "Organisations:",
            "Page 2 of 7",
            "\x0c",
        ]
    ),
    max_size=120,
).map("".join)


@SETTINGS
@given(st.text(max_size=300))
def test_arbitrary_text(text: str) -> None:
    check(text)


@SETTINGS
@given(LETTERISH)
def test_letter_shaped_text(text: str) -> None:
    check(text)


def mutate(lines: list[str], data: st.DataObject) -> list[str]:
    lines = list(lines)
    for _ in range(data.draw(st.integers(1, 6), label="mutations")):
        if not lines:
            break
        index = data.draw(st.integers(0, len(lines) - 1), label="line")
        action = data.draw(
            st.sampled_from(["delete", "duplicate", "swap", "indent", "junk", "truncate"]),
            label="action",
        )
        if action == "delete":
            del lines[index]
        elif action == "duplicate":
            lines.insert(index, lines[index])
        elif action == "swap":
            other = data.draw(st.integers(0, len(lines) - 1), label="other")
            lines[index], lines[other] = lines[other], lines[index]
        elif action == "indent":
            lines[index] = data.draw(st.sampled_from([" ", "  ", "\t", "    "])) + lines[index]
        elif action == "junk":
            lines.insert(index, data.draw(st.text(max_size=40), label="junk"))
        else:
            cut = data.draw(st.integers(0, len(lines[index])), label="cut")
            lines = [*lines[:index], lines[index][:cut]]
    return lines


@SETTINGS
@given(st.data())
def test_mutated_reference_letter(data: st.DataObject) -> None:
    check("\n".join(mutate(REFERENCE_LINES, data)))


@SETTINGS
@given(st.data())
def test_mutated_reference_keeps_counting_its_list(data: st.DataObject) -> None:
    """Mutations confined to the list never lose the letter's opening."""
    start = REFERENCE_LINES.index("1. 5/ of Zaya State Strike")
    lines = REFERENCE_LINES[:start] + mutate(REFERENCE_LINES[start:], data)
    letter = letterparse.parse("\n".join(lines))
    assert letter.salutation is not None
    assert letter.salutation.text == "Your Excellencies,"
    assert len(letter.body) == 11
    assert letter.signing is not None
    assert letter.signing.declared_total == 397
