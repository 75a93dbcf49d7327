"""Exporters: the model to JSON, JSON Lines, TEI, CMIF, CSV, an HTML review page and
SQLite (the package :mod:`letterparse.export.sqlite`, imported when used).

Each format is one module with one small function per model type; none re-parses.

>>> from letterparse import parse
>>> letter = parse("To the Security Council\\n\\nDear Members,\\n\\nWe write.\\n")
>>> to_tei(letter).startswith('<?xml version="1.0" encoding="UTF-8"?>')
True
"""

from .cmif import to_cmif
from .csv import to_csv
from .html import to_html
from .jsonl import to_json, to_jsonl
from .tei import to_tei

__all__ = ["to_cmif", "to_csv", "to_html", "to_json", "to_jsonl", "to_tei"]
