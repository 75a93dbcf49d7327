"""Who sent the letter: the organisation of its letterhead, or its one signer.

A letterhead is a header block whose first line names an organisation and whose other
lines give its postal address, phone, e-mail or web address (``HARBOURSIDE FORUM`` /
``14 Quay Lane`` / ``Port Elsin 4410``); or a line alone that names an organisation right
above the letter's opening (its date, addressees or subject), as a sender's line stands
in an e-mail archive or the name of a committee above an official letter. Without a
letterhead, the one signer sends the letter. A joint letter, signed by several, has no
sender of its own: its signatories send it.

>>> from letterparse.lines import split_lines
>>> from letterparse.sections import Block
>>> head = Block("header", tuple(split_lines("HARBOURSIDE FORUM\\n14 Quay Lane\\nPort Elsin 4410")))
>>> read_sender([head], []).name
'HARBOURSIDE FORUM'
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ..lines import Line
from ..model import Sender, Signatory, Signing
from ..myanmar.words import ORGANIZATION_WORDS_SOURCE
from ..sections import Block
from ..vocabulary import CHROME, EMAIL, MAIL_HEADER, PAGE_ARTIFACT, PHONE, POSTAL, URL
from .common import line_span
from .markup import core
from .names import kind_of_name, names_an_organization
from .opening import TITLE_WORDS

ORGANIZATION_WORDS = regex.compile(
    ORGANIZATION_WORDS_SOURCE
    + r"|အဖွဲ့|มูลนิธิ|สมาคม|เครือข่าย|ชมรม|สหภาพ|องค์กร|องค์การ|ศูนย์|คณะกรรมการ|กลุ่ม|สภา"
    + r"|協會|协会|聯盟|联盟|基金會|基金会|委員會|委员会|組織|组织"
    + r"|學會|学会|工會|工会|團體|团体|聯合會|联合会"
    + r"|(?i:профсоюз|союз|ассоциаци|фонд|обществ|комитет|движени|центр)"
)
"""Words that name an organisation in scripts without the English words of
:func:`~letterparse.fields.names.names_an_organization`: Burmese ``ကော်မတီ`` (committee),
Thai ``มูลนิธิ`` (foundation), Chinese ``協會`` (association), Russian ``профсоюз`` (union)."""

_OPENING = frozenset({"date", "recipients", "subject", "salutation"})


def read_sender(
    sections: Sequence[Block], signatories: Sequence[Signatory], signing: Signing | None = None
) -> Sender | None:
    """The letterhead's organisation (``sections`` are the letter's blocks, or its header
    blocks), else the one signer of a letter that names one (and declares no more); None
    for a joint letter."""
    letterhead = _letterhead([block for block in sections if block.kind == "header"])
    if letterhead is None:
        letterhead = _sender_line(sections)
    if letterhead is not None:
        return letterhead
    declared = signing.declared_total if signing is not None else None
    if len(signatories) == 1 and declared in (None, 1):
        (only,) = signatories
        return Sender(name=only.name, kind=only.kind, span=only.span)
    return None


def _letterhead(header: Sequence[Block]) -> Sender | None:
    """A header block that names an organisation on its first line and gives its postal
    address, phone, e-mail or web address on the lines below."""
    for block in header:
        first, *rest = block.lines
        if not rest or len(block.lines) > 8 or MAIL_HEADER.match(first.text):
            continue  # a forwarded e-mail's header names who forwarded it
        contact = sum(1 for line in rest if _gives_contact(line.text))
        name = core(first)
        if contact and _names_organization(name.text, capitals=True):
            return _sender(name)
    return None


def _sender_line(sections: Sequence[Block]) -> Sender | None:
    """The line alone in the header block right above the opening, when it names an
    organisation and is neither a title nor page chrome (nor, right above the
    addressees, the first line of their address)."""
    index = next((i for i, block in enumerate(sections) if block.kind in _OPENING), 0)
    above = sections[index - 1] if index else None
    if above is None or above.kind != "header" or len(above.lines) != 1:
        return None
    opening = sections[index]
    if opening.kind == "recipients" and opening.lines[0].blank_before == 0:
        return None  # the line above an addressee without a blank line is its address
    name = core(above.lines[0])
    text = name.text
    if CHROME.match(text) or PAGE_ARTIFACT.match(text) or MAIL_HEADER.match(text):
        return None
    if TITLE_WORDS.search(text) or text[-1:] in ".:;!?" or len(text) > 80:
        return None
    return _sender(name) if _names_organization(text, capitals=False) else None


def _gives_contact(text: str) -> bool:
    return bool(POSTAL.match(text) or PHONE.search(text) or EMAIL.search(text) or URL.search(text))


def _names_organization(name: str, *, capitals: bool) -> bool:
    """Whether ``name`` names an organisation (``capitals``: or is a name in capitals of
    two words or more, as letterheads print them)."""
    if len(name) > 80:
        return False
    if names_an_organization(name) or ORGANIZATION_WORDS.search(name) is not None:
        return True
    return capitals and name.isupper() and " " in name


def _sender(line: Line) -> Sender:
    kind = kind_of_name(line.text) or "organization"
    return Sender(name=line.text, kind=kind, span=line_span(line))
