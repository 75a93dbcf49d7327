"""Audit every compiled pattern of letterparse for super-linear backtracking.

Each pattern meets pumped strings ``prefix + unit * n + suffix`` (units and prefixes
drawn from what letters and the patterns themselves are made of), the way the code
uses it: ``match`` for patterns that only ever test the start of a line, ``finditer``
(every start position) for the others. A string whose time grows faster than its
length between n and 4n is measured again at larger n; the table lists every pattern
with its worst growth exponent (1.0 is linear, 2.0 quadratic).

    python benchmarks/regex_audit.py            # about half a minute
    python benchmarks/regex_audit.py --quick    # fewer prefixes, about 10 s
"""

from __future__ import annotations

import argparse
import importlib
import itertools
import math
import pkgutil
import re
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import regex

import letterparse

MATCHED_ONLY = frozenset(
    {
        "MARKER",
        "DATE",
        "RECIPIENT_LABEL",
        "HONORIFIC",
        "POSTAL",
        "SUBJECT",
        "SALUTATION",
        "CLOSING",
        "CONTACTS_HEADING",
        "SIGNING",
        "GROUP_HEADING",
        "PAGE_ARTIFACT",
        "CHROME",
        "PERSON",
        "UNDISCLOSED",
        "BARE_GROUP_HEADING",
        "TWO_COLUMNS",
        "NOTE",
        "SIGNING_SENTENCE",
        "PERSONAL_TITLE",
        "CONTACTS_LEAD",
        "INTRO",
        "MAIL_HEADER",
        "PUBLISHED",
        "INLINE_LEAD",
        "SIGNATURE_MARK",
        "OTHERS",
        "LIST_NOTE",
        "_TABLE_RULE",
        "_NAMES_BY_SEMICOLON",
        "LEADING",
        "SETEXT",
        "QUOTE",
        "BLOCK_TAG",
        "TAG",
        "LABEL",
        "FORM_OF_ADDRESS",
        "CLOSERS",
        "PERSON_LINE",
        "SUBJECT_LABEL",
        "PAGE_DATE_LABEL",
        "BYLINE_REST",
        "FRONT_MATTER_DATE",
        "ORIGINAL_MESSAGE",
        "_LABELLED",
        "_CONJUNCTION",
        "_PLACE_LABEL",
        "_PLACE_LEAD",
        "_GLUED",
    }
)
"""Patterns the code only calls with ``match`` on a line (or a slice of one)."""

PREFIXES = (
    "",
    "a",
    "1 ",
    "1. ",
    "(",
    "[a](",
    "Re:",
    "Dear x",
    "To ",
    "Hello",
    "Distinguished ",
    "Organisations",
    "Signed by",
    "contacts",
    "Page 1",
    "statement 1",
    "download",
    "New York, ",
    "Dr ",
    "www.",
    "http://",
    "a@",
    "5 groups",
)
UNITS = (
    " ",
    "a",
    "A",
    "1",
    ".",
    ",",
    "(",
    ")",
    "[",
    "]",
    "@",
    "-",
    ":",
    "/",
    "\t",
    "A ",
    "a ",
    "1 ",
    "1,",
    ",000",
    "b.",
    "a@",
    "(A",
    "A)",
    "www.",
    "http://",
    "](",
    "Aa",
    ".)",
    " ,",
    "a.",
    "1.",
    "x(",
    "@a.",
    "\u1019",
    "a\u0301",
)
SUFFIXES = ("", "x", "!", ":", "a)", " x:", "@", "@b.")


@dataclass(frozen=True)
class Finding:
    name: str
    mode: str
    subject: str
    exponent: float


Pattern = regex.Pattern[str] | re.Pattern[str]


def patterns() -> Iterator[tuple[str, Pattern]]:
    """Every module-level compiled pattern of the package (``regex`` or stdlib ``re``),
    once, with its name."""
    seen: set[int] = set()
    prefix = letterparse.__name__ + "."
    modules = [letterparse.__name__]
    modules += [info.name for info in pkgutil.walk_packages(letterparse.__path__, prefix)]
    for module_name in sorted(modules):
        if module_name.endswith("__main__"):
            continue
        module = importlib.import_module(module_name)
        for name, value in sorted(vars(module).items()):
            if (
                isinstance(value, regex.Pattern | re.Pattern)
                and isinstance(value.pattern, str)
                and id(value) not in seen
            ):
                seen.add(id(value))
                yield f"{module_name.removeprefix('letterparse.')}.{name}", value


TIMEOUT = 2.0
"""Seconds one call may take before the pattern counts as catastrophic."""

SUPER_LINEAR = 1.5
"""A growth exponent above this, confirmed at larger sizes, fails the audit."""


def runner(name: str, pattern: Pattern) -> tuple[str, Callable[[str], object]]:
    """How the code calls ``pattern``; a ``regex`` pattern gives up after :data:`TIMEOUT`
    (stdlib ``re`` has no timeout: a catastrophic ``re`` pattern shows as a hang)."""
    matched = name.rsplit(".", 1)[-1] in MATCHED_ONLY
    if isinstance(pattern, re.Pattern):
        if matched:
            return "match", pattern.match
        return "finditer", lambda text: list(pattern.finditer(text))
    if matched:
        return "match", lambda text: pattern.match(text, timeout=TIMEOUT)
    return "finditer", lambda text: list(pattern.finditer(text, timeout=TIMEOUT))


def seconds(call: Callable[[str], object], text: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        call(text)
        best = min(best, time.perf_counter() - start)
    return best


def exponent(
    call: Callable[[str], object], build: Callable[[int], str], n: int, repeat: int
) -> float:
    """log4 of the time ratio between n and 4n repetitions: 1 linear, 2 quadratic."""
    try:
        small, large = seconds(call, build(n), repeat), seconds(call, build(4 * n), repeat)
    except TimeoutError:
        return math.inf
    if large < 2e-4:  # too quick to tell growth from noise
        return 1.0
    return math.log(max(large, 1e-9) / max(small, 1e-9), 4)


def audit(quick: bool) -> list[Finding]:
    prefixes = PREFIXES[:8] if quick else PREFIXES
    findings: list[Finding] = []
    for name, pattern in patterns():
        mode, call = runner(name, pattern)
        worst = Finding(name, mode, "", 1.0)
        for prefix, unit, suffix in itertools.product(prefixes, UNITS, SUFFIXES):

            def build(n: int, prefix: str = prefix, unit: str = unit, suffix: str = suffix) -> str:
                return prefix + unit * n + suffix

            growth = exponent(call, build, 250, repeat=1)
            if 1.4 < growth < math.inf:  # confirm twice at larger sizes: noise is common
                growth = min(growth, exponent(call, build, 1_000, repeat=3))
                if 1.4 < growth < math.inf:
                    growth = min(growth, exponent(call, build, 2_000, repeat=3))
            if growth > worst.exponent:
                worst = Finding(name, mode, f"{prefix!r} + {unit!r} * n + {suffix!r}", growth)
            if worst.exponent > SUPER_LINEAR:  # one confirmed string is enough
                break
        findings.append(worst)
    return findings


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--quick", action="store_true", help="fewer prefixes")
    args = options.parse_args()
    started = time.perf_counter()
    findings = audit(args.quick)
    print("| pattern | used with | worst growth exponent | worst string |")
    print("| --- | --- | ---: | --- |")
    for finding in findings:
        print(f"| {finding.name} | {finding.mode} | {finding.exponent:.2f} | {finding.subject} |")
    bad = [finding for finding in findings if finding.exponent > SUPER_LINEAR]
    elapsed = time.perf_counter() - started
    print(f"\n{len(findings)} patterns, {len(bad)} super-linear, {elapsed:.0f} s")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
