"""Fixtures of the export tests: the XML schemas (loaded once) and headless Chromium.

The schemas live beside the project in ``../shared/schemas``. When they are absent
the tests that need them skip, unless ``LETTERPARSE_REQUIRE_SCHEMAS=1`` (CI), where
they fail. The browser tests skip when no Chromium is installed, except under CI
(``CI=true``), where they fail.
"""

from __future__ import annotations

import importlib
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT
from tests.export.browser import Browser

SCHEMAS = ROOT.parent / "shared" / "schemas"
TEI_ALL = SCHEMAS / "tei" / "tei_all.rng"
CMIF = SCHEMAS / "cmif" / "cmi-customization.rng"

Validator = Callable[[str], list[str]]
"""Validates an XML document; returns the schema's error messages (none when valid)."""


def _missing(reason: str, *, required: bool) -> None:
    if required:
        pytest.fail(reason, pytrace=False)
    pytest.skip(reason)


def _validator(path: Path) -> Validator:
    required = os.environ.get("LETTERPARSE_REQUIRE_SCHEMAS") == "1"
    if not path.is_file():
        _missing(f"schema not found: {path}", required=required)
    try:
        etree: Any = importlib.import_module("lxml.etree")
    except ImportError:
        _missing("lxml is not installed (pip install -e '.[test]')", required=required)
    schema: Any = etree.RelaxNG(etree.parse(str(path)))

    def validate(xml: str) -> list[str]:
        document = etree.fromstring(xml.encode("utf-8"))
        if schema.validate(document):
            return []
        return [f"{error.line}: {error.message}" for error in schema.error_log]

    return validate


@pytest.fixture(scope="session")
def tei_all() -> Validator:
    """TEI P5 tei_all (takes several seconds to load: once per session)."""
    return _validator(TEI_ALL)


@pytest.fixture(scope="session")
def cmif_schema() -> Validator:
    """The CMIF RELAX NG schema."""
    return _validator(CMIF)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Headless Chromium driven by chromedriver; a skip (a failure under CI) without them."""
    chromium = next(filter(None, map(shutil.which, ("chromium", "chromium-browser"))), None)
    driver = shutil.which("chromedriver")
    if chromium is None or driver is None:
        reason = "chromium is not installed (apt-get install -y chromium chromium-driver)"
        if os.environ.get("CI") == "true":
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)
    with Browser(chromium, driver) as opened:
        yield opened
