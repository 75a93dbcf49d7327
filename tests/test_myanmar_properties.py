"""Burmese names made of valid syllables come out whole through every recogniser, and the
Zawgyi pass leaves well-formed Unicode Burmese alone.

Python's ``\\w`` (module ``re``) splits ``မြန်မာ`` into three pieces at its vowel signs and
asats; a pattern that used it would cut these names short."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import letterparse
from letterparse.myanmar import zawgyi
from letterparse.myanmar.order import comparison_key
from letterparse.myanmar.script import is_well_formed

SETTINGS = settings(
    max_examples=int(os.environ.get("LETTERPARSE_EXAMPLES", "120")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)

CONSONANTS = "ကခဂဃငစဆဇဈညဋဌဍဎဏတထဒဓနပဖဗဘမယရလဝသဟဠအ"
TAKES_MEDIAL = {"ျ": "ကခဂပဖဗဘမလ", "ြ": "ကခဂငပဖဗဘမ", "ွ": "ကခဂငစဆဇညတထဒနပဖဗဘမယရလသဟအ", "ှ": "ငညနမယရလဝ"}
"""The consonants each medial joins in Burmese spelling (medial ra only under the velars and
labials, medial ha only under the sonorants)."""
MEDIALS = ["", "ျ", "ြ", "ွ", "ှ", "ျွ", "ြွ", "ွှ", "ျှ", "ြှ"]
RHYMES = [
    *["", "ာ", "ိ", "ီ", "ု", "ူ", "ေ", "ဲ", "ော", "ော်", "ို", "ံ", "ုံ"],
    *["က်", "င်", "စ်", "ည်", "တ်", "န်", "ပ်", "မ်", "ယ်", "ိုက်", "ိုင်", "ောက်", "ောင်", "ိမ်", "ုန်"],
]
TONES = ["", "း", "့"]
WORDS = ["မင်္ဂလာ", "ဥက္ကဋ္ဌ", "ခင်ဥမ္မာ", "သဒ္ဓါ", "ပြဿနာ", "ဦး", "ဒေါ်", "ဥမ္မာ"]
"""Whole words with kinzi, stacked consonants, great sa and independent vowels."""

KEYWORDS = ("သို့", "ရက်", "ခုနှစ်", "လေးစား", "ကျေးဇူး", "ဆက်သွယ်", "လက်မှတ်", "အကြောင်းအရာ", "မိတ္တူ")
"""Words of the Burmese vocabulary: a name holding one may rightly read as something else."""


@st.composite
def syllables(draw: st.DrawFn) -> str:
    consonant = draw(st.sampled_from(CONSONANTS))
    medial = draw(
        st.sampled_from([m for m in MEDIALS if all(consonant in TAKES_MEDIAL[c] for c in m)])
    )
    rhyme, tone = draw(st.sampled_from(RHYMES)), draw(st.sampled_from(TONES))
    if tone == "့" and rhyme.endswith("်"):
        return consonant + medial + rhyme[:-1] + "့်"  # dot below before asat, as NFC orders
    return consonant + medial + rhyme + tone


WORD = st.one_of(st.lists(syllables(), min_size=1, max_size=4).map("".join), st.sampled_from(WORDS))
BURMESE = st.lists(WORD, min_size=1, max_size=3).map(" ".join)
"""A Burmese name: one to three words of one to four syllables."""
NAME = st.tuples(BURMESE, st.sampled_from(["", " (ABC)", " (CDM-Yangon)", "-Generations"])).map(
    "".join
)


def unicode_only(letter: letterparse.Letter) -> None:
    """Names the detector reads as Zawgyi belong to test_myanmar_zawgyi, not here."""
    assume(not any(w.code.startswith("zawgyi") for w in letter.warnings))


@SETTINGS
@given(BURMESE)
def test_generated_names_are_well_formed(name: str) -> None:
    assert is_well_formed(name)


@SETTINGS
@given(st.lists(NAME, min_size=8, max_size=8), BURMESE)
def test_names_come_out_whole_from_an_english_letter(names: list[str], person: str) -> None:
    """A contact's name ends at a parenthesis (``Name (Organisation)``): it is a plain name."""
    assume(not any(keyword in name for name in [*names, person] for keyword in KEYWORDS))
    n = [*names[:5], person, *names[6:]]
    text = (
        f"To: {n[0]}\nCC: {n[1]}\n\nRe: {n[2]}\n\nDear {n[3]},\n\nWe write about {n[4]}.\n\n"
        "For more information, please contact:\n\n"
        f"- {n[5]}, Progressive Voice; info@example.org\n\n"
        f"Signed by:\n\n1. {n[6]}\n   - {n[7]}\n၂။ {n[0]}\n"
    )
    letter = letterparse.parse(text)
    unicode_only(letter)
    assert [r.name for r in letter.recipients] == n[:2]
    assert letter.subject is not None
    assert letter.subject.text == n[2]
    assert letter.salutation is not None
    assert letter.salutation.text == f"Dear {n[3]},"
    assert [p.text for p in letter.body] == [f"We write about {n[4]}."]
    assert [c.name for c in letter.contacts] == [n[5]]
    assert [(s.number, s.name) for s in letter.signatories] == [(1, n[6]), (2, n[0])]
    assert [m.name for m in letter.signatories[0].members] == [n[7]]


@SETTINGS
@given(st.lists(BURMESE, min_size=7, max_size=7), NAME)
def test_names_come_out_whole_from_a_burmese_letter(names: list[str], entry: str) -> None:
    assume(not any(keyword in name for name in [*names, entry] for keyword in KEYWORDS))
    assume(len(names[0].split()) <= 3)
    n = names
    text = (
        f"{n[0]}၊ ၂၀၂၄ ခုနှစ်၊ မတ်လ ၁ ရက်\n\n{n[1]} သို့\n\nမိတ္တူ -\n{n[2]}\n\n"
        f"အကြောင်းအရာ။ ။ {n[3]}\n\nလေးစားအပ်ပါသော {n[4]}\n\nစာကိုယ်ဖြစ်ပါသည်။\n\n"
        f"ဆက်သွယ်ရန်\n\n- {n[5]}၊ {n[6]}; info@example.org\n\n"
        f"လက်မှတ်ရေးထိုးသူများ\n\n၁။ {entry}\n(၂) {n[6]}\n"
    )
    letter = letterparse.parse(text)
    unicode_only(letter)
    assert letter.date is not None
    assert (letter.date.place, letter.date.iso) == (n[0], "2024-03-01")
    assert [(r.role, r.name) for r in letter.recipients] == [("to", n[1]), ("cc", n[2])]
    assert letter.subject is not None
    assert letter.subject.text == n[3]
    assert letter.salutation is not None
    assert letter.salutation.text == f"လေးစားအပ်ပါသော {n[4]}"
    assert [(c.name, c.organization) for c in letter.contacts] == [(n[5], n[6])]
    assert [(s.number, s.name) for s in letter.signatories] == [(1, entry), (2, n[6])]
    assert "Mymr" in letter.signatories[0].scripts


@SETTINGS
@given(BURMESE)
def test_well_formed_names_are_rarely_read_as_zawgyi(name: str) -> None:
    """The detector's weakness is short strings: a few syllables spelled as Zawgyi writes
    common words (``ရွိ`` is Zawgyi for ``ရှိ``) score above 0.95. What is converted must
    then read as well-formed Burmese, and the value is never cut."""
    reading = zawgyi.read(name)
    if reading.verdict == "zawgyi":
        assert is_well_formed(reading.text)
        assert len(reading.text.split()) == len(name.split())
    else:
        assert reading.text == name


@SETTINGS
@given(BURMESE)
def test_comparison_key_of_a_name_in_storage_order(name: str) -> None:
    """Well-formed names are already in UTN #11 order: the key only folds case and spaces
    (and reads ``၀`` between letters as ``ဝ``, ``ဥ`` before asat or aa as ``ဉ``)."""
    key = comparison_key(name)
    assert len(key) == len(" ".join(name.split()))
    assert comparison_key(key) == key
