"""HTML: a self-contained review page for a person checking an import.

The page shows the letter's text line by line, each layout block coloured by its
kind and labelled, each warning under its line, and beside it the signatory tree
with its counts (listed, declared, undisclosed). When the decoder reads the sections
(``LETTERPARSE_SECTIONS=decoder``), each block also says why: its kind over the runner-up
by a margin, and the evidence that weighed most (as ``letterparse explain`` prints).
Nothing is loaded from elsewhere: the styles are inline, there is no script, and a
Content-Security-Policy forbids any. Everything that comes from the letter is escaped,
so markup in a letter (``<script>``, ``onerror=``, ``javascript:`` links) shows as
text; no link from the letter is made clickable.

The text is the letter's decoded text, which the spans index (for a PDF, web page,
e-mail or Word document, the text extracted from it): pass it to show the letter
(``letterparse parse --to html`` does). Without it the page shows the
blocks' kinds and lines only.

>>> from letterparse import parse
>>> text = "To the <b>Council</b>\\n\\nDear Members,\\n"
>>> page = to_html(parse(text), text)
>>> "To the &lt;b&gt;Council&lt;/b&gt;" in page and "<b>" not in page
True
"""

from __future__ import annotations

import html
from collections.abc import Iterator, Sequence

import regex

from .._version import __version__
from ..decode import LINE_END
from ..explain import verdicts
from ..model import Block, Letter, ParseWarning, Signatory
from ..sections import decoding
from ._args import letter_of
from .tei import title_of

KINDS: dict[str, str] = {
    "header": "#e8e4f8",
    "recipients": "#dbeafe",
    "date": "#cffafe",
    "subject": "#fde68a",
    "salutation": "#d1fae5",
    "paragraph": "#f8fafc",
    "list_item": "#eef2ff",
    "heading": "#e0e7ff",
    "closing": "#d1fae5",
    "contacts": "#fce7f3",
    "signing": "#fed7aa",
    "signatory_group": "#fef3c7",
    "signatories": "#fefce8",
    "page_artifact": "#e5e7eb",
    "trailer": "#e5e7eb",
    "notes": "#f3f4f6",
    "unclassified": "#fecaca",
}
"""The background of each kind of block."""

_CONTROLS = regex.compile(r"[\x00-\x08\x0b-\x1f\x7f\ud800-\udfff]")

_STYLE = """
*{box-sizing:border-box}
body{margin:0;font:15px/1.45 system-ui,sans-serif;color:#1f2937;background:#fff}
header{padding:12px 20px;border-bottom:1px solid #d1d5db;background:#f9fafb}
h1{font-size:19px;margin:0 0 6px}
h2{font-size:16px;margin:0 0 8px}
h3{font-size:14px;margin:12px 0 4px}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:0;font-size:13px}
dl.facts dt{color:#6b7280}
dl.facts dd{margin:0;overflow-wrap:anywhere}
ul.legend{list-style:none;padding:0;margin:8px 0 0;display:flex;flex-wrap:wrap;gap:4px}
ul.legend li{font-size:12px;padding:1px 6px;border:1px solid #cbd5e1;border-radius:3px}
main{display:grid;grid-template-columns:minmax(0,3fr) minmax(280px,2fr);gap:16px;padding:16px 20px}
.text{font:13px/1.5 ui-monospace,Menlo,Consolas,monospace}
.block{position:relative;margin:2px 0;padding:2px 7.5em 2px 0;border-left:4px solid #94a3b8}
.block>.label{position:absolute;top:2px;right:4px;font:11px system-ui,sans-serif;
  background:#fff;border:1px solid #94a3b8;border-radius:3px;padding:0 4px;color:#334155}
.line{display:grid;grid-template-columns:4em 1fr}
.line .no{color:#9ca3af;text-align:right;padding-right:10px;user-select:none}
.line .tx{white-space:pre-wrap;overflow-wrap:anywhere}
.warning{margin:2px 0 4px 4em;padding:3px 8px;background:#fee2e2;border-left:4px solid #dc2626;
  font:13px system-ui,sans-serif}
.warning code{font-weight:600}
.note{color:#6b7280;font-style:italic}
.why{margin:0 0 2px 4em;font:11px system-ui,sans-serif;color:#475569}
ul.warnings{margin:2px 0;padding-left:1.2em;color:#b91c1c}
table.counts{border-collapse:collapse;margin-bottom:8px;font-size:13px}
table.counts th{text-align:left;font-weight:400;color:#6b7280;padding:1px 12px 1px 0}
table.counts td{text-align:right;font-variant-numeric:tabular-nums}
.ok{color:#15803d}.bad{color:#b91c1c;font-weight:600}
.tree ul{margin:0;padding-left:1.4em;font-size:13px;list-style:"– "}
.tree ul.entries{padding-left:0;list-style:none}
.tree li{margin:1px 0;overflow-wrap:anywhere}
.tree .n{color:#6b7280;font-variant-numeric:tabular-nums}
.tag{font-size:11px;border-radius:3px;padding:0 4px;margin-left:4px;background:#e5e7eb}
.tag.organization{background:#dbeafe}.tag.individual{background:#dcfce7}
.tree a{color:#6b7280;font-size:11px;margin-left:4px}
"""


def to_html(letter: Letter, text: str | None = None) -> str:
    """The review page of ``letter``; ``text`` is its decoded text (see the module doc).

    Raises ValueError when ``text`` is not the text the letter was parsed from, and
    TypeError when it is not text (bytes: decode them first).
    """
    letter = letter_of(letter, "to_html")
    if text is not None and not isinstance(text, str):
        raise TypeError(_not_text(text))
    if text is not None:
        text = text.removeprefix("\ufeff")
        if len(text) != letter.source.chars:
            raise ValueError(
                f"the text has {len(text)} characters but the letter was parsed from "
                f"{letter.source.chars}: pass the letter's own decoded text"
            )
    title = title_of(letter)
    return "".join(
        [
            '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n',
            '<meta http-equiv="Content-Security-Policy" '
            "content=\"default-src 'none'; style-src 'unsafe-inline'\">\n",
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
            f'<meta name="generator" content="letterparse {__version__}">\n',
            f"<title>Review: {esc(title)}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n",
            render_facts(letter, title),
            "<main>\n",
            render_text(letter, text),
            render_tree(letter),
            "</main>\n</body>\n</html>\n",
        ]
    )


def _not_text(value: object) -> str:
    if isinstance(value, bytes | bytearray):
        return (
            "to_html() takes the letter's decoded text (str), not bytes: "
            "data.decode(letter.source.encoding)"
        )
    return f"to_html() takes the letter's text (str) or None, not {type(value).__name__}"


def esc(value: object) -> str:
    """Text from the letter, safe in HTML text and quoted attributes; controls made visible
    as their Control Pictures (U+2400…, U+2421 for DEL); a lone surrogate becomes U+FFFD."""
    escaped = html.escape(str(value), quote=True)
    return _CONTROLS.sub(_control_picture, escaped)


def _control_picture(match: regex.Match[str]) -> str:
    char = match.group()
    if char == "\x7f":
        return "\u2421"
    if "\ud800" <= char <= "\udfff":
        return "\ufffd"
    return chr(0x2400 + ord(char))


# -- the header ----------------------------------------------------------------------


def render_facts(letter: Letter, title: str) -> str:
    """The page header: title, source, date, recipients, subject, and the legend."""
    facts: list[tuple[str, str]] = [
        ("source", letter.source.path or "(text)"),
        ("sha256", letter.source.sha256),
        ("encoding", f"{letter.source.encoding}, {letter.source.chars} characters"),
    ]
    if letter.source.format != "text":
        facts.append(("format", f"{letter.source.format}, text by {letter.source.extractor}"))
    if letter.date is not None:
        facts.append(("date", f"{letter.date.text} ({letter.date.iso or 'no ISO date'})"))
    for recipient in letter.recipients:
        facts.append((recipient.role, recipient.name))
    if letter.subject is not None:
        facts.append(("subject", letter.subject.text))
    rows = "".join(f"<dt>{esc(key)}</dt><dd>{esc(value)}</dd>" for key, value in facts)
    rows += f"<dt>warnings</dt><dd>{len(letter.warnings)}{render_warning_index(letter)}</dd>"
    used = dict.fromkeys(block.kind for block in letter.layout)
    legend = "".join(f'<li style="background:{KINDS[kind]}">{esc(kind)}</li>' for kind in used)
    return (
        f'<header>\n<h1>{esc(title)}</h1>\n<dl class="facts">{rows}</dl>\n'
        f'<ul class="legend" aria-label="block kinds">{legend}</ul>\n</header>\n'
    )


def render_warning_index(letter: Letter) -> str:
    """The warnings in a list, each linked to its line."""
    if not letter.warnings:
        return ""
    items = []
    for warning in letter.warnings:
        where = f'<a href="#L{warning.line}">line {warning.line}</a> ' if warning.line else ""
        items.append(f"<li>{where}<code>{esc(warning.code)}</code> {esc(warning.message)}</li>")
    return f'<ul class="warnings">{"".join(items)}</ul>'


# -- the text ------------------------------------------------------------------------


def render_text(letter: Letter, text: str | None) -> str:
    """The letter line by line, blocks coloured and labelled, warnings under their lines."""
    by_line: dict[int, list[ParseWarning]] = {}
    loose: list[ParseWarning] = []
    for warning in letter.warnings:
        if warning.line is None:
            loose.append(warning)
        else:
            by_line.setdefault(warning.line, []).append(warning)
    lines = LINE_END.split(text) if text is not None else None
    if lines is not None:
        loose.extend(w for n, ws in by_line.items() if n > len(lines) for w in ws)
    why = verdicts(text) if text is not None and decoding() else {}
    parts = ['<section class="text" aria-label="letter text">\n<h2>Text</h2>\n']
    parts.extend(render_warning(warning) for warning in loose)
    if lines is None:
        parts.append('<p class="note">The letter\'s text was not given: only its blocks show.</p>')
        parts.extend(render_block(block, None, by_line) for block in letter.layout)
    else:
        parts.extend(_render_lines(letter.layout, lines, by_line, why))
    parts.append("</section>\n")
    return "".join(parts)


def _render_lines(
    layout: Sequence[Block],
    lines: Sequence[str],
    warnings: dict[int, list[ParseWarning]],
    why: dict[int, str],
) -> Iterator[str]:
    number = 1
    for block in layout:
        if block.span.line < number:  # a block that shares a line with the one before
            continue
        while number < block.span.line:
            yield render_line(number, lines[number - 1], warnings)
            number += 1
        yield render_block(block, lines, warnings, why.get(block.span.line))
        number = block.span.end_line + 1
    while number <= len(lines):
        yield render_line(number, lines[number - 1], warnings)
        number += 1


def render_block(
    block: Block,
    lines: Sequence[str] | None,
    warnings: dict[int, list[ParseWarning]],
    why: str | None = None,
) -> str:
    """A block: its label, its lines (or their numbers, without the text), and ``why``
    the decoder read it so (:func:`letterparse.explain.verdict`)."""
    first, last = block.span.line, block.span.end_line
    if lines is None:
        where = f"line {first}" if first == last else f"lines {first}–{last}"
        body = f'<div class="line"><span class="no"></span><span class="tx">{where}</span></div>'
        body += "".join(
            render_warning(w) for n in range(first, last + 1) for w in warnings.get(n, [])
        )
    else:
        body = "".join(render_line(n, lines[n - 1], warnings) for n in range(first, last + 1))
    color = KINDS.get(block.kind, "#fff")
    reason = f'<div class="why">{esc(why)}</div>' if why is not None else ""
    return (
        f'<div class="block" data-kind="{esc(block.kind)}" style="background:{color}">'
        f'<span class="label">{esc(block.kind)}</span>\n{body}{reason}</div>\n'
    )


def render_line(number: int, line: str, warnings: dict[int, list[ParseWarning]]) -> str:
    """One line with its number (an anchor, ``#L12``), then the warnings about it."""
    shown = (
        f'<div class="line" id="L{number}"><span class="no">{number}</span>'
        f'<span class="tx">{esc(line)}</span></div>\n'
    )
    return shown + "".join(render_warning(warning) for warning in warnings.get(number, []))


def render_warning(warning: ParseWarning) -> str:
    """A warning: its code, its line, its message."""
    where = f" (line {warning.line})" if warning.line is not None else ""
    return (
        f'<div class="warning" role="note"><code>{esc(warning.code)}</code>{esc(where)}: '
        f"{esc(warning.message)}</div>\n"
    )


# -- the signatories -------------------------------------------------------------------


def render_tree(letter: Letter) -> str:
    """The signatory tree, by group, with the counts."""
    parts = ['<aside class="tree" aria-label="signatories">\n<h2>Signatories</h2>\n']
    parts.append(render_counts(letter))
    group: str | None = None
    opened = False
    for signatory in letter.signatories:
        if not opened or signatory.group != group:
            if opened:
                parts.append("</ul>\n")
            group = signatory.group
            if group:
                parts.append(f"<h3>{esc(group)}</h3>\n")
            parts.append('<ul class="entries">\n')
            opened = True
        parts.append(render_signatory(signatory))
    if opened:
        parts.append("</ul>\n")
    else:
        parts.append('<p class="note">No signatory is listed.</p>\n')
    parts.append("</aside>\n")
    return "".join(parts)


def render_counts(letter: Letter) -> str:
    """Listed, members, declared and undisclosed, and whether they add up."""
    listed = len(letter.signatories)
    members = sum(_member_count(s) for s in letter.signatories)
    signing = letter.signing
    total = signing.declared_total if signing else None
    hidden = signing.declared_undisclosed if signing else None
    rows = [("listed", str(listed)), ("members listed under them", str(members))]
    rows.append(("declared", "—" if total is None else str(total)))
    rows.append(("declared undisclosed", "—" if hidden is None else str(hidden)))
    cells = "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in rows)
    check = ""
    if total is not None:
        named = listed + (hidden or 0)
        verdict = "as declared" if named == total else f"but {total} declared"
        check = (
            f'<p class="{"ok" if named == total else "bad"}">{listed} listed + {hidden or 0} '
            f"undisclosed = {named}, {verdict}</p>\n"
        )
    return f'<table class="counts">{cells}</table>\n{check}'


def render_signatory(signatory: Signatory) -> str:
    """An entry: number, name, kind, acronym, affiliation, line; members nested."""
    number = f'<span class="n">{signatory.number}.</span> ' if signatory.number is not None else ""
    tags = "".join(
        f'<span class="tag {esc(cls)}">{esc(value)}</span>'
        for cls, value in (
            (signatory.kind or "", signatory.kind),
            ("acronym", signatory.acronym),
            ("affiliation", signatory.affiliation),
        )
        if value
    )
    line = signatory.span.line
    members = ""
    if signatory.members:
        members = "<ul>\n" + "".join(render_signatory(m) for m in signatory.members) + "</ul>\n"
    return (
        f'<li>{number}<span class="name">{esc(signatory.name)}</span>{tags}'
        f'<a href="#L{line}">line {line}</a>{members}</li>\n'
    )


def _member_count(signatory: Signatory) -> int:
    return sum(1 + _member_count(member) for member in signatory.members)
