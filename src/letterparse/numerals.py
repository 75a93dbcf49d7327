"""Numbers written in any script's decimal digits, read as the patterns see them.

The patterns match digits with ``\\p{Nd}``, from the ``regex`` module's Unicode tables,
which can be newer than Python's own: ``int()`` cannot read a digit that only the newer
tables know (Pao ``𑛑``, Unicode 16, on Python 3.11), and a letter must never crash the
parser. :func:`number` reads every digit the patterns match.

>>> number("397"), number("၃၉၇"), number("\\U000116d1\\U000116d2")
(397, 397, 12)
"""

from __future__ import annotations

import regex

_DIGIT = regex.compile(r"\p{Nd}")
_VALUES = tuple(regex.compile(rf"\p{{Numeric_Value={value}}}") for value in range(10))
"""The characters of each numeric value, by the ``regex`` module's tables."""


def number(digits: str) -> int:
    """The value of a run of decimal digits (one script or several); ``ValueError`` only
    for a character that is no decimal digit at all."""
    try:
        return int(digits)
    except ValueError:
        return int("".join(str(_value(char)) for char in digits))


def _value(char: str) -> int:
    if char.isdecimal():
        return int(char)
    for value, pattern in enumerate(_VALUES):
        if pattern.match(char) is not None and _DIGIT.match(char) is not None:
            return value
    raise ValueError(f"{char!r} is not a decimal digit")
