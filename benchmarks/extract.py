"""The cost of the extract stage per format, next to the parse of the text it gives.

    pip install -e '.[bench]'
    python benchmarks/extract.py            # best of 5 runs, the median beside it
    python benchmarks/extract.py --quick    # best of 2

For each file of ``fixtures/formats/`` (and the plain-text reference letter, whose extract
stage only looks at the first bytes): its size, the time to extract and decode it
(``letterparse.extract.read_bytes``), the time to parse that text, and the first call's
extra cost (the format's library imported).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import letterparse
from letterparse.extract import read_bytes
from letterparse.extract.mbox import split_mailbox
from letterparse.parse import parse_decoded

ROOT = Path(__file__).resolve().parent.parent
FILES = [
    ROOT / "fixtures" / "letters" / "joint-letter-unsc-2024-03-01.txt",
    *sorted((ROOT / "fixtures" / "formats").iterdir()),
]


def timed(function: Callable[[], object], runs: int) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times) * 1000, statistics.median(times) * 1000


def first_call_ms(data: bytes) -> float:
    """Extracting ``data`` once in a fresh process: the library's import included."""
    code = (
        "import time, sys; from letterparse.extract import read_bytes; "
        "d = sys.stdin.buffer.read(); s = time.perf_counter(); read_bytes(d); "
        "print((time.perf_counter() - s) * 1000)"
    )
    out = subprocess.run([sys.executable, "-c", code], input=data, capture_output=True, check=True)
    return float(out.stdout)


def main() -> None:
    runs = 2 if "--quick" in sys.argv else 5
    print(f"letterparse {letterparse.__version__}, best of {runs} (median)\n")
    print("| file | format | KB | extract ms | parse ms | first extract ms |")
    print("| --- | --- | ---: | ---: | ---: | ---: |")
    for path in FILES:
        data = path.read_bytes()
        if path.suffix == ".mbox":  # each message is a letter: time the first
            start, end = split_mailbox(data)[0]
            data = data[start:end]
        decoded = read_bytes(data)
        extract = timed(lambda data=data: read_bytes(data), runs)  # type: ignore[misc]
        parse = timed(lambda decoded=decoded: parse_decoded(decoded), runs)  # type: ignore[misc]
        print(
            f"| {path.name} | {decoded.format} | {len(data) / 1024:.0f} "
            f"| {extract[0]:.2f} ({extract[1]:.2f}) | {parse[0]:.2f} ({parse[1]:.2f}) "
            f"| {first_call_ms(data):.0f} |"
        )


if __name__ == "__main__":
    main()
