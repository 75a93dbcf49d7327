"""Hypothesis strategies for hostile text: what a disk or a web page can hand the parser.

A hostile letter is a sequence of lines; each line has some leading whitespace, maybe
a list marker, and a content built from random code points (controls, NUL, lone
surrogates, RTL marks, combining marks, emoji) mixed with the words letters are made
of, so that every recogniser gets a chance to fire. A line can be very long, deeply
indented, or hold huge numbers; lines are joined with any line end.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

HOSTILE_SETTINGS = settings(
    deadline=None,
    max_examples=int(os.environ.get("LETTERPARSE_FUZZ_EXAMPLES", "40")),
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
    ],
)
"""Moderate by default so the suite stays fast; ``LETTERPARSE_FUZZ_EXAMPLES=5000 pytest
tests/test_hostile.py`` runs a long fuzzing session."""

ATOMS = (
    "\x00",
    "\x01",
    "\x1b",
    "\x7f",
    "\x85",
    "\x0b",
    "\x0c",
    "\x1c",
    "\ud800",
    "\udfff",
    "\udc80",
    "\u200b",
    "\u200e",
    "\u200f",
    "\u202e",
    "\u2066",
    "\u2028",
    "\u2029",
    "\ufeff",
    "\ufffd",
    "\u0301",
    "\u0300\u0301\u0302",
    "\u1039",
    "\u103a",
    "မြန်မာ",
    "၁၂၃",
    "\u0663",
    "🎉",
    "👩\u200d👩\u200d👧",
    "🇲🇲",
    "\xa0",
    "\u3000",
    "\t",
    " ",
    "(",
    ")",
    "((",
    "[",
    "](",
    "<",
    ">",
    "@",
    ".",
    ",",
    ":",
    ";",
    "-",
    "–",
    "*",
    "**",
    "_",
    "#",
    "/",
    "http://",
    "https://x.org/",
    "www.",
    "mailto:",
    "a@b.co",
    "(ACBES)",
    "(NZ)",
    "[text](#)",
    "<https://example.org>",
    "Signed by ",
    "signed by 397 organizations, including 94 not to disclose",
    "1,000,000 organisations",
    "Re: ",
    "Subject:",
    "Dear ",
    "To ",
    "To: ",
    "CC: ",
    "Attn:",
    "H.E. Mr. ",
    "New York, NY 10017",
    "Your Excellencies,",
    "Sincerely,",
    "In solidarity",
    "For more information, please contact:",
    "Contact:",
    "Organisations:",
    "Individuals",
    "Signatories:",
    "The undersigned",
    "Page 2 of 7",
    "- 2 -",
    "Share this",
    "1 March 2024",
    "March 1st, 2024",
    "2024-02-30",
    "31/02/2024",
    "01/03/2024",
    "00/05/2024",
    "13/00/2024",
    "Friday, ",
    "New York, ",
    "Dr. Jane Roe, Professor",
    "99999999999999999999999",
    "123456789",
    "0",
    "9" * 40,
    "Signed by \U000116d1\U000116d2 groups",
    "\U000116d1\U000116d2 March 2024",
    "\U000116d1\U000116d2/03/2024",
    "\U000116d1\U000116d2\U000116d1\U000116d2-03-01",
    "\U00011f51\U00011f50. ",
)
"""Pieces that are hostile on their own or that wake a recogniser up; among them digits
that the ``regex`` module's Unicode tables know and Python's may not (Pao ``𑛑``, Kawi
``𑽑``), which ``int()`` cannot read."""

MARKERS = (
    "1.",
    "1)",
    "(1)",
    "12 -",
    "a)",
    "(iv)",
    "-",
    "•",
    "*",
    "–",
    "o",
    "၁။",
    "(၁)",
    "999999999.",
    "99999999999999999999.",
    "0.",
    "(0)",
    "\U000116d1.",
    "1          \U000116d2.",
)
"""List markers, including numbers far larger than any list."""

NEWLINES = ("\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\n\x0c\n", "\n \n", "\n\t\n")

any_char = st.characters(exclude_categories=())
"""Any code point at all, lone surrogates and controls included."""

piece = st.one_of(
    st.sampled_from(ATOMS),
    st.text(any_char, min_size=1, max_size=8),
    st.text(st.sampled_from("aA1 .,(-"), min_size=1, max_size=12),
)

long_piece = st.builds(
    lambda atom, count: atom * count,
    st.sampled_from(
        ("a", "A ", "(", ")", "[", "@", "1", "1,000", " ", ".", "\u0301", "မ", "a@", ",000", "www.")
    ),
    st.integers(min_value=100, max_value=5_000),
)
"""A long run of one piece: a very long line, thousands of parentheses, a huge number."""

indent = st.one_of(
    st.just(""),
    st.sampled_from((" ", "  ", "    ", "\t", "\xa0", "\u3000", " \t ")),
    st.integers(min_value=0, max_value=400).map(lambda width: " " * width),
)

marker = st.one_of(st.just(""), st.sampled_from(MARKERS).map(lambda mark: mark + " "))

content = st.lists(st.one_of(piece, piece, piece, long_piece), min_size=0, max_size=8).map("".join)

line = st.builds(lambda lead, mark, body: lead + mark + body, indent, marker, content)

hostile_text = st.builds(
    lambda lines, ends: "".join(text + ends[index % len(ends)] for index, text in enumerate(lines)),
    st.lists(line, min_size=1, max_size=20),
    st.lists(st.sampled_from(NEWLINES), min_size=1, max_size=4),
)
"""Text of hostile lines joined by any mix of line ends."""


@st.composite
def hostile_letter(draw: st.DrawFn, reference: str) -> str:
    """The reference letter with hostile lines spliced in at random places, so that
    every state of the segmenter (opening, body, signatories) meets them."""
    lines = reference.split("\n")
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        where = draw(st.integers(min_value=0, max_value=len(lines)))
        lines.insert(where, draw(line))
    return "\n".join(lines)


@st.composite
def hostile_signatory_list(draw: st.DrawFn) -> str:
    """A signatory list whose indentation wanders and keeps growing, as deep as it likes."""
    steps = draw(st.lists(st.integers(min_value=-2, max_value=4), min_size=1, max_size=300))
    entries: list[str] = []
    depth = 0
    for step in steps:
        depth = max(0, depth + step)
        entries.append(" " * depth + draw(marker) + draw(st.sampled_from(("A", "Group (GR)", "-"))))
    return "Dear Members,\n\nWe write to you.\n\nSigned by:\n\n" + "\n".join(entries) + "\n"


@st.composite
def truncated_bytes(draw: st.DrawFn, text: st.SearchStrategy[str]) -> bytes:
    """A text encoded as a file might hold it, then cut anywhere: mid-character, mid-line."""
    source = draw(text)
    encoding = draw(st.sampled_from(("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252")))
    data = source.encode(encoding, errors="surrogatepass" if "utf" in encoding else "replace")
    cut = draw(st.integers(min_value=0, max_value=len(data)))
    return data[:cut]
