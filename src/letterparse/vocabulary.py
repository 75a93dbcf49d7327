"""The words of letters: named, compiled patterns shared by the sections and fields stages.

Sections use them to recognise what a line is; fields use their groups to read the
values. A pattern for a whole line is anchored at the start of the line's content; a
pattern searched inside text starts only where a run of its characters starts (a
lookbehind, as in ``EMAIL``). Where a repeat is followed by another over the same
characters, the first is possessive (``[ ]*+``), so that no match attempt backtracks
more than linearly: ``benchmarks/regex_audit.py`` checks every pattern.

>>> bool(SALUTATION.match("Your Excellencies,"))
True
>>> DATE.match("New York, 24 January 2022").group("place")
'New York'
"""

from __future__ import annotations

import regex

MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("january", "jan"),
        ("february", "feb"),
        ("march", "mar"),
        ("april", "apr"),
        ("may",),
        ("june", "jun"),
        ("july", "jul"),
        ("august", "aug"),
        ("september", "sep", "sept"),
        ("october", "oct"),
        ("november", "nov"),
        ("december", "dec"),
    ),
    1,
):
    for _name in _names:
        MONTHS[_name] = _number

_MONTH = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")"
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_ORD = r"(?:st|nd|rd|th)?"

DATE = regex.compile(
    rf"""
    (?:(?P<place>(?!{_WEEKDAY}\b)\p{{L}}[\p{{L}}\p{{M}} .'’]{{0,40}}
                 (?:,[ ]?\p{{L}}[\p{{L}}\p{{M}} .'’]{{0,40}})?)
       [ ]?(?:,|[ ][-–—])[ ]?)?
    (?P<date>(?:{_WEEKDAY},?[ ]+)?
      (?:
        (?P<d1>\d{{1,2}}){_ORD}[ ]+(?:of[ ]+)?(?P<m1>{_MONTH})\.?,?[ ]+(?P<y1>\d{{4}})
      | (?P<m2>{_MONTH})\.?[ ]+(?P<d2>\d{{1,2}}){_ORD},?[ ]+(?P<y2>\d{{4}})
      | (?P<y3>\d{{4}})-(?P<m3>\d{{1,2}})-(?P<d3>\d{{1,2}})
      | (?P<a4>\d{{1,2}})(?P<sep4>[./])(?P<b4>\d{{1,2}})(?P=sep4)(?P<y4>\d{{4}})
      | (?P<m5>{_MONTH})\.?,?[ ]+(?P<y5>\d{{4}})
    ))
    \.?[ ]*$
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
"""A line that is a date, optionally with a place and a weekday: ``1 March 2024``,
``1st March 2024``, ``March 1, 2024``, ``Sept. 5, 2023``, ``Friday, 1 March 2024``,
``2024-03-01``, ``01/03/2024``, ``March 2024``, ``New York, 24 January 2022``,
``Bangkok, Thailand – 5 May 2023``."""

DATE_IN_TEXT = regex.compile(
    rf"\b(?:\d{{1,2}}{_ORD}[ ]+{_MONTH}\.?,?[ ]+(?P<y1>\d{{4}})"
    rf"|{_MONTH}\.?[ ]+\d{{1,2}}{_ORD},?[ ]+(?P<y2>\d{{4}})"
    rf"|(?P<y3>\d{{4}})-\d{{2}}-\d{{2}})\b",
    regex.IGNORECASE,
)
"""A date written out inside prose: ``on 10 February 2024 the junta ...``."""

RECIPIENT_LABEL = regex.compile(
    r"""
    (?P<label>
        (?i:to|attn\.?|attention|cc|bcc|copy[ ]to|copies[ ]to|copied[ ]to)[ ]*:
      | To(?=[ ]+(?:the[ ]|\p{Lu}|H\.E\.))
      | TO(?=[ ]+\S)
    )[ ]*
    """,
    regex.VERBOSE,
)
"""An addressee label: ``To``, ``To:``, ``TO:``, ``Attn:``, ``CC:``, ``cc:``, ``Copy to:``,
``Copied to:``. Without a colon, ``To`` must be followed by a capital or "the"."""

HONORIFIC = regex.compile(
    r"(?:H\.\s?E\.|His |Her |Their |Hon\.|The Hon|Rt\.? Hon|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Prof\.?"
    r"|Ambassador|Minister|President|Secretary|Sir|Dame|Madam|Excellenc)\b"
)
"""The start of an addressee's name in an address block: ``H.E. Mr. …``, ``Dr. …``."""

POSTAL = regex.compile(
    r"(?:\p{N}{1,6}[ ]+\p{L}.{0,60}\b(?i:street|st\.|avenue|ave\.?|road|rd\.|plaza|square"
    r"|boulevard|blvd|lane|place|floor)\b"
    r"|.{0,60}\b[A-Z]{2}[ ]+\p{N}{5}(?:-\p{N}{4})?$"
    r"|(?i:p\.?o\.?[ ]box|postfach|case[ ]postale)\b"
    r"|.{0,40}\b(?:\p{N}{4,6}|[A-Z]{1,2}\p{N}{1,2}[ ]\p{N}[A-Z]{2})$"
    r"|(?i:geneva|new[ ]york|brussels|bangkok|london|washington)\b.{0,30}$)"
)
"""An address line: ``405 East 42nd Street``, ``New York, NY 10017``, ``CH-1211 Geneva 10``."""

SUBJECT = regex.compile(
    r"""
    (?P<open>\*\*|__)?
    (?P<label>(?i:re|subject|subj|ref|regarding|concerning)[ ]*:)
    [ ]*(?P<text>.*?)[ ]*(?P=open)?$
    """,
    regex.VERBOSE,
)
"""A subject line: ``Re: …``, ``RE: …``, ``Subject: …``, ``Subj: …``, ``Ref: …``, and the
markdown-bold ``**Re: …**``."""

SALUTATION = regex.compile(
    r"""
    (?:
        (?i:dear|my[ ]dear)[ ]\S.{0,150}?
      | (?i:your[ ])?(?i:excellency|excellencies)
      | (?i:to[ ]whom[ ]it[ ]may[ ]concern)
      | (?i:distinguished|honou?rable|esteemed)[ ][^,:]{1,80}
      | (?i:hello|greetings)(?:[ ][^,:]{1,60})?
    )[ ]*+[,:!]?$
    """,
    regex.VERBOSE,
)
"""A salutation on its own line: ``Dear Secretary-General,``, ``Your Excellency,``,
``Excellencies,``, ``Dear Minister Smith:``, ``To whom it may concern,``."""

CLOSING = regex.compile(
    r"""
    (?i:
        (?:yours[ ])?(?:sincerely|faithfully|truly|respectfully)(?:[ ]yours)?
      | (?:with[ ])?(?:kind(?:est)?[ ]|best[ ]|warm[ ]|warmest[ ]|sincere[ ])?regards
      | respectfully
      | in[ ]solidarity
      | (?:with[ ])?(?:best[ ]wishes|gratitude|thanks|appreciation)
      | thank[ ]you
      | signed
      | respectfully[ ]submitted
    )[ ]*[,.!]?$
    """,
    regex.VERBOSE,
)
"""A complimentary close alone on its line: ``Sincerely,``, ``Yours faithfully,``,
``In solidarity,``, and ``Signed,`` (but not ``Signed by …``, which heads a list)."""

CONTACTS_HEADING = regex.compile(
    r"""
    (?i:
        (?:for[ ](?:more|further)[ ]information|for[ ](?:media|press)[ ]inquiries
           |(?:media|press)[ ]contacts?|contacts?(?:[ ]persons?|[ ]people)?)
    )
    (?P<rest>[^:]{0,80}):[ ]*$
    """,
    regex.VERBOSE,
)
"""A heading above contact entries: ``For more information, please contact:``,
``Contact:``, ``Media contacts:``."""

SIGNING = regex.compile(
    r"""
    (?i:
        (?:this[ ](?:joint[ ])?(?:letter|statement|appeal)[ ](?:is|was|has[ ]been)[ ])?
        (?:signed|endorsed|co-signed|cosigned|supported)[ ]by
      | we,?[ ]the[ ](?:undersigned|\p{N}+[ ]undersigned)
      | the[ ]undersigned
      | (?:list[ ]of[ ])?(?:signatories|signatures|signers|endorsements|endorsers)
    )
    (?P<rest>\b.*)$
    """,
    regex.VERBOSE,
)
"""The statement or heading above the signatories: ``Signed by 397 civil society
organizations, …``, ``Signed by:``, ``Signatories:``, ``Endorsed by:``, ``Co-signed by``,
``The undersigned``, ``List of signatories``, ``We, the undersigned 286 organizations``."""

GROUP_HEADING = regex.compile(
    r"""
    (?P<name>
        (?i:(?:[\p{L}\p{M}-]+[ ]){0,3}(?:organi[sz]ations?|individuals?|groups?|networks?
            |signatories|members|persons|people|academics|experts|parliamentarians|CSOs|NGOs))
      | [^:]{1,60}(?=:)
    )[ ]*+:?[ ]*+$
    """,
    regex.VERBOSE,
)
"""A heading that groups the signatories: ``Organisations:``, ``Individuals:``,
``International organisations``, ``Myanmar organisations``, ``Supporting groups:``."""

PAGE_ARTIFACT = regex.compile(
    r"""
    (?:
        (?i:page[ ]+)?\p{Nd}{1,4}(?:[ ]*(?i:of|/)[ ]*\p{Nd}{1,4})?
      | [-–—][ ]*\p{Nd}{1,4}[ ]*[-–—]
      | \f+
    )$
    """,
    regex.VERBOSE,
)
"""A page number alone on its line, as PDF text leaves them: ``2``, ``Page 2 of 7``,
``2/7``, ``- 2 -``, a lone form feed."""

CHROME = regex.compile(
    r"""
    (?i:
        share(?:[ ]this(?:[ ](?:post|page|article))?)?|print(?:[ ]this(?:[ ]page)?)?
      | featured[ ]image|tweet|email|facebook|twitter|linkedin|whatsapp|telegram
      | (?:\p{N}[\p{N},.]*[ ]?)?(?:views?|comments?|likes?|shares?)
      | statement[ ]+\p{N}[\p{N},]*[ ]+views?
      | \p{N}+[ ]min(?:ute)?s?[ ]read
      | (?:author|posted[ ](?:by|in|on)|filed[ ]under|tags?|categor(?:y|ies)|source|photo|image
          |credit|published)[ ]*:.*
      | related(?:[ ](?:posts|articles|news))?|read[ ]more|back[ ]to[ ]top|skip[ ]to[ ]content
      | download(?:[ ]\S+){0,3}|(?:previous|next)[ ](?:post|article)(?:[ ]*:.*)?
      | home|menu|search|subscribe|donate|copyright.*|©.*|all[ ]rights[ ]reserved.*
    )[ ]*$
    """,
    regex.VERBOSE,
)
"""Web-page chrome around a pasted letter: ``Share this``, ``Print``, ``Featured image``,
``Statement 1586 Views``, ``13 minute read``, ``Author: …``, ``Tags: …``."""

EMAIL = regex.compile(
    r"(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]++@[\p{L}\p{N}-]++(?:\.[\p{L}\p{N}-]++)*\.\p{L}{2,}"
)
"""An e-mail address: ``info@progressive-voice.org``."""

PHONE = regex.compile(r"(?<![\p{N}\p{L}])\+?\p{N}[\p{N} ().-]{6,20}\p{N}(?![\p{N}\p{L}])")
"""A phone number with at least 8 digits' room: ``+66 81 234 5678``, ``(02) 123-4567``."""

URL = regex.compile(r"(?:https?://|www\.)[^\s<>()\[\]]*[^\s<>()\[\].,;:!?'\"’”]")
"""A bare URL in prose: ``https://example.org/report``, ``www.example.org``."""

MARKDOWN_LINK = regex.compile(r"\[(?P<text>[^\[\]\n]{1,500})\]\((?P<target>[^()\s]{0,2000})\)")
"""A markdown link: ``[Resolution 2669](#)``, ``[report](https://example.org)``."""

ANGLE_URL = regex.compile(r"<(?P<target>(?:https?://|mailto:)[^<>\s]{1,2000})>")
"""A URL in angle brackets, as e-mail text has them: ``<https://example.org>``."""
