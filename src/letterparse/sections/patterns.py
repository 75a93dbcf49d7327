"""The named patterns a line's core may match: the vocabulary, seen as evidence.

A line's *core* is what a reader sees of it: without its list marker, the Markdown
marks of a heading, the emphasis around it, a quote mark before it or a ``<br>`` after
it. Each pattern test is tried on the core only when a cheap check lets it match at
all (a first word, a character), so that a line pays for the tests it could pass.

>>> from letterparse.lines import split_lines
>>> line = split_lines("*Dear Minister Sato,*<br>")[0]
>>> core_of(line, marked=True)
'Dear Minister Sato,'
>>> sorted(hits_of("Dear Minister Sato,", line))
['salutation']
"""

from __future__ import annotations

import re
from collections.abc import Callable

import regex

from ..lines import Line
from ..markup import core_bounds
from ..myanmar.script import MYANMAR
from ..vocabulary import (
    BARE_GROUP_HEADING,
    CHROME,
    CLOSING,
    CONTACTS_HEADING,
    CONTACTS_LEAD,
    DATE,
    EMAIL,
    GROUP_HEADING,
    HONORIFIC,
    LETTER_TITLE,
    LIST_NOTE,
    MAIL_HEADER,
    NOTE,
    PAGE_ARTIFACT,
    PHONE,
    POSTAL,
    PUBLISHED,
    RECIPIENT_LABEL,
    SALUTATION,
    SIGNING,
    SIGNING_SENTENCE,
    SUBJECT,
    UNDERSIGNED,
    URL,
    plain,
)

_EMPHASIS = "*_"
_TRAILING_BREAK = regex.compile(r"(?:[ ]*+(?:<br[ ]*+/?>|\\))+$", regex.IGNORECASE)
"""A hard line break at the end of a line: ``<br>``, ``<br/>``, Markdown's ``\\``."""


def core_of(line: Line, *, marked: bool = True) -> str:
    """The line as the patterns read it (:func:`letterparse.markup.core_bounds`): without
    its list marker (``marked`` is kept for the callers that tell a paste viewer's bullet
    from the letter's own; the core leaves out either), quote and heading marks, HTML tags,
    a trailing hard break and the emphasis around it; the line's text if nothing remains."""
    begin, end = core_bounds(line)
    text = line.text[begin:end] if begin < end else line.text
    return plain(text) if text[:1] in "*_" else text  # "**To:** the Mayor"


def _starts(words: str) -> frozenset[str]:
    return frozenset(words.split())


SALUTATION_STARTS = _starts(
    "dear my your excellency excellencies excellencies, excellency, to mr mr. mrs mrs. ms ms. "
    "madam madame mister monsieur sir distinguished honourable honorable esteemed hello "
    "greetings hi cher chère chers chères estimado estimada estimados estimadas querido "
    "querida queridos queridas prezado prezada prezados prezadas sehr liebe lieber liebes "
    "votre excellence mesdames excelentísimo excelentísima excelentísimos excelentisimo "
    "distinguido distinguida distinguidos distinguidas señor señora señores señoras sr. sra."
)
"""First words (lower case) a salutation can start with; other lines are not tried."""

CLOSING_STARTS = _starts(
    "yours sincerely sincerely, faithfully truly respectfully respectfully, with kind kindest "
    "best warm warmest sincere regards regards, in thank thanks signed signed, please "
    "accept accept, bien très tres cordialement cordialement, salutations veuillez nous "
    "atentamente atentamente, cordialmente cordialmente, respetuosamente un cordial atento "
    "saludos saludos, atenciosamente atenciosamente, mit freundlichen freundliche "
    "hochachtungsvoll besten herzlichen solidarischen"
)
"""First words (lower case) a complimentary close can start with."""


def _first_word(core: str) -> str:
    return core.split(" ", 1)[0].lower()


CLOSING_START = regex.compile(
    r"(?i:please[ ]accept|(?:veuillez|nous[ ]vous[ ]prions[ ]d['’])[ ]?agr[ée]er"
    r"|recevez|reciba[ ]|le[ ]saluda|accept[ ],?[ ]?(?:excellenc|the[ ]assurance))"
)
"""The start of a complimentary close that wraps onto the next line: ``Please accept,
Excellencies, the assurances of our highest`` / ``consideration.``"""


def _closing_start(core: str, line: Line) -> bool:
    return len(core) <= 200 and CLOSING_START.match(core) is not None


def _burmese(core: str) -> bool:
    """Myanmar script in the line: the vocabulary's Burmese forms may match it."""
    return not core.isascii() and MYANMAR.search(core) is not None


_PIECE = regex.compile(r"(?:[ ]*+<br[ ]*+/?>|[ ]/)[ ]*+|(?<=,)[ ]++", regex.IGNORECASE)
"""Where a line that holds more than its greeting or close goes on: ``Sincerely, Jane
Roe``, ``Best,<br>Rafael Quintero``, ``Atentamente / Sincerely,``, ``Dear Chair, dear
Members of the Subcommittee,``."""


def _first_piece(core: str) -> str | None:
    found = _PIECE.search(core)
    return core[: found.start()] if found is not None and found.start() > 2 else None


def _salutation(core: str, line: Line) -> bool:
    if len(core) > 200:
        return False
    if SALUTATION.match(core) is not None:
        return True
    piece = _first_piece(core)
    return piece is not None and SALUTATION.match(piece) is not None


def _closing(core: str, line: Line) -> bool:
    if len(core) > 240:
        return False
    if CLOSING.match(core) is not None:
        return True
    piece = _first_piece(core)
    return piece is not None and len(piece) < 60 and CLOSING.match(piece) is not None


def _date(core: str, line: Line) -> bool:
    if len(core) > 120 or not _has_year(core):
        return False
    if DATE.match(core) is not None:
        return True
    piece = core.split(" / ", 1)[0] if " / " in core else None  # a bilingual dateline
    return piece is not None and DATE.match(piece) is not None


_YEAR = re.compile(r"\d{4}")
_DIGIT = re.compile(r"\d")


def _has_year(text: str) -> bool:
    """Four digits in a row somewhere: a cheap test before the date pattern."""
    return _YEAR.search(text) is not None


def _subject(core: str, line: Line) -> bool:
    return (":" in core[:14] and SUBJECT.match(core) is not None) or (
        _burmese(core) and SUBJECT.match(core) is not None
    )


def _recipient_label(core: str, line: Line) -> bool:
    head = core[:3].lower()
    if head[:2] not in ("to", "at", "cc", "bc", "co") and not _burmese(core):
        return False
    return RECIPIENT_LABEL.match(core) is not None


def _honorific(core: str, line: Line) -> bool:
    first = core[:1]
    return (first.isupper() or _burmese(core)) and HONORIFIC.match(core) is not None


def _postal(core: str, line: Line) -> bool:
    return len(core) <= 100 and _DIGIT.search(core) is not None and bool(POSTAL.match(core))


SIGNING_WORDS = regex.compile(
    r"(?i:sign|endors|support|undersigned|behalf|firm|unterzeichn|suscri|respald|soutenu"
    r"|assinant|subscrev)|[\u1000-\u109f]"
)
"""A word that every signing statement holds (or Myanmar script): the cheap test first."""


SIGNING_STARTS = frozenset(
    [
        "this",
        "signed",
        "endorsed",
        "co-signed",
        "cosigned",
        "supported",
        "list",
        "co-signatories",
        "cosignatories",
        "signatories",
        "signatures",
        "signers",
        "endorsements",
        "endorsers",
        "signatory",
        "liste",
        "lista",
        "organisations",
        "organizations",
        "organizaciones",
        "co-signataires",
        "signataires",
        "firmantes",
        "assinantes",
        "firmas",
        "cette",
        "la",
        "esta",
        "firman",
        "suscriben",
        "the",
        "unterzeichnende",
        "erstunterzeichnende",
        "unterzeichner",
        "unterzeichnerinnen",
        "unterzeichnet",
        "for",
        "on",
        "we",
        "annex",
        "appendix",
        "attachment",
    ]
)
"""First words (lower case) of the statements :data:`SIGNING` recognises (besides
``signé…``, ``firmad…`` and their kin, and Burmese)."""

_SIGNING_STEMS = ("sign", "firm", "suscri", "respald", "soutenu", "unterzeichn", "endors")


def _signing(core: str, line: Line) -> bool:
    if len(core) > 400:
        return False
    word = _first_word(core).rstrip(",:")
    if word not in SIGNING_STARTS and not word.startswith(_SIGNING_STEMS) and not _burmese(core):
        return False
    return SIGNING_WORDS.search(core) is not None and SIGNING.match(core) is not None


SIGNING_MORE = regex.compile(
    r"""(?i:
        (?:supporters?|endorsers?|signers)(?:[ ]*\(\p{Nd}[\p{Nd},]*\))?[ ]*:?
      | .{0,80}\b(?:endorsing|signing)[ ]this[ ](?:letter|statement).{0,40}
      | (?:the[ ])?(?:organi[sz]ations|groups|individuals)[ ]listed[ ](?:above|below)[ ]*:?
      | \|.*\b(?:name|organi[sz]ation|signatory)\b.*\|
    )$""",
    regex.VERBOSE,
)
"""Headings of a list of signatories the statement pattern does not take: ``Supporters
(24)``, ``Annex – members and partners endorsing this letter (52)``, a table's header row
``| # | Name | Affiliation |``."""


def _signing_more(core: str, line: Line) -> bool:
    return len(core) <= 160 and SIGNING_MORE.match(core) is not None


def _signing_sentence(core: str, line: Line) -> bool:
    return core.endswith(":") and SIGNING_SENTENCE.match(core) is not None


_UNDERSIGNED_WORDS = re.compile(r"undersigned|signed by", re.IGNORECASE)


def _undersigned(core: str, line: Line) -> bool:
    found = _UNDERSIGNED_WORDS.search(core)
    if found is None:
        return False
    return found.group().lower() == "undersigned" or UNDERSIGNED.search(core) is not None


GROUP_NOUNS = frozenset(
    [
        "organisations",
        "organizations",
        "individuals",
        "groups",
        "networks",
        "signatories",
        "members",
        "persons",
        "people",
        "academics",
        "experts",
        "parliamentarians",
        "csos",
        "ngos",
        "unions",
        "institutions",
        "endorsers",
        "organizaciones",
        "organizações",
        "personas",
        "personnes",
        "individus",
        "pessoas",
        "particuliers",
        "organisationen",
        "einzelpersonen",
        "personen",
        "verbände",
    ]
)
"""The last word of a bare group heading (lower case), as :data:`BARE_GROUP_HEADING` ends."""


def _group_heading(core: str, line: Line) -> bool:
    if core.endswith(":"):
        return len(core) <= 62 and GROUP_HEADING.match(core) is not None
    if len(core) > 80:
        return False
    head = core.split(" (", 1)[0].split(" /", 1)[0]
    last = head.rsplit(" ", 1)[-1].lower()
    return last in GROUP_NOUNS and BARE_GROUP_HEADING.match(core) is not None


def _note(core: str, line: Line) -> bool:
    return NOTE.match(core) is not None or (":" in core[:40] and LIST_NOTE.match(core) is not None)


_ARTIFACT_STARTS = frozenset("0123456789pP-–—\f*~=_#[စ")
"""First characters of a page artefact (a number, ``Page``, a dash, a separator)."""

CHROME_STARTS = frozenset(
    [
        "share",
        "print",
        "featured",
        "tweet",
        "email",
        "e-mail",
        "facebook",
        "twitter",
        "linkedin",
        "whatsapp",
        "telegram",
        "statement",
        "author",
        "posted",
        "filed",
        "tags",
        "tag",
        "category",
        "categories",
        "source",
        "photo",
        "image",
        "credit",
        "published",
        "related",
        "read",
        "back",
        "skip",
        "download",
        "previous",
        "next",
        "add",
        "sign",
        "home",
        "menu",
        "search",
        "subscribe",
        "donate",
        "copyright",
        "all",
        "our",
        "your",
        "views",
        "view",
        "comments",
        "comment",
        "likes",
        "like",
    ]
)
"""First words (lower case) of the page chrome that :data:`CHROME` recognises."""


def _page_artifact(core: str, line: Line) -> bool:
    return (
        len(core) <= 60
        and line.text[:1] in _ARTIFACT_STARTS
        and PAGE_ARTIFACT.match(line.text) is not None
    )


def _chrome(core: str, line: Line) -> bool:
    if len(core) > 120:
        return False
    first = core[:1]
    word = _first_word(core).rstrip(":,")
    if not (first.isdigit() or first == "©" or word in CHROME_STARTS):
        return False
    return CHROME.match(core) is not None


def _mail_header(core: str, line: Line) -> bool:
    return ":" in core[:14] and MAIL_HEADER.match(line.text) is not None


def _contacts(core: str, line: Line) -> bool:
    if CONTACTS_HEADING.match(core) is not None:
        return True
    return (
        CONTACTS_LEAD.match(core) is not None
        and len(core) < 300
        and (EMAIL.search(core) is not None or PHONE.search(core) is not None)
    )


def _email(core: str, line: Line) -> bool:
    return "@" in core and EMAIL.search(core) is not None


def _phone(core: str, line: Line) -> bool:
    return len(core) <= 300 and _DIGIT.search(core) is not None and PHONE.search(core) is not None


def _url(core: str, line: Line) -> bool:
    return ("http" in core or "www." in core) and URL.search(core) is not None


def _published(core: str, line: Line) -> bool:
    low = core[:12].lower()
    return low.startswith(("published", "posted", "updated", "first pub")) and bool(
        PUBLISHED.match(core)
    )


def _letter_title(core: str, line: Line) -> bool:
    return len(core) <= 200 and LETTER_TITLE.search(core) is not None


def _front_matter(core: str, line: Line) -> bool:
    """A YAML or TOML front-matter fence, or an HTML comment: ``---``, ``+++``, ``<!--``."""
    text = line.text
    return text in ("---", "+++") or text.startswith("<!--") or text.endswith("-->")


_KEY_VALUE = regex.compile(r"[a-z][a-zA-Z0-9_-]{0,30}:(?:[ ].*)?$")


def _key_value(core: str, line: Line) -> bool:
    """A line of front matter: ``layout: post``, ``date: 2019-03-21``."""
    return ":" in line.text[:32] and _KEY_VALUE.match(line.text) is not None


CHROME_WORDS = re.compile(
    r"""\b(?:share[ ](?:this|on)|facebook|twitter|linkedin|whatsapp|telegram|instagram
    |youtube|reply|comments?|subscribe|newsletter|cookies?|privacy[ ]policy|copyright
    |all[ ]rights[ ]reserved|minutes?[ ]read|min[ ]read|views|related[ ](?:posts|articles|news)
    |read[ ]more|log[ ]in|sign[ ]up|skip[ ]to|back[ ]to[ ]top|menu|print[ ]this|tags?:
    |posted[ ](?:by|in|on)|leave[ ]a[ ](?:reply|comment)|permalink|advertisement|home[ ]›)\b|©""",
    re.VERBOSE | re.IGNORECASE,
)
"""Words of a web page's chrome anywhere in a line: ``May 14th, 2024 • 3 minute read``,
``Leave a Reply``, ``© 2024 Delta Rights Network · Privacy policy``."""


def _chrome_words(core: str, line: Line) -> bool:
    return len(core) <= 200 and CHROME_WORDS.search(core) is not None


PATTERN_FEATURES: tuple[tuple[str, Callable[[str, Line], bool]], ...] = (
    ("salutation", _salutation),
    ("closing", _closing),
    ("closing_start", _closing_start),
    ("date", _date),
    ("subject", _subject),
    ("recipient_label", _recipient_label),
    ("honorific", _honorific),
    ("postal", _postal),
    ("signing", _signing),
    ("signing_sentence", _signing_sentence),
    ("signing_more", _signing_more),
    ("undersigned", _undersigned),
    ("group_heading", _group_heading),
    ("note", _note),
    ("page_artifact", _page_artifact),
    ("chrome", _chrome),
    ("chrome_words", _chrome_words),
    ("mail_header", _mail_header),
    ("contacts", _contacts),
    ("email", _email),
    ("phone", _phone),
    ("url", _url),
    ("published", _published),
    ("letter_title", _letter_title),
    ("front_matter", _front_matter),
    ("key_value", _key_value),
)
"""Each pattern feature by name, with its test on a line's core (and the line itself)."""


def hits_of(core: str, line: Line) -> frozenset[str]:
    """The names of the patterns the line's core matches."""
    return frozenset([name for name, test in PATTERN_FEATURES if test(core, line)])
