"""Shared fixtures: the fixture letters, and the reference letter."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LETTERS = ROOT / "fixtures" / "letters"
REFERENCE = LETTERS / "joint-letter-unsc-2024-03-01.txt"


@pytest.fixture(scope="session")
def reference_text() -> str:
    """The reference letter exactly as received."""
    return REFERENCE.read_text(encoding="utf-8")
