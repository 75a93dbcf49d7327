"""JSON and JSON Lines: the model itself, one document or one record per line.

A record is a :class:`~letterparse.Letter` or, for an input that failed, a
:class:`~letterparse.ParseFailure`; a JSON Lines record never contains a line break.

>>> from letterparse import parse
>>> line = jsonl_record(parse("Dear Members,\\n\\nWe write to you.\\n"))
>>> line.startswith('{"schema_version":"1",') and line.endswith("}\\n") and line.count("\\n") == 1
True
"""

from __future__ import annotations

from collections.abc import Iterable

from ..records import Result
from ._args import result_of, results_of


def to_json(result: Result, *, indent: int | None = 2) -> str:
    """One JSON document (indented unless ``indent`` is None), with a final newline."""
    return result_of(result, "to_json").model_dump_json(indent=indent) + "\n"


def jsonl_record(result: Result) -> str:
    """One JSON Lines record: compact JSON and a newline."""
    return result.model_dump_json() + "\n"


def to_jsonl(results: Iterable[Result] | Result) -> str:
    """JSON Lines: one record per result (or for one result), in order."""
    return "".join(jsonl_record(result) for result in results_of(results, "to_jsonl"))
