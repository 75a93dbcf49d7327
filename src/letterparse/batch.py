"""Many inputs at once: parse them in parallel processes, keep input order.

Folders are walked as :mod:`letterparse.inputs` says (an mbox gives one input per
message, ``archive.mbox#1``, ``archive.mbox#2``, …). Each input gives one result,
in input order: a :class:`~letterparse.Letter`, or a :class:`~letterparse.ParseFailure`
saying why not. A stop (Ctrl-C, SIGTERM, a caller that stops reading) is never an
input's failure: it goes through, and the worker processes stop after the letter in
hand.

>>> for result in iter_parse(["fixtures/letters"], jobs=1):  # doctest: +SKIP
...     print(result.source.path)
fixtures/letters/joint-letter-unsc-2024-03-01.txt
"""

from __future__ import annotations

import gc
import hashlib
import multiprocessing
import os
import signal
import sys
import traceback
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from functools import cache, partial
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias, TypeVar

from .errors import LetterParseError
from .extract import read_bytes
from .inputs import DEFAULT_GLOBS, Input, collect, input_bytes, unreadable_input
from .model import Letter
from .parse import parse_decoded
from .records import ParseFailure, Result

if TYPE_CHECKING:
    from ctypes import c_byte

T = TypeVar("T")

Renderer = Callable[[Result, str | None], T]
"""Turns one input's result (and the text its spans index, when it was read) into what
the caller keeps."""

_STOPS = {signal.SIGINT, signal.SIGTERM}
"""The signals that stop a run."""

Flag: TypeAlias = "c_byte"
"""A byte in memory shared with the workers, without a lock (a worker killed while
holding a lock would leave the main process waiting for it forever)."""

_SAID = 300
"""At most this many characters of an exception's text in a ``parser_bug`` message."""


def iter_parse(
    paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
    *,
    jobs: int | None = None,
    glob: Sequence[str] | str = DEFAULT_GLOBS,
    strict: bool = False,
) -> Iterator[Result]:
    """Parse files and folders; yield one result per input file, in input order.

    ``paths`` is a list of paths, or one path (``iter_parse("archive/")``). ``jobs``
    processes parse in parallel (default: the machine's cores); the results are the
    same for any number of jobs. Folders are walked as :func:`collect` says. Ctrl-C
    raises :class:`KeyboardInterrupt` here, as itself, and stops the workers. On macOS
    and Windows, where worker processes are spawned, call it under
    ``if __name__ == "__main__":`` as :mod:`multiprocessing` requires.

    >>> [type(r).__name__ for r in iter_parse(["letter.txt", "missing.txt"])]  # doctest: +SKIP
    ['Letter', 'ParseFailure']
    """
    if jobs is not None and (isinstance(jobs, bool) or not isinstance(jobs, int)):
        raise TypeError(f"jobs is a whole number or None, not {type(jobs).__name__}")
    if jobs is not None and jobs < 1:
        raise ValueError(f"jobs must be 1 or more, not {jobs}")
    inputs = collect(paths, glob=glob)
    _settle()
    if _workers(jobs, len(inputs)) <= 1:
        return run(inputs, _keep, jobs=1, strict=strict)
    return (_unpack(packed) for packed in run(inputs, _pack, jobs=jobs, strict=strict))


def run(
    inputs: Sequence[Input],
    render: Renderer[T],
    *,
    jobs: int | None = None,
    strict: bool = False,
) -> Generator[T, None, None]:
    """Parse ``inputs`` and yield ``render(result, data)`` for each, in input order.

    With more than one job, parsing and rendering happen in worker processes, so
    ``render`` must be picklable (a module-level function or a :func:`functools.partial`
    of one). At most a few chunks per worker are in flight: memory stays bounded and
    results come out as soon as all earlier ones are done.
    """
    workers = _workers(jobs, len(inputs))
    if workers <= 1:
        return (_work(item, render, strict) for item in inputs)
    return _parallel(inputs, render, workers, strict)


def read_input(item: Input, *, strict: bool = False) -> tuple[Result, str | None]:
    """Read and parse one input: its result, and the text its spans index (extracted and
    decoded) when it could be read."""
    if item.failure is not None:
        return item.failure, None
    try:
        data = input_bytes(item)
    except OSError as exc:
        assert item.path is not None  # an Input without data always has a path
        return unreadable_input(item.path, exc), None
    text = None
    try:
        decoded = read_bytes(data)
        text = decoded.text
        return parse_decoded(decoded, path=item.source, strict=strict), text
    except LetterParseError as error:
        return ParseFailure.from_error(error, path=item.source, sha256=_sha256(data)), text
    except Exception as exc:  # a parser bug: reported in the input's record, not hidden
        return _bug(item, data, exc), text


@cache
def _settle() -> None:
    """Collect the cyclic garbage of the import once, before a first batch: compiling
    the patterns leaves the ``regex`` compiler's trees, whose finalizers Python would
    otherwise run at some moment of the run, and a Ctrl-C that lands in a finalizer is
    lost (Python ignores what a finalizer raises)."""
    gc.collect()


def default_jobs() -> int:
    """How many processes to use by default: the cores this process may run on."""
    if hasattr(os, "process_cpu_count"):  # Python 3.13+
        count: int | None = os.process_cpu_count()
    elif hasattr(os, "sched_getaffinity"):
        count = len(os.sched_getaffinity(0))
    else:  # pragma: no cover - macOS and Windows before 3.13
        count = os.cpu_count()
    return max(1, count or 1)


# -- workers -----------------------------------------------------------------------


def _workers(jobs: int | None, inputs: int) -> int:
    return min(default_jobs() if jobs is None else jobs, inputs)


def _keep(result: Result, text: str | None) -> Result:
    return result


def _pack(result: Result, text: str | None) -> tuple[bool, bytes]:
    """A result as JSON: between processes cheaper than pickling the model."""
    return isinstance(result, Letter), result.model_dump_json().encode("utf-8")


def _unpack(packed: tuple[bool, bytes]) -> Result:
    is_letter, raw = packed
    return Letter.model_validate_json(raw) if is_letter else ParseFailure.model_validate_json(raw)


def _work(item: Input, render: Renderer[T], strict: bool) -> T:
    result, text = read_input(item, strict=strict)
    try:
        return render(result, text)
    except Exception as exc:  # a bug in an exporter fails this input, not the batch
        return render(_bug(item, (text or "").encode("utf-8", "surrogatepass"), exc), text)


def _work_chunk(chunk: Sequence[Input], render: Renderer[T], strict: bool) -> list[T]:
    """In a worker: the chunk's results, or fewer once the main process stops the run."""
    results: list[T] = []
    for item in chunk:
        if _Worker.stopping is not None and _Worker.stopping.value:
            break
        results.append(_work(item, render, strict))
    return results


def _parallel(
    inputs: Sequence[Input], render: Renderer[T], workers: int, strict: bool
) -> Generator[T, None, None]:
    size = max(1, min(16, len(inputs) // (workers * 8)))
    chunks = [inputs[i : i + size] for i in range(0, len(inputs), size)]
    task = partial(_work_chunk, render=render, strict=strict)
    executor = _Pool(workers)
    queued = deque(chunks)
    pending: deque[tuple[Sequence[Input], Future[list[T]]]] = deque()
    try:
        while queued or pending:
            try:
                while queued and len(pending) < workers * 3:
                    pending.append((queued[0], _submit(executor, task, queued[0])))
                    queued.popleft()
                results = pending[0][1].result()
            except BrokenProcessPool:
                # A worker died (killed for memory, say), and with it every chunk in the
                # pool: run those again one by one, each in a pool of its own, then go on.
                executor.shutdown(wait=False, cancel_futures=True)
                broken = [chunk for chunk, _ in pending]
                pending.clear()
                for chunk in broken:
                    yield from _isolated(task, chunk, render)
                executor = _Pool(workers)
                continue
            pending.popleft()
            yield from results
    finally:  # stopped early (Ctrl-C, a closed pipe, a caller that stops reading): at once
        if pending:
            executor.stop()
        else:
            executor.shutdown()


def _isolated(
    task: Callable[[Sequence[Input]], list[T]], chunk: Sequence[Input], render: Renderer[T]
) -> list[T]:
    """A chunk's results from a pool of its own; an input that kills its process even
    alone gets a ``parser_bug`` record, and the others their results."""
    try:
        return _alone(task, chunk)
    except BrokenProcessPool:
        results: list[T] = []
        for item in chunk:
            try:
                results.extend(_alone(task, [item]))
            except BrokenProcessPool:
                results.append(render(_died(item), None))
        return results


def _alone(task: Callable[[Sequence[Input]], list[T]], chunk: Sequence[Input]) -> list[T]:
    pool = _Pool(1)
    try:
        results = _submit(pool, task, chunk).result()
    except BaseException:
        pool.stop()
        raise
    pool.shutdown()
    return results


class _Pool(ProcessPoolExecutor):
    """Worker processes that leave Ctrl-C to the main process, and that :meth:`stop`
    tells to leave their chunks after the input in hand."""

    def __init__(self, workers: int) -> None:
        context = _context()
        self._stopping: Flag = context.RawValue("b", 0)
        super().__init__(
            max_workers=workers,
            mp_context=context,
            initializer=_start_worker,
            initargs=(self._stopping,),
        )

    def stop(self) -> None:
        """Stop without waiting: what waits is cancelled, what runs ends after its input.
        (Ending the workers instead can leave the pool's thread waiting forever for the
        rest of a result that a worker was sending.)"""
        self._stopping.value = 1
        self.shutdown(wait=False, cancel_futures=True)


class _Worker:
    """A worker process's state."""

    stopping: Flag | None = None
    """Set by the main process when the run stops."""


def _submit(
    pool: ProcessPoolExecutor, task: Callable[[Sequence[Input]], list[T]], chunk: Sequence[Input]
) -> Future[list[T]]:
    """Submit a chunk with Ctrl-C and SIGTERM held back: the pool may start its processes
    and threads here, and they start with the signals blocked (a worker, until it ignores
    Ctrl-C; the pool's threads for good, so the signals reach the main thread at once).
    A signal that comes meanwhile takes effect when they are let through again."""
    if not hasattr(signal, "pthread_sigmask"):  # pragma: no cover - Windows
        return pool.submit(task, chunk)
    held = signal.pthread_sigmask(signal.SIG_BLOCK, _STOPS)
    try:
        return pool.submit(task, chunk)
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


def _died(item: Input) -> ParseFailure:
    message = (
        "the process parsing this input died, also when it was parsed alone (out of "
        "memory?); this is a bug in letterparse or a limit of this machine: please report it"
    )
    return ParseFailure.of("parser_bug", message, path=item.source)


def _context() -> multiprocessing.context.BaseContext:
    """Fork on Linux: workers start fast and need no ``if __name__ == "__main__":`` guard
    in the caller's script (the pool forks its workers before it starts a thread);
    elsewhere the platform's default (spawn), which needs that guard."""
    if sys.platform.startswith("linux"):
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context()


def _start_worker(stopping: Flag) -> None:
    """Workers leave Ctrl-C to the main process, which stops them; SIGTERM ends them."""
    _Worker.stopping = stopping
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):  # held back while the pool started them
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOPS)


# -- failures ----------------------------------------------------------------------


def _bug(item: Input, data: bytes, exc: Exception) -> ParseFailure:
    """A ``parser_bug`` record: the exception and where it was raised, on one line."""
    frames = traceback.extract_tb(exc.__traceback__)
    where = f" at {Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else ""
    said = " ".join(f"{type(exc).__name__}: {exc}".split())
    if len(said) > _SAID:
        said = said[: _SAID - 1] + "…"
    message = (
        f"letterparse failed on this input ({said}{where}); "
        "this is a bug in letterparse: please report it with the file"
    )
    return ParseFailure.of("parser_bug", message, path=item.source, sha256=_sha256(data))


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
