"""Instructions per parse of the reference letter, counted by valgrind: a figure that,
unlike a clock, does not move with the machine's load.

    python benchmarks/instructions.py          # about two minutes; needs valgrind

Each figure is the instructions of a process that parses the letter 11 times less those
of one that parses it once (start-up and the first parse cancel out), divided by 10; the
floor (``bench.py``'s lines and one ``re`` pattern) is counted the same way. Printed for
both sections stages: the state machine (the default) and the decoder
(``LETTERPARSE_SECTIONS=decoder``).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT / "fixtures" / "letters" / "joint-letter-unsc-2024-03-01.txt"
RUNS = 10

PARSE = """
import sys, letterparse
text = open(sys.argv[1], encoding="utf-8").read()
for _ in range(1 + int(sys.argv[2])):
    letterparse.parse(text)
"""

FLOOR = """
import sys
sys.path.insert(0, sys.argv[3])
import bench
text = open(sys.argv[1], encoding="utf-8").read()
for _ in range(1 + int(sys.argv[2]) * 10):
    bench.floor(text)
"""


def instructions(script: str, runs: int, env: dict[str, str]) -> int:
    """The instructions valgrind counts for ``script`` with ``runs`` more repetitions."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "callgrind.out"
        done = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable,
             "-c", script, str(REFERENCE), str(runs), str(ROOT / "benchmarks")],
            capture_output=True, text=True, env=env, check=True,
        )  # fmt: skip
    found = re.search(r"Collected : (\d+)", done.stderr)
    if found is None:
        raise SystemExit(f"valgrind gave no count:\n{done.stderr}")
    return int(found.group(1))


def per_run(script: str, env: dict[str, str], scale: int = 1) -> float:
    return (instructions(script, RUNS, env) - instructions(script, 0, env)) / (RUNS * scale)


def main() -> int:
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (apt-get install valgrind)", file=sys.stderr)
        return 1
    env = {k: v for k, v in os.environ.items() if k != "LETTERPARSE_SECTIONS"}
    floor = per_run(FLOOR, env, scale=10)
    legacy = per_run(PARSE, env)
    decoder = per_run(PARSE, {**env, "LETTERPARSE_SECTIONS": "decoder"})
    print("| measurement | instructions | × floor |")
    print("| --- | ---: | ---: |")
    print(f"| floor: lines + one `re` pattern | {floor / 1e6:.2f} M | 1.0x |")
    print(f"| parse, the state machine (default) | {legacy / 1e6:.1f} M | {legacy / floor:.1f}x |")
    print(f"| parse, the decoder | {decoder / 1e6:.1f} M | {decoder / floor:.1f}x |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
