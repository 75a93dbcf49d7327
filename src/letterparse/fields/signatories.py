"""The list of signatories: entries, member sub-lists, groups, acronyms, kinds.

Nesting comes from the lines' measured indentation and marker kinds: an entry
indented deeper than the one before it, or marked with a subordinate marker (a
bullet or a letter under a numbered list), is a member of it.

>>> from letterparse.lines import split_lines
>>> from letterparse.sections import Block
>>> text = "1. Women Alliance Burma (WAB)\\n - Depayin Women Strike\\n2. Yangon Group"
>>> entries, warnings = read_signatories([Block("signatories", tuple(split_lines(text)))])
>>> [(e.number, e.name, e.acronym, len(e.members)) for e in entries]
[(1, 'Women Alliance Burma (WAB)', 'WAB', 1), (2, 'Yangon Group', None, 0)]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import regex
from pydantic import TypeAdapter

from ..lines import Line
from ..model import ParseWarning, Signatory, SignatoryKind
from ..sections import Block
from ..vocabulary import HONORIFIC
from .scripts import scripts_of

ACRONYM = regex.compile(
    r"\((?P<acronym>(?P<head>(?=[\p{N}&.]*+\p{Lu}[\p{N}&.]*+\p{Lu})[\p{Lu}\p{N}&.]++s?)"
    r"(?:[-–_/ ][^()]{0,30})?)\)$"
)
"""A trailing parenthesised acronym: ``(ACBES)``, ``(ASU-Yangon)``, ``(FORUM-ASIA)``,
``(RC of UTAs)``; its first word is capitals. ``(New Zealand)`` and
``(Coalition of 14 grassroots networks)`` are glosses, not acronyms."""

_ACRONYM, _HEAD = ACRONYM.groupindex["acronym"], ACRONYM.groupindex["head"]
"""Group numbers: the regex module reads a group by number five times quicker than by name."""

PLACE_CODES = frozenset(
    "NZ UK US USA EU UAE DC NYC NSW AU AUS CA JP TH SG PH HK ROK DPRK PRC UN".split()  # noqa: SIM905
)
"""Abbreviations in parentheses that name a place, not the organisation: ``(NZ)``."""

PERSON = regex.compile(
    r"(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx|Rev|Hon|Sr|Fr|Daw|U|Ko|Ma|Saw|Naw|Nang|Sai)\.?[ ]+)?"
    r"\p{Lu}[\p{L}\p{M}'’.-]*(?:[ ]+\p{Lu}[\p{L}\p{M}'’.-]*){1,3}$"
)
"""A person's name: two to four capitalised words, maybe after a title: ``Dr. Jane Roe``."""

INDIVIDUAL_WORDS = regex.compile(r"(?i:individual|person|people|academic|expert|scholar|activist)")
ORGANIZATION_WORDS = regex.compile(
    r"(?i:organi[sz]ation|groups?\b|networks?\b|CSOs|NGOs|unions?\b|institutions|coalitions?)"
)
MAX_DEPTH = 16
"""The deepest a member sub-list nests; deeper entries stay at this depth, with a warning
(a tree deeper than about 100 levels would not read back from its own JSON)."""

_CONTINUATION_END = regex.compile(r"(?:[,&(/–-]|\b(?i:and|of|for|the|in))$")


@dataclass(slots=True)
class _Entry:
    lines: list[Line]
    indent: int
    marker_kind: str | None
    group: str | None
    members: list[_Entry] = field(default_factory=list)


def read_signatories(
    blocks: Sequence[Block], *, statement: str | None = None
) -> tuple[list[Signatory], list[ParseWarning]]:
    """The signatory tree of the ``signatories`` blocks, grouped by ``signatory_group``
    headings; ``statement`` (the signing text) tells what kind the entries are."""
    roots: list[_Entry] = []
    too_deep: list[Line] = []
    group: str | None = None
    for block in blocks:
        if block.kind == "signatory_group":
            group = block.text.rstrip(": ")
        elif block.kind == "signatories":
            roots.extend(_nest(block.lines, group, too_deep))
    list_kind = _kind_of_words(statement or "")
    signatories = _validated(_signatory(entry, list_kind) for entry in roots) if roots else []
    warnings = [
        *_numbering_warnings(roots),
        *_duplicate_warnings(roots),
        *_depth_warnings(too_deep),
    ]
    return signatories, warnings


@cache
def _list_validator() -> TypeAdapter[list[Signatory]]:
    return TypeAdapter(list[Signatory])


def _validated(entries: Iterable[dict[str, Any]]) -> list[Signatory]:
    """The whole tree validated in one call: a long list costs one pass through
    pydantic's core rather than two constructions per entry. Given a generator, each
    entry's fields exist only until it is validated."""
    return _list_validator().validate_python(entries)


def _nest(lines: Sequence[Line], group: str | None, too_deep: list[Line]) -> list[_Entry]:
    """Top-level entries of one run of lines, with members nested under them, at most
    :data:`MAX_DEPTH` deep; the lines of entries kept higher than they stand go to
    ``too_deep``."""
    roots: list[_Entry] = []
    stack: list[_Entry] = []
    for line in lines:
        if stack and _continues(stack[-1], line):
            stack[-1].lines.append(line)
            continue
        entry = _Entry([line], line.indent, line.marker_kind, group)
        while stack and not _is_member(stack[-1], entry, root=stack[0]):
            stack.pop()
        if len(stack) == MAX_DEPTH:
            stack.pop()
            too_deep.append(line)
        (stack[-1].members if stack else roots).append(entry)
        stack.append(entry)
    return roots


def _continues(previous: _Entry, line: Line) -> bool:
    """An unmarked line that wraps the previous entry rather than starting a new one."""
    if line.marker is not None or line.blank_before:
        return False
    if line.indent <= previous.indent and previous.marker_kind is None:
        return False
    last = previous.lines[-1].text
    first = line.text[0]
    return (
        (first.islower() and first.isascii())
        or _CONTINUATION_END.search(last) is not None
        or last.count("(") > last.count(")")
    )


def _is_member(parent: _Entry, entry: _Entry, *, root: _Entry) -> bool:
    """Whether ``entry`` nests under ``parent``: deeper, or a subordinate marker, same indent."""
    if entry.indent > parent.indent:
        return True
    return (
        entry.indent == parent.indent
        and parent is root
        and parent.marker_kind == "number"
        and entry.marker_kind in ("letter", "bullet")
    )


def _signatory(entry: _Entry, list_kind: SignatoryKind | None) -> dict[str, Any]:
    """The fields of a :class:`Signatory` and of its members, for :func:`_validated`."""
    first, last = entry.lines[0], entry.lines[-1]
    text = first.body
    if len(entry.lines) > 1:
        text = " ".join([text, *(line.text for line in entry.lines[1:])])
    kind = (_kind_of_words(entry.group) if entry.group else None) or list_kind
    name, affiliation = text, None
    if kind != "organization":
        person, _, rest = text.partition(", ")
        if rest and PERSON.match(person):
            kind, name, affiliation = "individual", person, rest
        elif kind is None and (HONORIFIC.match(text) or PERSON.match(text)):
            kind = "individual" if entry.group or HONORIFIC.match(text) else None
    member_kind: SignatoryKind | None = "organization" if kind == "organization" else None
    return {
        "number": first.ordinal,
        "name": name,
        "kind": kind,
        "acronym": _acronym(name),
        "affiliation": affiliation,
        "group": entry.group,
        "scripts": scripts_of(name),
        "members": [_signatory(member, member_kind) for member in entry.members],
        "span": {
            "start": first.start,
            "end": last.end,
            "line": first.number,
            "end_line": last.number,
        },
    }


def _acronym(name: str) -> str | None:
    if not name.endswith(")"):
        return None
    match = ACRONYM.search(name)
    if match is None or match.group(_HEAD) in PLACE_CODES:
        return None
    return match.group(_ACRONYM)


def _kind_of_words(text: str) -> SignatoryKind | None:
    organizations = ORGANIZATION_WORDS.search(text) is not None
    individuals = INDIVIDUAL_WORDS.search(text) is not None
    if organizations and not individuals:
        return "organization"
    if individuals and not organizations:
        return "individual"
    return None


def _numbering_warnings(roots: Sequence[_Entry]) -> Iterator[ParseWarning]:
    """Gaps, repeats and restarts in the top-level numbering, group by group."""
    previous: int | None = None
    group: str | None = None
    for entry in roots:
        line = entry.lines[0]
        if entry.group != group:
            previous, group = None, entry.group
        if line.ordinal is None:
            continue
        number = line.ordinal
        if previous is not None and number != previous + 1:
            if number > previous + 1:
                code, what = "numbering_gap", f"jumps from {previous} to {number}"
            elif number == previous:
                code, what = "numbering_repeat", f"repeats {number}"
            else:
                code, what = "numbering_restart", f"goes back from {previous} to {number}"
            yield ParseWarning(code=code, message=f"the list {what}", line=line.number)
        previous = number


def _depth_warnings(too_deep: Sequence[Line]) -> list[ParseWarning]:
    if not too_deep:
        return []
    message = (
        f"the list nests deeper than {MAX_DEPTH} levels: {len(too_deep)} entries "
        f"are kept at level {MAX_DEPTH}"
    )
    return [ParseWarning(code="nesting_too_deep", message=message, line=too_deep[0].number)]


def _duplicate_warnings(roots: Sequence[_Entry]) -> list[ParseWarning]:
    """One warning per entry listed before; a long list can repeat thousands, so they
    are validated in one call, as the entries are."""
    return _warnings_validator().validate_python(_duplicates(roots))


def _duplicates(roots: Sequence[_Entry]) -> Iterator[dict[str, Any]]:
    seen: dict[str, int] = {}
    for entry in roots:
        line = entry.lines[0]
        key = " ".join(line.body.casefold().split())
        if key in seen:
            yield {
                "code": "duplicate_signatory",
                "message": f"{line.body!r} is listed twice (first at line {seen[key]})",
                "line": line.number,
            }
        else:
            seen[key] = line.number


@cache
def _warnings_validator() -> TypeAdapter[list[ParseWarning]]:
    return TypeAdapter(list[ParseWarning])
