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

import regex

from ..model import Link
from ..vocabulary import ANGLE_URL, EMAIL, MARKDOWN_LINK, URL

_FORMS: tuple[tuple[regex.Pattern[str], str], ...] = (
    (MARKDOWN_LINK, "]("),
    (ANGLE_URL, "<"),
    (URL, ""),
    (EMAIL, "@"),
)
"""Each link form, its pattern, and a substring without which it cannot occur."""

_URL_HINTS = ("http", "www.")


def read_links(text: str) -> tuple[str, list[Link]]:
    """``text`` without link markup, and the links in it.

    Where two forms overlap (a URL inside a markdown link), the one that starts first
    wins, and at the same start the form listed first.
    """
    found: list[tuple[int, int, str, str]] = []
    for pattern, hint in _FORMS:
        if hint and hint not in text:
            continue
        if not hint and not any(url_hint in text for url_hint in _URL_HINTS):
            continue
        found.extend(
            (match.start(), match.end(), *_label_and_target(match))
            for match in pattern.finditer(text)
        )
    if not found:
        return text, []
    found.sort(key=lambda item: item[0])
    pieces: list[str] = []
    links: list[Link] = []
    length = 0
    last = 0
    for start, end, label, target in found:
        if start < last:
            continue
        pieces.append(text[last:start])
        length += start - last
        links.append(Link(text=label, target=target, start=length, end=length + len(label)))
        pieces.append(label)
        length += len(label)
        last = end
    pieces.append(text[last:])
    return "".join(pieces), links


def _label_and_target(match: regex.Match[str]) -> tuple[str, str]:
    whole = match.group()
    if match.re is MARKDOWN_LINK:
        return match.group("text"), match.group("target")
    if match.re is ANGLE_URL:
        url = whole[1:-1]
        return url, url
    if match.re is EMAIL:
        return whole, f"mailto:{whole}"
    return whole, whole
