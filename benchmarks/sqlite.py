"""An archive's database at scale: import time, size, query times, and the ratio to JSONL.

    python benchmarks/sqlite.py [--letters 10000] [--jobs 2] [--rounds 3] [--folder DIR]

Writes ``--letters`` letters into a folder: the project's fixture letters repeated, each
copy after the first with its organisations' names varied (``Network`` becomes
``Network Kestrel`` in one copy, ``Network Heron`` in another, from a list of 24 words,
so that a name recurs across copies as organisations do across an archive). Then, end to
end (start-up, reading, parsing, writing), it times

- ``letterparse parse FOLDER --to jsonl -o OUT --jobs N`` (the reference),
- ``letterparse parse FOLDER --to sqlite -o DB --jobs N`` into a new database,
- the same import again (every letter unchanged),

``--rounds`` times over, one after the other (so that a change in the machine's load
falls on both), and prints the median of each and the ratio of the medians (the target is
1.5x or less), the database's size, and the time of each of the README's queries on it
(best of three). Figures are printed, never asserted: they depend on the machine and its
load.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from readme_queries import readme_queries  # noqa: E402

FIXTURES = ROOT / "fixtures" / "letters"
WORDS = (
    *("Kestrel", "Heron", "Osprey", "Plover", "Curlew", "Linnet", "Siskin", "Wren"),
    *("Avocet", "Bittern", "Dunlin", "Egret", "Fulmar", "Gannet", "Hobby", "Ibis"),
    *("Jay", "Kite", "Lapwing", "Merlin", "Nightjar", "Oriole", "Petrel", "Rook"),
)
NOUNS = re.compile(
    r"\b(Network|Committee|Union|Forum|Alliance|Association|Council|Centre|Coalition|"
    r"League|Federation|Foundation|Group|Movement|Society|Institute)\b"
)


def generate(folder: Path, count: int) -> int:
    """Write ``count`` letters into ``folder`` (which must be empty); return their total
    size in bytes."""
    if any(folder.iterdir()):
        raise SystemExit(f"{folder} is not empty: give an empty or a new folder")
    sources = sorted(FIXTURES.rglob("*.txt"))
    texts = [path.read_bytes() for path in sources]
    total = 0
    for n in range(count):
        copy, index = divmod(n, len(sources))
        data = texts[index]
        if copy:
            word = WORDS[copy % len(WORDS)]
            text = data.decode("utf-8", errors="surrogateescape")
            data = NOUNS.sub(rf"\1 {word}", text).encode("utf-8", errors="surrogateescape")
        path = folder / f"{copy:03}" / f"{index:03}-{sources[index].stem}{sources[index].suffix}"
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        total += len(data)
    return total


def run_cli(folder: Path, fmt: str, out: Path, jobs: int) -> tuple[float, float]:
    """Seconds for the CLI to turn the folder into ``fmt`` at ``out``: on the clock, and
    of processor time (the command and its worker processes, user and system)."""
    command = [sys.executable, "-m", "letterparse", "parse", str(folder), "--to", fmt]
    command += ["-o", str(out), "--jobs", str(jobs)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return wall, cpu


def size_of(database: Path) -> int:
    """The database's bytes, its write-ahead log included."""
    return sum(
        os.path.getsize(f"{database}{suffix}")
        for suffix in ("", "-wal")
        if os.path.exists(f"{database}{suffix}")
    )


def time_queries(database: Path) -> list[tuple[str, float, int]]:
    """Each README question, the best of three times in milliseconds, and its rows."""
    connection = sqlite3.connect(database)
    timed = []
    for question, sql in readme_queries():
        best, rows = float("inf"), 0
        for _ in range(3):
            start = time.perf_counter()
            rows = len(connection.execute(sql).fetchall())
            best = min(best, time.perf_counter() - start)
        timed.append((question, best * 1000, rows))
    connection.close()
    return timed


def time_rounds(
    folder: Path, out: Path, jobs: int, rounds: int
) -> dict[str, list[tuple[float, float]]]:
    """Each run's seconds (clock, processor), round after round: JSONL, a new database,
    the same again."""
    times: dict[str, list[tuple[float, float]]] = {"jsonl": [], "new": [], "unchanged": []}
    database = out / "letters.db"
    for _ in range(rounds):
        times["jsonl"].append(run_cli(folder, "jsonl", out / "letters.jsonl", jobs))
        for suffix in ("", "-wal", "-shm"):
            Path(f"{database}{suffix}").unlink(missing_ok=True)
        times["new"].append(run_cli(folder, "sqlite", database, jobs))
        times["unchanged"].append(run_cli(folder, "sqlite", database, jobs))
    return times


def main(argv: list[str] | None = None) -> int:
    """Generate the letters, time JSONL and SQLite, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letters", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--folder", type=Path, help="generate here (default: a temporary folder)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="letterparse-bench-") as temporary:
        folder = args.folder or Path(temporary) / "letters"
        folder.mkdir(parents=True, exist_ok=True)
        size = generate(folder, args.letters)
        out = Path(temporary)
        print(f"{args.letters} letters, {size / 1e6:.1f} MB, --jobs {args.jobs}")
        times = time_rounds(folder, out, args.jobs, args.rounds)
        jsonl = [statistics.median(run[n] for run in times["jsonl"]) for n in (0, 1)]
        print("median of the rounds (each round's clock time); processor time of all processes")
        for label, name in (
            ("--to jsonl", "jsonl"),
            ("--to sqlite, new", "new"),
            ("--to sqlite, unchanged", "unchanged"),
        ):
            wall, cpu = (statistics.median(run[n] for run in times[name]) for n in (0, 1))
            runs = ", ".join(f"{run[0]:.1f}" for run in times[name])
            print(
                f"{label:24} {wall:6.1f} s ({runs}) {wall / jsonl[0]:5.2f}x JSONL   "
                f"{cpu:6.1f} s {cpu / jsonl[1]:5.2f}x   {args.letters / wall:5.0f} letters/s"
            )
        database = out / "letters.db"
        connection = sqlite3.connect(database)
        counts = {
            table: connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
            for table in ("letters", "signatories", "links", "entities")
        }
        connection.close()
        print(
            f"database: {size_of(database) / 1e6:.1f} MB "
            f"(JSONL {os.path.getsize(out / 'letters.jsonl') / 1e6:.1f} MB); "
            + ", ".join(f"{count:,} {table}" for table, count in counts.items())
        )
        for question, milliseconds, rows in time_queries(database):
            print(f"  {milliseconds:8.1f} ms  {rows:5} rows  {question}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
