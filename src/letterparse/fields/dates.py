"""The letter's date: the text as written, an ISO date as precise as the text, the place.

>>> from letterparse.lines import split_lines
>>> date, warnings = read_date(split_lines("New York, 24 January 2022")[0])
>>> date.text, date.iso, date.place
('24 January 2022', '2022-01-24', 'New York')
>>> read_date(split_lines("March 2024")[0])[0].iso
'2024-03'
>>> read_date(split_lines("กรุงเทพฯ, 20 มิถุนายน 2567 / Bangkok, 20 June 2024")[0])[0].iso
'2024-06-20'
>>> date, warnings = read_date(split_lines("01/03/2024")[0])
>>> date.iso, warnings[0].code
(None, 'ambiguous_date')
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence

import regex

from ..datewords import BUDDHIST_ERA, DATE_BODY, MONTHS, THAI, han_number
from ..lines import Line
from ..model import Date, ParseWarning
from ..numerals import number
from ..vocabulary import DATE
from .common import line_part, line_span
from .markup import core
from .myanmar import burmese_iso

NUMERIC_DATE = regex.compile(r"(?<!\p{Nd})(\p{Nd}{1,2})([./])(\p{Nd}{1,2})\2\p{Nd}{4}(?!\p{Nd})")
"""A numeric date anywhere in a line: ``21/02/2024``, ``2.21.2024``."""

DATE_WITHIN = regex.compile(
    rf"(?<![\p{{N}}\p{{Latin}}\p{{Cyrillic}}])(?P<date>{DATE_BODY})(?!\p{{Nd}})", regex.VERBOSE
)
"""A date expression inside a line: ``Posted: Mon Apr 08, 2024 9:12 pm``, ``June 2,
2010We, the undersigned …`` (a PDF's text layer lost the line break)."""

_CONNECTORS = frozenset({"a", "le", "den", "the", "on", "el", ",", "-", "–", "—", "/"})
"""What stands between a dateline's place and its date: ``Puerto Lindo a 14 de junio``."""
_PLACE_LABEL = regex.compile(r"(?i:date|dated|fecha|datum|data|дата|日期|วันที่)\b[ ]*+[:：.]?[ ]*+")
_PLACE_LEAD = regex.compile(r"(?:En|In)[ ]+(?=\p{Lu})")
_GLUED = regex.compile(r"\p{Lu}")
_WORD = regex.compile(r"(?<!\p{L})\p{Ll}{2,}")
"""A word in lower case: words of a sentence, not of a place or a date."""


def read_date(
    line: Line, *, day_first: bool | None = None, context: Sequence[Line] = ()
) -> tuple[Date, list[ParseWarning]]:
    """Read a date line: a :data:`~letterparse.vocabulary.DATE` line, or else the first
    date expression in it (``San Bartolo a 3 de septiembre de 2015.``, a bilingual
    ``Ciudad de Valdora, 8 de marzo de 2024 / Valdora City, 8 March 2024``).

    ``day_first`` settles numeric dates such as ``01/03/2024``; when it is not given,
    the other numeric dates in ``context`` (the letter's lines) settle it if one of
    them can only be read one way (``21/02/2024``). Otherwise a numeric date whose
    day and month could swap has no ``iso`` and gives an ``ambiguous_date`` warning.
    """
    value = core(line)
    match = DATE.match(value.text)
    place = match.group("place") if match is not None else None
    if match is None:
        match = DATE_WITHIN.search(value.text, 0, 160)  # a dateline's date is near its start
        if match is None or not _stands_alone(value.text, match):
            return _unreadable(line)
        place = _place_before(value.text[: match.start()])
    return _date(match, line, day_first, context, place)


def _stands_alone(text: str, match: regex.Match[str]) -> bool:
    """Whether the date ``match`` found in ``text`` is the line's: a place or label at most
    before it, and after it little (``/ Valdora City, 8 March 2024``) or text that a lost
    line break ran into it (``June 2, 2010We, …``), never a sentence it opens."""
    after = text[match.end() :]
    if match.start() > 60:
        return False
    if _GLUED.match(after) is not None:
        return True
    if len(after) > 40:
        return False
    return _WORD.search(after) is None or DATE_WITHIN.search(after) is not None


def date_in(line: Line, at: int = 0) -> regex.Match[str] | None:
    """The date expression that starts at ``at`` in ``line``'s text, if one does."""
    return DATE_WITHIN.match(line.text, at)


def date_part(
    line: Line, match: regex.Match[str], context: Sequence[Line] = ()
) -> tuple[Date, list[ParseWarning]]:
    """The date that ``match`` (of :data:`DATE_WITHIN` on ``line``'s text) found, its span
    the date's own characters."""
    part = line_part(line, 0, match.start("date"), match.end("date")) or line
    return _date(match, part, None, context, None)


def _date(
    match: regex.Match[str],
    line: Line,
    day_first: bool | None,
    context: Sequence[Line],
    place: str | None,
) -> tuple[Date, list[ParseWarning]]:
    warnings: list[ParseWarning] = []
    iso = _read_iso(match, line, day_first, context, warnings)
    if place is not None:
        place = place.strip(" ,")
        lead = _PLACE_LEAD.match(place)
        place = (place[lead.end() :] if lead else place) or None
    date = Date(text=match.group("date"), iso=iso, place=place, span=line_span(line))
    return date, warnings


def _read_iso(
    match: regex.Match[str],
    line: Line,
    day_first: bool | None,
    context: Sequence[Line],
    warnings: list[ParseWarning],
) -> str | None:
    groups = match.groupdict()
    if groups.get("my_year") is not None:  # ၂၀၂၄ ခုနှစ် မတ်လ ၁ ရက် (fields.myanmar)
        return burmese_iso(match, line.number, warnings)
    if day_first is None and groups["a4"] and context:
        day_first = numeric_order(context)
    return _iso(match, line, day_first, warnings)


def _place_before(prefix: str) -> str | None:
    """The place of a dateline whose date the line only holds: ``San Bartolo de las Lomas``
    in ``San Bartolo de las Lomas a 3 de septiembre de 2015.``; None for a label or
    words that name no place."""
    label = _PLACE_LABEL.match(prefix)
    prefix = prefix[label.end() :] if label else prefix
    words = prefix.replace(",", " , ").split()
    while words and words[-1].lower() in _CONNECTORS:
        words.pop()
    prefix = " ".join(words).replace(" , ", ", ")
    if not prefix or len(prefix) > 60 or prefix.count(" ") > 6 or prefix[0].islower():
        return None
    return prefix


def _unreadable(line: Line) -> tuple[Date, list[ParseWarning]]:
    warning = ParseWarning(
        code="unreadable_date", message=f"cannot read the date {line.text!r}", line=line.number
    )
    return Date(text=line.text, iso=None, place=None, span=line_span(line)), [warning]


def _year(digits: str, month: str | None) -> int:
    """The year of the Common Era: a Thai date counts in the Buddhist Era."""
    year = number(digits)
    if month is not None and month.lower() in THAI and year > 2400:
        year -= BUDDHIST_ERA
    return year


def _parts(groups: dict[str, str | None]) -> tuple[int, int, int | None] | None:
    """Year, month and day (None for a month) of a date with its month named or its
    parts in order; None for a numeric date whose order the reader must settle."""
    for year, month, day in (("y1", "m1", "d1"), ("y2", "m2", "d2"), ("y5", "m5", None)):
        digits, name = groups[year], groups[month]
        if digits and name:
            days = groups[day] if day else None
            return _year(digits, name), MONTHS[name.lower()], number(days) if days else None
    if groups["y3"]:
        return number(groups["y3"]), number(groups["m3"] or ""), number(groups["d3"] or "")
    if groups["y6"]:
        return number(groups["y6"]), number(groups["m6"] or ""), number(groups["d6"] or "")
    if groups["y7"]:
        values = [han_number(groups[name] or "") for name in ("y7", "m7", "d7")]
        return values[0], values[1], values[2]
    return None


def _iso(
    match: regex.Match[str], line: Line, day_first: bool | None, warnings: list[ParseWarning]
) -> str | None:
    groups = match.groupdict()
    parts = _parts(groups)
    if parts is None:
        parts = _numeric(match, line, day_first, warnings)
        if parts is None:
            return None
    year, month, day = parts
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        warnings.append(
            ParseWarning(
                code="invalid_date",
                message=f"{match.group('date')!r} is not a day of the calendar",
                line=line.number,
            )
        )
        return None


def _numeric(
    match: regex.Match[str], line: Line, day_first: bool | None, warnings: list[ParseWarning]
) -> tuple[int, int, int] | None:
    """Year, month and day of ``01/03/2024``, in the order the letter settles, or None
    with an ``ambiguous_date`` warning when it does not."""
    first, second = number(match.group("a4")), number(match.group("b4"))
    year = number(match.group("y4"))
    if first > 12 or (second <= 12 and day_first is True):
        return year, second, first
    if second > 12 or (first <= 12 and day_first is False):
        return year, first, second
    if first == second or not (first and second):
        return year, second, first
    warnings.append(
        ParseWarning(
            code="ambiguous_date",
            message=(
                f"{match.group('date')!r} reads as {first} {_name(second)} or "
                f"{_name(first)} {second}: the letter does not say which"
            ),
            line=line.number,
        )
    )
    return None


def numeric_order(lines: Sequence[Line]) -> bool | None:
    """True when the letter writes numeric dates day first, False when month first, None
    when no numeric date in it tells."""
    for line in lines:
        for match in NUMERIC_DATE.finditer(line.text):
            first, second = number(match.group(1)), number(match.group(3))
            if first > 12 >= second:
                return True
            if second > 12 >= first:
                return False
    return None


def _name(month: int) -> str:
    return datetime.date(2000, month, 1).strftime("%B")
