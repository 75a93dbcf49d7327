"""Hostile input: whatever a disk or a web page hands the parser, it answers with a
``Letter`` or a ``LetterParseError``, never anything else.

For every input that parses, the model round-trips through JSON and the layout is
lossless: its blocks run in order, never overlap, carry the right line numbers and
together cover every character that is not whitespace. Counter-examples found by the
properties are pinned below as named tests.
"""

from __future__ import annotations

import contextlib
import io
import json
import tempfile
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import letterparse
from letterparse import Letter, LetterParseError
from letterparse.cli import main
from letterparse.decode import decode_bytes, decode_text
from letterparse.fields.signatories import MAX_DEPTH
from letterparse.lines import WHITESPACE

from .conftest import REFERENCE
from .strategies import (
    HOSTILE_SETTINGS,
    hostile_letter,
    hostile_signatory_list,
    hostile_text,
    truncated_bytes,
)

_REFERENCE_TEXT = REFERENCE.read_text(encoding="utf-8")
_OPENING = "To the Council\n\nDear Members,\n\nWe write to you about the region.\n\n"
_LINE_BREAK = regex.compile(r"\r\n|\r|\n")


def _line_at(text: str, offset: int) -> int:
    return len(_LINE_BREAK.findall(text, 0, offset)) + 1


def assert_lossless(text: str, letter: Letter) -> None:
    """The layout's blocks run in order without overlap, their line numbers match their
    offsets, and together they cover every character of ``text`` that is not whitespace."""
    previous_end = 0
    for block in letter.layout:
        span = block.span
        assert previous_end <= span.start < span.end <= len(text), block
        assert text[span.start] not in WHITESPACE, block
        assert text[span.end - 1] not in WHITESPACE, block
        assert span.line == _line_at(text, span.start), block
        assert span.end_line == _line_at(text, span.end - 1), block
        gap = text[previous_end : span.start]
        assert not gap.strip(WHITESPACE), f"uncovered text before {block}: {gap!r}"
        previous_end = span.end
    assert not text[previous_end:].strip(WHITESPACE), "uncovered text after the last block"
    assert letter.source.chars == len(text)


def assert_round_trips(letter: Letter) -> None:
    assert Letter.model_validate_json(letter.model_dump_json()) == letter


def check_text(text: str) -> None:
    """``parse`` gives a sound letter or a LetterParseError; nothing else escapes."""
    try:
        letter = letterparse.parse(text)
    except LetterParseError:
        return
    assert_round_trips(letter)
    assert_lossless(decode_text(text).text, letter)


def check_bytes(data: bytes) -> None:
    try:
        letter = letterparse.parse_bytes(data)
    except LetterParseError:
        return
    assert_round_trips(letter)
    assert_lossless(decode_bytes(data).text, letter)


# -- properties ------------------------------------------------------------------------


@HOSTILE_SETTINGS
@given(hostile_text)
def test_hostile_text_parses_or_raises_letter_parse_error(text: str) -> None:
    check_text(text)


@HOSTILE_SETTINGS
@given(hostile_letter(_REFERENCE_TEXT))
def test_reference_letter_with_hostile_lines_stays_sound(text: str) -> None:
    check_text(text)


@HOSTILE_SETTINGS
@given(hostile_signatory_list())
def test_deeply_indented_signatory_lists_stay_sound(text: str) -> None:
    check_text(text)


@HOSTILE_SETTINGS
@given(truncated_bytes(st.one_of(hostile_text, st.just(_REFERENCE_TEXT))))
def test_truncated_bytes_parse_or_raise_letter_parse_error(data: bytes) -> None:
    check_bytes(data)


@HOSTILE_SETTINGS
@given(st.binary(max_size=2_000))
def test_random_bytes_parse_or_raise_letter_parse_error(data: bytes) -> None:
    check_bytes(data)


# -- the CLI ---------------------------------------------------------------------------


def _run_cli(path: Path, out: Path) -> tuple[int, str]:
    stderr = io.StringIO()
    with contextlib.redirect_stderr(stderr):
        code = main(["parse", str(path), "-o", str(out)])
    return code, stderr.getvalue()


def check_cli_on_folder(folder: Path) -> None:
    """Each file of ``folder`` gives JSON of a letter (exit 0) or one error line
    ``path[:line]: code: message`` on stderr (exit 1); never a traceback."""
    for path in sorted(folder.iterdir()):
        out = path.with_suffix(".json")
        code, stderr = _run_cli(path, out)
        assert "Traceback" not in stderr
        if code == 0:
            assert stderr == ""
            Letter.model_validate_json(out.read_text(encoding="utf-8"))
            out.unlink()
        else:
            assert code == 1, (path.name, code, stderr)
            assert stderr.startswith(f"{path}"), stderr
            assert stderr.count("\n") == 1, stderr


HOSTILE_FILES: dict[str, bytes] = {
    "empty.txt": b"",
    "blank.txt": b" \n\t\r\n\x0c\n",
    "invisible.txt": "\u200b\u2060\ufeff\n".encode(),
    "nul.txt": b"To the Council\n\x00\x00\n",
    "binary.bin": bytes(range(256)) * 4,
    "utf16-odd.txt": "To the Council\n".encode("utf-16") + b"\x00",
    "cut-mid-character.txt": "To the Council\n\nမြန်မာ".encode()[:-1],
    "lone-surrogate.txt": "To the Council\n\n1. \ud800\n".encode("utf-8", "surrogatepass"),
    "cp1252.txt": "To the Council\n\nDear Members,\n\nWe write \u2013 now.\n".encode("cp1252"),
    "long-line.txt": b"a" * 200_000,
    "open-parentheses.txt": b"Signed by:\n\n1. " + b"(" * 50_000,
    "empty-markers.txt": b"- \n" * 5_000,
    "zero-month.txt": b"To the Council\n\n00/05/2024\n",
    "huge-count.txt": b"Dear Members,\n\nWe write to you.\n\nSigned by 1"
    + b",000" * 2_000
    + b" groups\n",
}


def check_cli_batch(folder: Path, out: Path, jobs: int) -> None:
    """The whole folder in one run: one JSON Lines record per file in sorted path order
    (a letter or an error record), one ``path:line: code: message`` line on stderr per
    failed file, exit 1 when any failed; never a traceback."""
    files = sorted(path for path in folder.iterdir() if path.is_file())
    stderr = io.StringIO()
    with contextlib.redirect_stderr(stderr):
        code = main(["parse", str(folder), "--glob", "*", "-o", str(out), "--jobs", str(jobs)])
    errors = stderr.getvalue()
    assert "Traceback" not in errors
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [record["source"]["path"] for record in records] == [str(path) for path in files]
    failed = [record for record in records if "error" in record]
    for record in records:
        if "error" in record:
            assert set(record["error"]) == {"code", "message", "line"}
        else:
            Letter.model_validate(record)
    assert errors.count("\n") == len(failed) + 1  # and the batch's summary
    assert errors.splitlines()[-1].startswith(f"letterparse: {len(files)} files read")
    for record, line in zip(failed, errors.splitlines()[:-1], strict=True):
        assert line.startswith(record["source"]["path"])
        assert f": {record['error']['code']}: " in line
    assert code == (1 if failed else 0)


def test_cli_on_a_folder_of_hostile_files(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, data in HOSTILE_FILES.items():
        (folder / name).write_bytes(data)
    for jobs in (1, 2):
        check_cli_batch(folder, tmp_path / f"out-{jobs}.jsonl", jobs)
    assert (tmp_path / "out-1.jsonl").read_bytes() == (tmp_path / "out-2.jsonl").read_bytes()
    check_cli_on_folder(folder)


@settings(HOSTILE_SETTINGS, max_examples=max(10, HOSTILE_SETTINGS.max_examples // 4))
@given(st.lists(truncated_bytes(hostile_text), min_size=1, max_size=4))
def test_cli_on_a_folder_of_generated_files(files: list[bytes]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        for index, data in enumerate(files):
            (Path(folder) / f"letter-{index}.txt").write_bytes(data)
        check_cli_on_folder(Path(folder))


def test_cli_json_of_a_hostile_letter_is_the_letter(tmp_path: Path) -> None:
    path = tmp_path / "letter.txt"
    path.write_bytes("To the Council\u202e\n\n1 March 2024\n\nDear 👩\u200d👩\u200d👧,\n".encode())
    code, stderr = _run_cli(path, tmp_path / "letter.json")
    assert (code, stderr) == (0, "")
    document = json.loads((tmp_path / "letter.json").read_text(encoding="utf-8"))
    assert document["salutation"]["text"] == "Dear 👩\u200d👩\u200d👧,"


# -- pinned counter-examples -------------------------------------------------------------


def test_pinned_zero_month_in_numeric_date_is_an_invalid_date() -> None:
    """``00/05/2024`` looked ambiguous and naming month 0 raised ValueError."""
    letter = letterparse.parse("To the Council\n\n00/05/2024\n")
    assert letter.date is not None
    assert letter.date.iso is None
    assert [warning.code for warning in letter.warnings] == ["invalid_date"]


def test_pinned_zero_day_in_numeric_date_is_an_invalid_date() -> None:
    letter = letterparse.parse("To the Council\n\n05/00/2024\n")
    assert letter.date is not None
    assert letter.date.iso is None
    assert [warning.code for warning in letter.warnings] == ["invalid_date"]


def test_pinned_count_with_thousands_of_digits_declares_nothing() -> None:
    """``Signed by 1,000,000,…`` with 6,000 digits overflowed int()'s digit limit."""
    text = "Dear Members,\n\nWe write to you.\n\nSigned by 1" + ",000" * 2_000 + " groups\n\n1. A\n"
    letter = letterparse.parse(text)
    assert letter.signing is not None
    assert letter.signing.declared_total is None


def test_pinned_count_inside_a_longer_number_is_no_count() -> None:
    text = "Dear Members,\n\nWe write.\n\nSigned by 12345678901 organisations\n\n1. A\n"
    signing = letterparse.parse(text).signing
    assert signing is not None
    assert signing.declared_total is None


NEWER_DIGITS = "\U000116d1\U000116d2"
"""Pao digits one and two (Unicode 16): ``\\p{Nd}`` to the ``regex`` module, unknown to
``int()`` on Python 3.11."""


@pytest.mark.parametrize(
    ("text", "iso", "total"),
    [
        (f"Dear all,\n\nWe write.\n\nSigned by {NEWER_DIGITS} groups\n\n1. A\n2. B\n", None, 12),
        (f"Geneva, {NEWER_DIGITS} March 2024\n\nDear all,\n\nWe write.\n", "2024-03-12", None),
        (f"{NEWER_DIGITS}{NEWER_DIGITS}-03-01\n\nDear all,\n\nWe write.\n", "1212-03-01", None),
    ],
)
def test_pinned_digits_newer_than_pythons_tables_are_read(
    text: str, iso: str | None, total: int | None
) -> None:
    """A count or a date in digits only the ``regex`` module knows raised ValueError."""
    letter = letterparse.parse(text)
    assert (letter.date.iso if letter.date else None) == iso
    assert (letter.signing.declared_total if letter.signing else None) == total
    assert_round_trips(letter)


def test_pinned_two_column_row_numbered_in_newer_digits() -> None:
    rows = f"1. Alpha Org          {NEWER_DIGITS}. Beta Org\n2. Gamma Org      8. Delta\n"
    text = "Signed by:\n\n" + rows
    letter = letterparse.parse(text)
    assert [(entry.number, entry.name) for entry in letter.signatories] == [
        (1, "Alpha Org"),
        (2, "Gamma Org"),
        (12, "Beta Org"),
        (8, "Delta"),
    ]


def test_pinned_only_invisible_characters_is_empty_input() -> None:
    """Zero-width spaces and word joiners are whitespace to the layout: no letter."""
    with pytest.raises(LetterParseError) as caught:
        letterparse.parse("\u200b\n\u2060 \ufeff\ufeff\n")
    assert caught.value.code == "empty_input"


def test_pinned_deeply_indented_signatories_nest_at_most_max_depth() -> None:
    """1,000 entries, each indented one column deeper, nested one level per line: past
    about 500 levels RecursionError, past about 100 JSON that would not read back."""
    entries = "".join(f"{' ' * depth}- Group {depth}\n" for depth in range(1_000))
    letter = letterparse.parse("Dear Members,\n\nWe write.\n\nSigned by:\n\n" + entries)
    depth, entry = 1, letter.signatories[0]
    while entry.members:
        depth, entry = depth + 1, entry.members[0]
    assert depth == MAX_DEPTH
    assert [warning.code for warning in letter.warnings] == ["nesting_too_deep"]
    assert_round_trips(letter)


def test_pinned_lone_surrogate_in_signatory_becomes_replacement_character() -> None:
    text = "Dear Members,\n\nWe write.\n\nSigned by:\n\n1. Group \ud800 (GRP)\n"
    letter = letterparse.parse(text)
    assert letter.signatories[0].name == "Group \ufffd (GRP)"
    assert_round_trips(letter)


BACKTRACKING_LINES = {
    "email_in_contacts": _OPENING + "Contact:\n- " + "a" * 5_000 + "@" + "b." * 3_000 + "\n",
    "email_in_body": _OPENING + "a" * 5_000 + "@" + "b." * 3_000 + "\n",
    "acronym_of_capitals": _OPENING + "Signed by:\n\n1. (" + "A" * 5_000 + "a)\n",
    "group_heading_spaces": _OPENING + "Signed by:\n\nOrganisations" + " " * 20_000 + "x:\n",
    "joined_counts": _OPENING + "Signed by 5 groups" + " ," * 5_000 + " or 7 people\n\n1. A\n",
    "salutation_spaces": "To the Council\n\nDear x" + " " * 20_000 + "y\n",
    "contact_spaces": _OPENING + "Contact: Jane Roe" + " " * 20_000 + "or x@y.org\n",
}
"""Lines that once made a pattern backtrack for seconds or hours (quadratic or worse in
their length). The test shows they parse; ``benchmarks/bench.py`` shows that the time
stays proportional to the length."""


@pytest.mark.parametrize("name", sorted(BACKTRACKING_LINES))
def test_pinned_backtracking_line_parses(name: str) -> None:
    check_text(BACKTRACKING_LINES[name])
