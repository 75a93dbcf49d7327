"""A one-line progress bar on stderr: files done of total, letters per second, failures.

It draws only when its stream is a terminal, and not when the records are printed on
the same terminal (``letterparse parse folder`` on a screen: the bar would be drawn into
them); messages (the ``path:line: code: message`` lines of failed inputs) go through it
so that they never mix with the bar, which counts the failure it has just printed.

>>> import io
>>> bar = Progress(3, io.StringIO())  # not a terminal: silent
>>> bar.advance(failed=False); bar.close(); bar.stream.getvalue()
''
"""

from __future__ import annotations

import os
import time
from typing import TextIO

_CLEAR = "\r\x1b[K"
_WIDTH = 24


class Progress:
    """Counts inputs as they complete and redraws at most ten times a second."""

    def __init__(self, total: int, stream: TextIO, *, enabled: bool | None = None) -> None:
        self.total = total
        self.stream = stream
        self.enabled = _is_terminal(stream) if enabled is None else enabled
        self.done = 0
        self.failed = 0
        self.started = time.monotonic()
        self._drawn_at = 0.0

    def advance(self, *, failed: bool, note: str | None = None) -> None:
        """One more input done; ``note`` (its failure's line) is printed above the bar,
        which then counts it."""
        self.done += 1
        self.failed += failed
        if note is not None:
            self.message(note)
            return
        now = time.monotonic()
        if self.enabled and (now - self._drawn_at >= 0.1 or self.done == self.total):
            self._drawn_at = now
            self.stream.write(_CLEAR + self.line(now))
            self.stream.flush()

    def message(self, text: str) -> None:
        """Print a line of text above the bar."""
        if self.enabled:
            self.stream.write(_CLEAR)
        self.stream.write(text + "\n")
        if self.enabled and self.done:
            self.stream.write(self.line(time.monotonic()))
        self.stream.flush()

    def close(self) -> None:
        """Leave the final state of the bar on its own line."""
        if self.enabled and self.done:
            self.stream.write(_CLEAR + self.line(time.monotonic()) + "\n")
            self.stream.flush()

    def line(self, now: float) -> str:
        """``[#######.....]  120/400 files  85.2 letters/s  2 failed``."""
        share = self.done / self.total if self.total else 1.0
        filled = round(share * _WIDTH)
        rate = self.done / max(now - self.started, 1e-6)
        failed = f"  {self.failed} failed" if self.failed else ""
        return (
            f"[{'#' * filled}{'.' * (_WIDTH - filled)}] {self.done}/{self.total} files"
            f"  {rate:.1f} letters/s{failed}"
        )


def shares_terminal(first: TextIO, second: TextIO) -> bool:
    """Whether the two streams write to one terminal (stdout and stderr both on the
    screen): a bar on one would be drawn into what the other prints."""
    try:
        if not (first.isatty() and second.isatty()):
            return False
        return os.path.samestat(os.fstat(first.fileno()), os.fstat(second.fileno()))
    except (AttributeError, ValueError, OSError):
        return False


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
