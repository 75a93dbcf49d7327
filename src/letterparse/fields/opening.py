"""The one-block fields: header, subject, salutation and closing.

>>> from letterparse.lines import split_lines
>>> from letterparse.sections import Block
>>> subject = read_subject(Block("subject", tuple(split_lines("**Re: Forced conscription**"))))
>>> subject.label, subject.text
('Re:', 'Forced conscription')
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ..model import Closing, Header, Salutation, Subject
from ..sections import Block
from ..vocabulary import CHROME, PAGE_ARTIFACT, SUBJECT
from .common import span_of

TITLE_WORDS = regex.compile(
    r"(?i:\b(?:letter|statement|appeal|petition|declaration|submission|call|briefing|memorandum"
    r"|urgent|joint|open)\b)"
)
"""Words that make a header line the letter's title: ``Joint Statement``, ``OPEN LETTER``."""


def read_header(blocks: Sequence[Block]) -> Header | None:
    """All header blocks as one header. Its title is the first line of two or more words
    that names a letter or statement, else the first such line that is not page chrome."""
    if not blocks:
        return None
    lines = [line for block in blocks for line in block.lines]
    texts = [line.text.strip("*_# ") for line in lines]
    candidates = [
        text for text in texts if text and not CHROME.match(text) and not PAGE_ARTIFACT.match(text)
    ]
    title = next((text for text in candidates if TITLE_WORDS.search(text)), None)
    if title is None:
        title = next((text for text in candidates if " " in text), None)
    return Header(title=title, lines=[line.text for line in lines], span=span_of(lines))


def read_subject(block: Block) -> Subject:
    """The subject without its label; a wrapped subject's lines joined with one space."""
    text = block.text
    match = SUBJECT.match(text)
    if match is None:
        return Subject(label=None, text=text.strip("*_# "), span=span_of(block.lines))
    return Subject(label=match.group("label"), text=match.group("text"), span=span_of(block.lines))


def read_salutation(block: Block) -> Salutation:
    return Salutation(text=block.text, span=span_of(block.lines))


def read_closing(block: Block) -> Closing:
    return Closing(text=block.text, span=span_of(block.lines))
