"""Duplicates under a Myanmar-aware comparison key; values exactly as written."""

from __future__ import annotations

import pytest

import letterparse
from letterparse.myanmar.order import comparison_key


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("\u1012\u102f\u102d\u1037\u1019\u103c\u1031", "ဒို့မြေ"),  # u before i
        ("\u1000\u103d\u103b\u1014\u103a\u102f\u1015\u103a", "ကျွန်ုပ်"),  # wa before ya
        ("\u1000\u103b\u103d\u1014\u102f\u103a\u1015\u103a", "ကျွန်ုပ်"),  # u before asat
        ("\u1019\u103c\u103e\u1004\u103a\u1037", "မြှင့်"),  # asat before dot below
        ("\u1000\u1031\u103b\u102c\u1004\u103a\u1038", "ကျောင်း"),  # e before the medial
        ("\u101c\u1030\u103e", "လှူ"),  # uu before medial ha
        ("\u1025\u102e\u1038", "ဦး"),  # U+1025 U+102E composes to U+1026
        ("ဒို့မြေ\u200bကွန်ရက်", "ဒို့မြေကွန်ရက်"),  # zero-width space
        ("မျိုးဆက်\u200c-Generations", "မျိုးဆက်-generations"),  # ZWNJ, case
        ("ဒုတိယ\u1040န်ကြီး", "ဒုတိယဝန်ကြီး"),  # digit zero for the letter wa
        ("မော်တော်ယာ\u1025\u103a", "မော်တော်ယာဉ်"),  # u for nya before asat
        ("  CDM   ရန်ကုန် ", "cdm ရန်ကုန်"),
    ],
)
def test_spellings_of_one_name_share_a_key(written: str, canonical: str) -> None:
    assert written != canonical
    assert comparison_key(written) == comparison_key(canonical)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("ကို", "ကိုး"),
        ("မြ", "မျ"),
        ("ကျ", "ချ"),
        ("နင့်", "နှင့်"),
        ("၁၀", "၁ဝ"),  # between digits a zero is a zero
        ("ရန်ကုန်", "ရန်ကန်"),
        ("Burma Campaign UK", "Burma Campaign"),
    ],
)
def test_different_names_keep_different_keys(one: str, other: str) -> None:
    assert comparison_key(one) != comparison_key(other)


def test_marks_of_other_languages_keep_their_order() -> None:
    """Shan and Mon marks are not in the Burmese order: such syllables are left alone."""
    shan = "ၶူးႁိုၼ်"
    assert comparison_key(shan) == shan


LETTER = (
    "Signed by:\n\n"
    "1. ဒို့မြေ\u200bကွန်ရက် (LIOH)\n"
    "2. CDM ရန်ကုန်\n"
    "3. ဒုိ့မြေကွန်ရက် (LIOH)\n"
    "4. cdm ရန်ကုန်\n"
    "5. မျိုးဆက်\u200c-Generations\n"
    "6. မျိုးဆက်\u200d-Generations\n"
)


@pytest.fixture(scope="module")
def letter() -> letterparse.Letter:
    return letterparse.parse(LETTER)


def test_duplicates_found_across_storage_orders_and_case(letter: letterparse.Letter) -> None:
    assert [(w.code, w.line) for w in letter.warnings] == [
        ("duplicate_signatory", 5),
        ("duplicate_signatory", 6),
        ("duplicate_signatory", 8),
    ]


def test_values_are_as_written(letter: letterparse.Letter) -> None:
    """No zero-width space in values; joiners, storage order and case as written."""
    assert [s.name for s in letter.signatories] == [
        "ဒို့မြေကွန်ရက် (LIOH)",
        "CDM ရန်ကုန်",
        "ဒုိ့မြေကွန်ရက် (LIOH)",
        "cdm ရန်ကုန်",
        "မျိုးဆက်\u200c-Generations",
        "မျိုးဆက်\u200d-Generations",
    ]


def test_spans_keep_the_zero_width_space(letter: letterparse.Letter) -> None:
    first = letter.signatories[0]
    assert LETTER[first.span.start : first.span.end] == "1. ဒို့မြေ\u200bကွန်ရက် (LIOH)"


def test_zero_width_spaces_leave_every_value() -> None:
    text = (
        "To: UN\u200b Security Council\n\nRe: Burma\u200bCampaign\n\n"
        "Dear Mem\u200bbers,\n\nWe\u200b write.\n"
    )
    letter = letterparse.parse(text)
    assert [r.name for r in letter.recipients] == ["UN Security Council"]
    assert letter.subject is not None
    assert letter.subject.text == "BurmaCampaign"
    assert letter.salutation is not None
    assert letter.salutation.text == "Dear Members,"
    assert [p.text for p in letter.body] == ["We write."]
    assert "\u200b" not in letter.model_dump_json()
