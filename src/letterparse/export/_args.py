"""What the exporters accept: one letter where one is natural, several where several are.

A collection exporter (``to_csv``, ``to_cmif``) takes letters, or one letter; a
per-letter exporter (``to_tei``, ``to_html``) takes one letter, or a list holding just
one. Anything else is a :class:`TypeError` that says what to pass.

>>> letters_of([], "to_csv")
[]
>>> letter_of("Dear Members,", "to_tei")
Traceback (most recent call last):
...
TypeError: to_tei() takes a Letter (from letterparse.parse), not str
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, cast

from pydantic import BaseModel

from ..model import Letter
from ..records import ParseFailure, Result

_RESULTS = (Letter, ParseFailure)


def letters_of(value: object, function: str) -> list[Letter]:
    """``value`` as a list of letters: a :class:`Letter` alone, or an iterable of them."""
    return cast("list[Letter]", _many(value, (Letter,), function))


def results_of(value: object, function: str) -> list[Result]:
    """``value`` as a list of results (letters and failures): one alone, or an iterable."""
    return cast("list[Result]", _many(value, _RESULTS, function))


def letter_of(value: object, function: str) -> Letter:
    """``value`` as one letter: a :class:`Letter`, or a list or tuple of just one."""
    return cast("Letter", _one(value, (Letter,), function))


def result_of(value: object, function: str) -> Result:
    """``value`` as one result: a letter or a failure, or a list or tuple of just one."""
    return cast("Result", _one(value, _RESULTS, function))


def _many(value: object, kinds: tuple[type[Any], ...], function: str) -> list[Any]:
    if isinstance(value, kinds):
        return [value]
    if isinstance(value, str | bytes | BaseModel) or not isinstance(value, Iterable):
        raise TypeError(
            f"{function}() takes a list of {_plural(kinds)}, not {_name(value)}"
            f"{_hint(value, kinds)}"
        )
    items = list(value)
    for index, item in enumerate(items):
        if not isinstance(item, kinds):
            raise TypeError(
                f"{function}() takes a list of {_plural(kinds)}; item {index} is "
                f"{_name(item)}{_hint(item, kinds)}"
            )
    return items


def _one(value: object, kinds: tuple[type[Any], ...], function: str) -> Any:
    if isinstance(value, kinds):
        return value
    if isinstance(value, Sequence) and not isinstance(value, str | bytes):
        if len(value) == 1 and isinstance(value[0], kinds):
            return value[0]
        if len(value) > 1:
            raise TypeError(
                f"{function}() makes one document of one letter, not of {len(value)}: "
                f"call it for each, [{function}(letter) for letter in letters]"
            )
    raise TypeError(f"{function}() takes {_single(kinds)}, not {_name(value)}{_hint(value, kinds)}")


def _plural(kinds: tuple[type[Any], ...]) -> str:
    return "Letters" if kinds == (Letter,) else "results (Letter or ParseFailure)"


def _single(kinds: tuple[type[Any], ...]) -> str:
    if kinds == (Letter,):
        return "a Letter (from letterparse.parse)"
    return "a result (a Letter or a ParseFailure)"


def _name(value: object) -> str:
    return "None" if value is None else type(value).__name__


def _hint(value: object, kinds: tuple[type[Any], ...]) -> str:
    if isinstance(value, ParseFailure) and ParseFailure not in kinds:
        return (
            f" ({value}): an input that gave no letter; keep the letters, "
            "[r for r in results if isinstance(r, letterparse.Letter)]"
        )
    return ""
