"""Inputs: files as given, folders walked in sorted order, and what the system refuses
to show kept as a failed input at its place."""

from __future__ import annotations

import contextlib
import json
import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from letterparse import ParseFailure, iter_parse
from letterparse.cli import main
from letterparse.inputs import Input, collect
from tests.archives import BATCH, make_archive


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """A folder as archives hold them: good letters, a scan, an empty file, other files."""
    return make_archive(tmp_path)


def test_a_folder_is_walked_recursively_in_sorted_order(archive: Path) -> None:
    inputs = collect([archive])
    assert [item.relative for item in inputs] == [
        "2023/empty.md",
        "2023/open-letter-secretary-general.txt",
        "2024/joint-statement-water.md",
        "2024/letter-numbering-gap.txt",
        "2024/scan.txt",
    ]


def test_globs_choose_the_files_case_insensitively(archive: Path) -> None:
    (archive / "2024" / "LOUD.TXT").write_text("To the Council\n", encoding="utf-8")
    assert [i.relative for i in collect([archive], glob=["*.md"])] == [
        "2023/empty.md",
        "2024/joint-statement-water.md",
    ]
    assert [i.relative for i in collect([archive], glob=["2024/*.txt"])] == [
        "2024/LOUD.TXT",
        "2024/letter-numbering-gap.txt",
        "2024/scan.txt",
    ]


def test_files_and_folders_keep_the_order_given(archive: Path) -> None:
    gap = archive / "2024" / "letter-numbering-gap.txt"
    paths = [item.path for item in collect([gap, archive / "2023", "missing.txt"])]
    assert paths == [
        str(gap),
        str(archive / "2023" / "empty.md"),
        str(archive / "2023" / "open-letter-secretary-general.txt"),
        "missing.txt",
    ]


def test_one_path_is_one_input(archive: Path) -> None:
    assert collect(str(archive)) == collect([archive]) == collect(archive)
    assert [r.source.path for r in iter_parse(str(archive), jobs=1)] == [
        item.path for item in collect([archive])
    ]
    assert [item.relative for item in collect(archive, glob="*.md")] == [
        "2023/empty.md",
        "2024/joint-statement-water.md",
    ]


@pytest.mark.parametrize(
    ("paths", "says"),
    [
        (None, "paths is a list of paths (str or os.PathLike), not None"),
        (b"archive", "paths is a list of paths (str or os.PathLike), not bytes"),
        ([BATCH, None], "a path is a str or an os.PathLike, not None"),
        ([b"archive"], "a path is a str or an os.PathLike, not bytes"),
    ],
)
def test_what_is_not_a_path_is_a_type_error(paths: object, says: str) -> None:
    with pytest.raises(TypeError, match=f"^{re.escape(says)}$"):
        iter_parse(paths)  # type: ignore[arg-type]


class Refusing:
    """A folder entry the system will not describe, as ``/proc/1/cwd`` for a user:
    ``is_dir()`` raises."""

    def __init__(self, entry: os.DirEntry[str]) -> None:
        self.entry = entry
        self.name = entry.name
        self.path = entry.path

    def is_dir(self, *, follow_symlinks: bool = True) -> bool:
        raise PermissionError(13, "Permission denied", self.path)

    def is_file(self, *, follow_symlinks: bool = True) -> bool:
        return self.entry.is_file(follow_symlinks=follow_symlinks)

    def is_symlink(self) -> bool:
        return self.entry.is_symlink()


@pytest.fixture
def refusing(archive: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The archive with four entries the system refuses: a file and a folder that it will
    not describe, a folder it will not list, and a link whose target it will not show."""
    (archive / "2023" / "odd.txt").write_text("Dear all,\n\nWe write.\n", encoding="utf-8")
    for name in ("locked", "mount"):
        (archive / "2024" / name).mkdir()
        (archive / "2024" / name / "a.txt").write_text("Dear all,\n", encoding="utf-8")
    (archive / "2023" / "cwd").symlink_to(archive / "2024")
    described = {"odd.txt", "mount", "cwd"}
    listed = str(archive / "2024" / "locked")
    scandir = os.scandir

    def refused(path: str) -> contextlib.nullcontext[list[Refusing | os.DirEntry[str]]]:
        if path == listed:
            raise PermissionError(13, "Permission denied", path)
        with scandir(path) as entries:
            found: list[Refusing | os.DirEntry[str]] = [
                Refusing(e) if e.name in described else e for e in entries
            ]
        return contextlib.nullcontext(found)

    monkeypatch.setattr(os, "scandir", refused)
    return archive


def failures(inputs: list[Input]) -> Iterator[tuple[str | None, str | None]]:
    for item in inputs:
        yield item.relative, item.failure.error.code if item.failure else None


def test_what_the_system_refuses_is_a_failure_at_its_place(refusing: Path) -> None:
    assert list(failures(collect(refusing))) == [
        ("2023/empty.md", None),
        ("2023/odd.txt", "unreadable_file"),
        ("2023/open-letter-secretary-general.txt", None),
        ("2024/joint-statement-water.md", None),
        ("2024/letter-numbering-gap.txt", None),
        ("2024/locked", "unreadable_folder"),
        ("2024/mount", "unreadable_folder"),
        ("2024/scan.txt", None),
    ]  # 2023/cwd, a link that does not match, is never followed: not looked at either


def test_the_cli_reports_each_refused_entry_and_goes_on(
    refusing: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    assert main(["parse", str(refusing), "-j", "1"]) == 1
    out, err = capsysbinary.readouterr()
    records = [json.loads(line) for line in out.decode().splitlines()]
    assert [r.get("error", {}).get("code") for r in records] == [
        "empty_input",
        "unreadable_file",
        None,
        None,
        None,
        "unreadable_folder",
        "unreadable_folder",
        "binary_input",
    ]
    assert records[1] == {
        "source": {"path": str(refusing / "2023" / "odd.txt"), "sha256": None},
        "error": {"code": "unreadable_file", "message": "Permission denied", "line": None},
    }
    assert err.decode().splitlines()[1:4] == [
        f"{refusing}/2023/odd.txt: unreadable_file: Permission denied",
        f"{refusing}/2024/locked: unreadable_folder: Permission denied",
        f"{refusing}/2024/mount: unreadable_folder: Permission denied",
    ]


def test_an_unlisted_folder_named_alone_is_one_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refused(path: str) -> object:
        raise PermissionError(13, "Permission denied", path)

    monkeypatch.setattr(os, "scandir", refused)
    (result,) = iter_parse(tmp_path, jobs=1)
    assert isinstance(result, ParseFailure)
    assert (result.source.path, result.error.code) == (str(tmp_path), "unreadable_folder")
