"""Each recogniser of vocabulary.py: what it accepts and what it must not."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from letterparse import vocabulary as v
from letterparse.lines import split_lines

CASES: list[tuple[str, regex.Pattern[str], list[str], list[str]]] = [
    (
        "salutation",
        v.SALUTATION,
        [
            "Dear President and Members of the Security Council,",
            "Dear Secretary-General,",
            "Your Excellency,",
            "Your Excellencies,",
            "Excellencies,",
            "Dear Minister Smith:",
            "To whom it may concern,",
            "Madame la Présidente,",
            "Monsieur le Ministre,",
            "Chère Madame,",
            "Mesdames, Messieurs,",
            "Excelentísimo señor:",
            "Estimada Relatora Especial:",
            "Señor Ministro:",
            "Prezada Senhora,",
        ],
        [
            "Dear friends, we write to you today about the crisis that has engulfed the region "
            "since the coup and which shows no sign of ending despite every effort by many "
            "neighbouring states.",
            "Excellencies, the UNSC can no longer continue to defer.",
        ],
    ),
    (
        "recipient label",
        v.RECIPIENT_LABEL,
        [
            "To Members of the Council",
            "To: the Minister",
            "TO: Minister",
            "Attn: Protection Unit",
            "CC: UN Human Rights Council",
            "cc: Office",
            "Copy to: OHCHR",
            "Copied to: OHCHR",
            "Copies to: OHCHR",
        ],
        ["To be clear, we oppose this.", "Tomorrow the Council meets.", "Totally unacceptable"],
    ),
    (
        "subject",
        v.SUBJECT,
        [
            "Re: Forced conscription",
            "RE: Arms embargo",
            "Subject: Protection",
            "Subj: Aid",
            "Ref: Deportations",
            "**Re: Forced conscription**",
            "Objet : Détention des enfants",
            "Asunto: Protección urgente",
        ],
        ["Regarding the situation, we write", "Refugees are at risk."],
    ),
    (
        "closing",
        v.CLOSING,
        [
            "Sincerely,",
            "Yours sincerely,",
            "Yours faithfully,",
            "Respectfully,",
            "With regards,",
            "Kind regards,",
            "In solidarity,",
            "Signed,",
            "Respectfully yours,",
            "Veuillez agréer, Madame, l'expression de notre très haute considération.",
            "Cordialement,",
            "Atentamente,",
            "Un cordial saludo,",
            "Atenciosamente,",
            "Please accept, Excellency, the assurances of our highest consideration.",
            "Accept, Madam High Commissioner, the assurances of my highest consideration",
            "Please accept the renewed assurances of our most distinguished consideration.",
        ],
        [
            "Signed by 397 civil society organizations",
            "Sincerely yours, we remain concerned that",
            "Please accept our apologies for the delay.",
            "Please accept the assurances of our highest consideration for your proposal to",
        ],
    ),
    (
        "contacts heading",
        v.CONTACTS_HEADING,
        [
            "For more information, please contact:",
            "Contact:",
            "Media contacts:",
            "For further information, contact:",
            "Press contact:",
        ],
        ["Contact with the families was lost in May.", "For more information see the annex."],
    ),
    (
        "signing",
        v.SIGNING,
        [
            "Signed by 397 civil society organizations, including 94 organizations that have "
            "chosen not to disclose their names.",
            "Signed by:",
            "Signatories:",
            "Signatories",
            "Signatories (42)",
            "Endorsed by:",
            "Co-signed by",
            "The undersigned",
            "List of signatories",
            "This letter is signed by 21 civil society organizations:",
            "We, the undersigned organisations:",
            "Signatories: Alpha Network, Beta Forum",
            "Signataires :",
            "Liste des signataires",
            "Cette lettre est signée par les 12 organisations suivantes.",
            "Firmantes:",
            "Organizaciones firmantes:",
            "Esta carta es firmada por 30 organizaciones:",
        ],
        [
            "We, the undersigned 286 organizations, write to urge you to act.",
            "Signatories to the Convention must comply with their obligations.",
        ],
    ),
    (
        "group heading",
        v.GROUP_HEADING,
        [
            "Organisations:",
            "Individuals:",
            "International organisations",
            "Myanmar organisations",
            "Supporting groups:",
            "Individuals (12)",
            "ORGANISATIONS",
            "Organizaciones:",
            "Personas:",
            "Personnes :",
        ],
        ["Burma Campaign UK", "Asia Justice Forum"],
    ),
    (
        "page artefact",
        v.PAGE_ARTIFACT,
        ["2", "Page 2 of 7", "page 3", "- 2 -", "2/7", "\x0c"],
        ["2. Burma Campaign UK", "Page two", "1 March 2024"],
    ),
    (
        "chrome",
        v.CHROME,
        [
            "Statement 1586 Views",
            "Author: Progressive Network",
            "13 minute read",
            "Featured image",
            "Share this",
            "Print",
            "Related posts",
            "Tags: Myanmar, UN",
            "Share this: Facebook | X | LinkedIn | WhatsApp | Email",
            "Share on: Facebook",
        ],
        [
            "Printing presses were seized.",
            "Share the burden of protection.",
            "Shareholders: Alpha, Beta",
        ],
    ),
    (
        "date",
        v.DATE,
        [
            "1 March 2024",
            "1st March 2024",
            "March 1, 2024",
            "Sept. 5, 2023",
            "Friday, 1 March 2024",
            "2024-03-01",
            "01/03/2024",
            "1.3.2024",
            "March 2024",
            "New York, 24 January 2022",
            "Bangkok, Thailand – 5 May 2023",
            "Dated at Port Elsin, the 3rd day of March, 2023.",
            "Genève, le 3 mars 2023",
            "Paris, le 1er mai 2024",
            "Ciudad de México, 3 de marzo de 2023",
            "3 de marzo del 2023",
            "São Paulo, 3 de março de 2023",
        ],
        [
            "Joint Letter on Myanmar – March 2024",
            "On 10 February 2024, the junta announced",
            "1 March 2024 marks three years",
        ],
    ),
    (
        "address line",
        v.POSTAL,
        [
            "405 East 42nd Street",
            "New York, NY 10017",
            "CH-1211 Geneva 10",
            "Bangkok 10330",
            "London SW1A 2AH",
            "P.O. Box 1234",
        ],
        ["United Nations Secretariat", "Joint Letter on Myanmar – March 2024", "Since 2021"],
    ),
]


@pytest.mark.parametrize(
    ("pattern", "text"),
    [(pattern, text) for _, pattern, accepted, _ in CASES for text in accepted],
    ids=[f"{name}: {text[:30]}" for name, _, accepted, _ in CASES for text in accepted],
)
def test_accepts(pattern: regex.Pattern[str], text: str) -> None:
    assert pattern.match(text)


@pytest.mark.parametrize(
    ("pattern", "text"),
    [(pattern, text) for _, pattern, _, rejected in CASES for text in rejected],
    ids=[f"{name}: {text[:30]}" for name, _, _, rejected in CASES for text in rejected],
)
def test_rejects(pattern: regex.Pattern[str], text: str) -> None:
    assert not pattern.match(text)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("write to info@progressive-voice.org today", "info@progressive-voice.org"),
        ("call +66 81 234 5678 now", "+66 81 234 5678"),
        ("see https://example.org/report.", "https://example.org/report"),
        ("[Resolution 2669](#)", "[Resolution 2669](#)"),
    ],
)
def test_finders(text: str, found: str) -> None:
    patterns = (v.EMAIL, v.PHONE, v.URL, v.MARKDOWN_LINK)
    assert found in [m.group() for pattern in patterns for m in pattern.finditer(text)]


def test_phone_is_not_a_year_range_or_count() -> None:
    assert not v.PHONE.search("between 2019 and 2024 some 11,000 people")


_NOTE_WORDS = st.sampled_from(
    ["s.", "s. ", "S.", "notes", "Notes:", "footnotes", "references", "sources", "[1] x", "*x",
     "affiliation for identification", "1 http://x", "1 www.x", "ps:", "P.S.", "endnote", "x"]
)  # fmt: skip


@given(
    marker=st.sampled_from(
        ["1.", "1)", "(1)", "12 -", "၁။", "(၁)", "-", "•", "*", "–", "—", "·", "o", "(iv)", "iv."]
        + [f"{letter}{close}" for letter in "abcdefghijklmnopqrstuvwxyz" for close in ".)"]
        + [f"({letter})" for letter in "aeinprs"]
    ),
    space=st.sampled_from([" ", "  ", "\t"]),
    rest=st.lists(_NOTE_WORDS, min_size=0, max_size=3).map(" ".join),
)
def test_only_p_s_and_star_lines_with_a_marker_can_be_notes(
    marker: str, space: str, rest: str
) -> None:
    """The sections stage skips NOTE for a list entry whose marker starts with anything
    but ``p`` or ``*``: no such line may be a note."""
    (line,) = split_lines(marker + space + rest)
    if line.marker is not None and v.NOTE.match(line.text):
        assert line.marker[0] in "p*", line
