"""Stopping: Ctrl-C and SIGTERM at any moment, and a reader that goes away.

An interruption is never an input's failure. The command line stops within moments
with 130 or 143 and leaves whole records only; ``parse`` and ``iter_parse`` let
``KeyboardInterrupt`` (and ``SystemExit`` from a SIGTERM handler) through as they
are; a closed pipe ends a run quietly with 141. The signals come at seeded random
moments after the first record, several runs at once, so that they land in reading,
parsing, validating, rendering and writing alike.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

import letterparse
from letterparse import ParseFailure, iter_parse, parse_file
from letterparse.fields import signatories
from tests.conftest import REFERENCE

COPIES = 300
"""Enough letters that no run ends before its signal (a run takes seconds)."""

STOP_WITHIN = 5.0
"""Seconds from the signal to the exit: generous for a loaded 2-core machine."""

SEEDS = (1, 2)


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("stops") / "many"
    folder.mkdir()
    for number in range(COPIES):
        shutil.copyfile(REFERENCE, folder / f"{number:03}.txt")
    return folder


@dataclass(frozen=True)
class Stopped:
    code: int
    out: bytes
    err: bytes
    took: float
    """Seconds from the signal to the exit."""


def stopped(argv: list[str], *, signum: int, delay: float, ready: Path | None) -> Stopped:
    """Run ``argv``; once it has written its first record (to ``ready``, else a first
    line on stdout), wait ``delay`` seconds and send ``signum``: SIGINT to the whole
    process group, as a terminal's Ctrl-C does, SIGTERM to the process, as ``kill``."""
    process = subprocess.Popen(  # unbuffered: communicate() reads past readline() then
        argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True, bufsize=0
    )
    assert process.stdout is not None
    first = b""
    deadline = time.monotonic() + 120
    if ready is None:
        first = process.stdout.readline()
    else:
        while time.monotonic() < deadline and not (ready.exists() and ready.stat().st_size):
            time.sleep(0.01)
    time.sleep(delay)
    if signum == signal.SIGINT:
        os.killpg(process.pid, signum)
    else:
        process.send_signal(signum)
    sent = time.monotonic()
    out, err = process.communicate(timeout=120)
    return Stopped(process.returncode, first + out, err, time.monotonic() - sent)


def runs(argvs: Iterator[tuple[list[str], int, float, Path | None]]) -> list[Stopped]:
    """Several stopped runs at once."""
    jobs = list(argvs)
    with ThreadPoolExecutor(len(jobs)) as pool:
        futures = [
            pool.submit(stopped, argv, signum=signum, delay=delay, ready=ready)
            for argv, signum, delay, ready in jobs
        ]
        return [future.result() for future in futures]


def delays(signum: int) -> Iterator[tuple[int, float]]:
    for seed in SEEDS:
        yield signum, random.Random(seed * 100 + signum).uniform(0.0, 0.6)


def whole_records(data: bytes, folder: Path) -> list[dict[str, Any]]:
    """The records of a JSON Lines prefix: whole lines only, each a letter, in order."""
    assert data == b"" or data.endswith(b"\n")
    records = [json.loads(line) for line in data.decode("utf-8").splitlines()]
    assert [record["source"]["path"] for record in records] == [
        str(folder / f"{number:03}.txt") for number in range(len(records))
    ]
    assert all("error" not in record for record in records)
    return records


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_signal_at_any_moment_stops_the_cli_with_whole_records(
    many: Path, tmp_path: Path, jobs: str
) -> None:
    plan = [*delays(signal.SIGINT), *delays(signal.SIGTERM)]
    outs = [tmp_path / f"out-{index}.jsonl" for index in range(len(plan))]
    results = runs(
        (
            [sys.executable, "-m", "letterparse", "parse", str(many), "-o", str(out), "-j", jobs],
            signum,
            delay,
            out,
        )
        for (signum, delay), out in zip(plan, outs, strict=True)
    )
    for (signum, _), out, result in zip(plan, outs, results, strict=True):
        name = signal.Signals(signum).name
        assert result.code == 128 + signum, (name, result.err)
        assert result.took < STOP_WITHIN
        assert b"Traceback" not in result.err
        assert b"parser_bug" not in result.err
        assert result.err.decode().endswith(
            f"stopped by {name} after {len(whole_records(out.read_bytes(), many))} of "
            f"{COPIES} inputs; what was written holds whole records only\n"
        )
        assert 0 < len(whole_records(out.read_bytes(), many)) < COPIES


ITER_PARSE = """
import signal, sys
import letterparse
signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(143))
try:
    for result in letterparse.iter_parse([sys.argv[1]], jobs=int(sys.argv[2])):
        if isinstance(result, letterparse.ParseFailure):
            print("failure:", result, flush=True)
            sys.exit(3)
        print(result.source.path, flush=True)
except KeyboardInterrupt:
    sys.exit(130)
sys.exit(4)
"""
"""Prints each letter's path; exits 130 on KeyboardInterrupt, 143 on SIGTERM, 3 if a
stop became an input's failure and 4 if the signal was swallowed."""


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_signal_at_any_moment_goes_through_iter_parse(many: Path, jobs: str) -> None:
    plan = [*delays(signal.SIGINT), *delays(signal.SIGTERM)]
    argv = [sys.executable, "-c", ITER_PARSE, str(many), jobs]
    results = runs((argv, signum, delay, None) for signum, delay in plan)
    for (signum, _), result in zip(plan, results, strict=True):
        assert result.code == 128 + signum, (signal.Signals(signum).name, result.out[-300:])
        assert result.took < STOP_WITHIN
        assert result.err == b""
        paths = result.out.decode().splitlines()
        assert 0 < len(paths) < COPIES
        assert paths == [str(many / f"{number:03}.txt") for number in range(len(paths))]


def interrupt(*args: object, **kwargs: object) -> Any:
    raise KeyboardInterrupt


def test_parse_lets_keyboard_interrupt_through(monkeypatch: pytest.MonkeyPatch) -> None:
    # raised while pydantic validates the signatories from a generator, which pydantic
    # would report as a ValidationError (iteration_error)
    monkeypatch.setattr(signatories, "_signatory", interrupt)
    with pytest.raises(KeyboardInterrupt):
        parse_file(REFERENCE)


def test_iter_parse_with_one_job_lets_keyboard_interrupt_through(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(signatories, "_signatory", interrupt)
    results = iter_parse([REFERENCE], jobs=1)
    with pytest.raises(KeyboardInterrupt):
        next(results)


def test_a_bug_inside_bulk_validation_is_reported_as_itself(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(*args: object, **kwargs: object) -> Any:
        raise KeyError("members")

    monkeypatch.setattr(signatories, "_signatory", broken)
    (result,) = iter_parse([REFERENCE], jobs=1)
    assert isinstance(result, ParseFailure)
    assert result.error.code == "parser_bug"
    assert result.error.message.startswith(
        "letterparse failed on this input (KeyError: 'members' at test_stops.py:"
    )


def test_a_parser_bug_message_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(decoded: Any, *, path: str | None = None, strict: bool = False) -> Any:
        raise ValueError("1 validation error for Letter\n  body\n    " + "x" * 1000)

    monkeypatch.setattr(letterparse.batch, "parse_decoded", broken)
    (result,) = iter_parse([REFERENCE], jobs=1)
    assert isinstance(result, ParseFailure)
    message = result.error.message
    assert "\n" not in message
    assert message.startswith(
        "letterparse failed on this input (ValueError: 1 validation error for Letter body xxx"
    )
    assert "…" in message
    assert len(message) < 450
    assert message.endswith("; this is a bug in letterparse: please report it with the file")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_closed_pipe_ends_the_run_quietly(many: Path, jobs: str) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "letterparse", "parse", str(many), "-j", jobs],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None
    assert process.stderr is not None
    assert len(process.stdout.read(100)) == 100  # as `| head -c 100` does
    process.stdout.close()
    closed = time.monotonic()
    err = process.stderr.read()
    process.wait(timeout=120)
    assert (process.returncode, err) == (141, b"")
    assert time.monotonic() - closed < STOP_WITHIN
