"""Markup around a line's value, found by position: quote marks, Markdown heading marks,
HTML tags, emphasis and hard breaks, as letters pasted from web pages, Markdown files and
e-mails carry them. Shared by the sections stage (which reads a line's core for its
patterns) and the field readers (which read values from it, :mod:`letterparse.fields.markup`).

>>> from letterparse.lines import split_lines
>>> line = split_lines("> <p><strong>Signed,</strong></p>")[0]
>>> begin, end = core_bounds(line)
>>> line.text[begin:end]
'Signed,'
"""

from __future__ import annotations

import regex

from .lines import Line

_TAG = r"</?[A-Za-z][A-Za-z0-9]{0,11}(?:[ ][^<>]{0,300})?/?>"

LEADING = regex.compile(rf"(?:[ ]*+(?:>++|{_TAG}|\#{{1,6}}(?=[ ])))++[ ]*+")
"""Markup before a value: quote marks, HTML tags, Markdown heading marks:
``> ``, ``<p><strong>``, ``#### ``."""

TAG = regex.compile(_TAG)
"""An HTML tag: ``<br>``, ``</p>``, ``<a href="…">``."""

BLOCK_TAG = regex.compile(
    r"</?(?i:p|div|li|ul|ol|blockquote|br|center|section|article|h[1-6])\b[^<>]{0,300}>"
)
"""The HTML tags that make blocks and lines, not emphasis: ``<p>``, ``</li>``, ``<br/>``."""

QUOTE = regex.compile(r"(?:[ ]*+>)++[ ]*+")
"""Quote marks before a line of a quoted letter: ``> ``, ``> > ``."""

SETEXT = regex.compile(r"(?:={3,}+|-{3,}+)[ ]*+$")
"""A setext underline under a Markdown heading: ``=====``, ``-----``."""

_EMPHASIS = ("***", "**", "__", "*", "_", "~~")


def core_bounds(line: Line) -> tuple[int, int]:
    """Where ``line``'s value begins and ends in its text: after the marker, quote and
    heading marks and HTML tags before it, before a trailing hard break and closing tags,
    inside the emphasis that wraps it all. ``begin == end`` for a line of markup only."""
    text = line.text
    begin = len(text) - len(line.body)  # the body is what follows the marker
    end = len(text)
    plain = _plain_end(text, begin, _MAY_OPEN, _MAY_CLOSE)
    if plain is not None:
        return begin, plain
    for _ in range(4):  # markup nests: "> <p><strong>…" then "*…*"
        before = (begin, end)
        begin = _after_leading(text, begin, end)
        end = _before_trailing(text, begin, end)
        begin, end = _unwrapped(text, begin, end)
        if (begin, end) == before:
            break
    return (begin, end) if begin < end else (begin, begin)


def prose_bounds(line: Line, *, paste: bool = False) -> tuple[int, int]:
    """Where a line of body text begins and ends once what marks the line rather than the
    text is left out: quote marks, the HTML tags that make blocks (``<p>``, ``</li>``,
    ``<br>``), a trailing hard break, and with ``paste`` its bullet."""
    text = line.text
    begin = len(text) - len(line.body) if paste else 0
    end = len(text)
    plain = _plain_end(text, begin, _MAY_OPEN_BLOCK, _MAY_CLOSE_BLOCK)
    if plain is not None:
        return begin, plain
    for _ in range(4):
        before = (begin, end)
        quoted = QUOTE.match(text, begin, end)
        begin = quoted.end() if quoted else begin
        block = BLOCK_TAG.match(text, begin, end)
        begin = block.end() if block else begin
        end = _before_trailing(text, begin, end, tags=BLOCK_TAG)
        if (begin, end) == before:
            break
    while begin < end and text[begin] == " ":
        begin += 1
    return begin, max(begin, end)


_MAY_OPEN = frozenset(" <>#*_~")
_MAY_CLOSE = frozenset("\\>*_~")
_MAY_OPEN_BLOCK = frozenset(" <>")
_MAY_CLOSE_BLOCK = frozenset("\\>")


def _plain_end(
    text: str, begin: int, opening: frozenset[str], closing: frozenset[str]
) -> int | None:
    """Where the value ends when no markup can stand around it (most lines: the first
    character opens none, the last closes none), else None, for the search by patterns."""
    end = len(text.rstrip())
    if end <= begin or text[begin] in opening or text[end - 1] in closing:
        return None
    return end


def _after_leading(text: str, begin: int, end: int) -> int:
    match = LEADING.match(text, begin, end)
    return match.end() if match else begin


def _before_trailing(text: str, begin: int, end: int, tags: regex.Pattern[str] = TAG) -> int:
    """Where the value ends once hard breaks and closing tags at its end are left out."""
    while end > begin:
        stripped = len(text[begin:end].rstrip()) + begin
        if stripped > begin and text[stripped - 1] == "\\":
            end = stripped - 1
            continue
        if stripped > begin and text[stripped - 1] == ">":
            opening = text.rfind("<", begin, stripped)
            if opening >= 0 and tags.fullmatch(text, opening, stripped):
                end = opening
                continue
        return stripped
    return end


def _unwrapped(text: str, begin: int, end: int) -> tuple[int, int]:
    """The value inside the emphasis marks that wrap all of it: ``**…**``, ``*…*``."""
    value = text[begin:end]
    for mark in _EMPHASIS:
        size = len(mark)
        if len(value) > 2 * size and value.startswith(mark) and value.endswith(mark):
            inner = value[size:-size]
            if inner.strip() and inner[0] != " " and mark[0] not in (inner[0], inner[-1]):
                return begin + size, end - size
    return begin, end
