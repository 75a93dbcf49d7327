"""The new sections stage (the decoder, issue #7), which ``LETTERPARSE_SECTIONS=decoder``
selects while the state machine is still the default: its invariants on any text, the
grammar it cannot break, the reading of letters in the shapes that broke the state
machine, the doubt it reports, and ``letterparse explain``."""

from __future__ import annotations

import json
import os
import random
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import letterparse
from letterparse.cli import main
from letterparse.export.html import to_html
from letterparse.lines import split_lines
from letterparse.model import BlockKind
from letterparse.myanmar.lines import read_lines
from letterparse.sections import reading, train
from letterparse.sections.grammar import KIND, KINDS
from letterparse.sections.reading import Decision, doubts
from letterparse.sections.weights import Weights, load

from .conftest import REFERENCE
from .invariants import assert_letter_invariants
from .strategies import hostile_text
from .test_performance import GROWING, work
from .test_properties import LETTERISH, SETTINGS, parse_or_reject


@contextmanager
def decoder() -> Iterator[None]:
    """The decoder as the sections stage, for the block's duration."""
    before = os.environ.get("LETTERPARSE_SECTIONS")
    os.environ["LETTERPARSE_SECTIONS"] = "decoder"
    try:
        yield
    finally:
        if before is None:
            del os.environ["LETTERPARSE_SECTIONS"]
        else:
            os.environ["LETTERPARSE_SECTIONS"] = before


def parse(text: str) -> letterparse.Letter:
    with decoder():
        return letterparse.parse(text)


def kinds_of(text: str, weights: Weights | None = None) -> list[str]:
    lines, _ = read_lines(split_lines(text))
    return [str(kind) for kind in reading.line_kinds(reading.read(lines, weights))]


# A page that the state machine read as one paragraph: a byline above, a "To:" line, an
# honorific salutation, paragraphs without blank lines between them, share buttons below.
BYLINE_LETTER = """\
Skip to main content
Home » News » Letters
Posted by Campaign Desk | 14 March 2025 | 3 min read
To: Ambassador U Win Aung, Permanent Representative to the United Nations
Subject: The detention of journalists in Sagaing Region
Dear Ambassador U Win Aung,
We, the undersigned organisations, write to ask for the release of the eleven journalists \
held in Sagaing Region since January.
Their families have not been allowed to visit them, and no charge has been made public.
We ask that they be released, or charged before an open court without delay.
Sincerely,
1. Riverside Press Freedom Network
2. Southern Media Workers Union
3. Open Newsroom Collective
Share this: Facebook | X | Email
"""


def test_a_letter_among_page_chrome_is_read_part_by_part() -> None:
    assert kinds_of(BYLINE_LETTER) == [
        "header", "header", "date", "recipients", "subject", "salutation",
        "paragraph", "paragraph", "paragraph", "closing",
        "signatories", "signatories", "signatories", "trailer",
    ]  # fmt: skip
    letter = parse(BYLINE_LETTER)
    assert [recipient.name for recipient in letter.recipients] == [
        "Ambassador U Win Aung, Permanent Representative to the United Nations"
    ]
    assert letter.subject is not None
    assert letter.subject.text == "The detention of journalists in Sagaing Region"
    assert letter.salutation is not None
    assert letter.salutation.text == "Dear Ambassador U Win Aung,"
    assert letter.date is not None
    assert letter.date.iso == "2025-03-14"
    assert len(letter.body) == 3
    assert [signatory.name for signatory in letter.signatories] == [
        "Riverside Press Freedom Network",
        "Southern Media Workers Union",
        "Open Newsroom Collective",
    ]


NOTE_ABOVE = """\
*The list of signatories below was updated on 2 June to add four organisations.

14 May 2025

H.E. Mr. Tomas Varga
Minister of Foreign Affairs

Your Excellencies,

We write ahead of the Council's session to ask for an independent inquiry.

The inquiry should report in public within six months.

Respectfully,

Alpine Rights Watch
Lakeside Legal Clinic
"""


def test_a_note_above_the_letter_does_not_make_the_opening_prose() -> None:
    kinds = kinds_of(NOTE_ABOVE)
    assert kinds[0] in ("notes", "header")
    assert kinds[1:] == [
        "date", "recipients", "recipients", "salutation", "paragraph", "paragraph",
        "closing", "signatories", "signatories",
    ]  # fmt: skip
    letter = parse(NOTE_ABOVE)
    assert letter.date is not None
    assert letter.date.iso == "2025-05-14"
    assert letter.salutation is not None
    assert letter.salutation.text == "Your Excellencies,"


def test_the_reference_letter_reads_as_its_golden_record() -> None:
    """The issue's last condition: the reference letter reads exactly as today."""
    golden = json.loads(REFERENCE.with_suffix(".json").read_text(encoding="utf-8"))
    record = json.loads(parse(REFERENCE.read_text(encoding="utf-8")).model_dump_json())
    record["source"]["path"] = golden["source"]["path"]
    assert record == golden


@SETTINGS
@given(LETTERISH)
def test_any_letterish_text_keeps_the_invariants(text: str) -> None:
    with decoder():
        letter = parse_or_reject(text)
    if letter is not None:
        assert_letter_invariants(text, letter)


@SETTINGS
@given(st.text(max_size=300))
def test_any_text_keeps_the_invariants(text: str) -> None:
    with decoder():
        letter = parse_or_reject(text)
    if letter is not None:
        assert_letter_invariants(text, letter)


@SETTINGS
@given(hostile_text)
def test_hostile_text_parses_or_raises_letter_parse_error(text: str) -> None:
    with decoder(), suppress(letterparse.LetterParseError):
        letterparse.parse(text)


@SETTINGS
@given(LETTERISH)
def test_every_reading_is_one_the_grammar_allows(text: str) -> None:
    kinds = kinds_of(text)
    assert train.grammatical([KIND[kind] for kind in kinds])


@SETTINGS
@given(LETTERISH, st.integers(min_value=0, max_value=2**32 - 1))
def test_no_weight_breaks_the_grammar(text: str, seed: int) -> None:
    """Weights that ask for any order at all still give a reading the grammar allows."""
    table = load()
    size = len(KINDS)
    chance = random.Random(seed)
    emit: dict[str, Sequence[float]] = {
        name: [chance.uniform(-500, 500) for _ in range(size)] for name in table.emit
    }
    moves = [
        [[chance.uniform(-500, 500) for _ in range(size)] for _ in range(size)] for _ in table.moves
    ]
    scrambled = Weights(table.kinds, emit, moves, table.start, table.end, table.fingerprint)
    kinds = kinds_of(text, scrambled)
    assert train.grammatical([KIND[kind] for kind in kinds])


@pytest.mark.parametrize("name", sorted(GROWING))
def test_the_decoders_work_grows_linearly(name: str) -> None:
    """As :func:`tests.test_performance.test_work_grows_linearly`, with the decoder."""
    build = GROWING[name]
    with decoder():
        small, middle, large = (work(build(times)) for times in (2, 4, 8))
    first, second = middle - small, large - middle
    assert first > 0
    assert second <= 2.2 * first, (small, middle, large)


def decision(
    kind: BlockKind, runner_up: BlockKind | None, margin: float, start: int = 0
) -> Decision:
    return Decision(
        start=start, stop=start + 1, kind=kind, runner_up=runner_up, margin=margin, features=()
    )


def test_a_close_decision_on_a_part_that_matters_is_a_warning() -> None:
    lines = split_lines("To the Council\nWe write.\nThe end.\n")
    warnings = doubts(
        [
            decision("recipients", "header", 3.5, 0),  # close, and it matters: a warning
            decision("paragraph", "notes", 1.0, 1),  # close, but between two kinds of text
            decision("salutation", "paragraph", 80.0, 2),  # far apart
        ],
        lines,
    )
    assert [(warning.code, warning.line) for warning in warnings] == [("doubtful_reading", 1)]
    assert "recipients" in warnings[0].message
    assert "header" in warnings[0].message


LETTERS_PAGE = """\
Letters to the editor

Bus fares

Your report on the new bus fares (12 May) left out the riders who will pay most.

Those of us who travel from the outer estates will pay twice what the centre pays, for a \
service that runs half as often.

Ada Roe
Millbrook
"""


def test_a_doubtful_reading_is_warned_at_its_line() -> None:
    """A letters page's headline could be the letter's subject or the page's header: the
    letter says which it chose, and that the other was nearly as likely."""
    letter = parse(LETTERS_PAGE)
    doubtful = [warning for warning in letter.warnings if warning.code == "doubtful_reading"]
    assert [warning.line for warning in doubtful] == [3]
    assert "subject" in doubtful[0].message
    assert "header" in doubtful[0].message


def test_missing_parts_are_warned_by_the_letters_shape() -> None:
    addressed = parse("To: The Mayor of Rivertown\n\nWe ask you to reopen the library.\n")
    codes = {warning.code for warning in addressed.warnings}
    assert {"missing_date", "missing_salutation"} <= codes
    signed = parse("We ask the Council to reopen the library.\n\nSincerely,\n\nAda Roe\n")
    assert "missing_addressee" in {warning.code for warning in signed.warnings}


def test_explain_prints_each_line_with_its_evidence_and_runner_up(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "letter.txt"
    path.write_text(BYLINE_LETTER, encoding="utf-8")
    assert main(["explain", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    shown = [line for line in out if not line.lstrip().startswith("└")]
    reasons = [line for line in out if line.lstrip().startswith("└")]
    assert len(shown) == len(reasons) == len(BYLINE_LETTER.splitlines())
    assert shown[5].split()[:2] == ["6", "salutation"]
    assert "salutation over " in reasons[5]
    assert " by " in reasons[5]
    assert "salutation +" in reasons[5]  # the pattern that weighed for it


def test_explain_names_a_missing_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", "/nonexistent/letter.txt"]) != 0
    err = capsys.readouterr().err
    assert "/nonexistent/letter.txt" in err
    assert "Traceback" not in err


def test_the_review_page_says_why_each_block_was_read_so() -> None:
    with decoder():
        page = to_html(letterparse.parse(BYLINE_LETTER), BYLINE_LETTER)
    reasons = re.findall(r'<div class="why">([^<]*)</div>', page)
    blocks = re.findall(r'<div class="block" data-kind="([^"]+)"', page)
    assert len(reasons) == len(blocks)
    salutation = reasons[blocks.index("salutation")]
    assert salutation.startswith("salutation over ")
    assert "salutation +" in salutation
    plain = to_html(letterparse.parse(BYLINE_LETTER), BYLINE_LETTER)  # the state machine's
    assert 'class="why"' not in plain
