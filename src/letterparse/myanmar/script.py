"""What Myanmar-script text is: the cheap first check, syllables, well-formed Burmese.

The first check is what every line pays, so it is a C-speed ``str.isascii()`` and
one precompiled character class; everything else runs only on text that passes it.

>>> has_myanmar("Burma Campaign UK"), has_myanmar("CDM ရန်ကုန်")
(False, True)
>>> [match.group() for match in SYLLABLE.finditer("မင်္ဂလာပါ")]
['မ', 'င်္ဂ', 'လာ', 'ပါ']
>>> is_well_formed("ကျွန်ုပ်တို့"), is_well_formed("ေက်ာင္း")
(True, False)
"""

from __future__ import annotations

import unicodedata

import regex

MYANMAR = regex.compile(r"[\u1000-\u109F]")
"""A character of the Myanmar block, where Burmese and Zawgyi are written: ``က``, ``၁``,
``ႏ``. (The Extended-A/B blocks hold letters of Shan, Khamti, Aiton and others, which
neither Zawgyi nor the Burmese patterns use; one range is also the fastest search.)"""

SYLLABLE = regex.compile(
    r"""
    (?:\u1004\u103A\u1039)?                  # kinzi
    [\u1000-\u102A\u103F\u104E]              # consonant, independent vowel, great sa
    (?:\u103A(?=[\u102D-\u1030]))?           # asat before a vowel sign, as in ကျွန်ုပ်
    (?:\u1039[\u1000-\u1021])?               # a stacked consonant
    \u103B?\u103C?\u103D?\u103E?             # medials ya, ra, wa, ha
    (?:\u1031(?:[\u102B\u102C]\u103A?)?      # vowel e, o (ော), aw (ော်)
      | \u102D\u102F? | \u102E | \u1032         # i, o (ို), ii, ai
      | [\u102F\u1030] | [\u102B\u102C]\u103A?  # u, uu, aa
    )?
    \u1036?\u1037?\u103A?\u1038?             # anusvara, dot below, asat, visarga
    """,
    regex.VERBOSE,
)
"""One Burmese orthographic syllable in Unicode storage order (Unicode Technical Note
#11), with dot below before asat as canonical normalisation orders them: ``မြို့``,
``ကျောင်း``, ``င်္ဂ``, ``ဋ္ဌ``."""

_PIECE = regex.compile(SYLLABLE.pattern + r"|[\u1040-\u1049]+|[\u104A-\u104F]", regex.VERBOSE)
_RUN = regex.compile(r"[\u1000-\u109F]+")
_BASE = regex.compile(r"[\u1000-\u102A\u103F](?![\u103A\u1039])")


def has_myanmar(text: str) -> bool:
    """Whether ``text`` holds any Myanmar-script character."""
    return not text.isascii() and MYANMAR.search(text) is not None


def is_well_formed(text: str) -> bool:
    """Whether every run of Myanmar characters in ``text`` is NFC Burmese written in
    Unicode storage order: syllables, digits and punctuation.

    This is a check of Burmese orthography's shape, not a spelling check: Shan, Mon
    or Karen text in the same script is not "well-formed Burmese" here.
    """
    if unicodedata.normalize("NFC", text) != text:
        return False
    for run in _RUN.finditer(text):
        position, end = run.start(), run.end()
        while position < end:
            piece = _PIECE.match(text, position, end)
            if piece is None or piece.end() == position:
                return False
            position = piece.end()
    return True


def syllable_count(text: str) -> int:
    """How many Myanmar syllables ``text`` holds: its consonants and independent vowels
    that are not killed by an asat or stacked under the next one."""
    return len(_BASE.findall(text)) if has_myanmar(text) else 0
