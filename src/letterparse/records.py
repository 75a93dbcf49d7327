"""The record of an input that gave no letter, as batches write it beside letters.

In JSON Lines a batch writes one record per input, in input order: a
:class:`~letterparse.Letter`, or for an input that failed (unreadable, binary,
empty, undecodable, or a warning under ``--strict``) a :class:`ParseFailure`,
``{"source": {"path", "sha256"}, "error": {"code", "message", "line"}}``.

>>> failure = ParseFailure.of("binary_input", "not text", path="a.pdf")
>>> failure.model_dump()["error"]
{'code': 'binary_input', 'message': 'not text', 'line': None}
>>> str(failure)
'a.pdf: binary_input: not text'
"""

from __future__ import annotations

from pydantic import ConfigDict

from .errors import LetterParseError
from .model import ErrorCode, FrozenModel, Letter


class FailedSource(FrozenModel):
    """The input that failed."""

    path: str | None
    """The file path as given, or null for standard input."""
    sha256: str | None
    """SHA-256 of the input bytes, or null when they could not be read."""


class FailureDetail(FrozenModel):
    """Why the input gave no letter."""

    code: ErrorCode
    """A stable code: file_not_found, binary_input, empty_input, undecodable_input, ..."""
    message: str
    """What went wrong, in words a person can act on."""
    line: int | None
    """The 1-based line the problem is on, or null for the input as a whole."""


class ParseFailure(FrozenModel):
    """An input that gave no letter: what it was, and why."""

    model_config = ConfigDict(title="ErrorRecord")

    source: FailedSource
    error: FailureDetail

    @classmethod
    def of(
        cls,
        code: ErrorCode,
        message: str,
        *,
        path: str | None,
        line: int | None = None,
        sha256: str | None = None,
    ) -> ParseFailure:
        """A failure record from its parts."""
        return cls(
            source=FailedSource(path=path, sha256=sha256),
            error=FailureDetail(code=code, message=message, line=line),
        )

    @classmethod
    def from_error(
        cls, error: LetterParseError, *, path: str | None, sha256: str | None = None
    ) -> ParseFailure:
        """The record of a :class:`LetterParseError` raised for the input at ``path``."""
        return cls.of(error.code, error.message, path=path, line=error.line, sha256=sha256)

    def __str__(self) -> str:
        """``path:line: code: message``, as the CLI prints it on stderr."""
        where = self.source.path or "<stdin>"
        if self.error.line is not None:
            where = f"{where}:{self.error.line}"
        return f"{where}: {self.error.code}: {self.error.message}"


Result = Letter | ParseFailure
"""What a batch gives for each input."""
