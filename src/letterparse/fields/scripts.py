"""ISO 15924 codes of the scripts a name is written in.

>>> scripts_of("CDM ရန်ကုန်")
['Latn', 'Mymr']
>>> scripts_of("Burma Campaign UK")
['Latn']
"""

from __future__ import annotations

import regex

_SCRIPTS = (
    ("Latn", "Latin"),
    ("Mymr", "Myanmar"),
    ("Thai", "Thai"),
    ("Hani", "Han"),
    ("Arab", "Arabic"),
    ("Cyrl", "Cyrillic"),
    ("Grek", "Greek"),
    ("Deva", "Devanagari"),
    ("Beng", "Bengali"),
    ("Taml", "Tamil"),
    ("Hang", "Hangul"),
    ("Hira", "Hiragana"),
    ("Kana", "Katakana"),
    ("Khmr", "Khmer"),
    ("Laoo", "Lao"),
    ("Hebr", "Hebrew"),
    ("Tibt", "Tibetan"),
    ("Sinh", "Sinhala"),
    ("Ethi", "Ethiopic"),
    ("Geor", "Georgian"),
    ("Armn", "Armenian"),
    ("Mong", "Mongolian"),
)

SCRIPT_RUN = regex.compile(
    "|".join(rf"(?P<{code}>\p{{Script={name}}}+)" for code, name in _SCRIPTS)
    + r"|(?P<Zzzz>[\p{L}--\p{Script=Common}--\p{Script=Inherited}]+)",
    regex.VERSION1,
)
"""A run of letters of one script; ``Zzzz`` (uncoded) for scripts not named here."""


def scripts_of(name: str) -> list[str]:
    """The scripts of ``name``'s letters, in order of first appearance."""
    if name.isascii():
        return ["Latn"] if name.lower() != name.upper() else []  # ASCII case: letters only
    found: list[str] = []
    for match in SCRIPT_RUN.finditer(name):
        code = match.lastgroup
        if code is not None and code not in found:
            found.append(code)
    return found
