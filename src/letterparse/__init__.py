"""letterparse: read the raw text of a letter into a validated model and JSON.

>>> import letterparse
>>> letter = letterparse.parse("To the Security Council\\n\\nYour Excellencies,\\n\\nWe write.\\n")
>>> letter.salutation.text
'Your Excellencies,'
"""

from ._version import __version__
from .batch import iter_parse
from .errors import LetterParseError, ParserBug
from .export import to_cmif, to_csv, to_html, to_tei
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
    "to_cmif",
    "to_csv",
    "to_html",
    "to_tei",
]
