"""Zawgyi: the detector, the converter, the three verdicts, and what the line pass costs."""

from __future__ import annotations

import math
import warnings
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from myanmartools import ZawgyiDetector

import letterparse
from letterparse.lines import split_lines
from letterparse.myanmar import zawgyi
from letterparse.myanmar.lines import read_lines
from letterparse.myanmar.script import has_myanmar, is_well_formed

from .conftest import REFERENCE, ROOT

NAMES_TSV = ROOT / "fixtures" / "myanmar" / "zawgyi-reference-names.tsv"


def zawgyi_names() -> list[tuple[str, str, str]]:
    """(Unicode, Zawgyi as mmfont writes it, Zawgyi as python-myanmar writes it) for the
    twelve Burmese-script entries of the reference letter."""
    rows = NAMES_TSV.read_text(encoding="utf-8").splitlines()
    return [(u, a, b) for u, a, b in (row.split("\t") for row in rows if not row.startswith("#"))]


UNICODE_NAMES = [row[0] for row in zawgyi_names()]

UNICODE_WORDS = [
    *["မြန်မာ", "ရန်ကုန်", "မန္တလေး", "နေပြည်တော်", "တနင်္သာရီ", "ခင်ဥမ္မာ", "ဦး", "ဒေါ်"],
    *["မင်္ဂလာပါ", "ပြဿနာ", "ဥက္ကဋ္ဌ", "ကုလသမဂ္ဂ", "ကျွန်ုပ်တို့", "လေးစားစွာဖြင့်", "အကြောင်းအရာ"],
    *["ဉာဏ်", "၏", "၍", "၌", "၎င်း"],
    *["ကယား", "ဘုရား", "မြမြ", "ကို"],  # short words the detector is least sure of
]
"""Well-formed Unicode Burmese: names, places, vocabulary, and short ambiguous words."""


def test_the_fixture_names_are_the_reference_letter_entries() -> None:
    text = REFERENCE.read_text(encoding="utf-8")
    assert len(UNICODE_NAMES) == 12
    for name in UNICODE_NAMES:
        assert is_well_formed(name)
        assert sum(line.endswith(f". {name}") for line in text.splitlines()) == 1


@pytest.mark.parametrize("column", [1, 2], ids=["mmfont", "python-myanmar"])
@pytest.mark.parametrize("row", zawgyi_names(), ids=[row[0][:14] for row in zawgyi_names()])
def test_zawgyi_names_read_back_exactly(row: tuple[str, str, str], column: int) -> None:
    reading = zawgyi.read(row[column])
    assert reading.verdict == "zawgyi"
    assert reading.probability >= zawgyi.CONFIDENT
    assert reading.text == row[0]


@pytest.mark.parametrize("text", UNICODE_NAMES + UNICODE_WORDS)
def test_unicode_is_never_converted(text: str) -> None:
    reading = zawgyi.read(text)
    assert reading.verdict == "unicode"
    assert reading.text is text


def test_suspected_below_confidence_is_kept() -> None:
    """Zawgyi ``ဉာဏ်`` (wisdom), one syllable the detector is unsure of (about 0.73) and
    that is not well-formed Unicode: kept as written, flagged."""
    reading = zawgyi.read("ဉာဏ္")
    assert reading.verdict == "suspected"
    assert zawgyi.SUSPECT <= reading.probability < zawgyi.CONFIDENT
    assert reading.text == "ဉာဏ္"


def test_text_the_same_in_both_encodings_is_unicode() -> None:
    """``၏`` scores 0.98 but reads the same in Zawgyi: nothing to convert, nothing to flag."""
    assert zawgyi.zawgyi_probability("၏") >= zawgyi.CONFIDENT
    assert zawgyi.read("၏").verdict == "unicode"


def test_no_myanmar_no_detector() -> None:
    reading = zawgyi.read("Burma Campaign UK")
    assert (reading.verdict, reading.probability) == ("unicode", -math.inf)


def test_unicode_tone_and_asat_left_in_zawgyi() -> None:
    """python-myanmar leaves Unicode ``့်`` in its Zawgyi; it still reads back."""
    assert zawgyi.to_unicode("ႏွင့်") == "နှင့်"
    assert zawgyi.to_unicode("ႏွင့္") == "နှင့်"


# -- the detector ----------------------------------------------------------------------

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)  # its importlib.resources call
    PUBLIC = ZawgyiDetector()


@pytest.mark.parametrize("text", ["", "ascii only", "၅၂၀", *UNICODE_NAMES, *UNICODE_WORDS])
def test_scorer_matches_myanmartools(text: str) -> None:
    assert zawgyi.zawgyi_probability(text) == PUBLIC.get_zawgyi_probability(text)


@given(st.text(alphabet=st.characters(min_codepoint=0x0FF0, max_codepoint=0x10A5), max_size=30))
def test_scorer_matches_myanmartools_on_any_text(text: str) -> None:
    mine, theirs = zawgyi.zawgyi_probability(text), PUBLIC.get_zawgyi_probability(text)
    assert mine == theirs or (math.isnan(mine) and math.isnan(theirs))


def test_scorer_matches_myanmartools_compatibility_table() -> None:
    """Google's own table of strings and probabilities, shipped with myanmartools."""
    import myanmartools  # noqa: PLC0415

    table = Path(myanmartools.__file__).parent / "resources" / "compatibility.tsv"
    for row in table.read_text(encoding="utf-8").splitlines():
        expected, text = row.split("\t", 1)
        assert zawgyi.zawgyi_probability(text) == pytest.approx(float(expected), rel=1e-6)


# -- the line pass ---------------------------------------------------------------------


def test_detector_runs_only_on_lines_with_myanmar(monkeypatch: pytest.MonkeyPatch) -> None:
    """The reference letter has 368 lines; the twelve with Burmese are the only ones scored."""
    scored: list[str] = []
    real = zawgyi.zawgyi_probability

    def counting(text: str) -> float:
        scored.append(text)
        return real(text)

    monkeypatch.setattr(zawgyi, "zawgyi_probability", counting)
    letterparse.parse_file(REFERENCE)
    assert scored == UNICODE_NAMES


def test_line_pass_keeps_spans_and_markers() -> None:
    lines = split_lines("Signed by:\n\n၁။ ျမန္မာ\n2. Burma\u200bCampaign\u200cUK\n")
    read, warnings = read_lines(lines)
    assert [line.text for line in read] == ["Signed by:", "၁။ မြန်မာ", "2. BurmaCampaign\u200cUK"]
    assert [line.body for line in read] == ["Signed by:", "မြန်မာ", "BurmaCampaign\u200cUK"]
    for before, after in zip(lines, read, strict=True):
        assert (after.start, after.end, after.body_start, after.marker, after.ordinal) == (
            before.start,
            before.end,
            before.body_start,
            before.marker,
            before.ordinal,
        )
    assert [(w.code, w.line) for w in warnings] == [("zawgyi_converted", 3)]


def test_line_pass_leaves_plain_lines_alone() -> None:
    lines = split_lines("To the Council\n\nCDM ရန်ကုန်\n“Quoted” – dash\n")
    read, warnings = read_lines(lines)
    assert all(a is b for a, b in zip(lines, read, strict=True))
    assert warnings == []


def test_suspected_line_warns_and_keeps_text() -> None:
    letter = letterparse.parse("Signed by:\n\n1. ဉာဏ္\n")
    assert letter.signatories[0].name == "ဉာဏ္"
    assert [(w.code, w.line) for w in letter.warnings] == [("zawgyi_suspected", 3)]


def test_has_myanmar() -> None:
    assert has_myanmar("x၁")
    assert has_myanmar("ႏိုင္ငံ")
    assert not has_myanmar("Burma – Myanmar")
    assert not has_myanmar("\uaa60")  # Myanmar Extended-A (Khamti, Aiton): not Burmese
