"""Entities across letters: conservative, explained matching on hand-made letters."""

from __future__ import annotations

import sqlite3
import string
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from letterparse import Letter, to_sqlite
from letterparse.export.sqlite import Archive
from letterparse.export.sqlite.aliases import AliasError, alias_groups, parse_aliases
from letterparse.export.sqlite.entities import Matcher
from letterparse.export.sqlite.keys import _ASCII, _DROPPED, _SPACED, compatible, name_key
from letterparse.export.sqlite.rows import mention
from letterparse.myanmar.order import comparison_key
from tests.export.handmade import letter

Link = tuple[str, str, int, str]
"""A link as the tests read it: role, name, entity id, rule."""


def database(tmp_path: Path, letters: Sequence[Letter], **options: object) -> sqlite3.Connection:
    path = tmp_path / "letters.db"
    to_sqlite(letters, path, **options)  # type: ignore[arg-type]
    return sqlite3.connect(path)


def links(connection: sqlite3.Connection) -> list[Link]:
    rows = connection.execute(
        "SELECT role, name, entity_id, rule FROM links ORDER BY letter_id, role, row_id"
    )
    return [tuple(row) for row in rows]


def entity_of(connection: sqlite3.Connection, name: str) -> set[int]:
    rows = connection.execute("SELECT DISTINCT entity_id FROM links WHERE name = ?", (name,))
    return {row[0] for row in rows}


def evidence(connection: sqlite3.Connection, name: str) -> list[str]:
    rows = connection.execute(
        "SELECT evidence FROM links WHERE name = ? AND evidence IS NOT NULL", (name,)
    )
    return [row[0] for row in rows]


# -- the cases -----------------------------------------------------------------


def test_one_organisation_spelled_three_ways_is_one_entity(tmp_path: Path) -> None:
    db = database(
        tmp_path,
        [
            letter("a.txt", [("Asian Forum for Human Rights and Development", "FORUM-ASIA")]),
            letter("b.txt", [("The ASIAN FORUM for Human Rights & Development", "FORUM-ASIA")]),
            letter("c.txt", ["Asian  Forum for Human-Rights and Development."]),
            letter("d.txt", ["FORUM-ASIA"]),
        ],
    )
    assert db.execute("SELECT COUNT(*) FROM entities").fetchone()[0] == 1
    assert [(role, rule) for role, _, _, rule in links(db)] == [
        ("signatory", "new"),
        ("signatory", "acronym"),  # "&" is no "and": the words of one are all in the other
        ("signatory", "name"),
        ("signatory", "acronym"),  # the acronym alone
    ]
    [why] = evidence(db, "The ASIAN FORUM for Human Rights & Development")
    assert "FORUM-ASIA" in why
    assert "Asian Forum for Human Rights and Development" in why
    assert db.execute("SELECT name, acronym FROM entities").fetchone() == (
        "Asian Forum for Human Rights and Development",
        "FORUM-ASIA",
    )


@pytest.mark.parametrize("order", [(0, 1), (1, 0)], ids=["energy-first", "extractives-first"])
def test_two_organisations_sharing_an_acronym_stay_apart(
    tmp_path: Path, order: tuple[int, int]
) -> None:
    named = [
        letter("a.txt", [("Centre for Energy Accountability", "CEA")]),
        letter("b.txt", [("Centre for Extractives Accountability", "CEA")]),
    ]
    db = database(tmp_path, [named[n] for n in order])
    energy = entity_of(db, "Centre for Energy Accountability")
    extractives = entity_of(db, "Centre for Extractives Accountability")
    assert len(energy) == len(extractives) == 1
    assert energy != extractives
    second = (
        "Centre for Extractives Accountability"
        if order == (0, 1)
        else ("Centre for Energy Accountability")
    )
    [why] = evidence(db, second)
    assert "the acronym CEA of" in why
    assert "another name" in why


@pytest.mark.parametrize("order", [(0, 1), (1, 0)], ids=["kenya-first", "uganda-first"])
def test_two_organisations_sharing_a_name_but_not_an_acronym_stay_apart(
    tmp_path: Path, order: tuple[int, int]
) -> None:
    named = [
        letter("a.txt", [("Alliance for Open Courts", "AOC-K")]),
        letter("b.txt", [("Alliance for Open Courts", "AOC-U")]),
    ]
    db = database(tmp_path, [named[n] for n in order])
    rows = db.execute("SELECT acronym FROM entities ORDER BY id").fetchall()
    assert sorted(row[0] for row in rows) == ["AOC-K", "AOC-U"]
    [why] = evidence(db, "Alliance for Open Courts")
    assert "another acronym" in why


def test_a_name_two_entities_could_take_joins_neither(tmp_path: Path) -> None:
    db = database(
        tmp_path,
        [
            letter("a.txt", [("Alliance for Open Courts", "AOC-K")]),
            letter("b.txt", [("Alliance for Open Courts", "AOC-U")]),
            letter("c.txt", ["Alliance for Open Courts"]),
            letter("d.txt", ["ALLIANCE FOR OPEN COURTS"]),
        ],
    )
    plain = db.execute("SELECT id FROM entities WHERE acronym IS NULL").fetchall()
    assert len(plain) == 1  # the bare name made its own, and the next one joined it
    assert [rule for *_, rule in links(db)] == ["new", "new", "new", "name"]
    [_, why] = evidence(db, "Alliance for Open Courts")
    assert "whose acronyms differ" in why


def test_burmese_names_in_two_mark_orders_are_one_entity(tmp_path: Path) -> None:
    stored_order = "ဒို့မြေကွန်ရက်"  # vowel sign i, then u
    typed_order = "ဒုိ့မြေကွန်ရက်"  # u, then i: the order old fonts allowed
    assert stored_order != typed_order
    db = database(
        tmp_path,
        [
            letter("a.txt", [(f"{stored_order} (LIOH)", "LIOH")]),
            letter("b.txt", [typed_order]),
            letter("c.txt", [f"{typed_order} (LIOH)"]),  # the acronym not read: another name
        ],
    )
    assert entity_of(db, f"{stored_order} (LIOH)") == entity_of(db, typed_order)
    assert [rule for *_, rule in links(db)][:2] == ["new", "name"]
    names = db.execute("SELECT name FROM signatories ORDER BY id").fetchall()
    assert names[1] == (typed_order,)  # the value stays as written


def test_different_acronyms_are_never_one_entity_even_with_aliases(tmp_path: Path) -> None:
    db = database(
        tmp_path,
        [
            letter("a.txt", [("Burma Campaign UK", "BCUK")]),
            letter("b.txt", [("Burma Campaign United Kingdom", "BC")]),
        ],
        aliases=[("Burma Campaign UK", "Burma Campaign United Kingdom")],
    )
    assert db.execute("SELECT COUNT(*) FROM entities").fetchone()[0] == 2


def test_an_organisation_and_a_person_of_one_name_stay_apart(tmp_path: Path) -> None:
    db = database(
        tmp_path,
        [letter("a.txt", ["Aung San"]), letter("b.txt", individuals=["Aung San"])],
    )
    kinds = db.execute("SELECT kind FROM entities ORDER BY id").fetchall()
    assert kinds == [("organization",), ("individual",)]


def test_a_place_stays_part_of_the_name(tmp_path: Path) -> None:
    db = database(
        tmp_path,
        [
            letter("a.txt", ["Myanmar Diaspora Network – Japan"]),
            letter("b.txt", ["Myanmar Diaspora Network – Korea"]),
            letter("c.txt", ["Myanmar Diaspora Network (Japan)"]),
        ],
    )
    assert db.execute("SELECT COUNT(*) FROM entities").fetchone()[0] == 2
    assert entity_of(db, "Myanmar Diaspora Network – Japan") == entity_of(
        db, "Myanmar Diaspora Network (Japan)"
    )


# -- roles -----------------------------------------------------------------------------


def test_senders_recipients_members_and_contacts_are_linked(tmp_path: Path) -> None:
    db = database(
        tmp_path,
        [
            letter(
                "a.txt",
                [("Women's League of Burma (WLB)", "WLB", ["Kachin Women's Association"])],
                recipients=["Members of the United Nations Security Council"],
                sender="Women's League of Burma (WLB)",
                contacts=["Womens League of Burma"],
            ),
            letter("b.txt", recipients=["the members of the United Nations Security Council"]),
        ],
    )
    assert links(db) == [
        ("contact", "Womens League of Burma", 1, "name"),
        ("member", "Kachin Women's Association", 3, "new"),
        ("recipient", "Members of the United Nations Security Council", 2, "new"),
        ("sender", "Women's League of Burma (WLB)", 1, "new"),  # its signatory's acronym
        ("signatory", "Women's League of Burma (WLB)", 1, "name"),
        ("recipient", "the members of the United Nations Security Council", 2, "name"),
    ]
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []


# -- aliases ---------------------------------------------------------------------------


def test_an_alias_table_joins_names_and_is_kept(tmp_path: Path) -> None:
    burmese = "ကုလသမဂ္ဂ လူ့အခွင့်အရေးကောင်စီ အဖွဲ့ဝင်များ"
    letters = [
        letter("a.txt", recipients=["UN Human Rights Council Members"]),
        letter("b.txt", recipients=[burmese]),
    ]
    path = tmp_path / "letters.db"
    to_sqlite(letters, path)
    db = sqlite3.connect(path)
    assert db.execute("SELECT COUNT(*) FROM entities").fetchone()[0] == 2
    to_sqlite(letters, path, aliases=[("UN Human Rights Council Members", burmese)])
    assert db.execute("SELECT COUNT(*) FROM entities").fetchone()[0] == 1  # matched again
    assert [rule for *_, rule in links(db)] == ["new", "alias"]
    [why] = evidence(db, burmese)
    assert "alias table" in why
    to_sqlite([letter("c.txt", recipients=[burmese])], path)  # later imports use it too
    assert db.execute("SELECT COUNT(DISTINCT entity_id) FROM links").fetchone()[0] == 1


def test_alias_rows_chain_into_groups() -> None:
    pairs = parse_aliases("name,alias,note\nA Net,A Network,x\nA Network,The A-Net,\n")
    groups = alias_groups(pairs)
    assert groups["a net"] == groups["a network"] == groups["a net"]
    assert len(set(groups.values())) == 1


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("first,second\nA,B\n", "aliases:1: the alias table needs the columns name and alias"),
        ("name,alias\nA,\n", "aliases:2: a row needs both a name and an alias"),
    ],
)
def test_a_bad_alias_table_says_where(text: str, problem: str) -> None:
    with pytest.raises(AliasError) as raised:
        parse_aliases(text)
    assert str(raised.value).startswith(problem)


def test_matching_again_gives_what_a_fresh_import_gives(tmp_path: Path) -> None:
    letters = [
        letter("a.txt", [("Alpha Network", "AN"), "Beta Forum"], recipients=["Gamma Office"]),
        letter("b.txt", ["ALPHA NETWORK", ("Beta Forum", "BF")], sender="Beta Forum (BF)"),
        letter("c.txt", [("Alpha Network Kenya", "AN"), "AN"]),
    ]
    path = tmp_path / "letters.db"
    to_sqlite(letters, path)
    fresh = links(sqlite3.connect(path))
    with Archive(path) as archive:
        archive.rematch()
    assert links(sqlite3.connect(path)) == fresh


# -- the matcher itself ----------------------------------------------------------------


def test_replacing_a_letter_drops_the_entities_only_it_named(tmp_path: Path) -> None:
    path = tmp_path / "letters.db"
    to_sqlite([letter("a.txt", ["Alpha Network", "Beta Forum"])], path)
    to_sqlite([letter("a.txt", ["Alpha Network", "Gamma Union"])], path)
    db = sqlite3.connect(path)
    names = [row[0] for row in db.execute("SELECT name FROM entities ORDER BY id")]
    assert names == ["Alpha Network", "Gamma Union"]
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []


NAMES = st.sampled_from(
    ["Alpha Network", "alpha network", "The Alpha Network", "Alpha Network Kenya", "AN", "AX"]
)
ACRONYMS = st.sampled_from([None, None, "AN", "AX", "an"])
KINDS = st.sampled_from([None, "organization", "individual"])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(NAMES, ACRONYMS, KINDS), max_size=12))
def test_no_entity_ever_holds_two_acronyms_or_two_kinds(
    mentions: list[tuple[str, str | None, str | None]],
) -> None:
    matcher = Matcher()
    held: dict[int, list[tuple[str | None, str | None]]] = {}
    for name, acronym, kind in mentions:
        m = mention("signatory", 0, name, kind, acronym)
        link = matcher.link(m)
        held.setdefault(link.entity, []).append((m.acronym_key, kind))
        assert link.rule in ("new", "name", "acronym")
        assert (link.rule == "new") == (link.entity not in held or len(held[link.entity]) == 1)
    for found in held.values():
        assert len({key for key, _ in found if key is not None}) <= 1
        assert len({kind for _, kind in found if kind is not None}) <= 1


@given(st.text(alphabet=string.printable, max_size=40))
def test_the_ascii_key_is_the_general_key(text: str) -> None:
    general = _SPACED.sub(" ", _DROPPED.sub("", comparison_key(text))).split()
    assert " ".join(text.lower().split()).translate(_ASCII).split() == general


def test_keys_forget_case_punctuation_the_and_the_acronym() -> None:
    assert name_key("The Alpha-Network (AN)", "AN") == "alpha network"
    assert name_key("Alpha Network (an)", "AN") == "alpha network"
    assert name_key("U.N. Women’s Office", None) == "un womens office"
    assert name_key("The", None) == "the"
    assert name_key("***", None) == "***"


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("alpha network", "alpha network kenya", True),
        ("alpha network kenya", "alpha network", True),
        ("network", "alpha network", False),  # one word is too little
        ("alpha kenya network", "alpha network kenya", False),  # another order
        ("alpha network", "alpha forum", False),
    ],
)
def test_compatible_names(first: str, second: str, expected: bool) -> None:
    assert compatible(first, second) is expected
