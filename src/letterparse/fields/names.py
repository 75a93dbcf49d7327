"""What a signatory's text says: a person or an organisation, an acronym, a place.

>>> person_or_organization("Dr. Jane Roe, Professor of Law, University of X", None)
('individual', 'Dr. Jane Roe', 'Professor of Law, University of X')
>>> acronym_of("Assistance Association for Political Prisoners (AAPP)"), acronym_of("Forum (Kenya)")
('AAPP', None)
>>> place_of("Alpha Network (Kenya)"), place_of("Beta Forum – Nairobi"), place_of("Gamma Trust")
('Kenya', 'Nairobi', None)
"""

from __future__ import annotations

import re
from collections.abc import Callable

import regex

from ..model import SignatoryKind
from ..myanmar import words as burmese
from ..vocabulary import HONORIFIC
from .scripts import scripts_of

ACRONYM = regex.compile(
    r"\((?P<acronym>(?P<head>(?=[\p{N}&.]*+\p{Lu}[\p{N}&.]*+\p{Lu})[\p{Lu}\p{N}&.]++s?)"
    r"(?:[-–_/ ][^()]{0,30})?)\)$"
)
"""A trailing parenthesised acronym: ``(ACBES)``, ``(ASU-Yangon)``, ``(FORUM-ASIA)``,
``(RC of UTAs)``; its first word is capitals. ``(New Zealand)`` and
``(Coalition of 14 grassroots networks)`` are glosses, not acronyms."""

ACRONYM_BEFORE = regex.compile(ACRONYM.pattern.removesuffix("$") + r"(?=[ ]?[,:;][ ]|[ ][–—-][ ])")
"""The acronym right after the name when a place, a web address or a person follows:
``Coastal Rights Collective (CRC) – Marisol Bay``, ``Women Lawyers' Network (WLNT): Ada``."""

_ACRONYM, _HEAD = ACRONYM.groupindex["acronym"], ACRONYM.groupindex["head"]
"""Group numbers: the regex module reads a group by number five times quicker than by name."""

PLACE_CODES = frozenset(
    "NZ UK US USA EU UAE DC NYC NSW AU AUS CA JP TH SG PH HK ROK DPRK PRC UN".split()  # noqa: SIM905
)
"""Abbreviations in parentheses that name a place, not the organisation: ``(NZ)``."""

PLACE_NAMES = frozenset(
    (  # noqa: SIM905 - one string is easier to read and extend than 220 quoted names
        "afghanistan|albania|algeria|andorra|angola|antigua and barbuda|argentina|armenia|"
        "australia|austria|azerbaijan|bahamas|bahrain|bangladesh|barbados|belarus|belgium|"
        "belize|benin|bhutan|bolivia|bosnia and herzegovina|botswana|brazil|brunei|bulgaria|"
        "burkina faso|burma|burundi|cabo verde|cambodia|cameroon|canada|"
        "central african republic|chad|chile|china|colombia|comoros|congo|costa rica|"
        "côte d'ivoire|croatia|cuba|cyprus|czechia|czech republic|"
        "democratic republic of the congo|denmark|djibouti|dominica|dominican republic|"
        "ecuador|egypt|el salvador|equatorial guinea|eritrea|estonia|eswatini|ethiopia|fiji|"
        "finland|france|gabon|gambia|georgia|germany|ghana|greece|grenada|guatemala|guinea|"
        "guinea-bissau|guyana|haiti|honduras|hong kong|hungary|iceland|india|indonesia|iran|"
        "iraq|ireland|israel|italy|ivory coast|jamaica|japan|jordan|kazakhstan|kenya|"
        "kiribati|kosovo|kuwait|kyrgyzstan|laos|latvia|lebanon|lesotho|liberia|libya|"
        "liechtenstein|lithuania|luxembourg|madagascar|malawi|malaysia|maldives|mali|malta|"
        "marshall islands|mauritania|mauritius|mexico|micronesia|moldova|monaco|mongolia|"
        "montenegro|morocco|mozambique|myanmar|namibia|nauru|nepal|netherlands|new zealand|"
        "nicaragua|niger|nigeria|north korea|north macedonia|norway|oman|pakistan|palau|"
        "palestine|panama|papua new guinea|paraguay|peru|philippines|poland|portugal|qatar|"
        "romania|russia|rwanda|saint kitts and nevis|saint lucia|"
        "saint vincent and the grenadines|samoa|san marino|sao tome and principe|"
        "saudi arabia|senegal|serbia|seychelles|sierra leone|singapore|slovakia|slovenia|"
        "solomon islands|somalia|south africa|south korea|south sudan|spain|sri lanka|sudan|"
        "suriname|sweden|switzerland|syria|taiwan|tajikistan|tanzania|thailand|timor-leste|"
        "east timor|togo|tonga|trinidad and tobago|tunisia|turkey|türkiye|turkmenistan|"
        "tuvalu|uganda|ukraine|united arab emirates|united kingdom|united states|uruguay|"
        "uzbekistan|vanuatu|venezuela|vietnam|viet nam|western sahara|yemen|zambia|zimbabwe|"
        "england|scotland|wales|northern ireland|tibet|west papua|kurdistan|europe|africa|"
        "asia|latin america|the americas|middle east|global|international|regional|worldwide"
    ).split("|")
)
"""Countries, a few regions, and words for the whole world, lower case: ``(KENYA)``,
``(Sri Lanka)``, ``(Global)`` in parentheses are where an entry is, never its acronym."""

PERSON = regex.compile(
    r"(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx|Rev|Hon|Sr|Fr|Daw|U|Ko|Ma|Saw|Naw|Nang|Sai)\.?[ ]+)?"
    r"\p{Lu}[\p{L}\p{M}'’.-]*(?:[ ]+\p{Lu}[\p{L}\p{M}'’.-]*){1,3}$"
)
"""A person's name: two to four capitalised words, maybe after a title: ``Dr. Jane Roe``."""

ORGANIZATION_NAME = regex.compile(
    r"\b(?:network|committee|union|group|foundation|association|organi[sz]ation|council"
    r"|campaign|alliance|society|institute|cent(?:er|re)|coalition|movement|forum|league"
    r"|federation|project|initiative|watch|rights|action|support|team|community|youth|women"
    r"|students|strike|party|front|force|fund|trust|church|mission|commission|international"
    r"|club|office|school|university|college|academy|media|news|radio|press|agency|bureau"
    r"|partners|collective|assembly|board|ministry|department|program(?:me)?|service|clinic"
    r"|inc|ltd|e\.[ ]?v|ngo|cso|fellowship|friends|solidarity|mothers|families|workers|farmers"
    r"|lawyers|journalists|doctors|teachers|nurses|aid|relief|rescue|health|medical"
    r"|cooperative|co-operative|platform|observers|monitor|diaspora|circle|institution"
    r"|asociaci[oó]n|fundaci[oó]n|fondation|stiftung|verein|comit[eé]|coalici[oó]n|centro"
    r"|instituto|movimiento|federaci[oó]n|sindicato|uni[oó]n|associa[cç][aã]o|ligue|netzwerk"
    r"|b[üu]ndnis|verband|kampagne|arbeitskreis|gewerkschaft|jugend)s?\b"
)
"""A word that names an organisation rather than a person: ``network``, ``committee``;
in lower case, for :func:`names_an_organization` (a search of lower-cased text is a
quarter quicker than a case-insensitive one)."""


def names_an_organization(text: str) -> bool:
    """Whether ``text`` has a word that names an organisation: ``Karen Women's Network``."""
    return ORGANIZATION_NAME.search(text.lower()) is not None


PERSON_SPLIT = regex.compile(r", |[ ][–—-][ ]")
"""Where a person's name ends and the affiliation begins: ``Dr. Jane Roe, Professor …``,
``Ana Rivas – Callado Valley Water Defenders``."""

INDIVIDUAL_WORDS = burmese.with_burmese(
    r"(?i:individual|person|people|academic|expert|scholar|activist|personas|personnes"
    r"|individus|particuliers|pessoas|einzelpersonen)",
    burmese.INDIVIDUAL_WORDS_SOURCE,
)
"""Words in a signing statement or group heading that make its entries people:
``… and 12 individuals``, ``Individuals:``, Burmese ``ပုဂ္ဂိုလ်``."""

ORGANIZATION_WORDS = burmese.with_burmese(
    r"(?i:organi[sz]ation|groups?\b|networks?\b|CSOs|NGOs|unions?\b|institutions|coalitions?"
    r"|organizaci[óo]n|organiza[çc][ãa]o|organizações|colectivos|collectifs|organisationen)",
    burmese.ORGANIZATION_WORDS_SOURCE,
)
"""Words in a signing statement or group heading that make its entries organisations:
``Signed by 397 civil society organizations``, ``Organisations:``, ``အဖွဲ့အစည်း``."""


Reading = tuple[SignatoryKind | None, str, str | None]
"""What an entry's text says: its kind (if it tells), the name, and an individual's
affiliation."""

Reader = Callable[[str, SignatoryKind | None], Reading]


def looks_like_person(text: str) -> bool:
    """A person's name, perhaps with a title: ``Dr. Jane Roe``, ``นายประยุทธ แก้วมณี``,
    not ``Asia Justice Forum``. A name in a script without capitals is a person's when
    it is short and comes before a comma and an affiliation (see the callers)."""
    if names_an_organization(text):
        return False
    if PERSON.match(text) or HONORIFIC.match(text):
        return True
    return 0 < text.count(" ") < 3 and "Latn" not in scripts_of(text)


def person_or_organization(text: str, kind: SignatoryKind | None) -> Reading:
    """Split ``Dr. Jane Roe, Professor of Law, University of X`` into an individual's name
    and affiliation; an organisation's entry stays whole."""
    if kind == "organization":
        return kind, text, None
    person, belongs = _name_and_parenthesis(text)
    if (
        person is not None
        and belongs is not None
        and not is_place(belongs)  # "Progressive Voice (Myanmar)": where, not whose
        and _names_a_person(person)
        and not acronym_of(text)
    ):
        return "individual", person, belongs  # "Marta Oyelaran (Fishmongers' Cooperative)"
    split = PERSON_SPLIT.search(text)
    if split is not None:
        person, rest = text[: split.start()], text[split.end() :]
        if split.group() != ", " and rest.count(" ") < 2 and not names_an_organization(rest):
            return kind or kind_of_name(person), text, None  # "Org — Spain": a place
        if looks_like_person(person) or (
            kind is not None and person.count(" ") < 3 and not names_an_organization(person)
        ):
            return "individual", person, rest
    return kind or kind_of_name(text), text, None


def _name_and_parenthesis(text: str) -> tuple[str | None, str | None]:
    """``Marta Oyelaran (Fishmongers' Union)`` as the name and what stands in parentheses
    after it, or (None, None) when ``text`` is not one name and one parenthesis."""
    if not text.endswith(")"):
        return None, None
    opening = text.rfind("(")
    name, inside = text[:opening], text[opening + 1 : -1]
    if opening < 2 or name[-1] != " " or "(" in inside or any(c in name for c in "(),"):
        return None, None
    return name.rstrip(), inside


def is_place(text: str) -> bool:
    return text.lower() in PLACE_NAMES or text in PLACE_CODES


_DASHES = (" – ", " — ", " - ")

_MAY_NAME_A_PLACE = re.compile(" [–—-] |, ")
"""A dash between spaces, or a comma: where an entry's place may stand."""

_PART_OF = regex.compile(r"(?i:desk|branch|chapter|section|unit|office|secretariat)$")
"""The last word of a part of an organisation, not a place: ``… – Asia Desk``."""


def place_of(text: str) -> str | None:
    """Where an entry is, as written after its name: a country or region in parentheses or
    after a comma (``Alpha Network (Kenya)``, ``Dr. Ada Roe, University of Karsk, Kenya``),
    or one or two capitalised words after a dash that name no organisation (``Beta Forum –
    Nairobi``); None when the entry names no place."""
    if text[-1:] == ")":
        after = text[text.rfind("(") + 1 : -1]
        return after if after.lower() in PLACE_NAMES or after in PLACE_CODES else None
    if not _MAY_NAME_A_PLACE.search(text):
        return None  # most entries: a name alone
    cuts = [text.rpartition(dash) for dash in _DASHES if dash in text]
    name, _, after = max(cuts, key=_before) if cuts else ("", "", "")
    if not name or "," in after:
        name, _, after = text.rpartition(", ")
        return after if name and is_place(after) else None
    return after if is_place(after) or _names_a_town(name, after) else None


def _before(cut: tuple[str, str, str]) -> int:
    return len(cut[0])


def _names_a_town(name: str, after: str) -> bool:
    """One or two capitalised words after an organisation's name and a dash, that name no
    organisation nor a part of one: ``Nairobi``, ``Port Elsin``; not ``Asia Desk``."""
    words = after.split(" ")
    return (
        len(words) <= 2
        and all(word[:1].isupper() for word in words)
        and not names_an_organization(after)
        and not _PART_OF.search(after)
        and not looks_like_person(name)
    )


def _names_a_person(text: str) -> bool:
    """A person's name for certain: a title, or two or three words that look like a name
    (four capitalised words are as often an organisation: ``Alcott Bay Sea Scouts``)."""
    return looks_like_person(text) and (text.count(" ") <= 2 or HONORIFIC.match(text) is not None)


def kind_of_name(text: str) -> SignatoryKind | None:
    """What a name alone says: a titled person, an organisation, or nothing."""
    if HONORIFIC.match(text) and looks_like_person(text):
        return "individual"
    if names_an_organization(text) or acronym_of(text):
        return "organization"
    if not PERSON.match(text) and scripts_of(text) == ["Latn"]:
        return "organization"  # lower-case words, or too many for a name
    return None


def acronym_of(name: str) -> str | None:
    name = name.rstrip("*†‡")  # "Students for Water Justice (SWJ)*": a footnote mark
    if name.endswith(")"):
        match = ACRONYM.search(name)
    elif "(" in name:
        match = ACRONYM_BEFORE.search(name)
    else:
        return None
    if match is None or match.group(_HEAD) in PLACE_CODES:
        return None
    acronym = match.group(_ACRONYM)
    return None if acronym.lower() in PLACE_NAMES else acronym


def kind_of_words(text: str) -> SignatoryKind | None:
    organizations = ORGANIZATION_WORDS.search(text) is not None
    individuals = INDIVIDUAL_WORDS.search(text) is not None
    if organizations and not individuals:
        return "organization"
    if individuals and not organizations:
        return "individual"
    return None
