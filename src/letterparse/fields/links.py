"""Links inside prose: markdown ``[text](url)``, ``<url>``, bare URLs and e-mail addresses.

The reading text keeps the link's text and drops its markup; each :class:`Link`
indexes that text.

>>> text, links = read_links("as declared in [Resolution 2669](#), and more")
>>> text
'as declared in Resolution 2669, and more'
>>> links[0].text, links[0].target, text[links[0].start:links[0].end]
('Resolution 2669', '#', 'Resolution 2669')
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Literal

import regex

from ..model import Link
from ..vocabulary import ANGLE_URL, EMAIL, MARKDOWN_LINK, URL
from .common import validate_all

LinkForm = Literal["markdown", "angle", "url", "email"]

LINK_FORMS: tuple[tuple[LinkForm, regex.Pattern[str], tuple[str, ...]], ...] = (
    ("markdown", MARKDOWN_LINK, ("](",)),
    ("angle", ANGLE_URL, ("<",)),
    ("url", URL, ("http", "www.")),
    ("email", EMAIL, ("@",)),
)
"""The link forms in order of precedence, each with the strings its matches contain.
Where two forms match at the same place the first wins: markdown before the URL inside it."""


def read_links(text: str) -> tuple[str, list[Link]]:
    """``text`` without link markup, and the links in it."""
    text, links = link_data(text)
    return text, validate_all(Link, links) if links else []


def link_data(text: str) -> tuple[str, list[dict[str, Any]]]:
    """:func:`read_links` with each link as plain data, for :func:`validate_all`."""
    pieces: list[str] = []
    links: list[dict[str, Any]] = []
    length = 0
    last = 0
    for form, match in _matches(text):
        before = text[last : match.start()]
        pieces.append(before)
        length += len(before)
        label, target = _label_and_target(form, match)
        pieces.append(label)
        links.append({"text": label, "target": target, "start": length, "end": length + len(label)})
        length += len(label)
        last = match.end()
    if not links:
        return text, links
    pieces.append(text[last:])
    return "".join(pieces), links


def _matches(text: str) -> Iterator[tuple[LinkForm, regex.Match[str]]]:
    """Leftmost-first matches of any form, without overlap, as one alternation of all the
    forms would give them; each form is searched on its own, and only when its hint
    occurs, so that the engine skips ahead to where the form can start."""
    forms = [(form, pattern) for form, pattern, hints in LINK_FORMS if _has_any(text, hints)]
    pending: dict[int, regex.Match[str]] = {}
    for index, (_, pattern) in enumerate(forms):
        match = pattern.search(text)
        if match is not None:
            pending[index] = match
    while pending:
        first = min(pending, key=lambda index: (pending[index].start(), index))
        match = pending[first]
        yield forms[first][0], match
        end = match.end()
        for index, other in list(pending.items()):
            if other.start() < end:
                again = forms[index][1].search(text, end)
                if again is None:
                    del pending[index]
                else:
                    pending[index] = again


def _has_any(text: str, hints: tuple[str, ...]) -> bool:
    return any(map(text.__contains__, hints))


def _label_and_target(form: LinkForm, match: regex.Match[str]) -> tuple[str, str]:
    whole = match.group()
    if form == "markdown":
        return match.group("text"), match.group("target")
    if form == "angle":
        url = whole[1:-1]
        return url, url
    if form == "email":
        return whole, f"mailto:{whole}"
    return whole, whole
