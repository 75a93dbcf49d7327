"""The alias table a user gives (``--aliases aliases.csv``): names that are one entity.

A CSV file (UTF-8, a byte-order mark allowed) with a header holding the columns
``name`` and ``alias``; other columns (a ``note``) are kept out of the way. Each row says
that ``alias`` stands for the same organisation or person as ``name``; rows that share a
name, or chain through one, form one group. Names are compared under
:func:`~letterparse.export.sqlite.keys.name_key`, so that case and punctuation need not
match the letters.

>>> pairs = parse_aliases("name,alias\\nBurma Campaign UK,BCUK\\nBCUK,Burma Campaign (UK)\\n")
>>> pairs
[('Burma Campaign UK', 'BCUK'), ('BCUK', 'Burma Campaign (UK)')]
>>> groups = alias_groups(pairs)
>>> groups["bcuk"] == groups["burma campaign uk"] == groups["burma campaign uk"]
True
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterable, Sequence

from .keys import name_key

REQUIRED = ("name", "alias")

Pair = tuple[str, str]


class AliasError(ValueError):
    """The alias table cannot be read; the message names the file and the line."""


def read_aliases(path: str | os.PathLike[str]) -> list[Pair]:
    """The ``(name, alias)`` rows of an alias file."""
    name = os.fspath(path)
    try:
        with open(name, encoding="utf-8-sig", newline="") as handle:
            text = handle.read()
    except OSError as exc:
        raise AliasError(f"{name}: cannot read the alias table: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise AliasError(f"{name}: the alias table is not UTF-8 text") from None
    return parse_aliases(text, source=name)


def parse_aliases(text: str, *, source: str = "aliases") -> list[Pair]:
    """The ``(name, alias)`` rows of an alias table's text."""
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [column.strip().casefold() for column in reader.fieldnames or []]
    missing = [column for column in REQUIRED if column not in header]
    if missing:
        raise AliasError(
            f"{source}:1: the alias table needs the columns name and alias "
            f"(missing: {', '.join(missing)})"
        )
    reader.fieldnames = header
    pairs: list[Pair] = []
    for row in reader:
        first, second = ((row.get(column) or "").strip() for column in REQUIRED)
        if not first and not second:
            continue
        if not first or not second:
            raise AliasError(f"{source}:{reader.line_num}: a row needs both a name and an alias")
        pairs.append((first, second))
    return pairs


def alias_groups(pairs: Iterable[Sequence[str]]) -> dict[str, str]:
    """Each name key of the table, mapped to the key that stands for its group (the first
    name of the group, as the table gives it)."""
    parent: dict[str, str] = {}

    def root(key: str) -> str:
        parent.setdefault(key, key)
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    for first, second in pairs:
        one, other = root(name_key(first, None)), root(name_key(second, None))
        if one != other:
            parent[other] = one
    return {key: root(key) for key in parent}
