"""The reference letter, field by field, as issue #2 states it."""

from __future__ import annotations

import pytest

import letterparse
from letterparse import Letter, Signatory

from .conftest import REFERENCE
from .invariants import assert_letter_invariants


@pytest.fixture(scope="module")
def letter() -> Letter:
    return letterparse.parse_file(REFERENCE)


def by_number(letter: Letter, number: int) -> Signatory:
    return next(s for s in letter.signatories if s.number == number)


def test_recipients_one_to_and_three_cc(letter: Letter) -> None:
    assert [(r.role, r.name) for r in letter.recipients] == [
        ("to", "Members of the United Nations Security Council"),
        ("cc", "UN Human Rights Council Members"),
        ("cc", "UN High Commissioner for Human Rights"),
        ("cc", "UN Special Rapporteur on the situation of human rights in Myanmar"),
    ]
    assert [r.span.line for r in letter.recipients] == [3, 5, 6, 7]
    assert all(r.address == [] for r in letter.recipients)


def test_date_subject_salutation_closing(letter: Letter) -> None:
    assert letter.date is not None
    assert (letter.date.text, letter.date.iso, letter.date.place) == (
        "1 March 2024",
        "2024-03-01",
        None,
    )
    assert letter.subject is not None
    assert letter.subject.label == "Re:"
    assert letter.subject.text.startswith("Security Council must act now as Myanmar")
    assert letter.subject.text.endswith("in Myanmar and the region")
    assert letter.salutation is not None
    assert letter.salutation.text == "Your Excellencies,"
    assert letter.closing is None
    assert letter.header is None


def test_eleven_paragraphs_with_twenty_links(letter: Letter) -> None:
    assert len(letter.body) == 11
    assert {p.kind for p in letter.body} == {"paragraph"}
    links = [link for p in letter.body for link in p.links]
    assert len(links) == 20
    assert {link.target for link in links} == {"#"}
    assert links[0].text == "Resolution 2669"
    assert links[-1].text == "join forces"
    for paragraph in letter.body:
        assert "](" not in paragraph.text
        for link in paragraph.links:
            assert paragraph.text[link.start : link.end] == link.text


def test_four_contacts_split(letter: Letter) -> None:
    assert [(c.name, c.organization, c.email) for c in letter.contacts] == [
        ("Elena", "General Strike Committee of Nationalities", "gscn2021@gmail.com"),
        ("Myay Latt Tun", "CDM Medical Network", "contact@cdmmn.org"),
        ("Tun Khin", "Burmese Rohingya Organisation UK", "tunkhin80@gmail.com"),
        ("Khin Ohmar", "Progressive Voice", "info@progressive-voice.org"),
    ]
    heading = next(b for b in letter.layout if b.kind == "contacts")
    # "For more information, please contact:" belongs to the layout, not to a contact
    assert heading.span.line == 37
    assert all(c.span.line > 37 for c in letter.contacts)


def test_signing_counts_consistent(letter: Letter) -> None:
    assert letter.signing is not None
    assert letter.signing.declared_total == 397
    assert letter.signing.declared_undisclosed == 94
    assert len(letter.signatories) + 94 == 397
    assert not [w for w in letter.warnings if w.code == "count_mismatch"]


def test_signatories_numbered_across_gaps(letter: Letter) -> None:
    assert [s.number for s in letter.signatories] == list(range(1, 304))
    assert by_number(letter, 43).name == "Burma Canadian Network (BCN)"  # after the first gap


@pytest.mark.parametrize(
    ("number", "members", "first_member"),
    [
        (99, 3, "Basic Education General Strike Committee (BEGSC)"),
        (154, 5, "LGBT Alliance Myanmar (Kalay Region)"),
        (160, 15, "Chanmyatharzi Township People's Strike"),
        (172, 6, "All Burma Federation of Student Unions (Monywa District)"),
        (281, 12, "Chindwin (West) Villages Women Strike"),
    ],
)
def test_member_sub_lists(letter: Letter, number: int, members: int, first_member: str) -> None:
    entry = by_number(letter, number)
    assert len(entry.members) == members
    assert entry.members[0].name == first_member
    assert all(m.number is None and m.members == [] for m in entry.members)
    assert sum(len(s.members) for s in letter.signatories) == 41


def test_burmese_names_byte_exact(letter: Letter, reference_text: str) -> None:
    burmese = [s for s in letter.signatories if "Mymr" in s.scripts]
    assert [s.number for s in burmese] == [57, 58, 60, *range(295, 304)]
    for entry in burmese:
        line = reference_text.splitlines()[entry.span.line - 1]
        assert line == f"{entry.number}. {entry.name}"
    assert by_number(letter, 60).scripts == ["Latn", "Mymr"]
    assert by_number(letter, 296).scripts == ["Mymr"]
    assert by_number(letter, 60).name.startswith("CDM ရန်ကုန်")


@pytest.mark.parametrize(
    ("number", "acronym"),
    [
        (5, "ACBES"),
        (12, "ASU-Yangon"),
        (24, "FORUM-ASIA"),
        (297, "LIOH"),
        (2, None),
        (4, None),
        (295, None),
        (3, None),
        (47, None),
    ],
)
def test_acronyms(letter: Letter, number: int, acronym: str | None) -> None:
    assert by_number(letter, number).acronym == acronym


def test_kinds_are_organizations(letter: Letter) -> None:
    assert {s.kind for s in letter.signatories} == {"organization"}
    assert {m.kind for s in letter.signatories for m in s.members} == {"organization"}


def test_layout_is_complete_and_clean(letter: Letter, reference_text: str) -> None:
    assert [b.kind for b in letter.layout][:5] == [
        "recipients",
        "recipients",
        "date",
        "subject",
        "salutation",
    ]
    assert "unclassified" not in {b.kind for b in letter.layout}
    assert letter.warnings == []
    assert_letter_invariants(reference_text, letter)


def test_source(letter: Letter, reference_text: str) -> None:
    assert letter.source.encoding == "utf-8"
    assert letter.source.newline == "\n"
    assert letter.source.chars == len(reference_text)
    assert letter.source.path == str(REFERENCE)
    assert len(letter.source.sha256) == 64
