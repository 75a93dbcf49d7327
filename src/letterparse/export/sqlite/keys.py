"""The keys under which two entries may name the same organisation or person.

A *name key* forgets what a person would not count as a difference: case, spacing,
punctuation, a leading "The", a name's own acronym in parentheses, and the order in
which old fonts let people type Burmese marks (the UTN #11 key of
:func:`~letterparse.myanmar.order.comparison_key`). It never drops a word.

>>> name_key("The Asian Forum for Human Rights & Development (FORUM-ASIA)", "FORUM-ASIA")
'asian forum for human rights development'
>>> name_key("Women’s League of Burma", None) == name_key("WOMENS LEAGUE OF BURMA", None)
True
>>> name_key("ဒုိ့မြေကွန်ရက် (LIOH)", "LIOH") == name_key("ဒို့မြေကွန်ရက်", None)
True
>>> acronym_key("Forum-Asia") == acronym_key("FORUM ASIA")
True
>>> compatible("asian forum for human rights development",
...            "asian forum for human rights and development")
True
>>> compatible("centre for energy accountability", "centre for extractives accountability")
False
"""

from __future__ import annotations

import functools
import re

import regex

from ...myanmar.order import comparison_key

_DROPPED = regex.compile(r"['’‘`ʼ.]")
"""Marks deleted outright: ``Women's`` reads as ``Womens``, ``U.N.`` as ``UN``."""

_SPACED = regex.compile(r"[\p{P}\p{S}]+")
"""Other punctuation and symbols stand for a space: ``Human-Rights``, ``A & B``, ``၊``."""

_NOT_ACRONYM = regex.compile(r"[^\p{L}\p{M}\p{N}]+")

_ACRONYM_LIKE = regex.compile(r"[\p{Lu}\p{N}][\p{Lu}\p{N}\-&./]{1,14}")
"""A name that is an acronym and nothing else: ``FORUM-ASIA``, ``GSCN``, ``ASU-Yangon``
is not (lower case letters)."""

_ASCII = str.maketrans(
    {char: " " for char in '!"#$%&()*+,-/:;<=>?@[\\]^_{|}~'} | {char: None for char in "'.`"}
)
"""The same two rules for ASCII text, as one ``str.translate`` table (the common case)."""

MIN_SHARED_WORDS = 2
"""The fewest words a shorter name must have to be compatible with a longer one."""


def name_key(name: str, acronym: str | None) -> str:
    """The normalised name: without its ``(acronym)``, case, punctuation, a leading "The"
    or extra spaces, Burmese marks in one order. A name of punctuation only keeps it."""
    text = name
    if acronym:
        text = _without_acronym(name, acronym)
    if text.isascii():
        folded = " ".join(text.lower().split())
        words = folded.translate(_ASCII).split()
    else:
        folded = comparison_key(text)
        words = _SPACED.sub(" ", _DROPPED.sub("", folded)).split()
    if words and words[0] == "the" and len(words) > 1:
        words = words[1:]
    return " ".join(words) or folded


def acronym_key(acronym: str) -> str:
    """An acronym without case, spaces or punctuation: ``FORUM-ASIA`` and ``Forum Asia``."""
    return _NOT_ACRONYM.sub("", comparison_key(acronym)) or comparison_key(acronym)


def is_acronym(name: str) -> bool:
    """Whether a name is written as an acronym alone (``FORUM-ASIA``, ``GSCN``)."""
    return _ACRONYM_LIKE.fullmatch(name.strip()) is not None


def compatible(first: str, second: str) -> bool:
    """Whether two name keys may name one organisation that has the same acronym: equal,
    or the words of the shorter (two at least) all in the longer, in the same order."""
    if first == second:
        return True
    (one, one_set), (other, other_set) = _words(first), _words(second)
    if len(one) > len(other):
        one, other, one_set, other_set = other, one, other_set, one_set
    if len(one) < MIN_SHARED_WORDS or len(one) == len(other) or not one_set <= other_set:
        return False
    words = iter(other)
    return all(word in words for word in one)


@functools.lru_cache(maxsize=1 << 16)
def _words(key: str) -> tuple[tuple[str, ...], frozenset[str]]:
    words = tuple(key.split())
    return words, frozenset(words)


def _without_acronym(name: str, acronym: str) -> str:
    written = f"({acronym})"
    if written in name:
        stripped = name.replace(written, " ", 1)
    else:  # spaced or in another case: "( GSCN )", "(Forum-Asia)"; plain ``re``, whose
        # compiler leaves no finalizers behind for a Ctrl-C to land in
        pattern = re.compile(r"\(\s*" + re.escape(acronym) + r"\s*\)", re.IGNORECASE)
        stripped = pattern.sub(" ", name, count=1)
    return stripped if stripped.strip() else name
