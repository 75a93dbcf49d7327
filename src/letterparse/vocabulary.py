"""The words of letters: named, compiled patterns shared by the sections and fields stages.

Sections use them to recognise what a line is; fields use their groups to read the
values. A pattern for a whole line is anchored at the start of the line's content; a
pattern searched inside text starts only where a run of its characters starts (a
lookbehind, as in ``EMAIL``). Where a repeat is followed by another over the same
characters, the first is possessive (``[ ]*+``), so that no match attempt backtracks
more than linearly: ``benchmarks/regex_audit.py`` checks every pattern. A pattern that
has a Burmese form (``burmese.with_burmese``) takes it from :mod:`letterparse.myanmar.words`
as one more alternative, compiled once with the rest.

>>> bool(SALUTATION.match("Your Excellencies,"))
True
>>> DATE.match("New York, 24 January 2022").group("place")
'New York'
"""

from __future__ import annotations

import regex

from .datewords import DATE_BODY, MONTH, SHORT_WEEKDAY, WEEKDAY
from .myanmar import words as burmese

_PLACE_WORD = (
    r"(?:\p{Lu}[\p{L}\p{M}.'’-]{0,30}"
    r"|(?-i:de|da|do|dos|das|del|di|du|des|la|las|los|le|of|upon|am|sur|von|van|der))"
)
"""A word of a place name: capitalised (``Kuala``, ``Cox's``), or a particle (``de``)."""

DATE = burmese.with_burmese(
    rf"""
    (?:(?:\*\*|__)?(?i:(?:date|fecha|datum|data)[ ]*:|date[ ]+(?=\d|{MONTH}\b)
        |dated(?:[ ]at)?[ ]*:?)(?:\*\*|__)?[ ]*)?
    (?:(?P<place>(?!{WEEKDAY}\b|{SHORT_WEEKDAY},){_PLACE_WORD}(?:[ ]{_PLACE_WORD}){{0,4}}
                 (?:,[ ]?{_PLACE_WORD}(?:[ ]{_PLACE_WORD}){{0,3}})?)
       (?:[ ]?(?:,|[ ][-–—])[ ]?(?:a[ ](?=\d))?|[ ](?=\d{{1,2}}[ ]+(?i:de[ ]))|[ ]a[ ](?=\d)))?
    (?P<date>{DATE_BODY})
    [.,]?[ ]*$
    """,
    burmese.DATE_SOURCE,
    regex.VERBOSE,
)
"""A line that is a date, optionally with a place and a weekday: ``1 March 2024``,
``1st March 2024``, ``March 1, 2024``, ``Sept. 5, 2023``, ``Friday, 1 March 2024``,
``2024-03-01``, ``01/03/2024``, ``March 2024``, ``New York, 24 January 2022``,
``Bangkok, Thailand – 5 May 2023``, ``Dated at Port Elsin, the 3rd day of March, 2023``,
``Barcelona 21 de marzo de 2019`` (a Spanish dateline without its comma),
``México D.F. a 27 de noviembre de 2014.``, ``Date 29 January 2009``, ``DATE:May 13, 1995``,
and in French, Spanish, Portuguese and German: ``Genève, le 3 mars 2023``, ``Ciudad de
México, 3 de marzo de 2023``, ``1er mai 2024``, ``Berlin, den 3. März 2023``; in Russian,
Thai (Buddhist Era) and Chinese: ``12 октября 2023 г.``, ``26 กรกฎาคม 2560``,
``2017年3月22日`` (see :data:`letterparse.datewords.DATE_BODY`)."""


def plain(text: str) -> str:
    """A line as the whole-line recognisers read it: without Markdown's heading marks and
    without the bold around it or its label.

    >>> plain("## Signatories"), plain("**Organisations**"), plain("**To:** the Mayor")
    ('Signatories', 'Organisations', 'To: the Mayor')
    """
    if text[:1] not in ("#", "*", "_"):
        return text
    if text.startswith("#"):
        rest = text.lstrip("#")
        if len(text) - len(rest) > 6 or not rest.startswith(" "):
            return text  # "#MyanmarCoup", not a heading
        text = rest.lstrip(" ")
    for mark in ("**", "__"):
        end = text.find(mark, 2) if text.startswith(mark) else -1
        if end > 2:
            return text[2:end] + text[end + 2 :]
    return text


MAIL_HEADER = regex.compile(
    r"(?i:(?P<from>from)|sent|date|to|cc|bcc|subject|reply-to|importance)[ ]*:[ ]*\S.*"
    r"|-{2,}[ ]*(?i:forwarded[ ]message|original[ ]message)[ ]*-{2,}"
)
"""A line of an e-mail's header block, as a forwarded letter keeps it on top:
``From: Ingrid Solvang <i.solvang@example.org>``, ``Sent: Tuesday, 14 March 2023``,
``---------- Forwarded message ---------``."""

PUBLISHED = regex.compile(
    r"(?i:(?:first[ ])?(?:published|posted|updated)(?:[ ]on)?)[ ]*:?[ ]*(?P<date>[^|·•]{6,40}?)"
    r"(?:[ ]*[|·•].*|[ ]+(?i:by|in)[ ].*)?$"
)
"""A web page's publication line, its date before any other page facts:
``Published on 5 October 2022 | Statements | 4 min read``, ``Posted: March 3, 2023``."""

LETTER_TITLE = regex.compile(
    r"(?i:(?:open|joint|public|civil[ ]society|ngo)[ ]letter|letter[ ](?:to|from|on|of)[ ]"
    r"|carta[ ](?:abierta|aberta|conjunta|pública)|lettre[ ](?:ouverte|commune)"
    r"|offener[ ]brief|offene[ ]brief|open[ ]brief|открытое[ ]письмо)"
    r"|公开信|公開信|联署信|聯署信|จดหมายเปิดผนึก"
)
"""The letter naming itself, as its title or a page's headline does: ``Joint letter to the
Secretary-General``, ``Carta abierta a …``, ``Offener Brief``, ``公开信``."""

RECIPIENT_LABEL = burmese.with_burmese(
    r"""
    (?P<label>
        (?:\*\*|__)?(?i:to|attn\.?|attention|cc|bcc|copy[ ]to|copies[ ]to|copied[ ]to)[ ]*:
        (?:\*\*|__)?
      | To(?=[ ]+(?:the[ ]|\p{Lu}|H\.E\.))
      | TO(?=[ ]+\S)
    )[ ]*
    """,
    burmese.RECIPIENT_SOURCE,
    regex.VERBOSE,
)
"""An addressee label: ``To``, ``To:``, ``TO:``, ``Attn:``, ``CC:``, ``cc:``, ``Copy to:``,
``Copied to:``, in Markdown bold too (``**To:**``). Without a colon, ``To`` must be
followed by a capital or "the"."""

_PERSONAL_TITLE = (
    r"(?:H\.[ ]?E\.|S\.[ ]?E\.|His[ ]|Her[ ]|Their[ ]|Hon\.|The[ ]Hon|Rt\.?[ ]Hon|Sir[ ]|Dame[ ]"
    r"|Madam[ ]|(?:Mr|Mrs|Ms|Mx|Dr|Prof)(?:\.|[ ])"
    r"|(?:Monsieur|Madame|Mme|Señor|Señora|Senhor|Senhora|Doña|Frau|Herrn)[ ]"
    r"|(?:Lic|Licda|Ing|Sr|Sra|Srta|Excmo|Excma|Dra)\.[ ]?)"
)

PERSONAL_TITLE = burmese.with_burmese(_PERSONAL_TITLE, burmese.PERSONAL_TITLE_SOURCE)
"""A title before a person's name: ``H.E. Mr. …``, ``Dr. …``, ``The Hon. …``; in French,
Spanish and Portuguese ``Madame …``, ``S.E. M. …``, ``Lic. …``, ``Sra. …``, ``Excmo. …``."""

HONORIFIC = burmese.with_burmese(
    _PERSONAL_TITLE + r"|(?:Ambassador|Minister|President|Secretary|Excellenc)\b",
    burmese.HONORIFIC_SOURCE,
)
"""The start of an addressee: a personal title, or an office: ``Minister …``."""

POSTAL = burmese.with_burmese(
    r"""
    (?:
        (?:[^,\d]{1,40},[ ])?\p{N}{1,6}[a-zA-Z]?[ ]+\p{L}.{0,60}
        \b(?i:street|st\.|avenue|ave\.?|road|rd\.|plaza|square|boulevard|blvd|lane|place|floor
            |strasse|straße|rue|chemin|avenida|soi|thanon)\b
      | .{0,60}\b[A-Z]{2}[ ]+\p{N}{5}(?:-\p{N}{4})?$
      | (?i:p\.?o\.?[ ]box|postfach|case[ ]postale)\b
      | .{0,40}[ ]\p{N}{5,6}$
      | (?:[A-Z]{1,2}-)?\p{N}{4,5}[ ]\p{Lu}\p{L}+
      | .{0,40}\b[A-Z]{1,2}\p{N}[A-Z\p{N}]?[ ]\p{N}[A-Z]{2}$
      | \p{Lu}[\p{L}\p{M}.-]{1,30}(?:[ ]\p{Lu}[\p{L}\p{M}.-]{1,30})?[ ]\p{N}{1,6}
        ,[ ]\p{Lu}[\p{L}\p{M} ]{2,30}$
    )
    """,
    burmese.POSTAL_SOURCE,
    regex.VERBOSE,
)
"""An address line: ``405 East 42nd Street``, ``New York, NY 10017``, ``CH-1211 Geneva 10``,
``Bangkok 10330``, ``London SW1A 2AH``."""

SUBJECT = burmese.with_burmese(
    r"""
    (?P<open>\*\*|__)?
    (?P<label>(?i:re|subject|subj|ref|regarding|concerning|objet|asunto|assunto|betreff)[ ]*:)
    (?P=open)?[ ]*(?P<text>.*?)[ ]*(?P=open)?$
    """,
    burmese.SUBJECT_SOURCE,
    regex.VERBOSE,
)
"""A subject line: ``Re: …``, ``RE: …``, ``Subject: …``, ``Subj: …``, ``Ref: …``, the
markdown-bold ``**Re: …**`` and ``**Subject:** …``, and ``Objet :``, ``Asunto:``,
``Assunto:``, ``Betreff:``."""

SALUTATION = burmese.with_burmese(
    r"""
    (?:
        (?i:dear|my[ ]dear)[ ][^,:!]{1,150}
      | (?i:your[ ])?(?i:excellency|excellencies)
      | (?i:to[ ]whom[ ]it[ ]may[ ]concern)
      | (?i:to[ ]the[ ]editors?)
      | (?:Mr\.?|Mrs\.?|Ms\.?|Madam|Madame|Mister|Monsieur)[ ][^,:]{1,60}(?=,[ ]*$)
      | (?:Sir|Madam|Madame)(?:[ ]or[ ]Madam)?(?=,[ ]*$)
      | (?i:distinguished|honou?rable|esteemed)[ ][^,:]{1,80}
      | (?i:hello|greetings)(?:[ ][^,:]{1,60})?
      | (?i:ch[eè]re?s?|estimad[oa]s?|querid[oa]s?|prezad[oa]s?|sehr[ ]geehrte[rs]?|liebe[rs]?)
        [ ][^,:!]{1,150}
      | (?i:votre[ ])?(?i:excellences?)
      | Mesdames(?:[ ]et)?,?[ ]Messieurs
      | (?:Excelent[íi]s{1,2}im[oa]s?|Distinguid[oa]s?|Se[ñn]h?or(?:a|es|as)?|Sr\.|Sra\.)
        (?:[ ][^,:]{1,80})?(?=[,:][ ]*$)
      | (?:Уважаем(?:ый|ая|ые)|Дорог(?:ой|ая|ие)|Здравствуйте)(?:[ ][^!,.:]{1,100})?
      | เรียน[ ]*+[^ ].{0,150}
      | (?:致|尊敬的|親愛的|亲爱的)[^，,：:。]{1,60}
    )[ ]*+[,:!：，]?$
    """,
    burmese.SALUTATION_SOURCE,
    regex.VERBOSE,
)
"""A salutation on its own line: ``Dear Secretary-General,``, ``Your Excellency,``,
``Excellencies,``, ``Dear Minister Smith:``, ``To whom it may concern,``; in French,
Spanish and Portuguese ``Madame la Présidente,``, ``Chère Madame,``, ``Excelentísimo
señor:``, ``Estimada Relatora:``, ``Prezada Senhora,``; in Russian, Thai and Chinese
``Уважаемый Иван Петрович!``, ``เรียน นายกรัฐมนตรี``, ``致行政長官：``."""

CLOSING = burmese.with_burmese(
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
      | with[ ](?:great[ ]|deep[ ]|the[ ]utmost[ ])?respect
      | (?:please[ ])?accept,?[ ](?:[\p{L} ]{1,40},[ ])?(?:once[ ]again[ ])?the[ ]
        (?:renewed[ ])?assurances?[ ]of[ ](?:our|my)[ ][\p{L} ]{0,40}?consideration
      | (?:bien[ ]|tr[eè]s[ ])?cordialement|salutations[ ]distingu[ée]es
      | (?:veuillez|nous[ ]vous[ ]prions[ ]d['’])[ ]?agr[ée]er[^.]{0,160}?
        (?:consid[ée]ration|salutations|sentiments|respect)[^.]{0,60}
      | atentamente|cordialmente|respetuosamente|(?:un[ ])?(?:cordial|atento)[ ]saludo
      | saludos(?:[ ]cordiales)?|atenciosamente|cordialmente
      | (?:mit[ ])?(?:freundlichen|besten|solidarischen|herzlichen)[ ]gr(?:ü|ue)(?:ß|ss)en
      | mit[ ]freundlichem[ ]gru(?:ß|ss)|freundliche[ ]gr(?:ü|ue)(?:ß|ss)e|hochachtungsvoll
      | (?:all[ ]the[ ])?best|warmly|cheers|with[ ](?:metta|love|peace|warm[ ]wishes)
      | yours[ ]in[ ](?:solidarity|peace|struggle)
      | с[ ](?:уважением|наилучшими[ ]пожеланиями)|искренне[ ]ваш[аи]?
      | 敬上|此致|敬禮|敬礼|謹啟|谨启|謹上|谨上
      | (?:ขอแสดง)?ความนับถือ|ด้วยความ(?:เคารพ)?นับถือ
    )[ ]*[,.!，。]?$
    """,
    burmese.CLOSING_SOURCE,
    regex.VERBOSE,
)
"""A complimentary close alone on its line: ``Sincerely,``, ``Yours faithfully,``,
``In solidarity,``, the diplomatic ``Please accept, Excellency, the assurances of our
highest consideration.``, ``Signed,`` (but not ``Signed by …``, which heads a list), and
in French, Spanish and Portuguese ``Veuillez agréer, Madame, l'expression de …``,
``Cordialement,``, ``Atentamente,``, ``Un cordial saludo,``, ``Atenciosamente,``; and
``With metta,``, ``Best,``, ``С уважением,``, ``敬上``, ``ขอแสดงความนับถือ``."""

CONTACTS_LEAD = regex.compile(
    r"""
    (?:\*\*|__)?
    (?i:
        for[ ](?:more|further)[ ]information
      | for[ ](?:media|press)[ ](?:inquiries|enquiries|queries)
      | (?:media|press)[ ]contacts?
      | contacts?(?:[ ](?:persons?|people|details|information))?
      | pour[ ](?:plus[ ]d['’]informations?|toute[ ](?:information|question))
      | personnes?[ ](?:de[ ])?contact|contactos?|para[ ]m[áa]s[ ]informaci[óo]n|contatos?
      | kontakt(?:person)?|ansprechpartner(?:in)?|f[üu]r[ ]r[üu]ckfragen
    )\b
    """,
    regex.VERBOSE,
)
"""The start of a contacts heading or sentence: ``For more information``, ``Media contact``,
``Contact``; ``Pour plus d'informations``, ``Contacto``, ``Para más información``."""

CONTACTS_HEADING = burmese.with_burmese(
    CONTACTS_LEAD.pattern + r"[^:]{0,80}:[ ]*$", burmese.CONTACTS_HEADING_SOURCE, regex.VERBOSE
)
"""A heading above contact entries: ``For more information, please contact:``,
``Contact:``, ``Media contacts:``."""

SIGNING = burmese.with_burmese(
    r"""
    (?i:
        (?:this[ ](?:joint[ ]|open[ ])?(?:letter|statement|appeal|submission)[ ]
           (?:is|was|has[ ]been|have[ ]been)[ ](?:jointly[ ])?)?
        (?:signed|endorsed|co-?signed|supported)(?:[ ]by\b.*|[ ]*:)
      | (?:list[ ]of[ ])?(?:co-?signatories|signatories|signatures|signers|endorsements|endorsers
           |signatory[ ]organi[sz]ations)
        (?:[ ]?\([^()]{1,40}\)|[ ]\p{Nd}[\p{Nd},]{0,8})?(?:[ ]*/[ ]*[^/:]{1,60})?[ ]*:?
      | (?:co-?)?signatories[ ]*:[ ]*(?-i:\p{Lu}).*
      | (?:liste[ ]des[ ]|lista[ ]de[ ])?(?:(?:organi[sz]ations|organizaciones)[ ])?
        (?:co-?signataires|signataires|firmantes|assinantes|firmas|signatures)[ ]*:?
      | (?:(?:cette|la)[ ](?:lettre|d[ée]claration)[ ](?:est|a[ ][ée]t[ée])[ ]
         |(?:esta|la)[ ](?:carta|declaraci[óo]n)[ ](?:es|ha[ ]sido|fue|est[áa])[ ])
        (?:sign[ée]e?s?|soutenue?s?|firmad[oa]s?|suscrit[oa]s?|respaldad[oa]s?)[ ](?:par|por)\b.*
      | (?:sign[ée]e?s?|soutenue?s?|firmad[oa]s?|suscrit[oa]s?|respaldad[oa]s?)
        (?:[ ](?:par|por))?[ ]*:
      | (?:firman|suscriben)[ ]*:
      | the[ ]following[ ](?:\p{Nd}[\p{Nd},]{0,8}[ ])?(?:[\p{L}-]+[ ]){0,3}?
        (?:organi[sz]ations|groups|individuals|signatories|people|persons)[ ]
        (?:endorse|sign|support)[ ](?:this|the)[ ](?:letter|statement|appeal)[ ]*:
      | (?:unterzeichnende|erstunterzeichnende|unterzeichner(?:innen)?|unterzeichnet[ ]von)
        (?:[ ](?:organisationen|einzelpersonen|personen))?[ ]*:?
      | (?:for[ ]and[ ])?on[ ]behalf[ ]of[ ](?:the[ ])?(?:following|undersigned)\b[^.:]{0,100}:
      | (?:for[ ]and[ ])?on[ ]behalf[ ]of[ ](?:the[ ])?\p{Nd}[\p{Nd},]{0,8}[ ]
        (?:organi[sz]ations|signatories|groups|members)\b[^.:,]{0,80}:?
      | (?:we,?[ ])?the[ ]undersigned(?:[ ][^:]{0,60})?:
      | (?:annex|appendix|attachment)\b[^.]{0,40}
        \b(?:signatories|signatures|signers|endorsements)\b.*
      | (?:we,?[ ])?the[ ]undersigned(?:[ ](?:organi[sz]ations|individuals|groups))?
    )[ ]*$
    """,
    burmese.SIGNING_SOURCE,
    regex.VERBOSE,
)
"""The statement or heading above the signatories: ``Signed by 397 civil society
organizations, …``, ``Signed by:``, ``Signatories:``, ``Signatories (42)``,
``Signatories: Alpha Network, Beta Forum`` (the names inline), ``Signataires :``,
``Cette lettre est signée par les 12 organisations suivantes.``, ``Firmantes:``,
``On behalf of the following member organisations:``,
``Endorsed by:``, ``Co-signed by``, ``The undersigned``, ``List of signatories``."""

SIGNING_SENTENCE = regex.compile(
    r"[^:]{0,120}\b(?i:signed|endorsed|co-?signed|signatories|signatures)\b[^:.]{0,80}:[ ]*$"
)
"""A sentence that introduces the signatories, alone in its paragraph: ``The following
organisations have endorsed this letter:``."""

UNDERSIGNED = regex.compile(
    r"(?i:(?:we,?[ ])?the[ ]undersigned|(?:we|this[ ]letter)[ ](?:is[ ])?(?:jointly[ ])?"
    r"(?:signed|endorsed)[ ]by)\b"
)
"""A body sentence that declares who signs: ``We, the undersigned 286 organizations, …``."""

_GROUP_NOUNS = (
    r"organi[sz]ations|individuals|groups|networks|signatories|members|persons|people"
    r"|academics|experts|parliamentarians|CSOs|NGOs|unions|institutions|endorsers"
    r"|organizaciones|organizações|personas|personnes|individus|pessoas|particuliers"
    r"|organisationen|einzelpersonen|personen|verbände"
)

GROUP_HEADING = regex.compile(
    rf"""
    (?P<name>
        (?i:(?:[\p{{L}}\p{{M}}-]+[ ]){{0,3}}(?:{_GROUP_NOUNS}|organi[sz]ation|individual|group))
        (?:[ ]?\([\p{{Nd}},]{{1,9}}\))?
      | [^:]{{1,60}}(?=:)
    )[ ]*+:?[ ]*+$
    """,
    regex.VERBOSE,
)
"""A heading that groups the signatories: ``Organisations:``, ``Individuals:``,
``Supporting groups:``, ``Individuals (12)``; without a colon only plural and short:
``International organisations``, ``Myanmar organisations`` (see ``BARE_GROUP_HEADING``)."""

BARE_GROUP_HEADING = regex.compile(
    rf"(?i:(?:[\p{{L}}\p{{M}}-]+[ ]){{0,3}}(?:{_GROUP_NOUNS}))(?:[ ]?\([\p{{Nd}},]{{1,9}}\))?"
    r"(?:[ ]*/[ ]*[^/:]{1,60})?$"
)
"""A group heading without a colon: ``Myanmar organisations``, and with its translation
``Organisations / အဖွဲ့အစည်းများ``; never ``Alpha Rights Group``."""

NOTE = regex.compile(
    r"""
    (?:
        \[\p{Nd}{1,3}\][ ]?\S
      | \p{Nd}{1,3}[ ]+(?:https?://|www\.)
      | (?i:p\.[ ]?s\.?:?|ps[:.])(?=[ ]|$)
      | (?i:(?:foot|end)?notes?|references|sources)[ ]*:?$
      | \*+(?=[^\s*])
      | (?i:(?:institutional[ ])?affiliations?\b[^.]{0,40}\bidentification)
      | (?:\.{3}|…)?[ ]*(?i:and|plus)[ ]
        (?i:\p{Nd}[\p{Nd},]*[ ](?:other|more)[ ]\p{L}+|many[ ]more|(?:many[ ])?others)[ ]*[.…!]*$
    )
    """,
    regex.VERBOSE,
)
"""Notes around a letter, never body text or signatories: footnotes (``[1] https://…``,
``1 https://…``), a ``P.S.``, a ``Notes:`` or ``References`` heading, an asterisk's
note (``*signed after publication``), ``Affiliations for identification only``, the end
of a list that is not all there (``... and 45 other organisations``, ``and many more``),
(after the list, :data:`LIST_NOTE` too).
Of the lines that open with a list marker, only ``p. s.`` and ``*…`` lines can match
(the sections stage relies on it; ``tests/test_vocabulary.py`` checks it)."""

LIST_NOTE = regex.compile(
    r"""
    (?i:(?:last[ ])?updated?)\b[^:]{0,60}:.*
  | (?i:enclosures?|encl\.|attachments?|annex)[ ]*:(?!.*(?i:signator|signature|signer|endorse)).*
    """,
    regex.VERBOSE,
)
"""A note below or above the list of signatories (only there: in the body these open
prose): ``Updated 12 March 2024: 5 new signatories added``, ``Last updated: 5 March``,
``Enclosure: …``, ``Annex: …`` (but not ``ANNEX: LIST OF SIGNATORIES``, which heads the
list)."""

PAGE_ARTIFACT = burmese.with_burmese(
    r"""
    (?:
        (?i:page[ ]+)?\p{Nd}{1,4}(?:[ ]*(?i:of|/)[ ]*\p{Nd}{1,4})?
      | [-–—][ ]*\p{Nd}{1,4}[ ]*[-–—]
      | \f+
      | ([*~=_#-])(?:[ ]?\1){2,40}
      | \[(?i:signature|signed|sig\.?|seal|stamp)\]
    )$
    """,
    burmese.PAGE_ARTIFACT_SOURCE,
    regex.VERBOSE,
)
"""A page number alone on its line, as PDF text leaves them: ``2``, ``Page 2 of 7``,
``2/7``, ``- 2 -``, a lone form feed; a separator line: ``* * *``, ``----``; where a
scan had a signature or a seal: ``[signature]``."""

CHROME = regex.compile(
    r"""
    (?i:
        share(?:[ ]this(?:[ ](?:post|page|article))?|[ ]on)?
        (?:[ ]*:[ ]*(?:facebook|twitter|x|linkedin|whatsapp|telegram|mastodon|bluesky|e-?mail
            |print|copy)\b.*|[ ]*:)?
      | print(?:[ ]this(?:[ ]page)?)?
      | featured[ ]image|tweet|email|facebook|twitter|linkedin|whatsapp|telegram
      | (?:\p{N}[\p{N},.]*[ ]?)?(?:views?|comments?|likes?|shares?)
      | statement[ ]+\p{N}[\p{N},]*[ ]+views?
      | \p{N}+[ ]min(?:ute)?s?[ ]read
      | (?:author|posted[ ](?:by|in|on)|filed[ ]under|tags?|categor(?:y|ies)|source|photo|image
          |credit|published)[ ]*:.*
      | related(?:[ ](?:posts|articles|news))?|read[ ]more|back[ ]to[ ]top|skip[ ]to[ ]content
      | download(?:[ ]\S+){0,3}|(?:previous|next)[ ](?:post|article)(?:[ ]*:.*)?
      | (?:add[ ]your[ ](?:name|signature|organi[sz]ation)
          |sign[ ](?:the|this)[ ](?:letter|petition))(?:[ ]*:.*)?
      | home|menu|search|subscribe|donate|copyright.*|©.*|all[ ]rights[ ]reserved.*
      | (?:our|your)[ ]ref(?:erence)?\.?(?:[ ]no\.?)?[ ]*:[ ]*\S{1,40}
    )[ ]*$
    """,
    regex.VERBOSE,
)
"""Web-page chrome around a pasted letter: ``Share this``, ``Share this: Facebook | X``,
``Print``, ``Featured image``, ``Statement 1586 Views``, ``13 minute read``,
``Author: …``, ``Tags: …``."""

EMAIL = regex.compile(
    r"(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]++@[\p{L}\p{N}-]++(?:\.[\p{L}\p{N}-]++)*\.\p{L}{2,}"
)
"""An e-mail address: ``info@progressive-voice.org``."""

PHONE = regex.compile(r"(?<![\p{N}\p{L}])\+?\p{N}[\p{N} ().-]{6,20}\p{N}(?![\p{N}\p{L}])")
"""A phone number with at least 8 digits' room: ``+66 81 234 5678``, ``(02) 123-4567``."""

URL = regex.compile(r"(?:https?://|www\.)[^\s<>()\[\]]*[^\s<>()\[\].,;:!?'\"’”]")
"""A bare URL in prose: ``https://example.org/report``, ``www.example.org``."""

MARKDOWN_LINK = regex.compile(
    r"\[(?P<text>[^\[\]\n]{1,500})\]\((?P<target>(?:[^()\s]|\([^()\s]{0,200}\)){0,2000})\)"
)
"""A markdown link: ``[Resolution 2669](#)``, ``[report](https://example.org)``, and a
target with one level of parentheses: ``[x](https://en.example.org/wiki/Foo_(bar))``."""

ANGLE_URL = regex.compile(r"<(?P<target>(?:https?://|mailto:)[^<>\s]{1,2000})>")
"""A URL in angle brackets, as e-mail text has them: ``<https://example.org>``."""
