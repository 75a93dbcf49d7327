"""XML building blocks for the TEI and CMIF writers, on the standard library alone.

Elements are built without a namespace and the root carries ``xmlns``, so every
fragment serialises alone without prefixes. Text is made XML-safe on the way in:
characters XML 1.0 forbids (C0 controls, U+FFFE, U+FFFF, lone surrogates) become
U+FFFD, vertical tab and form feed a space.

>>> p = new("p")
>>> _ = add_marked(p, "Signed by 397 groups", [("397", new("num", value="397"))])
>>> fragment(p)
'<p>Signed by <num value="397">397</num> groups</p>'
>>> fragment(new("p", "a \\x0c b <c> \\x1b"))
'<p>a   b &lt;c&gt; \\ufffd</p>'
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence

import regex

TEI_NS = "http://www.tei-c.org/ns/1.0"

_FORBIDDEN = regex.compile(r"[\x00-\x08\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_PAGE_BREAKS = regex.compile(r"[\x0b\x0c]")


def clean(text: str) -> str:
    """``text`` with every character XML 1.0 cannot hold replaced."""
    return _FORBIDDEN.sub("\ufffd", _PAGE_BREAKS.sub(" ", text))


def new(tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    """An element with cleaned text and attributes (``xml_id`` gives ``xml:id``)."""
    element = ET.Element(tag, {_attr(key): clean(value) for key, value in attrs.items()})
    if text is not None:
        element.text = clean(text)
    return element


def sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    """Like :func:`new`, appended to ``parent``."""
    element = new(tag, text, **attrs)
    parent.append(element)
    return element


def set_attr(element: ET.Element, name: str, value: str) -> None:
    """Set an attribute to ``value`` cleaned of what XML cannot hold."""
    element.set(_attr(name), clean(value))


def add_text(parent: ET.Element, text: str) -> None:
    """Append cleaned text after ``parent``'s last child (or inside it, if it has none)."""
    text = clean(text)
    if len(parent):
        last = parent[-1]
        last.tail = (last.tail or "") + text
    else:
        parent.text = (parent.text or "") + text


def add_marked(
    parent: ET.Element, text: str, marks: Sequence[tuple[str, ET.Element]]
) -> list[ET.Element]:
    """Append ``text`` with each mark's substring wrapped in the mark's element.

    Marks are found in order, each after the previous one; a mark whose substring is
    not found is left out. Returns the marks placed.
    """
    placed: list[ET.Element] = []
    at = 0
    for found, element in marks:
        start = text.find(found, at) if found else -1
        if start < 0:
            continue
        add_text(parent, text[at:start])
        if element.text is None and not len(element):
            element.text = clean(found)
        parent.append(element)
        placed.append(element)
        at = start + len(found)
    add_text(parent, text[at:])
    return placed


def indent(element: ET.Element, level: int = 0, step: str = "  ") -> None:
    """Indent element-only content; mixed content (text beside children) stays as is."""
    children = list(element)
    if not children or _has_text(element):
        return
    inner = "\n" + step * (level + 1)
    element.text = inner
    for child in children:
        indent(child, level + 1, step)
        child.tail = inner
    children[-1].tail = "\n" + step * level


def fragment(element: ET.Element) -> str:
    """One element serialised, without an XML declaration."""
    return ET.tostring(element, encoding="unicode")


def document(root: ET.Element) -> str:
    """A whole document: declaration, the root indented, a final newline."""
    indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + fragment(root) + "\n"


def _has_text(element: ET.Element) -> bool:
    if element.text and element.text.strip():
        return True
    return any(child.tail and child.tail.strip() for child in element)


def _attr(key: str) -> str:
    return "xml:" + key[4:] if key.startswith("xml_") else key
