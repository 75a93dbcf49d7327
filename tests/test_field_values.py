"""The field readers on blocks given to them: values without markup, dates in more shapes,
recipients, closings with their signers, salutations, senders, headings in the body.

Each letter here is written for the test; its lines' kinds are given (as a fixture's
``.kinds`` file gives them), so that what is tested is the reading of the values, not the
sections stage.
"""

from __future__ import annotations

import pytest

from letterparse import Letter
from letterparse.decode import decode_text
from letterparse.fields.dates import read_date
from letterparse.fields.pagedates import read_page_date
from letterparse.lines import split_lines
from letterparse.model import BlockKind
from letterparse.parse import assemble
from letterparse.sections.blocks import group
from letterparse.vocabulary import CLOSING, SALUTATION

from .invariants import assert_letter_invariants

KINDS: dict[str, BlockKind] = {
    "H": "header",
    "R": "recipients",
    "D": "date",
    "S": "subject",
    "G": "salutation",
    "P": "paragraph",
    "L": "list_item",
    "T": "heading",
    "C": "closing",
    "N": "signatories",
    "K": "contacts",
    "A": "page_artifact",
}


def read(text: str, kinds: str) -> Letter:
    """``text`` read from blocks of the kinds ``kinds`` gives, one letter a line."""
    lines = split_lines(text)
    assert len(kinds) == len(lines), [line.text for line in lines]
    letter = assemble(decode_text(text), lines, group(lines, [KINDS[k] for k in kinds]))
    assert_letter_invariants(text, letter)
    return letter


# Values without markup


@pytest.mark.parametrize(
    ("line", "salutation"),
    [
        ("> Dear Mayor Ortiz,", "Dear Mayor Ortiz,"),
        ("#### Dear Trustees,", "Dear Trustees,"),
        ("<p>Dear Councillor Vale,</p>", "Dear Councillor Vale,"),
        ("*Dear Minister Aro,*<br>", "Dear Minister Aro,"),
        ("- Dear Director,", "Dear Director,"),
        ("Dear neighbours,\\", "Dear neighbours,"),
    ],
)
def test_a_salutation_without_its_markup(line: str, salutation: str) -> None:
    letter = read(f"{line}\n\nWe write about the ferry.\n", "GP")
    assert letter.salutation is not None
    assert letter.salutation.text == salutation
    assert letter.body[0].text == "We write about the ferry."


@pytest.mark.parametrize(
    ("line", "label", "subject"),
    [
        ("*Re: The night ferry*<br>", "Re:", "The night ferry"),
        ("> **Subject:** The night ferry<br>", "Subject:", "The night ferry"),
        ("Asunto / Subject: El ferry nocturno", "Asunto / Subject:", "El ferry nocturno"),
        ("เรื่อง    เรือข้ามฟากกลางคืน", "เรื่อง", "เรือข้ามฟากกลางคืน"),
        ("Re Tomas Lind's idea for one week", "Re", "Tomas Lind's idea for one week"),
    ],
)
def test_a_subject_without_its_label_and_markup(line: str, label: str, subject: str) -> None:
    letter = read(f"{line}\n\nDear Board,\n", "SG")
    assert letter.subject is not None
    assert (letter.subject.label, letter.subject.text) == (label, subject)


def test_a_labelled_subject_wins_over_a_title_standing_as_one() -> None:
    letter = read("Keep the ferry\n\nRe: The night ferry\n\nDear Board,\n", "SSG")
    assert letter.subject is not None
    assert (letter.subject.label, letter.subject.text) == ("Re:", "The night ferry")


def test_a_setext_underline_is_no_part_of_the_subject() -> None:
    letter = read("On the closing of the night ferry\n---------------------------------\n", "SS")
    assert letter.subject is not None
    assert letter.subject.text == "On the closing of the night ferry"


def test_a_subtitle_run_together_with_the_title_is_the_subject() -> None:
    text = "Open Letter to the Harbour BoardKeep the Night Ferry Running\n\nDear Board,\n"
    letter = read(text, "HG")
    assert letter.subject is not None
    assert letter.subject.text == "Keep the Night Ferry Running"
    assert text[letter.subject.span.start : letter.subject.span.end] == letter.subject.text


# Dates


@pytest.mark.parametrize(
    ("text", "iso", "place"),
    [
        ("Orvalle 4 de mayo de 2021", "2021-05-04", "Orvalle"),
        ("Puerto Lindo a 14 de junio de 2016.", "2016-06-14", "Puerto Lindo"),
        ("San Justo D.F. a 2 de abril de 2013.", "2013-04-02", "San Justo D.F."),
        ("En Castrelo, a 9 de abril de 2022", "2022-04-09", "Castrelo"),
        ("São Tomé do Vale, 2 de maio de 2018.", "2018-05-02", "São Tomé do Vale"),
        ("3 мая 2022 г.", "2022-05-03", None),
        ("๒๖ กรกฎาคม ๒๕๖๐", "2017-07-26", None),
        ("5 มีนาคม 2567", "2024-03-05", None),
        ("2019年4月8日", "2019-04-08", None),
        ("二〇二〇年十二月三十一日", "2020-12-31", None),
        ("DATE:June 7, 1996", "1996-06-07", None),
        ("Date 3 February 2011", "2011-02-03", None),
        ("<p>16 October 2023</p>", "2023-10-16", None),
        ("- 9 January 2024", "2024-01-09", None),
        ("Villa Rosa, 8 de marzo de 2024 / Villa Rosa, 8 March 2024", "2024-03-08", "Villa Rosa"),
        ("Fri, 1 March 2024", "2024-03-01", None),
        ("Port Elsin, 20 August 2015,", "2015-08-20", "Port Elsin"),
    ],
)
def test_datelines_in_more_shapes(text: str, iso: str, place: str | None) -> None:
    date, warnings = read_date(split_lines(text)[0])
    assert (date.iso, date.place, warnings) == (iso, place, [])


def test_a_sentence_that_opens_with_a_date_is_no_dateline() -> None:
    date, warnings = read_date(split_lines("On 3 May 2022 the council voted to close the pool.")[0])
    assert date.iso is None
    assert [warning.code for warning in warnings] == ["unreadable_date"]


@pytest.mark.parametrize(
    ("header", "iso"),
    [
        ("---\ntitle: Save the pool\ndate: 2019-03-21T16:31:09Z\n---", "2019-03-21"),
        ('+++\ntitle = "Save the pool"\ndate = 2021-06-12\n+++', "2021-06-12"),
        ("Published: 14 March 2023", "2023-03-14"),
        ("Posted: Mon Apr 08, 2024 9:12 pm", "2024-04-08"),
        ("June 3rd, 2024 • Author: Jo Arden", "2024-06-03"),
        ("Veröffentlicht am 2. Mai 2024 von Jo A.", "2024-05-02"),
        ("Joined: Sat Feb 11, 2017 3:40 pm\nPosted: Tue Mar 05, 2024 8:00 am", "2024-03-05"),
        ("Posted: 12 Apr 2023\nOriginally published: 11 Apr 2023", "2023-04-11"),
        (
            "Date: Fri, 01 Aug 2003 16:40:12 +0200\nSubject: FW: the pool\n"
            "-----Original Message-----\nSent: Monday, July 28, 2003 9:15 AM",
            "2003-07-28",
        ),
        ("Sent this to the council on 3 June 2024, feel free to copy it.", None),
    ],
)
def test_the_page_date_of_a_letter_without_one(header: str, iso: str | None) -> None:
    found = read_page_date(split_lines(header))
    assert (found[0].iso if found else None) == iso


def test_a_date_run_into_the_first_paragraph() -> None:
    text = "Open Letter on the Pool\n\nMay 18, 2009We, the undersigned swimmers, ask you.\n"
    letter = read(text, "HP")
    assert letter.date is not None
    assert (letter.date.iso, letter.date.text) == ("2009-05-18", "May 18, 2009")
    assert letter.body[0].text == "We, the undersigned swimmers, ask you."


def test_a_dateline_wins_over_the_page_date() -> None:
    letter = read("Published: 14 March 2023\n\n12 March 2023\n\nDear Board,\n", "HDG")
    assert letter.date is not None
    assert letter.date.iso == "2023-03-12"


# Recipients


def recipients(letter: Letter) -> list[tuple[str, str]]:
    return [(recipient.role, recipient.name) for recipient in letter.recipients]


def test_a_postal_block_without_a_label_is_one_recipient() -> None:
    text = "Harbour Ferry Company\nFerry House\n12 Quay Street\nPort Elsin 4410\n\nDear Sirs,\n"
    letter = read(text, "RRRRG")
    assert recipients(letter) == [("to", "Harbour Ferry Company")]
    assert letter.recipients[0].address == ["Ferry House", "12 Quay Street", "Port Elsin 4410"]


@pytest.mark.parametrize(
    ("block", "name"),
    [
        (
            "The Consul General of Velmora\nU Aung Min Thu\nConsulate of Velmora\n4 Elm Row",
            "U Aung Min Thu",
        ),
        ("Excelentíssimo Senhor\nDr. Rui Matos Lobo\nMinistro das Pescas", "Dr. Rui Matos Lobo"),
        (
            "An das\nAmt für Wasser\nFrau Direktorin Dr. Ina Berg\nSeestraße 4\n10999 Berlin",
            "Frau Direktorin Dr. Ina Berg",
        ),
        (
            "The Director of the Port Authority\nPort House\n2 Dock Road",
            "The Director of the Port Authority",
        ),
    ],
)
def test_the_name_line_of_a_postal_block(block: str, name: str) -> None:
    lines = block.count("\n") + 1
    letter = read(f"{block}\n\nDear Director,\n", "R" * lines + "G")
    assert recipients(letter) == [("to", name)]


def test_postal_blocks_in_a_row_are_one_recipient_each() -> None:
    text = (
        "Hon. Mara Lind, MP\nMinister of Water\nWater House, Port Elsin\n"
        "Dr. Ivo Sand\nChair, River Board\nPlot 4, Mill Avenue\n"
    )
    assert recipients(read(text, "RRRRRR")) == [
        ("to", "Hon. Mara Lind, MP"),
        ("to", "Dr. Ivo Sand"),
    ]


def test_addressees_with_their_offices_one_a_line() -> None:
    text = "Professor Ada Lund, Chair, Water Council<br>\nDr. Ivo Sand, Director, River Board\n"
    assert recipients(read(text, "RR")) == [
        ("to", "Professor Ada Lund, Chair, Water Council"),
        ("to", "Dr. Ivo Sand, Director, River Board"),
    ]


def test_continuation_lines_finish_the_entry_above() -> None:
    text = (
        "To:   Permanent Representatives of the Member States of the\n"
        "      Regional Water Council\n"
        "CC:   Head of the Office of the Ombudsman,\n"
        "        Regional Water Council\n"
        "      The Special Envoy for Rivers /\n"
        "      Chair of the Delta Commission\n"
        "      The Mayor of Port Elsin\n"
    )
    assert recipients(read(text, "RRRRRRR")) == [
        ("to", "Permanent Representatives of the Member States of the Regional Water Council"),
        ("cc", "Head of the Office of the Ombudsman, Regional Water Council"),
        ("cc", "The Special Envoy for Rivers / Chair of the Delta Commission"),
        ("cc", "The Mayor of Port Elsin"),
    ]


def test_a_phrase_in_lower_case_goes_on_and_one_after_and_is_another() -> None:
    text = (
        "Aux membres permanents du Conseil régional\ndu Val de Sorne\n\n"
        "To the Ministers of the Delta States\nand the Delta Commissioner\n"
    )
    assert recipients(read(text, "RRRR")) == [
        ("to", "Aux membres permanents du Conseil régional du Val de Sorne"),
        ("to", "the Ministers of the Delta States"),
        ("to", "the Delta Commissioner"),
    ]


@pytest.mark.parametrize(
    ("line", "role", "name"),
    [
        ("Para: Prefeitura de Vale Alto", "to", "Prefeitura de Vale Alto"),
        ("A: Ayuntamiento de Orvalle", "to", "Ayuntamiento de Orvalle"),
        ("À : Mairie de Sorne", "to", "Mairie de Sorne"),
        ("An: Stadtrat Kelbach", "to", "Stadtrat Kelbach"),
        ("Destinataire : Conseil de la Sorne", "to", "Conseil de la Sorne"),
        ("Кому: Главе района", "to", "Главе района"),
        ("Kopie: Landesamt für Wasser", "cc", "Landesamt für Wasser"),
        ("C.c.p. Lic. Ana Ruiz, Fiscal.- Para su conocimiento.", "cc", "Lic. Ana Ruiz, Fiscal"),
        ("c.c.: Delegación de Aguas", "cc", "Delegación de Aguas"),
        ("At'n: Lic. Eva Sol, Directora", "attn", "Lic. Eva Sol, Directora"),
        ("A la atención de Dña. Eva Sol", "attn", "Dña. Eva Sol"),
        ("À l'attention de M. Luc Noir", "attn", "M. Luc Noir"),
        ("Attn: Water Desk", "attn", "Water Desk"),
        ("ถึง / To: ผู้ว่าราชการจังหวัด / The Governor", "to", "ผู้ว่าราชการจังหวัด / The Governor"),
        ("สำเนาถึง / Cc: นายอำเภอ / The District Chief", "cc", "นายอำเภอ / The District Chief"),
        ("To:H.E. Ms. Ada Lund, President", "to", "H.E. Ms. Ada Lund, President"),
        ("<p><strong>To:</strong> Councillor Ada Lund<br>", "to", "Councillor Ada Lund"),
        ("To the members of the Water Board:", "to", "the members of the Water Board"),
    ],
)
def test_labelled_addressees(line: str, role: str, name: str) -> None:
    assert recipients(read(line + "\n", "R")) == [(role, name)]


def test_through_names_no_addressee() -> None:
    text = (
        "To:\nMs. Ada Lund, Special Rapporteur on water\nMr. Ivo Sand, Special Rapporteur on food\n"
        "Through:\nOffice of the High Commissioner\nPalais Wilson\nCH-1201 Geneva\n"
        "Attn: Petitions Desk\n"
    )
    assert recipients(read(text, "RRRRRRRR")) == [
        ("to", "Ms. Ada Lund, Special Rapporteur on water"),
        ("to", "Mr. Ivo Sand, Special Rapporteur on food"),
        ("attn", "Petitions Desk"),
    ]


def test_presente_ends_an_address_block() -> None:
    letter = read("LIC. ANA RUIZ SOL\nDIRECTORA DE AGUAS\nP R E S E N T E\n", "RRR")
    assert recipients(letter) == [("to", "LIC. ANA RUIZ SOL")]
    assert letter.recipients[0].address == ["DIRECTORA DE AGUAS", "P R E S E N T E"]


def test_a_labelled_person_and_the_office_below() -> None:
    text = (
        "To: Teresa Lind Aro\n    Secretary for Water\n"
        "Cc: His Excellency Ivo Sand\n    Ambassador of Velmora\n"
        "CC: H.E. the Chair of the Delta Commission\nRepresentatives of the Delta States\n"
    )
    assert recipients(read(text, "RRRRRR")) == [
        ("to", "Teresa Lind Aro"),
        ("cc", "His Excellency Ivo Sand"),
        ("cc", "H.E. the Chair of the Delta Commission"),
        ("cc", "Representatives of the Delta States"),
    ]


def test_bulleted_copies_under_a_label() -> None:
    text = "CC:\n    - District Water Officer\n    - Township Administrator\n"
    assert recipients(read(text, "RRR")) == [
        ("cc", "District Water Officer"),
        ("cc", "Township Administrator"),
    ]


# Closings and their signers


@pytest.mark.parametrize(
    ("line", "closing", "signer"),
    [
        ("Sincerely, Jane Roe", "Sincerely,", "Jane Roe"),
        ("In solidarity, Delta Ferry Coalition", "In solidarity,", "Delta Ferry Coalition"),
        ("С уважением, Союз паромщиков.", "С уважением,", "Союз паромщиков"),
        ("Sincerely, Harbour Ferry Co.", "Sincerely,", "Harbour Ferry Co."),
        ("> Best,<br>Ivo Sand<br>4 Mill Row", "Best,", "Ivo Sand"),
    ],
)
def test_a_close_and_a_signature_on_one_line(line: str, closing: str, signer: str) -> None:
    letter = read(f"Dear Board,\n\nWe ask you to keep the ferry.\n\n{line}\n", "GPC")
    assert letter.closing is not None
    assert letter.closing.text == closing
    assert [signatory.name for signatory in letter.signatories] == [signer]
    assert letter.sender is not None
    assert letter.sender.name == signer


def test_a_signer_on_the_close_s_line_keeps_the_title_lines_below() -> None:
    text = "We ask.\n\nSincerely, Jane Roe\nChair, Ferry Users\n"
    letter = read(text, "PCN")
    assert [signatory.name for signatory in letter.signatories] == ["Jane Roe"]


def test_the_diplomatic_formula_is_one_close() -> None:
    line = "Please accept, Excellency, the assurances of our highest consideration."
    letter = read(f"We ask.\n\n{line}\n", "PC")
    assert letter.closing is not None
    assert letter.closing.text == line
    assert letter.signatories == []


@pytest.mark.parametrize(
    "close",
    [
        "With metta,",
        "Hochachtungsvoll",
        "Cordialmente,",
        "Saludos cordiales",
        "Respectfully,",
        "Yours Sincerely",
        "С уважением,",
        "敬上",
        "ด้วยความนับถือ",
        "ขอแสดงความนับถือ",
        "Best,",
    ],
)
def test_closes_in_more_languages(close: str) -> None:
    assert CLOSING.match(close) is not None


def test_a_closing_sentence_is_the_closing() -> None:
    line = "Esperando su respuesta, reciba un cordial saludo."
    letter = read(f"Pedimos la reapertura.\n\n{line}\n", "PC")
    assert letter.closing is not None
    assert letter.closing.text == line


# Salutations


def test_greeting_lines_in_a_row_are_one_salutation() -> None:
    text = "Sehr geehrte Frau Ministerin,\nsehr geehrte Damen und Herren,\n\nWir schreiben.\n"
    letter = read(text, "GGP")
    assert letter.salutation is not None
    assert letter.salutation.text == "Sehr geehrte Frau Ministerin,\nsehr geehrte Damen und Herren,"


def test_greetings_with_blank_lines_between_them() -> None:
    text = "Dear Chair,\n\nDear Members of the Board,\n\nWe write.\n"
    letter = read(text, "GGP")
    assert letter.salutation is not None
    assert letter.salutation.text == "Dear Chair,\n\nDear Members of the Board,"


def test_a_greeting_wrapped_over_two_lines() -> None:
    letter = read("Dear Members of the Regional\nWater Board,\n\nWe write.\n", "GGP")
    assert letter.salutation is not None
    assert letter.salutation.text == "Dear Members of the Regional Water Board,"


@pytest.mark.parametrize(
    "greeting",
    ["เรียน    ผู้ว่าราชการจังหวัด", "致海港委員會：", "Уважаемый Иван Петрович!", "Dear Excellencies"],
)
def test_salutations_in_more_languages(greeting: str) -> None:
    assert SALUTATION.match(greeting) is not None


def test_a_salutation_run_into_the_first_paragraph() -> None:
    text = "Dear Editor, The ferry stopped running last week.\n\nJane Roe\n"
    letter = read(text, "PN")
    assert letter.salutation is not None
    assert letter.salutation.text == "Dear Editor,"
    assert letter.body[0].text == "The ferry stopped running last week."


def test_presente_is_no_greeting() -> None:
    letter = read("LIC. ANA RUIZ SOL\n\nPresente.-\n\nPor este medio pedimos.\n", "RGP")
    assert letter.salutation is None


def test_a_vocative_in_the_first_sentence_is_no_salutation() -> None:
    letter = read("Minister, we write about the ferry.\n", "P")
    assert letter.salutation is None
    assert letter.body[0].text == "Minister, we write about the ferry."


# Senders


def test_a_letterhead_in_thai_digits_and_words() -> None:
    text = "มูลนิธิเรือข้ามฟาก\nตู้ ปณ. ๑๒ อำเภอเมือง\nโทร. ๐ ๕๕๕๑ ๒๓๔๕\n\n๑ มีนาคม ๒๕๖๗\n"
    letter = read(text, "HHHD")
    assert letter.sender is not None
    assert (letter.sender.name, letter.sender.kind) == ("มูลนิธิเรือข้ามฟาก", "organization")
    assert letter.date is not None
    assert letter.date.iso == "2024-03-01"


def test_an_organisation_s_line_alone_above_the_opening() -> None:
    text = "Harbour Ferry Users Network\nDATE:June 7, 1996\n\nDear Ivo,\n\nYes.\n\nJane Roe\n"
    letter = read(text, "HDGPN")
    assert letter.sender is not None
    assert letter.sender.name == "Harbour Ferry Users Network"


def test_the_line_above_an_address_is_no_letterhead() -> None:
    text = "Ministry of Water\nAttn: Minister Ivo Sand\n\nDear Minister,\n"
    letter = read(text, "HRG")
    assert letter.sender is None


# The body


def test_headings_name_the_paragraphs_below_them() -> None:
    text = "We write.\n\n## Background\n\nThe ferry stopped.\n\n**What we ask**\n\n- Run it.\n"
    letter = read(text, "PTPTL")
    assert [(p.heading, p.text) for p in letter.body] == [
        (None, "We write."),
        ("Background", "The ferry stopped."),
        ("What we ask", "Run it."),
    ]


def test_a_setext_heading_is_no_paragraph() -> None:
    text = "We write.\n\nBackground\n----------\n\nThe ferry stopped.\n"
    letter = read(text, "PPPP")
    assert [(p.heading, p.text) for p in letter.body] == [
        (None, "We write."),
        ("Background", "The ferry stopped."),
    ]


def test_body_text_without_the_marks_of_its_lines() -> None:
    text = (
        "> We write about the\n> ferry, which **must** run.\n\n"
        "<p>The ferry <strong>stopped</strong>.</p>\n\n- A paste viewer's line.\n"
    )
    letter = read(text, "PPPP")
    assert [p.text for p in letter.body] == [
        "We write about the ferry, which **must** run.",
        "The ferry <strong>stopped</strong>.",
        "A paste viewer's line.",
    ]


# Contacts


@pytest.mark.parametrize(
    ("line", "name", "email"),
    [
        (
            "*Press and questions:* Ivo Sand, <ivo@ferry.example><br>",
            "Ivo Sand",
            "ivo@ferry.example",
        ),
        ("*Organising group:* <group@ferry.example>", None, "group@ferry.example"),
        ("Kontakt: [info@faehre.example](mailto:info@faehre.example)", None, "info@faehre.example"),
        ("Petition organiser: Jane Roe, 9 Mill Row.", "Jane Roe", None),
    ],
)
def test_contact_lines_with_labels_and_markup(
    line: str, name: str | None, email: str | None
) -> None:
    letter = read(line + "\n", "K")
    assert [(c.name, c.email) for c in letter.contacts] == [(name, email)]
