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

ANY_LINK = regex.compile(
    "|".join(
        f"(?P<{name}>{pattern.pattern})"
        for name, pattern in (
            ("markdown", MARKDOWN_LINK),
            ("angle", ANGLE_URL),
            ("url", URL),
            ("email", EMAIL),
        )
    )
)
"""Any of the link forms, leftmost first; markdown before the URL inside it."""

_LINK_HINTS = ("[", "<", "http", "www.", "@")


def read_links(text: str) -> tuple[str, list[Link]]:
    """``text`` without link markup, and the links in it."""
    if not any(hint in text for hint in _LINK_HINTS):
        return text, []
    pieces: list[str] = []
    links: list[Link] = []
    length = 0
    last = 0
    for match in ANY_LINK.finditer(text):
        before = text[last : match.start()]
        pieces.append(before)
        length += len(before)
        label, target = _label_and_target(match)
        pieces.append(label)
        links.append(Link(text=label, target=target, start=length, end=length + len(label)))
        length += len(label)
        last = match.end()
    pieces.append(text[last:])
    return "".join(pieces), links


def _label_and_target(match: regex.Match[str]) -> tuple[str, str]:
    whole = match.group()
    if match.group("markdown") is not None:
        return match.group("text"), match.group("target")
    if match.group("angle") is not None:
        url = whole[1:-1]
        return url, url
    if match.group("email") is not None:
        return whole, f"mailto:{whole}"
    return whole, whole
