"""What a file is, from its content: magic bytes first, then structure.

- PDF: ``%PDF-`` within the first kilobyte (the specification allows bytes before it).
- DOCX: a zip archive holding ``word/document.xml``.
- HTML: a document that starts (after a BOM, blank space and comments such as a browser's
  ``<!-- saved from url=… -->``) with ``<!DOCTYPE html``, ``<html``, ``<head`` or ``<body``.
  A letter that merely contains markup is text.
- mbox: a first line ``From sender date`` (with a time and a year), then a header.
- e-mail: a header block of well-formed fields that a mail system writes (``Message-ID:``,
  ``MIME-Version:``, ``Content-Type:``, ``Received:``, …), then a blank line. A memo's
  ``From:``/``To:``/``Date:`` opening alone is no e-mail: it stays text.

>>> sniff(b"%PDF-1.7\\n..."), sniff(b"<!DOCTYPE html><p>Hi"), sniff(b"To the <b>Council</b>")
('pdf', 'html', 'text')
>>> sniff(b"From: Alpha\\nTo: Beta\\nDate: 1 March 2024\\n\\nDear Beta,\\n")
'text'
>>> sniff(b"From: a@x.org\\nMIME-Version: 1.0\\n\\nDear Beta,\\n")
'email'
"""

from __future__ import annotations

import io
import re
import zipfile

from .common import Sniffed
from .mbox import is_mailbox_start

_HTML_START = re.compile(
    rb"\A(?:\xef\xbb\xbf)?(?:\s|<!--.*?-->|<\?xml[^>]*>)*<(?:!doctype\s+html|html|head|body)[\s>]",
    re.IGNORECASE | re.DOTALL,
)
_FIELD = re.compile(rb"[!-9;-~]+:")
"""A header field's name and colon (RFC 5322: printable ASCII but the colon)."""
_MAIL_FIELDS = frozenset(
    {
        b"message-id",
        b"mime-version",
        b"content-type",
        b"content-transfer-encoding",
        b"received",
        b"return-path",
        b"delivered-to",
        b"dkim-signature",
        b"in-reply-to",
        b"references",
        b"list-id",
        b"envelope-to",
        b"x-mailer",
        b"user-agent",
        b"x-original-to",
        b"thread-index",
    }
)
"""Fields a mail system writes and a person typing a memo does not."""
_HEAD_LIMIT = 256 * 1024
"""How much of a file the e-mail check reads for its header block."""


def sniff(data: bytes) -> Sniffed:
    """What ``data`` holds: ``pdf``, ``docx``, ``html``, ``mbox``, ``email`` or ``text``."""
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return "docx" if _is_docx(data) else "text"  # another archive: binary, for decode
    if _HTML_START.match(data[:4096]):
        return "html"
    if is_mailbox_start(data) and is_header_block(data[data.index(b"\n") + 1 :], strict=False):
        return "mbox"
    if is_header_block(data):
        return "email"
    return "text"


def _is_docx(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, ValueError, OSError):
        return False


def is_header_block(data: bytes, *, strict: bool = True) -> bool:
    """Whether ``data`` starts with an RFC 5322 header block: fields (and their folded
    continuation lines) up to a blank line. ``strict`` asks, besides, for two fields or more
    and one that only a mail system writes."""
    head = data[:_HEAD_LIMIT].lstrip(b"\r\n")
    if _FIELD.match(head) is None:  # the common case, a letter: decided on its first line
        return False
    names: list[bytes] = []
    for line in head.splitlines():
        if not line.strip():
            break
        if line[:1] in (b" ", b"\t"):
            if not names:
                return False
            continue
        field = _FIELD.match(line)
        if field is None:
            return False
        names.append(field.group()[:-1].lower())
    else:
        return False  # no blank line: the header never ends, or it is all there is
    if not strict:
        return bool(names)
    return len(names) >= 2 and any(name in _MAIL_FIELDS for name in names)
