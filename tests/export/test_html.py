"""HTML review page: self-contained, escaped, and showing what a reviewer needs,
checked in the markup and in headless Chromium."""

from __future__ import annotations

import re
from pathlib import Path
from typing import get_args

import pytest

from letterparse import Letter, parse, parse_file, to_html
from letterparse.export.html import KINDS, esc
from letterparse.model import BlockKind
from tests.conftest import LETTERS, REFERENCE
from tests.export.browser import Browser

HOSTILE = LETTERS / "hostile-markup.txt"
GAP = LETTERS / "batch" / "2024" / "letter-numbering-gap.txt"


def page_of(path: Path) -> tuple[Letter, str]:
    letter = parse_file(path)
    return letter, to_html(letter, path.read_bytes().decode("utf-8"))


def write(tmp_path: Path, path: Path) -> tuple[Letter, Path]:
    letter, page = page_of(path)
    out = tmp_path / (path.stem + ".html")
    out.write_text(page, encoding="utf-8")
    return letter, out


def test_markup_from_the_letter_is_escaped() -> None:
    _, page = page_of(HOSTILE)
    assert re.search(r'<(script|img|iframe|svg|a (?!href="#L\d+"))', page, re.IGNORECASE) is None
    assert "&lt;script&gt;document.body.dataset.pwned=&#x27;list&#x27;&lt;/script&gt;" in page
    assert "onerror=&quot;document.body.dataset.pwned" in page
    assert "&lt;/title&gt; tricks</title>" in page
    assert set(re.findall(r'href="([^"]*)"', page)) <= {f"#L{n}" for n in range(1, 30)}


def test_the_page_is_self_contained() -> None:
    _, page = page_of(REFERENCE)
    assert "Content-Security-Policy" in page
    assert "default-src 'none'" in page
    assert re.search(r"\s(src|srcset|action)=|@import|url\(|https?://", page) is None


def test_every_block_and_warning_is_shown() -> None:
    letter, page = page_of(GAP)
    kinds = re.findall(r'<div class="block" data-kind="([a-z_]+)"', page)
    assert kinds == [block.kind for block in letter.layout]
    assert page.count('class="warning"') == 1
    assert re.search(
        r'id="L15".*?</div>\n<div class="warning" role="note"><code>numbering_gap', page
    )


def test_the_text_must_be_the_letters_own() -> None:
    letter = parse("Dear Members,\n\nWe write.\n")
    with pytest.raises(ValueError, match="decoded text"):
        to_html(letter, "Dear Members,\n")
    assert "Dear Members," in to_html(letter, "\ufeffDear Members,\n\nWe write.\n")


def test_without_the_text_the_blocks_still_show() -> None:
    letter = parse_file(REFERENCE)
    page = to_html(letter)
    assert "text was not given" in page
    assert page.count('<div class="block"') == len(letter.layout)
    assert "Your Excellencies" not in page.split("<main>")[1].split("<aside")[0]


def test_control_characters_are_made_visible() -> None:
    text = "Dear Members,\n\nWe write \x1b to you.\n"
    assert "We write \u241b to you." in to_html(parse(text), text)


def test_hostile_letter_runs_nothing_in_chromium(browser: Browser, tmp_path: Path) -> None:
    _, page = write(tmp_path, HOSTILE)
    browser.open(page)
    assert browser.alert() is None
    assert browser.run("return document.title") == (
        'Review: <script>alert("subject")</script> & other </title> tricks'
    )
    assert browser.run("return Object.keys(document.body.dataset)") == []
    assert browser.run("return document.querySelectorAll('script,img,iframe,svg').length") == 0
    assert browser.run("return document.querySelectorAll('style').length") == 1
    hrefs = browser.run("return [...document.links].map(a => a.getAttribute('href'))")
    assert all(href.startswith("#L") for href in hrefs)
    shown = browser.run("return document.body.innerText")
    assert "1. <script>document.body.dataset.pwned='list'</script> (XSS)" in shown
    assert 'Acme & Sons <a href="javascript:alert(2)">click</a>' in shown
    assert "[this page](javascript:void)" in shown
    assert browser.run("return document.body.getBoundingClientRect().height") > 500


def test_reference_page_in_chromium(browser: Browser, tmp_path: Path) -> None:
    letter, page = write(tmp_path, REFERENCE)
    browser.open(page)
    labels = browser.run(
        "return [...document.querySelectorAll('.block > .label')].map(e => e.innerText)"
    )
    assert labels == [block.kind for block in letter.layout]
    colour = browser.run(
        "return getComputedStyle(document.querySelector('[data-kind=signatories]')).backgroundColor"
    )
    assert colour == "rgb(254, 252, 232)"
    assert KINDS["signatories"] == "#fefce8"
    shown = browser.run("return document.querySelector('aside').innerText")
    assert "303 listed + 94 undisclosed = 397, as declared" in shown
    assert browser.run("return document.querySelectorAll('ul.entries > li').length") == 303
    assert browser.run("return document.querySelectorAll('ul.entries li li').length") == 41
    assert "ဝန်ကြီးဌာန" in shown
    shot = tmp_path / "reference.png"
    browser.screenshot(shot)
    assert shot.read_bytes().startswith(b"\x89PNG")
    assert shot.stat().st_size > 20_000


def test_warning_shows_under_its_line_in_chromium(browser: Browser, tmp_path: Path) -> None:
    _, page = write(tmp_path, GAP)
    browser.open(page)
    after = browser.run("return document.getElementById('L15').nextElementSibling.innerText")
    assert after == "numbering_gap (line 15): the list jumps from 2 to 4"


def test_controls_show_as_their_pictures_and_surrogates_are_replaced() -> None:
    assert esc("a\x7fb\x01c\ud800d") == "a\u2421b\u2401c\ufffdd"
    text = "Dear Sir,\n\nWe write \x7f about \x01 this.\n"
    page = to_html(parse(text), text)
    assert "\u2421" in page
    page.encode("utf-8")


def test_every_block_kind_has_a_colour() -> None:
    assert set(KINDS) == set(get_args(BlockKind))
