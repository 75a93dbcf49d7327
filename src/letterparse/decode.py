"""Stage 1, decode: bytes -> text, once, at the boundary.

The decoded text is what every span indexes: a leading byte-order mark is removed,
line ends and all other characters are kept as they are.

>>> decode_bytes("\\ufeffTo the Council\\r\\n".encode("utf-8")).text
'To the Council\\r\\n'
>>> decode_bytes("To the Council\\r\\n".encode("utf-8")).newline
'\\r\\n'
"""

from __future__ import annotations

import codecs
import hashlib
from dataclasses import dataclass
from typing import Literal

import regex

from .errors import LetterParseError
from .model import ParseWarning, SourceFormat

Newline = Literal["\n", "\r\n", "\r", "mixed"]

WHITESPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
    "\u200b\u2060\ufeff"
)
"""What counts as blank: every character ``str.isspace()`` accepts, plus the invisible
zero-width space, word joiner and stray byte-order mark. The layout covers every
other character."""

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

CONTROL = regex.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
"""C0 controls other than tab, line ends, vertical tab and form feed: ``"\\x00"``, ``"\\x1b"``."""

_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])
_NOT_CONTROL_BYTES = bytes(byte for byte in range(256) if byte not in _CONTROL_BYTES)
"""Deleting these from UTF-8 (or Windows-1252) bytes leaves the :data:`CONTROL` characters:
``bytes.translate`` answers "any?" twenty times quicker than a search of the text."""

LONE_SURROGATE = regex.compile(r"[\ud800-\udfff]")
"""A surrogate code point standing alone, which no encoding can write."""

LINE_END = regex.compile(r"\r\n|\r|\n")
"""Where a line ends: ``\\n``, ``\\r\\n`` or ``\\r``, and nothing else (a form feed or
U+2028 stays inside its line)."""


@dataclass(frozen=True, slots=True)
class Metadatum:
    """A value that a file's format records about its letter, and where it stands in the
    extracted text: an e-mail's ``Date:`` (with its ISO date) or ``Subject:``.

    >>> Metadatum("subject", "Water", start=9, end=14).text
    'Water'
    """

    name: Literal["date", "subject"]
    text: str
    start: int
    """Offset of the value in the extracted text (0-based code points)."""
    end: int
    """Offset just past the value (exclusive)."""
    iso: str | None = None
    """For a date, YYYY-MM-DD."""


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text ready for the pipeline, with what is known of where it came from."""

    text: str
    encoding: str
    sha256: str
    newline: Newline | None
    warnings: tuple[ParseWarning, ...] = ()
    format: SourceFormat = "text"
    """The format the text was extracted from (``text`` for plain text)."""
    extractor: str | None = None
    """The library and version that extracted it, or None for plain text."""
    metadata: tuple[Metadatum, ...] = ()
    """What the format says about the letter (an e-mail's Date: and Subject:)."""


def decode_bytes(data: bytes) -> Decoded:
    """Decode a file's bytes: BOM, UTF-8, UTF-16/32, else cp1252 with a warning.

    Raises :class:`LetterParseError` with code ``empty_input`` or ``binary_input``.
    """
    digest = hashlib.sha256(data).hexdigest()
    encoding = _sniff_encoding(data)
    warnings: tuple[ParseWarning, ...] = ()
    if encoding is None:
        _reject_binary_bytes(data)
        text, encoding, warnings = _decode_unmarked(data)
    else:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise LetterParseError(
                "undecodable_input",
                f"the text starts like {encoding} but byte {exc.start} does not decode",
            ) from None
    text = text.removeprefix("\ufeff")
    return _checked(text, encoding, digest, warnings, data if encoding in _ASCII_SAFE else None)


def _decode_unmarked(data: bytes) -> tuple[str, str, tuple[ParseWarning, ...]]:
    """UTF-8; UTF-8 with a few broken bytes (replaced, with a warning); else cp1252."""
    try:
        return data.decode("utf-8"), "utf-8", ()
    except UnicodeDecodeError as exc:
        line = _byte_line(data, exc.start)
        lenient = data.decode("utf-8", errors="replace")
        broken = lenient.count("\ufffd") - data.count("\ufffd".encode())
        well_formed = sum(1 for char in lenient if char > "\x7f") - broken
        if well_formed > broken:
            warning = ParseWarning(
                code="invalid_utf8",
                message=(
                    f"{broken} byte sequence(s) are not UTF-8 (the first at line {line}); "
                    "they were read as U+FFFD"
                ),
                line=line,
            )
            return lenient, "utf-8", (warning,)
        warning = ParseWarning(
            code="legacy_encoding",
            message=(
                f"the text is not UTF-8 (byte 0x{data[exc.start]:02x} at line {line}); "
                "it was read as Windows-1252: check accented letters and quotes"
            ),
            line=line,
        )
        return _decode_legacy(data), "cp1252", (warning,)


def decode_text(text: str) -> Decoded:
    """Prepare text given as ``str``: a leading BOM is removed, nothing else changes.

    Lone surrogates (which no encoding can write) become U+FFFD, one for one, with a
    warning, so offsets are unchanged.
    """
    text = text.removeprefix("\ufeff")
    warnings: tuple[ParseWarning, ...] = ()
    bad = LONE_SURROGATE.search(text)
    if bad is not None:
        line = _line_of(text, bad.start())
        text = LONE_SURROGATE.sub("\ufffd", text)
        warnings = (
            ParseWarning(
                code="invalid_character",
                message="lone surrogate code points were replaced by U+FFFD",
                line=line,
            ),
        )
    data = text.encode("utf-8")
    return _checked(text, "utf-8", hashlib.sha256(data).hexdigest(), warnings, data)


_ASCII_SAFE = frozenset({"utf-8", "utf-8-sig", "cp1252"})
"""Encodings whose bytes 0x00-0x7F are the ASCII characters, whatever surrounds them."""


def _checked(
    text: str,
    encoding: str,
    digest: str,
    warnings: tuple[ParseWarning, ...],
    data: bytes | None = None,
) -> Decoded:
    """``text`` checked for emptiness and control characters; ``data`` is the text's bytes
    when they are in an :data:`_ASCII_SAFE` encoding (they answer the check faster)."""
    if not text.strip(WHITESPACE):
        raise LetterParseError("empty_input", "the input holds no text")
    if data is None:
        data = text.encode("utf-8", "surrogatepass")
    control = CONTROL.search(text) if data.translate(None, _NOT_CONTROL_BYTES) else None
    if control is not None:
        line = _line_of(text, control.start())
        warnings = (
            *warnings,
            ParseWarning(
                code="control_characters",
                message=(
                    f"the text holds control characters (first U+{ord(control.group()):04X} "
                    f"at line {line}); they are kept as written"
                ),
                line=line,
            ),
        )
    return Decoded(text, encoding, digest, _newline_of(text), warnings)


def _sniff_encoding(data: bytes) -> str | None:
    """The encoding a BOM or the NUL pattern of UTF-16 text declares, if any."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    sample = data[:4096]
    if len(sample) >= 4:
        even_nuls = sample[0::2].count(0)
        odd_nuls = sample[1::2].count(0)
        half = len(sample) // 2
        if odd_nuls > half * 0.6 and even_nuls < half * 0.05:
            return "utf-16-le"
        if even_nuls > half * 0.6 and odd_nuls < half * 0.05:
            return "utf-16-be"
    return None


def _reject_binary_bytes(data: bytes) -> None:
    """Raise ``binary_input`` for data whose start is NUL or control bytes, not text.

    A stray NUL or escape byte in a long letter (PDF extraction leaves them) is
    text with a warning, not binary.
    """
    sample = data[:8192]
    nuls = sample.count(0)
    controls = len(sample.translate(None, _NOT_CONTROL_BYTES)) - sample.count(0x7F)
    if nuls > len(sample) // 100 or controls > max(8, len(sample) // 20):
        first = data.find(b"\x00")
        raise LetterParseError(
            "binary_input",
            "the file is binary (an image, an archive?), neither text nor a PDF, web page, "
            "e-mail or Word document: extract its text first",
            line=_byte_line(data, first) if first >= 0 else None,
        )


def _decode_legacy(data: bytes) -> str:
    """Windows-1252, with the five bytes it leaves undefined read as Latin-1."""
    return data.decode("cp1252", errors="latin1fallback")


def _latin1_fallback(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return exc.object[exc.start : exc.end].decode("latin-1"), exc.end


codecs.register_error("latin1fallback", _latin1_fallback)


def _newline_of(text: str) -> Newline | None:
    if "\r" not in text:
        return "\n" if "\n" in text else None
    crlf = text.count("\r\n")
    kinds: list[Newline] = []
    for kind, count in (
        ("\r\n", crlf),
        ("\r", text.count("\r") - crlf),
        ("\n", text.count("\n") - crlf),
    ):
        if count:
            kinds.append(kind)  # type: ignore[arg-type]
    if not kinds:
        return None
    return kinds[0] if len(kinds) == 1 else "mixed"


_BYTE_NEWLINES = regex.compile(rb"\r\n|\r|\n")


def _byte_line(data: bytes, offset: int) -> int:
    """The 1-based line of byte ``offset``: lines end at ``\\n``, ``\\r\\n`` or ``\\r``."""
    return len(_BYTE_NEWLINES.findall(data, 0, offset)) + 1


def _line_of(text: str, offset: int) -> int:
    return len(LINE_END.findall(text, 0, offset)) + 1
