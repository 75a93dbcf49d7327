"""Who sent a letter (``sender``) and where a signatory is (``place``)."""

from __future__ import annotations

import json

import pytest

import letterparse
from letterparse.fields.names import place_of

from .conftest import LETTERS


@pytest.mark.parametrize(
    ("entry", "place"),
    [
        ("Alpha Network (Kenya)", "Kenya"),
        ("Alpha Network (KENYA)", "KENYA"),
        ("Beta Forum – Nairobi", "Nairobi"),
        ("Beta Forum - Port Elsin", "Port Elsin"),
        ("Roma Education Fund, Budapest, Hungary", "Hungary"),
        ("Dr. Ada Roe, University of Karsk, Sri Lanka", "Sri Lanka"),
        ("Gamma Trust", None),
        ("Women Alliance Burma (WAB)", None),
        ("Jane Roe – Callado Valley Water Defenders", None),  # a person and her organisation
        ("International League of Rights – Asia Desk", None),  # a part of the organisation
        ("Delta Union, Harbour Branch", None),
    ],
)
def test_place_of_an_entry(entry: str, place: str | None) -> None:
    assert place_of(entry) == place


def test_places_in_a_list() -> None:
    text = (
        "Dear Minister,\n\nWe write about the river.\n\nSigned by:\n\n"
        "1. Alpha Network (Kenya)\n2. Beta Forum – Nairobi\n3. Gamma Trust (GT)\n"
    )
    letter = letterparse.parse(text)
    assert [(s.name, s.acronym, s.place) for s in letter.signatories] == [
        ("Alpha Network (Kenya)", None, "Kenya"),
        ("Beta Forum – Nairobi", None, "Nairobi"),
        ("Gamma Trust (GT)", "GT", None),
    ]


def test_the_one_signer_sends_the_letter() -> None:
    text = (
        "Dear Minister,\n\nWe write about the river and its fish.\n\n"
        "Sincerely,\n\nJane Roe\nCoordinator, Harbour Watch\n"
    )
    letter = letterparse.parse(text)
    assert letter.sender is not None
    assert (letter.sender.name, letter.sender.kind) == ("Jane Roe", "individual")
    assert text[letter.sender.span.start : letter.sender.span.end].startswith("Jane Roe")


def test_a_letterhead_sends_the_letter() -> None:
    text = (
        "HARBOURSIDE RESIDENTS' FORUM\n14 Quay Lane\nPort Elsin 4410\ninfo@harbourside.example\n\n"
        "3 March 2024\n\nDear Mayor,\n\nWe write about the quay.\n\nSincerely,\n\n"
        "Harbourside Residents' Forum\n"
    )
    letter = letterparse.parse(text)
    assert letter.sender is not None
    assert letter.sender.name == "HARBOURSIDE RESIDENTS' FORUM"
    assert letter.sender.kind == "organization"
    assert letter.sender.span.line == 1


def test_a_joint_letter_has_no_sender() -> None:
    letter = letterparse.parse_file(LETTERS / "joint-letter-unsc-2024-03-01.txt")
    assert letter.sender is None
    assert len(letter.signatories) == 303


def test_a_forwarded_e_mail_header_is_no_letterhead() -> None:
    text = (
        "From: Ingrid Solvang <i.solvang@example.org>\nSent: Tuesday, 14 March 2023\n"
        "To: Board <board@example.org>\nSubject: Fwd: our letter\n\n"
        "Dear Members,\n\nWe write about the fjord.\n\nSigned by:\n\n- Alpha Forum\n- Beta Union\n"
    )
    assert letterparse.parse(text).sender is None


def test_a_record_written_before_the_new_keys_still_validates() -> None:
    letter = letterparse.parse_file(LETTERS / "joint-letter-unsc-2024-03-01.txt")
    data = json.loads(letter.model_dump_json())
    del data["sender"]
    del data["source"]["format"], data["source"]["extractor"]
    for paragraph in data["body"]:
        del paragraph["heading"]
    for entry in data["signatories"]:
        del entry["place"]
    old = letterparse.Letter.model_validate(data)
    assert old.sender is None
    assert old.source.format == "text"
    assert [entry.name for entry in old.signatories] == [e.name for e in letter.signatories]
