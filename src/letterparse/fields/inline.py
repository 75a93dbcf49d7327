"""Signatories named inline in the signing statement: ``Signed by: Alpha Network, Beta
Forum and Gamma Union.``

>>> from letterparse.lines import split_lines
>>> pieces = inline_names(split_lines("Signed by: Alpha Network, Beta\\nForum and Gamma."))
>>> [" ".join(line.text for line in name) for name in pieces]
['Alpha Network', 'Beta Forum', 'Gamma']
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ..lines import Line
from ..vocabulary import BARE_GROUP_HEADING
from .common import line_part
from .names import acronym_of, looks_like_person, names_an_organization

INLINE_LEAD = regex.compile(
    r"(?i:(?:(?:co-?)?signed|endorsed|supported)[ ]by|signatories|signed)[ ]*:[ ]*(?=\S)"
)
"""A signing statement that gives its names on the same line: ``Signed by: Alpha …``."""

_LAST_AND = regex.compile(r"(?<![ ])[ ]++(?:and|&)[ ]++")
_INLINE_NAME = regex.compile(r"[\p{Lu}\p{Lo}][^.:!?]*+(?:\.(?=[ ]\p{Lu}|\p{L})[^.:!?]*+)*")
"""One name of an inline list: starts with a capital (or a letter of a script without
case) and holds no sentence end: ``Highlands Environmental Law Centre (HELC)``."""


_SENTENCE_END = regex.compile(
    r"\p{Ll}{3}\.(?<!\b(?i:prof|assoc|dept|univ|inst|corp|capt|govt|intl|bros|natl)\.)[ ]"
)
"""A full stop after a lower-case word, inside a name: a sentence ends there (``Dr.``
and ``St.`` do not end one)."""


def inline_names(lines: Sequence[Line]) -> list[list[Line]] | None:
    """The names a signing statement gives inline, each as the pieces of the lines it
    stands on (a name wrapped over two lines has a piece of each, each piece with its
    own offsets); None unless the
    whole statement after its lead reads as a list of names. A person followed only by
    titles (``Dr. Jane Roe, Professor of Law, University of X``) is one entry; where
    semicolons separate the names, commas do not (``Jane Roe, Harbour Forum; John Doe``).

    ``A, B and C`` splits at the last "and"; with a comma before it (``A, B, and C``)
    "and" splits nowhere else, so ``Rivers and Reefs Trust`` stays whole."""
    text = " ".join(line.text for line in lines)
    lead = INLINE_LEAD.match(text)
    if lead is None:
        return None
    end = len(text.rstrip(" .,;"))  # "Signed by: Alpha Network," and the list below
    by_semicolon = len(_split(text, lead.end(), len(text), ";")) > 1
    pieces = _split(text, lead.end(), end, ";" if by_semicolon else ",;")
    oxford = any(text.startswith(("and ", "& "), begin) for begin, _ in pieces)
    pieces = [
        (begin + (4 if text.startswith("and ", begin) else 2), stop)
        if text.startswith(("and ", "& "), begin)
        else (begin, stop)
        for begin, stop in pieces
    ]
    joined = oxford
    if not oxford:
        last_begin, last_end = pieces[-1]
        joins = list(_LAST_AND.finditer(text, last_begin, last_end))
        if joins:
            pieces[-1:] = [(last_begin, joins[-1].start()), (joins[-1].end(), last_end)]
            joined = True
    names = [text[begin:stop] for begin, stop in pieces]
    if not all(
        _INLINE_NAME.fullmatch(name) and name.count(" ") < 12 and not _SENTENCE_END.search(name)
        for name in names
    ):
        return None
    if any(_GROUP_START.match(name) or BARE_GROUP_HEADING.match(name) for name in names):
        return None  # "Signatories: Organisations and Individuals" heads a list
    if len(names) == 1 and not _names_one(names[0]):
        return None
    if not joined and looks_like_person(names[0]) and not any(map(looks_like_person, names[1:])):
        pieces = [(pieces[0][0], pieces[-1][1])]  # "Dr. Jane Roe, Professor of Law": one person
    return _pieces_of(lines, pieces)


def _split(text: str, start: int, end: int, separators: str) -> list[tuple[int, int]]:
    """``text[start:end]`` cut at ``separators`` outside parentheses, each piece without
    the spaces around it: (begin, stop) pairs."""
    pieces: list[tuple[int, int]] = []
    depth = 0
    begin = start
    for index in range(start, end):
        char = text[index]
        depth += (char == "(") - (char == ")")
        if depth == 0 and char in separators:
            pieces.append((begin, index))
            begin = index + 1
    pieces.append((begin, end))
    trimmed = []
    for piece_begin, piece_stop in pieces:
        piece = text[piece_begin:piece_stop]
        left = piece_begin + len(piece) - len(piece.lstrip(" "))
        trimmed.append((left, left + len(piece.strip(" "))))
    return trimmed


_GROUP_START = regex.compile(
    r"(?i:organi[sz]ations|individuals|members|groups|signatories|persons|people|academics)\b"
)
"""The first word of a description of the list, not a name: ``Members of the Alliance``."""

_NOT_A_NAME = regex.compile(r"(?i:\b(?:see|list|below|above|attached|annex|following)\b)|\p{Nd}")


def _names_one(name: str) -> bool:
    """Whether a statement's only inline "name" names a signer: ``Alpha Network``, ``Dr.
    Jane Roe``, not ``See attached list`` nor ``Over 200 organisations (see below)``."""
    if _NOT_A_NAME.search(name):
        return False
    return looks_like_person(name) or names_an_organization(name) or acronym_of(name) is not None


def _pieces_of(lines: Sequence[Line], pieces: Sequence[tuple[int, int]]) -> list[list[Line]]:
    """For each (begin, stop) piece of the lines' text joined with one space, the pieces
    of the lines it stands on (each with its own offsets)."""
    entries: list[list[Line]] = []
    starts: list[int] = []
    at = 0
    for line in lines:
        starts.append(at)
        at += len(line.text) + 1
    first_line = 0
    for begin, stop in pieces:  # in order: each line is passed once for all pieces
        while first_line + 1 < len(lines) and starts[first_line + 1] <= begin:
            first_line += 1
        parts: list[Line] = []
        index = first_line
        while index < len(lines) and starts[index] < stop:
            part = line_part(lines[index], starts[index], begin, stop, first=not parts)
            if part is not None:
                parts.append(part)
            index += 1
        if parts:
            entries.append(parts)
    return entries
