"""The grammar of a letter: which part may follow which, as data the decoder obeys.

A letter runs through *phases* in order, and never goes back: page chrome and
prefaces (``top``); the opening parts in any order (``opening``: recipients, date,
subject); the salutation; what may stand between the salutation and the body (a
subject, a date); the body; the complimentary close; what follows it (the signer,
contacts, the signing statement, the signatories, a late date or ``cc:``); and the
page's chrome below the letter (``trailer``). Every part is optional. Notes and page
artefacts interrupt any phase and return to it. A salutation may also stand in the
body: a bilingual letter greets again before its translation.

A *state* is a kind in a phase; the decoder labels each line with one state, and the
grammar is hard: no weight can make the decoder take an edge it does not allow.

>>> [STATES[i] for i in STATES_OF["date"]]
[('date', 1), ('date', 3), ('date', 4), ('date', 6)]
>>> allowed(STATE["salutation", 2], STATE["paragraph", 4])
True
>>> allowed(STATE["paragraph", 4], STATE["salutation", 2])
False
"""

from __future__ import annotations

from typing import get_args

from ..model import BlockKind

PHASES = ("top", "opening", "salutation", "after_salutation", "body", "closing", "end", "trailer")
"""The phases of a letter, in the order they come."""

TOP, OPENING, SALUTATION, AFTER_SALUTATION, BODY, CLOSING, END, TRAILER = range(len(PHASES))

KINDS: tuple[BlockKind, ...] = tuple(kind for kind in get_args(BlockKind) if kind != "unclassified")
"""The kinds the decoder chooses from: every layout kind but ``unclassified``."""

KIND: dict[str, int] = {kind: index for index, kind in enumerate(KINDS)}

PHASES_OF: dict[BlockKind, tuple[int, ...]] = {
    "header": (TOP, OPENING),
    "recipients": (OPENING, END),
    "date": (OPENING, AFTER_SALUTATION, BODY, END),
    "subject": (OPENING, AFTER_SALUTATION),
    "salutation": (SALUTATION, BODY),
    "paragraph": (BODY,),
    "list_item": (BODY,),
    "heading": (BODY,),
    "closing": (CLOSING,),
    "contacts": (OPENING, BODY, END),
    "signing": (OPENING, END),
    "signatory_group": (END,),
    "signatories": (OPENING, END),
    "trailer": (TRAILER,),
    "notes": (OPENING, SALUTATION, AFTER_SALUTATION, BODY, CLOSING, END, TRAILER),
    "page_artifact": tuple(range(len(PHASES))),
}
"""The phases in which each kind may stand. ``notes`` and ``page_artifact`` interrupt
every phase (a note before the letter is part of its header)."""

INTERRUPTIONS = frozenset({"notes", "page_artifact"})
"""Kinds that stand inside a phase without moving it on."""

STATES: tuple[tuple[BlockKind, int], ...] = tuple(
    (kind, phase) for kind in KINDS for phase in PHASES_OF[kind]
)
"""Every (kind, phase) the decoder can label a line with."""

STATE = {state: index for index, state in enumerate(STATES)}

STATES_OF: dict[BlockKind, tuple[int, ...]] = {
    kind: tuple(index for index, (k, _) in enumerate(STATES) if k == kind) for kind in KINDS
}
"""The states of each kind, in phase order."""

STATE_KIND = tuple(KIND[kind] for kind, _ in STATES)
STATE_PHASE = tuple(phase for _, phase in STATES)


def allowed(before: int, after: int) -> bool:
    """Whether the line after a line in state ``before`` may be in state ``after``: the
    phase never goes back."""
    return STATE_PHASE[after] >= STATE_PHASE[before]


PREDECESSORS: tuple[tuple[int, ...], ...] = tuple(
    tuple(before for before in range(len(STATES)) if allowed(before, after))
    for after in range(len(STATES))
)
"""For each state, the states the line before it may be in."""
