"""Stage 1, extract: a file's bytes become the text a letter is read from.

The format is found from the content (:func:`sniff`), never from the file's name: a
PDF's text layer, a web page's text with its blocks, an e-mail's text part with its
headers on top, a Word document's paragraphs, lists and tables. Plain text passes
through untouched, to be decoded as it is. The text made here is what every span
indexes; the stage records ``source.format`` and ``source.extractor`` and reads nothing
of the letter itself.

PDF, HTML and DOCX need the optional extras ``letterparse[pdf]``, ``[html]`` and
``[docx]``; e-mail and mbox use the standard library.

>>> read_bytes(b"To the Council\\n").format
'text'
>>> decoded = read_bytes(b"Message-ID: <1@x>\\nSubject: Water\\n\\nDear Members,\\n")
>>> decoded.format, decoded.text
('email', 'Subject: Water\\n\\nDear Members,\\n')
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable

from ..decode import Decoded, decode_bytes, decode_text
from ..errors import LetterParseError
from .common import Extracted, MissingExtra, Sniffed
from .detect import sniff
from .html import extract_html
from .mbox import split_mailbox
from .pdf import extract_pdf
from .word import extract_docx

__all__ = ["Extracted", "MissingExtra", "Sniffed", "extract", "read_bytes", "sniff"]


def extract(data: bytes) -> Extracted:
    """The text of ``data`` as its format holds it, or ``Extracted(text=None)`` for plain
    text, whose bytes the decode stage reads.

    Raises :class:`LetterParseError`: ``mailbox`` for an mbox of several messages (each
    is a letter: see :func:`~letterparse.iter_parse`), ``missing_extra`` when the format's
    library is not installed, and the format's own errors (``no_text_layer``,
    ``encrypted_pdf``, ``unreadable_file``, ``too_large``, …).
    """
    kind = sniff(data)
    if kind == "text":
        return Extracted(text=None)
    if kind == "mbox":
        messages = split_mailbox(data)
        if len(messages) != 1:
            raise LetterParseError(
                "mailbox",
                f"an mbox of {len(messages)} messages, each a letter: read it with "
                "letterparse parse or iter_parse, which give each message as FILE#1, FILE#2, …",
            )
        start, end = messages[0]
        return _email(data[start:end])
    if kind == "email":
        return _email(data)
    try:
        return _EXTRACTORS[kind](data)
    except MissingExtra as missing:
        raise LetterParseError("missing_extra", str(missing)) from None


def read_bytes(data: bytes) -> Decoded:
    """``data`` extracted (:func:`extract`) and decoded: the text ready for the pipeline,
    with where it came from. Raises :class:`LetterParseError` as both stages do."""
    extracted = extract(data)
    if extracted.text is None:
        return decode_bytes(data)
    decoded = decode_text(extracted.text)
    return dataclasses.replace(
        decoded,
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=extracted.encoding or decoded.encoding,
        warnings=(*extracted.warnings, *decoded.warnings),
        format=extracted.format,
        extractor=extracted.extractor,
        metadata=extracted.metadata,
    )


def _email(data: bytes) -> Extracted:
    from .mail import extract_email  # noqa: PLC0415 (the email package only for e-mail)

    try:
        return extract_email(data)
    except MissingExtra as missing:
        raise LetterParseError("missing_extra", str(missing)) from None


_EXTRACTORS: dict[Sniffed, Callable[[bytes], Extracted]] = {
    "pdf": extract_pdf,
    "html": extract_html,
    "docx": extract_docx,
}
"""The formats whose library is an extra; each imports it when it first reads a file."""
