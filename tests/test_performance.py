"""Performance by design, checked without timing anything.

The work of a parse is measured as the number of Python lines letterparse executes
(``sys.settrace``): a count that is the same on every machine and under any load.
Doubling a letter's list must double the extra work, not quadruple it; a stage that
rescans lines already seen shows up here as growing marginal work. Work inside the
regex engine (backtracking) is not counted: ``benchmarks/regex_audit.py`` and the
hostile-line rows of ``benchmarks/bench.py`` measure that, with a clock.
"""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

import letterparse
from letterparse import LetterParseError

from .conftest import REFERENCE

_PACKAGE = str(Path(letterparse.__file__).resolve().parent)
_TEXT = REFERENCE.read_text(encoding="utf-8")
_LIST_START = _TEXT.index("\n1. ") + 1
_OPENING = "To the Council\n\nDear Members,\n\nWe write to you about the region.\n\n"

Tracer = Callable[[FrameType, str, Any], Any]


def work(text: str) -> int:
    """Python lines of letterparse executed while parsing ``text``."""
    count = 0

    def in_package(frame: FrameType, event: str, arg: Any) -> Tracer | None:
        nonlocal count
        if event == "line":
            count += 1
        return in_package

    def on_call(frame: FrameType, event: str, arg: Any) -> Tracer | None:
        return in_package if frame.f_code.co_filename.startswith(_PACKAGE) else None

    previous = sys.gettrace()
    sys.settrace(on_call)
    try:
        letterparse.parse(text)
    finally:
        sys.settrace(previous)
    return count


def reference_with_list_repeated(times: int) -> str:
    return _TEXT[:_LIST_START] + _TEXT[_LIST_START:] * times


GROWING: dict[str, Callable[[int], str]] = {
    "reference_list": reference_with_list_repeated,
    "empty_list_markers": lambda k: "- \n" * (100 * k),
    "growing_indentation": lambda k: "".join(" " * i + "x\n" for i in range(100 * k)),
    "indented_signatories": lambda k: (
        _OPENING
        + "Signed by:\n\n"
        + "".join(f"{' ' * (i % 40)}- Group {i}\n" for i in range(100 * k))
    ),
    "group_headings": lambda k: (
        _OPENING + "Signed by:\n\n" + "Organisations:\n1. A\n2. B\nIndividuals:\n- C\n" * (25 * k)
    ),
    "body_paragraphs": lambda k: _OPENING + "We ask the Council to act now.\n\n" * (100 * k),
    "body_list_items": lambda k: _OPENING + "1. We ask the Council to act.\n" * (100 * k),
    "opening_lines": lambda k: "To the Council\nUN Office\n1 March 2024\n" * (50 * k),
    "contacts": lambda k: _OPENING + "Contact:\n" + "- Name, Org; a@b.org\n" * (100 * k),
    "cc_lines": lambda k: "From: A <a@b.org>\nSent: Monday\n" + "Cc: Office\n" * (100 * k),
    "inline_names": lambda k: (
        _OPENING + "Signed by: " + "".join(f"Group {i} Network,\n" for i in range(100 * k)) + "Z\n"
    ),
    "semicolon_addressees": lambda k: "To: " + "Office of the Mayor; " * (100 * k) + "Z\n",
}
"""Letters that grow by repeating one part, as a function of how many times."""


@pytest.mark.parametrize("name", sorted(GROWING))
def test_work_grows_linearly(name: str) -> None:
    """From k to 2k repetitions, then from 2k to 4k: twice the repetitions added, twice
    the work added (within 10%), where a quadratic stage would add four times."""
    build = GROWING[name]
    small, middle, large = (work(build(times)) for times in (2, 4, 8))
    first, second = middle - small, large - middle
    assert first > 0
    assert second <= 2.2 * first, (small, middle, large)


def test_parse_restores_the_collector_state() -> None:
    """The parse pauses the cyclic garbage collector and restores it as it was."""
    assert gc.isenabled()
    letterparse.parse(_TEXT)
    assert gc.isenabled()
    with pytest.raises(LetterParseError):
        letterparse.parse("\u200b")
    assert gc.isenabled()
    gc.disable()
    try:
        letterparse.parse(_TEXT)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_concurrent_parses_restore_the_collector() -> None:
    """Parses overlapping in threads share one pause; the last to finish ends it."""
    errors: list[BaseException] = []

    def parse_many() -> None:
        try:
            for _ in range(5):
                letterparse.parse(_TEXT)
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=parse_many) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert gc.isenabled()
