"""pdfminer.six against pypdf on the project's PDFs: reading order, a list in two
columns, Burmese, and time. The figures behind letterparse's choice of pypdf.

    pip install -e '.[bench]'          # pdfminer.six is in the bench extra only
    python benchmarks/pdf_extractors.py

Each library's text (pages joined by form feeds, as letterparse joins them) is parsed by
letterparse and compared with the parse of the letter's plain-text source: signatories
read with the same name in the same place, body paragraphs with the same text, Burmese
lines as written. ``fixtures/formats/`` holds the PDFs (``scripts/make_format_fixtures.py``).
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from difflib import SequenceMatcher
from pathlib import Path

import regex

import letterparse
from letterparse.extract import read_bytes

ROOT = Path(__file__).resolve().parent.parent
FORMATS = ROOT / "fixtures" / "formats"
LETTERS = ROOT / "fixtures" / "letters"
CASES = {
    "reference.pdf": LETTERS / "joint-letter-unsc-2024-03-01.txt",
    "two-columns.pdf": LETTERS / "shapes" / "04-pdf-human-rights-council.txt",
    "burmese-unshaped.pdf": LETTERS / "my-burmese-letter-unsc.txt",
    "burmese-chromium.pdf": LETTERS / "my-burmese-letter-unsc.txt",
}
_MYANMAR = regex.compile(r"\p{Mymr}")
_SPACE = regex.compile(r"\s+")


def pdfminer_text(path: Path) -> str:
    from pdfminer.high_level import extract_text  # noqa: PLC0415 - a benchmark-only dependency

    return str(extract_text(str(path)))  # pages already end in form feeds


def pypdf_text(path: Path, mode: str = "plain") -> str:
    import pypdf  # noqa: PLC0415 - an optional dependency

    reader = pypdf.PdfReader(path)
    return "\f".join(page.extract_text(extraction_mode=mode) for page in reader.pages)


EXTRACTORS: dict[str, Callable[[Path], str]] = {
    "pdfminer.six": pdfminer_text,
    "pypdf plain": pypdf_text,
    "pypdf layout": lambda path: pypdf_text(path, "layout"),
    "letterparse (pypdf layout, pages tidied)": lambda path: read_bytes(path.read_bytes()).text,
}


def best_ms(function: Callable[[], object], runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times) * 1000


def same_in_order(expected: list[str], got: list[str]) -> int:
    """How many of ``expected`` ``got`` holds in the same order (longest common run)."""
    matcher = SequenceMatcher(None, expected, got, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks())


def burmese_lines(text: str) -> list[str]:
    return [_SPACE.sub("", line) for line in text.splitlines() if _MYANMAR.search(line)]


def burmese_figures(source: str, text: str) -> str:
    """Source lines with Burmese found exactly (spaces aside), found with their
    characters in another order, or with characters lost."""
    got = burmese_lines(text)
    joined = "".join(got)
    exact = reordered = lost = 0
    for line in burmese_lines(source):
        if line in joined:
            exact += 1
        elif any(Counter(line) == Counter(candidate) for candidate in got):
            reordered += 1
        else:
            lost += 1
    unmapped = sum(text.count(mark) for mark in ("\x00", "\ufffd", "(cid:"))
    as_lines = {_SPACE.sub(" ", line).strip() for line in text.splitlines()}
    whole = sum(
        1
        for line in source.splitlines()
        if _MYANMAR.search(line) and _SPACE.sub(" ", line).strip() in as_lines
    )
    return (
        f"Burmese lines: {exact} exact (spaces aside), {whole} exact as whole lines, "
        f"{reordered} reordered, {lost} lost; {unmapped} unmapped glyphs"
    )


def compare(name: str, source_path: Path) -> None:
    source_text = source_path.read_bytes().decode("utf-8", errors="replace")
    source = letterparse.parse(source_text)
    names = [entry.name for entry in source.signatories]
    paragraphs = [paragraph.text for paragraph in source.body]
    print(f"\n{name} ({len(names)} signatories, {len(paragraphs)} body paragraphs in the source)")
    print("| extractor | ms | blank lines | signatories same, in order | body paragraphs same |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for label, extract in EXTRACTORS.items():
        path = FORMATS / name
        try:
            text = extract(path)
        except Exception as exc:  # a library that fails on a file is a figure too
            print(f"| {label} | fails: {type(exc).__name__}: {exc} | | | |")
            continue
        ms = best_ms(lambda path=path, extract=extract: extract(path))  # type: ignore[misc]
        letter = letterparse.parse(text)
        got_names = [entry.name for entry in letter.signatories]
        got_paragraphs = [paragraph.text for paragraph in letter.body]
        blanks = sum(1 for line in text.split("\n") if not line.strip())
        print(
            f"| {label} | {ms:.0f} | {blanks} | {same_in_order(names, got_names)}/{len(names)} "
            f"| {same_in_order(paragraphs, got_paragraphs)}/{len(paragraphs)} |"
        )
        if _MYANMAR.search(source_text):
            print(f"|  | {burmese_figures(source_text, text)} | | | |")


def main() -> None:
    for name, source in CASES.items():
        compare(name, source)


if __name__ == "__main__":
    main()
