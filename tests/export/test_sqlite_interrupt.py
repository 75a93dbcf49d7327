"""An import stopped at random points (SIGINT, SIGTERM, SIGKILL) leaves a database that
opens, passes ``integrity_check`` and holds whole letters only; two imports at once wait
for each other and neither corrupts the file."""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from letterparse.export.sqlite import Archive, ArchiveError, schema
from tests.conftest import LETTERS, REFERENCE
from tests.export.handmade import letter
from tests.export.wholeness import check_whole

COPIES = 5
"""Copies of each letter in a part of the archive."""
PARTS = 5
LETTERS_IN_PART = COPIES * 7

_IMPORT = """
import sys
from letterparse.export.sqlite import store
store.BATCH_LETTERS, store.BATCH_SECONDS = int(sys.argv[3]), 0.2
from letterparse.cli import main
sys.exit(main(["parse", sys.argv[1], "--to", "sqlite", "-o", sys.argv[2], "-j", "2"]))
"""
"""``letterparse parse DIR --to sqlite -o DB -j 2`` with ``BATCH`` letters a transaction:
small transactions, so that a stop often falls inside one."""


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Five parts of 35 letters: the reference letter, the batch letters and the Burmese
    letters, five times each (the same names again and again, as an archive's
    organisations recur)."""
    root = tmp_path_factory.mktemp("interrupt") / "archive"
    sources = [REFERENCE, *sorted((LETTERS / "batch").rglob("*.*"))]
    sources += sorted(LETTERS.glob("my-*.txt"))
    assert len(sources) * COPIES == LETTERS_IN_PART
    for part in range(PARTS):
        for copy in range(COPIES):
            folder = root / f"part-{part}" / f"{copy:02}"
            folder.mkdir(parents=True)
            for source in sources:
                shutil.copy(source, folder / source.name)
    return root


def total(folder: Path) -> int:
    return sum(1 for path in folder.rglob("*") if path.is_file())


def start(archive: Path, database: Path, *, batch: int = 100) -> subprocess.Popen[bytes]:
    """An import in a session of its own, so that its worker processes can be stopped
    with it (killing the main process alone leaves them waiting for work)."""
    return subprocess.Popen(
        [sys.executable, "-c", _IMPORT, str(archive), str(database), str(batch)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )


def stop(process: subprocess.Popen[bytes], signum: int, *, group: bool) -> bytes:
    """Send ``signum`` to the import (to all its processes when ``group``); wait for it,
    and for its workers; return what it said on stderr."""
    if group:
        os.killpg(process.pid, signum)
    else:
        process.send_signal(signum)
    process.wait(timeout=120)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)  # workers a killed main process left behind
    _, err = process.communicate(timeout=120)
    return err


def letters_in(database: Path, part: str) -> int:
    connection = sqlite3.connect(database, timeout=10)
    try:
        query = "SELECT COUNT(*) FROM letters WHERE path LIKE ?"
        return int(connection.execute(query, (f"%{part}%",)).fetchone()[0])
    finally:
        connection.close()


def wait_for(process: subprocess.Popen[bytes], database: Path, part: str, count: int) -> None:
    """Wait until ``count`` letters of ``part`` are committed (or the import has ended)."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        with contextlib.suppress(sqlite3.Error):
            if database.exists() and letters_in(database, part) >= count:
                return
        time.sleep(0.005)


TRIALS = [
    (signal.SIGKILL, True),  # every process, early: maybe before the tables exist
    (signal.SIGKILL, False),  # the main process alone
    (signal.SIGINT, False),  # Ctrl-C
    (signal.SIGKILL, True),  # every process at once
    (signal.SIGTERM, False),
]


def test_an_import_stopped_anywhere_leaves_whole_letters(archive: Path, tmp_path: Path) -> None:
    database = tmp_path / "letters.db"
    chance = random.Random(20240301)
    partly = 0
    for part, (signum, group) in enumerate(TRIALS):
        process = start(archive / f"part-{part}", database, batch=5)
        if part == 0:
            time.sleep(chance.uniform(0.05, 0.5))
        else:  # after a random number of letters, a random moment into the next batch
            wait_for(process, database, f"part-{part}/", chance.randint(1, LETTERS_IN_PART - 10))
            time.sleep(chance.uniform(0.0, 0.1))
        err = stop(process, signum, group=group)
        said = f"trial {part} ({signal.Signals(signum).name}): exit {process.returncode}, {err!r}"
        assert b"Traceback" not in err, said
        if signum != signal.SIGKILL:
            # stopped in time (a message), or as the finished import was exiting (after its
            # summary, or between its last commit and its summary)
            assert process.returncode in (0, 128 + signum, -signum), said
        if database.exists():
            try:
                check_whole(database)
            except AssertionError as error:
                raise AssertionError(f"{said}: {error}") from None
            partly += 0 < letters_in(database, f"part-{part}/") < LETTERS_IN_PART
    assert partly >= 1  # at least one stop fell between the first commit and the last
    for resumed in ("part-0", "part-1"):  # the next run goes on from where one stopped
        process = start(archive / resumed, database)
        _, err = process.communicate(timeout=300)
        assert process.returncode == 0, err
        assert letters_in(database, f"{resumed}/") == LETTERS_IN_PART
        assert b"0 failed" in err
    check_whole(database)


def test_two_imports_at_once_wait_for_each_other(archive: Path, tmp_path: Path) -> None:
    part = archive / "part-0"
    database = tmp_path / "letters.db"
    first, second = start(part, database, batch=5), start(part, database, batch=5)
    for process in (first, second):
        _, err = process.communicate(timeout=300)
        assert process.returncode == 0, err
    assert check_whole(database) == total(part)
    alone = tmp_path / "alone.db"
    process = start(part, alone)
    process.communicate(timeout=300)
    assert split_names(database) == split_names(alone) == 0


def split_names(database: Path) -> int:
    """How many name keys are linked to more than one entity with the same acronym (a
    race between two imports would make those)."""
    connection = sqlite3.connect(database)
    try:
        row = connection.execute(
            """SELECT COUNT(*) FROM (
                 SELECT k.key FROM links k JOIN entities e ON e.id = k.entity_id
                 GROUP BY k.key, COALESCE(e.acronym, ''), COALESCE(e.kind, '')
                 HAVING COUNT(DISTINCT k.entity_id) > 1)"""
        ).fetchone()
        return int(row[0])
    finally:
        connection.close()


def test_a_database_locked_too_long_is_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = tmp_path / "letters.db"
    with Archive(database):
        pass
    monkeypatch.setattr(schema, "BUSY_TIMEOUT_MS", 200)
    holder = sqlite3.connect(database, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(ArchiveError, match="another process"), Archive(database) as archive:
            archive.add(letter("a.txt", ["Alpha Network"]))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert check_whole(database) == 0


def test_the_cli_says_when_the_database_stays_locked(tmp_path: Path) -> None:
    database = tmp_path / "letters.db"
    with Archive(database):
        pass
    holder = sqlite3.connect(database, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        command = [sys.executable, "-c", _LOCKED, str(REFERENCE), str(database)]
        done = subprocess.run(command, capture_output=True, timeout=120, check=False)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert done.returncode == 1
    assert b"is being written by another process" in done.stderr
    assert b"Traceback" not in done.stderr


_LOCKED = """
import sys
from letterparse.export.sqlite import schema
schema.BUSY_TIMEOUT_MS = 300
from letterparse.cli import main
sys.exit(main(["parse", sys.argv[1], "--to", "sqlite", "-o", sys.argv[2]]))
"""
