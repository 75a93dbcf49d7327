"""The named features of a line: one small function each, in one table.

Each feature is a function of a line's :class:`View` (its text read once: the core
without Markdown and list marker, its words, its place in the letter) that gives
``None`` (the line does not show it), ``True`` (it does) or a short value
(``"len=short"``). :data:`FEATURES` is the table of them, in order; the decoder weighs
each by the table in ``weights.tsv``. Blank lines are features (``blank_before``,
``blank_after``), never states.

>>> [name for name, _ in FEATURES][:4]
['marker', 'bullet', 'blank_before', 'blank_after']
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..lines import Line
from ..vocabulary import plain
from .context import NEVER, SENTENCE_BREAK, Context

Value = bool | str | None


@dataclass(frozen=True, slots=True)
class View:
    """One line as the features see it."""

    line: Line
    index: int
    core: str
    """The text without its list marker, Markdown heading marks, emphasis around it,
    a quote mark before it or a ``<br>`` after it: what the patterns read."""
    low: str
    words: int
    hits: frozenset[str]
    """The named patterns of :mod:`letterparse.sections.patterns` the core matches."""
    context: Context


Feature = Callable[[View], Value]


def _marker(view: View) -> Value:
    """The kind of list marker: ``1. Alpha`` gives ``number``; none when every line of the
    letter has one (a paste viewer's ``- `` before each line marks nothing)."""
    line = view.line
    if line.marker_kind is None or view.context.all_marked:
        return None
    return line.marker_kind


def _bullet(view: View) -> Value:
    """Which bullet: ``-``, ``*``, ``•``."""
    marker = view.line.marker
    if view.line.marker_kind != "bullet" or view.context.all_marked or marker is None:
        return None
    return marker


def _blank_before(view: View) -> Value:
    """Blank lines before: ``0``, ``1``, ``2+``; ``start`` for the first line."""
    if view.index == 0:
        return "start"
    count = view.line.blank_before
    return "0" if count == 0 else "1" if count == 1 else "2+"


def _blank_after(view: View) -> Value:
    """Blank lines after: ``0``, ``1``, ``2+``; ``end`` for the last line."""
    after = view.context.blank_after[view.index]
    if after < 0:
        return "end"
    return "0" if after == 0 else "1" if after == 1 else "2+"


def _length(view: View) -> Value:
    """The core's length: ``tiny`` (≤ 3), ``short`` (≤ 25), ``medium`` (≤ 60), ``long``
    (≤ 120), ``huge``."""
    size = len(view.core)
    if size <= 3:
        return "tiny"
    if size <= 25:
        return "short"
    if size <= 60:
        return "medium"
    return "long" if size <= 120 else "huge"


def _words(view: View) -> Value:
    """Words: ``1``, ``2-3``, ``4-8``, ``9-20``, ``21+``."""
    count = view.words
    if count <= 1:
        return "1"
    if count <= 3:
        return "2-3"
    if count <= 8:
        return "4-8"
    return "9-20" if count <= 20 else "21+"


def _wrap(view: View) -> Value:
    """In hard-wrapped text, a line that fills the wrap width (``full``) or stops well
    short of it (``short``); None in text that is not hard-wrapped."""
    width = view.context.wrap_width
    if width is None:
        return None
    size = len(view.line.text)
    if size >= 0.8 * width:
        return "full"
    return "short" if size < 0.6 * width else None


def _end(view: View) -> Value:
    """How the core ends: ``.``, ``,``, ``:``, ``;``, ``!``, ``)``, ``word``, ``other``."""
    last = view.core[-1:] or " "
    if last in ".,:;)":
        return last
    if last in "!?":
        return "!"
    if last in "။။":
        return "."
    return "word" if last.isalnum() else "other"


def _case(view: View) -> Value:
    """``caps`` (every cased letter a capital), ``upper`` (starts with a capital),
    ``lower``, ``digit``, ``uncased`` (a script without capitals), ``other``."""
    core = view.core
    first = core[:1]
    if core.isupper() and sum(char.isalpha() for char in core[:40]) >= 3:
        return "caps"
    if first.isupper():
        return "upper"
    if first.islower():
        return "lower"
    if first.isdigit():
        return "digit"
    return "uncased" if first.isalpha() else "other"


def _capitalised(view: View) -> Value:
    """Most words start with a capital, as a name or a title does: ``Women Alliance
    Burma``; ``prose`` when most start in lower case."""
    words = view.core.split(maxsplit=40)[:40]
    if len(words) < 2:
        return None
    upper = sum(1 for word in words if word[:1].isupper())
    if upper >= 0.7 * len(words):
        return "title"
    return "prose" if upper <= 0.3 * len(words) else None


def _sentences(view: View) -> Value:
    """A sentence ends inside the line and another begins: prose."""
    core = view.core
    return (len(core) > 40 and SENTENCE_BREAK.search(core) is not None) or None


def _indent(view: View) -> Value:
    """``in`` indented; ``deeper`` than the line before it."""
    line = view.line
    if line.indent == 0:
        return None
    before = view.context.lines[view.index - 1] if view.index else None
    return "deeper" if before is not None and line.indent > before.indent else "in"


def _markdown(view: View) -> Value:  # noqa: PLR0911 (one return a mark)
    """Markdown or HTML around the line: ``heading`` (``## …``), ``bold``, ``italic``,
    ``quote`` (``> …``), ``table`` (``| … |``), ``html`` (``<p>``, ``<!-- -->``)."""
    text = view.line.body if view.context.all_marked else view.line.text
    first = text[:1]
    if first == "#" and plain(text) != text:
        return "heading"
    if first in {"*", "_"}:
        return "bold" if text[:2] in ("**", "__") else "italic"
    if first == ">":
        return "quote"
    if first == "|" and text.endswith("|"):
        return "table"
    if first == "<":
        return "html"
    if text.startswith("![") or (text.startswith("[") and text.endswith(")") and "](" in text):
        return "image" if first == "!" else "link"
    return None


def _position(view: View) -> Value:
    """Where the line stands: among the first 3 non-blank lines, the first 12, the last 3,
    the last 12."""
    index, total = view.index, len(view.context.lines)
    if index < 3:
        return "first3"
    if index < 12:
        return "first12"
    if total - index <= 3:
        return "last3"
    return "last12" if total - index <= 12 else None


def _repeated(view: View) -> Value:
    """A running header or footer: the same short line on every page of PDF text."""
    return view.index in view.context.repeats or None


def _numbering(view: View) -> Value:
    """A numbered line whose number goes on from the numbered line before it (``seq``),
    or that starts at one (``first``)."""
    ordinal = view.line.ordinal
    if ordinal is None:
        return None
    if ordinal == view.context.previous_ordinal[view.index] + 1:
        return "seq"
    return "first" if ordinal == 1 else "other"


def _list_run(view: View) -> Value:
    """The line stands in a run of list entries: ``long`` (twelve or more in the run),
    ``some`` (three or more)."""
    size = view.context.run_size[view.index]
    if size >= 12:
        return "long"
    return "some" if size >= 3 else None


def _names_like(view: View) -> Value:
    """Reads as a name, not a sentence: capitalised, short, no end punctuation."""
    core = view.core
    return (
        bool(core)
        and not core[0].islower()
        and view.words <= 10
        and core[-1] not in ".;:!?"
        and "." not in core[1:-1].replace(". ", ".").replace(".", "", 3)
    ) or None


def _tail(view: View) -> Value:
    """The line stands in the run of name-like lines that ends the letter."""
    return view.index >= view.context.tail_start or None


def _anchors(view: View) -> Value:
    """Where the line stands against the strongest lines of the letter: ``pre_salutation``
    before the first salutation, ``post_closing`` after a complimentary close,
    ``post_signing`` after a signing statement (the last that applies)."""
    context = view.context
    index = view.index
    if index > context.first_signing:
        return "post_signing"
    if index > context.first_closing:
        return "post_closing"
    if index < context.first_salutation:
        return "pre_salutation"
    return None


def _first_word(view: View) -> Value:
    """The first word in lower case, when it is a word of letters: ``Dear`` gives
    ``dear``; ``num`` for a number."""
    core = view.core
    word = core.split(" ", 1)[0].strip(".,:;!?()[]\"'“”‘’*_").lower()
    if not word:
        return None
    if word[0].isdigit():
        return "num"
    return word if word.isalpha() and len(word) <= 14 else None


def _around_prose(view: View) -> Value:
    """Where the line stands against the letter's prose: ``before`` its first paragraph
    of prose, ``after`` its last, ``inside`` the prose or ``none`` in a letter without."""
    context, index = view.context, view.index
    if context.first_prose == NEVER:
        return "none"
    if index < context.first_prose:
        return "before"
    return "after" if index > context.last_prose else "inside"


def _front_matter(view: View) -> Value:
    """The line stands in the front matter that opens a Markdown file (``---`` … ``---``)."""
    return view.index <= view.context.front_matter_end or None


def _echo(view: View) -> Value:
    """The same text stands on another line too: ``later`` (a letterhead that names a
    signatory, a running header), ``earlier`` (a repeated ``Reply`` under comments)."""
    lines = view.context.echoes.get(view.core.casefold())
    if lines is None or len(lines) < 2:
        return None
    return "later" if lines[0] == view.index else "earlier"


def _against_date(view: View) -> Value:
    """Before or after the first line that is a date."""
    first = view.context.first_date
    if first == NEVER:
        return None
    return "before" if view.index < first else "after" if view.index > first else None


def _chunk_place(view: View) -> Value:
    """Where the line stands in its chunk (the run of lines without a blank line between
    them): ``alone``, ``first``, ``last`` or ``inside``."""
    start, stop = view.context.chunks[view.index]
    if stop - start == 1:
        return "alone"
    if view.index == start:
        return "first"
    return "last" if view.index == stop - 1 else "inside"


def _chunk_size(view: View) -> Value:
    """How many lines the line's chunk holds: ``1``, ``2-4``, ``5-12``, ``13+``."""
    start, stop = view.context.chunks[view.index]
    size = stop - start
    return "1" if size == 1 else "2-4" if size <= 4 else "5-12" if size <= 12 else "13+"


def _chrome_side(view: View) -> Value:
    """After the letter's prose, whether page chrome stands above the line (``below``: the
    line is in the page's trailer) or below it only (``above``)."""
    context = view.context
    if context.last_prose != NEVER and view.index <= context.last_prose:
        return None
    if context.chrome_before[view.index]:
        return "below"
    return "above" if context.chrome_after[view.index] else None


def _prose_block(view: View) -> Value:
    """The run of lines without a blank between them that holds this line is prose: forty
    words or more, or a sentence end after five words."""
    return view.context.in_prose[view.index] or None


FEATURES: tuple[tuple[str, Feature], ...] = (
    ("marker", _marker),
    ("bullet", _bullet),
    ("blank_before", _blank_before),
    ("blank_after", _blank_after),
    ("len", _length),
    ("words", _words),
    ("wrap", _wrap),
    ("end", _end),
    ("case", _case),
    ("caps", _capitalised),
    ("sentences", _sentences),
    ("indent", _indent),
    ("md", _markdown),
    ("pos", _position),
    ("repeated", _repeated),
    ("numbering", _numbering),
    ("run", _list_run),
    ("names_like", _names_like),
    ("tail", _tail),
    ("anchor", _anchors),
    ("prose", _prose_block),
    ("w0", _first_word),
    ("around", _around_prose),
    ("front", _front_matter),
    ("echo", _echo),
    ("vs_date", _against_date),
    ("chunk", _chunk_place),
    ("chunk_size", _chunk_size),
    ("chrome_side", _chrome_side),
)
"""The line features, by name: a feature ``name`` that gives ``True`` is named ``name``,
one that gives a value is ``name=value``."""
