"""Evidence: for every unit of lines, independent of order, the named features it shows.

The lines are read once (their cores and the patterns they match, :mod:`.patterns`),
the letter is measured once (:mod:`.context`), runs of alike lines become units
(:mod:`.units`), and each unit gets the features of :mod:`.features` for its line, the
pairs of features that count together, the pattern hits of its chunk and the features
of the units before and after it. Some kinds need a pattern's licence (:data:`LICENCES`):
without one, the line may not be that kind.

>>> from letterparse.lines import split_lines
>>> evidence = read_evidence(split_lines("To the Council\\n\\nDear Members,\\n\\nWe write."))
>>> "salutation" in evidence.features[1], "p:recipient_label" in evidence.features[1]
(True, True)
>>> sorted(evidence.barred[2])
['closing', 'contacts', 'date', 'salutation', 'signing']
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..lines import Line
from .context import Context, letter_context
from .features import FEATURES, View
from .patterns import core_of, hits_of
from .units import Unit, plain_entry, units_of

CHUNK_HITS = frozenset(
    {"postal", "honorific", "email", "phone", "url", "recipient_label", "salutation", "chrome",
     "chrome_words", "key_value", "date", "signing", "letter_title"}
)  # fmt: skip
"""The pattern hits of any line in a chunk that every line of it carries (``c:postal``)."""

NEIGHBOUR_HITS = frozenset(
    {"salutation", "closing", "signing", "recipient_label", "date", "subject", "page_artifact",
     "chrome", "chrome_words", "key_value", "postal", "honorific", "email", "group_heading"}
)  # fmt: skip
"""The pattern hits of the lines before and after that a line carries (``p:closing``,
``n:signing``)."""

PAIRED = (
    ("marker", "anchor"),
    ("marker", "around"),
    ("names_like", "around"),
    ("md", "words"),
    ("blank_before", "marker"),
    ("w0", "around"),
    ("chunk", "around"),
)
"""Features that count together as well as alone: a numbered line after the signing
statement is not one in the body."""

NEIGHBOURLY = frozenset({"marker", "end", "prose", "names_like", "len", "md"})
"""Features of the lines before and after that a line carries (``p:end=,``)."""

_REMEMBERED = NEIGHBOURLY | {name for pair in PAIRED for name in pair}

LICENCES: dict[str, frozenset[str]] = {
    "closing": frozenset({"closing", "closing_start"}),
    "salutation": frozenset({"salutation"}),
    "date": frozenset({"date", "published"}),
    "signing": frozenset(
        {"signing", "undersigned", "signing_sentence", "signing_more", "group_heading"}
    ),
}
"""Kinds a line may only be when one of these patterns recognises it, or when it wraps
the line above that one does (no blank line between): ``We write.`` is never a closing,
whatever its place."""

CHUNK_LICENCES: dict[str, frozenset[str]] = {
    "contacts": frozenset({"contacts", "email", "phone"}),
}
"""Kinds a line may only be when a line of its chunk (the lines between two blank lines)
has one of these patterns: a contact block holds an address to reach someone by, so a
name in a list with no e-mail or telephone about it is no contact."""

WRAPS = 3
"""How many lines a licensed line may wrap onto."""

_NOTHING: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Evidence:
    """What the decoder knows of a letter: its units, and for each its features and the
    kinds it may not be."""

    units: list[Unit]
    features: list[list[str]]
    barred: list[frozenset[str]]


def read_evidence(lines: Sequence[Line]) -> Evidence:
    """The units of ``lines`` with their features and the kinds barred to them."""
    units = units_of(lines)
    inside = [False] * len(lines)
    for unit in units:
        if unit.size > 1:
            inside[unit.start : unit.stop] = [True] * unit.size
    marked = not _paste_marked(lines)
    cores = [
        line.body if within else core_of(line, marked=marked)
        for line, within in zip(lines, inside, strict=True)
    ]
    hits = [
        _NOTHING if within else hits_of(core, line)
        for core, line, within in zip(cores, lines, inside, strict=True)
    ]
    context = letter_context(lines, cores, hits)
    barred = _barred(lines, hits)
    return Evidence(
        units,
        _features(lines, units, cores, hits, context),
        [barred[unit.rep] | _unlicensed(context.chunk_hits[unit.rep]) for unit in units],
    )


def _barred(lines: Sequence[Line], hits: Sequence[frozenset[str]]) -> list[frozenset[str]]:
    out: list[frozenset[str]] = []
    wraps = dict.fromkeys(LICENCES, WRAPS + 1)
    for line, found in zip(lines, hits, strict=True):
        barred = []
        for kind, licence in LICENCES.items():
            if found & licence:
                wraps[kind] = 0
            elif line.blank_before or wraps[kind] >= WRAPS:
                wraps[kind] = WRAPS + 1
                barred.append(kind)
            else:
                wraps[kind] += 1
        out.append(frozenset(barred))
    return out


def _unlicensed(chunk_hits: frozenset[str]) -> frozenset[str]:
    """The kinds of :data:`CHUNK_LICENCES` that a chunk with these hits may not hold."""
    return frozenset(kind for kind, licence in CHUNK_LICENCES.items() if not chunk_hits & licence)


def _features(
    lines: Sequence[Line],
    units: Sequence[Unit],
    cores: Sequence[str],
    hits: Sequence[frozenset[str]],
    context: Context,
) -> list[list[str]]:
    own: list[list[str]] = []
    shown: list[list[str]] = []
    """For each unit, what the units beside it see of it (its NEIGHBOURLY features)."""
    for unit in units:
        index = unit.rep
        found = hits[index]
        view = View(
            lines[index], index, cores[index], cores[index].lower(), context.words[index],
            found, context,
        )  # fmt: skip
        names = sorted(found)
        seen = sorted(found & NEIGHBOUR_HITS)
        values: dict[str, str] = {}
        for name, feature in FEATURES:
            value = feature(view)
            if value is None or value is False:
                continue
            text = name if value is True else f"{name}={value}"
            names.append(text)
            if name in _REMEMBERED:
                values[name] = text
                if name in NEIGHBOURLY:
                    seen.append(text)
        names.extend(
            f"{values.get(first, first + '=-')}&{values.get(second, second + '=-')}"
            for first, second in PAIRED
        )
        names.extend("c:" + hit for hit in sorted(context.chunk_hits[index] & CHUNK_HITS))
        where = values.get("around", "around=-")
        names.extend(f"{hit}&{where}" for hit in sorted(found))
        names.append("bias")
        own.append(names)
        shown.append(seen)
    out = []
    for position, (unit, names) in enumerate(zip(units, own, strict=True)):
        before = position if unit.size > 1 else position - 1  # a run's inside: its like
        after = position if unit.size > 1 else position + 1
        full = list(names)
        if before >= 0:
            full.extend(["p:" + name for name in shown[before]])
        if after < len(units):
            full.extend(["n:" + name for name in shown[after]])
        out.append(full)
    return out


def line_features(lines: Sequence[Line]) -> list[list[str]]:
    """The features of each unit of ``lines``, in order (see :func:`read_evidence`)."""
    return read_evidence(lines).features


def _paste_marked(lines: Sequence[Line]) -> bool:
    """Nearly every line opens with ``- `` or ``* ``: a paste viewer's, not the letter's."""
    if len(lines) < 8:
        return False
    dashed = sum(1 for line in lines if line.marker in ("-", "*") and line.indent == 0)
    return dashed >= 0.9 * len(lines)


__all__ = ["LICENCES", "Evidence", "plain_entry", "read_evidence"]
