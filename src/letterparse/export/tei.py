"""TEI P5: one document per letter, valid against ``tei_all``.

The header holds the file description (title, how the file was made, the source
with its SHA-256, the warnings) and a ``correspDesc``: who sent the letter (each
signatory as ``orgName``, ``persName`` or ``name``), when and where, and who
received it. The body transcribes the letter: an ``opener`` (recipients as
``address``, ``dateline``, the subject, ``salute``), the paragraphs (links as
``ref``, lists inside the body as ``list``), the ``closer``, the contacts, and the
signatories in their own ``div``, the signing statement's counts as ``num``.

>>> from letterparse import parse
>>> tei = to_tei(parse("To the Security Council\\n\\n1 March 2024\\n\\nDear Members,\\n"))
>>> '<date when="2024-03-01">1 March 2024</date>' in tei
True
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence

import regex

from .._version import __version__
from ..model import (
    Closing,
    Contact,
    Date,
    Header,
    Letter,
    Paragraph,
    ParseWarning,
    Recipient,
    Salutation,
    Signatory,
    Signing,
    Subject,
)
from ._args import letter_of
from ._xml import TEI_NS, add_marked, add_text, document, new, set_attr, sub

NAME_TAGS = {"organization": "orgName", "individual": "persName", None: "name"}
"""The TEI element for a signatory of each kind."""


def to_tei(letter: Letter) -> str:
    """The letter as a TEI P5 XML document (a string, with the XML declaration).

    For several letters, call it for each; a list of just one letter is taken as it.
    """
    return document(render_letter(letter_of(letter, "to_tei")))


def render_letter(letter: Letter) -> ET.Element:
    """The ``TEI`` element of a letter."""
    tei = new("TEI", xmlns=TEI_NS)
    tei.append(render_tei_header(letter))
    body = sub(sub(tei, "text"), "body")
    body.append(render_letter_div(letter))
    if letter.contacts:
        div = sub(body, "div", type="contacts")
        items = sub(div, "list")
        for contact in letter.contacts:
            items.append(render_contact(contact))
    if letter.signing is not None or letter.signatories:
        body.append(render_signatories_div(letter.signing, letter.signatories))
    return tei


# -- header ------------------------------------------------------------------------


def render_tei_header(letter: Letter) -> ET.Element:
    """``teiHeader``: ``fileDesc`` and ``profileDesc/correspDesc``."""
    header = new("teiHeader")
    file_desc = sub(header, "fileDesc")
    sub(sub(file_desc, "titleStmt"), "title", title_of(letter))
    sub(
        sub(file_desc, "publicationStmt"),
        "p",
        f"Converted from plain text by letterparse {__version__} "
        f"(JSON schema_version {letter.schema_version}).",
    )
    if letter.warnings:
        notes = sub(file_desc, "notesStmt")
        for warning in letter.warnings:
            notes.append(render_warning(warning))
    bibl = sub(sub(file_desc, "sourceDesc"), "bibl")
    if letter.source.path is not None:
        sub(bibl, "idno", letter.source.path, type="path")
    sub(bibl, "idno", letter.source.sha256, type="sha256")
    sub(bibl, "extent", f"{letter.source.chars} characters, {letter.source.encoding}")
    sub(header, "profileDesc").append(render_corresp_desc(letter))
    return header


def title_of(letter: Letter) -> str:
    """A title for the letter: its subject, else its header's title, else its date."""
    if letter.subject is not None:
        return letter.subject.text
    if letter.header is not None and letter.header.title:
        return letter.header.title
    if letter.date is not None:
        return f"Letter of {letter.date.text}"
    return "Letter"


def render_warning(warning: ParseWarning) -> ET.Element:
    """A ``note`` for a warning: its code as ``@type``, its line as ``@n``."""
    note = new("note", warning.message, type=warning.code)
    if warning.line is not None:
        note.set("n", str(warning.line))
    return note


def render_corresp_desc(letter: Letter, *, undated: bool = True) -> ET.Element:
    """``correspDesc``: sent (signatories, place, date) and received (recipients).

    With ``undated=False`` a date without an ISO form is left out (CMIF wants ``@when``).
    """
    corresp = new("correspDesc")
    corresp.append(render_sent(letter, undated=undated))
    for role, subtype in (("to", None), ("attn", "attn"), ("cc", "cc")):
        names = [r.name for r in letter.recipients if r.role == role]
        if names:
            received = sub(corresp, "correspAction", type="received")
            if subtype:
                received.set("subtype", subtype)
            for name in names:
                sub(received, "name", name)
    if not letter.recipients:
        received = sub(corresp, "correspAction", type="received")
        sub(received, "note", "The letter names no addressee.")
    return corresp


def render_sent(letter: Letter, *, undated: bool = True) -> ET.Element:
    """``correspAction type="sent"``: the sender (the letterhead's organisation or the one
    signer), else the signatories; the place and the date."""
    sent = new("correspAction", type="sent")
    if letter.sender is not None:
        sub(sent, NAME_TAGS[letter.sender.kind], letter.sender.name)
    else:
        for signatory in letter.signatories:
            sub(sent, NAME_TAGS[signatory.kind], signatory.name)
    if letter.sender is None and not letter.signatories:
        sub(sent, "note", "The letter names no signatory.")
    if letter.date is not None:
        if letter.date.place:
            sub(sent, "placeName", letter.date.place)
        if letter.date.iso or undated:
            sent.append(render_date(letter.date))
    return sent


def render_date(date: Date) -> ET.Element:
    """``date``, with ``@when`` when the date is known (``2024-03-01``, ``2024-03``)."""
    element = new("date", date.text)
    if date.iso:
        element.set("when", date.iso)
    return element


# -- the letter ------------------------------------------------------------------------


def render_letter_div(letter: Letter) -> ET.Element:
    """``div type="letter"``: letterhead, opener, paragraphs and lists, closer."""
    div = new("div", type="letter")
    if letter.header is not None:
        div.append(render_header(letter.header))
    opener = render_opener(letter)
    if len(opener):
        div.append(opener)
    _add_body(div, letter.body)
    if letter.closing is not None and not letter.body:
        sub(div, "p")  # TEI wants some text before the closer
    if letter.closing is not None:
        div.append(render_closing(letter.closing))
    return div


def render_header(header: Header) -> ET.Element:
    """``head type="letterhead"``: the lines before the addressees, ``lb`` between."""
    head = new("head", type="letterhead")
    for number, line in enumerate(header.lines):
        if number:
            sub(head, "lb")
        add_text(head, line)
    return head


def render_opener(letter: Letter) -> ET.Element:
    """``opener``: recipients, dateline, subject and salutation, in the letter's order."""
    parts: list[tuple[int, ET.Element]] = [
        (recipient.span.start, render_recipient(recipient)) for recipient in letter.recipients
    ]
    if letter.date is not None:
        parts.append((letter.date.span.start, render_dateline(letter.date)))
    if letter.subject is not None:
        parts.append((letter.subject.span.start, render_subject(letter.subject)))
    if letter.salutation is not None:
        parts.append((letter.salutation.span.start, render_salutation(letter.salutation)))
    opener = new("opener")
    for _, element in sorted(parts, key=lambda part: part[0]):
        opener.append(element)
    return opener


def render_recipient(recipient: Recipient) -> ET.Element:
    """``address``: the addressee's name and address, one ``addrLine`` each."""
    address = new("address")
    for line in (recipient.name, *recipient.address):
        sub(address, "addrLine", line)
    return address


def render_dateline(date: Date) -> ET.Element:
    """``dateline``: the place, if any, and the date."""
    dateline = new("dateline")
    if date.place:
        sub(dateline, "placeName", date.place)
        add_text(dateline, ", ")
    dateline.append(render_date(date))
    return dateline


def render_subject(subject: Subject) -> ET.Element:
    """``argument``: the subject line in a ``p``, its label as ``label``."""
    argument = new("argument")
    p = sub(argument, "p")
    if subject.label:
        sub(p, "label", subject.label)
        add_text(p, " ")
    add_text(p, subject.text)
    return argument


def render_salutation(salutation: Salutation) -> ET.Element:
    """``salute``."""
    return new("salute", salutation.text)


def _add_body(div: ET.Element, body: Sequence[Paragraph]) -> None:
    """Paragraphs as ``p``; each run of list items as one ``list``."""
    items: ET.Element | None = None
    for paragraph in body:
        if paragraph.kind == "list_item":
            if items is None:
                items = sub(div, "list")
            items.append(render_paragraph(paragraph))
        else:
            items = None
            div.append(render_paragraph(paragraph))


def render_paragraph(paragraph: Paragraph) -> ET.Element:
    """``p`` (or ``item`` for a list item, its marker as ``@n``), links as ``ref``."""
    element = new("item" if paragraph.kind == "list_item" else "p")
    if paragraph.marker:
        set_attr(element, "n", paragraph.marker)
    at = 0
    text = paragraph.text
    for link in paragraph.links:
        add_text(element, text[at : link.start])
        ref = sub(element, "ref", text[link.start : link.end])
        if link.target.strip():
            set_attr(ref, "target", link.target)
        at = link.end
    add_text(element, text[at:])
    return element


def render_closing(closing: Closing) -> ET.Element:
    """``closer`` with the complimentary close as ``salute``."""
    closer = new("closer")
    sub(closer, "salute", closing.text)
    return closer


def render_contact(contact: Contact) -> ET.Element:
    """``item``: the entry as written, its name, organisation and e-mail marked."""
    item = new("item")
    marks = [
        (value, new(tag, **({"type": "phone"} if tag == "seg" else {})))
        for value, tag in (
            (contact.name, "persName"),
            (contact.organization, "orgName"),
            (contact.email, "email"),
            (contact.phone, "seg"),
        )
        if value
    ]
    add_marked(item, contact.text, marks)
    return item


# -- signatories ------------------------------------------------------------------------


def render_signatories_div(signing: Signing | None, signatories: Sequence[Signatory]) -> ET.Element:
    """``div type="signatories"``: the signing statement, then one ``list`` per group."""
    div = new("div", type="signatories")
    if signing is not None:
        div.append(render_signing(signing))
    items: ET.Element | None = None
    group: str | None = None
    for signatory in signatories:
        if items is None or signatory.group != group:
            group = signatory.group
            items = sub(div, "list", type="signatories")
            if group:
                sub(items, "head", group)
        items.append(render_signatory(signatory))
    return div


def render_signing(signing: Signing) -> ET.Element:
    """``p``: the signing statement, its declared counts as ``num @value``."""
    p = new("p")
    marks: list[tuple[str, ET.Element]] = []
    at = 0
    for count, kind in (
        (signing.declared_total, "total"),
        (signing.declared_undisclosed, "undisclosed"),
    ):
        if count is None:
            continue
        found = _number(signing.text, count, at)
        if found is not None:
            marks.append((found.group(), new("num", type=kind, value=str(count))))
            at = found.end()
    add_marked(p, signing.text, marks)
    return p


def render_signatory(signatory: Signatory) -> ET.Element:
    """``item @n``: the name as ``orgName``/``persName``/``name`` (acronym as ``abbr``),
    an individual's affiliation as ``roleName``, members as a nested ``list``."""
    item = new("item")
    if signatory.number is not None:
        item.set("n", str(signatory.number))
    name = sub(item, NAME_TAGS[signatory.kind])
    acronym = signatory.acronym
    cut = signatory.name.rfind(acronym) if acronym else -1
    if acronym and cut >= 0:
        add_text(name, signatory.name[:cut])
        sub(name, "abbr", acronym)
        add_text(name, signatory.name[cut + len(acronym) :])
    else:
        add_text(name, signatory.name)
    if signatory.affiliation:
        add_text(item, ", ")
        sub(item, "roleName", signatory.affiliation, type="affiliation")
    if signatory.members:
        members = sub(item, "list", type="members")
        for member in signatory.members:
            members.append(render_signatory(member))
    return item


def _number(text: str, value: int, start: int) -> regex.Match[str] | None:
    """Where ``value`` is written in ``text`` as digits (``397``, ``1,397``), from ``start``."""
    written = "|".join(regex.escape(form) for form in {str(value), f"{value:,}"})
    return regex.compile(rf"(?<!\d)(?:{written})(?!\d)").search(text, start)
