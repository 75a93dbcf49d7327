"""E-mail and mbox: what is an e-mail, its parts and charsets, forwards, mailboxes."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

import letterparse
from letterparse import LetterParseError
from letterparse.extract import read_bytes, sniff
from letterparse.extract.mbox import split_mailbox
from letterparse.inputs import collect
from tests.conftest import LETTERS, ROOT
from tests.extract.hostile import many_parts
from tests.extract.same import differences

FORMATS = ROOT / "fixtures" / "formats"
MAILBOX = FORMATS / "archive.mbox"
SOURCES = [
    LETTERS / "batch" / "2024" / "joint-statement-water.md",
    LETTERS / "batch" / "2024" / "letter-numbering-gap.txt",
    LETTERS / "batch" / "2023" / "open-letter-secretary-general.txt",
]


@pytest.mark.parametrize(
    "data",
    [
        b"From: Alpha Network\nTo: The Minister\nDate: 1 March 2024\nSubject: Water\n\nDear Sir,\n",
        b"To: The Council\nSubject: Water\n\nDear Members,\n",
        b"From the desk of the Director, 2024\n\nDear Members,\n",
        b"Re: Water\n\nDear Members,\n",
    ],
    ids=["memo", "to-subject", "from-the-desk", "re"],
)
def test_a_letter_opening_like_a_memo_stays_text(data: bytes) -> None:
    assert sniff(data) == "text"
    assert letterparse.parse_bytes(data).source.format == "text"


def test_an_email_is_known_by_the_fields_a_mail_system_writes() -> None:
    assert sniff(b"From: a@x.org\nMessage-ID: <1@x>\n\nDear Members,\n") == "email"
    assert sniff(b"Received: from mx\n by host\nFrom: a@x.org\n\nDear Members,\n") == "email"


def test_quoted_printable_charsets_and_encoded_words_are_decoded() -> None:
    data = (
        b"From: =?iso-8859-1?q?Jos=E9_Mart=EDn?= <jose@example.org>\n"
        b"Subject: =?utf-8?b?Q2FydGEgYWJpZXJ0YQ==?=\n"
        b"MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
        b"Content-Transfer-Encoding: quoted-printable\n\n"
        b"Estimado se=C3=B1or Jos=C3=A9,=20\nuna l=C3=ADnea que sigue=\n aqu=C3=AD.\n"
    )
    text = read_bytes(data).text
    assert text == (
        "From: José Martín <jose@example.org>\nSubject: Carta abierta\n\n"
        "Estimado señor José, \nuna línea que sigue aquí.\n"
    )


def test_an_html_only_email_is_converted_as_a_page_is() -> None:
    data = (
        b"From: a@example.org\nMIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n"
        b"<p>Dear Members,</p><p>We write about <a href='https://example.org/w'>water</a>.</p>"
    )
    letter = letterparse.parse_bytes(data)
    assert letter.salutation is not None
    assert letter.salutation.text == "Dear Members,"
    assert [link.target for p in letter.body for link in p.links] == ["https://example.org/w"]


def test_an_email_without_a_text_part_is_an_error() -> None:
    data = (
        b"From: a@example.org\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=b\n\n"
        b"--b\nContent-Type: image/png\nContent-Transfer-Encoding: base64\n\niVBORw0KGgo=\n--b--\n"
    )
    with pytest.raises(LetterParseError) as caught:
        letterparse.parse_bytes(data)
    assert caught.value.code == "no_text_part"


def test_an_email_of_ten_thousand_parts_is_refused_at_once() -> None:
    started = time.monotonic()
    with pytest.raises(LetterParseError) as caught:
        letterparse.parse_bytes(many_parts(10_000))
    assert caught.value.code == "too_large"
    assert time.monotonic() - started < 2


def test_a_mailbox_gives_one_letter_per_message_named_by_its_number() -> None:
    inputs = collect([MAILBOX])
    assert [item.source for item in inputs] == [f"{MAILBOX}#{n}" for n in (1, 2, 3)]
    results = list(letterparse.iter_parse([MAILBOX], jobs=1))
    assert [r.source.path for r in results] == [f"{MAILBOX}#{n}" for n in (1, 2, 3)]
    for number, (result, path) in enumerate(zip(results, SOURCES, strict=True), start=1):
        assert isinstance(result, letterparse.Letter)
        assert result.source.format == "email"
        source = letterparse.parse_file(path)
        assert differences(result, source, skip=("subject",)) == {}
        if source.subject is None:  # the e-mail's Subject: stands in
            assert result.subject is not None
            assert result.subject.text == f"Letter {number}"
        else:
            assert result.subject is not None
            assert result.subject.text == source.subject.text


def test_a_line_from_inside_a_message_is_restored_not_split(tmp_path: Path) -> None:
    box = (
        b"From a@x Fri Mar  1 10:00:00 2024\nFrom: a@x\nSubject: One\nMessage-ID: <1@x>\n\n"
        b"Dear Members,\n>From the start we said so.\n\n"
        b"From b@x Sat Mar  2 10:00:00 2024\nFrom: b@x\nSubject: Two\nMessage-ID: <2@x>\n\nHi\n"
    )
    assert len(split_mailbox(box)) == 2
    first = box[: split_mailbox(box)[1][0]]
    assert "\nFrom the start we said so.\n" in read_bytes(first).text
    path = tmp_path / "Inbox"
    path.write_bytes(box)
    assert [item.message[0] for item in collect([path]) if item.message] == [1, 2]


def test_parse_file_on_a_mailbox_of_several_says_how_to_read_it() -> None:
    with pytest.raises(LetterParseError) as caught:
        letterparse.parse_file(MAILBOX)
    assert caught.value.code == "mailbox"
    assert "FILE#1" in caught.value.message


def test_a_page_saved_as_mhtml_is_a_web_page() -> None:
    data = (
        b"From: <Saved by Blink>\r\nSnapshot-Content-Location: https://example.org/letter\r\n"
        b"Subject: Open letter\r\nDate: Fri, 1 Mar 2024 10:00:00 +0000\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/related; type="text/html"; boundary="b"\r\n\r\n--b\r\n'
        b"Content-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n"
        b"Content-Location: https://example.org/letter\r\n\r\n"
        b'<html><body><p>Dear Members,</p><p>We write about <a href=3D"https://example.o=\r\n'
        b'rg/w">water</a>.</p></body></html>\r\n--b--\r\n'
    )
    letter = letterparse.parse_bytes(data)
    assert letter.source.format == "html"
    assert letter.salutation is not None
    assert [link.target for p in letter.body for link in p.links] == ["https://example.org/w"]
