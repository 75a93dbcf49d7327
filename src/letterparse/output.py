"""Writing a batch's output: whole records only, in order, flushed as they come.

- :class:`SignalGuard` holds Ctrl-C and SIGTERM back while a record is being
  written, so that an interrupted run leaves only whole records (a valid JSON Lines
  prefix); between records they stop the run at once.
- Writers take the rendered pieces in input order: :class:`StreamWriter` appends
  them to one output (JSON Lines, CSV, or a single document), :class:`CmifWriter`
  collects the entries and writes one CMIF file at the end, :class:`FolderWriter`
  writes one file per input.

>>> output_names(["a.txt", "2024/a.txt", "b.txt", "b.md"], ".json")
['a.json', '2024/a.json', 'b.txt.json', 'b.md.json']
"""

from __future__ import annotations

import os
import signal
import stat
import sys
import tempfile
import threading
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path, PurePosixPath
from types import FrameType
from typing import TYPE_CHECKING, BinaryIO

if TYPE_CHECKING:
    from sys import UnraisableHookArgs

from .export.cmif import CmifEntry, CmifInfo, assemble
from .formats import Rendered

_SIGNALS = (signal.SIGINT, signal.SIGTERM)

TEXT_SUFFIX = ".extracted.txt"
"""What ``--keep-text`` puts beside each output: the text its spans index."""


class OutputError(Exception):
    """The output cannot be written (a full disk, a closed folder): the CLI exits 1."""


class Interrupted(BaseException):
    """The run was stopped by a signal (Ctrl-C, SIGTERM) between two records.

    Like :class:`KeyboardInterrupt` it is no :class:`Exception`: no ``except Exception``
    that keeps a batch going after one input's failure can take a stop for one.
    """

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


class SignalGuard:
    """Within ``with SignalGuard() as guard:``, SIGINT and SIGTERM raise
    :class:`Interrupted`, except inside ``with guard.writing():`` (which may nest), after
    the outermost of which they do."""

    def __init__(self) -> None:
        self._writing = 0
        self._pending: int | None = None
        self._saved: dict[int, object] = {}
        self._unraisable: Callable[[UnraisableHookArgs], object] | None = None

    def __enter__(self) -> SignalGuard:
        if threading.current_thread() is threading.main_thread():
            for signum in _SIGNALS:
                self._saved[signum] = signal.signal(signum, self._handle)
            self._unraisable, sys.unraisablehook = sys.unraisablehook, self._quiet
        return self

    def __exit__(self, *exc: object) -> None:
        for signum, handler in self._saved.items():
            signal.signal(signum, handler)  # type: ignore[arg-type]
        self._saved.clear()
        if self._unraisable is not None:
            sys.unraisablehook, self._unraisable = self._unraisable, None

    def _quiet(self, unraisable: UnraisableHookArgs) -> None:
        """A stop that landed in a finalizer (a generator closed as it is collected) is
        no error to print: it is pending, and the next writing section raises it."""
        if isinstance(unraisable.exc_value, Interrupted):
            return
        if self._unraisable is not None:
            self._unraisable(unraisable)

    @contextmanager
    def writing(self) -> Iterator[None]:
        """A section that a signal does not interrupt: it takes effect after."""
        self._writing += 1
        try:
            yield
        finally:
            self._writing -= 1
        if self._pending is not None and not self._writing:
            raise Interrupted(self._pending)

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        self._pending = signum  # also for a raise that a finalizer swallows: the next
        if not self._writing:  # writing section's end raises it again
            raise Interrupted(signum)


class Target:
    """Where one output goes: a binary stream, or a file (replaced whole at the end, or
    written record by record when ``streaming``). A path that is no regular file (a
    device such as ``/dev/null``, a named pipe) is written into, never replaced."""

    def __init__(
        self,
        guard: SignalGuard,
        *,
        stream: BinaryIO | None = None,
        path: str | None = None,
        streaming: bool = True,
    ) -> None:
        self.guard = guard
        self.path = path
        self._temp: str | None = None
        if stream is not None:
            self.stream = stream
        else:
            assert path is not None
            if streaming or _special(path):
                self.stream = open(path, "wb")  # noqa: SIM115 - closed in close()
            else:
                folder = os.path.dirname(os.path.abspath(path))
                handle, self._temp = tempfile.mkstemp(prefix=".letterparse-", dir=folder)
                self.stream = os.fdopen(handle, "wb")

    def write(self, data: bytes) -> None:
        """Write ``data`` whole and flush it; raise :class:`OutputError` if it cannot be."""
        if not data:
            return
        with self.guard.writing():
            try:
                self.stream.write(data)
                self.stream.flush()
            except BrokenPipeError:
                raise
            except OSError as exc:
                raise OutputError(f"cannot write {self._name}: {exc.strerror or exc}") from None

    def close(self, *, commit: bool = True) -> None:
        """Finish: a file is closed (and, when written whole, moved into place with the
        permissions a new file gets); a file not committed leaves nothing behind."""
        if self.path is None:
            return
        try:
            self.stream.close()
            if self._temp is not None and commit:
                os.chmod(self._temp, 0o666 & ~_umask())
                os.replace(self._temp, self.path)
                self._temp = None
        except OSError as exc:
            raise OutputError(f"cannot write {self._name}: {exc.strerror or exc}") from None
        finally:
            if self._temp is not None:
                with suppress(OSError):
                    os.unlink(self._temp)
                self._temp = None

    @property
    def _name(self) -> str:
        return self.path or "the output"


def _special(path: str) -> bool:
    """Whether ``path`` names something that exists and is no regular file or folder."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


class StreamWriter:
    """Appends each piece's bytes to one target, after a header (the CSV header)."""

    def __init__(self, target: Target, header: bytes = b"") -> None:
        self.target = target
        target.write(header)

    def add(self, index: int, piece: Rendered) -> None:
        """Write the piece, if it has bytes."""
        if isinstance(piece.payload, bytes):
            self.target.write(piece.payload)

    def finish(self, *, commit: bool = True) -> None:
        """Close the target."""
        self.target.close(commit=commit)


class CmifWriter:
    """Collects the CMIF entries and writes the file when all inputs are done."""

    def __init__(self, target: Target, info: CmifInfo) -> None:
        self.target = target
        self.info = info
        self.entries: list[CmifEntry] = []

    def add(self, index: int, piece: Rendered) -> None:
        """Keep the piece's entry."""
        if isinstance(piece.payload, CmifEntry):
            self.entries.append(piece.payload)

    def finish(self, *, commit: bool = True) -> None:
        """Write the CMIF file (only for a run that was not interrupted)."""
        if commit:
            self.target.write(assemble(self.entries, self.info).encode("utf-8"))
        self.target.close(commit=commit)


class FolderWriter:
    """Writes each input's document to its own file under ``folder``."""

    def __init__(self, folder: str, names: Sequence[str], guard: SignalGuard) -> None:
        self.folder = Path(folder)
        self.names = names
        self.guard = guard
        self.errors: list[str] = []

    def add(self, index: int, piece: Rendered) -> None:
        """Write the piece's file, whole, and its text beside it when it carries its text
        (``letter.json`` and ``letter.extracted.txt``); note what could not be written."""
        path = self.folder / self.names[index]
        if piece.text is not None:
            self._write(path.with_suffix(TEXT_SUFFIX), piece.text.encode("utf-8", "surrogatepass"))
        if isinstance(piece.payload, bytes):
            self._write(path, piece.payload)

    def _write(self, path: Path, payload: bytes) -> None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            target = Target(self.guard, path=str(path), streaming=False)
            try:
                target.write(payload)
            except BaseException:
                target.close(commit=False)
                raise
            target.close()
        except OSError as exc:
            self.errors.append(f"{path}: cannot write: {exc.strerror or exc}")
        except OutputError as exc:
            self.errors.append(str(exc))

    def finish(self, *, commit: bool = True) -> None:
        """Nothing is left to do: every file was written whole as it came."""


Writer = StreamWriter | CmifWriter | FolderWriter


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def output_names(relatives: Sequence[str], extension: str) -> list[str]:
    """A file name for each input: its path with ``extension`` for its suffix; the whole
    name plus ``extension`` where two inputs would meet; then ``-2``, ``-3`` if still."""
    plain = [str(PurePosixPath(rel).with_suffix(extension)) for rel in relatives]
    clashes = Counter(plain)
    names = [
        name if clashes[name] == 1 else rel + extension
        for name, rel in zip(plain, relatives, strict=True)
    ]
    taken = {name.casefold() for name in names}
    given: set[str] = set()
    unique: list[str] = []
    for name in names:
        chosen = name
        if name.casefold() in given:
            stem = name[: -len(extension)] if extension else name
            number = 2
            while f"{stem}-{number}{extension}".casefold() in taken:
                number += 1
            chosen = f"{stem}-{number}{extension}"
            taken.add(chosen.casefold())
        given.add(chosen.casefold())
        unique.append(chosen)
    return unique
