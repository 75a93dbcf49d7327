"""Burmese as a first-class script: Zawgyi, Myanmar digits, Burmese-language letters.

- :mod:`.script` — the cheap first check for Myanmar text, syllables, well-formed Burmese.
- :mod:`.zawgyi` — detection (myanmartools) and conversion (paraencoder) of Zawgyi.
- :mod:`.lines` — the pass over line records that gives values Unicode text.
- :mod:`.order` — a comparison key in Unicode Technical Note #11 storage order.
- :mod:`.words` — the Burmese alternatives of the vocabulary patterns.

Myanmar digits need nothing of their own: the patterns use ``\\p{Nd}`` (or ``regex``'s
Unicode ``\\d``) and ``int()`` reads ``၁၂၃``. The readers of Burmese dates and counts
are in :mod:`letterparse.fields.myanmar`.
"""
