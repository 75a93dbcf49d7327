"""Entities: one row for each organisation or person, whatever letters call it.

Each mention (a sender, recipient, signatory, member or a contact's organisation) is
linked to an entity by the first rule that decides it, and the link keeps its rule:

- ``alias``: the user's alias table names the mention and an entity as one;
- ``name``: the same name under :func:`~letterparse.export.sqlite.keys.name_key`
  (an entity with the same acronym, or one without an acronym, when the mention has one);
- ``acronym``: the same acronym with a compatible name (every name of the entity the
  mention's words in order, or the other way round), or a name that is the acronym alone;
- ``new``: nothing decided it; the mention starts an entity of its own.

Matching is conservative. Two entries with different acronyms are never one entity,
nor an organisation and a person. When two entities could take a mention, neither
does: it starts its own, and ``evidence`` says which it was kept apart from.

>>> from letterparse.export.sqlite.rows import mention
>>> matcher = Matcher()
>>> first = matcher.link(mention("signatory", 0, "Alpha Network (AN)", "organization", "AN"))
>>> second = matcher.link(mention("signatory", 0, "The ALPHA network", None, None))
>>> third = matcher.link(mention("signatory", 0, "Alpha Network Kenya (AN)", None, "AN"))
>>> [(link.entity, link.rule) for link in (first, second, third)]
[(1, 'new'), (1, 'name'), (1, 'acronym')]
>>> matcher.link(mention("signatory", 0, "Alpha Network (AX)", None, "AX")).entity
2
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

from .keys import acronym_key, compatible, is_acronym, name_key
from .rows import Mention


@dataclass(slots=True)
class Entity:
    """An entity as matching sees it: its label, kind, acronym and the keys of its names."""

    id: int
    name: str
    kind: str | None
    acronym: str | None
    keys: dict[str, int] = field(default_factory=dict)
    """How many links hold each name key."""
    acronym_key: str | None = None
    """The entity's acronym as compared (set from ``acronym``)."""

    def __post_init__(self) -> None:
        if self.acronym and self.acronym_key is None:
            self.acronym_key = acronym_key(self.acronym)


class Link(NamedTuple):
    """The entity a mention stands for, the rule that decided it, and why."""

    entity: int
    rule: str
    evidence: str | None


class Change(NamedTuple):
    """An entity row to insert or update: ``id, name, kind, acronym, key``."""

    id: int
    name: str
    kind: str | None
    acronym: str | None
    key: str


class Matcher:
    """Links mentions to entities, one after the other; remembers what it decided.

    ``aliases`` maps a name key to the key that stands for its group
    (:func:`~letterparse.export.sqlite.aliases.alias_groups`).
    """

    def __init__(
        self,
        entities: Iterable[Entity] = (),
        *,
        aliases: Mapping[str, str] | None = None,
        next_id: int = 1,
    ) -> None:
        self.entities: dict[int, Entity] = {}
        self.by_key: dict[str, set[int]] = {}
        self.by_acronym: dict[str, set[int]] = {}
        self.aliases = dict(aliases or {})
        self.groups: dict[str, set[str]] = {}
        for key, group in self.aliases.items():
            self.groups.setdefault(group, set()).add(key)
        self.next_id = next_id
        self.created: dict[int, Entity] = {}
        self.changed: set[int] = set()
        self.touched: set[int] = set()
        for entity in entities:
            self._index(entity)
            self.next_id = max(self.next_id, entity.id + 1)

    # -- linking -------------------------------------------------------------------

    def link(self, mention: Mention) -> Link:
        """The entity ``mention`` stands for (made if none), by the first rule that decides."""
        if (
            mention.key not in self.by_key
            and mention.acronym_key is None
            and not self.aliases
            and not _could_be_acronym(mention.name)
        ):  # the common case: a name met for the first time
            return Link(self._create(mention).id, "new", None)
        found, kept_apart = self._decide(mention)
        if found is None:
            return Link(self._create(mention).id, "new", kept_apart)
        entity, rule, evidence = found
        self._attach(entity, mention)
        return Link(entity.id, rule, evidence)

    def forget(self, entity_id: int, key: str) -> None:
        """One link of the entity, holding ``key``, is gone (its letter is replaced)."""
        entity = self.entities.get(entity_id)
        if entity is not None and entity.keys.get(key, 0) > 0:
            entity.keys[key] -= 1
            self.touched.add(entity_id)

    def purge(self) -> list[int]:
        """Drop the keys no link holds any more, and the entities left with none; return
        the ids of those entities."""
        gone: list[int] = []
        touched = sorted(self.touched)
        self.touched.clear()
        for entity in (self.entities[number] for number in touched if number in self.entities):
            for key in [key for key, count in entity.keys.items() if count <= 0]:
                del entity.keys[key]
                self._unindex(self.by_key, key, entity.id)
            if not entity.keys:
                gone.append(entity.id)
                self._drop(entity)
        return gone

    def changes(self) -> tuple[list[Change], list[Change]]:
        """The entities made and those changed (kind or acronym) since the last call."""
        made = [_change(entity) for entity in self.created.values()]
        changed = [
            _change(self.entities[number])
            for number in sorted(self.changed)
            if number in self.entities and number not in self.created
        ]
        self.created.clear()
        self.changed.clear()
        return made, changed

    # -- the rules -----------------------------------------------------------------

    def _decide(self, m: Mention) -> tuple[tuple[Entity, str, str | None] | None, str | None]:
        """The entity, rule and evidence that link ``m``; else None and why it stands alone."""
        if self.aliases:
            found = self._by_alias(m)
            if found is not None:
                return found, None
        if m.acronym_key is not None:
            return self._by_acronym(m)
        return self._by_name(m)

    def _by_alias(self, m: Mention) -> tuple[Entity, str, str | None] | None:
        group = self.aliases.get(m.key)
        if group is None:
            group = self.aliases.get(name_key(m.name, None))
        if group is None:
            return None
        ids = set().union(*(self.by_key.get(key, set()) for key in self.groups[group]))
        fitting = [self.entities[n] for n in sorted(ids) if self._fits(self.entities[n], m)]
        if not fitting:
            return None
        same = [entity for entity in fitting if entity.keys.get(m.key, 0) > 0]
        if same:
            return same[0], "name", None
        entity = fitting[0]
        return entity, "alias", f"the alias table names {m.name!r} and {entity.name!r} as one"

    def _by_acronym(self, m: Mention) -> tuple[tuple[Entity, str, str | None] | None, str | None]:
        assert m.acronym_key is not None
        same = self._candidates(self.by_acronym.get(m.acronym_key), m)
        exact = [entity for entity in same if entity.keys.get(m.key, 0) > 0]
        if exact:
            return (exact[0], "name", None), None
        fitting = [entity for entity in same if all(compatible(m.key, k) for k in entity.keys)]
        if len(fitting) == 1:
            entity = fitting[0]
            why = f"the same acronym {m.acronym} and a compatible name: {entity.name!r}"
            return (entity, "acronym", why), None
        if fitting:
            return None, f"the acronym {m.acronym} of {_list(fitting)}, which are not one"
        found, apart = self._acronym_alone(m)
        if found is not None:
            return found, None
        named = self._candidates(self.by_key.get(m.key), m)
        plain = [entity for entity in named if entity.acronym is None]
        if plain:
            return (plain[0], "name", None), None
        return None, apart or self._apart(same, m)

    def _apart(self, same: list[Entity], m: Mention) -> str | None:
        """Why a mention with an acronym joined none of the entities it resembles."""
        rivals = [
            self.entities[number]
            for number in sorted(self.by_key.get(m.key, ()))
            if self.entities[number].acronym_key not in (None, m.acronym_key)
        ]
        if rivals:
            return f"the name of {_list(rivals)}, but another acronym ({m.acronym})"
        if same:
            return f"the acronym {m.acronym} of {_list(same)}, but another name"
        return None

    def _acronym_alone(
        self, m: Mention
    ) -> tuple[tuple[Entity, str, str | None] | None, str | None]:
        """An entity named by the acronym alone (``FORUM-ASIA``) and without one yet."""
        assert m.acronym is not None
        alone = [
            entity
            for entity in self._candidates(self.by_key.get(name_key(m.acronym, None)), m)
            if entity.acronym is None and is_acronym(entity.name)
        ]
        if len(alone) == 1:
            why = f"named by its acronym alone: {alone[0].name!r}"
            return (alone[0], "acronym", why), None
        if alone:
            return None, f"the acronym {m.acronym} names {_list(alone)}"
        return None, None

    def _by_name(self, m: Mention) -> tuple[tuple[Entity, str, str | None] | None, str | None]:
        named = self._candidates(self.by_key.get(m.key), m)
        plain = [entity for entity in named if entity.acronym is None]
        if plain:
            return (plain[0], "name", None), None
        if len(named) == 1:
            return (named[0], "name", None), None
        if named:
            return None, f"the name of {_list(named)}, whose acronyms differ"
        if is_acronym(m.name):
            same = self._candidates(self.by_acronym.get(acronym_key(m.name)), m)
            if len(same) == 1:
                return (same[0], "acronym", f"the acronym of {same[0].name!r}"), None
            if same:
                return None, f"the acronym of {_list(same)}, which are not one"
        return None, None

    # -- bookkeeping ---------------------------------------------------------------

    def _candidates(self, ids: set[int] | None, m: Mention) -> list[Entity]:
        if not ids:
            return []
        if len(ids) == 1:
            entity = self.entities[next(iter(ids))]
            return [entity] if self._fits(entity, m) else []
        return [self.entities[n] for n in sorted(ids) if self._fits(self.entities[n], m)]

    @staticmethod
    def _fits(entity: Entity, m: Mention) -> bool:
        """Kinds and acronyms do not contradict each other."""
        if entity.kind and m.kind and entity.kind != m.kind:
            return False
        theirs = entity.acronym_key
        return theirs is None or m.acronym_key is None or theirs == m.acronym_key

    def _create(self, m: Mention) -> Entity:
        entity = Entity(self.next_id, m.name, m.kind, m.acronym, {m.key: 1}, m.acronym_key)
        self.next_id += 1
        self._index(entity)
        self.created[entity.id] = entity
        return entity

    def _attach(self, entity: Entity, m: Mention) -> None:
        count = entity.keys.get(m.key, 0)
        if count <= 0:
            self.by_key.setdefault(m.key, set()).add(entity.id)
        entity.keys[m.key] = count + 1
        if entity.kind is None and m.kind is not None:
            entity.kind = m.kind
            self.changed.add(entity.id)
        if entity.acronym is None and m.acronym is not None:
            entity.acronym, entity.acronym_key = m.acronym, m.acronym_key
            self.by_acronym.setdefault(m.acronym_key or "", set()).add(entity.id)
            self.changed.add(entity.id)

    def _index(self, entity: Entity) -> None:
        self.entities[entity.id] = entity
        for key in entity.keys:
            self.by_key.setdefault(key, set()).add(entity.id)
        if entity.acronym_key:
            self.by_acronym.setdefault(entity.acronym_key, set()).add(entity.id)

    def _drop(self, entity: Entity) -> None:
        del self.entities[entity.id]
        self.created.pop(entity.id, None)
        self.changed.discard(entity.id)
        if entity.acronym_key:
            self._unindex(self.by_acronym, entity.acronym_key, entity.id)

    @staticmethod
    def _unindex(index: dict[str, set[int]], key: str, entity_id: int) -> None:
        ids = index.get(key)
        if ids is not None:
            ids.discard(entity_id)
            if not ids:
                del index[key]


def _change(entity: Entity) -> Change:
    key = next(iter(entity.keys), "")
    return Change(entity.id, entity.name, entity.kind, entity.acronym, key)


def _could_be_acronym(name: str) -> bool:
    """A quick test before :func:`is_acronym`: no space and no lower-case letter."""
    return " " not in name and name.upper() == name and is_acronym(name)


def _list(entities: Iterable[Entity]) -> str:
    return ", ".join(f"#{entity.id} {entity.name!r}" for entity in entities)
