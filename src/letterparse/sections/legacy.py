"""Stage 3, sections: [Line] -> [Block], a small state machine in reading order.

The states are the parts of a letter: the *opening* (header, recipients, date,
subject, salutation), the *body* (paragraphs and list items) and what comes *after*
the body (closing, contacts, signing statement, signatories, notes, page artefacts,
trailer); contacts, notes and page artefacts may also stand inside the body. Each
recogniser is a named pattern from :mod:`letterparse.vocabulary`; this stage decides
only which lines form which block, never what a value is.

>>> from letterparse.lines import split_lines
>>> text = "To the Council\\n\\nDear Members,\\n\\nWe write.\\n\\nSincerely,\\n"
>>> [block.kind for block in segment(split_lines(text))]
['recipients', 'salutation', 'paragraph', 'closing']
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import regex

from ..lines import Line
from ..model import BlockKind
from ..myanmar.script import syllable_count
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
    RECIPIENT_LABEL,
    SALUTATION,
    SIGNING,
    SIGNING_SENTENCE,
    SUBJECT,
    plain,
)
from .blocks import Block
from .pages import running_headers

SENTENCE_END = regex.compile(r"[.!?;:…။][\"'”’)\]]*$")
"""A line that ends a sentence: ``… in the region.``, Burmese ``… ပါသည်။``"""


def segment(lines: Sequence[Line]) -> list[Block]:
    """Split a letter's lines into blocks, in order, each line in exactly one block."""
    return _Segmenter(lines).run()


def _has_sentences(lines: Sequence[Line]) -> bool:
    """Prose rather than a title or an address: long, or ending a sentence."""
    words = sum(line.text.count(" ") + 1 + syllable_count(line.text) // 2 for line in lines)
    last = lines[-1].text
    return words >= 40 or (words >= 5 and SENTENCE_END.search(last) is not None)


class _Segmenter:
    """One pass over the lines: each state method claims blocks and returns where it stopped."""

    def __init__(self, lines: Sequence[Line]) -> None:
        self.lines = lines
        self.blocks: list[Block] = []
        self.seen: set[BlockKind] = set()
        self.repeats = running_headers(lines)

    def run(self) -> list[Block]:
        i = self._opening(0)
        i = self._body(i)
        self._after_body(i)
        self._letterhead_of_a_signatory()
        return self.blocks

    def _letterhead_of_a_signatory(self) -> None:
        """An unlabelled address block that opens the letter and names one of its
        signatories is the sender's letterhead (a header), not an addressee:
        ``Harbourside Residents' Forum`` / ``14 Quay Lane`` above the date, and
        ``- Harbourside Residents' Forum`` (or ``… Forum (HRF)``) in the list."""
        first = self.blocks[0] if self.blocks else None
        if first is None or first.kind != "recipients" or RECIPIENT_LABEL.match(first.text):
            return
        name = first.lines[0].text.casefold()
        if any(
            name in block.text.casefold() for block in self.blocks if block.kind == "salutation"
        ):
            return  # "Dear members of the Riverside Tenants Union,": they are addressed
        for block in self.blocks:
            if block.kind == "signatories" and any(
                _GLOSS.sub("", line.body).casefold() == name for line in block.lines
            ):
                self.blocks[0] = Block("header", first.lines)
                return

    # -- helpers ---------------------------------------------------------------

    def _emit(self, kind: BlockKind, start: int, stop: int, *, continued: bool = False) -> int:
        self.blocks.append(Block(kind, tuple(self.lines[start:stop]), continued))
        self.seen.add(kind)
        return stop

    def _run_end(self, start: int, belongs: Callable[[Line], bool]) -> int:
        """End of the lines after ``start`` that follow without a blank and ``belongs``."""
        lines = self.lines
        stop = start + 1
        while stop < len(lines) and lines[stop].blank_before == 0 and belongs(lines[stop]):
            stop += 1
        return stop

    def _chunk(self, start: int) -> Sequence[Line]:
        return self.lines[start : self._run_end(start, lambda _: True)]

    # -- opening -----------------------------------------------------------------

    def _opening(self, i: int) -> int:
        lines = self.lines
        while i < len(lines):
            text = lines[i].text
            if SALUTATION.match(text):
                return self._emit("salutation", i, i + 1)
            mail = self._mail_header_end(i)
            if mail is not None:
                i = self._emit("header", i, mail)
            elif i in self.repeats:
                i = self._emit("page_artifact", i, i + 1)
            elif RECIPIENT_LABEL.match(text):
                i = self._emit("recipients", i, self._run_end(i, self._continues_opening))
            elif "date" not in self.seen and DATE.match(text):
                i = self._emit("date", i, i + 1)
            elif SUBJECT.match(text):
                i = self._emit("subject", i, self._run_end(i, self._continues_opening))
            elif self._body_starts(i):
                return i
            else:
                i = self._opening_chunk(i)
        return i

    def _mail_header_end(self, i: int) -> int | None:
        """The end of an e-mail's header block that starts at ``i`` (a forwarded letter's
        ``From:``, ``Sent:``, ``To:``, ``Subject:`` lines), or None: its ``To:`` and
        ``Subject:`` are the e-mail's, not the letter's. It has a ``From:`` line and a
        ``Sent:`` line or an e-mail address, which a memo's ``From:``/``To:``/``Date:``
        heading has not; only the first line of a run is looked at, so that a run of a
        thousand ``Cc:`` lines is read once."""
        lines = self.lines
        if i > 0 and not lines[i].blank_before and MAIL_HEADER.match(lines[i - 1].text):
            return None  # inside a run already looked at from its start
        first = MAIL_HEADER.match(lines[i].text)
        if first is None:
            return None
        stop = self._run_end(i, lambda line: MAIL_HEADER.match(line.text) is not None)
        texts = [line.text for line in lines[i:stop]]
        sent = any(
            text.lower().startswith("sent") or EMAIL.search(text) or text.startswith("--")
            for text in texts
        )
        named = any(text.lower().startswith("from") for text in texts)
        return stop if len(texts) >= 3 and sent and named else None

    @staticmethod
    def _continues_opening(line: Line) -> bool:
        text = line.text
        return not (
            RECIPIENT_LABEL.match(text)
            or DATE.match(text)
            or SUBJECT.match(text)
            or SALUTATION.match(text)
        )

    def _body_starts(self, i: int) -> bool:
        line = self.lines[i]
        if self._ends_body(i) or _is_contacts_start(line):
            return True
        if line.marker_kind == "number" and self.seen & {"recipients", "salutation"}:
            return True
        return _has_sentences(self._chunk(i))

    def _opening_chunk(self, i: int) -> int:
        """An unlabelled chunk before the body: the header, an address block, or a title
        standing as the subject."""
        stop = self._run_end(i, self._continues_opening)
        chunk = self.lines[i:stop]
        first = chunk[0].text
        if CHROME.match(first) or PAGE_ARTIFACT.match(first):
            return self._emit("header", i, stop)
        addressy = HONORIFIC.match(first) or any(POSTAL.match(line.text) for line in chunk)
        if addressy or (
            self.blocks
            and self.blocks[-1].kind == "recipients"
            and not ("date" in self.seen or _is_title(chunk))
        ):
            return self._emit("recipients", i, stop)
        if not self.seen - {"header", "page_artifact"}:
            return self._emit("header", i, stop)
        if "subject" not in self.seen and len(chunk) <= 3:
            return self._emit("subject", i, stop)
        return self._emit("unclassified", i, stop)

    # -- body --------------------------------------------------------------------

    def _body(self, i: int) -> int:
        lines = self.lines
        while i < len(lines):
            if CLOSING.match(lines[i].text):
                return self._emit("closing", i, i + 1)
            if self._ends_body(i):
                return i
            kind = self._body_kind(i)
            if kind in ("paragraph", "list_item"):
                i = self._emit(
                    "paragraph" if kind == "paragraph" else "list_item",
                    i,
                    self._prose_end(i),
                    continued=self._goes_on_after_page_break(i),
                )
                continue
            if kind == "contacts":
                stop = self._contacts_end(i)
            elif kind in ("subject", "notes"):
                stop = self._run_end(i, lambda line: not self._interrupts(line))
            else:
                stop = i + 1
            i = self._emit(kind, i, stop)
        self._trailing_list_of_names()
        return i

    def _body_kind(self, i: int) -> BlockKind:
        """What the line at ``i`` opens inside the body."""
        line = self.lines[i]
        text = line.text
        if i in self.repeats:
            return "page_artifact"
        kind = next((kind for kind, test in _INSIDE_THE_BODY if test(line)), None)
        if kind is not None:
            return kind
        if self._salutes_again(i):
            return "salutation"
        if "date" not in self.seen and DATE.match(text):
            return "date"
        if not self.seen & {"subject", "paragraph", "list_item"} and (
            SUBJECT.match(text) or self._stands_as_title(i)
        ):
            return "subject"  # a subject after the salutation or the dateline
        return "paragraph" if line.marker is None else "list_item"

    def _goes_on_after_page_break(self, i: int) -> bool:
        """An unmarked line in lower case after page artefacts, where the paragraph or list
        item before them ends mid-sentence: ``… United Nations mecha-`` / ``Page 1 of 3`` /
        ``nisms.`` is one paragraph."""
        line = self.lines[i]
        if line.marker is not None or not line.text[0].islower():
            return False
        for artefacts, block in enumerate(reversed(self.blocks)):
            if block.kind != "page_artifact":
                return (
                    artefacts > 0
                    and block.kind in ("paragraph", "list_item")
                    and (len(block.lines) > 1 or block.text.count(" ") >= 7)  # not a heading
                    and SENTENCE_END.search(block.lines[-1].text) is None
                )
        return False

    def _salutes_again(self, i: int) -> bool:
        """A salutation alone after a separator (``* * *``): the letter again, in another
        language. A "Dear Minister," quoted inside a paragraph is prose."""
        lines = self.lines
        alone = i + 1 >= len(lines) or lines[i + 1].blank_before > 0
        return (
            alone
            and bool(self.blocks)
            and self.blocks[-1].kind == "page_artifact"
            and SALUTATION.match(lines[i].text) is not None
        )

    def _stands_as_title(self, i: int) -> bool:
        """A lone capitalised line without a full stop before the first paragraph."""
        lines = self.lines
        line = lines[i]
        alone = i + 1 >= len(lines) or lines[i + 1].blank_before > 0
        return (
            alone
            and line.marker is None
            and line.text[0].isupper()
            and 2 <= line.text.count(" ") + 1 <= 20
            and SENTENCE_END.search(line.text) is None
        )

    def _trailing_list_of_names(self) -> None:
        """A letter that ends in a list of names with no heading above it (a list of
        short, capitalised, unpunctuated items or lines): that list is its signatories,
        not a part of the body."""
        blocks = self.blocks
        start = len(blocks)
        while start > 0 and (
            blocks[start - 1].kind in _AROUND_A_LIST
            or (blocks[start - 1].kind == "list_item" and _names_an_entry(blocks[start - 1].lines))
            or (blocks[start - 1].kind == "paragraph" and _lists_names(blocks[start - 1].lines))
        ):
            start -= 1
        entries = [b for b in blocks[start:] if b.kind in ("list_item", "paragraph")]
        items = sum(len(b.lines) if b.kind == "paragraph" else 1 for b in entries)
        if start == 0 or items < 2 or (items < 3 and not _ends_a_sentence(blocks[start - 1])):
            return
        tail: list[Block] = []
        for block in blocks[start:]:
            kind: BlockKind = "signatories" if block in entries else block.kind
            if kind == "signatories" and tail and tail[-1].kind == "signatories":
                tail[-1] = Block("signatories", tail[-1].lines + block.lines)
            else:
                tail.append(Block(kind, block.lines))
        blocks[start:] = tail
        self.seen.add("signatories")

    def _ends_body(self, i: int) -> bool:
        """The signing statement, or a group heading of a list of signatories."""
        line = self.lines[i]
        if line.marker is not None:
            return False
        if _is_signing(line):
            return True
        text = plain(line.text)
        return (
            text.endswith(":")
            and i + 1 < len(self.lines)
            and BARE_GROUP_HEADING.match(text[:-1].rstrip()) is not None
        )

    def _interrupts(self, line: Line) -> bool:
        text = line.text
        return bool(
            CLOSING.match(text)
            or (line.marker is None and _is_signing(line))
            or _is_contacts_start(line)
            or PAGE_ARTIFACT.match(text)
            or NOTE.match(plain(text))
        )

    def _prose_end(self, i: int) -> int:
        """End of the paragraph or list item at ``i``: the lines that wrap it.

        A blank line, another recogniser's line, a new list marker or (in a paragraph)
        a first-line indent opens the next block.
        """
        lines = self.lines
        head = lines[i]
        stop = i + 1
        while stop < len(lines):
            line, previous = lines[stop], lines[stop - 1]
            if line.blank_before or stop in self.repeats or self._interrupts(line):
                break
            following = lines[stop + 1] if stop + 1 < len(lines) else None
            if line.marker is not None and not _wrapped_marker(head, previous, line, following):
                break
            if line.marker is None and head.marker is None and line.indent > previous.indent:
                break
            stop += 1
        return stop

    # -- after the body ------------------------------------------------------------

    def _after_body(self, i: int) -> None:
        lines = self.lines
        while i < len(lines):
            kind = self._after_body_kind(i)
            if kind == "signatories":
                stop = self._signatories_end(i)
            elif kind == "contacts":
                stop = self._contacts_end(i)
            elif kind == "signing":
                stop = self._signing_end(i)
            elif kind in ("notes", "recipients"):
                stop = self._run_end(i, lambda line: line.marker is None)
            elif kind == "trailer":
                stop = self._trailer_end(i)
            else:
                stop = i + 1
            i = self._emit(kind, i, stop)

    def _after_body_kind(self, i: int) -> BlockKind:
        """What the line at ``i`` is after the body; a list entry unless a rule claims it."""
        line = self.lines[i]
        text = line.text
        if i in self.repeats or (len(text) <= 16 and PAGE_ARTIFACT.match(text)):
            return "page_artifact"
        if line.marker is not None and line.marker[0] not in "p*":
            return "signatories"  # a NOTE starts with "p. s." or "*", never another marker
        if NOTE.match(plain(text)) or LIST_NOTE.match(text) or self._is_starred_note(i):
            return "notes"
        if line.marker is not None:
            return "signatories"
        return self._unmarked_after_body_kind(i)

    def _unmarked_after_body_kind(self, i: int) -> BlockKind:
        line = self.lines[i]
        text = line.text
        label = RECIPIENT_LABEL.match(text)
        if label is not None and label.group("label").rstrip("*_").endswith(":"):
            return "recipients"  # "cc: …" after the signatures
        if _is_signing(line):
            return "signatory_group" if _names_a_group(plain(text)) else "signing"
        kind = next(
            (
                kind
                for kind, test in _AFTER_BODY_RULES
                if kind not in self.seen & _ONCE and test(line)
            ),
            None,
        )
        if kind is not None:
            return kind
        if self._is_group_heading(i):
            return "signatory_group"
        if line.blank_before and (
            (text.count(" ") >= 7 and text.endswith((".", "!", "?")))  # "This letter was …"
            or _is_prose(self._chunk(i))  # "The signatories below sign in their personal …"
        ):
            return "notes"
        return "signatories"

    def _is_starred_note(self, i: int) -> bool:
        """``* signed after publication`` below a list whose entries are not starred."""
        line = self.lines[i]
        if line.marker != "*" or not line.blank_before or i == 0:
            return False
        previous = self.lines[i - 1]
        return previous.marker != "*" and not (_is_signing(previous) or previous.text.endswith(":"))

    def _is_group_heading(self, i: int) -> bool:
        """``Organisations:``; ``Myanmar organisations`` standing alone above entries; or a
        short line (a country, a region) right above a marked sub-list."""
        lines = self.lines
        line = lines[i]
        if i + 1 >= len(lines):
            return False
        text = plain(line.text)
        if text.endswith(":"):
            return GROUP_HEADING.match(text) is not None
        last = self.blocks[-1]
        opens = line.blank_before > 0 or (
            last.kind in ("signing", "signatory_group") and last.lines[-1] is lines[i - 1]
        )
        following = lines[i + 1]
        if not opens:
            return False
        letter = len(text) == 1 and text.isupper() and line.blank_before > 0
        if letter or BARE_GROUP_HEADING.match(text):
            # "A" above the entries that start with it, in an alphabetical list; "ORGANISATIONS",
            # "**Organisations**", "Organisations / အဖွဲ့အစည်းများ" even above a blank line
            return not following.blank_before or (
                len(text) > 1 and (text.isupper() or text != line.text or " / " in text)
            )
        return (
            not following.blank_before
            and following.marker is not None
            and line.marker is None
            and text.count(" ") < 4
            and SENTENCE_END.search(text) is None
        )

    def _signatories_end(self, i: int) -> int:
        stop = i + 1
        while stop < len(self.lines) and self._after_body_kind(stop) == "signatories":
            stop += 1
        return stop

    def _signing_end(self, i: int) -> int:
        """A statement wrapped over lines ends its sentence; a heading is one line."""
        lines = self.lines
        stop = i + 1
        if lines[i].text.count(" ") < 4:
            return stop
        while (
            stop < len(lines)
            and lines[stop].blank_before == 0
            and lines[stop].marker is None
            and not SENTENCE_END.search(lines[stop - 1].text)
        ):
            stop += 1
        return stop

    def _contacts_end(self, i: int) -> int:
        """The heading and its entries: the lines that follow it, and after a blank line
        those with an e-mail address or a phone number."""
        lines = self.lines
        stop = i + 1
        while stop < len(lines):
            line = lines[stop]
            if _is_signing(line) or CLOSING.match(line.text) or _is_contacts_start(line):
                break
            if line.blank_before and not (EMAIL.search(line.text) or PHONE.search(line.text)):
                break
            stop += 1
        return stop

    def _trailer_end(self, i: int) -> int:
        """Web-page chrome after the letter: it and all that follows is trailer, except
        entries whose numbers go on with the list and page artefacts."""
        lines = self.lines
        last = next(
            (b.lines[-1].ordinal for b in reversed(self.blocks) if b.kind == "signatories"),
            None,
        )
        stop = i + 1
        while stop < len(lines):
            line = lines[stop]
            if last is not None and line.ordinal == last + 1:
                break
            stop += 1
        return stop


_SENTENCE_BREAK = regex.compile(r"\p{Ll}{3}[.!?][ ]+\p{Lu}")
"""Where one sentence ends and the next begins, after a lower-case word (not ``Dr.``)."""


def _is_prose(lines: Sequence[Line]) -> bool:
    """A short paragraph of sentences about the list, not an entry: at most three lines,
    twelve words or more, mostly in lower case (an entry's words are capitalised), a
    sentence that ends inside it and one that ends it."""
    text = " ".join(line.text for line in lines)
    words = text.split()
    return (
        len(lines) <= 3
        and len(words) >= 12
        and text.endswith((".", "!", "?"))
        and _SENTENCE_BREAK.search(text) is not None
        and sum(word[0].islower() for word in words) >= 0.6 * len(words)  # not a bio
    )


def _names_an_entry(lines: Sequence[Line]) -> bool:
    """A list item that reads as a name, not a demand: capitalised, short, unpunctuated."""
    text = " ".join(line.body if index == 0 else line.text for index, line in enumerate(lines))
    return (
        bool(text) and not text[0].islower() and text.count(" ") < 15 and text[-1] not in ".;:,!?"
    )


_GLOSS = regex.compile(r"[ ]*\([^()]*\)$")
"""A trailing parenthesised acronym or gloss: ``Coalition romande … (CRDPM)``."""

_AROUND_A_LIST: frozenset[BlockKind] = frozenset({"page_artifact", "notes", "trailer"})
"""Blocks that may stand between or after the entries of a list."""


def _lists_names(lines: Sequence[Line]) -> bool:
    """A chunk of two or more lines, each a name: ``Alpha Network`` / ``Beta Forum``."""
    return len(lines) >= 2 and all(_names_an_entry((line,)) for line in lines)


def _ends_a_sentence(block: Block) -> bool:
    return SENTENCE_END.search(block.lines[-1].text) is not None


def _names_a_group(text: str) -> bool:
    """``Organisational signatories:``, ``Myanmar signatories``: a heading that names one
    group of the signatories, not the whole list (``Signatories:``, ``List of signatories``)."""
    text = text.split(" / ", 1)[
        0
    ]  # "Signatories / လက်မှတ်ရေးထိုးသူများ": the heading and its translation
    words = text.rstrip(": ").split(" ")
    return (
        1 < len(words) <= 4
        and words[0].lower() not in ("list", "the", "all", "our", "full", "co-signed")
        and BARE_GROUP_HEADING.match(text.rstrip(": ")) is not None
    )


def _is_title(chunk: Sequence[Line]) -> bool:
    """A title line: bold, or in capitals."""
    text = chunk[0].text
    return len(chunk) <= 2 and (text.startswith(("**", "__")) or text.isupper())


def _is_contacts_start(line: Line) -> bool:
    """A contacts heading, or a line that opens with a contact lead-in and gives an
    address or number: ``Media contact: Jane Roe, jane@example.org``."""
    text = line.text
    if CONTACTS_HEADING.match(text):
        return True
    return bool(
        CONTACTS_LEAD.match(text) and len(text) < 300 and (EMAIL.search(text) or PHONE.search(text))
    )


def _wrapped_marker(head: Line, previous: Line, line: Line, following: Line | None) -> bool:
    """A marker that hard-wrapping put at the start of a line of running prose:
    ``… which the regime passed in`` / ``2010. Men aged 18-35 …``; never the first of
    several bullets (``Wir bitten Sie daher,`` / ``- die Aufsicht zu stärken,`` / ``- …``)."""
    if SENTENCE_END.search(previous.text):
        return False
    if line.marker_kind == "number":
        expected = head.ordinal + 1 if head.ordinal is not None else 1
        return line.ordinal != expected
    return (
        line.marker_kind == "bullet"
        and head.marker_kind != "bullet"
        and not (following is not None and following.marker == line.marker)
    )


def _is_signing(line: Line) -> bool:
    """A signing statement or heading; a sentence that introduces the list only where a
    paragraph starts (``…the agreement signed in 2015, the parties committed to the
    following:`` wrapped mid-paragraph is prose)."""
    if line.marker is not None:
        return False
    text = plain(line.text)
    return SIGNING.match(text) is not None or (
        line.blank_before > 0 and SIGNING_SENTENCE.match(text) is not None
    )


_INSIDE_THE_BODY: tuple[tuple[BlockKind, Callable[[Line], object]], ...] = (
    ("page_artifact", lambda line: PAGE_ARTIFACT.match(line.text)),
    ("contacts", _is_contacts_start),
    ("notes", lambda line: NOTE.match(plain(line.text))),
    ("trailer", lambda line: CHROME.match(line.text)),
)
"""What a line inside the body can open besides prose, tried in this order (a second
salutation after a separator is ``_Segmenter._salutes_again``)."""


_AFTER_BODY_RULES: tuple[tuple[BlockKind, Callable[[Line], object]], ...] = (
    ("contacts", _is_contacts_start),
    ("page_artifact", lambda line: PAGE_ARTIFACT.match(line.text)),
    ("trailer", lambda line: CHROME.match(line.text)),
    ("closing", lambda line: CLOSING.match(line.text)),
    ("date", lambda line: DATE.match(line.text)),
)
"""What an unmarked line after the body can be, tried in this order."""

_ONCE: frozenset[BlockKind] = frozenset({"closing", "date"})
"""Kinds a letter has once: a second closing or date line after the body is an entry."""
