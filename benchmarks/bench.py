"""letterparse benchmarks, in one process, printed as Markdown tables.

    pip install -e '.[bench]'            # markdown-it-py, the peer parser
    python benchmarks/bench.py           # about a minute
    python benchmarks/bench.py --quick   # fewer repetitions, for a smoke run

Measures, on the reference letter (fixtures/letters/joint-letter-unsc-2024-03-01.txt):

- the floor: split the text into lines and run one compiled regex over every line
  (stdlib ``re``, and the same pattern in the ``regex`` module letterparse uses);
- ``letterparse.parse`` (decode, lines, sections, fields and the validated model) as a
  multiple of the floor, by stage, and against markdown-it-py's tokenizer;
- growth: the letter with its signatory list repeated 10 and 100 times, against the
  floor's own growth on the same texts;
- hostile lines at full and a quarter of their length (time should grow 4x);
- start-up: ``import letterparse`` and one ``letterparse parse`` in a fresh process;
- peak memory (tracemalloc) while parsing the 100x letter, as a multiple of its size.

Times are the best of several runs (the median beside it); the machine's load is
printed, because other processes make every figure slower.
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import re
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from importlib import metadata
from pathlib import Path

import regex

import letterparse
from letterparse.decode import decode_text
from letterparse.lines import split_lines
from letterparse.myanmar.lines import read_lines
from letterparse.sections import segment

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "fixtures" / "letters" / "joint-letter-unsc-2024-03-01.txt"

FLOOR_PATTERN = r"\s*(?:(\d{1,9})[.)]\s+|[-•*–]\s+)?(\S.*)"
"""The floor's one regex: indentation, an optional list marker, the content."""

FLOOR_RE = re.compile(FLOOR_PATTERN)
FLOOR_REGEX = regex.compile(FLOOR_PATTERN)

TARGET_FLOOR_MULTIPLE = 10.0
TARGET_PEER_SPEEDUP = 5.0
TARGET_GROWTH_RATIO = 1.25


@dataclass(frozen=True)
class Timing:
    best: float
    median: float


def measure(call: Callable[[], object], repeat: int) -> Timing:
    """Best and median wall time of ``repeat`` calls, in seconds, after one warm-up call."""
    call()
    gc.collect()
    times: list[float] = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return Timing(min(times), statistics.median(times))


def floor(text: str, pattern: re.Pattern[str] | regex.Pattern[str] = FLOOR_RE) -> int:
    """Split into lines and run one compiled regex over every line."""
    match = pattern.match
    found = 0
    for line in text.splitlines():
        if match(line) is not None:
            found += 1
    return found


def ms(seconds: float) -> str:
    return f"{seconds * 1e3:.3f}" if seconds < 0.01 else f"{seconds * 1e3:.1f}"


def verdict(ok: bool) -> str:
    return "met" if ok else "**not met**"


def table(header: list[str], rows: list[list[str]]) -> None:
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join(" --- " if i == 0 else " ---: " for i in range(len(header))) + "|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    print()


ENTRY = regex.compile(r"^([ ]*(?:\d+\.|-)[ ]+)", regex.MULTILINE)


def with_list_repeated(text: str, times: int, *, rename: bool = False) -> str:
    """The letter with everything from its first numbered entry on repeated; renamed,
    each copy's entries are numbered on and start with the copy's number."""
    start = text.index("\n1. ") + 1
    tail = text[start:] if text.endswith("\n") else text[start:] + "\n"
    if not rename:
        return text[:start] + tail * times
    copies = []
    for copy in range(times):

        def renamed(match: regex.Match[str], copy: int = copy) -> str:
            marker = match.group(1)
            number = marker.strip().rstrip(".")
            if number.isdigit():
                marker = marker.replace(number, str(int(number) + 303 * copy), 1)
            return f"{marker}{copy + 1}/"

        copies.append(ENTRY.sub(renamed, tail))
    return text[:start] + "".join(copies)


# -- sections of the report ----------------------------------------------------------------


def machine() -> None:
    cpu = platform.processor() or "?"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    versions = []
    for package in ("letterparse", "pydantic", "pydantic-core", "regex", "markdown-it-py"):
        try:
            versions.append(f"{package} {metadata.version(package)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{package} (not installed)")
    print("## Machine\n")
    python = f"{platform.python_implementation()} {platform.python_version()}"
    print(f"- {python} on {platform.platform()}")
    print(f"- {cpu}, {os.cpu_count()} cores, load average {load()}")
    print(f"- {', '.join(versions)}\n")


def load() -> str:
    try:
        return " ".join(f"{value:.2f}" for value in os.getloadavg())
    except OSError:
        return "?"


def undeclared(text: str) -> str:
    """The letter with its signing statement replaced by one that declares no counts and
    no kind ("Signed by the following:"), so each entry's kind is read from its name."""
    start = text.index("Signed by")
    return text[:start] + "Signed by the following:" + text[text.index("\n", start) :]


def reference(text: str, repeat: int) -> Timing:
    letter = letterparse.parse(text)
    members = sum(len(entry.members) for entry in letter.signatories)
    print("## The reference letter\n")
    print(
        f"{len(text):,} characters, {len(text.splitlines())} lines, "
        f"{len(letter.signatories)} signatories with {members} members, "
        f"{len(letter.body)} paragraphs.\n"
    )
    floor_re = measure(lambda: floor(text), repeat * 4)
    floor_regex = measure(lambda: floor(text, FLOOR_REGEX), repeat * 4)
    parse = measure(lambda: letterparse.parse(text), repeat)
    undeclared_text = undeclared(text)
    by_name = measure(lambda: letterparse.parse(undeclared_text), repeat)
    to_json = measure(lambda: letterparse.parse(text).model_dump_json(), repeat)
    data = letter.model_dump()
    validation = measure(lambda: letterparse.Letter.model_validate(data), repeat)
    multiple = parse.best / floor_re.best
    rows = [
        ["floor: lines + one `re` pattern", ms(floor_re.best), ms(floor_re.median), "1.0x", ""],
        [
            "floor: lines + the same pattern in `regex`",
            ms(floor_regex.best),
            ms(floor_regex.median),
            f"{floor_regex.best / floor_re.best:.1f}x",
            "",
        ],
        [
            "**letterparse.parse** (model included)",
            ms(parse.best),
            ms(parse.median),
            f"{multiple:.1f}x",
            f"≤ {TARGET_FLOOR_MULTIPLE:.0f}x: {verdict(multiple <= TARGET_FLOOR_MULTIPLE)}",
        ],
        [
            "parse, the statement declaring no kind (each entry's kind read from its name)",
            ms(by_name.best),
            ms(by_name.median),
            f"{by_name.best / floor_re.best:.1f}x",
            "",
        ],
        [
            "parse + model_dump_json",
            ms(to_json.best),
            ms(to_json.median),
            f"{to_json.best / floor_re.best:.1f}x",
            "",
        ],
        [
            "pydantic alone: validating the finished letter from plain data",
            ms(validation.best),
            ms(validation.median),
            f"{validation.best / floor_re.best:.1f}x",
            "",
        ],
    ]
    table(["measurement", "best ms", "median ms", "× floor (re)", "target"], rows)
    stages(text, repeat, parse)
    bound = measure(lambda: split_lines(text), repeat).best + validation.best
    print(
        "Two costs that any parse in this design pays, whatever it recognises: a record for "
        "each line (the lines stage) and the validated model. Together they take "
        f"{ms(bound)} ms, {bound / floor_re.best:.1f}x the floor.\n"
    )
    peer(text, repeat, parse)
    return floor_re


def stages(text: str, repeat: int, parse: Timing) -> None:
    decoded = decode_text(text).text
    split = split_lines(decoded)
    lines, _ = read_lines(split)
    decode = measure(lambda: decode_text(text), repeat)
    splitting = measure(lambda: split_lines(decoded), repeat)
    myanmar = measure(lambda: read_lines(split), repeat)
    sections = measure(lambda: segment(lines), repeat)
    rest = parse.best - decode.best - splitting.best - myanmar.best - sections.best
    rows = [
        ["decode (BOM, surrogates, controls, SHA-256)", ms(decode.best)],
        ["lines (geometry, markers)", ms(splitting.best)],
        ["Myanmar check of each line (Zawgyi, zero-width spaces)", ms(myanmar.best)],
        ["sections (state machine)", ms(sections.best)],
        ["fields and the validated model (the rest)", ms(rest)],
    ]
    print("Where the time of one parse goes (best of each stage alone):\n")
    table(["stage", "best ms"], rows)


def peer(text: str, repeat: int, parse: Timing) -> None:
    try:
        from markdown_it import MarkdownIt  # noqa: PLC0415 - a benchmark-only dependency
    except ImportError:
        print("markdown-it-py is not installed: `pip install -e '.[bench]'`.\n")
        return
    tokenizer = MarkdownIt("commonmark")
    tokens = measure(lambda: tokenizer.parse(text), repeat)
    speedup = tokens.best / parse.best
    rows = [
        ["markdown-it-py `MarkdownIt().parse` (tokens only)", ms(tokens.best), ms(tokens.median)],
        ["letterparse.parse (the whole job)", ms(parse.best), ms(parse.median)],
    ]
    print("Against a peer on the same text:\n")
    table(["parser", "best ms", "median ms"], rows)
    print(
        f"letterparse is **{speedup:.1f}x** faster than markdown-it-py's tokenizer "
        f"(target ≥ {TARGET_PEER_SPEEDUP:.0f}x: {verdict(speedup >= TARGET_PEER_SPEEDUP)}).\n"
    )


def growth(text: str, repeat: int) -> None:
    print("## Growth: the signatory list repeated\n")
    rows = []
    base: tuple[Timing, Timing] | None = None
    few = max(3, repeat // 10)
    cases = [
        ("1x", with_list_repeated(text, 1), repeat),
        ("10x", with_list_repeated(text, 10), max(3, repeat // 4)),
        ("100x", with_list_repeated(text, 100), few),
        ("100x, each copy renamed", with_list_repeated(text, 100, rename=True), few),
    ]
    for name, grown, runs in cases:
        copies = int(name.split("x")[0])
        floor_time = measure(partial(floor, grown), runs * 10)
        parse_time = measure(partial(letterparse.parse, grown), runs)
        letter = letterparse.parse(grown)
        size = f"{len(grown):,} chars, {len(grown.encode()) / 1e6:.2f} MB"
        counts = f"{len(letter.signatories):,} / {len(letter.warnings):,}"
        del letter
        if base is None:
            base = (floor_time, parse_time)
            rows.append([name, size, counts, ms(floor_time.best), ms(parse_time.best)] + [""] * 4)
            continue
        floor_growth = floor_time.best / base[0].best
        parse_growth = parse_time.best / base[1].best
        ratio = parse_growth / floor_growth
        per_copy = (parse_time.best - base[1].best) / (copies - 1)
        rows.append(
            [
                name,
                size,
                counts,
                ms(floor_time.best),
                ms(parse_time.best),
                f"{floor_growth:.1f}x",
                f"{parse_growth:.1f}x",
                f"{ratio:.2f} ({verdict(ratio <= TARGET_GROWTH_RATIO)})",
                ms(per_copy),
            ]
        )
    header = [
        "list",
        "size",
        "signatories / warnings",
        "floor ms",
        "parse ms",
        "floor growth",
        "parse growth",
        f"parse ÷ floor growth (≤ {TARGET_GROWTH_RATIO})",
        "parse ms per added copy",
    ]
    table(header, rows)
    print(
        "A repeated list repeats every name: each copy after the first adds 303 "
        "`duplicate_signatory` warnings and a `numbering_restart`; renamed copies add none.\n"
    )


def hostile_cases(text: str) -> dict[str, Callable[[int], str]]:
    """Hostile inputs by scale (1 is the full size the issue names), alone or in the letter."""
    body_at = text.index("Your Excellencies,\n") + len("Your Excellencies,\n\n")

    def in_body(line: str) -> str:
        return text[:body_at] + line + "\n\n" + text[body_at:]

    def in_list(lines: str) -> str:
        return text.rstrip("\n") + "\n" + lines

    def indented(count: int, marker: str = "") -> str:
        return "".join(" " * depth + marker + f"x{depth}\n" for depth in range(count))

    return {
        "200,000-character line, alone": lambda s: "a" * (200_000 // s),
        "200,000-character line of words, in the body": lambda s: in_body("word " * (40_000 // s)),
        "200,000-character entry, in the list": lambda s: in_list("304. " + "A" * (200_000 // s)),
        "50,000 open parentheses, alone": lambda s: "(" * (50_000 // s),
        "50,000 open parentheses, in the list": lambda s: in_list("304. " + "(" * (50_000 // s)),
        "20,000 empty list markers, alone": lambda s: "- \n" * (20_000 // s),
        "20,000 empty list markers, in the list": lambda s: in_list("- \n" * (20_000 // s)),
        "5,000 lines of growing indentation, alone": lambda s: indented(5_000 // s),
        "5,000 lines of growing indentation, in the list": lambda s: in_list(
            indented(5_000 // s, "- ")
        ),
    }


def hostile(text: str, repeat: int) -> None:
    print("## Hostile lines: time against length\n")
    print(
        "Each input at a quarter of its count and at its full count. *Growth* is the time's "
        "growth divided by the length's (1.0: proportional; the indentation's length grows "
        "16x, as the square of its lines). Inside the letter: the time and the characters "
        "beyond the letter's own.\n"
    )
    letter_time = measure(lambda: letterparse.parse(text), repeat).best
    rows = []
    for name, build in hostile_cases(text).items():
        quarter, full = build(4), build(1)
        inside = "in the" in name
        base_time, base_chars = (letter_time, len(text)) if inside else (0.0, 0)
        runs = max(3, repeat // 10)
        small = measure(partial(letterparse.parse, quarter), runs).best
        large = measure(partial(letterparse.parse, full), runs).best
        small, large = small - base_time, large - base_time
        small_chars, large_chars = len(quarter) - base_chars, len(full) - base_chars
        growth = (large / max(small, 1e-9)) / (large_chars / small_chars)
        rows.append(
            [
                name,
                f"{large_chars:,}",
                ms(small),
                ms(large),
                f"{growth:.2f}",
                f"{large / large_chars * 1e9:.0f}",
            ]
        )
    table(["input", "chars", "¼ count ms", "full ms", "growth ÷ length growth", "ns/char"], rows)


def startup(repeat: int) -> None:
    print("## Start-up (fresh processes, best of several)\n")
    python = sys.executable
    script = Path(python).parent / "letterparse"
    command = [str(script)] if script.exists() else [python, "-m", "letterparse"]
    runs = [
        ("`python -c pass` (the interpreter alone)", [python, "-c", "pass"]),
        ("`python -c 'import letterparse'`", [python, "-c", "import letterparse"]),
        (
            "`letterparse parse` of the reference letter",
            [*command, "parse", str(REFERENCE), "-o", os.devnull],
        ),
        ("`letterparse schema`", [*command, "schema"]),
    ]
    rows = []
    for name, argv in runs:
        best = measure(partial(subprocess.run, argv, check=True, stdout=subprocess.DEVNULL), repeat)
        rows.append([name, ms(best.best), ms(best.median)])
    table(["command", "best ms", "median ms"], rows)
    probe = (
        "import sys, time; t = time.perf_counter(); import letterparse; "
        "i = time.perf_counter() - t; "
        "text = open(sys.argv[1], encoding='utf-8').read(); t = time.perf_counter(); "
        "letterparse.parse(text); p = time.perf_counter() - t; t = time.perf_counter(); "
        "letterparse.parse(text); q = time.perf_counter() - t; "
        "cli = 'letterparse.cli' in sys.modules; "
        "print(f'{i * 1e3:.1f} {p * 1e3:.2f} {q * 1e3:.2f} {cli}')"
    )
    output = subprocess.run(
        [python, "-c", probe, str(REFERENCE)], check=True, capture_output=True, text=True
    ).stdout.split()
    print(
        f"Inside a fresh process: `import letterparse` {output[0]} ms; the first parse "
        f"{output[1]} ms, the second {output[2]} ms (the first loads the Zawgyi detector's "
        f"model, about 5 ms, as the first letter with Burmese in it does, and builds the list "
        f"validators); CLI module imported by `import letterparse`: "
        f"{output[3]}. The JSON Schema is generated only by `letterparse schema`.\n"
    )


def memory(text: str) -> None:
    print("## Memory\n")
    rows = []
    for times in (1, 100):
        grown = with_list_repeated(text, times)
        utf8 = len(grown.encode())
        gc.collect()
        tracemalloc.start()
        letter = letterparse.parse(grown)
        retained, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        rows.append(
            [
                f"{times}x",
                f"{utf8 / 1e6:.2f} MB",
                f"{peak / 1e6:.1f} MB",
                f"{peak / utf8:.0f}x",
                f"{retained / 1e6:.1f} MB",
                f"{retained / utf8:.0f}x",
            ]
        )
        del letter
    header = ["letter", "text (UTF-8)", "peak", "peak ÷ text", "the Letter kept", "kept ÷ text"]
    table(header, rows)


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--quick", action="store_true", help="fewer repetitions")
    options.add_argument("--skip-startup", action="store_true", help="no subprocess timings")
    args = options.parse_args()
    repeat = 10 if args.quick else 50
    text = REFERENCE.read_text(encoding="utf-8")
    print("# letterparse benchmarks\n")
    machine()
    reference(text, repeat)
    growth(text, repeat)
    hostile(text, repeat)
    if not args.skip_startup:
        startup(3 if args.quick else 10)
    memory(text)
    print(f"Load average at the end: {load()}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
