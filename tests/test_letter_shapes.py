"""Letters in the shapes of issue #3, with the facts a correct parser reads from each.

Every fixture in ``fixtures/letters/shapes`` was written by hand, and every
expectation below was read off the letter by a person, not produced by the parser.

Conventions the expectations follow (beyond DESIGN.md):

- a line is named by its content with surrounding blanks removed and no-break
  spaces read as spaces, so the expectations do not depend on line numbers;
- ``"head…tail"`` as an expected paragraph text means: starts with ``head``, ends
  with ``tail``; any other string is the whole text;
- the signer lines after a complimentary close (name / title / organisation) are one
  individual; blocks of such lines separated by a blank line are one individual each;
- the signing statement is the statement that declares the counts ("Signed by 40 …",
  or a body paragraph opening "We, the undersigned 286 organizations, …", so that the
  counts trace to their line); without one, the heading that introduces the list
  ("Signatories:", "Endorsed by:", "Co-signed by", "The undersigned", "List of
  signatories"), with null counts; group headings ("Organisations:",
  "Myanmar organisations") are layout ``signatory_group`` and give ``group`` without
  the colon;
- a title line before the addressees is the header; an unlabelled title line between
  the date and the salutation is a subject with a null label;
- ``Date.text`` keeps a weekday ("Friday, 1 March 2024") and drops the place;
- no-break spaces inside names read as plain spaces; zero-width spaces vanish;
- warnings point at: the date line (ambiguous_date), the entry after the gap
  (numbering_gap), the second entry with the repeated number (numbering_repeat),
  the second occurrence of the duplicated name (duplicate_signatory), the signing
  statement (count_mismatch), the first undecodable line (legacy_encoding).
"""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass

import pytest

import letterparse
from letterparse import Letter, Signatory

from .conftest import LETTERS
from .invariants import assert_letter_invariants, every_signatory

SHAPES = LETTERS / "shapes"

_NEWLINE = re.compile(r"\r\n|\r|\n")
_BLANK = "\t\n\x0b\x0c\r \xa0\u200b\u2060\ufeff"
_ODD_SPACES = str.maketrans({"\xa0": " ", "\t": " ", "\u200b": ""})


# --- the expected facts --------------------------------------------------------------


@dataclass(frozen=True)
class S:
    """An expected signatory."""

    name: str
    number: int | None = None
    kind: str | None = "organization"
    acronym: str | None = None
    affiliation: str | None = None
    group: str | None = None
    members: tuple[S, ...] = ()


def org(
    name: str,
    number: int | None = None,
    *,
    acronym: str | None = None,
    members: tuple[S, ...] = (),
) -> S:
    return S(name=name, number=number, acronym=acronym, members=members)


def person(name: str, affiliation: str | None, number: int | None = None) -> S:
    return S(name=name, number=number, kind="individual", affiliation=affiliation)


def entries(*items: str | S, start: int | None = 1, group: str | None = None) -> tuple[S, ...]:
    """A list as written: strings are organisations without acronym; numbered from
    ``start`` (None: unnumbered), all in ``group``."""
    found: list[S] = []
    for index, item in enumerate(items):
        entry = org(item) if isinstance(item, str) else item
        number = None if start is None else start + index
        found.append(dataclasses.replace(entry, number=number, group=group))
    return tuple(found)


def members(*names: str | S) -> tuple[S, ...]:
    return entries(*names, start=None)


Recipient = tuple[str, str, tuple[str, ...]]
"""role, name, address lines"""


@dataclass(frozen=True, kw_only=True)
class Expected:
    encoding: str = "utf-8"
    newline: str = "\n"
    header: tuple[str | None, tuple[str, ...]] | None = None
    """title, lines"""
    recipients: tuple[Recipient, ...]
    date: tuple[str, str | None, str | None, str] | None
    """text, iso, place, the line it stands on"""
    subject: tuple[str | None, str] | None
    """label, text"""
    salutation: str | None
    body: tuple[tuple[str, str | None, str], ...]
    """kind, marker, text ("head…tail" for a prefix and suffix)"""
    links: tuple[tuple[int, str, str], ...] = ()
    """paragraph index, link text, target"""
    closing: str | None = None
    contacts: tuple[tuple[str | None, str | None, str | None, str | None], ...] = ()
    """name, organization, email, phone"""
    signing: tuple[str, int | None, int | None] | None = None
    """text, declared_total, declared_undisclosed"""
    signatories: tuple[S, ...]
    warnings: tuple[tuple[str, str | None], ...] = ()
    """(code, the line it is at as written, or None for the letter as a whole)."""
    """code, the line it points at"""
    layout: tuple[tuple[str, str], ...] = ()
    """line, kind: every line written so is in a block of that kind"""
    never: tuple[str, ...] = ()
    """text that is chrome or a page artefact: never in the body nor in a signatory"""


EXPECTED: dict[str, Expected] = {}


# 1. An open letter to the UN Secretary-General: letterhead, postal address block,
#    dateline with place, Subject:, hard-wrapped paragraphs, a numbered list of
#    demands wrapped over two lines, "Sincerely," and the signer's name/title/org.
EXPECTED["01-open-letter-secretary-general"] = Expected(
    header=("OPEN LETTER", ("OPEN LETTER",)),
    recipients=(
        (
            "to",
            "H.E. Ms. Ilse Maranatha Okafor",
            (
                "United Nations Secretary-General",
                "United Nations Secretariat",
                "405 East 42nd Street",
                "New York, NY 10017",
            ),
        ),
    ),
    date=("24 January 2022", "2022-01-24", "New York", "New York, 24 January 2022"),
    subject=("Subject:", "Urgent protection of detained land defenders in the Tessaly Highlands"),
    salutation="Dear Secretary-General,",
    body=(
        (
            "paragraph",
            None,
            "We write to you as organisations working with farming and indigenous "
            "communities in the Tessaly Highlands, where at least 64 land defenders have "
            "been detained since the state of emergency was declared in October 2021. Many "
            "of them are held without charge, without access to lawyers of their choosing, "
            "and without any contact with their families.",
        ),
        (
            "paragraph",
            None,
            "Our partners on the ground report that detainees…"
            "have not opened any investigation into the deaths.",
        ),
        ("paragraph", None, "We respectfully urge you to use your good offices to:"),
        (
            "list_item",
            "1.",
            "Call publicly on the authorities to release every land defender detained "
            "solely for peaceful protest or for defending community land;",
        ),
        (
            "list_item",
            "2.",
            "Request immediate and unhindered access to all places of detention for the "
            "Office of the High Commissioner for Human Rights;",
        ),
        (
            "list_item",
            "3.",
            "Raise the deaths in custody with the Permanent Mission in New York and ask for "
            "an independent, impartial and prompt investigation;",
        ),
        (
            "list_item",
            "4.",
            "Ensure that the situation in the Tessaly Highlands is placed on the agenda of "
            "your next briefing to the Security Council.",
        ),
        ("paragraph", None, "The communities of the Highlands…they are counting on your voice."),
        (
            "paragraph",
            None,
            "We thank you for your attention and remain at your disposal for any further "
            "information.",
        ),
    ),
    closing="Sincerely,",
    signatories=(
        person(
            "Mariela Ostrowska-Dlamini",
            "Executive Director, Coalition for Civic Space in the Highlands",
        ),
    ),
    layout=(
        ("OPEN LETTER", "header"),
        ("H.E. Ms. Ilse Maranatha Okafor", "recipients"),
        ("405 East 42nd Street", "recipients"),
        ("New York, NY 10017", "recipients"),
        ("New York, 24 January 2022", "date"),
        ("Dear Secretary-General,", "salutation"),
        ("We respectfully urge you to use your good offices to:", "paragraph"),
        ("for the Office of the High Commissioner for Human Rights;", "list_item"),
        ("Sincerely,", "closing"),
        ("Mariela Ostrowska-Dlamini", "signatories"),
        ("Executive Director", "signatories"),
        ("Coalition for Civic Space in the Highlands", "signatories"),
    ),
)

# 2. A joint statement pasted from a web page: chrome before and after, a title line,
#    "February 24th, 2021", no salutation, a "•" list in the body, "Signatories:" and
#    a "•" bulleted list.
_WEB_HEADER = (
    "Home / News / Statements",
    "Statement 1586 Views",
    "Joint Statement: Stop the Forced Returns of Refugees to Kestria",
    "Author: Lowland Rights Watch",
    "13 minute read",
    "Featured image",
)
_WEB_TRAILER = (
    "Share this",
    "Facebook",
    "Email",
    "Print",
    "Related posts",
    "Kestria: Release Detained Student Leaders Now",
    "January 12th, 2021",
    "Joint Letter to the Regional Ombudsman on Border Pushbacks",
    "December 3rd, 2020",
)
EXPECTED["02-web-page-joint-statement"] = Expected(
    header=("Joint Statement: Stop the Forced Returns of Refugees to Kestria", _WEB_HEADER),
    recipients=(),
    date=("February 24th, 2021", "2021-02-24", None, "February 24th, 2021"),
    subject=None,
    salutation=None,
    body=(
        (
            "paragraph",
            None,
            "We, the undersigned organisations, are deeply alarmed…"
            "are now at risk of being sent back against their will.",
        ),
        ("paragraph", None, "Since the armed forces seized control…relatives remain missing."),
        ("paragraph", None, "Returning refugees to a place…for reasons of cost or convenience."),
        ("paragraph", None, "We call on the Government of Valdoria to:"),
        (
            "list_item",
            "•",
            "Suspend all planned returns to Kestria until an independent assessment shows "
            "that people can return in safety and dignity;",
        ),
        (
            "list_item",
            "•",
            "Give every person facing return access to a fair and individual asylum "
            "procedure, with free legal assistance;",
        ),
        (
            "list_item",
            "•",
            "Allow the United Nations refugee agency and independent monitors full access "
            "to the border transit centres.",
        ),
        (
            "paragraph",
            None,
            "We also call on donor governments…not turned against the refugees themselves.",
        ),
    ),
    signing=("Signatories:", None, None),
    signatories=entries(
        "Lowland Rights Watch",
        "Asylum Access Collective – Marenburg",
        org("Centre for Migration and Dignity (CMD)", acronym="CMD"),
        "Coastal Refugee Legal Aid Network",
        org("Federation of Kestrian Associations Abroad (FKAA)", acronym="FKAA"),
        "Harbour Street Law Centre",
        "Mothers Without Borders – Valdoria Chapter",
        "Northern Corridor Humanitarian Forum",
        "Open Doors Refugee Support Group",
        org("Refugee Women's Voice (RWV)", acronym="RWV"),
        "Solidarity Bridge Foundation",
        "Tidewater Human Rights Initiative",
        start=None,
    ),
    layout=(
        *((line, "header") for line in _WEB_HEADER),
        ("February 24th, 2021", "date"),
        ("We call on the Government of Valdoria to:", "paragraph"),
        ("Signatories:", "signing"),
        ("• Lowland Rights Watch", "signatories"),
        ("• Tidewater Human Rights Initiative", "signatories"),
        *((line, "trailer") for line in _WEB_TRAILER),
    ),
    never=(*_WEB_HEADER, *_WEB_TRAILER),
    warnings=(("missing_addressee", None),),
)

# 3. A letter to the Security Council: To:, Cc: with continuation lines, RE:, the date
#    after the subject, "a)" demands, "Signed," and a grouped list whose numbering
#    restarts, individuals with affiliations.
EXPECTED["03-security-council-grouped"] = Expected(
    recipients=(
        (
            "to",
            "H.E. Ms. Adaeze Lindqvist, President of the United Nations Security Council",
            (),
        ),
        ("cc", "Members of the United Nations Security Council", ()),
        ("cc", "United Nations Special Envoy for Kestria", ()),
        ("cc", "United Nations High Commissioner for Refugees", ()),
    ),
    date=("1st March 2024", "2024-03-01", None, "1st March 2024"),
    subject=(
        "RE:",
        "Civilians trapped in the siege of Port Halvard need immediate humanitarian access",
    ),
    salutation="Dear President and Members of the Security Council,",
    body=(
        ("paragraph", None, "We are writing to you as humanitarian…under siege for 143 days."),
        ("paragraph", None, "An estimated 90,000 civilians…dying of preventable diseases."),
        ("paragraph", None, "We therefore call on the Council to:"),
        (
            "list_item",
            "a)",
            "Demand that all parties allow safe, rapid and unimpeded humanitarian access to "
            "Port Halvard, including through the northern coastal road;",
        ),
        (
            "list_item",
            "b)",
            "Request the Secretary-General to report to the Council within thirty days on "
            "compliance with this demand;",
        ),
        ("list_item", "c)", "Establish a mechanism to monitor attacks…in and around the city."),
        (
            "paragraph",
            None,
            "The people of Port Halvard cannot wait for another round of consultations. "
            "Every week of delay is measured in lives lost. We urge you to act now.",
        ),
    ),
    closing="Signed,",
    signatories=(
        *entries(
            "Port Halvard Civil Defence Volunteers",
            org("Kestrian Network for Humanitarian Access (KNHA)", acronym="KNHA"),
            "Medics for the Coast",
            "Harbour Interfaith Council",
            "Children of the Delta Foundation",
            org("Water and Sanitation Action Kestria (WASAK)", acronym="WASAK"),
            "Centre for Civilians in Armed Conflict – Marenburg",
            "Women Peacebuilders of the Southern Coast",
            org("International Committee for Refugee Protection (ICRP)", acronym="ICRP"),
            "Legal Aid for Displaced Persons",
            "Eastern Seaboard Human Rights Commission",
            "Humanitarian Law Observatory",
            group="Organisations",
        ),
        *entries(
            person(
                "Dr. Oluwaseun Brandt-Achebe",
                "Professor of International Law, University of Marenburg",
            ),
            person("Prof. Lucia Vasquez-Thorne", "Chair of Refugee Studies, Northfield College"),
            person("Rev. Tobias Ekwueme", "Director, Harbour Interfaith Council"),
            person("Ms. Anjali Korrapati", "Humanitarian Coordinator (retired)"),
            person("Mr. Henrik Solvang", "former Special Adviser on Humanitarian Affairs"),
            group="Individuals",
        ),
    ),
    layout=(
        ("United Nations Special Envoy for Kestria", "recipients"),
        ("1st March 2024", "date"),
        (
            "b) Request the Secretary-General to report to the Council within thirty days on "
            "compliance with this demand;",
            "list_item",
        ),
        ("Signed,", "closing"),
        ("Organisations:", "signatory_group"),
        ("Individuals:", "signatory_group"),
        ("12. Humanitarian Law Observatory", "signatories"),
    ),
)

# 4. PDF text: CRLF, a form feed and a running header at the top of pages 2-4,
#    "Page N of 4" footers, a numbered list continuing across pages.
_PDF_RUNNING_HEADER = "Civil society letter on the Saravan mandate"
_PDF_PAGES = tuple(f"Page {page} of 4" for page in range(1, 5))
EXPECTED["04-pdf-human-rights-council"] = Expected(
    newline="\r\n",
    header=(
        "Joint letter to the Human Rights Council on the situation in Saravan",
        ("Joint letter to the Human Rights Council on the situation in Saravan",),
    ),
    recipients=(
        ("to", "Members and Observer States of the United Nations Human Rights Council", ()),
    ),
    date=("June 14, 2023", "2023-06-14", None, "June 14, 2023"),
    subject=("Re:", "Renewal of the mandate of the Special Rapporteur on Saravan"),
    salutation="Your Excellencies,",
    body=(
        (
            "paragraph",
            None,
            "Ahead of the 53rd session of the Human Rights Council, we, the undersigned civil "
            "society organisations, urge your delegations to support the renewal of the "
            "mandate of the Special Rapporteur on the situation of human rights in Saravan "
            "for a further period of one year.",
        ),
        ("paragraph", None, "Over the past twelve months…have not responded to communications."),
        ("paragraph", None, "The mandate remains the only…often at great personal risk."),
        (
            "paragraph",
            None,
            "Ending the mandate now would send a message that persistent refusal to "
            "cooperate with the Council is rewarded. It would also leave victims and their "
            "families without a channel to seek recognition and redress.",
        ),
        ("paragraph", None, "We therefore ask your delegations…co-sponsor it where possible."),
    ),
    signing=("Signed by 40 organisations:", 40, None),
    signatories=entries(
        "Saravan Lawyers for Justice",
        "Committee for the Release of Journalists in Saravan",
        "Eastern Plains Women's Network",
        org("Association of Families of the Disappeared (AFD)", acronym="AFD"),
        "Saravan Independent Media Centre",
        org("Regional Alliance for Human Rights Defenders (RAHRD)", acronym="RAHRD"),
        "Youth for Democratic Change – Saravan",
        "Northern Districts Farmers' Union",
        "Lowland Human Rights Consortium",
        "Prison Conditions Monitor",
        "Torture Survivors Rehabilitation Centre",
        "Freedom of Expression Forum",
        "Network of Independent Trade Unions",
        "Human Rights Education Trust",
        "Institute for Transitional Justice Studies",
        "Minority Rights Collective of Saravan",
        "Students' Union of the National University (in exile)",
        "Free Press Defence Fund",
        org("Coalition Against Arbitrary Detention (CAAD)", acronym="CAAD"),
        "Rural Women's Legal Clinic",
        "Democratic Voice Radio",
        "Saravan Diaspora Council – Marenburg",
        "Centre for Peace and Conflict Studies",
        "Disability Rights Alliance",
        "Teachers' Solidarity Committee",
        "Forum for Religious Freedom",
        "Health Workers for Human Rights",
        "Indigenous Peoples' Assembly of the Eastern Plains",
        "Land Rights Action Network",
        org("Legal Defence Network for Protesters (LDNP)", acronym="LDNP"),
        "Mothers of Political Prisoners",
        "Open Society Initiative for the Plains",
        "Refugee Support Centre of the Northern Border",
        "Saravan Human Rights Documentation Project",
        "Scholars at Risk Network – Saravan Chapter",
        org("South Asian Forum for Civic Freedoms (SAFCF)", acronym="SAFCF"),
        "Transparency and Accountability Watch",
        "Urban Poor Federation",
        "Victims' Voices Association",
        "Writers in Exile Circle",
    ),
    layout=(
        ("Joint letter to the Human Rights Council on the situation in Saravan", "header"),
        ("To Members and Observer States of the United Nations Human Rights Council", "recipients"),
        *((page, "page_artifact") for page in _PDF_PAGES),
        (_PDF_RUNNING_HEADER, "page_artifact"),
        ("Ending the mandate now would send a message that persistent refusal to", "paragraph"),
        ("Signed by 40 organisations:", "signing"),
        ("14. Human Rights Education Trust", "signatories"),
        ("15. Institute for Transitional Justice Studies", "signatories"),
        ("33. Refugee Support Centre of the Northern Border", "signatories"),
    ),
    never=(*_PDF_PAGES, _PDF_RUNNING_HEADER),
)

# 5. An e-mail in UTF-16: TO: with several lines, Copy to:, Ref:, an ISO date,
#    paragraphs marked by a first-line indent, "Yours faithfully," and two signers.
EXPECTED["05-email-ministers-indented"] = Expected(
    encoding="utf-16-le",
    recipients=(
        ("to", "Ms. Ingrid Falkenrath, Minister of Foreign Affairs of Norland", ()),
        ("to", "Mr. Tomasz Wielgosz, Minister of Justice of Norland", ()),
        (
            "to",
            "Members of the Standing Committee on Human Rights, Parliament of Norland",
            (),
        ),
        ("cc", "Office of the Ombudsperson of Norland", ()),
        ("cc", "Ambassador of Norland to the Republic of Valdoria", ()),
    ),
    date=("2022-01-25", "2022-01-25", None, "2022-01-25"),
    subject=("Ref:", "Extradition requests concerning exiled journalists from Kestria"),
    salutation="Dear Ministers,",
    body=(
        (
            "paragraph",
            None,
            "We are writing on behalf of press freedom organisations in Norland and abroad "
            "about the extradition requests that the authorities of Kestria have submitted "
            "for three journalists who have lived in Norland since 2019. We understand that "
            "the requests will be examined by the Ministry of Justice in the coming weeks.",
        ),
        (
            "paragraph",
            None,
            "The three journalists, Mr. Farid Olumide, Ms. Selin Varga and Mr. Jonas "
            "Ekberg-Tan, were charged…sentenced to twelve years in prison.",
        ),
        (
            "paragraph",
            None,
            "The charges are plainly connected…real risk of serious human rights violations.",
        ),
        (
            "paragraph",
            None,
            "We therefore respectfully ask you to reject the requests…"
            "protection they need while they remain in the country.",
        ),
    ),
    closing="Yours faithfully,",
    signatories=(
        person("Anneke Drozdov", "Director, Press Freedom Watch Norland"),
        person("Kwabena Castellanos", "Legal Officer, Exiled Journalists' Legal Defence Fund"),
    ),
    layout=(
        ("Mr. Tomasz Wielgosz, Minister of Justice of Norland", "recipients"),
        ("Ambassador of Norland to the Republic of Valdoria", "recipients"),
        ("Ref: Extradition requests concerning exiled journalists from Kestria", "subject"),
        ("2022-01-25", "date"),
        ('Mr. Jonas Ekberg-Tan, were charged in Kestria with "spreading false', "paragraph"),
        ("Yours faithfully,", "closing"),
        ("Legal Officer", "signatories"),
    ),
)

# 6. "01/03/2024": day and month could swap and nothing in the letter settles it.
#    Repeated cc: labels, Subj:, "Your Excellency,", "Respectfully,", "Signed by:" and
#    a "*" list.
EXPECTED["06-ambiguous-numeric-date"] = Expected(
    recipients=(
        (
            "to",
            "Hon. Justice Miriam Aboderin-Kast, Chief Justice of the Republic of Valdoria",
            (),
        ),
        ("cc", "Chairperson of the Judicial Service Commission of Valdoria", ()),
        ("cc", "President of the Valdorian Bar Association", ()),
    ),
    date=("01/03/2024", None, None, "01/03/2024"),
    subject=(
        "Subj:",
        "Independence of the judiciary and the disciplinary cases against judges",
    ),
    salutation="Your Excellency,",
    body=(
        ("paragraph", None, "We are writing to express our deep concern…freedom of the press."),
        ("paragraph", None, "The complaints against the judges…from office without pay."),
        (
            "paragraph",
            None,
            "International standards on the independence…for the content of their decisions.",
        ),
        (
            "paragraph",
            None,
            "We respectfully ask you to use your authority…from interference by the executive.",
        ),
    ),
    closing="Respectfully,",
    signing=("Signed by:", None, None),
    signatories=entries(
        "Valdorian Judges' Association in Exile",
        org("Independent Lawyers' Collective of Valdoria (ILCV)", acronym="ILCV"),
        "Centre for the Rule of Law – Marenburg",
        "Commission of Jurists for the Southern Region",
        "Court Watch Valdoria",
        "Network of Women Judges and Prosecutors",
        "Legal Resources Foundation of the Eastern Provinces",
        org("Fair Trials Monitoring Group (FTMG)", acronym="FTMG"),
        start=None,
    ),
    warnings=(("ambiguous_date", "01/03/2024"),),
    layout=(
        ("cc: President of the Valdorian Bar Association", "recipients"),
        ("01/03/2024", "date"),
        ("Respectfully,", "closing"),
        ("Signed by:", "signing"),
        ("* Court Watch Valdoria", "signatories"),
    ),
)

# 7. "Geneva, 05/03/2024" is settled day-first by "21/02/2024" in the body (21 cannot
#    be a month). Copied to: with a continuation line, "Kind regards,", a "Signatories"
#    heading without colon, indented "  1." numbering.
EXPECTED["07-settled-numeric-date"] = Expected(
    recipients=(
        ("to", "Members of the Committee on Enforced Disappearances", ()),
        ("cc", "Working Group on Enforced or Involuntary Disappearances", ()),
        ("cc", "Office of the High Commissioner for Human Rights", ()),
    ),
    date=("05/03/2024", "2024-03-05", "Geneva", "Geneva, 05/03/2024"),
    subject=(
        "Subject:",
        "Follow-up on the urgent actions concerning disappeared students in Kestria",
    ),
    salutation="Dear Committee Members,",
    body=(
        (
            "paragraph",
            None,
            "In our joint submission of 21/02/2024, we informed…about their fate or whereabouts.",
        ),
        ("paragraph", None, "We are grateful that the Committee…since they spoke to the media."),
        (
            "paragraph",
            None,
            "We ask the Committee to renew its requests to the State party, to ask for "
            "protection measures for the families, and to consider raising the cases "
            "publicly at its next session.",
        ),
    ),
    closing="Kind regards,",
    signing=("Signatories", None, None),
    signatories=entries(
        "Families of the Disappeared of Aldmoor",
        org("Kestrian Students' Federation (KSF)", acronym="KSF"),
        "Justice and Truth Initiative",
        "Centre Against Enforced Disappearance – Geneva Office",
        "Human Rights Documentation Unit of the Northern Provinces",
        org("Association of Relatives of Detainees (ARD)", acronym="ARD"),
        "Lawyers for Human Rights Kestria",
        "Mothers' Search Committee",
    ),
    layout=(
        ("Geneva, 05/03/2024", "date"),
        ("Office of the High Commissioner for Human Rights", "recipients"),
        ("Kind regards,", "closing"),
        ("Signatories", "signing"),
        ("1. Families of the Disappeared of Aldmoor", "signatories"),
    ),
)

# 8. No date at the top; "March 2024" alone before the close; "Excellencies,",
#    "In solidarity,", "The undersigned", group headings without colons, "-" bullets.
EXPECTED["08-date-at-end-grouped"] = Expected(
    recipients=(
        (
            "to",
            "Foreign Ministers of the Member States of the Association of Southeast Asian Nations",
            (),
        ),
    ),
    date=("March 2024", "2024-03", None, "March 2024"),
    subject=None,
    salutation="Excellencies,",
    body=(
        (
            "paragraph",
            None,
            "We, the undersigned Myanmar and international organisations, write to you…"
            "soon after they arrive in neighbouring countries.",
        ),
        (
            "paragraph",
            None,
            "Our members working along the borders…forced recruitment and violence.",
        ),
        (
            "paragraph",
            None,
            "We urge your governments…where their life or freedom would be at risk.",
        ),
    ),
    closing="In solidarity,",
    signing=("The undersigned", None, None),
    signatories=(
        *entries(
            "Border Relief Volunteers Network",
            "Women's Health Collective of the Eastern Hills",
            org("Youth for Federal Democracy (YFD)", acronym="YFD"),
            "Township Teachers' Strike Committee",
            "Displaced Farmers' Association of the Central Dry Zone",
            "Free Press Workers Union",
            "Mountain Communities Emergency Response Team",
            start=None,
            group="Myanmar organisations",
        ),
        *entries(
            org("Asia Pacific Refugee Solidarity Network (APRSN)", acronym="APRSN"),
            "Borderlands Medical Aid",
            "Friends of Myanmar – Copenhagen",
            "Global Campaign for Civilian Protection",
            "Southeast Asia Migrant Rights Forum",
            start=None,
            group="International organisations",
        ),
    ),
    layout=(
        ("March 2024", "date"),
        ("In solidarity,", "closing"),
        ("The undersigned", "signing"),
        ("Myanmar organisations", "signatory_group"),
        ("International organisations", "signatory_group"),
        ("- Southeast Asia Migrant Rights Forum", "signatories"),
    ),
)

# 9. "We, the undersigned 286 organizations, including 260 … not to disclose" in the
#    body, "Co-signed by" and an unnumbered list of the 26 named, one with members marked
#    by indentation alone (members are not counted); a title line standing as subject;
#    "24 February, 2021".
EXPECTED["09-undersigned-count-cosigned"] = Expected(
    recipients=(
        (
            "to",
            "Mr. Rashid Velmont-Achterberg, United Nations High Commissioner for Human Rights",
            (),
        ),
    ),
    date=("24 February, 2021", "2021-02-24", None, "24 February, 2021"),
    subject=(
        None,
        "Kestria: End the crackdown on peaceful assembly and release all detained protesters",
    ),
    salutation="Dear High Commissioner,",
    body=(
        (
            "paragraph",
            None,
            "We, the undersigned 286 organizations, including 260 organizations that have "
            "chosen not to disclose their names for fear of reprisals, call on your Office "
            "to respond urgently to the crackdown on peaceful protesters in Kestria.",
        ),
        ("paragraph", None, "Since the general strike began…many are held incommunicado."),
        (
            "paragraph",
            None,
            "We ask your Office to speak out…freedom of expression and peaceful assembly.",
        ),
    ),
    signing=(
        "We, the undersigned 286 organizations, including 260 organizations that have "
        "chosen not to disclose their names for fear of reprisals, call on your Office "
        "to respond urgently to the crackdown on peaceful protesters in Kestria.",
        286,
        260,
    ),
    signatories=entries(
        "Kestrian Teachers' Federation",
        "Nurses and Midwives Union of Kestria",
        "Railway Workers' Solidarity Committee",
        org(
            "Civil Disobedience Movement Support Network (CDMSN)",
            acronym="CDMSN",
            members=members(
                "CDMSN Aldmoor Chapter",
                "CDMSN Railway Workers' Chapter",
                "CDMSN Overseas Volunteers",
            ),
        ),
        "Aldmoor University Students' Union",
        "Free Kestria Campaign – London",
        "Kestrian Community Association of Marenburg",
        "Human Rights Lawyers' Guild",
        "Network for Democracy and Development",
        "Women's League for Peace and Freedom in Kestria",
        "Independent Journalists' Association",
        "Health Workers' Strike Committee",
        "Bankers for Democracy",
        "Civil Servants' Alliance for Change",
        "Interfaith Youth Council of Kestria",
        org("Political Prisoners' Support Group (PPSG)", acronym="PPSG"),
        "Farmers' Union of the Upper Valley",
        "Artists Against the Crackdown",
        "Kestrian Diaspora Network – Sydney",
        "Legal Clinic for Protesters",
        "Mother and Child Welfare Association",
        "Rainbow Solidarity Kestria",
        "Miners' Rights Organisation",
        "Engineers for Democracy",
        "Student Volunteers' Medical Team",
        "Kestria Watch",
        start=None,
    ),
    layout=(
        (
            "Kestria: End the crackdown on peaceful assembly and release all detained protesters",
            "subject",
        ),
        ("Co-signed by", "signing"),
        ("Kestrian Teachers' Federation", "signatories"),
        ("CDMSN Railway Workers' Chapter", "signatories"),
        ("Kestria Watch", "signatories"),
    ),
)

# 10. "(1)" numbering, members by "a." numbering, a third level of "o" bullets, entries
#     wrapped with a hanging indent; "Friday, 1 March 2024"; a Re: wrapped over two lines.
EXPECTED["10-nested-member-networks"] = Expected(
    recipients=(
        (
            "to",
            "H.E. Ms. Henrietta Osei-Vanterpool, Chairperson of the Regional Commission on "
            "Electoral Integrity",
            (),
        ),
    ),
    date=("Friday, 1 March 2024", "2024-03-01", None, "Friday, 1 March 2024"),
    subject=(
        "Re:",
        "Guarantees for independent election observers ahead of the provincial elections "
        "in Upper Dravina",
    ),
    salutation="Dear Chairperson,",
    body=(
        (
            "paragraph",
            None,
            "We are networks of citizen election observers…last provincial elections.",
        ),
        ("paragraph", None, "Since the new accreditation rules…a report on voter registration."),
        ("paragraph", None, "We call on the Commission…against the harassment of observers."),
    ),
    signing=("Signed by the following networks and their member organisations:", None, None),
    signatories=entries(
        org(
            "Upper Dravina Election Watch Network (UDEWN)",
            acronym="UDEWN",
            members=members(
                "Highland Women Voters' League",
                org(
                    "Association of Rural Poll Monitors of the Stone Bridge and Willowmere "
                    "Townships",
                    members=members("Stone Bridge Youth Observers", "Willowmere Township Watch"),
                ),
                "Dravina Disability Rights Forum",
            ),
        ),
        org(
            "Coalition of Independent Election Observers in the Northern Highlands (CIEON)",
            acronym="CIEON",
            members=members(
                "Northern Highlands Teachers' Union", "Lakeside Students for Democracy"
            ),
        ),
        "Civic Education Trust of Dravina",
        org(
            "Mountain Media Freedom Alliance (MMFA)",
            acronym="MMFA",
            members=members(
                org(
                    "Highland Community Radio Association",
                    members=members(
                        "Radio Pine Ridge",
                        "Voice of the Eastern Valleys",
                        "Ferrow Valley Community Broadcasters",
                    ),
                ),
                "Dravina Journalists' Circle",
            ),
        ),
        "Legal Aid Clinic for Rural Voters",
        "Network of Indigenous Peoples of the Dravina Plateau",
    ),
    layout=(
        ("Friday, 1 March 2024", "date"),
        ("Re: Guarantees for independent election observers ahead of the", "subject"),
        ("provincial elections in Upper Dravina", "subject"),
        ("Signed by the following networks and their member organisations:", "signing"),
        ("Willowmere Townships", "signatories"),
        ("Highlands (CIEON)", "signatories"),
        ("o Ferrow Valley Community Broadcasters", "signatories"),
    ),
)

# 11. "Endorsed by:" and an unnumbered list: organisations with places, commas inside
#     names; a header title; "Bangkok, Thailand – 5 May 2023"; "(i)" items in the body.
EXPECTED["11-endorsed-by-diaspora"] = Expected(
    header=(
        "Letter to the Foreign Ministers of the Northern Council",
        ("Letter to the Foreign Ministers of the Northern Council",),
    ),
    recipients=(("to", "Foreign Ministers of the Member States of the Northern Council", ()),),
    date=("5 May 2023", "2023-05-05", "Bangkok, Thailand", "Bangkok, Thailand – 5 May 2023"),
    subject=("Re:", "Recognition of the Kestrian National Unity Council and targeted sanctions"),
    salutation="Dear Foreign Ministers,",
    body=(
        ("paragraph", None, "We are Kestrian diaspora organisations…on the crisis in Kestria."),
        (
            "paragraph",
            None,
            "Two years after the military seized power…majority of the population.",
        ),
        ("paragraph", None, "We ask your governments to:"),
        (
            "list_item",
            "(i)",
            "engage formally with the National Unity Council as the legitimate "
            "representative of the people of Kestria;",
        ),
        (
            "list_item",
            "(ii)",
            "impose targeted sanctions on the military's businesses and on its suppliers of "
            "aviation fuel;",
        ),
        (
            "list_item",
            "(iii)",
            "increase cross-border humanitarian assistance delivered through local organisations.",
        ),
    ),
    signing=("Endorsed by:", None, None),
    signatories=entries(
        "Tavoyan Diaspora Association – Norway",
        "Kestrian Democracy Forum, Support Team Denmark – Danmark",
        "National Unity Council, Support Team Austria – Österreich",
        "Kestrian Muslim Organization – Sweden",
        "Friends of Kestria (Finland)",
        org("Nordic Solidarity Network for Kestria (NSNK)", acronym="NSNK"),
        "Kestrian Women's Union – Iceland Chapter",
        "Network of Kestrian Students, Oslo, Bergen and Trondheim",
        "Kestrian Community in Gothenburg",
        "Solidarity with Kestria – Helsinki",
        "Kestrian Buddhist Association – Norway",
        "Kestrian Christian Fellowship, Stockholm",
        "Free Kestria Campaign – Copenhagen",
        org("Kestrian Medical Professionals Abroad (KMPA)", acronym="KMPA"),
        "Spring Revolution Support Group – Tampere",
        start=None,
    ),
    layout=(
        ("Letter to the Foreign Ministers of the Northern Council", "header"),
        ("Bangkok, Thailand – 5 May 2023", "date"),
        ("Endorsed by:", "signing"),
        ("Kestrian Democracy Forum, Support Team Denmark – Danmark", "signatories"),
    ),
)

# 12. cp1252 bytes; "Sept. 5, 2023"; "Sincerely," then a "Media contact:" block in
#     three forms, several e-mails and phones in one entry; "1)" numbering.
EXPECTED["12-media-contacts-cp1252"] = Expected(
    encoding="cp1252",
    recipients=(
        (
            "to",
            "Ms. Chiamaka Rosenthal-Ibe, Special Rapporteur on the rights to freedom of "
            "peaceful assembly and of association",
            (),
        ),
    ),
    date=("Sept. 5, 2023", "2023-09-05", None, "Sept. 5, 2023"),
    subject=("Re:", "Mass arrests of striking garment workers in the Eastport industrial zone"),
    salutation="Dear Special Rapporteur,",
    body=(
        (
            "paragraph",
            None,
            "We write to bring to your attention…in the Eastport industrial zone last week.",
        ),
        (
            "paragraph",
            None,
            "Police entered the factory compounds…face up to seven years in prison.",
        ),
        (
            "paragraph",
            None,
            "We ask you to send an urgent communication…protected under international law.",
        ),
    ),
    closing="Sincerely,",
    contacts=(
        ("Ana Beltrán", "Freedom of Assembly Monitor", "ana.beltran@example.org", None),
        ("Dmitri Achterberg", "Eastport Workers' Solidarity Centre", None, "+44 7700 900417"),
        ("Rafael Okoye", "Lakeshore Legal Aid", "rafael.okoye@example.org", "+1 212 555 0143"),
    ),
    signing=("Signed by 14 organisations:", 14, None),
    signatories=entries(
        "Eastport Garment Workers' Union",
        "Freedom of Assembly Monitor",
        "Eastport Workers' Solidarity Centre",
        "Lakeshore Legal Aid",
        org("National Federation of Textile Workers (NFTW)", acronym="NFTW"),
        "Women Workers' Rights Centre",
        "Clean Clothes Alliance of Valdoria",
        "Labour Rights Defenders Network",
        "Migrant Workers' Association of the Coast",
        "Trade Union Rights Watch",
        "Association of Young Workers",
        "Centre for Decent Work",
        "Fair Supply Chains Initiative",
        "Workers' Health and Safety Committee",
    ),
    warnings=(
        (
            "legacy_encoding",
            "Ana Beltrán (Freedom of Assembly Monitor), ana.beltran@example.org",
        ),
    ),
    layout=(
        ("Sincerely,", "closing"),
        ("Media contact:", "contacts"),
        ("Dmitri Achterberg – Eastport Workers' Solidarity Centre – +44 7700 900417", "contacts"),
        ("Signed by 14 organisations:", "signing"),
        ("14) Workers' Health and Safety Committee", "signatories"),
    ),
)

# 13. Links in every form; a markdown-bold "**Re: …**" wrapped over two lines;
#     "March 1st, 2024"; "With regards," followed by a "–" bulleted list.
EXPECTED["13-links-bold-subject"] = Expected(
    recipients=(
        ("to", "Board of Directors, Global Garment Sourcing Initiative", ()),
        (
            "cc",
            "Ms. Petra Okonkwo-Hale, Chief Executive Officer, Global Garment Sourcing Initiative",
            (),
        ),
    ),
    date=("March 1st, 2024", "2024-03-01", None, "March 1st, 2024"),
    subject=("Re:", "Request for disclosure of supplier audits in the Eastport industrial zone"),
    salutation="Dear Members of the Board,",
    body=(
        (
            "paragraph",
            None,
            "We are writing to you as labour rights organisations that have followed the "
            "situation of garment workers in the Eastport industrial zone for many years. "
            "Our joint report Broken Threads documents unpaid wages, forced overtime and the "
            "dismissal of union members in eleven factories that supply brands belonging to "
            "your Initiative.",
        ),
        (
            "paragraph",
            None,
            "Your Initiative states that all supplier factories are audited every year. The "
            "summary of last year's audit findings, published at "
            "https://example.net/audits/eastport-2023.pdf, does not name the factories "
            "concerned and does not say what corrective action was taken.",
        ),
        (
            "paragraph",
            None,
            "We ask the Board to publish the full audit reports for the factories in "
            "Eastport, to require suppliers to reinstate dismissed union members, and to "
            "meet with the unions concerned. A short briefing on our requests is available "
            "at https://example.org/briefings/eastport-requests.",
        ),
        (
            "paragraph",
            None,
            "Please send your reply to coordination@example.org, or write to our secretariat "
            "if you would like to arrange a meeting.",
        ),
    ),
    links=(
        (0, "Broken Threads", "https://example.org/reports/broken-threads-2024"),
        (
            1,
            "https://example.net/audits/eastport-2023.pdf",
            "https://example.net/audits/eastport-2023.pdf",
        ),
        (
            2,
            "https://example.org/briefings/eastport-requests",
            "https://example.org/briefings/eastport-requests",
        ),
        (3, "coordination@example.org", "mailto:coordination@example.org"),
        (3, "write to our secretariat", "mailto:secretariat@example.net"),
    ),
    closing="With regards,",
    signatories=entries(
        "Eastport Garment Workers' Union",
        "Labour Rights Defenders Network",
        "Fair Supply Chains Initiative",
        "Women Workers' Rights Centre",
        "Clean Clothes Alliance of Valdoria",
        "Centre for Decent Work",
        start=None,
    ),
    layout=(
        ("**Re: Request for disclosure of supplier audits in the Eastport", "subject"),
        ("industrial zone**", "subject"),
        ("With regards,", "closing"),
        ("– Eastport Garment Workers' Union", "signatories"),
    ),
)

# 14. Lone CR line ends; "1 Mar. 2024"; a gap, a repeat, a duplicate and a declared
#     total the list does not match, all kept as written and warned about.
EXPECTED["14-numbering-problems-cr"] = Expected(
    newline="\r",
    recipients=(("to", "Mayor of the City of Aldmoor", ()), ("cc", "Aldmoor City Council", ())),
    date=("1 Mar. 2024", "2024-03-01", None, "1 Mar. 2024"),
    subject=("Re:", "Forced evictions in the Riverside settlement"),
    salutation="Dear Mayor,",
    body=(
        (
            "paragraph",
            None,
            "We are community organisations, tenants' associations and legal aid groups "
            "working with the residents of the Riverside settlement, where some 4,000 "
            "families have lived for more than thirty years.",
        ),
        (
            "paragraph",
            None,
            "Last week the municipal authorities…in the middle of the school term.",
        ),
        ("paragraph", None, "We call on you to suspend the evictions…before any family is moved."),
    ),
    signing=("Signed by 25 organisations:", 25, None),
    signatories=(
        org("Riverside Residents' Committee", 1),
        org("Aldmoor Housing Rights Coalition", 2),
        org("Legal Aid Society of Aldmoor", 3),
        org("Aldmoor Tenants' Union", 5),
        org("Street Children Support Network", 6),
        org("Women for Secure Homes", 7),
        org("Urban Justice Initiative", 7),
        org("Community Health Volunteers of Aldmoor", 8),
        org("Informal Traders' Association", 9),
        org("Centre for Housing and Land Rights (CHLR)", 10, acronym="CHLR"),
        org("Riverside Youth Club", 11),
        org("Aldmoor Tenants' Union", 12),
        org("Disability Inclusion Forum", 13),
        org("Faith Communities for Justice", 14),
        org("Schoolteachers' Association of the Eastern Wards", 15),
        org("Aldmoor Law Students' Clinic", 16),
        org("Right to the City Campaign", 17),
        org("Shelter and Dignity Trust", 18),
    ),
    warnings=(
        ("count_mismatch", "Signed by 25 organisations:"),
        ("numbering_gap", "5. Aldmoor Tenants' Union"),
        ("numbering_repeat", "7. Urban Justice Initiative"),
        ("duplicate_signatory", "12. Aldmoor Tenants' Union"),
    ),
    layout=(
        ("CC: Aldmoor City Council", "recipients"),
        ("1 Mar. 2024", "date"),
        ("Signed by 25 organisations:", "signing"),
        ("7. Urban Justice Initiative", "signatories"),
    ),
)

# 15. A UTF-8 BOM, "1 -" numbering, tab-indented "–" members, no-break and zero-width
#     spaces, trailing blanks, smart quotes, en and em dashes; Attn:; "Dear Minister
#     Halvorsen:"; "Yours sincerely,".
EXPECTED["15-odd-characters-minister"] = Expected(
    encoding="utf-8-sig",
    recipients=(
        ("to", "Ministry of Labour and Social Affairs of Norland", ()),
        ("attn", "Mr. Erik Halvorsen, Minister of Labour and Social Affairs", ()),
    ),
    date=("12 April 2024", "2024-04-12", None, "12 April 2024"),
    subject=(
        "Subject:",
        "“Temporary” work permits and the exploitation of migrant domestic workers",
    ),
    salutation="Dear Minister Halvorsen:",
    body=(
        (
            "paragraph",
            None,
            "We are writing to you on behalf of organisations that support migrant domestic "
            "workers in Norland — most of them women who care for children, older people "
            "and people with disabilities in private homes.",
        ),
        (
            "paragraph",
            None,
            "Under the “temporary” permit scheme introduced last year, a worker’s right to "
            "stay in the country is tied to a single employer. Workers who leave an abusive "
            "household lose their status within thirty days, and many therefore stay in "
            "situations of unpaid wages, confiscated passports and 18–20 hour working days.",
        ),
        (
            "paragraph",
            None,
            "We call on the Ministry to allow domestic workers to change employer freely, to "
            "include domestic work in the labour inspection programme, and to ensure that "
            "every worker can report abuse without fear of losing their residence.",
        ),
    ),
    closing="Yours sincerely,",
    signing=("Signed by the following organisations:", None, None),
    signatories=entries(
        "Migrant Domestic Workers’ Union of Norland",
        "Home Care Workers — Eastern Branch",
        org(
            "Norland Federation of Trade Unions (NFTU)",
            acronym="NFTU",
            members=members("Hospitality and Care Workers’ Section", "Young Workers’ Committee"),
        ),
        "Migrant Forum – Norland Chapter",
        "“Safe Homes” Women’s Shelter Network",
        org(
            "Centre for Migration Law",
            members=members("Legal Clinic of the Northern Faculty of Law", "Migrants’ Advice Line"),
        ),
        org("Anti-Trafficking Coalition of the Northern Ports (ATCNP)", acronym="ATCNP"),
    ),
    layout=(
        ("To: Ministry of Labour and Social Affairs of Norland", "recipients"),
        ("Attn: Mr. Erik Halvorsen, Minister of Labour and Social Affairs", "recipients"),
        ("12 April 2024", "date"),
        ("Dear Minister Halvorsen:", "salutation"),
        ("Yours sincerely,", "closing"),
        ("Signed by the following organisations:", "signing"),
        ("– Young Workers’ Committee", "signatories"),
        ("– Migrants’ Advice Line", "signatories"),
    ),
)

# 16. PDF text with form feeds and bare page numbers ("1", "2", "3"); a header title;
#     "Contact:"; "List of signatories" with individuals only, one wrapped with a
#     hanging indent, one without affiliation.
EXPECTED["16-individuals-pdf-pages"] = Expected(
    header=(
        "An open letter from scholars of international law on the protection of civilians "
        "in Kestria",
        (
            "An open letter from scholars of international law on the protection of "
            "civilians in Kestria",
        ),
    ),
    recipients=(("to", "Member States of the United Nations General Assembly", ()),),
    date=("15 November 2023", "2023-11-15", None, "15 November 2023"),
    subject=None,
    salutation="Dear Representatives,",
    body=(
        (
            "paragraph",
            None,
            "We are scholars and practitioners…international community has met them.",
        ),
        ("paragraph", None, "International humanitarian law…the other side has violated them."),
        (
            "paragraph",
            None,
            "We urge the General Assembly to request the establishment of an independent "
            "investigative mechanism for Kestria, to call on all states to suspend the "
            "transfer of arms that could be used to commit such attacks, and to support the "
            "documentation efforts of local civil society.",
        ),
    ),
    contacts=(
        (
            "Prof. Halima Osei-Bonsu",
            "University of Karsten",
            "h.osei-bonsu@example.org",
            "+61 491 570 156",
        ),
    ),
    signing=("List of signatories", None, None),
    signatories=entries(
        person("Prof. Halima Osei-Bonsu", "Faculty of Law, University of Karsten"),
        person(
            "Dr. Tomás Ferreira-Lind",
            "Senior Lecturer in Public International Law, Marenburg Institute of Technology",
        ),
        person("Prof. Ingeborg Maalouf", "Chair of Humanitarian Law, Northfield College"),
        person("Marta Kowalczyk-Reyes", "independent researcher"),
        person(
            "Dr. Kwame Dahlberg", "Director, Centre for Conflict and Law, University of Aldmoor"
        ),
        person("Adv. Rukmini Sethuraman", "Senior Counsel, High Court of Valdoria"),
        person(
            "Dr. Yusuf Adeyemi-Larsson",
            "Research Fellow, Centre for the Study of Armed Conflict and Civilian Protection, "
            "Northfield College",
        ),
        person("Ingrid Solheim-Abara", None),
        person(
            "Prof. Matteo Oyelaran",
            "Professor of International Criminal Law, University of Marenburg",
        ),
        person("Dr. Leila Marchetti-Haddad", "Lecturer, School of Law, University of the Coast"),
        person("Judge Emmanuel Torvik", "former judge of the Regional Court of Human Rights"),
        person("Prof. Sunniva Achebe-Lund", "Faculty of Law, University of Karsten"),
        person("Dr. Hamid Villanueva", "Associate Professor of Law, Eastport University"),
        person("Clara Osterberg", "PhD candidate in International Law, University of Aldmoor"),
        person("Prof. Ruth Okafor-Strand", "Dean, Faculty of Law, Northfield College"),
    ),
    layout=(
        (
            "An open letter from scholars of international law on the protection of civilians "
            "in Kestria",
            "header",
        ),
        ("1", "page_artifact"),
        ("2", "page_artifact"),
        ("3", "page_artifact"),
        ("We urge the General Assembly to request the establishment of an", "paragraph"),
        ("List of signatories", "signing"),
        ("Conflict and Civilian Protection, Northfield College", "signatories"),
        (
            "11. Judge Emmanuel Torvik, former judge of the Regional Court of Human Rights",
            "signatories",
        ),
    ),
)

# 17. "signed by 21 civil society organizations (CSOs) and 7 individuals" -> 28; a
#     contact in a sentence; "- 1 -" page numbers; organisations and individuals in one
#     numbered list; "March 1, 2024".
EXPECTED["17-csos-and-individuals"] = Expected(
    recipients=(
        (
            "to",
            "Mr. Olusegun Varga-Heikkinen, Special Envoy of the Regional Union for the Coastal "
            "Crisis",
            (),
        ),
        ("cc", "Foreign Ministers of the Regional Union", ()),
    ),
    date=("March 1, 2024", "2024-03-01", None, "March 1, 2024"),
    subject=("Re:", "Humanitarian corridors for the besieged districts of the southern coast"),
    salutation="Dear Special Envoy,",
    body=(
        ("paragraph", None, "We write to urge you…since the end of last year."),
        ("paragraph", None, "Local aid workers who reach us…and one driver was killed."),
        (
            "paragraph",
            None,
            "We ask you to secure the agreement…obstruction of humanitarian assistance.",
        ),
    ),
    contacts=(
        (
            "Lena Morozova",
            "Northern Plains Justice Network",
            "lena.morozova@example.net",
            "+1 646 555 0129",
        ),
    ),
    signing=(
        "This letter is signed by 21 civil society organizations (CSOs) and 7 individuals:",
        28,
        None,
    ),
    signatories=entries(
        "Northern Plains Justice Network",
        "Southern Coast Relief Committee",
        "Lowmarsh Volunteer Ambulance Service",
        "Ebbside Women's Network",
        "Saltcombe Fishermen's Cooperative",
        org("Coastal Peoples' Rights Forum (CPRF)", acronym="CPRF"),
        "Medical Aid for the Coast",
        "Regional Humanitarian Coordination Platform",
        "Youth Volunteers for Peace",
        "Council of Coastal Elders",
        "Displacement Monitoring Project",
        "Food Security Action Network",
        "Children's Rights Coalition of the South",
        "Peace and Reconciliation Institute",
        org("Independent Humanitarian Observers (IHO)", acronym="IHO"),
        "Legal Assistance Centre for Displaced People",
        "Journalists for Humanitarian Reporting",
        "Association of Local Aid Workers",
        "Emergency Water Committee of Saltcombe",
        "Disability and Emergency Response Alliance",
        "Civilian Protection Monitor",
        person("Dr. Sabine Achterberg-Mwangi", "Lecturer in Human Rights, Northfield College"),
        person("Prof. Daniel Okonkwo-Rask", "University of Marenburg"),
        person("Ngozi Halloran", "journalist"),
        person("Ms. Farah Lindholm", "human rights lawyer"),
        person("Mr. Pedro Anand", "former Member of Parliament of Valdoria"),
        person(
            "Sr. Agnes Mbeki-Sorensen",
            "Refugee Outreach Coordinator, Sisters of the Harbour",
        ),
        person("Yara Castellano", "independent researcher"),
    ),
    layout=(
        ("- 1 -", "page_artifact"),
        ("- 2 -", "page_artifact"),
        (
            "For more information, please contact Lena Morozova (Northern Plains Justice "
            "Network) at lena.morozova@example.net or +1 646 555 0129.",
            "contacts",
        ),
        (
            "This letter is signed by 21 civil society organizations (CSOs) and 7 individuals:",
            "signing",
        ),
        ("28. Yara Castellano, independent researcher", "signatories"),
    ),
    never=("- 1 -", "- 2 -"),
)

# 18. "Brussels, 14.3.2024": a dotted numeric date settled by itself (14 cannot be a
#     month); "Copies to:"; a "-" list in the body and a "-" list of signatories with
#     "•" members; "Respectfully yours,".
EXPECTED["18-dotted-date-dash-lists"] = Expected(
    recipients=(
        (
            "to",
            "Ms. Annelie Vandersteen, Commissioner for International Partnerships, Union of "
            "Northern States",
            (),
        ),
        ("cc", "Members of the Subcommittee on Human Rights", ()),
    ),
    date=("14.3.2024", "2024-03-14", "Brussels", "Brussels, 14.3.2024"),
    subject=("Subject:", "Human rights conditions in the trade agreement with Valdoria"),
    salutation="Dear Commissioner,",
    body=(
        (
            "paragraph",
            None,
            "We are trade unions and civil society organisations…peaceful strikes.",
        ),
        ("paragraph", None, "We urge the Commission to:"),
        (
            "list_item",
            "-",
            "make the entry into force of the agreement conditional on the release of the "
            "imprisoned trade unionists;",
        ),
        (
            "list_item",
            "-",
            "establish an independent monitoring mechanism in which workers' organisations "
            "take part;",
        ),
        ("list_item", "-", "suspend tariff preferences for companies linked to forced labour."),
        (
            "paragraph",
            None,
            "Trade can support decent work, but only if the commitments on labour rights are "
            "enforceable and are taken seriously from the first day.",
        ),
    ),
    closing="Respectfully yours,",
    signing=("Signatories:", None, None),
    signatories=entries(
        org(
            "Valdorian Confederation of Labour (VCL)",
            acronym="VCL",
            members=members(
                "Port Workers' Union of Valdoria", "Textile and Garment Workers' Federation"
            ),
        ),
        "Northern States Trade Union Solidarity Network",
        "Centre for Trade and Human Rights",
        "Fair Trade Advocacy Office of the Northern States",
        start=None,
    ),
    layout=(
        ("Copies to: Members of the Subcommittee on Human Rights", "recipients"),
        ("Brussels, 14.3.2024", "date"),
        ("- suspend tariff preferences for companies linked to forced labour.", "list_item"),
        ("Respectfully yours,", "closing"),
        ("Signatories:", "signing"),
        ("- Valdorian Confederation of Labour (VCL)", "signatories"),
        ("• Textile and Garment Workers' Federation", "signatories"),
    ),
)

NAMES = sorted(EXPECTED)


# --- reading the fixtures (independently of the parser) ------------------------------


def path_of(name: str) -> str:
    return str(SHAPES / f"{name}.txt")


@functools.cache
def source_text(name: str) -> str:
    """The decoded text, decoded here with the encoding the fixture was written in."""
    data = (SHAPES / f"{name}.txt").read_bytes()
    codec = {"utf-16-le": "utf-16", "utf-8-sig": "utf-8-sig"}.get(EXPECTED[name].encoding)
    return data.decode(codec or EXPECTED[name].encoding)


def clean(line: str) -> str:
    return line.strip(_BLANK).translate(_ODD_SPACES)


@functools.cache
def source_lines(name: str) -> tuple[str, ...]:
    """Each line of the fixture, cleaned; index 0 is line 1."""
    return tuple(clean(line) for line in _NEWLINE.split(source_text(name)))


def lines_reading(name: str, content: str) -> list[int]:
    """The 1-based numbers of the lines that read ``content``; there must be one."""
    numbers = [index + 1 for index, line in enumerate(source_lines(name)) if line == content]
    assert numbers, f"{name}: no line reads {content!r}"
    return numbers


@functools.cache
def parsed(name: str) -> Letter:
    return letterparse.parse_file(path_of(name))


# --- comparing -----------------------------------------------------------------------


def fact(entry: Signatory) -> S:
    return S(
        name=entry.name,
        number=entry.number,
        kind=entry.kind,
        acronym=entry.acronym,
        affiliation=entry.affiliation,
        group=entry.group,
        members=tuple(fact(member) for member in entry.members),
    )


def matches(text: str, expected: str) -> bool:
    if "…" in expected:
        head, tail = expected.split("…")
        return text.startswith(head) and text.endswith(tail)
    return text == expected


def kind_at(letter: Letter, line: int) -> str:
    kinds = [b.kind for b in letter.layout if b.span.line <= line <= b.span.end_line]
    assert len(kinds) == 1, f"line {line} is in {kinds}"
    return kinds[0]


# --- the tests -----------------------------------------------------------------------


def test_every_fixture_has_expectations() -> None:
    assert sorted(path.stem for path in SHAPES.glob("*.txt")) == NAMES
    assert len(NAMES) >= 15


@pytest.mark.parametrize("name", NAMES)
def test_source(name: str) -> None:
    letter = parsed(name)
    assert letter.source.encoding == EXPECTED[name].encoding
    assert letter.source.newline == EXPECTED[name].newline
    assert letter.source.chars == len(source_text(name))


@pytest.mark.parametrize("name", NAMES)
def test_invariants(name: str) -> None:
    assert_letter_invariants(source_text(name), parsed(name))


@pytest.mark.parametrize("name", NAMES)
def test_header(name: str) -> None:
    header = parsed(name).header
    expected = EXPECTED[name].header
    assert (header and (header.title, tuple(header.lines))) == expected


@pytest.mark.parametrize("name", NAMES)
def test_recipients(name: str) -> None:
    recipients = parsed(name).recipients
    assert [(r.role, r.name, tuple(r.address)) for r in recipients] == list(
        EXPECTED[name].recipients
    )


@pytest.mark.parametrize("name", NAMES)
def test_date(name: str) -> None:
    date = parsed(name).date
    expected = EXPECTED[name].date
    assert expected is not None
    assert date is not None
    text, iso, place, line = expected
    assert (date.text, date.iso, date.place) == (text, iso, place)
    assert date.span.line == lines_reading(name, line)[0]


@pytest.mark.parametrize("name", NAMES)
def test_subject(name: str) -> None:
    subject = parsed(name).subject
    assert (subject and (subject.label, subject.text)) == EXPECTED[name].subject


@pytest.mark.parametrize("name", NAMES)
def test_salutation_and_closing(name: str) -> None:
    letter = parsed(name)
    assert (letter.salutation and letter.salutation.text) == EXPECTED[name].salutation
    assert (letter.closing and letter.closing.text) == EXPECTED[name].closing


@pytest.mark.parametrize("name", NAMES)
def test_body(name: str) -> None:
    body = parsed(name).body
    expected = EXPECTED[name].body
    assert [(p.kind, p.marker) for p in body] == [(kind, marker) for kind, marker, _ in expected]
    for paragraph, (_, _, text) in zip(body, expected, strict=True):
        assert matches(paragraph.text, text), (paragraph.text, text)
        assert "\n" not in paragraph.text
        assert "  " not in paragraph.text
        assert "\u200b" not in paragraph.text
        assert paragraph.text == paragraph.text.strip()


@pytest.mark.parametrize("name", NAMES)
def test_links(name: str) -> None:
    body = parsed(name).body
    found = [
        (index, link.text, link.target)
        for index, paragraph in enumerate(body)
        for link in paragraph.links
    ]
    assert found == list(EXPECTED[name].links)
    for paragraph in body:
        for link in paragraph.links:
            assert paragraph.text[link.start : link.end] == link.text
        assert "](" not in paragraph.text
        assert "<http" not in paragraph.text


@pytest.mark.parametrize("name", NAMES)
def test_contacts(name: str) -> None:
    contacts = parsed(name).contacts
    assert [(c.name, c.organization, c.email, c.phone) for c in contacts] == list(
        EXPECTED[name].contacts
    )


@pytest.mark.parametrize("name", NAMES)
def test_signing(name: str) -> None:
    signing = parsed(name).signing
    expected = EXPECTED[name].signing
    assert (
        signing and (signing.text, signing.declared_total, signing.declared_undisclosed)
    ) == expected
    if signing is not None and expected is not None:
        assert signing.span.line == lines_reading(name, expected[0])[0]


@pytest.mark.parametrize("name", NAMES)
def test_signatory_names(name: str) -> None:
    """The top-level names in order: the first thing to get right."""
    names = [s.name for s in parsed(name).signatories]
    assert names == [s.name for s in EXPECTED[name].signatories]


@pytest.mark.parametrize("name", NAMES)
def test_signatories(name: str) -> None:
    """Every entry with number, kind, acronym, affiliation, group and members."""
    found = [fact(s) for s in parsed(name).signatories]
    expected = list(EXPECTED[name].signatories)
    for got, want in zip(found, expected, strict=False):
        assert got == want
    assert len(found) == len(expected)


@pytest.mark.parametrize("name", NAMES)
def test_signatory_spans_and_scripts(name: str) -> None:
    lines = source_lines(name)
    for entry in every_signatory(parsed(name).signatories):
        first_word = entry.name.split(" ")[0]
        assert first_word in lines[entry.span.line - 1], (entry.name, entry.span.line)
        assert entry.scripts == ["Latn"], entry.name


@pytest.mark.parametrize("name", NAMES)
def test_warnings(name: str) -> None:
    found = sorted(((w.code, w.line) for w in parsed(name).warnings), key=str)
    expected = sorted(
        (
            (code, None if line is None else lines_reading(name, line)[0])
            for code, line in EXPECTED[name].warnings
        ),
        key=str,
    )
    assert found == expected


@pytest.mark.parametrize("name", NAMES)
def test_layout(name: str) -> None:
    letter = parsed(name)
    assert "unclassified" not in {b.kind for b in letter.layout}
    for content, kind in EXPECTED[name].layout:
        for line in lines_reading(name, content):
            assert kind_at(letter, line) == kind, (line, content)


@pytest.mark.parametrize("name", NAMES)
def test_chrome_and_page_artefacts_stay_out(name: str) -> None:
    letter = parsed(name)
    texts = [p.text for p in letter.body]
    for entry in every_signatory(letter.signatories):
        texts.extend([entry.name, entry.affiliation or ""])
    for chrome in EXPECTED[name].never:
        assert not [text for text in texts if chrome in text], chrome
    for entry in every_signatory(letter.signatories):
        assert not entry.name.isdigit()
        assert not entry.name.startswith("-")


def test_page_artefacts_counted() -> None:
    """Every page number and running header of the PDF letters is a page artefact."""
    pdf = parsed("04-pdf-human-rights-council")
    artefacts = [b for b in pdf.layout if b.kind == "page_artifact"]
    lines = {line for b in artefacts for line in range(b.span.line, b.span.end_line + 1)}
    assert lines == {
        *(lines_reading("04-pdf-human-rights-council", page)[0] for page in _PDF_PAGES),
        *lines_reading("04-pdf-human-rights-council", _PDF_RUNNING_HEADER),
    }
    assert len(lines_reading("04-pdf-human-rights-council", _PDF_RUNNING_HEADER)) == 3
    scholars = parsed("16-individuals-pdf-pages")
    artefact_lines = {
        line
        for b in scholars.layout
        if b.kind == "page_artifact"
        for line in range(b.span.line, b.span.end_line + 1)
    }
    assert artefact_lines == {
        lines_reading("16-individuals-pdf-pages", number)[0] for number in ("1", "2", "3")
    }


def test_declared_counts_add_up_where_no_warning() -> None:
    """Where a total is declared and no count_mismatch is expected, the list matches it."""
    for name in NAMES:
        expected = EXPECTED[name]
        if expected.signing is None or expected.signing[1] is None:
            continue
        if any(code == "count_mismatch" for code, _ in expected.warnings):
            continue
        _, total, undisclosed = expected.signing
        assert len(expected.signatories) + (undisclosed or 0) == total, name
