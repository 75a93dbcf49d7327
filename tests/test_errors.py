"""The error a caller catches: what it says, and that it survives a process pool."""

from __future__ import annotations

import copy
import pickle

from letterparse import LetterParseError


def test_message_names_file_line_and_code() -> None:
    error = LetterParseError("binary_input", "not text", line=3, path="a.txt")
    assert str(error) == "a.txt:3: binary_input: not text"
    assert str(LetterParseError("empty_input", "no text")) == "empty_input: no text"
    assert str(LetterParseError("binary_input", "y", line=2)) == "<text>:2: binary_input: y"


def test_pickles_and_copies_whole() -> None:
    error = LetterParseError("binary_input", "not text", line=3, path="a.txt")
    for clone in (pickle.loads(pickle.dumps(error)), copy.copy(error)):
        assert (clone.code, clone.message, clone.line, clone.path) == (
            "binary_input",
            "not text",
            3,
            "a.txt",
        )
        assert str(clone) == str(error)
