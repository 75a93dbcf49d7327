"""Read fixture letters with the kinds their writers gave each line, not the decoder's.

    python scripts/oracle.py [NAME ...]     # every fixture with a .kinds and .expect.json

This measures the field readers apart from the sections stage: each letter's lines are
grouped into blocks from its ``<case>.kinds`` file, read into a letter, and compared
with its ``<case>.expect.json`` field by field. A field that differs here is the field
readers' to fix; one that differs only in a plain parse is the decoder's.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from letterparse.decode import decode_bytes
from letterparse.lines import split_lines
from letterparse.model import Letter
from letterparse.myanmar.lines import read_lines
from letterparse.parse import assemble
from letterparse.sections.blocks import group
from letterparse.sections.context import wrap_width

ROOT = Path(__file__).resolve().parent.parent / "fixtures" / "letters"


def oracle_letter(path: Path) -> Letter:
    """The letter at ``path`` read from the blocks its ``.kinds`` file gives."""
    decoded = decode_bytes(path.read_bytes())
    lines, warnings = read_lines(split_lines(decoded.text))
    rows = path.with_suffix(".kinds").read_text(encoding="utf-8").splitlines()
    kinds: list[Any] = [row.split("\t", 1)[0] for row in rows if row]
    blocks = group(lines, kinds, wrap_width=wrap_width(lines))
    return assemble(decoded, lines, blocks, warnings, path=str(path))


def readings(letter: Letter) -> dict[str, Any]:
    """The letter in the shape of an expect file."""
    return {
        "recipients": [{"role": r.role, "name": r.name} for r in letter.recipients],
        "sender": None
        if letter.sender is None
        else {"name": letter.sender.name, "kind": letter.sender.kind},
        "date_iso": letter.date.iso if letter.date else None,
        "subject_text": letter.subject.text if letter.subject else None,
        "salutation": letter.salutation.text if letter.salutation else None,
        "paragraph_count": len(letter.body),
        "first_paragraph_starts": letter.body[0].text if letter.body else None,
        "closing": letter.closing.text if letter.closing else None,
        "contacts": [{"name": c.name, "email": c.email} for c in letter.contacts],
        "declared_total": letter.signing.declared_total if letter.signing else None,
        "declared_undisclosed": letter.signing.declared_undisclosed if letter.signing else None,
        "signatories": [entry(s) for s in letter.signatories],
    }


def entry(signatory: Any) -> dict[str, Any]:
    name = signatory.name
    if signatory.affiliation:
        name = f"{name}, {signatory.affiliation}"
    return {
        "number": signatory.number,
        "name": name,
        "kind": signatory.kind,
        "acronym": signatory.acronym,
        "group": signatory.group,
        "members": [entry(m) for m in signatory.members],
    }


def differences(want: dict[str, Any], got: dict[str, Any]) -> list[str]:
    out = []
    for key, value in want.items():
        have = got.get(key)
        if key == "first_paragraph_starts":
            same = value is None or (have or "").startswith(value[:40])
        elif key == "signatories":
            same = _entries_same(value, have)
        else:
            same = have == value
        if not same:
            out.append(f"{key}: got {_short(have)} want {_short(value)}")
    return out


def _entries_same(want: list[dict[str, Any]], got: list[dict[str, Any]]) -> bool:
    if len(want) != len(got):
        return False
    for w, g in zip(want, got, strict=True):
        for key in ("number", "name", "acronym", "group"):
            if key in w and w[key] != g[key] and not (key == "name" and _loose(w[key], g[key])):
                return False
        if not _entries_same(w.get("members", []), g["members"]):
            return False
    return True


def _loose(want: str, got: str) -> bool:
    return " ".join(want.replace(",", " ").split()) == " ".join(got.replace(",", " ").split())


def _short(value: Any) -> str:
    if isinstance(value, list) and len(value) > 3:
        return f"[{len(value)} items: {json.dumps(value[:2], ensure_ascii=False)[:160]} …]"
    return json.dumps(value, ensure_ascii=False)[:300]


def main(argv: list[str]) -> int:
    cases = sorted(p for p in ROOT.rglob("*.kinds") if p.with_suffix(".expect.json").exists())
    total = right = 0
    for kinds in cases:
        path = kinds.with_suffix(".txt")
        if argv and not any(name in str(path) for name in argv):
            continue
        want = json.loads(path.with_suffix(".expect.json").read_text(encoding="utf-8"))
        diffs = differences(want, readings(oracle_letter(path)))
        total += len(want)
        right += len(want) - len(diffs)
        print(f"{path.relative_to(ROOT)}: {len(want) - len(diffs)}/{len(want)}")
        for diff in diffs:
            print("   ", diff)
    print(f"fields right: {right}/{total}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
