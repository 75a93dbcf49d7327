"""Batch throughput: letters per second with 1 job and with 2, on generated letters.

    python benchmarks/batch.py [--letters 1000] [--jobs 1 2] [--folder DIR]

Writes ``--letters`` variants of the reference letter (same size: each with its own
date and subject) into a temporary folder, then times ``letterparse parse FOLDER
--to jsonl -o OUT --jobs N`` end to end (start-up, reading, parsing, writing) and
``iter_parse`` alone, for each N.
"""

from __future__ import annotations

import argparse
import multiprocessing
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from letterparse import iter_parse

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "fixtures" / "letters" / "joint-letter-unsc-2024-03-01.txt"
MONTHS = "January February March April May June July August September October November December"


def generate(folder: Path, count: int) -> int:
    """Write ``count`` letters into ``folder``; return their total size in bytes."""
    text = REFERENCE.read_text(encoding="utf-8")
    months = MONTHS.split()
    total = 0
    for n in range(count):
        date = f"{n % 28 + 1} {months[n % 12]} {2000 + n % 25}"
        letter = text.replace("1 March 2024", date, 1).replace(
            "Re: Security Council", f"Re: Letter {n:05} to the Security Council", 1
        )
        path = folder / f"{n // 100:02}" / f"letter-{n:05}.txt"
        path.parent.mkdir(exist_ok=True)
        total += path.write_text(letter, encoding="utf-8")
    return total


def time_cli(folder: Path, jobs: int) -> float:
    """Seconds for the CLI to turn the folder into JSON Lines."""
    with tempfile.TemporaryDirectory() as out:
        command = [sys.executable, "-m", "letterparse", "parse", str(folder), "--to", "jsonl"]
        command += ["-o", str(Path(out) / "letters.jsonl"), "--jobs", str(jobs)]
        start = time.perf_counter()
        subprocess.run(command, check=True)
        return time.perf_counter() - start


def time_api(folder: Path, jobs: int) -> float:
    """Seconds for ``iter_parse`` to yield every letter."""
    start = time.perf_counter()
    count = sum(1 for _ in iter_parse([folder], jobs=jobs))
    assert count > 0
    return time.perf_counter() - start


def _burn(_: int) -> float:
    start = time.perf_counter()
    total = 0
    for number in range(5_000_000):
        total += number
    return time.perf_counter() - start


def parallel_capacity() -> float:
    """How much faster two processes burn CPU than one (2.0 on two free cores)."""
    one = _burn(0)
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        start = time.perf_counter()
        pool.map(_burn, [0, 1])
        two = time.perf_counter() - start
    return 2 * one / two


def main(argv: list[str] | None = None) -> int:
    """Generate the letters, time each number of jobs, print letters per second."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letters", type=int, default=1000)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--folder", type=Path, help="generate here (default: a temporary folder)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="letterparse-bench-") as temporary:
        folder = args.folder or Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        size = generate(folder, args.letters)
        print(f"{args.letters} letters, {size / args.letters / 1000:.1f} kB each, in {folder}")
        print(f"parallel capacity now: {parallel_capacity():.2f}x (2.00 = two free cores)")
        for jobs in args.jobs:
            cli = time_cli(folder, jobs)
            api = time_api(folder, jobs)
            print(
                f"jobs={jobs}: CLI {args.letters / cli:7.1f} letters/s ({cli:.1f} s)   "
                f"iter_parse {args.letters / api:7.1f} letters/s ({api:.1f} s)"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
