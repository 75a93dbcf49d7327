"""Stage 3: which lines form which block."""

from __future__ import annotations

import pytest

from letterparse.lines import split_lines
from letterparse.sections import segment


def kinds(text: str) -> list[tuple[str, int]]:
    return [(block.kind, len(block.lines)) for block in segment(split_lines(text))]


def test_reference_shape() -> None:
    text = (
        "To Members of the Council\n\nCC: A\nB\n\n1 March 2024\n\nRe: Act now\n\n"
        "Your Excellencies,\n\nWe write to you because the situation is grave.\n\n"
        "For more information, please contact:\n\n- Elena, GSCN; e@x.org\n\n"
        "Signed by 3 organizations.\n\n1. One\n2. Two\n - Member\n\n3. Three\n"
    )
    assert kinds(text) == [
        ("recipients", 1),
        ("recipients", 2),
        ("date", 1),
        ("subject", 1),
        ("salutation", 1),
        ("paragraph", 1),
        ("contacts", 2),
        ("signing", 1),
        ("signatories", 4),
    ]


def test_hard_wrapped_paragraphs_and_first_line_indents() -> None:
    text = (
        "Dear Minister,\n\n    We write to you about the\nsituation in the region.\n"
        "    A second paragraph opens\nwith an indent.\n\nSincerely,\n\nJane Roe\n"
    )
    assert kinds(text) == [
        ("salutation", 1),
        ("paragraph", 2),
        ("paragraph", 2),
        ("closing", 1),
        ("signatories", 1),
    ]


def test_body_list_items_are_not_signatories() -> None:
    text = (
        "Dear Minister,\n\nWe urge you to:\n\n1. release all political prisoners\n"
        "   without conditions;\n2. end the violence.\n\nSincerely,\n"
    )
    assert kinds(text) == [
        ("salutation", 1),
        ("paragraph", 1),
        ("list_item", 2),
        ("list_item", 1),
        ("closing", 1),
    ]


def test_page_artifacts_and_chrome_after_the_body() -> None:
    text = "Dear all,\n\nWe write.\n\nSigned by:\n\n1. One\n\n2\n\n2. Two\n\nShare this\n"
    assert kinds(text) == [
        ("salutation", 1),
        ("paragraph", 1),
        ("signing", 1),
        ("signatories", 1),
        ("page_artifact", 1),
        ("signatories", 1),
        ("trailer", 1),
    ]


def test_group_headings_split_the_list() -> None:
    text = "Dear all,\n\nWe write.\n\nSignatories:\n\nOrganisations:\nA\nB\n\nIndividuals:\nC\n"
    assert kinds(text) == [
        ("salutation", 1),
        ("paragraph", 1),
        ("signing", 1),
        ("signatory_group", 1),
        ("signatories", 2),
        ("signatory_group", 1),
        ("signatories", 1),
    ]


def test_every_line_in_exactly_one_block() -> None:
    text = "Title\n\nTo: X\n\nDear Y,\n\nBody text here.\n\nRandom\n\n- a\n- b\n"
    lines = split_lines(text)
    blocks = segment(lines)
    assert [line for block in blocks for line in block.lines] == lines


def test_a_trailing_list_of_names_is_the_signatories() -> None:
    text = (
        "Dear Minister,\n\nWe ask you to:\n\n1. release all political prisoners;\n"
        "2. end the violence.\n\nThank you for your attention.\n\n"
        "1. Alpha Rights Group\n2. Beta Network\n\n3. Gamma Union (GU)\n"
    )
    assert kinds(text) == [
        ("salutation", 1),
        ("paragraph", 1),
        ("list_item", 1),
        ("list_item", 1),
        ("paragraph", 1),
        ("signatories", 3),
    ]


def test_a_trailing_list_of_demands_stays_in_the_body() -> None:
    text = (
        "Dear Minister,\n\nWe ask you to:\n\n1. release all political prisoners;\n"
        "2. end the violence;\n3. allow aid to reach the camps.\n"
    )
    assert [kind for kind, _ in kinds(text)] == [
        "salutation",
        "paragraph",
        "list_item",
        "list_item",
        "list_item",
    ]


def test_a_sentence_that_introduces_the_signatories() -> None:
    text = (
        "Dear all,\n\nWe write.\n\nThe following organisations have endorsed this letter:\n\n"
        "Alpha Rights Group\nBeta Network\n"
    )
    assert kinds(text)[-2:] == [("signing", 1), ("signatories", 2)]


def test_a_wrapped_line_mentioning_a_signed_agreement_is_prose() -> None:
    text = (
        "Dear Minister,\n\nWe recall that under the ceasefire\n"
        "agreement signed in 2015, the parties committed to the following:\n\n"
        "1. release all detainees;\n2. allow aid.\n\nWe urge you to act.\n\nSincerely,\n"
    )
    assert [kind for kind, _ in kinds(text)] == [
        "salutation",
        "paragraph",
        "list_item",
        "list_item",
        "paragraph",
        "closing",
    ]


def test_repeated_signer_titles_are_no_running_header() -> None:
    text = (
        "Dear Minister,\n\nWe write to you today.\n\nSincerely,\n\n"
        "Jane Roe\nDirector\nAlpha Network\n\nJohn Doe\nDirector\nBeta Union\n\n"
        "Mary Poe\nDirector\nGamma Forum\n"
    )
    assert "page_artifact" not in [kind for kind, _ in kinds(text)]


def test_a_sentence_after_the_list_is_a_note() -> None:
    text = (
        "Dear all,\n\nWe write.\n\nSigned by:\n\n1. Alpha\n2. Beta\n\n"
        "This letter was coordinated by the Alpha Network on behalf of its members.\n"
    )
    assert kinds(text)[-2:] == [("signatories", 2), ("notes", 1)]


def test_notes_under_a_list_of_people() -> None:
    text = (
        "Dear all,\n\nWe write.\n\nSignatories:\n\nDr. A B, Lecturer, Uni X\n"
        "Dr. C D, Professor, Uni Y\n\n* Affiliations are listed for identification only.\n"
    )
    assert kinds(text)[-2:] == [("signatories", 2), ("notes", 1)]
    glued = "Dear all,\n\nWe write.\n\nSignatories:\n1. Org One\n2. Org Two\n\n*Affiliations only\n"
    assert kinds(glued)[-1] == ("notes", 1)


@pytest.mark.parametrize("note", ["p. s. Two more groups signed late.", "P.S. Two more signed."])
def test_a_postscript_after_the_list_is_a_note(note: str) -> None:
    text = f"Dear all,\n\nWe write.\n\nSigned by:\n\n1. Alpha\n2. Beta\n\n{note}\n"
    assert kinds(text)[-2:] == [("signatories", 2), ("notes", 1)]


def test_a_star_bulleted_list_is_no_note() -> None:
    text = "Dear all,\n\nWe write.\n\nSignatories:\n\n* Org One\n* Org Two\n"
    assert kinds(text)[-1] == ("signatories", 2)


@pytest.mark.parametrize("greeting", ["Mr. President,", "Madam Secretary-General,", "Sir,"])
def test_vocative_salutations(greeting: str) -> None:
    assert kinds(f"Subject: End red-tagging\n\n{greeting}\n\nWe write to urge you.\n")[1] == (
        "salutation",
        1,
    )


def test_an_upper_case_group_heading_above_a_blank_line() -> None:
    text = (
        "Dear all,\n\nWe write.\n\nSigned by 3 organisations and 1 individual.\n\n"
        "ORGANISATIONS\n\n1. Alpha\n2. Beta\n3. Gamma\n\nINDIVIDUALS\n\n4. Dr. Jane Roe\n"
    )
    assert kinds(text)[-4:] == [
        ("signatory_group", 1),
        ("signatories", 3),
        ("signatory_group", 1),
        ("signatories", 1),
    ]


def test_a_paragraph_goes_on_after_a_page_break() -> None:
    text = (
        "Dear all,\n\nWe write about the reprisals against those who work with United\n"
        "Nations mecha-\n                 Page 1 of 2\n\x0c\nnisms.\n\nWe urge you to act.\n"
    )
    blocks = segment(split_lines(text))
    assert [(block.kind, block.continued) for block in blocks] == [
        ("salutation", False),
        ("paragraph", False),
        ("page_artifact", False),
        ("paragraph", True),
        ("paragraph", False),
    ]


@pytest.mark.parametrize(
    "after",
    ["Nisms and more.", "- a bullet", "1. An item"],  # capitalised, or marked
)
def test_a_new_paragraph_after_a_page_break_goes_on_from_nothing(after: str) -> None:
    text = f"Dear all,\n\nWe write about the\n\nPage 1 of 2\n\n{after}\n\nWe urge you.\n"
    blocks = segment(split_lines(text))
    assert not any(block.continued for block in blocks)


def test_a_letterhead_naming_a_signatory_is_no_addressee() -> None:
    text = (
        "Harbour Residents' Forum\n14 Quay Lane, Port Alcott PA3 7RD\n\n20/11/2023\n\n"
        "To whom it may concern,\n\nWe write.\n\nSigned:\n\n- Harbour Residents' Forum\n"
        "- Small Traders' Association\n"
    )
    assert kinds(text)[0] == ("header", 2)
    other = text.replace("- Harbour Residents' Forum", "- Quay Lane Group")
    assert kinds(other)[0] == ("recipients", 2)  # an address block naming no signer


def test_share_links_after_the_list_are_trailer() -> None:
    text = (
        "Dear all,\n\nWe write.\n\nSignatories:\n\n* Alpha Union\n* Beta Forum\n\n"
        "Share this: Facebook | X | LinkedIn | Email\n"
    )
    assert kinds(text)[-2:] == [("signatories", 2), ("trailer", 1)]


def test_a_forwarded_e_mail_s_header_block_is_a_header() -> None:
    text = (
        "From: Ingrid Solvang <i.solvang@example.org>\nSent: Tuesday, 14 March 2023 09:12\n"
        "To: Records Desk <records@example.net>\nSubject: FW: Joint letter\n\n"
        "H.E. Ms. Amalia Vance\nMinister of Justice\n\n13 March 2023\n\nRe: Detention\n\n"
        "Dear Minister,\n\nWe write.\n"
    )
    assert kinds(text)[:4] == [("header", 4), ("recipients", 2), ("date", 1), ("subject", 1)]
    unsent = (
        "To: The Minister\nCc: The Ombudsman\nSubject: Detention\n\nDear Minister,\n\nWe write.\n"
    )
    assert kinds(unsent)[:3] == [("recipients", 1), ("recipients", 1), ("subject", 1)]  # no From:


@pytest.mark.parametrize("separator", ["* * *", "***", "----------", "~~~"])
def test_a_separator_line_is_a_page_artefact(separator: str) -> None:
    text = f"Dear all,\n\nWe write.\n\n{separator}\n\nWe write again.\n"
    assert kinds(text) == [
        ("salutation", 1),
        ("paragraph", 1),
        ("page_artifact", 1),
        ("paragraph", 1),
    ]


def test_a_translation_s_salutation_inside_the_body() -> None:
    text = "Dear all,\n\nWe write.\n\n* * *\n\nChers amis,\n\nNous écrivons.\n"
    assert [kind for kind, _ in kinds(text)] == [
        "salutation",
        "paragraph",
        "page_artifact",
        "salutation",
        "paragraph",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Updated 12 March 2024: 5 new signatories added",
        "... and 45 other organisations",
        "and many more",
    ],
)
def test_notes_around_a_list(line: str) -> None:
    text = f"Dear all,\n\nWe write.\n\nSignatories:\n\n{line}\n\n1/ Alpha\n2/ Beta\n"
    assert ("notes", 1) in kinds(text)
    assert kinds(text)[-1] == ("signatories", 2)
