"""The words of Burmese letters: Myanmar-script alternatives of the vocabulary patterns.

Each ``*_SOURCE`` is pattern source written to be safe inside a VERBOSE pattern
(spaces as ``[ ]``, no comments); :func:`with_burmese` joins it to an English pattern
of :mod:`letterparse.vocabulary` as one more alternative, so every recogniser and field
reader sees one pattern. Group names repeat the English ones (``date``, ``place``,
``label``, ``text``, ``rest``) so the readers need no change; Burmese-only values have
their own groups (``my_year``, ``my_month``, ``my_day``, ``addressee``).

Character classes are ``\\p{L}\\p{M}\\p{N}``: Python's ``\\w`` (module ``re``) splits
Burmese words at their vowel signs.

>>> from letterparse.vocabulary import DATE, SUBJECT
>>> DATE.match("ရက်စွဲ။ ။ ၂၀၂၄ ခုနှစ်၊ မတ်လ ၁ ရက်").group("my_year", "my_month", "my_day")
('၂၀၂၄', 'မတ်', '၁')
>>> SUBJECT.match("အကြောင်းအရာ ။ ။ စစ်မှုထမ်းခြင်း").group("label", "text")
('အကြောင်းအရာ ။ ။', 'စစ်မှုထမ်းခြင်း')
"""

from __future__ import annotations

import regex

MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("ဇန်နဝါရီ", "ဇန္နဝါရီ"),
        ("ဖေဖော်ဝါရီ", "ဖေဖေါ်ဝါရီ"),
        ("မတ်",),
        ("ဧပြီ",),
        ("မေ",),
        ("ဇွန်",),
        ("ဇူလိုင်",),
        ("ဩဂုတ်", "သြဂုတ်", "ဪဂုတ်"),
        ("စက်တင်ဘာ",),
        ("အောက်တိုဘာ",),
        ("နိုဝင်ဘာ", "နို၀င်ဘာ"),
        ("ဒီဇင်ဘာ",),
    ),
    1,
):
    for _name in _names:
        MONTHS[_name] = _number
"""The months of the Gregorian calendar as Burmese writes them, with common variant
spellings (``ဇန္နဝါရီ``, ``သြဂုတ်``, ``နို၀င်ဘာ`` with a zero for ``ဝ``)."""

_HAS_MYANMAR = r"(?=[^\u1000-\u109F]*+[\u1000-\u109F])"
"""A guard in front of an alternative that scans ahead: one fast pass over the line
fails it at once when the line has no Myanmar character."""

_MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
_SEP = r"[ ]*[၊,]?[ ]*"
_DAY = r"(?:(?P<my_day>\p{Nd}{1,2})|[(](?P<my_day>\p{Nd}{1,2})[)])[ ]*ရက်(?:[ ]*နေ့)?"
_YEAR = r"(?P<my_year>\p{Nd}{4})"

DATE_SOURCE = (
    _HAS_MYANMAR
    + r"(?:ရက်စွဲ[ ]*(?:[။၊:][ ]*)*)?"
    + r"(?:(?P<place>\p{L}[\p{L}\p{M}]*(?:[ ]\p{L}[\p{L}\p{M}]*){0,2})[ ]*[၊,][ ]*)?"
    + r"(?P<date>"
    + rf"{_YEAR}[ ]*ခုနှစ်{_SEP}(?P<my_month>{_MONTH})[ ]*လ?(?:{_SEP}{_DAY})?"
    + rf"|{_DAY}{_SEP}(?P<my_month>{_MONTH})[ ]*လ?{_SEP}{_YEAR}(?:[ ]*ခုနှစ်)?"
    + rf"|(?P<my_month>{_MONTH})[ ]*လ?[ ]*{_DAY}{_SEP}{_YEAR}(?:[ ]*ခုနှစ်)?"
    + r")[ ]*[။.]?[ ]*$"
)
"""A Burmese dateline, year first or day first, with the label ``ရက်စွဲ`` and a place:
``၂၀၂၄ ခုနှစ်၊ မတ်လ ၁ ရက်``, ``၁ ရက် မတ်လ ၂၀၂၄``, ``ရက်စွဲ။ ။ ၂၀၂၄ ခုနှစ် မတ်လ``,
``ရန်ကုန်၊ ၂၀၂၄ ခုနှစ် မတ်လ ၁ ရက်နေ့``, ``၂၀၂၄ ခုနှစ် မတ်လ (၁) ရက်``; Myanmar or ASCII
digits."""

SUBJECT_SOURCE = (
    r"(?P<label>အကြောင်းအရာ[ ]*(?:[။:]|[-–—](?=[ ]))(?:[ ]*[။:])*)[ ]*(?P<text>.*?)[ ]*$"
)
"""The subject label ``အကြောင်းအရာ`` in its spacing variants: ``အကြောင်းအရာ။ ။ …``,
``အကြောင်းအရာ ။ ။ …``, ``အကြောင်းအရာ - …``, ``အကြောင်းအရာ: …``."""

RECIPIENT_SOURCE = (
    r"(?P<label>သို့)[ ]*[။၊:]?[ ]*$|"
    + _HAS_MYANMAR
    + r"(?P<addressee>[^။]{1,150}?)[ ]*(?P<label>သို့)[ ]*[။၊]?[ ]*$"
    + r"|(?P<label>မိတ္တူ(?:ကို)?)[ ]*(?:[:။–—-][ ]*)*"
    + r"|(?P<label>To)(?=[ ]+\p{Script=Myanmar})[ ]*"
)
"""An addressee line ending ``… သို့`` ("to"), ``သို့`` alone above the address,
``မိတ္တူ -`` (copy to), and ``To`` before a Burmese name."""

PERSONAL_TITLE_SOURCE = r"(?:ဦး|ဒေါ်|ဒေါက်တာ|ပါမောက္ခ)"
"""A Burmese title before a person's name: ``ဦး`` (U), ``ဒေါ်`` (Daw), ``ဒေါက်တာ`` (Dr),
``ပါမောက္ခ`` (Professor)."""

HONORIFIC_SOURCE = (
    PERSONAL_TITLE_SOURCE + r"|(?:ဒုဥက္ကဋ္ဌ|ဥက္ကဋ္ဌ|အတွင်းရေးမှူးချုပ်|ဝန်ကြီး|သံအမတ်ကြီး|လေးစားအပ်ပါသော)"
)
"""The start of a Burmese addressee: a personal title, or an office: ``ဥက္ကဋ္ဌ`` (chair),
``အတွင်းရေးမှူးချုပ်`` (secretary-general), ``ဝန်ကြီး`` (minister), ``သံအမတ်ကြီး``
(ambassador), or ``လေးစားအပ်ပါသော`` (respected)."""

POSTAL_SOURCE = (
    _HAS_MYANMAR
    + r"[^။]{0,80}?(?:မြို့နယ်|မြို့|ရပ်ကွက်|လမ်း|တိုင်းဒေသကြီး|ပြည်နယ်)[ ]*[။၊.]?$"
    + r"|(?:အမှတ်|တိုက်အမှတ်)[ ]*[(]?\p{Nd}"
)
"""A Burmese address line: one ending in a town (``မြို့``), township, ward, street,
region or state, or starting with a number (``အမှတ် ၁၂၃``)."""

SALUTATION_SOURCE = (
    r"(?:(?:ချစ်ခင်[ ]*)?လေးစား(?:အပ်|ရ)ပါသော|ချစ်ခင်ရပါသော)[^။]{0,150}?[ ]*[,၊:]?$"
    r"|မင်္ဂလာပါ[^။]{0,60}?[ ]*[,၊:!]?$"
)
"""A Burmese salutation: ``လေးစားအပ်ပါသော ဥက္ကဋ္ဌ ခင်ဗျား`` (respected chair),
``ချစ်ခင်ရပါသော …`` (dear …), ``မင်္ဂလာပါ`` (greetings)."""

CLOSING_SOURCE = r"(?:လေးစားစွာ(?:ဖြင့်)?|ကျေးဇူးတင်လျက်|ကျေးဇူး(?:အထူး)?တင်ပါသည်)[ ]*[,၊။!]?$"
"""A Burmese complimentary close: ``လေးစားစွာဖြင့်`` (with respect), ``လေးစားစွာ``,
``ကျေးဇူးတင်လျက်`` (with thanks), ``ကျေးဇူးတင်ပါသည်`` (thank you)."""

CONTACTS_HEADING_SOURCE = _HAS_MYANMAR + r"[^။:]{0,80}?ဆက်သွယ်(?:ရန်|နိုင်ပါသည်)(?P<rest>)[ ]*[:။–—-]?[ ]*$"
"""A heading above contact entries: ``ဆက်သွယ်ရန်`` (to contact), ``ထပ်မံသိရှိလိုပါက
ဆက်သွယ်ရန်`` (for more information, contact)."""

SIGNING_SOURCE = (
    r"(?:ပူးတွဲ[ ]*)?(?:လက်မှတ်ရေးထိုး|ထုတ်ပြန်)(?:သူ|သည့်[ ]*အဖွဲ့အစည်း|သော[ ]*အဖွဲ့အစည်း)များ"
    + r"(?:[ ]*စာရင်း)?"
    + r"(?P<rest>)[ ]*[:။–—-]?[ ]*$|"
    + _HAS_MYANMAR
    + r"[^။]{0,300}?လက်မှတ်ရေးထိုး(?:ကြ)?(?:ပါ)?သည်(?P<rest>.*)$"
)
"""The heading or statement above Burmese signatories: ``လက်မှတ်ရေးထိုးသူများ``
(signatories), ``လက်မှတ်ရေးထိုးသည့် အဖွဲ့အစည်းများ`` (signing organisations),
``ပူးတွဲထုတ်ပြန်သည့် အဖွဲ့အစည်းများ`` (organisations issuing it jointly), and a first
sentence ending ``… လက်မှတ်ရေးထိုးပါသည်`` (… signed)."""

PAGE_ARTIFACT_SOURCE = r"စာမျက်နှာ[ ]*\p{Nd}{1,4}(?:[ ]*/[ ]*\p{Nd}{1,4})?$"
"""A Burmese page number: ``စာမျက်နှာ ၂`` (page 2)."""

ORGANIZATION_WORDS_SOURCE = r"အဖွဲ့အစည်း|ကွန်ရက်|သမဂ္ဂ|ကော်မတီ"
"""Words that make a list one of organisations: organisation, network, union, committee."""

INDIVIDUAL_WORDS_SOURCE = r"ပုဂ္ဂိုလ်|တစ်ဦးချင်း"
"""Words that make a list one of individuals: person, individual."""


def with_burmese(source: str, burmese: str, flags: int = 0) -> regex.Pattern[str]:
    """The pattern ``source`` with the Burmese source ``burmese`` as one more alternative,
    compiled once, with ``flags`` for both (so ``source`` must scope its inline flags,
    ``(?i:…)``)."""
    return regex.compile(f"(?:{source})|(?:{burmese})", flags)
