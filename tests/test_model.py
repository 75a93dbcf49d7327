"""The model: the public JSON contract."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path
from typing import get_args

import pytest
from pydantic import ValidationError

import letterparse
from letterparse import Letter
from letterparse.model import ErrorCode, WarningCode

from .conftest import REFERENCE

CONTRACT_KEYS = [
    "schema_version",
    "source",
    "header",
    "sender",
    "recipients",
    "date",
    "subject",
    "salutation",
    "body",
    "closing",
    "contacts",
    "signing",
    "signatories",
    "layout",
    "warnings",
]


def test_every_key_always_present() -> None:
    letter = letterparse.parse("Just one line of text that is not much of a letter.")
    dumped = letter.model_dump(mode="json")
    assert list(dumped) == CONTRACT_KEYS
    assert dumped["header"] is None
    assert [paragraph["kind"] for paragraph in dumped["body"]] == ["paragraph"]
    assert dumped["signatories"] == []
    assert dumped["signing"] is None
    assert Letter.model_json_schema(mode="serialization")["required"] == CONTRACT_KEYS
    added = {"sender"}  # keys added to schema 1 later: records written before them validate
    required = Letter.model_json_schema()["required"]
    assert required == [key for key in CONTRACT_KEYS if key not in added]


def test_frozen_and_extra_forbidden() -> None:
    letter = letterparse.parse_file(REFERENCE)
    with pytest.raises(ValidationError):
        letter.date = None  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        letter.signatories[0].name = "changed"  # type: ignore[misc]
    data = letter.model_dump(mode="json")
    data["surprise"] = 1
    with pytest.raises(ValidationError):
        Letter.model_validate(data)
    data = letter.model_dump(mode="json")
    data["signatories"][0]["surprise"] = 1
    with pytest.raises(ValidationError):
        Letter.model_validate(data)


def test_schema_version_is_checked() -> None:
    data = letterparse.parse("Dear all,\n\nWe write.\n").model_dump(mode="json")
    data["schema_version"] = "2"
    with pytest.raises(ValidationError):
        Letter.model_validate(data)


def test_field_docstrings_reach_the_schema() -> None:
    schema = Letter.model_json_schema()
    assert "0-based" in schema["$defs"]["Span"]["properties"]["start"]["description"]
    assert schema["$defs"]["ParseWarning"]["title"] == "Warning"


def _readme_codes(label: str, end: str) -> set[str]:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    start = readme.index(label)
    found = set(re.findall(r"`([a-z][a-z0-9_]*)`", readme[start : readme.index(end, start)]))
    return found - {"code", "error", "parse_file"}  # the words around the codes


def test_the_warning_codes_are_the_documented_ones_and_the_schema_enumerates_them() -> None:
    codes = set(get_args(WarningCode))
    assert codes == _readme_codes("Warning codes:", "Error codes")
    schema = Letter.model_json_schema(mode="serialization")
    assert set(schema["$defs"]["ParseWarning"]["properties"]["code"]["enum"]) == codes


def test_the_error_codes_are_the_documented_ones() -> None:
    errors = {code for member in get_args(ErrorCode) for code in get_args(member)}
    documented = _readme_codes("Error codes", "A `span` is")
    assert errors - set(get_args(WarningCode)) == documented
