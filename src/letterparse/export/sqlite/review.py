"""The entities of a database as a person reviews them: names, rules, letters.

Each entity is listed with every name that was linked to it (how often, by which rule,
and why), and with the letters that name it (date, path, roles). ``review`` keeps the
entities a person should look at: those joined by an acronym or the alias table, and
those kept apart from a look-alike.

>>> from letterparse import parse
>>> from letterparse.export.sqlite import Archive
>>> text = "Dear all,\\n\\nWe write.\\n\\nSigned by:\\n\\n1. Alpha Network (AN)\\n2. Beta Forum\\n"
>>> with Archive(":memory:") as archive:
...     archive.add(parse(text))
...     archive.flush()
...     [report] = entity_reports(archive.connection, match="alpha")
>>> print(format_report(report))
#1 Alpha Network (AN) · organization · AN · 1 letter
  names:
    1× Alpha Network (AN)  (new 1)
  letters:
    ----------  <text ...…>  signatory 1
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import asdict, dataclass

from .keys import name_key


@dataclass(slots=True)
class NameUse:
    """One name as it was linked to the entity: how often, by which rules, and why."""

    name: str
    count: int
    rules: dict[str, int]
    """How many links each rule made (``new``, ``name``, ``acronym``, ``alias``)."""
    evidence: list[str]
    """Why, where a rule says more than its name: each explanation once."""


@dataclass(frozen=True, slots=True)
class LetterUse:
    """A letter that names the entity, and in which roles (``signatory 24``, ``contact``)."""

    letter_id: int
    path: str | None
    sha256: str
    date: str | None
    roles: list[str]


@dataclass(frozen=True, slots=True)
class EntityReport:
    """An entity with its names and letters."""

    id: int
    name: str
    kind: str | None
    acronym: str | None
    names: list[NameUse]
    letters: list[LetterUse]

    def as_dict(self) -> dict[str, object]:
        """Plain data, for JSON."""
        return asdict(self)


_ENTITIES = """
    SELECT e.id, e.name, e.kind, e.acronym, COUNT(DISTINCT k.letter_id) AS letters
    FROM entities e JOIN links k ON k.entity_id = e.id
    GROUP BY e.id
    HAVING letters >= :min_letters
       AND (:match IS NULL OR SUM(instr(k.key, :match) > 0) > 0)
       AND (NOT :review OR SUM(k.evidence IS NOT NULL) > 0)
    ORDER BY letters DESC, e.name, e.id"""

_NAMES = """
    SELECT name, rule, evidence, COUNT(*) FROM links WHERE entity_id = ?
    GROUP BY name, rule, evidence ORDER BY MIN(letter_id), MIN(row_id)"""

_LETTERS = """
    SELECT l.id, l.path, l.sha256, l.date_iso, k.role, s.number
    FROM links k JOIN letters l ON l.id = k.letter_id
    LEFT JOIN signatories s ON k.role IN ('signatory', 'member') AND s.id = k.row_id
    WHERE k.entity_id = ? ORDER BY l.date_iso IS NULL, l.date_iso, l.id, k.role, k.row_id"""


def entity_reports(
    connection: sqlite3.Connection,
    *,
    min_letters: int = 1,
    match: str | None = None,
    review: bool = False,
) -> Iterator[EntityReport]:
    """The entities named in ``min_letters`` letters or more (most letters first), those
    with a name containing ``match`` (compared as name keys), or only those to review."""
    key = name_key(match, None) if match else None
    parameters = {"min_letters": min_letters, "match": key, "review": review}
    for entity_id, name, kind, acronym, _ in connection.execute(_ENTITIES, parameters).fetchall():
        names = _names(connection, entity_id)
        yield EntityReport(entity_id, name, kind, acronym, names, _letters(connection, entity_id))


def format_report(report: EntityReport) -> str:
    """An entity as text: a heading line, its names, its letters."""
    count = len(report.letters)
    facts = [f"#{report.id} {report.name}", report.kind, report.acronym]
    facts.append(f"{count} letter{'s' if count != 1 else ''}")
    lines = [" · ".join(fact for fact in facts if fact), "  names:"]
    for use in report.names:
        rules = ", ".join(f"{rule} {count}" for rule, count in use.rules.items())
        lines.append(f"    {use.count}× {use.name}  ({rules})")
        lines += [f"        {evidence}" for evidence in use.evidence]
    lines.append("  letters:")
    for letter in report.letters:
        where = letter.path or f"<text {letter.sha256[:8]}…>"
        lines.append(f"    {letter.date or '-' * 10}  {where}  {', '.join(letter.roles)}")
    return "\n".join(lines)


def _names(connection: sqlite3.Connection, entity_id: int) -> list[NameUse]:
    found: dict[str, NameUse] = {}
    for name, rule, evidence, count in connection.execute(_NAMES, (entity_id,)):
        use = found.setdefault(name, NameUse(name, 0, {}, []))
        use.count += count
        use.rules[rule] = use.rules.get(rule, 0) + count
        why = f"{rule}: {evidence}" if evidence is not None else None
        if why is not None and why not in use.evidence:
            use.evidence.append(why)
    return list(found.values())


def _letters(connection: sqlite3.Connection, entity_id: int) -> list[LetterUse]:
    found: dict[int, LetterUse] = {}
    for letter_id, path, sha256, date, role, number in connection.execute(_LETTERS, (entity_id,)):
        use = found.get(letter_id)
        if use is None:
            use = found[letter_id] = LetterUse(letter_id, path, sha256, date, [])
        use.roles.append(f"{role} {number}" if number is not None else role)
    return list(found.values())
