"""The list of signatories: entries, member sub-lists, groups, acronyms, kinds.

Nesting comes from the lines' measured indentation and marker kinds: an entry
indented deeper than the one before it, or marked with a subordinate marker (a
bullet or a letter under a numbered list), is a member of it.

>>> from letterparse.lines import split_lines
>>> from letterparse.sections import Block
>>> text = "1. Women Alliance Burma (WAB)\\n - Depayin Women Strike\\n2. Yangon Group"
>>> entries, warnings = read_signatories([Block("signatories", tuple(split_lines(text)))])
>>> [(e.number, e.name, e.acronym, len(e.members)) for e in entries]
[(1, 'Women Alliance Burma (WAB)', 'WAB', 1), (2, 'Yangon Group', None, 0)]
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import regex

from ..lines import Line
from ..model import ParseWarning, Signatory, SignatoryKind
from ..myanmar import words as burmese
from ..myanmar.order import comparison_key
from ..numerals import number
from ..sections import Block
from ..vocabulary import BARE_GROUP_HEADING, HONORIFIC, plain
from .common import validate_all
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
    regex.compile(
        r"(?i:individual|person|people|academic|expert|scholar|activist|personas|personnes"
        r"|individus|particuliers|pessoas|einzelpersonen)"
    ),
    burmese.INDIVIDUAL_WORDS_SOURCE,
)
"""Words in a signing statement or group heading that make its entries people:
``… and 12 individuals``, ``Individuals:``, Burmese ``ပုဂ္ဂိုလ်``."""

ORGANIZATION_WORDS = burmese.with_burmese(
    regex.compile(
        r"(?i:organi[sz]ation|groups?\b|networks?\b|CSOs|NGOs|unions?\b|institutions|coalitions?"
        r"|organizaci[óo]n|organiza[çc][ãa]o|organizações|colectivos|collectifs|organisationen)"
    ),
    burmese.ORGANIZATION_WORDS_SOURCE,
)
"""Words in a signing statement or group heading that make its entries organisations:
``Signed by 397 civil society organizations``, ``Organisations:``, ``အဖွဲ့အစည်း``."""

MAX_DEPTH = 16
"""The deepest a member sub-list nests; deeper entries stay at this depth, with a warning
(a tree deeper than about 100 levels would not read back from its own JSON)."""

_CONTINUATION_END = regex.compile(r"(?:[,&(/–-]|\b(?i:and|of|for|the|in))$")


Reading = tuple[SignatoryKind | None, str, str | None]
"""What an entry's text says: its kind (if it tells), the name, and an individual's
affiliation."""

Reader = Callable[[str, SignatoryKind | None], Reading]


@dataclass(slots=True)
class _Entry:
    lines: list[Line]
    indent: int
    marker_kind: str | None
    group: str | None
    members: list[_Entry] = field(default_factory=list)
    signer: bool = False
    """A signer's block after a complimentary close: name, then title lines."""


def read_signatories(
    blocks: Sequence[Block], *, statement: str | None = None
) -> tuple[list[Signatory], list[ParseWarning]]:
    """The signatory tree of the ``signatories`` blocks, grouped by ``signatory_group``
    headings; ``statement`` (the signing text) tells what kind the entries are.

    ``blocks`` may include the ``closing``: after "Sincerely," the lines of each
    paragraph (a name, a title, an organisation) are one signer; after "Signed," they
    are a list. They may include the ``signing`` statement: where no list follows, the
    names it gives inline (``Signed by: Alpha Network, Beta Forum and Gamma Union.``)
    are the entries.
    """
    roots: list[_Entry] = []
    too_deep: list[Line] = []
    group: str | None = None
    after_close = False
    statements: list[Block] = []
    for block in blocks:
        if block.kind == "signing":
            statements.append(block)
        elif block.kind == "signatory_group":
            group = plain(block.text).rstrip(": ")
        elif block.kind == "signatories":
            entries = _signers(block.lines, group) if after_close else None
            if entries is None:
                entries = _nest(_unfold_columns(block.lines), group, too_deep)
            roots.extend(entries)
        if block.kind != "signing":  # "Sincerely," / "The undersigned:" / a signer's block
            after_close = block.kind == "closing" and not block.text.lower().startswith("signed")
    inline = next(filter(None, (_inline(block.lines) for block in statements)), [])
    if roots and not any(block.text.endswith(",") for block in statements):
        inline = []  # "Signatories: Organisations from Myanmar" describes the list below
    roots = inline + roots  # "Signed by: Alpha Network," and the list goes on below
    declared = None if inline else _kind_of_words(statement or "")  # its words are the names
    read = cache(_person_or_organization)  # for this list only: an entry is read at most once
    fallback = _kinds_by_neighbour(roots, read) if declared is None else [None] * len(roots)
    signatories = (
        validate_all(  # the whole tree in one call; each entry's data lives until validated
            Signatory,
            (
                _signatory(entry, read, declared, guess)
                for entry, guess in zip(roots, fallback, strict=True)
            ),
        )
        if roots
        else []
    )
    warnings = [
        *_numbering_warnings(roots),
        *_duplicate_warnings(roots),
        *_depth_warnings(too_deep),
    ]
    return signatories, warnings


def _kinds_by_neighbour(roots: Sequence[_Entry], read: Reader) -> list[SignatoryKind | None]:
    """For each entry, the kind its name tells, else the kind of the nearest entry before
    it in its group whose name tells (else the nearest after): lists run organisations
    first and people after, so "Shelter Now" among organisations is one, and "Yusuf
    Karaman" after "Dr. Miriam Saleh" is a person."""
    group_kinds = {entry.group: _kind_of_words(entry.group or "") for entry in roots}
    guesses = [group_kinds[entry.group] or read(entry.lines[0].body, None)[0] for entry in roots]
    filled = list(guesses)
    for order in (range(len(roots)), range(len(roots) - 1, -1, -1)):
        known: SignatoryKind | None = None
        group: str | None = None
        for index in order:
            if roots[index].group != group:
                known, group = None, roots[index].group
            if filled[index] is None:
                filled[index] = known
            known = filled[index] or known
    return filled


def _signers(lines: Sequence[Line], group: str | None) -> list[_Entry] | None:
    """Each paragraph a signer (a person's name, then title lines), or None when the
    lines do not read that way."""
    chunks: list[list[Line]] = []
    for line in lines:
        if line.marker is not None:
            return None
        if line.blank_before or not chunks:
            chunks.append([line])
        else:
            chunks[-1].append(line)
    if not all(len(chunk) <= 5 and looks_like_person(_signed(chunk[0].text)) for chunk in chunks):
        return None
    return [_Entry(chunk, chunk[0].indent, None, group, signer=True) for chunk in chunks]


SIGNATURE_MARK = regex.compile(r"(?:/s/|\((?i:signed|sgd\.?)\)|(?i:sgd\.))[ ]*")
"""What stands for a handwritten signature before a signer's name: ``/s/ Jane Roe``,
``(signed) Jane Roe``, ``Sgd. Jane Roe``."""


def _signed(text: str) -> str:
    """A signer's line without its signature mark: ``/s/ Jane Roe`` gives ``Jane Roe``."""
    mark = SIGNATURE_MARK.match(text)
    return text[mark.end() :] if mark is not None and mark.end() < len(text) else text


INLINE_LEAD = regex.compile(
    r"(?i:(?:(?:co-?)?signed|endorsed|supported)[ ]by|signatories|signed)[ ]*:[ ]*(?=\S)"
)
"""A signing statement that gives its names on the same line: ``Signed by: Alpha …``."""

_LAST_AND = regex.compile(r"(?<![ ])[ ]++(?:and|&)[ ]++")
_INLINE_NAME = regex.compile(r"[\p{Lu}\p{Lo}][^.:!?]*+(?:\.(?=[ ]\p{Lu}|\p{L})[^.:!?]*+)*")
"""One name of an inline list: starts with a capital (or a letter of a script without
case) and holds no sentence end: ``Highlands Environmental Law Centre (HELC)``."""


_SENTENCE_END = regex.compile(
    r"\p{Ll}{3}\.(?<!\b(?i:prof|assoc|dept|univ|inst|corp|capt|govt|intl|bros|natl)\.)[ ]"
)
"""A full stop after a lower-case word, inside a name: a sentence ends there (``Dr.``
and ``St.`` do not end one)."""


def _inline(lines: Sequence[Line]) -> list[_Entry] | None:
    """The entries a signing statement names inline, each with the span of its own
    characters (a name wrapped over two lines has a piece of each); None unless the
    whole statement after its lead reads as a list of names. A person followed only by
    titles (``Dr. Jane Roe, Professor of Law, University of X``) is one entry; where
    semicolons separate the names, commas do not (``Jane Roe, Harbour Forum; John Doe``).

    ``A, B and C`` splits at the last "and"; with a comma before it (``A, B, and C``)
    "and" splits nowhere else, so ``Rivers and Reefs Trust`` stays whole."""
    text = " ".join(line.text for line in lines)
    lead = INLINE_LEAD.match(text)
    if lead is None:
        return None
    end = len(text.rstrip(" .,;"))  # "Signed by: Alpha Network," and the list below
    pieces = _split(text, lead.end(), end, ";" if _has_outside(text, lead.end(), ";") else ",;")
    oxford = any(text.startswith(("and ", "& "), begin) for begin, _ in pieces)
    pieces = [
        (begin + (4 if text.startswith("and ", begin) else 2), stop)
        if text.startswith(("and ", "& "), begin)
        else (begin, stop)
        for begin, stop in pieces
    ]
    joined = oxford
    if not oxford:
        last_begin, last_end = pieces[-1]
        joins = list(_LAST_AND.finditer(text, last_begin, last_end))
        if joins:
            pieces[-1:] = [(last_begin, joins[-1].start()), (joins[-1].end(), last_end)]
            joined = True
    names = [text[begin:stop] for begin, stop in pieces]
    if not all(
        _INLINE_NAME.fullmatch(name) and name.count(" ") < 12 and not _SENTENCE_END.search(name)
        for name in names
    ):
        return None
    if any(_GROUP_START.match(name) or BARE_GROUP_HEADING.match(name) for name in names):
        return None  # "Signatories: Organisations and Individuals" heads a list
    if len(names) == 1 and not _names_one(names[0]):
        return None
    if not joined and looks_like_person(names[0]) and not any(map(looks_like_person, names[1:])):
        pieces = [(pieces[0][0], pieces[-1][1])]  # "Dr. Jane Roe, Professor of Law": one person
    return _entries_of(lines, pieces)


def _has_outside(text: str, start: int, char: str) -> bool:
    """Whether ``char`` stands in ``text[start:]`` outside parentheses."""
    depth = 0
    for index in range(start, len(text)):
        depth += (text[index] == "(") - (text[index] == ")")
        if depth == 0 and text[index] == char:
            return True
    return False


def _split(text: str, start: int, end: int, separators: str) -> list[tuple[int, int]]:
    """``text[start:end]`` cut at ``separators`` outside parentheses, each piece without
    the spaces around it: (begin, stop) pairs."""
    pieces: list[tuple[int, int]] = []
    depth = 0
    begin = start
    for index in range(start, end):
        char = text[index]
        depth += (char == "(") - (char == ")")
        if depth == 0 and char in separators:
            pieces.append((begin, index))
            begin = index + 1
    pieces.append((begin, end))
    stripped = []
    for piece_begin, piece_stop in pieces:
        left = (
            piece_begin
            + len(text[piece_begin:piece_stop])
            - len(text[piece_begin:piece_stop].lstrip(" "))
        )
        right = piece_stop - (len(text[left:piece_stop]) - len(text[left:piece_stop].rstrip(" ")))
        stripped.append((left, right))
    return stripped


_GROUP_START = regex.compile(
    r"(?i:organi[sz]ations|individuals|members|groups|signatories|persons|people|academics)\b"
)
"""The first word of a description of the list, not a name: ``Members of the Alliance``."""

_NOT_A_NAME = regex.compile(r"(?i:\b(?:see|list|below|above|attached|annex|following)\b)|\p{Nd}")


def _names_one(name: str) -> bool:
    """Whether a statement's only inline "name" names a signer: ``Alpha Network``, ``Dr.
    Jane Roe``, not ``See attached list`` nor ``Over 200 organisations (see below)``."""
    if _NOT_A_NAME.search(name):
        return False
    return looks_like_person(name) or names_an_organization(name) or _acronym(name) is not None


def _entries_of(lines: Sequence[Line], pieces: Sequence[tuple[int, int]]) -> list[_Entry]:
    """An entry for each (begin, stop) piece of the lines' text joined with one space,
    made of the pieces of the lines it stands on (each with its own offsets)."""
    entries: list[_Entry] = []
    starts: list[int] = []
    at = 0
    for line in lines:
        starts.append(at)
        at += len(line.text) + 1
    first_line = 0
    for begin, stop in pieces:  # in order: each line is passed once for all pieces
        while first_line + 1 < len(lines) and starts[first_line + 1] <= begin:
            first_line += 1
        parts: list[Line] = []
        index = first_line
        while index < len(lines) and starts[index] < stop:
            part = _part(lines[index], starts[index], begin, stop, first=not parts)
            if part is not None:
                parts.append(part)
            index += 1
        if parts:
            entries.append(_Entry(parts, 0, None, None))
    return entries


def _part(line: Line, at: int, begin: int, stop: int, *, first: bool) -> Line | None:
    """The piece of ``line`` (whose text starts at ``at`` in the joined text) between
    ``begin`` and ``stop`` of the joined text, as a line of its own; None if none."""
    low, high = max(begin, at), min(stop, at + len(line.text))
    if low >= high:
        return None
    text = line.text[low - at : high - at]
    exact = len(line.text) == line.end - line.start  # no character was removed
    start = line.start + (low - at) if exact else line.start
    end = line.start + (high - at) if exact else line.end
    return line._replace(
        start=start,
        end=end,
        text=text,
        marker=None,
        marker_kind=None,
        ordinal=None,
        body=text,
        body_start=start,
        blank_before=line.blank_before if first else 0,
    )


def looks_like_person(text: str) -> bool:
    """A person's name, perhaps with a title: ``Dr. Jane Roe``, ``นายประยุทธ แก้วมณี``,
    not ``Asia Justice Forum``. A name in a script without capitals is a person's when
    it is short and comes before a comma and an affiliation (see the callers)."""
    if names_an_organization(text):
        return False
    if PERSON.match(text) or HONORIFIC.match(text):
        return True
    return 0 < text.count(" ") < 3 and "Latn" not in scripts_of(text)


TWO_COLUMNS = regex.compile(r"(?P<left>\S.*?\S)[ ]{3,}+(?P<right>(?P<n>\p{Nd}{1,4})[.)][ ]+\S.*)$")
"""A row of a numbered list laid out in two columns, as ``pdftotext -layout`` leaves it:
``1. Dhul Plains Farmers' Union          7. Land Rights Watch``."""


def _unfold_columns(lines: Sequence[Line]) -> Sequence[Line]:
    """A two-column numbered list read column by column: the left column's entries, then
    the right column's, each with the span of its own part of the line."""
    rows = [
        (
            line,
            TWO_COLUMNS.match(line.text)
            if line.marker_kind == "number" and "   " in line.text
            else None,
        )
        for line in lines
    ]
    if sum(1 for _, row in rows if row is not None) < 2:
        return lines
    left: list[Line] = []
    right: list[Line] = []
    for line, row in rows:
        if row is None:
            left.append(line)
            continue
        text = row.group("left")
        left.append(
            line._replace(
                text=text, end=line.start + len(text), body=text[line.body_start - line.start :]
            )
        )
        cell = row.group("right")
        start = line.start + row.start("right")
        body = cell[row.end("n") - row.start("right") + 1 :].lstrip()
        right.append(
            line._replace(
                start=start,
                end=start + len(cell),
                text=cell,
                blank_before=0,
                marker=cell[: len(cell) - len(body)].rstrip(),
                ordinal=number(row.group("n")),
                body=body,
                body_start=start + len(cell) - len(body),
            )
        )
    return [*left, *right]


def _nest(lines: Sequence[Line], group: str | None, too_deep: list[Line]) -> list[_Entry]:
    """Top-level entries of one run of lines, with members nested under them, at most
    :data:`MAX_DEPTH` deep; the lines of entries kept higher than they stand go to
    ``too_deep``."""
    roots: list[_Entry] = []
    stack: list[_Entry] = []
    for index, line in enumerate(lines):
        unmarked = line.marker is None and not line.blank_before
        if stack and unmarked and _continues(stack[-1], line, lines, index):
            stack[-1].lines.append(line)
            continue
        entry = _Entry([line], line.indent, line.marker_kind, group)
        while stack and not _is_member(stack[-1], entry, root=stack[0]):
            stack.pop()
        if len(stack) == MAX_DEPTH:
            stack.pop()
            too_deep.append(line)
        (stack[-1].members if stack else roots).append(entry)
        stack.append(entry)
    return roots


def _continues(previous: _Entry, line: Line, lines: Sequence[Line], index: int) -> bool:
    """Whether ``line`` (``lines[index]``, unmarked and after no blank line) wraps the
    previous entry rather than starting a new one.

    Deeper than a marked entry, a line that starts in lower case, follows a dangling
    comma, "and" or open parenthesis, or stands alone at the entry's hanging indent
    wraps it; other deeper lines are members (a sub-list marked by indentation alone).
    """
    if line.indent <= previous.indent:
        return previous.marker_kind is not None  # in a marked list, every entry has a marker
    last = previous.lines[-1].text
    first = line.text[0]
    return (
        (first.islower() and first.isascii())
        or _CONTINUATION_END.search(last) is not None
        or last.count("(") > last.count(")")
        or _at_hanging_indent(previous, line, lines[index + 1] if index + 1 < len(lines) else None)
    )


def _at_hanging_indent(previous: _Entry, line: Line, following: Line | None) -> bool:
    """``1. International Federation of Journalists`` / ``   Asia-Pacific Office``: the line
    starts under the entry's text (give or take a column), and no sub-list of such lines
    follows it."""
    head = previous.lines[0]
    if head.marker is None or abs(line.indent - head.indent - (head.body_start - head.start)) > 1:
        return False
    return following is None or not (
        following.marker is None and following.blank_before == 0 and following.indent == line.indent
    )


def _is_member(parent: _Entry, entry: _Entry, *, root: _Entry) -> bool:
    """Whether ``entry`` nests under ``parent``: deeper, or a subordinate marker, same indent."""
    if entry.indent > parent.indent:
        return True
    return (
        entry.indent == parent.indent
        and parent is root
        and parent.marker_kind == "number"
        and entry.marker_kind in ("letter", "bullet")
    )


def _signatory(
    entry: _Entry,
    read: Reader,
    declared: SignatoryKind | None,
    fallback: SignatoryKind | None = None,
) -> dict[str, Any]:
    """The fields of a :class:`Signatory` and of its members, as plain data for
    :func:`validate_all`. ``read`` is :func:`_person_or_organization` (cached for the
    list); ``declared`` is the kind the statement or group heading gives every entry;
    ``fallback`` the kind for an entry whose name does not tell."""
    first, last = entry.lines[0], entry.lines[-1]
    kind = (_kind_of_words(entry.group) if entry.group else None) or declared
    if entry.signer:
        kind, name = "individual", _signed(first.text)
        affiliation = ", ".join(line.text for line in entry.lines[1:]) or None
    else:
        text = first.body
        if len(entry.lines) > 1:
            text = " ".join([text, *(line.text for line in entry.lines[1:])])
        kind, name, affiliation = read(text, kind)
        kind = kind or fallback
    member_kind: SignatoryKind | None = "organization" if kind == "organization" else None
    return {
        "number": first.ordinal,
        "name": name,
        "kind": kind,
        "acronym": _acronym(name) if ")" in name else None,  # most have none: no call
        "affiliation": affiliation,
        "group": entry.group,
        "scripts": scripts_of(name),
        "members": [_signatory(member, read, member_kind) for member in entry.members]
        if entry.members
        else [],
        "span": {
            "start": first.start,
            "end": last.end,
            "line": first.number,
            "end_line": last.number,
        },
    }


def _person_or_organization(text: str, kind: SignatoryKind | None) -> Reading:
    """Split ``Dr. Jane Roe, Professor of Law, University of X`` into an individual's name
    and affiliation; an organisation's entry stays whole."""
    if kind == "organization":
        return kind, text, None
    person, belongs = _name_and_parenthesis(text)
    if (
        person is not None
        and belongs is not None
        and not _is_place(belongs)  # "Progressive Voice (Myanmar)": where, not whose
        and _names_a_person(person)
        and not _acronym(text)
    ):
        return "individual", person, belongs  # "Marta Oyelaran (Fishmongers' Cooperative)"
    split = PERSON_SPLIT.search(text)
    if split is not None:
        person, rest = text[: split.start()], text[split.end() :]
        if split.group() != ", " and rest.count(" ") < 2 and not names_an_organization(rest):
            return kind or _kind_of_name(person), text, None  # "Org — Spain": a place
        if looks_like_person(person) or (
            kind is not None and person.count(" ") < 3 and not names_an_organization(person)
        ):
            return "individual", person, rest
    return kind or _kind_of_name(text), text, None


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


def _is_place(text: str) -> bool:
    return text.lower() in PLACE_NAMES or text in PLACE_CODES


def _names_a_person(text: str) -> bool:
    """A person's name for certain: a title, or two or three words that look like a name
    (four capitalised words are as often an organisation: ``Alcott Bay Sea Scouts``)."""
    return looks_like_person(text) and (text.count(" ") <= 2 or HONORIFIC.match(text) is not None)


def _kind_of_name(text: str) -> SignatoryKind | None:
    """What a name alone says: a titled person, an organisation, or nothing."""
    if HONORIFIC.match(text) and looks_like_person(text):
        return "individual"
    if names_an_organization(text) or _acronym(text):
        return "organization"
    if not PERSON.match(text) and scripts_of(text) == ["Latn"]:
        return "organization"  # lower-case words, or too many for a name
    return None


def _acronym(name: str) -> str | None:
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


def _kind_of_words(text: str) -> SignatoryKind | None:
    organizations = ORGANIZATION_WORDS.search(text) is not None
    individuals = INDIVIDUAL_WORDS.search(text) is not None
    if organizations and not individuals:
        return "organization"
    if individuals and not organizations:
        return "individual"
    return None


def _numbering_warnings(roots: Sequence[_Entry]) -> Iterator[ParseWarning]:
    """Gaps, repeats and restarts in the top-level numbering, group by group."""
    previous: int | None = None
    group: str | None = None
    for entry in roots:
        line = entry.lines[0]
        if entry.group != group:
            previous, group = None, entry.group
        if line.ordinal is None:
            continue
        number = line.ordinal
        if previous is not None and number != previous + 1:
            if number > previous + 1:
                code, what = "numbering_gap", f"jumps from {previous} to {number}"
            elif number == previous:
                code, what = "numbering_repeat", f"repeats {number}"
            else:
                code, what = "numbering_restart", f"goes back from {previous} to {number}"
            yield ParseWarning(code=code, message=f"the list {what}", line=line.number)
        previous = number


def _depth_warnings(too_deep: Sequence[Line]) -> list[ParseWarning]:
    if not too_deep:
        return []
    message = (
        f"the list nests deeper than {MAX_DEPTH} levels: {len(too_deep)} entries "
        f"are kept at level {MAX_DEPTH}"
    )
    return [ParseWarning(code="nesting_too_deep", message=message, line=too_deep[0].number)]


def _duplicate_warnings(roots: Sequence[_Entry]) -> list[ParseWarning]:
    """One warning per entry listed before; a long list can repeat thousands, so they
    are validated in one call, as the entries are."""
    return validate_all(ParseWarning, _duplicates(roots))


def _duplicates(roots: Sequence[_Entry]) -> Iterator[dict[str, Any]]:
    seen: dict[tuple[str | None, str], int] = {}
    for entry in roots:
        line = entry.lines[0]
        name = line.body
        if len(entry.lines) > 1:
            name = " ".join([name, *(wrapped.text for wrapped in entry.lines[1:])])
        key = (entry.group, comparison_key(name))  # casefolded; Burmese marks in one order
        if key in seen:
            yield {
                "code": "duplicate_signatory",
                "message": f"{name!r} is listed twice (first at line {seen[key]})",
                "line": line.number,
            }
        else:
            seen[key] = line.number
