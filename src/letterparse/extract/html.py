"""HTML: a saved web page becomes text that keeps its blocks, with inscriptis.

The whole page is converted, chrome included (deciding what is chrome is the parser's
job): paragraphs and headings become blocks separated by blank lines, list items keep
their bullets and numbers, table rows stay rows, ``<br>`` ends a line; scripts and
styles are dropped. A link becomes ``[text](target)`` with its target made absolute
against the page's address (its ``<base href>``, or the ``saved from url`` note that
browsers write), so that ``Link.target`` is the real URL. Links that lead nowhere
(``javascript:``, or with no text) keep their text only.

>>> html_to_text('<p>See <a href="https://example.org/r">the report</a>.</p><ol><li>One</li></ol>')
'See [the report](https://example.org/r).\\n\\n 1. One\\n'
"""

from __future__ import annotations

import codecs
import re
from typing import Any

from ..errors import LetterParseError
from ..model import ParseWarning
from .common import Extracted, extractor_name, require

MAX_BYTES = 32 * 1024 * 1024
"""The largest page read (32 MiB); a saved letter is a few hundred KB."""
MAX_DEPTH = 255
"""libxml2's HTML parser keeps elements to this depth and drops what lies deeper; a page
that reaches it gets a warning (a real page nests a few dozen deep)."""

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(\S+?)\s*-->", re.I)
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*>")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def extract_html(data: bytes) -> Extracted:
    """The text of a web page's bytes; see the module doc."""
    if len(data) > MAX_BYTES:
        raise LetterParseError("too_large", f"the page is over {MAX_BYTES // 2**20} MiB")
    markup, encoding = _decoded(data)
    text, deep = _convert(markup)
    warnings: tuple[ParseWarning, ...] = ()
    if deep and not text.strip():
        raise LetterParseError(
            "too_large", f"the page nests elements deeper than {MAX_DEPTH}, with no text above"
        )
    if deep:
        warnings = (
            ParseWarning(
                code="lossy_extraction",
                message=f"the page nests elements deeper than {MAX_DEPTH}; the HTML parser "
                "dropped what lies deeper",
                line=None,
            ),
        )
    return Extracted(
        text=text,
        format="html",
        extractor=extractor_name("inscriptis"),
        encoding=encoding,
        warnings=warnings,
    )


def html_to_text(markup: str) -> str:
    """A page's text, given the page as ``str`` (an e-mail's HTML part)."""
    return _convert(markup)[0]


def _decoded(data: bytes) -> tuple[str, str]:
    """The page as text: its BOM, else its ``<meta charset>``, else UTF-8, else cp1252."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data.decode(name, errors="replace"), name.removesuffix("-sig")
    declared = _META_CHARSET.search(data[:4096])
    if declared is not None:
        name = declared.group(1).decode("ascii").lower()
        try:
            return data.decode(name, errors="replace"), codecs.lookup(name).name
        except LookupError:
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def _convert(markup: str) -> tuple[str, bool]:
    """The text of ``markup``, and whether it reached the parser's depth limit."""
    inscriptis: Any = require("inscriptis", "html", "HTML")
    lxml_html: Any = require("lxml.html", "html", "HTML")
    config: Any = require("inscriptis.model.config", "html", "HTML")
    markup = _XML_DECLARATION.sub("", markup)
    if not markup.strip():
        return "", False
    document = lxml_html.document_fromstring(markup)
    base = _base_url(markup, document)
    if base:
        document.make_links_absolute(base, resolve_base_href=True, handle_failures="ignore")
    _unlink_dead_links(document)
    settings = config.ParserConfig(display_links=True, custom_html_tag_handler_mapping=_lists())
    text = inscriptis.Inscriptis(document, settings).get_text()
    lines = [line.rstrip() for line in str(text).split("\n")]
    return "\n".join(lines).strip("\n") + "\n", _depth(document) >= MAX_DEPTH


_BULLETS = ("• ", "◦ ", "▪ ", "- ")
"""Bullets by depth, as a letter typed as text writes them (inscriptis's own are ``*``,
``+``, ``o``)."""


def _lists() -> Any:
    """Handlers for ``<ul>`` (the bullets above) and ``<ol>`` (its ``start`` kept)."""
    mapping: Any = require("inscriptis.model.tag", "html", "HTML")

    def ul_start(state: Any, tag: dict[str, str]) -> None:
        state.li_counter.append(_BULLETS[len(state.li_counter) % len(_BULLETS)])

    def ol_start(state: Any, tag: dict[str, str]) -> None:
        start = tag.get("start", "1").strip()
        state.li_counter.append(int(start) if start.isdigit() else 1)

    return mapping.CustomHtmlTagHandlerMapping(
        start_tag_mapping={"ul": ul_start, "ol": ol_start}, end_tag_mapping={}
    )


def _base_url(markup: str, document: Any) -> str | None:
    for element in document.iter("base"):
        href = element.get("href")
        if href:
            return str(href)
    saved = _SAVED_FROM.search(markup[:4096])
    if saved is not None:
        return saved.group(1)
    for element in document.iter("link"):
        if (element.get("rel") or "").lower() == "canonical" and element.get("href"):
            return str(element.get("href"))
    return None


def _unlink_dead_links(document: Any) -> None:
    for anchor in document.iter("a"):
        href = (anchor.get("href") or "").strip()
        if href.lower().startswith(("javascript:", "data:")) or not anchor.text_content().strip():
            anchor.attrib.pop("href", None)


def _depth(document: Any) -> int:
    """The deepest element's depth, in one walk."""
    deepest = depth = 0
    for event, _ in _iterwalk(document):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
    return deepest


def _iterwalk(document: Any) -> Any:
    etree: Any = require("lxml.etree", "html", "HTML")
    return etree.iterwalk(document, events=("start", "end"))
