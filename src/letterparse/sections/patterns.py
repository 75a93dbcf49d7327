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

from collections.abc import Callable

import regex

from ..lines import Line
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


def core_of(line: Line, *, marked: bool) -> str:
    """The line as the patterns read it. ``marked``: the marker is the letter's own (not a
    paste viewer's before every line), and stays out of the core all the same."""
    text = line.body
    if not marked and text.startswith(("- ", "* ")):
        text = text[2:]
    if text[:1] == ">":
        text = text.lstrip("> ")
    if "<" in text or "\\" in text:
        text = _TRAILING_BREAK.sub("", text)
    text = plain(text) if text[:1] in "#*_" else text
    if text[:1] in _EMPHASIS and text[-1:] in _EMPHASIS:
        text = text.strip(_EMPHASIS).strip()
    elif text[-2:] in ("**", "__") and "**" not in text[:-2] and "__" not in text[:-2]:
        text = text[:-2].rstrip()
    return text or line.text


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


def _salutation(core: str, line: Line) -> bool:
    word = _first_word(core)
    if word not in SALUTATION_STARTS and word.rstrip(",:!") not in SALUTATION_STARTS:
        return not core.isascii() and SALUTATION.match(core) is not None
    return len(core) <= 200 and SALUTATION.match(core) is not None


def _closing(core: str, line: Line) -> bool:
    word = _first_word(core)
    if word not in CLOSING_STARTS and word.rstrip(",.!") not in CLOSING_STARTS:
        return not core.isascii() and len(core) < 80 and CLOSING.match(core) is not None
    return len(core) <= 240 and CLOSING.match(core) is not None


def _date(core: str, line: Line) -> bool:
    return len(core) <= 80 and _has_year(core) and DATE.match(core) is not None


def _has_year(text: str) -> bool:
    """Four digits in a row somewhere: a cheap test before the date pattern."""
    run = 0
    for char in text:
        run = run + 1 if char.isdigit() else 0
        if run == 4:
            return True
    return False


def _subject(core: str, line: Line) -> bool:
    return (":" in core[:14] and SUBJECT.match(core) is not None) or (
        not core.isascii() and SUBJECT.match(core) is not None
    )


def _recipient_label(core: str, line: Line) -> bool:
    head = core[:3].lower()
    if head[:2] not in ("to", "at", "cc", "bc", "co") and core.isascii():
        return False
    return RECIPIENT_LABEL.match(core) is not None


def _honorific(core: str, line: Line) -> bool:
    return HONORIFIC.match(core) is not None


def _postal(core: str, line: Line) -> bool:
    return len(core) <= 100 and any(char.isdigit() for char in core) and bool(POSTAL.match(core))


def _signing(core: str, line: Line) -> bool:
    return len(core) <= 400 and SIGNING.match(core) is not None


def _signing_sentence(core: str, line: Line) -> bool:
    return core.endswith(":") and SIGNING_SENTENCE.match(core) is not None


def _undersigned(core: str, line: Line) -> bool:
    return "undersigned" in core.lower() or (
        "signed by" in core.lower() and UNDERSIGNED.search(core) is not None
    )


def _group_heading(core: str, line: Line) -> bool:
    if core.endswith(":"):
        return len(core) <= 62 and GROUP_HEADING.match(core) is not None
    return len(core) <= 80 and BARE_GROUP_HEADING.match(core) is not None


def _note(core: str, line: Line) -> bool:
    return NOTE.match(core) is not None or (":" in core[:40] and LIST_NOTE.match(core) is not None)


def _page_artifact(core: str, line: Line) -> bool:
    return len(core) <= 60 and PAGE_ARTIFACT.match(line.text) is not None


def _chrome(core: str, line: Line) -> bool:
    return len(core) <= 120 and CHROME.match(core) is not None


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
    return any(char.isdigit() for char in core) and PHONE.search(core) is not None


def _url(core: str, line: Line) -> bool:
    return ("http" in core or "www." in core) and URL.search(core) is not None


def _published(core: str, line: Line) -> bool:
    low = core[:12].lower()
    return low.startswith(("published", "posted", "updated", "first pub")) and bool(
        PUBLISHED.match(core)
    )


def _front_matter(core: str, line: Line) -> bool:
    """A YAML or TOML front-matter fence, or an HTML comment: ``---``, ``+++``, ``<!--``."""
    text = line.text
    return text in ("---", "+++") or text.startswith("<!--") or text.endswith("-->")


_KEY_VALUE = regex.compile(r"[A-Za-z][a-zA-Z0-9_-]{0,30}:(?:[ ].*)?$")


def _key_value(core: str, line: Line) -> bool:
    """A line of front matter or of an e-mail's header: ``layout: post``, ``date: 2019-03-21``,
    ``OldURL: 2012/01/10/…``."""
    return ":" in line.text[:32] and _KEY_VALUE.match(line.text) is not None


CHROME_WORDS = regex.compile(
    r"""(?i:\b(?:share[ ](?:this|on)|facebook|twitter|linkedin|whatsapp|telegram|instagram
    |youtube|reply|comments?|subscribe|newsletter|cookies?|privacy[ ]policy|copyright
    |all[ ]rights[ ]reserved|minutes?[ ]read|min[ ]read|views|related[ ](?:posts|articles|news)
    |read[ ]more|log[ ]in|sign[ ]up|skip[ ]to|back[ ]to[ ]top|menu|print[ ]this|tags?:
    |posted[ ](?:by|in|on)|leave[ ]a[ ](?:reply|comment)|permalink|advertisement|home[ ]›)\b|©)""",
    regex.VERBOSE,
)
"""Words of a web page's chrome anywhere in a line: ``May 14th, 2024 • 3 minute read``,
``Leave a Reply``, ``© 2024 Delta Rights Network · Privacy policy``."""


def _chrome_words(core: str, line: Line) -> bool:
    return len(core) <= 200 and CHROME_WORDS.search(core) is not None


PATTERN_FEATURES: tuple[tuple[str, Callable[[str, Line], bool]], ...] = (
    ("salutation", _salutation),
    ("closing", _closing),
    ("date", _date),
    ("subject", _subject),
    ("recipient_label", _recipient_label),
    ("honorific", _honorific),
    ("postal", _postal),
    ("signing", _signing),
    ("signing_sentence", _signing_sentence),
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
    ("front_matter", _front_matter),
    ("key_value", _key_value),
)
"""Each pattern feature by name, with its test on a line's core (and the line itself)."""


def hits_of(core: str, line: Line) -> frozenset[str]:
    """The names of the patterns the line's core matches."""
    return frozenset(name for name, test in PATTERN_FEATURES if test(core, line))
