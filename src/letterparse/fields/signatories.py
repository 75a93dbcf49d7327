"""The list of signatories: entries, member sub-lists, groups, signers, warnings.

Nesting comes from the lines' measured indentation and marker kinds: an entry
indented deeper than the one before it, or marked with a subordinate marker (a
bullet or a letter under a numbered list), is a member of it. What an entry's text
says (person or organisation, acronym) is :mod:`letterparse.fields.names`; names given
inline in the signing statement are :mod:`letterparse.fields.inline`.

>>> from letterparse.lines import split_lines
>>> from letterparse.sections import Block
>>> text = "1. Women Alliance Burma (WAB)\\n - Depayin Women Strike\\n2. Yangon Group"
>>> entries, warnings = read_signatories([Block("signatories", tuple(split_lines(text)))])
>>> [(e.number, e.name, e.acronym, len(e.members)) for e in entries]
[(1, 'Women Alliance Burma (WAB)', 'WAB', 1), (2, 'Yangon Group', None, 0)]
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import regex

from ..lines import Line
from ..model import ParseWarning, Signatory, SignatoryKind, WarningCode
from ..myanmar.order import comparison_key
from ..numerals import number
from ..sections import Block
from ..vocabulary import plain
from .common import line_part, validate_all
from .inline import inline_names
from .names import (
    Reader,
    acronym_of,
    is_place,
    kind_of_words,
    looks_like_person,
    person_or_organization,
    place_of,
)
from .scripts import scripts_of

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
    signer: bool = False
    """A signer's block after a complimentary close: name, then title lines."""


def read_signatories(
    blocks: Sequence[Block], *, statement: str | None = None
) -> tuple[list[Signatory], list[ParseWarning]]:
    """The signatory tree of the ``signatories`` blocks, grouped by ``signatory_group``
    headings; ``statement`` (the signing text) tells what kind the entries are.

    ``blocks`` may include the ``closing``: after "Sincerely," the lines of each
    paragraph (a name, a title, an organisation) are one signer; after "Signed," they
    are a list. They may include the ``signing`` statement: where no list follows, the
    names it gives inline (``Signed by: Alpha Network, Beta Forum and Gamma Union.``)
    are the entries.
    """
    roots: list[_Entry] = []
    too_deep: list[Line] = []
    group: str | None = None
    after_close = False
    statements: list[Block] = []
    signed = False  # some signers' blocks read already
    for block in blocks:
        if block.kind == "signing":
            statements.append(block)
            after_close = after_close and not signed  # "Also signed by:" after the signers
            continue
        if block.kind == "signatory_group":
            heading = plain(block.text).rstrip(": ")
            if len(heading) > 1 or group is None or len(group) == 1:
                group = heading  # an index letter under "Individuals:" keeps the group
        elif block.kind == "signatories":
            entries = _signers(block.lines, group) if after_close else None
            if entries is not None:  # signers' blocks go on after a "[signature]" between them
                roots.extend(entries)
                signed = True
                continue
            roots.extend(_nest(_unfold_columns(_cells(block.lines)), group, too_deep))
        after_close = block.kind == "closing" and not block.text.lower().startswith("signed")
    named: list[list[Line]] = []
    if not roots or any(block.text.endswith(",") for block in statements):
        # above a list, "Signatories: Organisations from Myanmar" describes it
        named = next(filter(None, (inline_names(block.lines) for block in statements)), [])
    inline = [_Entry(pieces, 0, None, None) for pieces in named]
    roots = inline + roots  # "Signed by: Alpha Network," and the list goes on below
    declared = None if inline else kind_of_words(statement or "")  # its words are the names
    read = cache(person_or_organization)  # for this list only: an entry is read at most once
    fallback = _kinds_by_neighbour(roots, read) if declared is None else [None] * len(roots)
    signatories = (
        validate_all(  # the whole tree in one call; each entry's data lives until validated
            Signatory,
            (
                _signatory(entry, read, declared, guess)
                for entry, guess in zip(roots, fallback, strict=True)
            ),
        )
        if roots
        else []
    )
    warnings = [
        *_numbering_warnings(roots),
        *_duplicate_warnings(roots),
        *_depth_warnings(too_deep),
    ]
    return signatories, warnings


def _kinds_by_neighbour(roots: Sequence[_Entry], read: Reader) -> list[SignatoryKind | None]:
    """For each entry, the kind its name tells, else the kind of the nearest entry before
    it in its group whose name tells (else the nearest after): lists run organisations
    first and people after, so "Shelter Now" among organisations is one, and "Yusuf
    Karaman" after "Dr. Miriam Saleh" is a person."""
    group_kinds = {entry.group: kind_of_words(entry.group or "") for entry in roots}
    guesses = [group_kinds[entry.group] or read(entry.lines[0].body, None)[0] for entry in roots]
    filled = list(guesses)
    for order in (range(len(roots)), range(len(roots) - 1, -1, -1)):
        known: SignatoryKind | None = None
        group: str | None = None
        for index in order:
            if roots[index].group != group:
                known, group = None, roots[index].group
            if filled[index] is None:
                filled[index] = known
            known = filled[index] or known
    return filled


def _signers(lines: Sequence[Line], group: str | None) -> list[_Entry] | None:
    """Each paragraph a signer (a person's name, then title lines), or None when the
    lines do not read that way."""
    chunks: list[list[Line]] = []
    for line in lines:
        if line.marker is not None:
            return None
        if line.blank_before or not chunks:
            chunks.append([line])
        else:
            chunks[-1].append(line)
    chunks = [chunk[1:] if _only_a_mark(chunk) else chunk for chunk in chunks]
    chunks = [column for chunk in chunks for column in _side_by_side(chunk)]
    if not all(len(chunk) <= 5 and looks_like_person(_signed(chunk[0].text)) for chunk in chunks):
        return None
    return [_Entry(chunk, chunk[0].indent, None, group, signer=True) for chunk in chunks]


_GUTTER = regex.compile(r"[ ]{3,}+")
"""The space between signers' blocks laid out side by side."""


def _side_by_side(chunk: list[Line]) -> list[list[Line]]:
    """Signers' blocks printed side by side (names on one line, titles on the next, each
    in its column, three spaces or more between them) as one block per column, each
    line cut to its column's cell; the chunk itself when its lines do not all have the
    same number of columns."""
    if len(chunk) < 2 or not _GUTTER.search(chunk[0].text):
        return [chunk]
    rows = [[cell for cell in _split_cells(line) if cell is not None] for line in chunk]
    width = len(rows[0])
    if width < 2 or any(len(row) != width for row in rows):
        return [chunk]
    if not all(looks_like_person(_signed(cell.text)) for cell in rows[0]):
        return [chunk]  # "Maria   Cruz": wide spacing inside one name
    return [[row[column] for row in rows] for column in range(width)]


def _split_cells(line: Line) -> list[Line | None]:
    cells: list[Line | None] = []
    begin = 0
    for gutter in _GUTTER.finditer(line.text):
        cells.append(line_part(line, 0, begin, gutter.start(), first=not cells))
        begin = gutter.end()
    cells.append(line_part(line, 0, begin, len(line.text), first=not cells))
    return cells


def _only_a_mark(chunk: Sequence[Line]) -> bool:
    """A signer's block that opens with its signature mark alone: ``(signed)`` / name."""
    mark = SIGNATURE_MARK.fullmatch(chunk[0].text)
    return mark is not None and len(chunk) > 1


SIGNATURE_MARK = regex.compile(r"(?:/s/|\((?i:signed|sgd\.?)\)|(?i:sgd\.))[ ]*")
"""What stands for a handwritten signature before a signer's name: ``/s/ Jane Roe``,
``(signed) Jane Roe``, ``Sgd. Jane Roe``."""


def _signed(text: str) -> str:
    """A signer's line without its signature mark: ``/s/ Jane Roe`` gives ``Jane Roe``."""
    mark = SIGNATURE_MARK.match(text)
    return text[mark.end() :] if mark is not None and mark.end() < len(text) else text


_TABLE_RULE = regex.compile(r"\|?[ ]*+:?-{2,}+:?[ ]*+(?:\|[ ]*+:?-{2,}+:?[ ]*+)*+\|?")
"""The rule under a table's header: ``|----:|:-------|``."""

_CELL = regex.compile(r"[^|;]+")
_TABLE_CELL = regex.compile(r"[^|]+")

_NAMES_BY_SEMICOLON = regex.compile(r"[^;|]++(?:;[ ]++\p{Lu}[^;|]*+)++;?")
"""Two or more names on a line, a semicolon between them, each after it capitalised:
``Karsk Centre for Civic Initiatives; Association of Judges``."""


def _cells(lines: Sequence[Line]) -> Sequence[Line]:
    """Entries laid out as cells: the rows of a table (``| 1 | Alpha Network | Kenya |``,
    its header and rule left out, a number in the first cell as the entry's number) and,
    where two lines or more are laid out so, two names or more a line between pipes or
    semicolons (``Alpha Network | Beta Forum``); each cell its own entry with its own
    offsets, in reading order. A cell that names a place (``Gamma Trust | Kenya``) is no
    entry of its own: such a line stays whole."""
    if not any("|" in line.text or ";" in line.text for line in lines):
        return lines
    table = {line.number for line in lines if line.text.startswith("|") and line.text.endswith("|")}
    rows = [line for line in lines if line.number in table]
    header = len(rows) >= 3 and _TABLE_RULE.fullmatch(rows[1].text) is not None
    paired = [line for line in lines if line.number not in table and _pairs(line)]
    out: list[Line] = []
    for line in lines:
        if len(rows) >= 2 and line.number in table:
            if (header and line is rows[0]) or _TABLE_RULE.fullmatch(line.text):
                continue  # the header row, the rule
            out.extend(_table_row(line))
        elif len(paired) >= 2 and line in paired:
            out.extend(_own_entry(cell) for cell in _pairs(line))
        else:
            out.append(line)
    return out


def _pairs(line: Line) -> list[Line]:
    """The cells of a line of names between pipes or semicolons, or [] for any other line."""
    if line.marker is not None or not (
        " | " in line.text or _NAMES_BY_SEMICOLON.fullmatch(line.text)
    ):
        return []
    cells = [cell for cell in _CELL.finditer(line.text) if cell.group().strip()]
    parts = [_cell_part(line, cell) for cell in cells]
    if len(parts) < 2 or any(part is None or is_place(part.text) for part in parts):
        return []
    return [part for part in parts if part is not None]


def _cell_part(line: Line, cell: regex.Match[str]) -> Line | None:
    begin = cell.start() + len(cell.group()) - len(cell.group().lstrip())
    return line_part(line, 0, begin, cell.start() + len(cell.group().rstrip()))


def _own_entry(cell: Line, number: int | None = None) -> Line:
    """A cell as a line that starts an entry of its own (never wraps the one before)."""
    return cell._replace(marker="|", marker_kind="number", ordinal=number)


def _table_row(line: Line) -> list[Line]:
    """The name cell of a table row, numbered by a number in its first cell:
    ``| 2 | Beta Forum | Kenya |``, ``| 3. | Gamma Union |``."""
    cells = [cell for cell in _TABLE_CELL.finditer(line.text) if cell.group().strip()]
    if not cells:
        return []
    first = cells[0].group().strip().rstrip(".)")
    number = int(first) if first.isdecimal() and len(first) <= 9 else None
    names = cells[1:] if number is not None or not first else cells
    part = _cell_part(line, names[0]) if names else None
    return [] if part is None else [_own_entry(part, number)]


TWO_COLUMNS = regex.compile(r"(?P<left>\S.*?\S)[ ]{3,}+(?P<right>(?P<n>\p{Nd}{1,4})[.)][ ]+\S.*)$")
"""A row of a numbered list laid out in two columns, as ``pdftotext -layout`` leaves it:
``1. Dhul Plains Farmers' Union          7. Land Rights Watch``."""


def _unfold_columns(lines: Sequence[Line]) -> Sequence[Line]:
    """A two-column numbered list read column by column: the left column's entries, then
    the right column's, each with the span of its own part of the line."""
    rows = [
        (
            line,
            TWO_COLUMNS.match(line.text)
            if line.marker_kind == "number" and "   " in line.text
            else None,
        )
        for line in lines
    ]
    if sum(1 for _, row in rows if row is not None) < 2:
        return lines
    left: list[Line] = []
    right: list[Line] = []
    for line, row in rows:
        if row is None:
            left.append(line)
            continue
        text = row.group("left")
        left.append(
            line._replace(
                text=text, end=line.start + len(text), body=text[line.body_start - line.start :]
            )
        )
        cell = row.group("right")
        start = line.start + row.start("right")
        body = cell[row.end("n") - row.start("right") + 1 :].lstrip()
        right.append(
            line._replace(
                start=start,
                end=start + len(cell),
                text=cell,
                blank_before=0,
                marker=cell[: len(cell) - len(body)].rstrip(),
                ordinal=number(row.group("n")),
                body=body,
                body_start=start + len(cell) - len(body),
            )
        )
    return [*left, *right]


def _nest(lines: Sequence[Line], group: str | None, too_deep: list[Line]) -> list[_Entry]:
    """Top-level entries of one run of lines, with members nested under them, at most
    :data:`MAX_DEPTH` deep; the lines of entries kept higher than they stand go to
    ``too_deep``."""
    roots: list[_Entry] = []
    stack: list[_Entry] = []
    for index, line in enumerate(lines):
        unmarked = line.marker is None and not line.blank_before
        if stack and unmarked and _continues(stack[-1], line, lines, index):
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


def _continues(previous: _Entry, line: Line, lines: Sequence[Line], index: int) -> bool:
    """Whether ``line`` (``lines[index]``, unmarked and after no blank line) wraps the
    previous entry rather than starting a new one.

    Deeper than a marked entry, a line that starts in lower case, follows a dangling
    comma, "and" or open parenthesis, or stands alone at the entry's hanging indent
    wraps it; other deeper lines are members (a sub-list marked by indentation alone).
    """
    if line.indent <= previous.indent:
        return previous.marker_kind is not None  # in a marked list, every entry has a marker
    last = previous.lines[-1].text
    first = line.text[0]
    return (
        (first.islower() and first.isascii())
        or _CONTINUATION_END.search(last) is not None
        or last.count("(") > last.count(")")
        or _at_hanging_indent(previous, line, lines[index + 1] if index + 1 < len(lines) else None)
    )


def _at_hanging_indent(previous: _Entry, line: Line, following: Line | None) -> bool:
    """``1. International Federation of Journalists`` / ``   Asia-Pacific Office``: the line
    starts under the entry's text (give or take a column), and no sub-list of such lines
    follows it."""
    head = previous.lines[0]
    if head.marker is None or abs(line.indent - head.indent - (head.body_start - head.start)) > 1:
        return False
    return following is None or not (
        following.marker is None and following.blank_before == 0 and following.indent == line.indent
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


def _signatory(
    entry: _Entry,
    read: Reader,
    declared: SignatoryKind | None,
    fallback: SignatoryKind | None = None,
) -> dict[str, Any]:
    """The fields of a :class:`Signatory` and of its members, as plain data for
    :func:`validate_all`. ``read`` is :func:`person_or_organization` (cached for the
    list); ``declared`` is the kind the statement or group heading gives every entry;
    ``fallback`` the kind for an entry whose name does not tell."""
    first, last = entry.lines[0], entry.lines[-1]
    kind = (kind_of_words(entry.group) if entry.group else None) or declared
    if entry.signer:
        kind, name = "individual", _signed(first.text)
        affiliation = ", ".join(line.text for line in entry.lines[1:]) or None
        written = name
    else:
        text = first.body
        if len(entry.lines) > 1:
            text = " ".join([text, *(line.text for line in entry.lines[1:])])
        kind, name, affiliation = read(text, kind)
        kind = kind or fallback
        written = name if affiliation is None else f"{name}, {affiliation}"
    member_kind: SignatoryKind | None = "organization" if kind == "organization" else None
    return {
        "number": first.ordinal,
        "name": name,
        "kind": kind,
        "acronym": acronym_of(name) if ")" in name else None,  # most have none: no call
        "affiliation": affiliation,
        "group": entry.group,
        "scripts": scripts_of(name),
        "members": [_signatory(member, read, member_kind) for member in entry.members]
        if entry.members
        else [],
        "span": {
            "start": first.start,
            "end": last.end,
            "line": first.number,
            "end_line": last.number,
        },
        "place": place_of(written),
    }


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
            code: WarningCode
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
    return validate_all(ParseWarning, _duplicates(roots))


def _duplicates(roots: Sequence[_Entry]) -> Iterator[dict[str, Any]]:
    seen: dict[tuple[str | None, str], int] = {}
    for entry in roots:
        line = entry.lines[0]
        name = line.body
        if len(entry.lines) > 1:
            name = " ".join([name, *(wrapped.text for wrapped in entry.lines[1:])])
        key = (entry.group, comparison_key(name))  # casefolded; Burmese marks in one order
        if key in seen:
            yield {
                "code": "duplicate_signatory",
                "message": f"{name!r} is listed twice (first at line {seen[key]})",
                "line": line.number,
            }
        else:
            seen[key] = line.number
