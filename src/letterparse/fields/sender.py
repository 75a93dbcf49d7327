"""Who sent the letter: the organisation of its letterhead, or its one signer.

A joint letter, signed by several, has no sender of its own: its signatories send it.

>>> from letterparse.lines import split_lines
>>> from letterparse.sections import Block
>>> head = Block("header", tuple(split_lines("HARBOURSIDE FORUM\\n14 Quay Lane\\nPort Elsin 4410")))
>>> read_sender([head], []).name
'HARBOURSIDE FORUM'
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Sender, Signatory, Signing
from ..sections import Block
from ..vocabulary import EMAIL, MAIL_HEADER, PHONE, POSTAL, URL
from .common import line_span
from .names import kind_of_name, names_an_organization


def read_sender(
    header: Sequence[Block], signatories: Sequence[Signatory], signing: Signing | None = None
) -> Sender | None:
    """The letterhead's organisation, else the one signer of a letter that names one
    (and declares no more); None for a joint letter."""
    letterhead = _letterhead(header)
    if letterhead is not None:
        return letterhead
    declared = signing.declared_total if signing is not None else None
    if len(signatories) == 1 and declared in (None, 1):
        (only,) = signatories
        return Sender(name=only.name, kind=only.kind, span=only.span)
    return None


def _letterhead(header: Sequence[Block]) -> Sender | None:
    """A header block that names an organisation on its first line and gives its postal
    address, phone, e-mail or web address on the lines below:
    ``HARBOURSIDE FORUM`` / ``14 Quay Lane`` / ``Port Elsin 4410``."""
    for block in header:
        first, *rest = block.lines
        if not rest or len(block.lines) > 8 or MAIL_HEADER.match(first.text):
            continue  # a forwarded e-mail's header names who forwarded it
        contact = sum(
            1
            for line in rest
            if POSTAL.match(line.text)
            or PHONE.search(line.text)
            or EMAIL.search(line.text)
            or URL.search(line.text)
        )
        name = first.text.strip("*_# ")
        named = names_an_organization(name) or (name.isupper() and " " in name)
        if contact and named and len(name) <= 80:
            kind = kind_of_name(name) or "organization"
            return Sender(name=name, kind=kind, span=line_span(first))
    return None
