"""The one-block fields of the opening: header, subject and salutation.

Each value is read from its lines' cores (:mod:`.markup`): ``> **Subject:** Water<br>``
gives the subject ``Water``, ``#### Dear Board,`` the salutation ``Dear Board,``.

>>> from letterparse.lines import split_lines
>>> from letterparse.sections import Block
>>> subject = read_subject(Block("subject", tuple(split_lines("**Re: Forced conscription**"))))
>>> subject.label, subject.text
('Re:', 'Forced conscription')
>>> lines = split_lines("Dear Minister,\\nDear Colleagues,")
>>> read_salutation([Block("salutation", tuple(lines))]).text
'Dear Minister,\\nDear Colleagues,'
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import regex

from ..lines import Line
from ..model import Header, Salutation, Subject
from ..sections import Block
from ..vocabulary import CHROME, PAGE_ARTIFACT, SALUTATION, SUBJECT
from .common import line_part, span_of
from .markup import core, cores

TITLE_WORDS = regex.compile(
    r"(?i:\b(?:letter|statement|appeal|petition|declaration|submission|call|briefing|memorandum"
    r"|urgent|joint|open)\b)"
)
"""Words that make a header line the letter's title: ``Joint Statement``, ``OPEN LETTER``."""

_SUBJECT_WORDS = (
    r"(?i:re|subject|subj|ref|regarding|concerning|objet|asunto|assunto|betreff|oggetto|тема"
    r"|onderwerp)|เรื่อง|อ้างถึง|主題|主旨|事由|標題|标题"
)

SUBJECT_LABEL = regex.compile(
    rf"""
    (?:\*\*|__)?
    (?P<label>
        (?:{_SUBJECT_WORDS})(?:[ ]*+/[ ]*+(?:{_SUBJECT_WORDS}))*+[ ]*+[:：]
      | (?:เรื่อง|อ้างถึง)(?=[ ])
      | R[Ee](?=[ ]+\p{{Lu}})
    )
    (?:\*\*|__)?[ ]*+
    """,
    regex.VERBOSE,
)
"""Subject labels :data:`~letterparse.vocabulary.SUBJECT` does not know: a bilingual label
(``Asunto / Subject:``, ``เรื่อง / Subject:``), the Thai ``เรื่อง`` without a colon, and an
e-mail reply's ``Re`` without one (``Re Maya's proposal``)."""

GLUED_SUBTITLE = regex.compile(r"(?<=\p{Ll}{2})\p{Lu}\p{Ll}+(?:[ ]+\S+){2,}$")
"""A subtitle run together with the title above it, as a PDF's text layer loses the line
break: ``Open Letter to the Governments of the RegionStop the Deportation …``."""

_GREETING_END = ",:!;：，！"

PRESENTE = regex.compile(r"(?i:p[ ]?r[ ]?e[ ]?s[ ]?e[ ]?n[ ]?t[ ]?e)[ ]*+[.:-]*+$")
"""``Presente.-``, ``P R E S E N T E``: the end of a Spanish address block ("[to the
addressee,] present"), never a greeting."""


def read_header(blocks: Sequence[Block]) -> Header | None:
    """All header blocks as one header, each line's core. Its title is the first line of
    two or more words that names a letter or statement, else the first such line that is
    not page chrome."""
    if not blocks:
        return None
    lines = [line for block in blocks for line in block.lines]
    texts = [core(line).text for line in lines]
    candidates = [
        text.strip("*_# ")
        for text in texts
        if text and not CHROME.match(text) and not PAGE_ARTIFACT.match(text)
    ]
    title = next((text for text in candidates if TITLE_WORDS.search(text)), None)
    if title is None:
        title = next((text for text in candidates if " " in text), None)
    return Header(title=title, lines=texts, span=span_of(lines))


def read_subject(block: Block) -> Subject:
    """The subject without its label; a wrapped subject's lines joined with one space, a
    setext underline left out."""
    lines = cores(block.lines) or list(block.lines)
    text = " ".join(line.text for line in lines)
    span = span_of(lines)
    match = SUBJECT.match(text)
    if match is not None:
        return Subject(label=match.group("label"), text=match.group("text"), span=span)
    label = SUBJECT_LABEL.match(text)
    if label is not None and text[label.end() :].strip("*_ "):
        rest = text[label.end() :].strip("*_ ")
        return Subject(label=label.group("label").strip(), text=rest, span=span)
    return Subject(label=None, text=text.strip("*_# "), span=span)


def glued_subtitle(blocks: Sequence[Block]) -> Subject | None:
    """The subtitle run together with a title line of the header (see
    :data:`GLUED_SUBTITLE`), as the subject of a letter that has none of its own."""
    for block in blocks:
        for line in cores(block.lines):
            found = GLUED_SUBTITLE.search(line.text)
            if found is None or not TITLE_WORDS.search(line.text[: found.start()]):
                continue
            if line.text[: found.start()].count(" ") < 2:
                continue
            part = line_part(line, 0, found.start(), found.end())
            if part is not None:
                return Subject(label=None, text=part.text, span=span_of([part]))
    return None


def is_greeting(block: Block) -> bool:
    """Whether a salutation block greets (``Presente.-`` under an address does not)."""
    return not all(PRESENTE.match(line.text) for line in cores(block.lines))


def read_salutation(blocks: Sequence[Block]) -> Salutation:
    """The salutation of one or more salutation blocks in a row: greeting lines joined
    with the line breaks between them as written (``Sehr geehrte Frau Ministerin,`` /
    ``sehr geehrte Damen und Herren,``), a greeting wrapped over two lines with a space."""
    lines = cores([line for block in blocks for line in block.lines]) or list(blocks[0].lines)
    pieces = [lines[0].text]
    for previous, line in itertools.pairwise(lines):
        greeted = previous.text[-1:] in _GREETING_END or SALUTATION.match(line.text)
        pieces.append("\n" * (1 + line.blank_before) if greeted else " ")
        pieces.append(line.text)
    return Salutation(text="".join(pieces), span=span_of(lines))


def glued_salutation(line: Line) -> tuple[Line, Line] | None:
    """A salutation that opens the first paragraph's line, and the rest of the line:
    ``Dear Editor, The county's switch …`` gives ``Dear Editor,`` and ``The county's …``
    (a vocative in the sentence, ``Minister, we write …``, is no salutation)."""
    text = line.text
    for index, char in enumerate(text[:120]):
        if char not in _GREETING_END:
            continue
        rest = text[index + 1 :]
        if not rest.startswith(" ") or not rest.lstrip()[:1].isupper():
            continue
        if SALUTATION.match(text[: index + 1]) is None:
            return None
        greeting = line_part(line, 0, 0, index + 1)
        body = line_part(line, 0, len(text) - len(rest.lstrip()), len(text))
        return (greeting, body) if greeting is not None and body is not None else None
    return None
