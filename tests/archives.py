"""An archive folder as archives hold them, for the batch, CLI and validate tests."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import LETTERS

BATCH = LETTERS / "batch"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10"


def make_archive(parent: Path) -> Path:
    """Good letters, a scan named .txt, an empty file, a spreadsheet (a kind letterparse
    does not read, left out by the globs), hidden files and folders."""
    root = parent / "archive"
    shutil.copytree(BATCH, root)
    (root / "2024" / "scan.txt").write_bytes(PNG)
    (root / "2023" / "empty.md").write_bytes(b"")
    (root / "2023" / "notes.ods").write_bytes(b"PK\x03\x04")
    (root / ".hidden.txt").write_text("To the Council\n", encoding="utf-8")
    (root / ".git").mkdir()
    (root / ".git" / "HEAD.txt").write_text("ref: refs/heads/main\n", encoding="utf-8")
    return root
