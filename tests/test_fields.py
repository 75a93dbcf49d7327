"""Stage 4: the field readers, each on its own blocks."""

from __future__ import annotations

import pytest

import letterparse
from letterparse.fields.contacts import read_contacts
from letterparse.fields.dates import read_date
from letterparse.fields.links import read_links
from letterparse.fields.recipients import read_recipients
from letterparse.fields.scripts import scripts_of
from letterparse.fields.signatories import read_signatories
from letterparse.fields.signing import read_signing
from letterparse.lines import split_lines
from letterparse.model import BlockKind
from letterparse.sections import Block


def block(kind: BlockKind, text: str) -> Block:
    return Block(kind, tuple(split_lines(text)))


@pytest.mark.parametrize(
    ("text", "iso", "place"),
    [
        ("1 March 2024", "2024-03-01", None),
        ("1st March 2024", "2024-03-01", None),
        ("March 1, 2024", "2024-03-01", None),
        ("March 1st, 2024", "2024-03-01", None),
        ("24 February, 2021", "2021-02-24", None),
        ("February 24th, 2021", "2021-02-24", None),
        ("1 Mar. 2024", "2024-03-01", None),
        ("Sept. 5, 2023", "2023-09-05", None),
        ("Friday, 1 March 2024", "2024-03-01", None),
        ("2024-03-01", "2024-03-01", None),
        ("New York, 24 January 2022", "2022-01-24", "New York"),
        ("Bangkok, Thailand – 5 May 2023", "2023-05-05", "Bangkok, Thailand"),
        ("March 2024", "2024-03", None),
        ("13/03/2024", "2024-03-13", None),
        ("03/13/2024", "2024-03-13", None),
    ],
)
def test_dates(text: str, iso: str, place: str | None) -> None:
    date, warnings = read_date(split_lines(text)[0])
    assert (date.iso, date.place, warnings) == (iso, place, [])


@pytest.mark.parametrize("text", ["01/03/2024", "1.3.2024"])
def test_ambiguous_numeric_dates(text: str) -> None:
    date, warnings = read_date(split_lines(text)[0])
    assert date.iso is None
    assert [(w.code, w.line) for w in warnings] == [("ambiguous_date", 1)]
    assert read_date(split_lines(text)[0], day_first=True)[0].iso == "2024-03-01"
    assert read_date(split_lines(text)[0], day_first=False)[0].iso == "2024-01-03"


def test_impossible_date_warns() -> None:
    date, warnings = read_date(split_lines("31 February 2024")[0])
    assert date.iso is None
    assert warnings[0].code == "invalid_date"


def test_recipients_list_and_address_block() -> None:
    cc = block("recipients", "CC: UN Human Rights Council Members\nUN High Commissioner")
    address = block(
        "recipients",
        "H.E. Mr. António Guterres\nUnited Nations Secretary-General\n"
        "United Nations Secretariat\n405 East 42nd Street\nNew York, NY 10017",
    )
    recipients = read_recipients([cc, address])
    assert [(r.role, r.name, len(r.address)) for r in recipients] == [
        ("cc", "UN Human Rights Council Members", 0),
        ("cc", "UN High Commissioner", 0),
        ("cc", "H.E. Mr. António Guterres", 4),
    ]
    assert recipients[0].span.start == len("CC: ")
    assert recipients[2].address[-1] == "New York, NY 10017"


def test_links_every_form() -> None:
    text, links = read_links(
        "See [the report](https://example.org/r), <https://example.org/a>, "
        "www.example.org and write to info@example.org."
    )
    assert text == (
        "See the report, https://example.org/a, www.example.org and write to info@example.org."
    )
    assert [(link.text, link.target) for link in links] == [
        ("the report", "https://example.org/r"),
        ("https://example.org/a", "https://example.org/a"),
        ("www.example.org", "www.example.org"),
        ("info@example.org", "mailto:info@example.org"),
    ]
    assert all(text[link.start : link.end] == link.text for link in links)


@pytest.mark.parametrize(
    ("entry", "name", "organization", "email", "phone"),
    [
        ("- Elena, GSCN; gscn2021@gmail.com", "Elena", "GSCN", "gscn2021@gmail.com", None),
        (
            "Jane Roe (Fortify Rights), jane@example.org",
            "Jane Roe",
            "Fortify Rights",
            "jane@example.org",
            None,
        ),
        (
            "Somchai Dee – Asia Forum – +66 81 234 5678",
            "Somchai Dee",
            "Asia Forum",
            None,
            "+66 81 234 5678",
        ),
    ],
)
def test_contacts(
    entry: str, name: str, organization: str, email: str | None, phone: str | None
) -> None:
    (contact,) = read_contacts([block("contacts", f"Contact:\n{entry}")])
    assert (contact.name, contact.organization, contact.email, contact.phone) == (
        name,
        organization,
        email,
        phone,
    )


@pytest.mark.parametrize("wrap", [" ", "\n"])
def test_a_contact_sentence_naming_two_people_gives_two_contacts(wrap: str) -> None:
    entry = (
        f"For more information, please contact Amara Obi (amara@coast.example) or{wrap}"
        "Teodor Manea at t.manea@rural.example."
    )
    contacts = read_contacts([block("contacts", entry)])
    assert [(c.name, c.organization, c.email) for c in contacts] == [
        ("Amara Obi", None, "amara@coast.example"),
        ("Teodor Manea", None, "t.manea@rural.example"),
    ]
    assert contacts[0].span.line == 1
    assert contacts[1].span.end_line == (1 if wrap == " " else 2)


@pytest.mark.parametrize(
    "entry",
    [
        "Jane Roe at jane@example.org or +66 81 234 5678",  # one person, two ways
        "Jane Roe and John Doe, Forum Asia: info@forum.example",  # one address for both
    ],
)
def test_one_person_or_one_address_stays_one_contact(entry: str) -> None:
    (contact,) = read_contacts([block("contacts", f"Contact:\n{entry}")])
    assert contact.text == entry


@pytest.mark.parametrize(
    ("statement", "total", "undisclosed"),
    [
        (
            "Signed by 397 civil society organizations, including 94 organizations that have "
            "chosen not to disclose their names.",
            397,
            94,
        ),
        ("This letter was signed by 638 civil society organizations (CSOs).", 638, None),
        ("Signed by 120 organizations and 12 individuals:", 132, None),
        ("Signed by 1,024 groups, 24 of them anonymously.", 1024, 24),
        ("Signatories:", None, None),
    ],
)
def test_signing_counts(statement: str, total: int | None, undisclosed: int | None) -> None:
    signing = read_signing([block("signing", statement)])
    assert signing is not None
    assert (signing.declared_total, signing.declared_undisclosed) == (total, undisclosed)


def test_signatories_nest_by_indent_and_marker() -> None:
    text = (
        "1. Mandalay Strike Force (MSF)\n - Daung Sitthe Strike\n - Industries Strike\n"
        "2. Karen Peace Support Network (KPSN)\n   a. Member by letter\n3. Alone\n"
    )
    entries, warnings = read_signatories([block("signatories", text)])
    assert [(e.number, e.acronym, [m.name for m in e.members]) for e in entries] == [
        (1, "MSF", ["Daung Sitthe Strike", "Industries Strike"]),
        (2, "KPSN", ["Member by letter"]),
        (3, None, []),
    ]
    assert warnings == []


def test_numbering_gaps_repeats_and_duplicates_warn() -> None:
    text = "1. A\n2. B\n4. C\n4. D\n5. B\n"
    _, warnings = read_signatories([block("signatories", text)])
    assert [(w.code, w.line) for w in warnings] == [
        ("numbering_gap", 3),
        ("numbering_repeat", 4),
        ("duplicate_signatory", 5),
    ]


def test_groups_and_individuals() -> None:
    blocks = [
        block("signatory_group", "Organisations:"),
        block("signatories", "Burma Campaign UK\nCRPH, NUG Support Team Germany – Deutschland"),
        block("signatory_group", "Individuals:"),
        block("signatories", "Dr. Jane Roe, Professor of Law, University of X\nJohn Doe"),
    ]
    entries, _ = read_signatories(blocks)
    assert [(e.name, e.kind, e.affiliation, e.group) for e in entries] == [
        ("Burma Campaign UK", "organization", None, "Organisations"),
        ("CRPH, NUG Support Team Germany – Deutschland", "organization", None, "Organisations"),
        ("Dr. Jane Roe", "individual", "Professor of Law, University of X", "Individuals"),
        ("John Doe", "individual", None, "Individuals"),
    ]


@pytest.mark.parametrize(
    ("name", "scripts"),
    [
        ("Burma Campaign UK", ["Latn"]),
        ("CDM ရန်ကုန်", ["Latn", "Mymr"]),
        ("ဒို့မြေကွန်ရက် (LIOH)", ["Mymr", "Latn"]),
        ("มูลนิธิ", ["Thai"]),
        ("東京", ["Hani"]),
        ("منظمة", ["Arab"]),
        ("1234", []),
    ],
)
def test_scripts(name: str, scripts: list[str]) -> None:
    assert scripts_of(name) == scripts


def test_link_targets_with_parentheses() -> None:
    text, links = read_links("the [article](https://en.example.org/wiki/Junta_(Myanmar)).")
    assert text == "the article."
    assert links[0].target == "https://en.example.org/wiki/Junta_(Myanmar)"


def test_entries_that_differ_on_their_wrapped_line_are_no_duplicates() -> None:
    text = "1. Burma Campaign\n   UK\n2. Burma Campaign\n   Australia\n3. Burma Campaign\n   UK\n"
    entries, warnings = read_signatories([block("signatories", text)])
    assert [e.name for e in entries] == [
        "Burma Campaign UK",
        "Burma Campaign Australia",
        "Burma Campaign UK",
    ]
    assert [(w.code, w.line) for w in warnings] == [("duplicate_signatory", 5)]


@pytest.mark.parametrize(
    ("statement", "total", "undisclosed"),
    [
        ("Signed by 4 organisations, including 2 that do not wish to disclose their names:", 4, 2),
        ("Signed by 4 organisations, including 2 that asked not to disclose their names:", 4, 2),
        ("Signed by 4 organisations, including 2 who chose to remain anonymous:", 4, 2),
    ],
)
def test_undisclosed_counts_without_a_noun(statement: str, total: int, undisclosed: int) -> None:
    signing = read_signing([block("signing", statement)])
    assert signing is not None
    assert (signing.declared_total, signing.declared_undisclosed) == (total, undisclosed)


def test_an_address_line_city_number_country() -> None:
    blocks = [
        block(
            "recipients",
            "To: President Mahinda Wickramasekara\nPresidential Secretariat\nColombo 1, Sri Lanka",
        )
    ]
    (recipient,) = read_recipients(blocks)
    assert recipient.address == ["Presidential Secretariat", "Colombo 1, Sri Lanka"]


def test_a_titled_name_with_its_office_heads_a_list_not_an_address() -> None:
    blocks = [
        block(
            "recipients",
            "Copy to: H.E. Ms. C Mutasa, Commissioner for Political Affairs\n"
            "         Members of the Peace and Security Council",
        )
    ]
    assert [r.name for r in read_recipients(blocks)] == [
        "H.E. Ms. C Mutasa, Commissioner for Political Affairs",
        "Members of the Peace and Security Council",
    ]


def test_a_two_column_list_is_read_column_by_column() -> None:
    text = (
        "1. Dhul Plains Farmers' Union                 4. Land Rights Watch\n"
        "2. Arvanian Peasant Movement (APM)            5. Seed Sovereignty Network\n"
        "3. Food First Arvania                         6. Rural Women's Assembly\n"
    )
    entries, warnings = read_signatories([block("signatories", text)])
    assert [(e.number, e.name) for e in entries] == [
        (1, "Dhul Plains Farmers' Union"),
        (2, "Arvanian Peasant Movement (APM)"),
        (3, "Food First Arvania"),
        (4, "Land Rights Watch"),
        (5, "Seed Sovereignty Network"),
        (6, "Rural Women's Assembly"),
    ]
    assert entries[1].acronym == "APM"
    assert warnings == []
    for entry in entries:
        assert text[entry.span.start : entry.span.end] == f"{entry.number}. {entry.name}"


GROUPED_BY_COUNTRY = """\
Dear Secretary-General,

We write to ask for an inquiry.

Sincerely,

BANGLADESH (3)
1. Dhaka Rights Forum
2. Chittagong Legal Aid
3. Sylhet Workers Centre

KENYA (4)
1. Nairobi Justice Network
2. Mombasa Fisherfolk Union
3. Kisumu Youth Assembly

REGIONAL NETWORKS (4)
1. Coastal Alliance
   - Coastal Alliance North
   - Coastal Alliance South
2. Delta Forum
"""


def test_each_group_is_checked_against_the_count_its_heading_declares() -> None:
    """BANGLADESH (3) lists three: no warning; KENYA (4) lists three: a warning at its
    heading; REGIONAL NETWORKS (4) makes four with its members: no warning."""
    letter = letterparse.parse(GROUPED_BY_COUNTRY)
    assert [(s.group, s.name) for s in letter.signatories][2:4] == [
        ("BANGLADESH (3)", "Sylhet Workers Centre"),
        ("KENYA (4)", "Nairobi Justice Network"),
    ]
    mismatches = [(w.line, w.message) for w in letter.warnings if w.code == "count_mismatch"]
    assert mismatches == [(12, "the group 'KENYA (4)' declares 4 but lists 3")]


def test_spaces_inside_one_entry_are_no_second_column() -> None:
    entries, _ = read_signatories([block("signatories", "1. Alpha Network      (AN)\n2. Beta\n")])
    assert [e.name for e in entries] == ["Alpha Network      (AN)", "Beta"]


@pytest.mark.parametrize(
    ("declared", "warned"),
    [(3, False), (5, False), (4, True)],  # entries alone, entries and members, neither
)
def test_a_declared_count_may_include_the_members(declared: int, warned: bool) -> None:
    text = (
        f"Dear all,\n\nWe write.\n\nEndorsed by {declared} organisations:\n\n"
        "* Alpha Network\n  - Alpha North\n  - Alpha South\n* Beta Union\n* Gamma Forum\n"
    )
    letter = letterparse.parse(text)
    assert letter.signing is not None
    assert letter.signing.declared_total == declared
    messages = [w.message for w in letter.warnings if w.code == "count_mismatch"]
    assert messages == (
        [f"the statement declares {declared} signatories but the list names 3 (5 with the "
         "members of sub-lists)"] if warned else []
    )  # fmt: skip


@pytest.mark.parametrize(
    ("chrome", "iso"),
    [
        ("Published on 5 October 2022 | Statements | 4 min read", "2022-10-05"),
        ("Posted: March 3, 2023", "2023-03-03"),
        ("Updated on 2023-03-04 · 2 min read", "2023-03-04"),
        ("Published by the Alpha Network | Statements", None),
    ],
)
def test_a_web_page_publication_date_when_the_letter_has_none(chrome: str, iso: str | None) -> None:
    text = f"Home > News\n\n{chrome}\n\nTo: The Mayor\n\nDear Mayor,\n\nWe write to you.\n"
    letter = letterparse.parse(text)
    assert (letter.date.iso if letter.date else None) == iso
    if letter.date is not None:
        span = letter.date.span
        assert text[span.start : span.end] == letter.date.text


def test_the_letter_s_own_date_wins_over_the_page_s() -> None:
    text = (
        "Published on 5 October 2022 | Statements\n\nTo: The Mayor\n\nGeneva, 3 October 2022\n\n"
        "Dear Mayor,\n\nWe write to you.\n"
    )
    date = letterparse.parse(text).date
    assert date is not None
    assert (date.iso, date.place) == ("2022-10-03", "Geneva")


@pytest.mark.parametrize(
    ("statement", "names"),
    [
        (
            "Signed by: Alpha Council, Beta Law Centre\n(BLC), Rivers and Reefs Trust, and Delta.",
            ["Alpha Council", "Beta Law Centre (BLC)", "Rivers and Reefs Trust", "Delta"],
        ),
        ("Endorsed by: Alpha Network, Beta Forum and Gamma Union", ["Alpha Network", "Beta Forum",
                                                                   "Gamma Union"]),
        ("Signatories: Mine Watch (Kenya, Uganda); Dr. Jane Roe", ["Mine Watch (Kenya, Uganda)",
                                                                  "Dr. Jane Roe"]),
    ],
)  # fmt: skip
def test_names_given_inline_in_the_signing_statement(statement: str, names: list[str]) -> None:
    text = f"Dear all,\n\nWe write to you.\n\n{statement}\n"
    letter = letterparse.parse(text)
    assert [entry.name for entry in letter.signatories] == names
    for entry in letter.signatories:  # each span holds its own name, wrapped or not
        source = text[entry.span.start : entry.span.end]
        assert " ".join(source.split()) == entry.name


@pytest.mark.parametrize(
    "statement",
    [
        "Signed by: the organisations listed on our website.",
        "Signed by: Alpha Network. We thank Beta Forum for its help.",
        "Signed by: 12 March 2024",
    ],
)
def test_a_statement_that_is_no_inline_list_names_nobody(statement: str) -> None:
    letter = letterparse.parse(f"Dear all,\n\nWe write to you.\n\n{statement}\n")
    assert letter.signatories == []


def test_names_inline_and_a_list_below_both_sign() -> None:
    text = "Dear all,\n\nWe write.\n\nSigned by: Alpha Network,\nBeta Forum\nGamma Union\n"
    assert [e.name for e in letterparse.parse(text).signatories] == [
        "Alpha Network",
        "Beta Forum",
        "Gamma Union",
    ]
    heading = "Dear all,\n\nWe write.\n\nSignatories: Organisations\n\n1. Delta\n2. Epsilon\n"
    assert [e.name for e in letterparse.parse(heading).signatories] == ["Delta", "Epsilon"]


@pytest.mark.parametrize("mark", ["/s/ ", "(signed) ", "(Signed) ", "Sgd. "])
def test_signature_marks_before_signers_names(mark: str) -> None:
    text = (
        "Dear all,\n\nWe write.\n\nRespectfully submitted,\n\n"
        f"{mark}Margaret A. Thornbury\nPresident\nElsin County Bar Association\n\n"
        f"{mark}Desmond Oyelaran\nExecutive Director\n"
    )
    entries = letterparse.parse(text).signatories
    assert [(e.name, e.kind, e.affiliation) for e in entries] == [
        ("Margaret A. Thornbury", "individual", "President, Elsin County Bar Association"),
        ("Desmond Oyelaran", "individual", "Executive Director"),
    ]


def test_a_formal_dateline() -> None:
    (line,) = split_lines("Dated at Port Elsin, the 3rd day of March, 2023.")
    date, warnings = read_date(line)
    assert (date.text, date.iso, date.place, warnings) == (
        "the 3rd day of March, 2023",
        "2023-03-03",
        "Port Elsin",
        [],
    )


def test_a_letter_pasted_from_markdown() -> None:
    text = (
        "# Open Letter: Protect the Wetlands\n\n**To:** Delphine Aukerman, Mayor of Harrowmere\n"
        "**Cc:** Members of the City Council; Regional Environment Agency\n"
        "**Date:** 21 September 2023\n**Subject:** Route option C\n\nDear Mayor Aukerman,\n\n"
        "We write to you.\n\nSincerely,\n\n**Contact:** Ruth Okafor, Friends of Kesra — "
        "ruth@kesra.example.org\n\n## Signatories\n\n**Organisations**\n\n- Friends of Kesra\n"
        "- River Anglers' Association\n\n**Individuals**\n\n- Dr. Alan Pettigrew\n"
    )
    letter = letterparse.parse(text)
    assert [(r.role, r.name) for r in letter.recipients] == [
        ("to", "Delphine Aukerman, Mayor of Harrowmere"),
        ("cc", "Members of the City Council"),
        ("cc", "Regional Environment Agency"),
    ]
    for recipient in letter.recipients:
        assert text[recipient.span.start : recipient.span.end] == recipient.name
    assert letter.date is not None
    assert letter.date.iso == "2023-09-21"
    assert letter.subject is not None
    assert letter.subject.text == "Route option C"
    assert [(c.name, c.organization, c.email) for c in letter.contacts] == [
        ("Ruth Okafor", "Friends of Kesra", "ruth@kesra.example.org")
    ]
    assert [(s.name, s.group) for s in letter.signatories] == [
        ("Friends of Kesra", "Organisations"),
        ("River Anglers' Association", "Organisations"),
        ("Dr. Alan Pettigrew", "Individuals"),
    ]


@pytest.mark.parametrize(
    ("name", "acronym"),
    [
        ("NATIONAL UNION OF TEXTILE WORKERS (KENYA)", None),
        ("GARMENT WORKERS' UNION (SRI LANKA)", None),
        ("Mine Watch (Global)", None),
        ("Kenya Textile Workers Union (KTWU)", "KTWU"),
    ],
)
def test_a_country_in_capitals_is_no_acronym(name: str, acronym: str | None) -> None:
    (entry,) = letterparse.parse(
        f"Dear all,\n\nWe write.\n\nSignatories:\n\n1. {name}\n"
    ).signatories
    assert entry.acronym == acronym


def test_a_note_on_the_list_before_its_entries() -> None:
    text = (
        "Dear all,\n\nWe write.\n\nSincerely,\n\n"
        "The signatories below sign in their personal capacity. Institutional\n"
        "affiliations are given for identification purposes only.\n\n"
        "Dr. Halima Njoroge – Institute for Delta Studies – Orrinland\n"
        "Rahim Chowdhury-Blake – Orrinland\n"
    )
    letter = letterparse.parse(text)
    assert [b.kind for b in letter.layout][-2:] == ["notes", "signatories"]
    assert [(s.name, s.kind, s.affiliation) for s in letter.signatories] == [
        ("Dr. Halima Njoroge", "individual", "Institute for Delta Studies – Orrinland"),
        ("Rahim Chowdhury-Blake – Orrinland", "individual", None),  # a name and a place
    ]


def test_on_behalf_of_the_following_heads_the_list() -> None:
    text = (
        "Dear all,\n\nWe write.\n\nYours faithfully,\n\n"
        "On behalf of the following member organisations of the Coalition:\n\n"
        "i. Keshmara Rights Network (KRN)\nii. Families of the Disappeared Association\n"
    )
    letter = letterparse.parse(text)
    assert letter.signing is not None
    assert [(s.number, s.name) for s in letter.signatories] == [
        (None, "Keshmara Rights Network (KRN)"),
        (None, "Families of the Disappeared Association"),
    ]


@pytest.mark.parametrize(
    ("statement", "entries"),
    [
        ("Signed by: Alpha Network", [("Alpha Network", "organization", None)]),
        (
            "Signed by: Dr. Jane Roe, Professor of Law, University of Elsin",
            [("Dr. Jane Roe", "individual", "Professor of Law, University of Elsin")],
        ),
        (
            "Signed by: Dr. Jane Roe, Dr. John Doe",
            [("Dr. Jane Roe", "individual", None), ("Dr. John Doe", "individual", None)],
        ),
    ],
)
def test_one_signer_named_inline(
    statement: str, entries: list[tuple[str, str, str | None]]
) -> None:
    letter = letterparse.parse(f"Dear all,\n\nWe write to you.\n\n{statement}\n")
    assert [(s.name, s.kind, s.affiliation) for s in letter.signatories] == entries


def test_a_memo_heading_is_no_forwarded_e_mail() -> None:
    text = (
        "From: Coalition for Clean Rivers\nTo: Hon. Delphine Aukerman, Mayor\n"
        "Cc: Regional Environment Agency\nDate: 3 March 2024\nRe: The bypass\n\n"
        "Dear Mayor,\n\nWe write.\n"
    )
    letter = letterparse.parse(text)
    assert [(r.role, r.name) for r in letter.recipients] == [
        ("to", "Hon. Delphine Aukerman, Mayor"),
        ("cc", "Regional Environment Agency"),
    ]
    assert letter.date is not None
    assert letter.date.iso == "2024-03-03"


def test_a_signer_after_a_close_and_a_heading() -> None:
    text = (
        "Dear all,\n\nWe write.\n\nSincerely,\n\nThe undersigned:\n\nJane Roe\n"
        "Director, Alpha Network\n"
    )
    entries = letterparse.parse(text).signatories
    assert [(e.name, e.kind, e.affiliation) for e in entries] == [
        ("Jane Roe", "individual", "Director, Alpha Network")
    ]


def test_an_entry_with_a_short_biography_is_no_note() -> None:
    text = (
        "Dear all,\n\nWe write.\n\nSignatories:\n\n"
        "Dr. Jane Roe, Senior Lecturer in Human Rights. University of Harrowmere,\n"
        "Faculty of Law, Port Alcott.\n\nDr. John Doe, Canal Trust\n"
    )
    letter = letterparse.parse(text)
    assert "notes" not in [block.kind for block in letter.layout]
    assert [e.name for e in letter.signatories][::2] == ["Dr. Jane Roe", "Dr. John Doe"]


def test_a_first_entry_named_like_a_group_is_an_entry() -> None:
    text = "Dear all,\n\nWe write.\n\nSigned by:\n\nFederation of Trade Unions\n\nAlpha Network\n"
    entries = letterparse.parse(text).signatories
    assert [(e.name, e.group) for e in entries] == [
        ("Federation of Trade Unions", None),
        ("Alpha Network", None),
    ]


@pytest.mark.parametrize(
    ("statement", "entries"),
    [
        ("Signatories: See attached list.", []),
        ("Endorsed by: Over 200 organisations (see list below)", []),
        (
            "Signed by: Alpha Network and Dr. Jane Roe.",
            [("Alpha Network", "organization", None), ("Dr. Jane Roe", "individual", None)],
        ),
        (
            "Signed by: Prof. Jane Roe and Dr. John Doe.",
            [("Prof. Jane Roe", "individual", None), ("Dr. John Doe", "individual", None)],
        ),
        (
            "Signed by: Jane Roe, Harbour Forum; John Doe, Canal Trust.",
            [
                ("Jane Roe", "individual", "Harbour Forum"),
                ("John Doe", "individual", "Canal Trust"),
            ],
        ),
    ],
)
def test_inline_names_read_with_care(
    statement: str, entries: list[tuple[str, str, str | None]]
) -> None:
    letter = letterparse.parse(f"Dear all,\n\nWe write to you.\n\n{statement}\n")
    assert [(s.name, s.kind, s.affiliation) for s in letter.signatories] == entries


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("CC: Mr. Tan (Ministry of Health; Department of Water)", [
            "Mr. Tan (Ministry of Health; Department of Water)"]),
        ("Cc: Office of the Mayor; and the Regional Agency", [
            "Office of the Mayor", "the Regional Agency"]),
    ],
)  # fmt: skip
def test_semicolons_between_addressees(line: str, names: list[str]) -> None:
    text = f"To: The Council\n{line}\n\nDear all,\n\nWe write.\n"
    recipients = letterparse.parse(text).recipients
    assert [r.name for r in recipients[1:]] == names
    for recipient in recipients:
        assert text[recipient.span.start : recipient.span.end] == recipient.name


def test_an_addressed_organisation_that_also_signs_stays_the_addressee() -> None:
    text = (
        "Riverside Tenants Union\n12 Mill Street\n\n3 March 2024\n\n"
        "Dear members of the Riverside Tenants Union,\n\nWe write.\n\nSigned:\n\n"
        "- Riverside Tenants Union\n- Canal Trust\n"
    )
    letter = letterparse.parse(text)
    assert [r.name for r in letter.recipients] == ["Riverside Tenants Union"]


def test_a_short_heading_before_a_page_break_is_no_paragraph_s_start() -> None:
    text = (
        "Dear all,\n\nWe write to you at length about the region.\n\nOur three demands\n\n"
        "Page 1 of 2\n\nfirst, stop the evictions.\n"
    )
    assert len(letterparse.parse(text).body) == 3


def test_share_this_in_a_paragraph_is_prose() -> None:
    text = "Dear all,\n\nShare this: our concern is growing.\n\nWe write.\n"
    letter = letterparse.parse(text)
    assert [b.kind for b in letter.layout] == ["salutation", "paragraph", "paragraph"]


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Published on 5 October 2022 by Admin", "2022-10-05"),
        ("Dated: 3 March 2023", "2023-03-03"),
    ],
)
def test_more_date_labels(line: str, iso: str) -> None:
    date = letterparse.parse(f"{line}\n\nDear all,\n\nWe write.\n").date
    assert date is not None
    assert date.iso == iso


def test_don_is_no_title() -> None:
    text = "Don Valley Residents Association\n\nDear all,\n\nWe write.\n"
    assert letterparse.parse(text).recipients == []


def test_a_german_letter() -> None:
    text = (
        "Frau Dr. Helga Brandtner\nBundesministerin für Handel\n\nBerlin, den 3. März 2023\n\n"
        "Betreff: Wirksame Kontrollen\n\nSehr geehrte Frau Ministerin,\n\n"
        "wir bitten Sie daher,\n- die Aufsicht zu stärken,\n- die Berichte zu veröffentlichen.\n\n"
        "Mit freundlichen Grüßen\n\nAnsprechpartner: Lukas Fernholt; lukas@example.org\n\n"
        "Unterzeichnende Organisationen:\n- Netzwerk Textilgerechtigkeit e. V.\n"
        "- Kampagne Saubere Mode (KSM)\n\nUnterzeichnende Einzelpersonen:\n"
        "- Prof. Dr. Jana Weidemeyer, Hochschule Elbtal\n"
    )
    letter = letterparse.parse(text)
    assert [r.name for r in letter.recipients] == ["Frau Dr. Helga Brandtner"]
    assert letter.date is not None
    assert (letter.date.iso, letter.date.place) == ("2023-03-03", "Berlin")
    assert letter.subject is not None
    assert letter.subject.text == "Wirksame Kontrollen"
    assert letter.salutation is not None
    assert letter.closing is not None
    assert letter.closing.text == "Mit freundlichen Grüßen"
    assert [p.kind for p in letter.body] == ["paragraph", "list_item", "list_item"]
    assert [(c.name, c.email) for c in letter.contacts] == [("Lukas Fernholt", "lukas@example.org")]
    assert [(s.name, s.kind, s.acronym, s.group) for s in letter.signatories] == [
        (
            "Netzwerk Textilgerechtigkeit e. V.",
            "organization",
            None,
            "Unterzeichnende Organisationen",
        ),
        ("Kampagne Saubere Mode (KSM)", "organization", "KSM", "Unterzeichnende Organisationen"),
        ("Prof. Dr. Jana Weidemeyer", "individual", None, "Unterzeichnende Einzelpersonen"),
    ]


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        ("Marta Oyelaran (Fishmongers' Cooperative)",
         ("Marta Oyelaran", "individual", "Fishmongers' Cooperative", None)),
        ("Dr. Ines Kowalczyk (Coastal Research Group, University of Velmar)",
         ("Dr. Ines Kowalczyk", "individual", "Coastal Research Group, University of Velmar",
          None)),
        ("Alcott Bay Sea Scouts (3rd Port Alcott Group)",
         ("Alcott Bay Sea Scouts (3rd Port Alcott Group)", "organization", None, None)),
        ("Coastal Rights Collective (CRC) – Marisol Bay",
         ("Coastal Rights Collective (CRC) – Marisol Bay", "organization", None, "CRC")),
        ("Women Lawyers' Network (WLNT): Adaeze Holm, Coordinator",
         ("Women Lawyers' Network (WLNT): Adaeze Holm, Coordinator", "organization", None, "WLNT")),
    ],
)  # fmt: skip
def test_parentheses_after_a_name(
    entry: str, expected: tuple[str, str, str | None, str | None]
) -> None:
    text = f"Dear all,\n\nWe write.\n\nSignatories:\n\n{entry}\nBeta Forum\n"
    first = letterparse.parse(text).signatories[0]
    assert (first.name, first.kind, first.affiliation, first.acronym) == expected


def test_more_signing_statements_and_headings() -> None:
    annex = "Dear all,\n\nWe write.\n\nSincerely,\n\nOn behalf of the 2 organisations listed in the Annex\n\nANNEX: LIST OF SIGNATORIES\n\n01. Alpha Network\n02. Beta Forum (BF)*\n"  # noqa: E501
    letter = letterparse.parse(annex)
    assert letter.signing is not None
    assert letter.signing.declared_total == 2
    assert [(s.number, s.name, s.acronym) for s in letter.signatories] == [
        (1, "Alpha Network", None),
        (2, "Beta Forum (BF)*", "BF"),
    ]
    assert [w.code for w in letter.warnings] == []
    withheld = "Dear all,\n\nWe write.\n\nSigned by 3 organisations, including 1 whose name is withheld:\n\n1. Alpha\n2. Beta\n"  # noqa: E501
    signing = letterparse.parse(withheld).signing
    assert signing is not None
    assert (signing.declared_total, signing.declared_undisclosed) == (3, 1)
    bilingual = "Dear all,\n\nWe write.\n\nSignatories / လက်မှတ်ရေးထိုးသူများ\n\nOrganisations / အဖွဲ့အစည်းများ\n\n1. Alpha\n"  # noqa: E501
    entries = letterparse.parse(bilingual).signatories
    assert [(s.name, s.group) for s in entries] == [("Alpha", "Organisations / အဖွဲ့အစည်းများ")]


def test_a_sender_s_reference_is_no_addressee() -> None:
    text = (
        "Our ref: LH/2024/117\n\nMs. Giulia Marwick\nDirector\n\nDear Ms. Marwick,\n\nWe write.\n"
    )
    assert [r.name for r in letterparse.parse(text).recipients] == ["Ms. Giulia Marwick"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "On behalf of the members of our network, we urge you to act now\nto release them.",
        "We write on behalf of the members of our coalition and the communities they\nserve.",
        "Update: on 4 March the court adjourned the hearing.",
        "Updated figures from UNHCR: 1.2 million people have fled.",
        "The ministry has not\nupdated its list of detainees since January: families wait.",
        "Distinguished members of the Council will recall that in 2021 the\nauthorities acted.",
        "Greetings from the families of those detained",
        "Our reference: the report of the Special Rapporteur of last year.",
    ],
)
def test_prose_that_starts_like_a_heading_stays_in_the_body(paragraph: str) -> None:
    closing = "We look forward to your reply.\n\nSincerely,\n"
    text = f"Dear Minister,\n\nWe write.\n\n{paragraph}\n\n{closing}"
    letter = letterparse.parse(text)
    assert len(letter.body) == 3
    assert " ".join(paragraph.split()) == letter.body[1].text
    assert letter.signatories == []


@pytest.mark.parametrize(
    "statement",
    [
        "Signatories: Organisations from Myanmar",
        "Signed by: Members of the Alliance",
        "Signatories: Organisations and Individuals",
        "Signatories: Alpha Network, Beta Forum",
    ],
)
def test_a_statement_above_a_list_describes_it(statement: str) -> None:
    text = f"Dear all,\n\nWe write.\n\n{statement}\n\n1. Alpha Network\n2. Beta Forum\n"
    letter = letterparse.parse(text)
    assert [e.name for e in letter.signatories] == ["Alpha Network", "Beta Forum"]
    assert letter.warnings == []


@pytest.mark.parametrize(
    ("entry", "name", "affiliation"),
    [
        ("Progressive Voice (Myanmar)", "Progressive Voice (Myanmar)", None),
        ("Common Cause (US)", "Common Cause (US)", None),
        ("Jane Roe (Harbour Forum)", "Jane Roe", "Harbour Forum"),
    ],
)
def test_a_place_in_parentheses_is_no_affiliation(
    entry: str, name: str, affiliation: str | None
) -> None:
    text = f"Dear all,\n\nWe write.\n\nSignatories:\n\n{entry}\nAlpha Network\n"
    first = letterparse.parse(text).signatories[0]
    assert (first.name, first.affiliation) == (name, affiliation)


def test_a_list_in_a_markdown_table() -> None:
    text = (
        "Dear all,\n\nWe write.\n\nSignatories:\n\n| No. | Organisation | Country |\n"
        "|----:|:-------------|:--------|\n| 1 | Assembly Watch | Sorvenia |\n"
        "| 2 | Helsinki Committee (SHC) | Sorvenia |\n"
    )
    entries = letterparse.parse(text).signatories
    assert [(e.number, e.name, e.acronym) for e in entries] == [
        (1, "Assembly Watch", None),
        (2, "Helsinki Committee (SHC)", "SHC"),
    ]
    for entry in entries:
        assert text[entry.span.start : entry.span.end] == entry.name


@pytest.mark.parametrize("separator", [" | ", "; "])
def test_two_names_on_a_line(separator: str) -> None:
    rows = (
        f"Civic Forum{separator}Journalists of Ardenia (AIJA)\nLaw Centre{separator}Youth Council\n"
    )
    text = f"Dear all,\n\nWe write.\n\nSignatories:\n\n{rows}"
    entries = letterparse.parse(text).signatories
    assert [e.name for e in entries] == [
        "Civic Forum",
        "Journalists of Ardenia (AIJA)",
        "Law Centre",
        "Youth Council",
    ]
    for entry in entries:
        assert text[entry.span.start : entry.span.end] == entry.name


def test_an_alphabetical_list() -> None:
    text = (
        "Dear all,\n\nWe write.\n\nRespectfully,\n\n"
        "The following 3 organisations endorse this letter:\n\n"
        "A\nAction for Rivers\nAlliance of Peoples (AP)\n\nB\nBank Watch\n"
    )
    letter = letterparse.parse(text)
    assert letter.signing is not None
    assert letter.signing.declared_total == 3
    assert [(e.name, e.group) for e in letter.signatories] == [
        ("Action for Rivers", "A"),
        ("Alliance of Peoples (AP)", "A"),
        ("Bank Watch", "B"),
    ]


def test_signature_marks_and_placeholders() -> None:
    text = (
        "Dear all,\n\nWe write.\n\nWith respect,\n\n(signed)\nMarta Kovacic\n"
        "President, Velmora Forum\n\n[signature]\nHalvard Mense\nCoordinator\n\n"
        "Enclosure: List of 37 documented cases\n"
    )
    letter = letterparse.parse(text)
    assert letter.closing is not None
    assert letter.closing.text == "With respect,"
    assert [(e.name, e.kind) for e in letter.signatories] == [
        ("Marta Kovacic", "individual"),
        ("Halvard Mense", "individual"),
    ]
    assert [b.kind for b in letter.layout][-1] == "notes"


def test_signers_side_by_side() -> None:
    text = (
        "Dear all,\n\nWe write.\n\nYours sincerely,\n\n"
        "Amaru Quispe          Dr. Leontyne Abara\n"
        "Executive Director    Programme Lead\n"
        "Andean Observatory    Coastal Alliance\n"
    )
    entries = letterparse.parse(text).signatories
    assert [(e.name, e.affiliation) for e in entries] == [
        ("Amaru Quispe", "Executive Director, Andean Observatory"),
        ("Dr. Leontyne Abara", "Programme Lead, Coastal Alliance"),
    ]
    for entry in entries:
        assert text[entry.span.start : entry.span.end].startswith(entry.name)


def test_a_demand_to_sign_is_prose() -> None:
    text = (
        "Dear all,\n\nWe urge all member States to sign and ratify the following instruments:\n\n"
        "1. the Convention\n2. the Protocol\n\nWe look forward to your reply.\n\nSincerely,\n\n"
        "Signatories:\n\nAlpha Network\n"
    )
    letter = letterparse.parse(text)
    assert [p.kind for p in letter.body] == ["paragraph", "list_item", "list_item", "paragraph"]
    assert [s.name for s in letter.signatories] == ["Alpha Network"]


def test_a_list_after_signers_is_a_list() -> None:
    text = (
        "Dear all,\n\nWe write.\n\nSincerely,\n\nJane Roe\nDirector, Alpha Network\n\n"
        "Also signed by:\n\nJohn Doe\nMary Major\nAnn Lee\n"
    )
    entries = letterparse.parse(text).signatories
    assert [e.name for e in entries] == ["Jane Roe", "John Doe", "Mary Major", "Ann Lee"]


def test_wide_spacing_inside_a_signer_s_name() -> None:
    text = "Dear all,\n\nWe write.\n\nSincerely,\n\nMaria   Cruz\nDirector, Alpha Network\n"
    entries = letterparse.parse(text).signatories
    assert [(e.name, e.kind) for e in entries] == [("Maria   Cruz", "individual")]


@pytest.mark.parametrize(
    ("rows", "names"),
    [
        ("Friends of the Earth; Scotland branch\nAlpha Network\n",
         ["Friends of the Earth; Scotland branch", "Alpha Network"]),
        ("Gamma Trust | Kenya\nDelta Forum | Nairobi\n",
         ["Gamma Trust | Kenya", "Delta Forum | Nairobi"]),
        ("| 1. | Alpha Network |\n| 2. | Beta Forum |\n", ["Alpha Network", "Beta Forum"]),
        ("| 1 | Beta Forum | Chad |\n|  | Gamma Union | Chad |\n", ["Beta Forum", "Gamma Union"]),
        ("| Alpha Network | 1200 |\n| Beta Forum | 300 |\n", ["Alpha Network", "Beta Forum"]),
    ],
)  # fmt: skip
def test_cells_only_where_they_are_laid_out(rows: str, names: list[str]) -> None:
    text = f"Dear all,\n\nWe write.\n\nSignatories:\n\n{rows}"
    entries = letterparse.parse(text).signatories
    assert [e.name for e in entries] == names
    for entry in entries:
        assert entry.name in text[entry.span.start : entry.span.end]
    assert all(e.number in (None, 1, 2) for e in entries)


def test_index_letters_under_a_group_keep_the_group() -> None:
    text = "Dear all,\n\nWe write.\n\nIndividuals:\n\nB\nBo Bo\nBen Smith\n"
    entries = letterparse.parse(text).signatories
    assert [(e.name, e.group, e.kind) for e in entries] == [
        ("Bo Bo", "Individuals", "individual"),
        ("Ben Smith", "Individuals", "individual"),
    ]


@pytest.mark.parametrize("note", ["Last updated: 5 March 2024", "Updated list (12 March): 3 more"])
def test_update_notes_after_the_list(note: str) -> None:
    text = f"Dear all,\n\nWe write.\n\nSignatories:\n\n1. Alpha\n2. Beta\n\n{note}\n"
    letter = letterparse.parse(text)
    assert [e.name for e in letter.signatories] == ["Alpha", "Beta"]
    assert letter.layout[-1].kind == "notes"


@pytest.mark.parametrize("line", ["Annex: the full report is attached.", "Attachment: see below."])
def test_an_annex_line_in_the_body_is_prose(line: str) -> None:
    letter = letterparse.parse(f"Dear all,\n\nWe write.\n\n{line}\n\nWe thank you.\n")
    assert len(letter.body) == 3
