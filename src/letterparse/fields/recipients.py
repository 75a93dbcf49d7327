"""Addressees: ``To``/``CC:``/``Attn:`` lines with their continuation lines, and
postal address blocks.

A labelled line with continuation lines is a list, one recipient per line; a block
that opens with an honorific or holds an address line is one recipient whose
further lines are its address.

>>> from letterparse.lines import split_lines
>>> from letterparse.sections import Block
>>> lines = split_lines("CC: UN Human Rights Council Members\\nUN High Commissioner")
>>> [(r.role, r.name) for r in read_recipients([Block("recipients", tuple(lines))])]
[('cc', 'UN Human Rights Council Members'), ('cc', 'UN High Commissioner')]
"""

from __future__ import annotations

from collections.abc import Sequence

from ..lines import Line
from ..model import Recipient, RecipientRole, Span
from ..sections import Block
from ..vocabulary import PERSONAL_TITLE, POSTAL, RECIPIENT_LABEL

_ROLES: dict[str, RecipientRole] = {"to": "to", "attn": "attn", "attention": "attn", "သို့": "to"}


def read_recipients(blocks: Sequence[Block]) -> list[Recipient]:
    """Every recipient of the ``recipients`` blocks, in order."""
    recipients: list[Recipient] = []
    role: RecipientRole = "to"
    for lines in _labelled_runs(blocks):
        role, entries = _entries(lines, role)
        if _is_address(entries):
            recipients.append(_address_recipient(role, entries))
        else:
            recipients.extend(
                Recipient(role=role, name=name, address=[], span=_span(line, at, name))
                for line, start, text in entries
                for at, name in _names(start, text)
            )
    return recipients


def _names(start: int, text: str) -> list[tuple[int, str]]:
    """The addressees of one line and where each starts: ``Members of the Council;
    Regional Environment Agency`` names two (a semicolon outside parentheses separates
    them; a comma does not: ``Delphine Aukerman, Mayor of Harrowmere`` is one)."""
    names: list[tuple[int, str]] = []
    begin, depth = 0, 0
    for index, char in enumerate(f"{text};"):
        depth += (char == "(") - (char == ")")
        if char == ";" and depth <= 0:
            piece = text[begin:index]
            name = piece.strip()
            if name.startswith("and "):  # "Office of the Mayor; and the Regional Agency"
                name = name[4:].lstrip()
            if name:
                names.append((start + begin + piece.index(name), name))
            begin = index + 1
    return names


def _span(line: Line, start: int, name: str) -> Span:
    """The span of a name that starts at ``start`` on ``line``."""
    exact = len(line.text) == line.end - line.start  # no character was removed from the line
    end = min(start + len(name), line.end) if exact else line.end
    return Span(start=start, end=end, line=line.number, end_line=line.number)


Entry = tuple[Line, int, str]
"""A line, the offset where its name starts, and the name."""


def _labelled_runs(blocks: Sequence[Block]) -> list[list[Line]]:
    """The blocks' lines in runs that each start at a block or a labelled line: a
    ``cc:`` line under a ``To:`` block opens a run of its own."""
    runs: list[list[Line]] = []
    for block in blocks:
        for index, line in enumerate(block.lines):
            if index == 0 or RECIPIENT_LABEL.match(line.text):
                runs.append([line])
            else:
                runs[-1].append(line)
    return runs


def _entries(lines: Sequence[Line], role: RecipientRole) -> tuple[RecipientRole, list[Entry]]:
    first, *rest = lines
    entries: list[Entry] = []
    match = RECIPIENT_LABEL.match(first.text)
    if match is not None:
        label = match.group("label").strip("*_: ").lower().rstrip(".")
        role = _ROLES.get(label, "cc")
        name = first.text[match.end() :]
        if match.group("addressee"):  # "<name> သို့", the label after the name (Burmese)
            entries.append((first, first.start, match.group("addressee")))
        if name:
            entries.append((first, first.start + match.end(), name))
    else:
        entries.append((first, first.start, first.text))
    entries.extend((line, line.start, line.text) for line in rest)
    return role, entries


def _is_address(entries: Sequence[Entry]) -> bool:
    """A postal address block: it has an address line, or it opens with a person's title
    and no later line does (several titled lines are a list of addressees)."""
    if len(entries) < 2:
        return False
    if any(POSTAL.match(text) for _, _, text in entries):
        return True
    titled = [bool(PERSONAL_TITLE.match(text)) for _, _, text in entries]
    name_and_office = ", " in entries[0][2]  # "H.E. Ms. Mutasa, Commissioner …": a whole entry
    return titled[0] and not name_and_office and not any(titled[1:])


def _address_recipient(role: RecipientRole, entries: Sequence[Entry]) -> Recipient:
    (first, start, name), last = entries[0], entries[-1][0]
    span = Span(start=start, end=last.end, line=first.number, end_line=last.number)
    return Recipient(role=role, name=name, address=[text for _, _, text in entries[1:]], span=span)
