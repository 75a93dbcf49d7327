"""The date of the page or message that carries a letter, for a letter with no date of its
own: a web page's byline or publication line, Markdown front matter, an e-mail's header.

A page date stands at the start of its line, after a label if it has one, and the line
says no more than a byline does (an author, a time, a section). The date of the original
(``Originally published: …``, the ``Sent:`` line of a quoted ``-----Original
Message-----``) wins over the date the page or the forward was posted; else the first.
Dates inside prose (a preface's "sent on 3 June 2024") and a member's ``Joined:`` date are
never the letter's; an update's date (``Updated on …``) only when nothing else dates the page.

>>> from letterparse.lines import split_lines
>>> lines = split_lines("Home > News\\nPosted: Mon Apr 08, 2024 9:12 pm\\nJoined: Sat Feb 11, 2017")
>>> date, warnings = read_page_date(lines)
>>> date.text, date.iso, date.span.line
('Mon Apr 08, 2024', '2024-04-08', 2)
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ..lines import Line
from ..model import Date, ParseWarning
from ..sections import Block
from ..vocabulary import DATE
from .dates import date_in, date_part, read_date
from .markup import core

FRONT_MATTER_DATE = regex.compile(
    r"(?i:date|published|pubdate|publishdate|created)[ ]*+[:=][ ]*+[\"']?(?=\p{Nd}{4}-)"
)
"""The date key of Markdown front matter: ``date: 2019-03-21T16:31:09Z``, ``date = 2021-06-12``."""

PAGE_DATE_LABEL = regex.compile(
    r"""
    (?:
        (?P<original>(?i:original(?:ly)?[ ]+(?:published|posted|released|sent|dated)
                        |first[ ]+published))
      | (?P<updated>(?i:(?:last[ ]+)?(?:updated|modified|edited)))\b
      | (?i:published|posted|publicado|publicada|publié|publiée|veröffentlicht|pubblicato
           |опубликовано|released|issued|date|datum|fecha|data|дата|sent|gesendet|enviado
           |envoyé)\b
      | 日期|發佈|发布|發表|发表
    )
    (?:[ ]+(?i:on|am|le|el|em|il|at))?
    (?:[^:\p{N}\n]{0,40}+(?<=\S):)?
    [ ]*+:?[ ]*+
    """,
    regex.VERBOSE,
)
"""A label before a page's date: ``Published``, ``Posted:``, ``Originally published:``,
``Veröffentlicht am``, ``Date:``, ``Sent:``, ``Дата начала сбора подписей:``."""

BYLINE_REST = regex.compile(
    r"[ ]*+(?:$|[|·•—–,(-]|(?i:by|von|par|por|at|um|à|updated|author)\b"
    r"|\p{Nd}{1,2}[:.]\p{Nd}{2})"
)
"""What may follow the date on a byline: nothing, a separator, an author, a time."""

_LABELLED = regex.compile(r"(?:\*\*|__)?(?i:date|dated|fecha|datum|data)\b")

ORIGINAL_MESSAGE = regex.compile(r"-{2,}[ ]*+(?i:original[ ]message)[ ]*+-{2,}")


def read_letter_date(
    dates: Sequence[Block],
    glued: Line | None,
    header: Sequence[Block],
    *,
    context: Sequence[Line] = (),
) -> tuple[Date | None, list[ParseWarning]]:
    """The letter's date: its first dateline (``dates``), else the date run into the
    start of its first paragraph (``glued``), else the date of the page or message that
    carries it (the ``header``)."""
    if dates:
        date, warnings = read_date(dates[0].lines[0], context=context)
        if date.iso is None and any(w.code == "unreadable_date" for w in warnings):
            byline = read_page_date(dates[0].lines[:1], context=context)  # Posted by … | date
            return byline if byline is not None else (date, warnings)
        return date, warnings
    if glued is not None:
        return read_date(glued, context=context)
    found = read_page_date([line for block in header for line in block.lines], context=context)
    return found if found is not None else (None, [])


def read_page_date(
    lines: Sequence[Line], *, context: Sequence[Line] = ()
) -> tuple[Date, list[ParseWarning]] | None:
    """The page's date among ``lines`` (the header), its span the date's own characters;
    None when no line gives one."""
    best: tuple[int, Line, regex.Match[str]] | None = None
    quoted = False  # below a quoted e-mail's "Original Message" line
    for line in lines:
        value = core(line)
        quoted = quoted or ORIGINAL_MESSAGE.match(value.text) is not None
        found = _page_date(value)
        if found is None:
            continue
        match, rank = found
        rank = 0 if quoted and rank == 1 else rank
        if best is None or rank < best[0]:
            best = (rank, value, match)
    if best is None:
        return None
    _, line, match = best
    return date_part(line, match, context)


def _page_date(line: Line) -> tuple[regex.Match[str], int] | None:
    """The date a byline, publication line or header line gives, and its rank: 0 for the
    original's (or a dateline with a place or a ``Date`` label that the header holds),
    1 for the page's, 2 for an update's."""
    text = line.text
    front = FRONT_MATTER_DATE.match(text)
    if front is not None:
        match = date_in(line, front.end())
        return (match, 1) if match is not None else None
    dateline = DATE.match(text)
    if dateline is not None and (dateline.group("place") or _LABELLED.match(text)):
        match = date_in(line, dateline.start("date"))  # the letter's own, in the header
        return (match, 0) if match is not None else None
    label = PAGE_DATE_LABEL.match(text)
    at = label.end() if label is not None else 0
    match = date_in(line, at)
    if match is None and label is not None:
        match = _cell_date(line)
    if match is None or (label is None and BYLINE_REST.match(text, match.end()) is None):
        return None
    if label is None:
        return match, 1
    return match, 0 if label.group("original") else 2 if label.group("updated") else 1


_CELL = regex.compile(r"[ ]++[|·•][ ]++")
"""The separator between the facts of a byline: ``Posted by Desk | 14 March 2025 | 3 min``."""


def _cell_date(line: Line) -> regex.Match[str] | None:
    """The date that stands alone in one of a byline's cells, after its label's cell."""
    for separator in _CELL.finditer(line.text):
        match = date_in(line, separator.end())
        if match is not None:
            return match
    return None
