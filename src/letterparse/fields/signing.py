"""The signing statement and the counts it declares.

>>> from letterparse.lines import split_lines
>>> from letterparse.sections import Block
>>> text = ("Signed by 397 civil society organizations, including 94 organizations "
...         "that have chosen not to disclose their names.")
>>> signing = read_signing([Block("signing", tuple(split_lines(text)))])
>>> signing.declared_total, signing.declared_undisclosed
(397, 94)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import regex

from ..model import ParseWarning, Signatory, Signing
from ..numerals import number
from ..sections import Block
from ..vocabulary import UNDERSIGNED, plain
from .common import span_of
from .myanmar import burmese_counts

COUNT = regex.compile(
    r"""
    (?<![\p{Nd},])(?P<n>\p{Nd}{1,3}(?:,\p{Nd}{3}){1,4}|\p{Nd}{1,9})[ ]+
    (?:[\p{L}\p{M}()-]+[ ]+){0,3}?
    (?i:organi[sz]ations?|groups?|signatories|individuals?|CSOs|NGOs|people|persons
       |networks?|unions?|signatures|members|entities|institutions|activists|defenders
       |organizaciones|organizações|personas|personnes|pessoas|individus|signataires
       |firmantes
       |of[ ](?:them|these|which|whom)|(?=(?:that|who|whose|which)[ ]))\b
    """,
    regex.VERBOSE,
)
"""A count of signers: ``397 civil society organizations``, ``12 individuals``,
``1,024 groups``, ``24 of them``; never the tail of a longer number (``1234567890
groups`` declares no count)."""

UNDISCLOSED = regex.compile(
    r"""
    [^.;]{0,80}?
    (?i:not[ ](?:wish(?:ing)?[ ]|want(?:ing)?[ ])?to[ ]
          (?:disclose|publish|reveal|be[ ](?:named|identified|listed))
       |anonymous(?:ly)?|undisclosed|unnamed|withh[eo]ld|names[ ](?:are|were)[ ]not)
    """,
    regex.VERBOSE,
)
"""What follows a count of signers who are not named: ``… that have chosen not to disclose``,
``… that do not wish to be named``, ``… who chose to remain anonymous``."""

SENTENCE = regex.compile(r"[.!?](?:[ ]|$)")
"""The end of a sentence."""

_JOINS_TOTAL = regex.compile(r"(?<![ ,])[ ,]*(?:and|&|as[ ]well[ ]as|plus)[ ]+$")


def read_signing(blocks: Sequence[Block], body: Sequence[Block] = ()) -> Signing | None:
    """The signing statement: the ``signing`` block that declares a count, else a body
    paragraph that opens by declaring one ("We, the undersigned 286 organizations, …"),
    else the first ``signing`` block (a heading such as "Signatories:")."""
    counted = [(block, _counts(block.text)) for block in blocks]
    declaring = [item for item in counted if item[1][0] is not None]
    if not declaring:
        undersigned = ((block, _undersigned_counts(block.text)) for block in body)
        declaring = [item for item in undersigned if item[1][0] is not None]
    chosen = declaring[0] if declaring else (counted[0] if counted else None)
    if chosen is None:
        return None
    block, (total, undisclosed) = chosen
    return Signing(
        text=block.text,
        declared_total=total,
        declared_undisclosed=undisclosed,
        span=span_of(block.lines),
    )


def _undersigned_counts(text: str) -> tuple[int | None, int | None]:
    """Counts declared by the opening sentence of ``We, the undersigned 286 …``; a count
    elsewhere in the paragraph ("11,000 people") is no declaration."""
    opening = UNDERSIGNED.match(text)
    if opening is None:
        return None, None
    first = COUNT.search(text, opening.end())
    if first is None or first.start() > opening.end() + 1:
        return None, None
    end = SENTENCE.search(text, first.end())
    return _counts(text[: end.start() if end else len(text)])


def _counts(text: str) -> tuple[int | None, int | None]:
    """The declared total and undisclosed counts in a statement."""
    burmese = burmese_counts(text)  # အဖွဲ့အစည်း ၃၉၇ ဖွဲ့ (fields.myanmar)
    if burmese is not None:
        return burmese
    total: int | None = None
    undisclosed: int | None = None
    matches = list(COUNT.finditer(text))
    for index, match in enumerate(matches):
        count = number(match.group("n").replace(",", ""))
        stop = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        if undisclosed is None and UNDISCLOSED.match(text[match.end() : stop]):
            undisclosed = count
        elif total is None:
            total = count
        elif _JOINS_TOTAL.search(text, matches[index - 1].end(), match.start()):
            total += count
    return total, undisclosed


def count_warnings(
    signing: Signing | None, signatories: Sequence[Signatory], notes: Sequence[Block] = ()
) -> list[ParseWarning]:
    """``count_mismatch`` when the named entries, the undisclosed ones and those a note
    adds (``... and 45 other organisations``, among ``notes``) do not add up to the
    declared total, whether the members of sub-lists count (``Endorsed by 26
    organisations``: 21 entries and 5 members) or not (the reference letter: 303
    entries and 94 unnamed make 397; its 41 members are not counted)."""
    if signing is None or signing.declared_total is None:
        return []
    listed = len(signatories)
    undisclosed = signing.declared_undisclosed or 0
    others = sum(_others(block.text) for block in notes)
    named = signing.declared_total - undisclosed - others
    if named == listed:
        return []
    with_members = listed + sum(_members(entry) for entry in signatories)
    if named == with_members:
        return []
    unnamed = f", {undisclosed} of them unnamed," if undisclosed else ""
    members = f" ({with_members} with the members of sub-lists)" if with_members > listed else ""
    more = f" and says {others} more" if others else ""
    return [
        ParseWarning(
            code="count_mismatch",
            message=(
                f"the statement declares {signing.declared_total} signatories{unnamed} "
                f"but the list names {listed}{members}{more}"
            ),
            line=signing.span.line,
        )
    ]


OTHERS = regex.compile(
    r"(?:\.{3}|…)?[ ]*(?i:and|plus)[ ](?P<n>\p{Nd}{1,3}(?:,\p{Nd}{3})*|\p{Nd}{1,9})[ ]"
    r"(?i:other|more)\b"
)
"""A note that the list goes on unnamed: ``... and 45 other organisations``."""


def _others(text: str) -> int:
    match = OTHERS.match(text)
    return number(match.group("n").replace(",", "")) if match is not None else 0


GROUP_COUNT = regex.compile(r"[(（][ ]*+(?P<n>\p{Nd}{1,6})[ ]*+[個个]?[)）]$")
"""The count a group heading declares at its end: ``BANGLADESH (4)``, ``發起團體（3個）``."""


def group_count_warnings(
    headings: Sequence[Block], signatories: Sequence[Signatory]
) -> list[ParseWarning]:
    """``count_mismatch`` at each group heading that declares a count (``KENYA (4)``) that
    its entries, with or without their members, do not make."""
    counted = [h for h in headings if GROUP_COUNT.search(plain(h.text).rstrip(": "))]
    if not counted:
        return []
    listed: Counter[str | None] = Counter()
    with_members: Counter[str | None] = Counter()
    for entry in signatories:
        listed[entry.group] += 1
        with_members[entry.group] += 1 + _members(entry)
    warnings = []
    for heading in counted:
        name = plain(heading.text).rstrip(": ")  # as the list's reader names its group
        found = GROUP_COUNT.search(name)
        if found is None or not listed[name]:
            continue
        declared = number(found.group("n"))
        if declared in (listed[name], with_members[name]):
            continue
        members = (
            f" ({with_members[name]} with their members)"
            if with_members[name] > listed[name]
            else ""
        )
        warnings.append(
            ParseWarning(
                code="count_mismatch",
                message=f"the group {name!r} declares {declared} but lists {listed[name]}{members}",
                line=heading.lines[0].number,
            )
        )
    return warnings


def _members(entry: Signatory) -> int:
    """How many entries stand in ``entry``'s sub-lists, at every depth."""
    return sum(1 + _members(member) for member in entry.members)
