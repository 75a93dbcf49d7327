"""Metamorphic tests: the reference letter re-encoded in Zawgyi, and numbered in Myanmar
digits, reads exactly like the original. The variants are made from the letter here."""

from __future__ import annotations

from typing import Any

import pytest
import regex

import letterparse
from letterparse import Letter

from .conftest import REFERENCE
from .invariants import assert_letter_invariants
from .test_myanmar_zawgyi import zawgyi_names

MYANMAR_DIGITS = str.maketrans("0123456789", "၀၁၂၃၄၅၆၇၈၉")
NUMBERED = regex.compile(r"^(?P<indent>[ \t]*)(?P<n>\d+)\.(?= )", regex.MULTILINE)


@pytest.fixture(scope="module")
def original() -> Letter:
    return letterparse.parse(REFERENCE.read_text(encoding="utf-8"))


def values(letter: Letter) -> dict[str, Any]:
    """What the letter says, without where it says it: no spans, no source, layout kinds
    only, warnings by code and message."""

    def strip(value: Any) -> Any:
        if isinstance(value, dict):
            return {key: strip(item) for key, item in value.items() if key != "span"}
        if isinstance(value, list):
            return [strip(item) for item in value]
        return value

    dump = letter.model_dump()
    dump.pop("source")
    dump["layout"] = [block["kind"] for block in dump["layout"]]
    dump["warnings"] = [(w["code"], w["message"]) for w in dump["warnings"]]
    return {key: strip(value) for key, value in dump.items()}


# -- Zawgyi ----------------------------------------------------------------------------


def in_zawgyi(text: str, column: int) -> str:
    """The reference letter with its twelve Burmese entries written in Zawgyi."""
    for row in zawgyi_names():
        text, count = regex.subn(
            rf"(?m)^(\d+\. ){regex.escape(row[0])}$", rf"\g<1>{row[column]}", text
        )
        assert count == 1, row[0]
    return text


@pytest.mark.parametrize("column", [1, 2], ids=["mmfont", "python-myanmar"])
def test_zawgyi_names_read_like_the_original(original: Letter, column: int) -> None:
    text = in_zawgyi(REFERENCE.read_text(encoding="utf-8"), column)
    letter = letterparse.parse(text)
    converted = [w for w in letter.warnings if w.code == "zawgyi_converted"]
    rest = [w for w in letter.warnings if w.code != "zawgyi_converted"]
    assert [w.line for w in converted] == [103, 104, 106, *range(387, 396)]
    assert rest == original.warnings
    expected = values(original)
    got = values(letter.model_copy(update={"warnings": rest}))
    assert got == expected
    assert_letter_invariants(text, letter)


@pytest.mark.parametrize("column", [1, 2], ids=["mmfont", "python-myanmar"])
def test_zawgyi_entries_keep_their_source(column: int) -> None:
    """Each converted name is Unicode; its span still points at the Zawgyi as written."""
    text = in_zawgyi(REFERENCE.read_text(encoding="utf-8"), column)
    letter = letterparse.parse(text)
    by_name = {s.name: s for s in letter.signatories}
    for unicode_name, *written in zawgyi_names():
        entry = by_name[unicode_name]
        assert text[entry.span.start : entry.span.end].endswith(written[column - 1])


def test_original_has_no_zawgyi_warning(original: Letter) -> None:
    assert not [w for w in original.warnings if w.code.startswith("zawgyi")]


# -- Myanmar digits --------------------------------------------------------------------

STYLES = {
    "၁။": lambda n: f"{n}။",
    "၁.": lambda n: f"{n}.",
    "(၁)": lambda n: f"({n})",
    "၁)": lambda n: f"{n})",
}


def in_myanmar_digits(text: str, style: str) -> str:
    """The reference letter with its list numbered in Myanmar digits, in one style."""
    return NUMBERED.sub(
        lambda m: m.group("indent") + STYLES[style](m.group("n").translate(MYANMAR_DIGITS)), text
    )


def test_myanmar_numbers_read_exactly_like_the_original(original: Letter) -> None:
    """``1.`` and ``၁။`` are as long, so everything is the same, spans included."""
    text = in_myanmar_digits(REFERENCE.read_text(encoding="utf-8"), "၁။")
    assert "\n၂၉၅။ ကြားကာလပညာရေး (Online Federal School)\n" in text
    letter = letterparse.parse(text)
    assert letter.model_dump(exclude={"source"}) == original.model_dump(exclude={"source"})


@pytest.mark.parametrize("style", list(STYLES))
def test_every_myanmar_number_style_reads_like_the_original(original: Letter, style: str) -> None:
    text = in_myanmar_digits(REFERENCE.read_text(encoding="utf-8"), style)
    letter = letterparse.parse(text)
    assert values(letter) == values(original)
    assert_letter_invariants(text, letter)


def test_myanmar_digits_in_the_date_and_the_counts(original: Letter) -> None:
    text = REFERENCE.read_text(encoding="utf-8")
    text = text.replace("\n1 March 2024\n", "\n၁ March ၂၀၂၄\n")
    text = text.replace("Signed by 397 ", "Signed by ၃၉၇ ").replace(
        "including 94 ", "including ၉၄ "
    )
    letter = letterparse.parse(in_myanmar_digits(text, "၁။"))
    assert letter.date is not None
    assert original.date is not None
    assert (letter.date.text, letter.date.iso) == ("၁ March ၂၀၂၄", original.date.iso)
    assert letter.signing is not None
    assert (letter.signing.declared_total, letter.signing.declared_undisclosed) == (397, 94)
    assert letter.warnings == original.warnings
    assert [s.number for s in letter.signatories] == [s.number for s in original.signatories]
