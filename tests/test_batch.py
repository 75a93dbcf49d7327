"""Batches: folders walked in sorted order, one result per input, the same for any jobs."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

import letterparse
from letterparse import Letter, ParseFailure, iter_parse
from letterparse.batch import run
from letterparse.decode import Decoded
from letterparse.inputs import DEFAULT_GLOBS, collect
from letterparse.output import output_names
from letterparse.records import Result
from tests.archives import BATCH, make_archive


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """A folder as archives hold them: good letters, a scan, an empty file, other files."""
    return make_archive(tmp_path)


def relative(results: list[Letter | ParseFailure], root: Path) -> list[str]:
    return [str(Path(r.source.path or "").relative_to(root)) for r in results]


def test_each_input_gives_one_result_in_order(archive: Path) -> None:
    results = list(iter_parse([archive, archive / "missing.txt"], jobs=1))
    assert relative(results, archive) == [
        "2023/empty.md",
        "2023/open-letter-secretary-general.txt",
        "2024/joint-statement-water.md",
        "2024/letter-numbering-gap.txt",
        "2024/scan.txt",
        "missing.txt",
    ]
    kinds = [r.error.code if isinstance(r, ParseFailure) else "letter" for r in results]
    assert kinds == ["empty_input", "letter", "letter", "letter", "binary_input", "file_not_found"]
    scan = results[4]
    assert isinstance(scan, ParseFailure)
    assert scan.error.line == 3
    assert scan.source.sha256 is not None
    missing = results[5]
    assert isinstance(missing, ParseFailure)
    assert missing.source.sha256 is None


def test_two_jobs_give_the_same_results_as_one(tmp_path: Path, archive: Path) -> None:
    many = tmp_path / "many"
    many.mkdir()
    for n in range(60):
        (many / f"letter-{n:03}.txt").write_text(
            f"To the Council\n\n{n % 28 + 1} May 2024\n\nDear Members,\n\n"
            f"We write about case {n}, which has waited for a decision since last year.\n\n"
            f"Signed by 2 groups.\n\n1. Group {n} (G{n})\n2. Friends of Case {n}\n",
            encoding="utf-8",
        )
    one = list(iter_parse([archive, many], jobs=1))
    two = list(iter_parse([archive, many], jobs=2))
    assert one == two
    assert len(one) == 65
    assert [r.source.path for r in two][5:] == [str(many / f"letter-{n:03}.txt") for n in range(60)]


def test_strict_makes_a_warning_a_failure() -> None:
    gap = BATCH / "2024" / "letter-numbering-gap.txt"
    (result,) = iter_parse([gap], strict=True, jobs=1)
    assert isinstance(result, ParseFailure)
    assert (result.error.code, result.error.line) == ("numbering_gap", 15)


def test_a_folder_without_letters_is_reported(tmp_path: Path) -> None:
    (tmp_path / "scans").mkdir()
    (tmp_path / "scans" / "page1.png").write_bytes(b"\x89PNG")
    (result,) = iter_parse([tmp_path / "scans"], jobs=1)
    assert isinstance(result, ParseFailure)
    assert result.error.code == "no_files"
    assert result.error.message == "no file in this folder matches " + ", ".join(DEFAULT_GLOBS)


def test_a_parser_bug_is_recorded_not_hidden(
    monkeypatch: pytest.MonkeyPatch, archive: Path
) -> None:
    def broken(decoded: Decoded, *, path: str | None = None, strict: bool = False) -> Letter:
        raise KeyError("signatories")

    monkeypatch.setattr(letterparse.batch, "parse_decoded", broken)
    result = next(iter_parse([archive / "2024" / "joint-statement-water.md"], jobs=1))
    assert isinstance(result, ParseFailure)
    assert result.error.code == "parser_bug"
    assert "KeyError: 'signatories'" in result.error.message
    assert "please report it" in result.error.message


def test_jobs_must_be_positive() -> None:
    with pytest.raises(ValueError, match="jobs must be 1 or more"):
        iter_parse([BATCH], jobs=0)


def test_iter_parse_is_exported() -> None:
    assert letterparse.iter_parse is iter_parse


def test_output_names_never_meet() -> None:
    names = output_names(["a.txt", "a.md", "a.txt.txt", "a.txt-2.txt", "A.txt"], ".json")
    assert len({name.casefold() for name in names}) == len(names)


def _kill_on_poison(result: Result, text: str | None) -> str:
    """A renderer that kills its worker process on the letter named poison.txt."""
    if isinstance(result, Letter) and (result.source.path or "").endswith("poison.txt"):
        os.kill(os.getpid(), signal.SIGKILL)
    return result.error.code if isinstance(result, ParseFailure) else "letter"


def test_a_worker_that_dies_fails_its_input_only(tmp_path: Path) -> None:
    names = [f"{index:02d}.txt" for index in range(12)]
    names[5] = "poison.txt"
    for name in names:
        (tmp_path / name).write_text("Dear all,\n\nWe write to you today.\n", encoding="utf-8")
    inputs = collect([str(tmp_path / name) for name in names])
    results = list(run(inputs, _kill_on_poison, jobs=2))
    assert results == ["letter"] * 5 + ["parser_bug"] + ["letter"] * 6
