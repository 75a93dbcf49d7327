"""The complimentary close, and the signer who shares its line.

A close and a signature often share a line: ``Sincerely, Jane Roe``, ``In solidarity,
Velmora Coalition``, ``С уважением, Профсоюз IT.``, ``Best,<br>Rafael Quintero<br>14
Varney Street``. The closing is the formula only; the rest is handed to the signatories
reader as a ``signatories`` block of its own (:func:`with_signers`), each piece a line
part with its own span, joined to the signer's block right below when no blank line
stands between them.

>>> from letterparse.lines import split_lines
>>> from letterparse.sections import Block
>>> closing, signer = split_closing(Block("closing", tuple(split_lines("Sincerely, Jane Roe"))))
>>> closing.text, [line.text for line in signer.lines]
('Sincerely,', ['Jane Roe'])
>>> read_closing(Block("closing", tuple(split_lines("> Kind regards,")))).text
'Kind regards,'
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ..lines import Line
from ..model import Closing
from ..sections import Block
from ..vocabulary import CLOSING
from .common import line_part, span_of
from .markup import cores

_ABBREVIATIONS = frozenset(
    ("inc", "ltd", "co", "corp", "llc", "plc", "jr", "sr", "bros", "st", "ave", "dr", "prof")
)
"""Words that end a name with a full stop of their own: ``Acme Co.``, ``John Roe Jr.``."""

_LATIN = regex.compile(r"\p{Latin}")

BREAK = regex.compile(r"[ ]*+<br[ ]*+/?>[ ]*+", regex.IGNORECASE)
"""A hard line break inside a line of HTML: ``Best,<br>Rafael Quintero``."""

_PARTICLES = frozenset(
    (
        "of", "the", "and", "for", "on", "in", "at", "de", "du", "des", "la", "le", "les", "da",
        "do", "dos", "das", "del", "van", "von", "der", "den", "und", "y", "e", "et", "für",
        "&", "-",
    )
)  # fmt: skip
"""Words in lower case that a name may hold: ``Friends of the Tessel Path``."""


def read_closing(block: Block) -> Closing:
    """The closing of a closing block: the formula, without the signer on its line; a
    formula wrapped over lines joined with one space."""
    return split_closing(block)[0]


def split_closing(block: Block) -> tuple[Closing, Block | None]:
    """The formula of a closing block, and the block of the signer written after it on
    its line (or on its further lines), or None when the block is the formula alone."""
    formula, signer = _split(block)
    closing = Closing(text=" ".join(line.text for line in formula), span=span_of(formula))
    return closing, Block("signatories", tuple(signer)) if signer else None


def with_signers(blocks: Sequence[Block]) -> list[Block]:
    """``blocks`` (the closing, signing and signatory blocks, in order) with each closing
    cut to its formula and the signer on its line made a ``signatories`` block, joined to
    the signatories block right below it when no blank line stands between them."""
    out: list[Block] = []
    signer: list[Line] = []
    for block in blocks:
        if signer:
            joined = block.kind == "signatories" and block.lines[0].blank_before == 0
            out.append(Block("signatories", tuple(signer + (list(block.lines) if joined else []))))
            signer = []
            if joined:
                continue
        if block.kind != "closing":
            out.append(block)
            continue
        formula, signer = _split(block)
        out.append(Block("closing", tuple(formula)) if signer else block)
    if signer:
        out.append(Block("signatories", tuple(signer)))
    return out


def _split(block: Block) -> tuple[list[Line], list[Line]]:
    """The lines of the formula (cores, cut to the formula) and of the signer."""
    lines = cores(block.lines) or list(block.lines)
    first = lines[0]
    cut = _formula_end(first.text)
    if cut is not None:
        part = line_part(first, 0, 0, cut[0])
        signer = [*_pieces(first, cut[1]), *lines[1:]]
        if part is not None and signer:
            return [part], signer
    if len(lines) > 1 and CLOSING.match(first.text) and _signs(lines[1:]):
        return [first], lines[1:]
    return lines, []


def _formula_end(text: str) -> tuple[int, int] | None:
    """Where the formula ends in ``text`` and the signer begins, if a complimentary close
    (``Sincerely,``) is followed on the line by what reads as a name."""
    for cut in regex.finditer(r",[ ]++|,?[ ]*+<br[ ]*+/?>[ ]*+", text, regex.IGNORECASE):
        formula = text[: cut.start() + (1 if text[cut.start()] == "," else 0)]
        rest = text[cut.end() :]
        if CLOSING.match(formula) is not None:
            return (len(formula), cut.end()) if rest and _name_like(BREAK.split(rest)[0]) else None
    return None


def _pieces(line: Line, start: int) -> list[Line]:
    """The signer's part of ``line`` from ``start``, one line part for each piece between
    ``<br>`` breaks."""
    pieces: list[Line] = []
    begin = start
    for found in [*BREAK.finditer(line.text, start), None]:
        stop = found.start() if found is not None else _sentence_end(line.text)
        part = line_part(line, 0, begin, stop, first=False)
        if part is not None:
            pieces.append(part)
        begin = found.end() if found is not None else stop
    return pieces


def _sentence_end(text: str) -> int:
    """Where the signer's name ends on the close's line: before the full stop that ends
    the sentence the close began (``С уважением, Профсоюз IT.``), not one of an
    abbreviation (``Acme Co.``, ``e.V.``)."""
    if not text.endswith(".") or text.endswith(".."):
        return len(text)
    last = text[:-1].rsplit(None, 1)[-1].lower()
    return len(text) if "." in last or last in _ABBREVIATIONS else len(text) - 1


def _name_like(text: str) -> bool:
    """Whether ``text`` reads as a signer's name: a few words, each capitalised (or in a
    script without case) but for the particles of names."""
    words = text.rstrip(".").split()
    if not words or len(words) > 10 or len(text) > 120 or words[0][0].islower():
        return False
    if not text.isascii() and _LATIN.search(text) is None and "," not in text:
        return True  # "Союз паромщиков": names in other scripts are not capitalised so
    return all(not word[0].islower() or word in _PARTICLES for word in words)


def _signs(lines: Sequence[Line]) -> bool:
    """Lines after a formula that are a signer's, not the formula's wrapped end."""
    return _name_like(lines[0].text) and CLOSING.match(lines[0].text) is None
