"""A comparison key that treats the Burmese spellings old fonts allowed as one.

NFC does not unify them: the vowel signs ``ိ`` and ``ု`` have the same combining
class, so ``ို`` and ``ုိ`` stay different strings, and so do medials typed out of
order. :func:`comparison_key` puts the marks of each syllable in the storage order of
Unicode Technical Note #11 (kinzi, stacked consonant, medials ya ra wa ha, vowel e,
upper vowels, lower vowels, aa, anusvara, dot below, asat, visarga) and reads
``၀`` between letters as ``ဝ`` and ``ဥ`` before asat or aa as ``ဉ``, look-alikes
the same fonts let people mix up. It is for finding duplicates, never for values.

>>> comparison_key("ဒုိ့မြေ") == comparison_key("ဒို့မြေ")
True
>>> comparison_key("  Burma   Campaign UK ") == comparison_key("burma campaign uk")
True
"""

from __future__ import annotations

import re
import unicodedata

import regex

_RANK = {
    "\u103b": 2,
    "\u103c": 3,
    "\u103d": 4,
    "\u103e": 5,
    "\u1031": 6,
    "\u102d": 7,
    "\u102e": 7,
    "\u1032": 7,
    "\u102f": 8,
    "\u1030": 8,
    "\u102b": 9,
    "\u102c": 9,
    "\u1036": 10,
    "\u1037": 11,
    "\u103a": 12,
    "\u1038": 13,
}
"""Each Burmese mark's place in UTN #11 storage order; kinzi (0) and a stacked consonant
(1) come first. Dot below precedes asat, as canonical normalisation orders them."""

_CLUSTER = regex.compile(
    r"[\u1000-\u102A\u103F\u104E](?:\u103A\u1039[\u1000-\u1021]|\u1039[\u1000-\u1021]"
    r"|[\u102B-\u1038\u103A-\u103E])+"
)
"""A base letter and the marks after it, a stacked consonant (``္က``) or a kinzi's
``်္`` with its consonant counting as one mark."""

_MARK = regex.compile(r"\u103A\u1039[\u1000-\u1021]|\u1039[\u1000-\u1021]|.", regex.DOTALL)


def _disorder() -> re.Pattern[str]:
    """Two marks side by side in an order other than :data:`_RANK`'s, or a stacked
    consonant after a mark: where a cluster needs sorting at all. (Plain ``re``: of code
    points only, and faster at this many alternatives.)"""
    pairs = [
        f"{re.escape(first)}[{''.join(second for second in _RANK if _RANK[second] < rank)}]"
        for first, rank in _RANK.items()
        if rank > min(_RANK.values())
    ]
    return re.compile("|".join([*pairs, r"[\u102B-\u1038\u103B-\u103E]\u1039"]))


_DISORDER = _disorder()
_ZERO_AS_WA = regex.compile(r"(?<=[\u1000-\u103F])\u1040|\u1040(?=[\u102B-\u103E])")
_U_AS_NYA = regex.compile(r"\u1025(?=\u103A|\u102C)")
_INVISIBLE = regex.compile(r"[\u200B\u200C\u200D\u2060\uFEFF\u00AD]")
_SPECIAL = re.compile(r"[\u00AD\u1000-\u109F\u200B-\u200D\u2060\uFEFF]")
"""Invisible or Myanmar characters: what the key has to look at (a plain ``re`` character
class, the fastest first check)."""


def comparison_key(text: str) -> str:
    """A key under which two spellings of one name compare equal: NFC, no invisible
    characters, case folded, spaces collapsed, Burmese marks in UTN #11 order."""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
        if _SPECIAL.search(text) is not None:
            text = _burmese(_INVISIBLE.sub("", text))
    return " ".join(text.casefold().split())


def _burmese(text: str) -> str:
    if "\u1040" in text:
        text = _ZERO_AS_WA.sub("\u101d", text)
    if "\u1025" in text:
        text = _U_AS_NYA.sub("\u1009", text)
    if _DISORDER.search(text) is not None:
        text = _CLUSTER.sub(_in_storage_order, text)
    return text


def _in_storage_order(cluster: regex.Match[str]) -> str:
    whole = cluster.group()
    marks = _MARK.findall(whole, 1)
    ranks = [_rank(mark) for mark in marks]
    if None in ranks:  # a mark of another language than Burmese: keep the order written
        return whole
    ordered = sorted(zip(ranks, range(len(marks)), marks, strict=True))
    return whole[0] + "".join(mark for _, _, mark in ordered)


def _rank(mark: str) -> int | None:
    if len(mark) == 3:
        return 0
    if len(mark) == 2:
        return 1
    return _RANK.get(mark)
