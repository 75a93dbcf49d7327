"""Entity links against the database: the matcher read from it, the link columns of a
letter's rows, the entities written back, and every letter matched again.

A link is kept on the row that names the entity (four columns: ``entity_id``,
``entity_rule``, ``entity_evidence``, ``entity_key``; ``sender_entity_…`` on
``letters``), and the view ``links`` gathers them.

>>> from letterparse.export.sqlite.rows import mention
>>> from letterparse.export.sqlite.schema import open_database
>>> db = open_database(":memory:")
>>> matcher = load_matcher(db)
>>> matcher.link(mention("recipient", 0, "Members of the Council", None, None))
Link(entity=1, rule='new', evidence=None)
>>> write_entities(db, matcher)
>>> db.execute("SELECT id, name FROM entities").fetchall()
[(1, 'Members of the Council')]
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from .aliases import alias_groups
from .entities import Entity, Link, Matcher
from .rows import LetterRows, Mention, mention
from .schema import link_columns

LinkColumns = tuple[int | None, str | None, str | None, str | None]
"""``entity_id, entity_rule, entity_evidence, entity_key`` of a row."""
_UNLINKED: LinkColumns = (None, None, None, None)
_TABLE_OF = {"sender": "letters", "recipient": "recipients", "contact": "contacts"}


def _relink(table: str) -> str:
    assignments = ", ".join(f"{name} = ?" for name in link_columns(table))
    return f"UPDATE {table} SET {assignments} WHERE id = ?"


_RELINK = {table: _relink(table) for table in ("letters", "recipients", "contacts", "signatories")}
_INSERT_ENTITY = "INSERT INTO entities (id, name, kind, acronym, key) VALUES (?, ?, ?, ?, ?)"


def load_matcher(db: sqlite3.Connection) -> Matcher:
    """A matcher that knows the database's entities, the keys of their names and the
    stored alias table."""
    entities = {
        row[0]: Entity(row[0], row[1], row[2], row[3])
        for row in db.execute("SELECT id, name, kind, acronym FROM entities")
    }
    for entity_id, key, count in db.execute(
        "SELECT entity_id, key, COUNT(*) FROM links GROUP BY entity_id, key"
    ):
        entities[entity_id].keys[key] = count
    groups = alias_groups(db.execute("SELECT name, alias FROM aliases ORDER BY id"))
    return Matcher(entities.values(), aliases=groups)


def write_entities(db: sqlite3.Connection, matcher: Matcher) -> None:
    """Insert the entities the matcher made and update those it changed."""
    made, changed = matcher.changes()
    db.executemany(_INSERT_ENTITY, made)
    db.executemany(
        "UPDATE entities SET kind = ?, acronym = ? WHERE id = ?",
        [(change.kind, change.acronym, change.id) for change in changed],
    )


@dataclass(frozen=True, slots=True)
class Linked:
    """The link columns of each row of a letter that names an entity."""

    sender: LinkColumns
    recipients: list[LinkColumns]
    signatories: list[LinkColumns]
    contacts: list[LinkColumns]


def linked(rows: LetterRows, links: Sequence[Link]) -> Linked:
    """Each row's link columns, from the links of the letter's mentions (in order)."""
    found = Linked(
        _UNLINKED,
        [_UNLINKED] * len(rows.recipients),
        [_UNLINKED] * len(rows.signatories),
        [_UNLINKED] * len(rows.contacts),
    )
    sender = _UNLINKED
    for m, link in zip(rows.mentions, links, strict=True):
        columns = (link.entity, link.rule, link.evidence, m.key)
        if m.role == "sender":
            sender = columns
        elif m.role == "recipient":
            found.recipients[m.position] = columns
        elif m.role == "contact":
            found.contacts[m.position] = columns
        else:
            found.signatories[m.position] = columns
    return Linked(sender, found.recipients, found.signatories, found.contacts)


def stored_mentions(db: sqlite3.Connection) -> Iterator[tuple[int, list[Mention]]]:
    """Each letter's mentions read back from its rows, in the order an import links
    them (sender, recipients, signatories, contacts); a position is the row's id."""
    roles = ("sender", "recipient", "signatory", "member", "contact")
    current: int | None = None
    batch: list[Mention] = []
    for letter_id, role, row_id, name, kind, acronym, _ in db.execute(_STORED_MENTIONS):
        if letter_id != current:
            if current is not None:
                yield current, batch
            current, batch = letter_id, []
        batch.append(mention(roles[role], row_id, name, kind, acronym))
    if current is not None:
        yield current, batch


_STORED_MENTIONS = """
    SELECT id, 0 AS role, id AS row_id, sender_name, sender_kind,
        (SELECT s.acronym FROM signatories s WHERE s.letter_id = letters.id
            AND s.name = letters.sender_name AND s.acronym IS NOT NULL ORDER BY s.id LIMIT 1),
        0 AS rank
        FROM letters WHERE sender_name IS NOT NULL
    UNION ALL SELECT letter_id, 1, id, name, NULL, NULL, 1 FROM recipients
    UNION ALL SELECT letter_id, CASE WHEN depth = 0 THEN 2 ELSE 3 END, id, name, kind, acronym, 2
        FROM signatories
    UNION ALL SELECT letter_id, 4, id, organization, 'organization', NULL, 3 FROM contacts
        WHERE organization IS NOT NULL
    ORDER BY 1, 7, 3"""


def rematch(db: sqlite3.Connection) -> Matcher:
    """Link every name again, in letter order, as a fresh import would (inside the
    caller's transaction): the entities are made anew, and the rows point to them again
    before the commit checks the foreign keys. Returns the matcher, which knows them."""
    db.execute("PRAGMA defer_foreign_keys = ON")
    db.execute("DELETE FROM entities")
    groups = alias_groups(db.execute("SELECT name, alias FROM aliases ORDER BY id"))
    matcher = Matcher(aliases=groups)
    updates: dict[str, list[tuple[object, ...]]] = {}
    for letter_id, mentions in stored_mentions(db):
        for m in mentions:
            link = matcher.link(m)
            table = _TABLE_OF.get(m.role, "signatories")
            row_id = letter_id if m.role == "sender" else m.position
            updates.setdefault(table, []).append(
                (link.entity, link.rule, link.evidence, m.key, row_id)
            )
        write_entities(db, matcher)
    for table, rows in updates.items():
        db.executemany(_RELINK[table], rows)
    return matcher
