"""The two ways parsing fails, kept apart from warnings on a letter.

- :class:`LetterParseError`: the input is no letter at all (empty, binary), or a
  warning was raised in strict mode. It carries a stable ``code``, the 1-based
  ``line`` when one applies, and a message a person can act on.
- :class:`ParserBug`: letterparse broke its own invariants. Never swallowed.

>>> err = LetterParseError("empty_input", "the input holds no text", path="a.txt")
>>> str(err)
'a.txt: empty_input: the input holds no text'
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .model import ErrorCode


class LetterParseError(ValueError):
    """The input cannot be read as a letter; ``code``, ``line`` and ``path`` say why and where."""

    def __init__(
        self, code: ErrorCode, message: str, *, line: int | None = None, path: str | None = None
    ) -> None:
        super().__init__(code, message)  # the arguments pickle and copy rebuilds from
        self.code = code
        self.message = message
        self.line = line
        self.path = path

    def __str__(self) -> str:
        where = self.path or ("<text>" if self.line is not None else "")
        if self.line is not None:
            where = f"{where}:{self.line}"
        prefix = f"{where}: " if where else ""
        return f"{prefix}{self.code}: {self.message}"

    def with_path(self, path: str) -> LetterParseError:
        """The same error, naming the file it came from."""
        return LetterParseError(self.code, self.message, line=self.line, path=path)


class ParserBug(RuntimeError):
    """letterparse broke one of its own invariants: please report it with the input."""
