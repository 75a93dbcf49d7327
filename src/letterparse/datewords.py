"""The words and numbers of dates, in the languages letters come in, for the date patterns.

Month names (English, French, Spanish, Portuguese, German, Italian, Russian in the
genitive a date uses, Thai), the pattern source of one date expression (:data:`DATE_BODY`,
whose groups :mod:`letterparse.fields.dates` reads), and the readers of the numbers that
are no decimal digits: Chinese numerals (``二〇一七``, ``二十二``).

>>> MONTHS["octobre"], MONTHS["октября"], MONTHS["มีนาคม"]
(10, 10, 3)
>>> han_number("二〇一七"), han_number("二十二"), han_number("十")
(2017, 22, 10)
"""

from __future__ import annotations

import regex

MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("january", "jan", "janvier", "enero", "janeiro", "januar", "jänner", "gennaio"),
        ("february", "feb", "février", "fevrier", "febrero", "fevereiro", "februar", "febbraio"),
        ("march", "mar", "mars", "marzo", "março", "märz", "maerz"),
        ("april", "apr", "avril", "abril", "aprile"),
        ("may", "mai", "mayo", "maio", "maggio"),
        ("june", "jun", "juin", "junio", "junho", "juni", "giugno"),
        ("july", "jul", "juillet", "julio", "julho", "juli", "luglio"),
        ("august", "aug", "août", "aout", "agosto"),
        ("september", "sep", "sept", "septembre", "septiembre", "setiembre", "setembro"),
        ("october", "oct", "octobre", "octubre", "outubro", "oktober", "okt", "ottobre"),
        ("november", "nov", "novembre", "noviembre", "novembro"),
        ("december", "dec", "décembre", "decembre", "diciembre", "dezembro", "dezember", "dez"),
    ),
    1,
):
    for _name in _names:
        MONTHS[_name] = _number

RUSSIAN_MONTHS = (
    "января", "февраля", "марта", "апреля", "мая", "июня",
    "июля", "августа", "сентября", "октября", "ноября", "декабря",
)  # fmt: skip
"""The months as a Russian date writes them (the genitive: ``12 октября 2023 г.``)."""

THAI_MONTHS = (
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
)  # fmt: skip
"""The Thai months; a Thai date counts its years in the Buddhist Era (``2567`` = 2024)."""

THAI_SHORT_MONTHS = (
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
)  # fmt: skip

for _months in (RUSSIAN_MONTHS, THAI_MONTHS, THAI_SHORT_MONTHS):
    for _number, _name in enumerate(_months, 1):
        MONTHS[_name] = _number

THAI = frozenset((*THAI_MONTHS, *THAI_SHORT_MONTHS))

BUDDHIST_ERA = 543
"""Years between the Buddhist Era of Thai dates and the Common Era."""

MONTH = (
    "(?i:" + "|".join(regex.escape(name) for name in sorted(MONTHS, key=len, reverse=True)) + ")"
)
WEEKDAY = r"(?i:mon|tues|wednes|thurs|fri|satur|sun)day"
SHORT_WEEKDAY = r"(?i:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?)"
_ORD = r"(?i:st|nd|rd|th)?"
_HAN_DIGIT = "〇零○一二三四五六七八九"
_HAN = _HAN_DIGIT + "十"

DATE_BODY = rf"""
    (?:(?:{WEEKDAY}|{SHORT_WEEKDAY}),?[ ]+)?
    (?:
        (?i:the[ ]+|le[ ]+|den[ ]+)?(?P<d1>\d{{1,2}})(?:{_ORD}|(?i:er|º|°)|\.)[ ]+(?i:day[ ]+)?
        (?i:(?:of|de)[ ]+)?(?P<m1>{MONTH})\.?,?[ ]+(?i:del?[ ]+)?(?:พ\.[ ]?ศ\.[ ]*)?
        (?P<y1>\d{{4}})(?:[ ]?(?:г\.|года))?
      | (?P<m2>{MONTH})\.?[ ]+(?P<d2>\d{{1,2}}){_ORD},?[ ]+(?P<y2>\d{{4}})
      | (?P<y3>\d{{4}})-(?P<m3>\d{{1,2}})-(?P<d3>\d{{1,2}})
      | (?P<a4>\d{{1,2}})(?P<sep4>[./])(?P<b4>\d{{1,2}})(?P=sep4)(?P<y4>\d{{4}})
      | (?P<m5>{MONTH})\.?,?[ ]+(?P<y5>\d{{4}})
      | (?P<y6>\d{{4}})[ ]?年[ ]?(?P<m6>\d{{1,2}})[ ]?月[ ]?(?P<d6>\d{{1,2}})[ ]?[日号]
      | (?P<y7>[{_HAN_DIGIT}]{{4}})年(?P<m7>[{_HAN}]{{1,2}})月(?P<d7>[{_HAN}]{{1,3}})[日号]
    )
"""
"""One date expression, for a VERBOSE pattern: ``1 March 2024``, ``March 1st, 2024``,
``2024-03-01``, ``01/03/2024``, ``March 2024``, ``Fri, 01 Aug 2003``, ``12 октября
2023 г.``, ``๑๕ มีนาคม ๒๕๖๖``, ``2017年3月22日``, ``二〇一七年三月二十二日``."""

_HAN_VALUES = {char: value for value, char in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0}


def han_number(text: str) -> int:
    """A number in Chinese numerals: a year digit by digit (``二〇一七``), a month or day
    with ``十`` for ten (``十二`` 12, ``二十二`` 22, ``三十`` 30)."""
    if "十" not in text:
        return int("".join(str(_HAN_VALUES.get(char, 0)) for char in text))
    tens, _, units = text.partition("十")
    if len(tens) > 1 or len(units) > 1:
        return 0  # no number: the date is no day of the calendar
    return (_HAN_VALUES.get(tens, 0) if tens else 1) * 10 + _HAN_VALUES.get(units, 0)
