"""letterparse: read the raw text of a letter into a validated model and JSON.

>>> import letterparse
>>> letter = letterparse.parse("To the Security Council\\n\\nYour Excellencies,\\n\\nWe write.\\n")
>>> letter.salutation.text
'Your Excellencies,'
"""

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
    "ParseWarning",
    "ParserBug",
    "Recipient",
    "Salutation",
    "Signatory",
    "Signing",
    "Source",
    "Span",
    "Subject",
    "parse",
    "parse_bytes",
    "parse_file",
]

__version__ = "0.1.0"
