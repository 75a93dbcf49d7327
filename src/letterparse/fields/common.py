"""Small helpers every field reader shares: spans, joined text, validation in bulk.

>>> from letterparse.lines import split_lines
>>> lines = split_lines("Dear\\n  Members,\\n")
>>> span_of(lines)
Span(start=0, end=15, line=1, end_line=2)
>>> joined(lines)
'Dear Members,'
>>> validate_all(Span, [span_data(lines)])
[Span(start=0, end=15, line=1, end_line=2)]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, TypeVar, cast

from pydantic import TypeAdapter, ValidationError

from ..lines import Line
from ..model import Span

_T = TypeVar("_T")


def span_of(lines: Sequence[Line]) -> Span:
    """The span from the first line's first character to the last line's last."""
    return Span(**span_data(lines))


def span_data(lines: Sequence[Line]) -> dict[str, int]:
    """:func:`span_of` as plain data, for :func:`validate_all`."""
    first, last = lines[0], lines[-1]
    return {"start": first.start, "end": last.end, "line": first.number, "end_line": last.number}


_ADAPTERS: dict[type[Any], TypeAdapter[Any]] = {}
"""One list validator per part type, built on first use (not at import)."""


def validate_all(kind: type[_T], items: Iterable[Mapping[str, Any]]) -> list[_T]:
    """``items`` (plain data, nested parts as plain data too) validated as ``kind`` in one
    call: pydantic's core builds a list about four times quicker than a constructor call
    per part. Given a generator, each item's data lives only until it is validated.

    Pydantic reports anything raised while it iterates ``items`` as a ``ValidationError``
    (``iteration_error``), Ctrl-C included; that exception is raised here as itself.
    """
    adapter = _ADAPTERS.get(kind)
    if adapter is None:
        adapter = _ADAPTERS[kind] = TypeAdapter(list[kind])  # type: ignore[valid-type]
    if isinstance(items, list | tuple):  # iterated without running Python code
        return cast("list[_T]", adapter.validate_python(items))
    raised: list[BaseException] = []
    try:
        return cast("list[_T]", adapter.validate_python(_relayed(items, raised)))
    except ValidationError:
        if raised:
            raise raised[0] from None
        raise


def _relayed(
    items: Iterable[Mapping[str, Any]], raised: list[BaseException]
) -> Iterator[Mapping[str, Any]]:
    """``items``, keeping in ``raised`` what iterating them raised, which pydantic hides."""
    try:
        yield from items
    except GeneratorExit:  # closed unfinished: nothing was raised by the items
        raise
    except BaseException as exc:
        raised.append(exc)
        raise


def line_span(line: Line, start: int | None = None) -> Span:
    """The span of one line, optionally from offset ``start`` (its body, say)."""
    return Span(
        start=line.start if start is None else start,
        end=line.end,
        line=line.number,
        end_line=line.number,
    )


def joined(lines: Sequence[Line]) -> str:
    """The lines' text joined with one space: how hard-wrapped text reads."""
    return " ".join(line.text for line in lines)


def line_part(line: Line, at: int, begin: int, stop: int, *, first: bool = True) -> Line | None:
    """The piece of ``line`` between ``begin`` and ``stop`` of a text in which the line's
    text starts at ``at`` (0 for the line's own text), as a line of its own, unmarked,
    with its own offsets (the line's, where a removed character makes them inexact);
    None if the piece is empty. Not ``first``: no blank line before it."""
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
