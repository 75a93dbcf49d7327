"""Variants of a labelled letter for training: the same letter in the other shapes it
arrives in, so that the weights learn what a part looks like, not where a fixture put it.

A letter is given as its lines and their kinds. Each variant rebuilds a text from them
and says the kind of each of its non-blank lines: wrapped in invented page chrome
(a menu, a byline, share buttons above; tags, related posts, a footer below), under a
Markdown front matter, without its blank lines, or with a blank line between every two
parts. Which variants a letter gets, and which chrome, follows from its name alone, so
training is the same on every run.

>>> from letterparse.lines import split_lines
>>> text, kinds = tight(split_lines("Dear Members,\\n\\nWe write.\\n"), ["salutation", "paragraph"])
>>> text, kinds
('Dear Members,\\nWe write.\\n', ['salutation', 'paragraph'])
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence

from ..lines import Line

Variant = Callable[[Sequence[Line], Sequence[str], int], tuple[str, list[str]]]

ABOVE = (
    ("Home", "About us", "News", "Statements", "Contact", "Search"),
    ("Skip to content", "Menu", "Home » Statements » 2023"),
    ("English | Français | Español", "Log in", "Donate"),
    ("Posted on 12 May 2023 by admin", "Share this:", "Facebook", "Twitter", "Email"),
    ("Statement", "2,145 Views", "June 3rd, 2023  •  Author: Network staff  •  4 minute read"),
    ("Featured image", "Download PDF", "Print"),
)
"""Invented page chrome that stands above a letter pasted from the web."""

BELOW = (
    ("Tags: human rights, statements", "Categories: Open letters"),
    ("Share this:", "Facebook   X   LinkedIn   WhatsApp"),
    ("Related posts", "Previous post", "Next post"),
    ("3 comments", "Leave a Reply", "Your email address will not be published."),
    ("Subscribe to our newsletter", "Privacy policy | Terms of use"),
    ("© 2023 Example Network. All rights reserved.",),
)
"""Invented page chrome that stands below it."""

FRONT_MATTER = ("---", "layout: post", 'title: "Open letter"', "date: 2023-05-12", "tags:",
                "  - letters", "---")  # fmt: skip


def _rebuild(lines: Sequence[Line], *, blanks: Sequence[int] | None = None) -> list[str]:
    out: list[str] = []
    for index, line in enumerate(lines):
        gap = line.blank_before if blanks is None else blanks[index]
        out.extend([""] * gap)
        out.append(" " * line.indent + line.text)
    return out


def _pick(options: Sequence[tuple[str, ...]], seed: int, count: int) -> list[str]:
    chosen: list[str] = []
    for step in range(count):
        chosen.extend(options[(seed + 7 * step) % len(options)])
    return chosen


def chrome(lines: Sequence[Line], kinds: Sequence[str], seed: int) -> tuple[str, list[str]]:
    """The letter between page chrome above (header) and below (trailer)."""
    above = _pick(ABOVE, seed, 1 + seed % 2)
    below = _pick(BELOW, seed // 3, 1 + seed % 3)
    text = [*above, "", *_rebuild(lines), "", *below]
    return "\n".join(text) + "\n", ["header"] * len(above) + list(kinds) + ["trailer"] * len(below)


def front_matter(lines: Sequence[Line], kinds: Sequence[str], seed: int) -> tuple[str, list[str]]:
    """The letter under a Markdown file's front matter (header)."""
    text = [*FRONT_MATTER, "", *_rebuild(lines)]
    return "\n".join(text) + "\n", ["header"] * len(FRONT_MATTER) + list(kinds)


def tight(lines: Sequence[Line], kinds: Sequence[str], seed: int = 0) -> tuple[str, list[str]]:
    """The letter without its blank lines, as some pages and PDF text give it."""
    return "\n".join(_rebuild(lines, blanks=[0] * len(lines))) + "\n", list(kinds)


def spaced(lines: Sequence[Line], kinds: Sequence[str], seed: int) -> tuple[str, list[str]]:
    """A blank line between every two parts of different kinds, none inside a part."""
    blanks = [int(index > 0 and kinds[index] != kinds[index - 1]) for index in range(len(lines))]
    return "\n".join(_rebuild(lines, blanks=blanks)) + "\n", list(kinds)


def bare(lines: Sequence[Line], kinds: Sequence[str], seed: int) -> tuple[str, list[str]]:
    """The letter without the page's header above it and trailer below it."""
    start, stop = 0, len(kinds)
    while start < stop and kinds[start] == "header":
        start += 1
    while stop > start and kinds[stop - 1] == "trailer":
        stop -= 1
    if start == stop:
        start, stop = 0, len(kinds)
    kept = lines[start:stop]
    blanks = [0, *(line.blank_before for line in kept[1:])]
    return "\n".join(_rebuild(kept, blanks=blanks)) + "\n", list(kinds[start:stop])


def variants(name: str, kinds: Sequence[str] = ()) -> list[tuple[str, Variant]]:
    """The variants a letter of this name is trained on, besides itself: wrapped in page
    chrome or under front matter, without blank lines or spaced out, and (when it has
    them) without its page's header and trailer."""
    seed = int.from_bytes(hashlib.sha256(name.encode()).digest()[:4], "big")
    wrap: Variant = chrome if seed % 3 else front_matter
    shape: Variant = tight if seed % 2 else spaced
    chosen = [(wrap.__name__, wrap), (shape.__name__, shape)]
    if kinds and (kinds[0] == "header" or kinds[-1] == "trailer"):
        chosen.append(("bare", bare))
    return chosen


def seed_of(name: str) -> int:
    """A number that follows from the name alone."""
    return int.from_bytes(hashlib.sha256(name.encode()).digest()[4:8], "big")
