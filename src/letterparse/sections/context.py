"""What the features need to know about the whole letter, measured once.

The wrap width of hard-wrapped text, the running headers of PDF pages, the runs of list
entries, the name-like lines that end the letter, and where its strongest lines stand
(the first salutation, complimentary close and signing statement).

>>> from letterparse.lines import split_lines
>>> from .patterns import core_of, hits_of
>>> text = "Dear Members,\\n\\nWe write.\\n\\nSincerely,\\n\\nAlpha Forum\\nBeta Union\\n"
>>> lines = split_lines(text)
>>> cores = [core_of(line, marked=True) for line in lines]
>>> context = letter_context(lines, cores, [hits_of(c, l) for c, l in zip(cores, lines)])
>>> context.first_salutation, context.first_closing, context.tail_start
(0, 2, 3)
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from ..lines import Line
from ..myanmar.script import syllable_count
from .pages import running_headers

SENTENCE_END = regex.compile(r"[.!?;:…။。！？；：][\"'”’)\]*_」』）]*$")
"""A line that ends a sentence: ``… in the region.``, Burmese ``… ပါသည်။``, Chinese ``…。``"""

SENTENCE_BREAK = regex.compile(r"\p{Ll}{2}[.!?][\"'”’)]?[ ]+[\"'“‘(]?\p{Lu}")
"""Where one sentence ends and the next begins, after a lower-case word (not ``Dr.``)."""

NEVER = 10**9


@dataclass(frozen=True, slots=True)
class Context:
    """The letter-wide measures the features read."""

    lines: Sequence[Line]
    all_marked: bool
    """Nearly every line opens with the same bullet: a paste viewer's, not the letter's."""
    blank_after: list[int]
    """Blank lines after each line; -1 for the last."""
    wrap_width: int | None
    """The width the text is hard-wrapped at, or None when it is not."""
    words: list[int]
    in_prose: list[bool]
    """The line's run of lines without a blank between them reads as prose."""
    repeats: frozenset[int]
    previous_ordinal: list[int]
    """The number of the closest numbered line before each line (-9 for none)."""
    run_size: list[int]
    """How many list entries the run of marked lines around each line holds."""
    tail_start: int
    """Where the run of name-like lines that ends the letter starts (NEVER for none)."""
    first_salutation: int
    first_closing: int
    first_signing: int
    chunks: list[tuple[int, int]]
    """For each line, the start and stop of its chunk (lines without a blank between)."""
    chunk_hits: list[frozenset[str]]
    """For each line, the pattern hits of all the lines of its chunk."""
    chrome_before: list[bool]
    """Some line above is page chrome (after the letter's last prose)."""
    chrome_after: list[bool]
    mail_block: list[bool]
    """The line stands in a run of three or more e-mail header lines."""
    first_date: int
    echoes: dict[str, list[int]]
    """For each core (case-folded) that stands on two lines or more, those lines."""
    front_matter_end: int
    """The closing fence of the front matter that opens the text (-1 for none)."""
    first_prose: int
    """The first line of the first run of prose (NEVER in a letter without)."""
    last_prose: int


def letter_context(
    lines: Sequence[Line], cores: Sequence[str], hits: Sequence[frozenset[str]]
) -> Context:
    """The context of one letter's lines, their cores and pattern hits."""
    count = len(lines)
    blank_after = [line.blank_before for line in lines[1:]] + [-1]
    words = [_word_count(core) for core in cores]
    in_prose = _in_prose(lines, words)
    prose = [index for index, inside in enumerate(in_prose) if inside]
    return Context(
        lines=lines,
        all_marked=_all_marked(lines),
        blank_after=blank_after,
        wrap_width=wrap_width(lines),
        words=words,
        in_prose=in_prose,
        repeats=running_headers(lines),
        previous_ordinal=_previous_ordinals(lines),
        run_size=_run_sizes(lines),
        tail_start=_tail_start(lines, cores, words, hits),
        first_salutation=_first(hits, "salutation", count),
        first_closing=_first(hits, "closing", count),
        first_signing=_first(hits, "signing", count),
        chunks=(chunks := _chunks(lines)),
        chunk_hits=_chunk_hits(chunks, hits),
        chrome_before=_seen(hits, prose[-1] if prose else -1, forward=True),
        chrome_after=_seen(hits, prose[-1] if prose else -1, forward=False),
        mail_block=_mail_blocks(lines, hits),
        first_date=_first(hits, "date", count),
        echoes=_echoes(cores),
        front_matter_end=_front_matter_end(lines),
        first_prose=prose[0] if prose else NEVER,
        last_prose=prose[-1] if prose else NEVER,
    )


_UNSPACED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]++|\p{Thai}++")
"""A run of a script written without spaces between its words."""


def _word_count(core: str) -> int:
    """About how many words ``core`` holds: its spaces, and in scripts written without
    them, a word for every two Burmese syllables, two Chinese or Japanese characters or
    five Thai letters."""
    words = core.count(" ") + 1
    if not core.isascii():
        words += syllable_count(core) // 2
        for run in _UNSPACED.findall(core):
            words += len(run) // (5 if "\u0e00" <= run[0] <= "\u0e7f" else 2)
    return words


def _all_marked(lines: Sequence[Line]) -> bool:
    if len(lines) < 8:
        return False
    dashed = sum(1 for line in lines if line.marker in ("-", "*") and line.indent == 0)
    return dashed >= 0.9 * len(lines)


def wrap_width(lines: Sequence[Line]) -> int | None:
    """The width hard-wrapped text is wrapped at: most lines that another line goes on
    from end within a word's length of one width, and few go beyond it. None for text
    whose paragraphs are each one long line."""
    lengths = sorted(
        len(line.text)
        for line, following in itertools.pairwise(lines)
        if len(line.text) >= 30 and not following.blank_before and following.marker is None
    )
    if len(lengths) < 3:
        return None
    width = lengths[int(0.9 * (len(lengths) - 1))]
    if width > 160:
        return None
    near = sum(1 for size in lengths if width - max(12, width // 5) <= size <= width + 8)
    return width if near >= 0.6 * len(lengths) else None


def _in_prose(lines: Sequence[Line], words: Sequence[int]) -> list[bool]:
    out = [False] * len(lines)
    start = 0
    for index in range(1, len(lines) + 1):
        if index == len(lines) or lines[index].blank_before or lines[index].marker is not None:
            total = sum(words[start:index])
            last = lines[index - 1].text
            prose = total >= 40 or (total >= 6 and SENTENCE_END.search(last) is not None)
            out[start:index] = [prose] * (index - start)
            start = index
    return out


def _previous_ordinals(lines: Sequence[Line]) -> list[int]:
    out = []
    previous = -9
    for line in lines:
        out.append(previous)
        if line.ordinal is not None:
            previous = line.ordinal
    return out


def _run_sizes(lines: Sequence[Line]) -> list[int]:
    """For each line, the number of marked lines in its run: marked lines and the unmarked
    lines that wrap them, with at most one blank line between entries."""
    sizes = [0] * len(lines)
    start = 0
    marked = 0
    for index in range(len(lines) + 1):
        ends = (
            index == len(lines)
            or lines[index].blank_before > 1
            or (lines[index].marker is None and lines[index].blank_before > 0)
        )
        if ends:
            sizes[start:index] = [marked] * (index - start)
            start, marked = index, 0
        if index < len(lines) and lines[index].marker is not None:
            marked += 1
    return sizes


def _tail_start(
    lines: Sequence[Line],
    cores: Sequence[str],
    words: Sequence[int],
    hits: Sequence[frozenset[str]],
) -> int:
    """The start of the lines that end the letter and read as names (page artefacts and
    notes between them), when there are two or more."""
    index = len(lines)
    names = 0
    while index > 0:
        core = cores[index - 1]
        passing = hits[index - 1] & {"page_artifact", "chrome", "note"}
        named = (
            bool(core)
            and not core[0].islower()
            and words[index - 1] <= 12
            and core[-1] not in ".;:!?,"
        )
        if not (passing or named):
            break
        names += bool(named and not passing)
        index -= 1
    return index if names >= 2 else NEVER


def _chunks(lines: Sequence[Line]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    start = 0
    for index in range(1, len(lines) + 1):
        if index == len(lines) or lines[index].blank_before:
            out.extend([(start, index)] * (index - start))
            start = index
    return out


def _chunk_hits(
    chunks: Sequence[tuple[int, int]], hits: Sequence[frozenset[str]]
) -> list[frozenset[str]]:
    out: list[frozenset[str]] = []
    index = 0
    while index < len(chunks):
        start, stop = chunks[index]
        union = frozenset().union(*hits[start:stop])
        out.extend([union] * (stop - start))
        index = stop
    return out


_CHROME = frozenset({"chrome", "chrome_words"})


def _seen(hits: Sequence[frozenset[str]], after: int, *, forward: bool) -> list[bool]:
    """For each line after ``after``, whether a chrome line stands before it (``forward``)
    or after it; False up to ``after``."""
    out = [False] * len(hits)
    order = range(after + 1, len(hits)) if forward else range(len(hits) - 1, after, -1)
    seen = False
    for index in order:
        out[index] = seen
        seen = seen or bool(hits[index] & _CHROME)
    return out


def _mail_blocks(lines: Sequence[Line], hits: Sequence[frozenset[str]]) -> list[bool]:
    """Runs of three or more e-mail header lines with no blank line between them."""
    out = [False] * len(hits)
    start = 0
    for index in range(len(hits) + 1):
        ends = index == len(hits) or "mail_header" not in hits[index]
        if ends or (index > start and lines[index].blank_before):
            if index - start >= 3:
                out[start:index] = [True] * (index - start)
            start = index + 1 if ends else index
    return out


def _echoes(cores: Sequence[str]) -> dict[str, list[int]]:
    """The cores of four characters or more that stand on more than one line, and where:
    a name without its acronym counts as the name (``Harbour Forum (HF)``)."""
    seen: dict[str, list[int]] = {}
    for index, core in enumerate(cores):
        if 4 <= len(core) <= 120:
            key = core.casefold()
            seen.setdefault(key, []).append(index)
            if key.endswith(")") and "(" in key:
                bare = key[: key.rfind("(")].rstrip()
                if len(bare) >= 4:
                    seen.setdefault(bare, []).append(index)
    return {key: found for key, found in seen.items() if len(found) > 1}


def _front_matter_end(lines: Sequence[Line]) -> int:
    """Where the front matter that opens a Markdown file ends: the next fence like the
    first line's (``---`` for YAML, ``+++`` for TOML), within 60 lines; -1 for none."""
    if not lines or lines[0].text not in ("---", "+++"):
        return -1
    fence = lines[0].text
    return next((i for i, line in enumerate(lines[1:61], 1) if line.text == fence), -1)


def _first(hits: Sequence[frozenset[str]], name: str, count: int) -> int:
    return next((index for index, found in enumerate(hits) if name in found), NEVER)
