"""Burmese field values: dates with ``ခုနှစ်``/``လ``/``ရက်`` and counts with classifiers.

The recognisers are the Burmese alternatives of :mod:`letterparse.vocabulary`
(:mod:`letterparse.myanmar.words`); these readers turn what they matched into values.

>>> from letterparse.vocabulary import DATE
>>> warnings = []
>>> burmese_iso(DATE.match("၂၀၂၄ ခုနှစ်၊ မတ်လ ၁ ရက်"), 1, warnings)
'2024-03-01'
>>> burmese_counts("အမည်မဖော်ပြလိုသော အဖွဲ့အစည်း ၉၄ ဖွဲ့ အပါအဝင် အဖွဲ့အစည်း ၃၉၇ ဖွဲ့က လက်မှတ်ရေးထိုးပါသည်။")
(397, 94)
"""

from __future__ import annotations

import datetime

import regex

from ..model import ParseWarning
from ..myanmar.script import has_myanmar
from ..myanmar.words import MONTHS
from ..numerals import number

COUNT = regex.compile(
    r"""
    (?:အဖွဲ့အစည်း|အဖွဲ့|ပုဂ္ဂိုလ်|လူပုဂ္ဂိုလ်|တစ်ဦးချင်း)(?:ပေါင်း)?[ ]*
    (?P<n>\p{Nd}{1,3}(?:,\p{Nd}{3})+|\p{Nd}{1,9})[ ]*
    (?:ဖွဲ့|ခု|ဦး|ယောက်)
    """,
    regex.VERBOSE,
)
"""A Burmese count of signers, noun before number and classifier after it:
``အဖွဲ့အစည်း ၃၉၇ ဖွဲ့`` (397 organisations), ``ပုဂ္ဂိုလ် ၁၂ ဦး`` (12 persons)."""

UNDISCLOSED = regex.compile(r"အမည်[ ]*မ(?:ဖော်ပြ|ဖော်|ထုတ်ဖော်)|အမည်မသိ")
"""Words of signers who are not named: ``အမည်မဖော်ပြလိုသော`` (not wishing to be named)."""

_JOINS_TOTAL = regex.compile(r"^[ ]*(?:နှင့်|၊|နဲ့)[ ]*$")


def burmese_iso(match: regex.Match[str], line: int, warnings: list[ParseWarning]) -> str | None:
    """The ISO date of a Burmese dateline: YYYY-MM-DD, or YYYY-MM without a day."""
    year = number(match.group("my_year"))
    month = MONTHS[match.group("my_month")]
    day = match.group("my_day")
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return datetime.date(year, month, number(day)).isoformat()
    except ValueError:
        warnings.append(
            ParseWarning(
                code="invalid_date",
                message=f"{match.group('date')!r} is not a day of the calendar",
                line=line,
            )
        )
        return None


def burmese_counts(text: str) -> tuple[int | None, int | None] | None:
    """The declared total and undisclosed counts of a Burmese statement, or None when it
    declares no count in Burmese. A count is undisclosed when the words for unnamed
    signers stand between it and the count or sentence before it, or follow it."""
    if not has_myanmar(text):
        return None
    matches = list(COUNT.finditer(text))
    if not matches:
        return None
    total: int | None = None
    undisclosed: int | None = None
    for index, match in enumerate(matches):
        count = number(match.group("n").replace(",", ""))
        before = text[matches[index - 1].end() if index else 0 : match.start()]
        after_end = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        after = text[match.end() : after_end].split("။", maxsplit=1)[0]
        named = UNDISCLOSED.search(before.split("။")[-1]) is None
        if undisclosed is None and (not named or _unnamed_after(after)):
            undisclosed = count
        elif total is None:
            total = count
        elif _JOINS_TOTAL.match(before):
            total += count
    return total, undisclosed


def _unnamed_after(after: str) -> bool:
    """``… ၉၄ ဖွဲ့သည် အမည်မဖော်ပြလိုပါ`` (… 94 of them do not wish to be named)."""
    return after.lstrip().startswith(("သည်", "မှာ", "က")) and UNDISCLOSED.search(after) is not None
