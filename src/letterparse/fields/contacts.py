"""Contact entries: ``- Name, Organisation; email``, ``Name (Organisation), email``,
``Name – Organisation – +66 81 234 5678``.

>>> from letterparse.lines import split_lines
>>> from letterparse.sections import Block
>>> lines = split_lines("Contact:\\n- Khin Ohmar, Progressive Voice; info@progressive-voice.org")
>>> contact = read_contacts([Block("contacts", tuple(lines))])[0]
>>> contact.name, contact.organization, contact.email
('Khin Ohmar', 'Progressive Voice', 'info@progressive-voice.org')
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ..lines import Line
from ..model import Contact
from ..sections import Block
from ..vocabulary import CONTACTS_HEADING, CONTACTS_LEAD, EMAIL, PHONE
from .common import span_of
from .markup import core

CONTACT_WORDS = regex.compile(
    r"(?i:\b(?:e-?mail|tel(?:ephone)?|phone|mobile|cell|whatsapp|signal)\b\.?[ ]*:?)"
)
"""Labels inside an entry that are not part of a name: ``email:``, ``Tel.``."""

INTRO = regex.compile(
    CONTACTS_LEAD.pattern
    + r"""[^:]{0,60}?(?::(?:\*\*|__)?|\b(?i:please[ ])?(?i:contact|reach|call|e-?mail|write[ ]to)\b)
    [ ]*""",
    regex.VERBOSE,
)
"""The lead-in of a contact line: ``Media contact:``, ``For more information, contact``."""

DANGLING = regex.compile(
    r"(?<![ ,;:])(?:[ ,;:]++(?i:at|or|on|via|and|by|email|tel|phone)\b)+[ .,;:]*+$"
)
"""Words left over at the end once e-mail addresses and numbers are taken out."""

NAME_SPLIT = regex.compile(r"(?<![ ])[ ]*(?:[,၊]|[ ][-–—|][ ]|\((?=[^()]+\)))[ ]*")
"""Where a name ends and its organisation begins: a comma (also Burmese ``၊``), a spaced
dash, a parenthesis."""

_TRIM = " \t,;:|–—-/"

LABEL = regex.compile(
    r"(?:\*\*|__|\*|_)?(?P<label>\p{L}[\p{L}\p{M}'’ -]{0,40}?)[ ]*+:(?:\*\*|__|\*|_)?[ ]++"
)
"""A label before a contact entry: ``*Press and questions:* …``, ``Petition organiser: …``."""

EMPTY_MARKUP = regex.compile(r"<[ ]*+>|\[[ ]*+\](?:\([^()]{0,300}\))?|\([ ]*+\)")
"""What is left of ``<jane@example.org>`` or ``[jane@example.org](mailto:…)`` once the
address is taken out."""


PEOPLE_SPLIT = regex.compile(r"(?<![ ])[ ]++(?:or|and)[ ]++(?=\p{Lu})")
"""Where an entry that names several people with their addresses passes from one to the
next: ``Amara Obi (amara@example.org) or Teodor Manea at t.manea@example.org``."""


def read_contacts(blocks: Sequence[Block]) -> list[Contact]:
    """Every contact entry of the ``contacts`` blocks; headings are not contacts. An entry
    that names several people, each with an address or number, gives one contact each."""
    contacts: list[Contact] = []
    for block in blocks:
        for entry in _entries(block.lines):
            text = _entry_text(entry)
            contacts.extend(_contact(person, entry) for person in _people(text))
    return contacts


def _entries(lines: Sequence[Line]) -> list[list[Line]]:
    """Group lines into entries: a marked line opens one, unmarked lines continue it."""
    marked = any(line.marker is not None for line in lines)
    entries: list[list[Line]] = []
    for line in lines:
        if line.marker is None and CONTACTS_HEADING.match(line.text):
            continue
        if line.marker is None and not entries and INTRO.match(line.text):
            entries.append([line])  # "Media contact: Jane Roe, jane@example.org"
            continue
        if entries and marked and line.marker is None and line.blank_before == 0:
            entries[-1].append(line)
        else:
            entries.append([line])
    return entries


def _entry_text(lines: Sequence[Line]) -> str:
    """The entry's lines (their cores) joined, without a lead-in such as ``Media
    contact:`` or a label such as ``Press and questions:``."""
    text = " ".join(core(line).text for line in lines)
    intro = INTRO.match(text) if lines[0].marker is None else None
    if intro is not None:
        return text[intro.end() :]
    label = LABEL.match(text)
    return text[label.end() :] if label is not None and _is_label(label.group("label")) else text


def _is_label(text: str) -> bool:
    """A label, not a name: a few words, one of them in lower case (``Press and
    questions``, ``Petition organiser``); ``Jane Roe`` is a name."""
    words = text.split()
    return len(words) <= 5 and any(word[0].islower() for word in words)


def _people(text: str) -> list[str]:
    """``text`` split where it passes from one person to the next (see
    :data:`PEOPLE_SPLIT`), if every part gives a name and an address or number of its
    own; else the whole text, one person (``Jane Roe at jane@example.org or +66 …``)."""
    parts = PEOPLE_SPLIT.split(text)
    if len(parts) < 2:
        return [text]
    for part in parts:
        reachable = EMAIL.search(part) or PHONE.search(part)
        if not reachable or _name_and_organization(_without_addresses(part))[0] is None:
            return [text]
    return parts


def _without_addresses(text: str) -> str:
    """``text`` without its e-mail addresses, numbers and their labels: the name part."""
    return CONTACT_WORDS.sub(" ", PHONE.sub(" ", EMAIL.sub(" ", text)))


def _contact(text: str, lines: Sequence[Line]) -> Contact:
    emails = [match.group() for match in EMAIL.finditer(text)]
    phones = [match.group().strip() for match in PHONE.finditer(EMAIL.sub(" ", text))]
    name, organization = _name_and_organization(_without_addresses(text))
    return Contact(
        name=name,
        organization=organization,
        email=emails[0] if emails else None,
        phone=phones[0] if phones else None,
        emails=emails,
        phones=phones,
        text=text,
        span=span_of(lines),
    )


def _name_and_organization(rest: str) -> tuple[str | None, str | None]:
    rest = EMPTY_MARKUP.sub(" ", rest)
    rest = DANGLING.sub("", " ".join(rest.split())).strip(_TRIM + ".")
    if not rest:
        return None, None
    parts = [part.strip(_TRIM + "()") for part in NAME_SPLIT.split(rest, maxsplit=1)]
    name = parts[0] or None
    organization = parts[1] if len(parts) > 1 and parts[1] else None
    return name, organization
