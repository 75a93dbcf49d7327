"""Addressees: ``To``/``CC:``/``Attn:`` lines with their continuation lines, and
postal address blocks.

A block is read in runs, each opened by a labelled line (``To:``, ``CC:``, ``Attn:``,
``Para:``, ``À l'attention de``, ``C.c.p.``, ``Кому:``, ``ถึง / To:``, Burmese ``သို့``).
A line that only finishes the entry above (that one ends in ``of``, ``/``, ``and``; or
the line is indented deeper than the entry's text, or goes on in lower case) is part of
that entry. A run is one addressee per entry when its label line names one and no
address line follows, or when every entry opens with a person's title (``H.E. …``);
else it is a postal block: ONE addressee whose other lines are its address. The name of
a postal block is its first line, unless the block opens with a form of address
(``Excelentíssimo Senhor``, ``An das``) or an office (``The Ambassador of …``) and a
line that opens with a person's title follows before the address (``U Thaung Htike
Oo``, ``Frau Bundesministerin Dr. …``): then that person is the addressee, whom the
salutation greets. ``Through:`` names the channel of delivery, no addressee.

>>> from letterparse.lines import split_lines
>>> from letterparse.sections import Block
>>> lines = split_lines("CC: UN Human Rights Council Members\\nUN High Commissioner")
>>> [(r.role, r.name) for r in read_recipients([Block("recipients", tuple(lines))])]
[('cc', 'UN Human Rights Council Members'), ('cc', 'UN High Commissioner')]
>>> lines = split_lines("Hon. Jane Roe, MP\\nMinister of Water\\nPort Elsin 4410")
>>> [(r.name, r.address) for r in read_recipients([Block("recipients", tuple(lines))])]
[('Hon. Jane Roe, MP', ['Minister of Water', 'Port Elsin 4410'])]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import regex

from ..lines import Line
from ..model import Recipient, RecipientRole, Span
from ..sections import Block
from ..vocabulary import PERSONAL_TITLE, POSTAL, RECIPIENT_LABEL
from .markup import value_part
from .names import names_an_organization

_TO = r"to|para|a|à|an|destinataires?|кому|ถึง"
_CC = (
    r"cc|c\.[ ]?c\.(?:[ ]?p\.)?|ccp|bcc|copy(?:[ ]to)?|cop(?:ies|ied)[ ]to|kopie|copie|copia"
    r"|cópia|копия|สำเนาถึง|สำเนา"
)
_ATTN = (
    r"attn\.?|attention(?:[ ]of)?|at['’]n|a[ ]la[ ]atenci[óo]n[ ]de|à[ ]l['’]attention[ ]de"
    r"|z\.[ ]?hd\.?|zu[ ]händen(?:[ ]von)?"
)
_VIA = r"through|thru|via"
_WORD = rf"(?i:{_ATTN}|{_CC}|{_VIA}|{_TO})"

LABEL = regex.compile(
    rf"""
    (?:\*\*|__)?
    (?P<label>
        (?P<word>{_WORD})(?:[ ]*+/[ ]*+{_WORD})?[ ]*+[:：]
      | (?P<word>(?i:a[ ]la[ ]atenci[óo]n[ ]de|à[ ]l['’]attention[ ]de|attention[ ]of|attn\.?
          |at['’]n|c\.[ ]?c\.(?:[ ]?p\.)?))(?=[ ])
      | (?P<word>(?i:through|via))(?=[ ]*+$)
    )
    (?:\*\*|__|\*|</(?:strong|b|em|i|u|span)>)*+[ ]*+
    """,
    regex.VERBOSE,
)
"""Addressee labels beyond :data:`~letterparse.vocabulary.RECIPIENT_LABEL`: Spanish,
Portuguese, French, German, Russian and Thai ones (``Para:``, ``A:``, ``À :``, ``An:``,
``Destinataire :``, ``Kopie:``, ``C.c.p.``, ``Кому:``, ``สำเนาถึง / Cc:``), attention
lines (``Attn``, ``At'n:``, ``A la atención de``, ``À l'attention de``) and ``Through:``."""

PERSON_LINE = regex.compile(
    PERSONAL_TITLE.pattern
    + r"|(?:U|Daw|Ko|Saw|Naw|Nang|Khun|Dato'?|Datuk|Tan[ ]Sri|Shri|Smt\.?|Professor)[ ]\p{Lu}"
)
"""A line that opens with a person's title: ``H.E. Mr. …``, ``Frau …``, ``Professor …``,
Burmese ``U …``."""

FORM_OF_ADDRESS = regex.compile(
    r"""(?i:excelent[íi]s?sim[oa]s?|ilustr[íi]s?sim[oa]s?|señor(?:a|es)?|senhor(?:a|es)?
    |monsieur|madame|an[ ](?:das|den|die)|to|à|a|al|aux?)
    (?:[ ](?:senhor(?:a)?|señor(?:a)?|sr\.|sra\.))?[ ]*[:,]?$""",
    regex.VERBOSE,
)
"""A line that is a form of address only, above the addressee's name: ``Excelentíssimo
Senhor``, ``An das``."""

DANGLING = frozenset(
    (
        "of", "the", "and", "for", "on", "in", "at", "de", "du", "des", "la", "le", "et", "und",
        "der", "die", "für", "y", "e", "del", "da", "do", "/", "&", "–", "-",
    )
)  # fmt: skip
"""The last words of a line whose entry goes on below: ``… on the Prevention of``,
``… Policy /``."""

CLOSERS = regex.compile(r"(?:\*\*|__|\*|</(?:strong|b|em|i|u|span)>|[ ])*+")
"""What closes a label's emphasis: ``**To:** …``, ``<strong>To:</strong> …``."""

OFFICE_WORDS = frozenset(
    (
        "ambassador", "minister", "ministre", "ministro", "ministra", "secretary", "secrétaire",
        "secretario", "secretaria", "president", "président", "presidente", "chair",
        "chairperson", "chairman", "chairwoman", "director", "directeur", "directrice",
        "directora", "commissioner", "governor", "mayor", "head", "chief", "rapporteur",
        "representative", "representatives", "envoy", "deputy", "vice", "executive", "officer",
        "senator", "councillor", "councilor", "member", "members", "leaders", "judge",
        "prosecutor", "attorney", "adviser", "advisor", "coordinator", "registrar", "speaker",
        "premier", "chancellor", "general", "high",
    )
)  # fmt: skip
"""Words of an office, which a person's bare name never holds: ``Secretary for Justice``."""

_PLURAL_OFFICES = frozenset({"representatives", "members", "leaders", "general", "high"})

_CONJUNCTION = regex.compile(r"(?:and|und|et|y|e)[ ]+")
_PURPOSE = regex.compile(r"\.-[ ]*\S.*$")
"""A purpose after a copy's addressee: ``….- Para su conocimiento.``"""
_GLUED_TITLE = regex.compile(r"(?<=\p{Ll})(?=H\.E\.[ ])")
"""An entry run together with the next (a lost line break): ``…CouncilH.E. Mohamed …``."""

_ROLES: dict[str, RecipientRole] = {"to": "to", "attn": "attn", "attention": "attn", "သို့": "to"}


@dataclass
class _Entry:
    """An addressee's lines: its first line from ``start``, and the lines that finish it."""

    lines: list[Line]
    start: int
    column: int
    """Where the entry's text starts on its first line, in columns."""
    texts: list[str] = field(default_factory=list)
    marked: bool = False
    """Its line opens with a list marker (``- Office of …``)."""
    closed: bool = False
    """No line finishes it (a label written after the name ends it)."""

    @property
    def name(self) -> str:
        return " ".join(self.texts)


@dataclass
class _Run:
    role: RecipientRole | None
    """None for a ``Through:`` run, which names no addressee."""
    labelled: bool
    named: bool = False
    """The label line names an addressee itself."""
    entries: list[_Entry] = field(default_factory=list)


def read_recipients(blocks: Sequence[Block]) -> list[Recipient]:
    """Every recipient of the ``recipients`` blocks, in order."""
    recipients: list[Recipient] = []
    role: RecipientRole = "to"
    for run in _runs(blocks, role):
        if run.role is None:
            continue
        role = run.role
        if not run.entries:
            continue
        for group in _groups(run):
            recipients.extend(_recipients(role, group))
    return recipients


def _runs(blocks: Sequence[Block], role: RecipientRole) -> list[_Run]:
    """The blocks' lines in runs that each start at a block or a labelled line."""
    runs: list[_Run] = []
    for block in blocks:
        for index, line in enumerate(block.lines):
            value = value_part(line)
            if value is None:
                continue
            labelled = _label(value)
            if labelled is not None:
                run_role, start, addressee = labelled
                runs.append(_Run(run_role, labelled=True))
                role = run_role or role
                if addressee is not None:  # "<name> သို့": the label ends the entry
                    entry = _Entry([value], 0, value.indent, [addressee], closed=True)
                    runs[-1].entries.append(entry)
                runs[-1].named = _add(runs[-1], value, start, line.marker is not None)
            else:
                if index == 0 or not runs:
                    runs.append(_Run(role, labelled=False))
                _add(runs[-1], value, 0, line.marker is not None)
    return runs


def _label(line: Line) -> tuple[RecipientRole | None, int, str | None] | None:
    """The role a labelled line gives, where its name starts, and a Burmese addressee
    written before the label (``<name> သို့``); None for a line with no label."""
    text = line.text
    match = RECIPIENT_LABEL.match(text)
    if match is not None:
        label = match.group("label").strip("*_: ").lower().rstrip(".")
        end = CLOSERS.match(text, match.end()).end()  # type: ignore[union-attr]
        return _ROLES.get(label, "cc"), end, match.group("addressee") or None
    match = LABEL.match(text)
    if match is None:
        return None
    return _role(match.group("word")), match.end(), None


def _role(word: str) -> RecipientRole | None:
    word = word.lower()
    if regex.fullmatch(_VIA, word):
        return None
    if regex.fullmatch(_ATTN, word):
        return "attn"
    return "cc" if regex.fullmatch(_CC, word) else "to"


def _add(run: _Run, line: Line, start: int, marked: bool) -> bool:
    """Add ``line`` (from ``start``) to the run: to the entry above when it only finishes
    that entry, else as an entry of its own (two, if an entry is run together with the
    next). False when nothing is left of the line to add."""
    text = line.text[start:].strip()
    if not text:
        return False
    start = line.text.index(text, start)
    column = line.indent + start
    previous = run.entries[-1] if run.entries else None
    conjunction = _CONJUNCTION.match(text)
    if previous is not None and conjunction is None and _finishes(run, previous, column, text):
        previous.lines.append(line)
        previous.texts.append(text)
        return True
    if conjunction is not None and previous is not None:
        start, text = start + conjunction.end(), text[conjunction.end() :]
    for piece in _GLUED_TITLE.split(text):
        run.entries.append(_Entry([line], start, column, [piece], marked))
        start += len(piece)
    return True


def _finishes(run: _Run, previous: _Entry, column: int, text: str) -> bool:
    """Whether a line (its text starting at ``column``) only finishes the entry above:
    that entry ends in a word that goes on; or under a label the line is indented deeper
    than the entry's text; or it goes on in lower case and holds no number (an address
    line: ``c/o …``, ``rue …  12``)."""
    if previous.closed:
        return False
    last = previous.texts[-1].rsplit(None, 1)[-1].lower()
    if last in DANGLING or last[-1:] in "/&–-":
        return True
    if run.labelled and column > previous.column:
        return True
    return text[0].islower() and not text.startswith("c/o") and not any(c.isdigit() for c in text)


def _groups(run: _Run) -> list[list[_Entry]]:
    """The run as lists of entries that are one addressee each (a list of addressees) or
    one postal block each. Under ``CC:`` the lines are copies, one addressee each, but
    for a person followed by their office (``His Excellency …`` / ``Ambassador for …``)."""
    entries = run.entries
    titled = [PERSON_LINE.match(entry.name) is not None for entry in entries]
    if len(entries) > 1 and not any(POSTAL.match(entry.name) for entry in entries[1:]):
        marked = run.labelled and all(entry.marked for entry in entries)
        copies = run.labelled and run.role == "cc"  # "CC:" above a list of copies
        offices = all(", " in entry.name for entry in entries)  # "Name, Office" each
        one = _one_person(entries, titled) and (not copies or _office(entries[1].name))
        listed = ((run.named or copies) and not one) or marked
        if listed or all(titled) or offices:
            return [[entry] for entry in entries]
    groups: list[list[_Entry]] = []
    for index, entry in enumerate(entries):
        if not groups or (titled[index] and not titled[index - 1] and titled[0]):
            groups.append([])
        groups[-1].append(entry)
    return groups


def _one_person(entries: Sequence[_Entry], titled: Sequence[bool]) -> bool:
    """``To: H.E. Sheikh …`` / ``Minister of Interior``, ``To: Jane Roe`` / ``Secretary
    for Justice``: the first entry names a person (with a title, or a name alone) and no
    office after a comma, and no later entry names one: one addressee with the lines of
    their address."""
    first = entries[0].name
    if ", " in first or not (titled[0] or _bare_name(first)):
        return False
    return not any(titled[1:]) and not any(_bare_name(entry.name) for entry in entries[1:])


def _office(text: str) -> bool:
    """A line that names one person's office: ``Ambassador for …``, ``The Minister of …``
    (a copy's addressee above it is that person, not one more addressee)."""
    words = text.removeprefix("The ").split(None, 1)
    return bool(words) and words[0].lower() in OFFICE_WORDS - _PLURAL_OFFICES


def _bare_name(text: str) -> bool:
    """A person's name without a title: a few capitalised words, none of them an office's
    or an organisation's (``Teresa Lind Aro``, not ``Secretary for Justice``)."""
    words = text.split()
    if not 2 <= len(words) <= 5 or any(char.isdigit() or char == "," for char in text):
        return False
    if names_an_organization(text):
        return False
    return all(word[0].isupper() and word.strip(".").lower() not in OFFICE_WORDS for word in words)


def _recipients(role: RecipientRole, entries: Sequence[_Entry]) -> list[Recipient]:
    if len(entries) == 1:
        (entry,) = entries
        return [
            Recipient(role=role, name=name, address=[], span=span) for name, span in _names(entry)
        ]
    chosen = _name_entry(entries)
    top, bottom = entries[0].lines[0], entries[-1].lines[-1]
    name = _clean(entries[chosen].name)
    begin = top.start + entries[0].start if _exact(top) else top.start
    span = Span(start=begin, end=bottom.end, line=top.number, end_line=bottom.number)
    address = [text for i, entry in enumerate(entries) if i != chosen for text in entry.texts]
    return [Recipient(role=role, name=name, address=address, span=span)]


def _name_entry(entries: Sequence[_Entry]) -> int:
    """Which entry of a postal block names the addressee (see the module's note)."""
    first = 0
    while first < len(entries) - 1 and FORM_OF_ADDRESS.match(entries[first].name):
        first += 1
    if PERSON_LINE.match(entries[first].name):
        return first
    for index in range(first + 1, min(first + 3, len(entries))):
        if POSTAL.match(entries[index].name):
            break
        if PERSON_LINE.match(entries[index].name):
            return index
    return first


def _names(entry: _Entry) -> list[tuple[str, Span]]:
    """The addressees of one entry and their spans: ``Members of the Council; Regional
    Environment Agency`` names two (a semicolon outside parentheses separates them; a
    comma does not: ``Delphine Aukerman, Mayor of Harrowmere`` is one)."""
    line = entry.lines[0]
    if len(entry.lines) > 1:
        last = entry.lines[-1]
        begin = line.start + entry.start if _exact(line) else line.start
        span = Span(start=begin, end=last.end, line=line.number, end_line=last.number)
        return [(name, span) for name in _split(entry.name)] if entry.name else []
    names: list[tuple[str, Span]] = []
    text = line.text
    offset = entry.start
    for piece in _split(entry.name):
        at = text.find(piece, offset)
        at = at if at >= 0 else offset
        names.append((piece, _span(line, at, piece)))
        offset = at + len(piece)
    return names


def _split(text: str) -> list[str]:
    names: list[str] = []
    begin, depth = 0, 0
    for index, char in enumerate(f"{text};"):
        depth += (char == "(") - (char == ")")
        if char == ";" and depth <= 0:
            name = _clean(text[begin:index])
            if name.startswith("and "):  # "Office of the Mayor; and the Regional Agency"
                name = name[4:].lstrip()
            if name:
                names.append(name)
            begin = index + 1
    return names


def _clean(name: str) -> str:
    """An addressee without a copy's purpose and the punctuation that ends the line."""
    name = _PURPOSE.sub("", name).strip()
    return name.rstrip(":;,").rstrip()


def _exact(line: Line) -> bool:
    return len(line.text) == line.end - line.start  # no character was removed from the line


def _span(line: Line, start: int, name: str) -> Span:
    """The span of a name that starts at ``start`` in ``line``'s text."""
    begin = line.start + start if _exact(line) else line.start
    end = min(begin + len(name), line.end) if _exact(line) else line.end
    return Span(start=begin, end=end, line=line.number, end_line=line.number)
