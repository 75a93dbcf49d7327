"""The letter's date: the text as written, an ISO date as precise as the text, the place.

>>> from letterparse.lines import split_lines
>>> date, warnings = read_date(split_lines("New York, 24 January 2022")[0])
>>> date.text, date.iso, date.place
('24 January 2022', '2022-01-24', 'New York')
>>> read_date(split_lines("March 2024")[0])[0].iso
'2024-03'
>>> date, warnings = read_date(split_lines("01/03/2024")[0])
>>> date.iso, warnings[0].code
(None, 'ambiguous_date')
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence

import regex

from ..lines import Line
from ..model import Date, ParseWarning
from ..numerals import number
from ..vocabulary import DATE, MONTHS, PUBLISHED
from .common import line_span
from .myanmar import burmese_iso

NUMERIC_DATE = regex.compile(r"(?<!\p{Nd})(\p{Nd}{1,2})([./])(\p{Nd}{1,2})\2\p{Nd}{4}(?!\p{Nd})")
"""A numeric date anywhere in a line: ``21/02/2024``, ``2.21.2024``."""


def read_date(
    line: Line, *, day_first: bool | None = None, context: Sequence[Line] = ()
) -> tuple[Date, list[ParseWarning]]:
    """Read a date line that :data:`~letterparse.vocabulary.DATE` recognised.

    ``day_first`` settles numeric dates such as ``01/03/2024``; when it is not given,
    the other numeric dates in ``context`` (the letter's lines) settle it if one of
    them can only be read one way (``21/02/2024``). Otherwise a numeric date whose
    day and month could swap has no ``iso`` and gives an ``ambiguous_date`` warning.
    """
    match = DATE.match(line.text)
    if match is None:
        return _unreadable(line)
    if day_first is None and match.group("a4") and context:
        day_first = numeric_order(context)
    warnings: list[ParseWarning] = []
    if match.group("my_year") is not None:  # ၂၀၂၄ ခုနှစ် မတ်လ ၁ ရက် (fields.myanmar)
        iso = burmese_iso(match, line.number, warnings)
    else:
        iso = _iso(match, line, day_first, warnings)
    place = match.group("place")
    date = Date(
        text=match.group("date"),
        iso=iso,
        place=place.strip(" ,") if place else None,
        span=line_span(line),
    )
    return date, warnings


def read_publication_date(
    lines: Sequence[Line], *, context: Sequence[Line] = ()
) -> tuple[Date, list[ParseWarning]] | None:
    """The date of a web page's publication line among ``lines`` (the header), for a
    letter with no dateline of its own: ``Published on 5 October 2022 | 4 min read``
    gives ``2022-10-05``, its span the date's own characters. None when no such line
    holds a date.

    >>> from letterparse.lines import split_lines
    >>> lines = split_lines("Home > News\\nPublished on 5 October 2022 | Statements")
    >>> date, warnings = read_publication_date(lines)
    >>> date.text, date.iso, date.span.line
    ('5 October 2022', '2022-10-05', 2)
    """
    for line in lines:
        published = PUBLISHED.match(line.text)
        if published is None or DATE.match(published.group("date")) is None:
            continue
        text = published.group("date")
        start = line.start + published.start("date")
        part = line._replace(text=text, start=start, end=start + len(text), body=text)
        return read_date(part._replace(body_start=start), context=context)
    return None


def _unreadable(line: Line) -> tuple[Date, list[ParseWarning]]:
    warning = ParseWarning(
        code="unreadable_date", message=f"cannot read the date {line.text!r}", line=line.number
    )
    return Date(text=line.text, iso=None, place=None, span=line_span(line)), [warning]


def _iso(
    match: regex.Match[str], line: Line, day_first: bool | None, warnings: list[ParseWarning]
) -> str | None:
    groups = match.groupdict()
    if groups["y5"]:
        return f"{number(groups['y5']):04d}-{MONTHS[groups['m5'].lower()]:02d}"
    if groups["y1"]:
        year, month, day = number(groups["y1"]), MONTHS[groups["m1"].lower()], number(groups["d1"])
    elif groups["y2"]:
        year, month, day = number(groups["y2"]), MONTHS[groups["m2"].lower()], number(groups["d2"])
    elif groups["y3"]:
        year, month, day = number(groups["y3"]), number(groups["m3"]), number(groups["d3"])
    else:
        first, second, year = number(groups["a4"]), number(groups["b4"]), number(groups["y4"])
        if first > 12 or (second <= 12 and day_first is True):
            day, month = first, second
        elif second > 12 or (first <= 12 and day_first is False):
            month, day = first, second
        elif first == second or not (first and second):
            day, month = first, second
        else:
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
