"""CMIF: one Correspondence Metadata Interchange Format file for many letters.

Each parsed letter gives one ``correspDesc`` (who sent it, where and when, who
received it: the same element as in the letter's TEI) pointing with ``@source`` at
a ``bibl`` that names the letter's source. The file-level fields CMIF requires
(title, editor, publisher, URL, date, licence) come from :class:`CmifInfo`.

>>> from letterparse import parse
>>> letter = parse("To the Council\\n\\n1 March 2024\\n\\nDear Members,\\n\\nWe write.\\n")
>>> xml = to_cmif([letter], title="Letters to the Council", date="2024-12-31")
>>> '<correspAction type="received">' in xml and '<date when="2024-03-01">' in xml
True
"""

from __future__ import annotations

import datetime
import hashlib
import os
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass

from ..model import Letter
from ._args import letters_of
from ._xml import TEI_NS, clean, document, fragment, new, sub
from .tei import render_corresp_desc, title_of

CC_BY = "https://creativecommons.org/licenses/by/4.0/"
DEFAULT_TITLE = "Letters imported with letterparse"
DEFAULT_EDITOR = "letterparse"
DEFAULT_PUBLISHER = "letterparse"
_NAMESPACE = uuid.UUID("9a0f6d3e-4c1b-5e7a-8f3d-2b6c1a0e4d75")
"""Namespace of the name-based UUIDs that identify a letter's source text."""


@dataclass(frozen=True, slots=True)
class CmifInfo:
    """The file-level fields of a CMIF file."""

    title: str = DEFAULT_TITLE
    editor: str = DEFAULT_EDITOR
    editor_email: str | None = None
    publisher: str = DEFAULT_PUBLISHER
    url: str | None = None
    """Where the file is published; by default a URN derived from the letters' hashes."""
    date: str | None = None
    """Publication date, YYYY-MM-DD; by default today (or ``SOURCE_DATE_EPOCH``), UTC."""
    licence: str = CC_BY


@dataclass(frozen=True, slots=True)
class CmifEntry:
    """One letter's contribution, serialised: its ``bibl`` and its ``correspDesc``."""

    key: str
    """The ``bibl/@xml:id``; letters with the same source text share it."""
    bibl: str
    corresp: str


def to_cmif(
    letters: Iterable[Letter] | Letter,
    *,
    title: str = DEFAULT_TITLE,
    editor: str = DEFAULT_EDITOR,
    editor_email: str | None = None,
    publisher: str = DEFAULT_PUBLISHER,
    url: str | None = None,
    date: str | None = None,
    licence: str = CC_BY,
) -> str:
    """A CMIF XML document with one ``correspDesc`` per letter (or for one letter), in order."""
    info = CmifInfo(title, editor, editor_email, publisher, url, date, licence)
    return assemble([cmif_entry(letter) for letter in letters_of(letters, "to_cmif")], info)


def cmif_entry(letter: Letter) -> CmifEntry:
    """A letter's ``bibl`` and ``correspDesc``, as XML text (cheap to send between processes)."""
    key = f"letter-{uuid.uuid5(_NAMESPACE, letter.source.sha256)}"
    corresp = render_corresp_desc(letter, undated=False)
    corresp.set("source", f"#{key}")
    return CmifEntry(key, fragment(render_bibl(letter, key)), fragment(corresp))


def render_bibl(letter: Letter, key: str) -> ET.Element:
    """``bibl``: the letter's title and date, and the file it was read from."""
    words = [title_of(letter)]
    if letter.date is not None and letter.date.text not in words[0]:
        words.append(letter.date.text)
    if letter.source.path:
        words.append(letter.source.path)
    return new("bibl", ". ".join(words), type="online", xml_id=key)


def assemble(entries: Iterable[CmifEntry], info: CmifInfo = CmifInfo()) -> str:
    """The CMIF document around ``entries`` (each source's ``bibl`` once)."""
    entries = list(entries)
    tei = new("TEI", xmlns=TEI_NS)
    header = sub(tei, "teiHeader")
    file_desc = sub(header, "fileDesc")
    title_stmt = sub(file_desc, "titleStmt")
    sub(title_stmt, "title", info.title)
    editor = sub(title_stmt, "editor", info.editor)
    if info.editor_email:
        editor.text = clean(f"{info.editor} ")
        sub(editor, "email", info.editor_email)
    publication = sub(file_desc, "publicationStmt")
    sub(publication, "publisher", info.publisher)
    sub(publication, "idno", info.url or _default_url(entries), type="url")
    sub(publication, "date", when=info.date or _today())
    availability = sub(publication, "availability")
    sub(
        availability,
        "licence",
        "This file is licensed under the terms of the Creative Commons licence at the target.",
        target=info.licence,
    )
    source_desc = sub(file_desc, "sourceDesc")
    profile = sub(header, "profileDesc")
    seen: set[str] = set()
    for entry in entries:
        if entry.key not in seen:
            seen.add(entry.key)
            source_desc.append(ET.fromstring(entry.bibl))
        profile.append(ET.fromstring(entry.corresp))
    if not entries:  # CMIF needs a bibl even for an empty file
        sub(source_desc, "bibl", "No letter was imported.", type="online", xml_id="none")
    sub(sub(sub(tei, "text"), "body"), "p")
    return document(tei)


def _default_url(entries: list[CmifEntry]) -> str:
    digest = hashlib.sha256("\n".join(entry.key for entry in entries).encode()).hexdigest()
    return f"urn:sha256:{digest}"


def _today() -> str:
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    moment = (
        datetime.datetime.fromtimestamp(int(epoch), datetime.timezone.utc)
        if epoch.isdigit()
        else datetime.datetime.now(datetime.timezone.utc)
    )
    return moment.date().isoformat()
