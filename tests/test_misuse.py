"""Misuse of the API: what is natural is accepted, anything else is a TypeError that says
what to do instead (and never an AttributeError from deep inside)."""

from __future__ import annotations

import re
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

import pytest

import letterparse
from letterparse import Letter, ParseFailure, parse, parse_bytes, parse_file
from letterparse.export import to_json, to_jsonl
from tests.conftest import REFERENCE

TEXT = "To the Council\n\nDear Members,\n\nWe write.\n\nSigned by 1 group.\n\n1. =HYPERLINK(1)\n"


@pytest.fixture(scope="module")
def letter() -> Letter:
    return parse(TEXT)


@pytest.fixture(scope="module")
def failure() -> ParseFailure:
    (result,) = letterparse.iter_parse(["missing.txt"], jobs=1)
    assert isinstance(result, ParseFailure)
    return result


def raises(says: str) -> AbstractContextManager[Any]:
    return pytest.raises(TypeError, match=f"^{re.escape(says)}$")


def test_parse_given_bytes_points_to_parse_bytes() -> None:
    with raises("parse() takes the letter's text (str), not bytes: pass bytes to parse_bytes()"):
        parse(TEXT.encode())  # type: ignore[arg-type]


def test_parse_given_none_or_a_path_says_so() -> None:
    with raises("parse() takes the letter's text (str), not None"):
        parse(None)  # type: ignore[arg-type]
    with raises("parse() takes the letter's text (str), not a path: pass a path to parse_file()"):
        parse(REFERENCE)  # type: ignore[arg-type]


def test_parse_bytes_given_text_points_to_parse() -> None:
    with raises("parse_bytes() takes bytes, not str: pass text to parse()"):
        parse_bytes(TEXT)  # type: ignore[arg-type]
    with raises("parse_bytes() takes bytes, not None"):
        parse_bytes(None)  # type: ignore[arg-type]


def test_parse_bytes_reads_a_bytearray_and_a_memoryview() -> None:
    data = TEXT.encode()
    assert parse_bytes(bytearray(data)) == parse_bytes(memoryview(data)) == parse_bytes(data)


def test_one_letter_is_taken_where_a_list_is_expected(letter: Letter) -> None:
    assert letterparse.to_csv(letter) == letterparse.to_csv([letter])
    info = {"date": "2024-12-31"}
    assert letterparse.to_cmif(letter, **info) == letterparse.to_cmif([letter], **info)
    assert to_jsonl(letter) == to_jsonl([letter])


def test_a_list_of_one_is_taken_where_one_letter_is_expected(letter: Letter) -> None:
    assert letterparse.to_tei([letter]) == letterparse.to_tei(letter)  # type: ignore[arg-type]
    assert letterparse.to_html((letter,)) == letterparse.to_html(letter)  # type: ignore[arg-type]
    assert to_json([letter]) == to_json(letter)  # type: ignore[arg-type]


def test_several_letters_for_one_document_say_how(letter: Letter) -> None:
    says = (
        "to_tei() makes one document of one letter, not of 2: "
        "call it for each, [to_tei(letter) for letter in letters]"
    )
    with raises(says):
        letterparse.to_tei([letter, letter])  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "says"),
    [
        (None, "to_tei() takes a Letter (from letterparse.parse), not None"),
        (TEXT, "to_tei() takes a Letter (from letterparse.parse), not str"),
        ([], "to_tei() takes a Letter (from letterparse.parse), not list"),
    ],
)
def test_what_is_no_letter_is_a_type_error(value: object, says: str) -> None:
    with raises(says):
        letterparse.to_tei(value)  # type: ignore[arg-type]


def test_a_failure_among_letters_says_how_to_keep_the_letters(
    letter: Letter, failure: ParseFailure
) -> None:
    hint = (
        " (missing.txt: file_not_found: no such file): an input that gave no letter; "
        "keep the letters, [r for r in results if isinstance(r, letterparse.Letter)]"
    )
    with raises("to_csv() takes a list of Letters; item 1 is ParseFailure" + hint):
        letterparse.to_csv([letter, failure])  # type: ignore[list-item]
    with raises("to_csv() takes a list of Letters, not ParseFailure" + hint):
        letterparse.to_csv(failure)  # type: ignore[arg-type]
    with raises("to_tei() takes a Letter (from letterparse.parse), not ParseFailure" + hint):
        letterparse.to_tei(failure)  # type: ignore[arg-type]
    assert to_jsonl([letter, failure]).count("\n") == 2  # JSON Lines hold failures too


@pytest.mark.parametrize(("value", "name"), [(None, "None"), (TEXT, "str"), (3, "int")])
def test_what_is_no_list_of_letters_is_a_type_error(value: object, name: str) -> None:
    with raises(f"to_csv() takes a list of Letters, not {name}"):
        letterparse.to_csv(value)  # type: ignore[arg-type]


def test_the_review_page_wants_decoded_text(tmp_path: Path, letter: Letter) -> None:
    data = TEXT.encode()
    says = (
        "to_html() takes the letter's decoded text (str), not bytes: "
        "data.decode(letter.source.encoding)"
    )
    with raises(says):
        letterparse.to_html(letter, data)  # type: ignore[arg-type]
    assert letterparse.to_html(letter, data.decode(letter.source.encoding))


def test_parse_file_still_takes_a_path() -> None:
    assert parse_file(str(REFERENCE)) == parse_file(REFERENCE)
