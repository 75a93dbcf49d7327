"""Re-shapings of a letter's text that must not change what it says.

Each function takes the reference letter's text and returns it in another shape that
real letters arrive in: CRLF line ends, a BOM, hard-wrapped paragraphs, other list
markers, tabs, page numbers between list pages, no blank lines inside the list.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable

import regex

NUMBERED = regex.compile(r"^(\d+)\. ", regex.MULTILINE)
MEMBER = regex.compile(r"^ - ", regex.MULTILINE)


def crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


def lone_cr(text: str) -> str:
    return text.replace("\n", "\r")


def bom(text: str) -> str:
    return "\ufeff" + text


def hard_wrapped(text: str, width: int = 72) -> str:
    """Paragraphs longer than ``width`` broken into lines, as e-mail and PDF text has them."""
    out = []
    for line in text.split("\n"):
        if len(line) > width and not NUMBERED.match(line) and not line.startswith("- "):
            out.extend(textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False))
        else:
            out.append(line)
    return "\n".join(out)


def paren_numbers(text: str) -> str:
    return NUMBERED.sub(r"\1) ", text)


def bracket_numbers(text: str) -> str:
    return NUMBERED.sub(r"(\1) ", text)


def indented_numbers(text: str) -> str:
    """``  1. Entry`` with members one level deeper."""
    return MEMBER.sub("      - ", NUMBERED.sub(r"  \1. ", text))


def bullet_members(text: str) -> str:
    return MEMBER.sub(" • ", text)


def tab_members(text: str) -> str:
    return MEMBER.sub("\t- ", text)


def tab_indented_members(text: str) -> str:
    """Members marked by indentation alone: a tab, no bullet."""
    return MEMBER.sub("\t", text)


def nbsp_and_trailing_spaces(text: str) -> str:
    return "\n".join(line.replace(" ", "\u00a0", 1) + "  " for line in text.split("\n"))


def page_numbers(text: str) -> str:
    """A page number on its own line, and a form feed, where the list had page breaks."""
    lines = text.split("\n")
    out: list[str] = []
    page = 1
    for index, line in enumerate(lines):
        out.append(line)
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if line == "" and NUMBERED.match(following) and out[-2:-1] and NUMBERED.match(out[-2]):
            page += 1
            out.extend([f"Page {page} of 9", "\x0c"])
    return "\n".join(out)


def no_list_gaps(text: str) -> str:
    """The list without its blank-line page breaks."""
    lines = text.split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("1. "))
    return "\n".join(lines[:start] + [line for line in lines[start:] if line.strip()])


def bullets_unnumbered(text: str) -> str:
    """Top-level entries as ``•`` bullets, members as indented ``-``."""
    return NUMBERED.sub("• ", MEMBER.sub("    - ", text))


RESHAPINGS: dict[str, Callable[[str], str]] = {
    "crlf": crlf,
    "lone_cr": lone_cr,
    "bom": bom,
    "hard_wrapped": hard_wrapped,
    "paren_numbers": paren_numbers,
    "bracket_numbers": bracket_numbers,
    "indented_numbers": indented_numbers,
    "bullet_members": bullet_members,
    "tab_members": tab_members,
    "tab_indented_members": tab_indented_members,
    "nbsp_and_trailing_spaces": nbsp_and_trailing_spaces,
    "page_numbers": page_numbers,
    "no_list_gaps": no_list_gaps,
    "all_at_once": lambda text: bom(
        crlf(page_numbers(hard_wrapped(bullet_members(paren_numbers(text)))))
    ),
    "all_at_once_gapless": lambda text: crlf(
        tab_members(hard_wrapped(paren_numbers(no_list_gaps(text))))
    ),
}
