"""E-mail (RFC 5322 and MIME), with the standard library's :mod:`email` and
``policy.default``: quoted-printable, base64, charsets and encoded words decoded.

The text is the message's header fields a reader sees (From, To, Cc, Date, Subject, in
the message's order), a blank line, and its text: the ``text/plain`` part, else the HTML
part converted as a web page is (``letterparse[html]``). A message attached to it
(``message/rfc822``, as a mail client forwards one) comes between the two, written the
same way, so that the forwarded letter is read as the letter, and the note that forwards
it follows the letter. A web page saved as MHTML (``.mht``: a ``multipart/related``
message) is read the same way, its format ``html``. The
e-mail's ``Date:`` and ``Subject:`` (of the forwarded message, if any) are handed on:
they stand in for the letter's own when it has none. Line ends are ``\\n``.

>>> extracted = extract_email(b"Subject: =?utf-8?q?Jos=C3=A9?=\\nMIME-Version: 1.0\\n"
...     b"Content-Transfer-Encoding: quoted-printable\\n\\nDear Jos=C3=A9, a long li=\\nne\\n")
>>> extracted.text
'Subject: José\\n\\nDear José, a long line\\n'
>>> extracted.metadata[0].name, extracted.metadata[0].text
('subject', 'José')
"""

from __future__ import annotations

import platform
import re
from email import policy
from email.message import EmailMessage, MIMEPart
from email.parser import BytesParser
from email.utils import parsedate_to_datetime

from ..decode import Metadatum
from ..errors import LetterParseError
from ..model import ParseWarning, WarningCode
from .common import Extracted
from .html import html_to_text
from .mbox import FROM_LINE, message_bytes

MAX_BYTES = 64 * 1024 * 1024
"""The largest message read (64 MiB): letters are small, attachments are not read."""
MAX_PARTS = 1_000
"""The most MIME boundary lines a message may hold: parsing 10,000 parts takes the
standard library seconds, and nesting them deep exhausts its recursion."""
MAX_FORWARDS = 8
"""How many messages deep forwarded messages are followed."""
SHOWN = ("from", "to", "cc", "date", "subject")
"""The header fields that go into the text."""

_BOUNDARY_LINE = re.compile(rb"^--[^\s-]", re.MULTILINE)


def extract_email(data: bytes) -> Extracted:
    """The text of one e-mail (``From`` line of an mbox allowed); see the module doc."""
    if FROM_LINE.match(data):
        data = message_bytes(data)
    if len(data) > MAX_BYTES:
        raise LetterParseError(
            "too_large", f"the e-mail is over {MAX_BYTES // 2**20} MiB; letters are not so large"
        )
    if len(_BOUNDARY_LINE.findall(data)) > MAX_PARTS:
        raise LetterParseError(
            "too_large", f"the e-mail has more than {MAX_PARTS} MIME parts; none was read"
        )
    try:
        message = BytesParser(policy=policy.default).parsebytes(data)
    except RecursionError:  # pragma: no cover - the part limit comes first
        raise LetterParseError("too_large", "the e-mail's parts nest too deep") from None
    assert isinstance(message, EmailMessage)  # policy.default makes EmailMessage
    builder = _Builder()
    builder.add(message, depth=0)
    text = "".join(builder.parts)
    if not builder.read_any:
        raise LetterParseError("no_text_part", "the e-mail has no text part (attachments only?)")
    saved_page = (
        message.get_content_type() == "multipart/related"
        or "Snapshot-Content-Location" in message  # field names match in any case
    )
    return Extracted(
        text=text,
        format="html" if saved_page else "email",
        extractor=f"email (Python {platform.python_version()})",
        encoding=builder.charset,
        warnings=tuple(builder.warnings),
        metadata=tuple(builder.metadata),
    )


class _Builder:
    """Writes the text of a message and the messages forwarded in it, noting where each
    Date and Subject stands."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.metadata: list[Metadatum] = []
        self.warnings: list[ParseWarning] = []
        self.charset: str | None = None
        self.read_any = False

    def write(self, text: str) -> None:
        self.parts.append(text)
        self.size += len(text)

    def add(self, message: EmailMessage, depth: int) -> None:
        """One message: header fields, blank line, body, then what it forwards."""
        found: list[Metadatum] = []
        for name, value in message.items():
            key = name.lower()
            if key not in SHOWN:
                continue
            shown = " ".join(str(value).split())
            label = f"{name}: "
            if key in ("date", "subject") and shown:
                found.append(_metadatum(key, shown, self.size + len(label)))
            self.write(f"{label}{shown}\n")
        if found:  # the innermost message's fields win: its letter is the one read
            kinds = {item.name for item in found}
            self.metadata = [m for m in self.metadata if m.name not in kinds] + found
        self.write("\n")
        for attached in _attached_messages(message) if depth < MAX_FORWARDS else []:
            self.add(attached, depth + 1)
            self.write("\n")
        self._body(message)

    def _body(self, message: EmailMessage) -> None:
        part = message.get_body(preferencelist=("plain", "html"))
        if part is None:
            return
        text = _content(part, self.warnings)
        if part.get_content_subtype() == "html":
            text = html_to_text(text)
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        self.charset = self.charset or part.get_content_charset()
        self.read_any = True
        self.write(text if text.endswith("\n") else text + "\n")


def _metadatum(key: str, value: str, start: int) -> Metadatum:
    end = start + len(value)
    if key != "date":
        return Metadatum("subject", value, start=start, end=end)
    try:
        iso: str | None = parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        iso = None
    return Metadatum("date", value, start=start, end=end, iso=iso)


def _content(part: MIMEPart, warnings: list[ParseWarning]) -> str:
    """A text part decoded: its transfer encoding, then its charset. A part that names no
    charset (or ASCII) but holds 8-bit bytes is read as UTF-8, else as Windows-1252; an
    unknown charset is read as UTF-8; either with a warning."""
    raw = part.get_payload(decode=True)
    data = raw if isinstance(raw, bytes) else b""
    charset = part.get_content_charset()
    if charset in (None, "us-ascii", "ascii"):
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            warnings.append(
                _warning("legacy_encoding", "names no charset and is not UTF-8", "Windows-1252")
            )
            return data.decode("cp1252", errors="replace")
    try:
        return data.decode(charset, errors="replace")
    except LookupError:
        warnings.append(_warning("invalid_utf8", f"names the unknown charset {charset!r}", "UTF-8"))
        return data.decode("utf-8", errors="replace")


def _warning(code: WarningCode, problem: str, read_as: str) -> ParseWarning:
    return ParseWarning(
        code=code,
        message=f"the e-mail's text part {problem}; it was read as {read_as}: check the "
        "accented letters",
        line=None,
    )


def _attached_messages(message: EmailMessage) -> list[EmailMessage]:
    found: list[EmailMessage] = []
    for part in message.iter_attachments():
        if part.get_content_type() == "message/rfc822":
            inner = part.get_content()
            if isinstance(inner, EmailMessage):
                found.append(inner)
    return found
