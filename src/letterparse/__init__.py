"""letterparse: read the raw text of a letter into a validated model and JSON.

>>> import letterparse
>>> letter = letterparse.parse("To the Security Council\\n\\nYour Excellencies,\\n\\nWe write.\\n")
>>> letter.salutation.text
'Your Excellencies,'
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ._version import __version__
from .errors import LetterParseError, ParserBug
from .model import (
    SCHEMA_VERSION,
    Block,
    Closing,
    Contact,
    Date,
    Header,
    Letter,
    Link,
    Paragraph,
    ParseWarning,
    Recipient,
    Salutation,
    Signatory,
    Signing,
    Source,
    Span,
    Subject,
)
from .parse import parse, parse_bytes, parse_file
from .records import ParseFailure

if TYPE_CHECKING:
    from .batch import iter_parse
    from .export import to_cmif, to_csv, to_html, to_tei
    from .export.sqlite import read_sqlite, to_sqlite

_LAZY = {
    "iter_parse": "batch",
    "to_cmif": "export",
    "to_csv": "export",
    "to_html": "export",
    "to_tei": "export",
    "to_sqlite": "export.sqlite",
    "read_sqlite": "export.sqlite",
}
"""Names imported when first used: a parse needs neither the batch runner (processes)
nor the exporters (nor ``sqlite3``), and ``import letterparse`` stays quick."""


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'letterparse' has no attribute {name!r}")


__all__ = [
    "SCHEMA_VERSION",
    "Block",
    "Closing",
    "Contact",
    "Date",
    "Header",
    "Letter",
    "LetterParseError",
    "Link",
    "Paragraph",
    "ParseFailure",
    "ParseWarning",
    "ParserBug",
    "Recipient",
    "Salutation",
    "Signatory",
    "Signing",
    "Source",
    "Span",
    "Subject",
    "__version__",
    "iter_parse",
    "parse",
    "parse_bytes",
    "parse_file",
    "read_sqlite",
    "to_cmif",
    "to_csv",
    "to_html",
    "to_sqlite",
    "to_tei",
]
