"""Zawgyi: the legacy font encoding that reuses Myanmar code points with other meanings.

Zawgyi text is valid Unicode that reads wrong, so it can only be told apart by
likelihood. The detector is Google's ``myanmartools`` (a Markov model of Zawgyi and
Unicode Burmese); the converter is ``paraencoder``'s ordered rules, which of the
converters on PyPI gave back real names and news text most faithfully.

A reading is one of three verdicts:

- ``zawgyi``: the detector is confident (probability >= :data:`CONFIDENT`) and the
  conversion changes the text; the value is the converted, NFC text.
- ``suspected``: the detector leans to Zawgyi (>= :data:`SUSPECT`) and the text is not
  well-formed Unicode Burmese, or it is confident but the text is well-formed Unicode
  that the conversion would break. The text is kept as written.
- ``unicode``: everything else. Unicode text is never converted.

>>> reading = read("ျမန္မာ")
>>> reading.text, reading.verdict
('မြန်မာ', 'zawgyi')
>>> read("မြန်မာ").verdict
'unicode'
"""

from __future__ import annotations

import unicodedata
import warnings
from collections.abc import Callable, Sequence
from functools import lru_cache
from math import exp, inf, isnan
from typing import Literal, NamedTuple

from .script import has_myanmar, is_well_formed

CONFIDENT = 0.95
"""From this probability on, text is read as Zawgyi and converted: myanmar-tools' threshold
for automatic conversion (fewer than 1% of Unicode strings above it)."""

SUSPECT = 0.05
"""From this probability on, text that is not well-formed Unicode Burmese is flagged for a
person to check: myanmar-tools' threshold for review (fewer than 1% of Zawgyi below it)."""

Verdict = Literal["unicode", "zawgyi", "suspected"]


class Reading(NamedTuple):
    """What a piece of text reads as."""

    text: str
    """The value: the converted text for ``zawgyi``, else the text as given."""
    verdict: Verdict
    probability: float
    """The detector's probability that the text is Zawgyi (-inf when it has no Myanmar)."""


def read(text: str) -> Reading:
    """Detect Zawgyi in ``text`` and convert it when the detector is confident."""
    if not has_myanmar(text):
        return Reading(text, "unicode", -inf)
    probability = zawgyi_probability(text)
    if probability < SUSPECT:
        return Reading(text, "unicode", probability)
    converted = to_unicode(text)
    if converted == text:
        return Reading(text, "unicode", probability)
    well_formed = is_well_formed(text)
    if probability >= CONFIDENT and (not well_formed or is_well_formed(converted)):
        return Reading(converted, "zawgyi", probability)
    if probability >= CONFIDENT or not well_formed:
        return Reading(text, "suspected", probability)
    return Reading(text, "unicode", probability)


def zawgyi_probability(text: str) -> float:
    """The probability that ``text`` is Zawgyi rather than Unicode, as myanmartools'
    ``ZawgyiDetector.get_zawgyi_probability`` gives it (-inf for no Myanmar text)."""
    return _detector()(text)


def to_unicode(text: str) -> str:
    """``text`` converted from Zawgyi to Unicode, in canonical (NFC) order.

    Call it only on text read as Zawgyi: converting Unicode text garbles it.
    """
    convert = _converter()
    text = text.replace(_UNICODE_TONE_ASAT, _ZAWGYI_TONE_ASAT)
    return unicodedata.normalize("NFC", convert(text, force=True))


_UNICODE_TONE_ASAT = "\u1037\u103a"
"""Dot below and a Unicode asat: a Unicode ``့်`` left in Zawgyi text (some Unicode to
Zawgyi converters leave it), which Zawgyi itself never writes (there U+103A is the
medial ya, typed before the tone)."""

_ZAWGYI_TONE_ASAT = "\u1037\u1039"


@lru_cache(maxsize=1)
def _converter() -> Callable[..., str]:
    from para.convert import zg_to_unicode  # noqa: PLC0415 (only once Myanmar text is met)

    converter: Callable[..., str] = zg_to_unicode
    return converter


@lru_cache(maxsize=1)
def _detector() -> Callable[[str], float]:
    """The detector, loaded at the first Myanmar text: a single-pass scorer over
    myanmartools' own model, checked against its public method, else that method."""
    from myanmartools import ZawgyiDetector  # noqa: PLC0415 (only once Myanmar text is met)

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # its importlib.resources call
        detector = ZawgyiDetector()
    public: Callable[[str], float] = detector.get_zawgyi_probability
    try:
        fast = _Scorer(detector._chars, detector._params)
    except (AttributeError, TypeError, ValueError):
        return public
    probes = ("ျမန္မာ", "မြန်မာ", "CDM ရန်ကုန်", "ascii", "", "ၶူးႁိုၼ်")
    if all(fast(probe) == public(probe) for probe in probes):
        return fast
    return public


class _Scorer:
    """myanmartools' log-likelihood sum in one pass with a dictionary of states.

    Its model gives a log-likelihood ratio for each pair of consecutive characters
    (state 0 for characters outside the model, also before the first and after the
    last); the pair of two outside characters has none (NaN).
    """

    __slots__ = ("_params", "_size", "_states")

    def __init__(self, chars: str, params: Sequence[float]) -> None:
        self._states = {char: index for index, char in enumerate(chars, 1)}
        self._size = len(chars) + 1
        if len(params) != self._size * self._size or not isnan(params[0]):
            raise ValueError("unexpected model layout")
        self._params: Sequence[float] = params

    def __call__(self, text: str) -> float:
        states = self._states.get
        params = self._params
        size = self._size
        total = 0.0
        counted = False
        previous = 0
        for char in text:
            state = states(char, 0)
            if previous or state:
                total += params[previous * size + state]
                counted = True
            previous = state
        if previous:
            total += params[previous * size]
            counted = True
        if not counted:
            return -inf
        if total >= 0:
            odds = exp(-total)
            return odds / (odds + 1)
        return 1 / (1 + exp(total))
