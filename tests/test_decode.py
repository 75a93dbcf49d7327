"""Stage 1: bytes to text."""

from __future__ import annotations

import pytest

from letterparse.decode import decode_bytes, decode_text
from letterparse.errors import LetterParseError

LETTER = "To the Council\n\nDear Members,\n\nWe write about Myanmar — “now”.\n"


def test_utf8_plain() -> None:
    decoded = decode_bytes(LETTER.encode("utf-8"))
    assert (decoded.text, decoded.encoding, decoded.newline) == (LETTER, "utf-8", "\n")
    assert decoded.warnings == ()


def test_utf8_bom_is_removed_and_offsets_start_after_it() -> None:
    decoded = decode_bytes(b"\xef\xbb\xbf" + LETTER.encode("utf-8"))
    assert decoded.text == LETTER
    assert decoded.encoding == "utf-8-sig"


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_and_without_bom(codec: str) -> None:
    decoded = decode_bytes(LETTER.encode(codec))
    assert decoded.text == LETTER
    assert decoded.encoding.startswith("utf-16")


def test_crlf_and_lone_cr_kept() -> None:
    assert decode_bytes(b"a\r\nb\r\n").newline == "\r\n"
    assert decode_bytes(b"a\rb\r").newline == "\r"
    assert decode_bytes(b"a\r\nb\n").newline == "mixed"
    assert decode_bytes(b"one line").newline is None
    assert decode_bytes(b"a\r\nb").text == "a\r\nb"


def test_cp1252_is_decoded_with_a_warning_naming_the_line() -> None:
    data = "To the Council\n\nCaf\u00e9 \u201cquoted\u201d\n".encode("cp1252")
    decoded = decode_bytes(data)
    assert decoded.text == "To the Council\n\nCaf\u00e9 \u201cquoted\u201d\n"
    assert decoded.encoding == "cp1252"
    assert [(w.code, w.line) for w in decoded.warnings] == [("legacy_encoding", 3)]


def test_cp1252_undefined_bytes_fall_back_to_latin1() -> None:
    assert decode_bytes(b"abc \x81\x8d def").text == "abc \x81\x8d def"


@pytest.mark.parametrize("data", [b"", b"   \n\t\n", b"\xef\xbb\xbf", "\u00a0\n".encode()])
def test_empty_input(data: bytes) -> None:
    with pytest.raises(LetterParseError) as caught:
        decode_bytes(data)
    assert caught.value.code == "empty_input"


def test_binary_input_names_the_line() -> None:
    with pytest.raises(LetterParseError) as caught:
        decode_bytes(b"first\nsecond\n\x89PNG\x00\x00")
    assert (caught.value.code, caught.value.line) == ("binary_input", 3)


def test_control_bytes_are_binary() -> None:
    with pytest.raises(LetterParseError) as caught:
        decode_bytes(bytes(range(1, 32)) * 20 + b"\xff")
    assert caught.value.code == "binary_input"


def test_text_input_lone_surrogate_replaced_one_for_one() -> None:
    decoded = decode_text("ab\ud800cd\n")
    assert decoded.text == "ab\ufffdcd\n"
    assert [w.code for w in decoded.warnings] == ["invalid_character"]


def test_text_input_bom_removed() -> None:
    assert decode_text("\ufeffHello").text == "Hello"


def test_stray_controls_in_text_are_kept_with_a_warning() -> None:
    decoded = decode_text("Hello\n\x00 world\x1b\n")
    assert decoded.text == "Hello\n\x00 world\x1b\n"
    assert [(w.code, w.line) for w in decoded.warnings] == [("control_characters", 2)]


@pytest.mark.parametrize(
    ("encoding", "read_as"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("utf-16", "utf-16-le"),
        ("utf-16-be", "utf-16-be"),
        ("utf-32", "utf-32-le"),
        ("cp1252", "cp1252"),
    ],
)
@pytest.mark.parametrize("control", ["\x00", "\x08", "\x0e", "\x1b", "\x1f", "\x7f"])
def test_a_control_character_is_found_in_every_encoding(
    encoding: str, read_as: str, control: str
) -> None:
    prose = "We write about the situation in the country, at some length.\n" * 40
    text = LETTER + prose + f"Signed{control} by 12 groups\n"  # 1 NUL in 2.7 kB: not binary
    if encoding == "cp1252":
        text = text.replace("—", "-").replace("“", "Communauté ").replace("”", "")
    decoded = decode_bytes(text.encode(encoding))
    assert decoded.text == text
    assert decoded.encoding == read_as
    assert [(w.code, w.line) for w in decoded.warnings if w.code != "legacy_encoding"] == [
        ("control_characters", 46)
    ]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "cp1252"])
def test_tabs_form_feeds_and_line_ends_are_no_control_characters(encoding: str) -> None:
    decoded = decode_bytes("To\tthe Council\x0b\r\n\x0c\rDear Members,\n".encode(encoding))
    assert [w.code for w in decoded.warnings if w.code != "legacy_encoding"] == []


def test_stray_nul_in_a_long_file_is_not_binary() -> None:
    data = ("To the Council, with a long line of letter text.\n" * 40).encode() + b"\x00\n"
    decoded = decode_bytes(data)
    assert decoded.text.endswith("\x00\n")
    assert [w.code for w in decoded.warnings] == ["control_characters"]


def test_utf8_with_one_broken_byte_stays_utf8() -> None:
    data = "To the Council\n\nCDM ရန်ကုန် and Communauté\n".encode() + b"\xff\n"
    decoded = decode_bytes(data)
    assert decoded.encoding == "utf-8"
    assert "ရန်ကုန်" in decoded.text
    assert decoded.text.endswith("\ufffd\n")
    assert [(w.code, w.line) for w in decoded.warnings] == [("invalid_utf8", 4)]


def test_line_numbers_count_every_kind_of_line_end() -> None:
    decoded = decode_bytes(b"To the Council\r\rDear Members,\r\rWe write \xff.\r")
    assert [(w.code, w.line) for w in decoded.warnings] == [("legacy_encoding", 5)]
