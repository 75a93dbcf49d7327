"""Burmese-language letters: datelines, addressees, subject, salutations, closes, contact
and signing headings, counts, list numbers, scripts. The whole letters are fixture files
(``fixtures/letters/my-*.txt``) checked by test_golden; these are the pieces."""

from __future__ import annotations

import json

import pytest
import regex

import letterparse
from letterparse.fields import myanmar as burmese_fields
from letterparse.fields.dates import read_date
from letterparse.fields.myanmar import burmese_counts
from letterparse.fields.scripts import scripts_of
from letterparse.lines import split_lines
from letterparse.myanmar import words
from letterparse.myanmar.script import is_well_formed
from letterparse.vocabulary import SUBJECT

from .conftest import LETTERS


def letter_of(*parts: str) -> letterparse.Letter:
    return letterparse.parse("\n\n".join(parts) + "\n")


# -- the vocabulary is well-formed Burmese ----------------------------------------------

SOURCES = {name: value for name, value in vars(words).items() if name.endswith("_SOURCE")}
READERS = [burmese_fields.COUNT.pattern, burmese_fields.UNDISCLOSED.pattern]


@pytest.mark.parametrize("pattern", READERS)
def test_reader_literals_are_well_formed_unicode(pattern: str) -> None:
    for run in regex.findall(r"[\u1000-\u109F]+", pattern):
        assert is_well_formed(run), run


@pytest.mark.parametrize("name", sorted(SOURCES))
def test_burmese_literals_are_well_formed_unicode(name: str) -> None:
    for run in regex.findall(r"[\u1000-\u109F]+", SOURCES[name]):
        assert is_well_formed(run), run


@pytest.mark.parametrize("name", sorted(SOURCES))
def test_sources_are_safe_inside_verbose_patterns(name: str) -> None:
    assert " " not in SOURCES[name].replace("[ ]", "")
    assert "#" not in SOURCES[name]


def test_month_names() -> None:
    assert sorted(set(words.MONTHS.values())) == list(range(1, 13))
    assert all(is_well_formed(name) for name in words.MONTHS)


# -- datelines -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "iso", "place"),
    [
        ("၂၀၂၄ ခုနှစ်၊ မတ်လ ၁ ရက်", "၂၀၂၄ ခုနှစ်၊ မတ်လ ၁ ရက်", "2024-03-01", None),
        ("၂၀၂၄ ခုနှစ် မတ်လ ၁ ရက်", "၂၀၂၄ ခုနှစ် မတ်လ ၁ ရက်", "2024-03-01", None),
        ("ရက်စွဲ။ ။ ၂၀၂၄ ခုနှစ်၊ မတ်လ ၁ ရက်", "၂၀၂၄ ခုနှစ်၊ မတ်လ ၁ ရက်", "2024-03-01", None),
        ("ရက်စွဲ ။ ၂၀၂၄ ခုနှစ်၊ ဖေဖော်ဝါရီလ ၂၉ ရက်", None, "2024-02-29", None),
        ("ရက်စွဲ: ၁ ရက် ဇန်နဝါရီလ ၂၀၂၂", "၁ ရက် ဇန်နဝါရီလ ၂၀၂၂", "2022-01-01", None),
        ("၁၅ ရက်၊ ဒီဇင်ဘာ ၂၀၂၃", None, "2023-12-15", None),
        ("ဩဂုတ်လ ၈ ရက်၊ ၂၀၂၁", None, "2021-08-08", None),
        ("သြဂုတ်လ ၈ ရက်၊ ၂၀၂၁", None, "2021-08-08", None),
        ("၂၀၂၃ ခုနှစ် နိုဝင်ဘာလ", None, "2023-11", None),
        ("၂၀၂၄ ခုနှစ်၊ ဧပြီလ ၁၀ ရက်နေ့။", None, "2024-04-10", None),
        ("ရန်ကုန်၊ ၂၀၂၄ ခုနှစ်၊ မေလ ၅ ရက်", None, "2024-05-05", "ရန်ကုန်"),
        ("2024 ခုနှစ်၊ ဇွန်လ 30 ရက်", None, "2024-06-30", None),
        ("၁ March ၂၀၂၄", None, "2024-03-01", None),
        ("၂၀၂၄-၀၃-၀၁", None, "2024-03-01", None),
        ("၂၀၂၄ ခုနှစ် မတ်လ (၁) ရက်", "၂၀၂၄ ခုနှစ် မတ်လ (၁) ရက်", "2024-03-01", None),
        ("ရက်စွဲ ၊ ၂၀၂၁ ခုနှစ်၊ ဖေဖော်ဝါရီလ (၁) ရက်", None, "2021-02-01", None),
        ("၁၃/၀၃/၂၀၂၄", None, "2024-03-13", None),
    ],
)
def test_burmese_datelines(text: str, date: str | None, iso: str, place: str | None) -> None:
    value, warnings = read_date(split_lines(text)[0])
    assert (value.iso, value.place, warnings) == (iso, place, [])
    if date is not None:
        assert value.text == date


def test_not_a_day_of_the_calendar() -> None:
    value, warnings = read_date(split_lines("၂၀၂၃ ခုနှစ်၊ ဖေဖော်ဝါရီလ ၂၉ ရက်")[0])
    assert value.iso is None
    assert [w.code for w in warnings] == ["invalid_date"]


def test_a_dateline_opens_a_burmese_letter() -> None:
    letter = letter_of("၂၀၂၄ ခုနှစ်၊ မတ်လ ၁ ရက်", "လေးစားအပ်ပါသော ဥက္ကဋ္ဌ ခင်ဗျား", "စာကိုယ်။")
    assert letter.date is not None
    assert letter.date.iso == "2024-03-01"


# -- addressees --------------------------------------------------------------------


def test_addressee_line_ending_in_thi() -> None:
    letter = letter_of("ကုလသမဂ္ဂ အထွေထွေအတွင်းရေးမှူးချုပ် သို့", "လေးစားအပ်ပါသော ဥက္ကဋ္ဌ ခင်ဗျား")
    assert [(r.role, r.name) for r in letter.recipients] == [("to", "ကုလသမဂ္ဂ အထွေထွေအတွင်းရေးမှူးချုပ်")]
    assert letter.recipients[0].span.line == 1


def test_thi_above_an_address_block() -> None:
    letter = letter_of(
        "သို့\nဥက္ကဋ္ဌ\nကုလသမဂ္ဂ လုံခြုံရေးကောင်စီ\nနယူးယောက်မြို့",
        "မိတ္တူ -\nကုလသမဂ္ဂ လူ့အခွင့်အရေးကောင်စီ",
        "လေးစားအပ်ပါသော ဥက္ကဋ္ဌ ခင်ဗျား",
    )
    assert [(r.role, r.name, r.address) for r in letter.recipients] == [
        ("to", "ဥက္ကဋ္ဌ", ["ကုလသမဂ္ဂ လုံခြုံရေးကောင်စီ", "နယူးယောက်မြို့"]),
        ("cc", "ကုလသမဂ္ဂ လူ့အခွင့်အရေးကောင်စီ", []),
    ]


def test_mixed_burmese_and_english_address_block() -> None:
    letter = letter_of(
        "To: H.E. Mr. António Guterres\nUnited Nations Secretary-General\n"
        "ကုလသမဂ္ဂ အထွေထွေအတွင်းရေးမှူးချုပ်\nNew York, NY 10017",
        "Dear Secretary-General,",
    )
    assert [(r.name, r.address) for r in letter.recipients] == [
        (
            "H.E. Mr. António Guterres",
            [
                "United Nations Secretary-General",
                "ကုလသမဂ္ဂ အထွေထွေအတွင်းရေးမှူးချုပ်",
                "New York, NY 10017",
            ],
        )
    ]


def test_english_label_before_a_burmese_name() -> None:
    letter = letter_of("To ဦးကျော်မိုးထွန်း", "Dear Ambassador,")
    assert [(r.role, r.name) for r in letter.recipients] == [("to", "ဦးကျော်မိုးထွန်း")]


# -- subject, salutation, closing --------------------------------------------------


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("အကြောင်းအရာ။ ။ စစ်မှုထမ်းဥပဒေ", "အကြောင်းအရာ။ ။"),
        ("အကြောင်းအရာ ။ ။ စစ်မှုထမ်းဥပဒေ", "အကြောင်းအရာ ။ ။"),
        ("အကြောင်းအရာ။ စစ်မှုထမ်းဥပဒေ", "အကြောင်းအရာ။"),
        ("အကြောင်းအရာ: စစ်မှုထမ်းဥပဒေ", "အကြောင်းအရာ:"),
        ("အကြောင်းအရာ - စစ်မှုထမ်းဥပဒေ", "အကြောင်းအရာ -"),
    ],
)
def test_subject_label_spacing_variants(line: str, label: str) -> None:
    letter = letter_of("သို့\nဥက္ကဋ္ဌ", line, "လေးစားအပ်ပါသော ဥက္ကဋ္ဌ ခင်ဗျား")
    assert letter.subject is not None
    assert (letter.subject.label, letter.subject.text) == (label, "စစ်မှုထမ်းဥပဒေ")


def test_subject_word_inside_a_sentence_is_no_subject() -> None:
    assert SUBJECT.match("အကြောင်းအရာများကို ဆွေးနွေးခဲ့ပါသည်။") is None


@pytest.mark.parametrize(
    "line",
    ["လေးစားအပ်ပါသော ဥက္ကဋ္ဌ ခင်ဗျား", "လေးစားရပါသော ဝန်ကြီး", "ချစ်ခင်ရပါသော မိတ်ဆွေများ", "မင်္ဂလာပါ"],
)
def test_burmese_salutations(line: str) -> None:
    letter = letter_of("သို့\nဥက္ကဋ္ဌ", line, "ကျွန်ုပ်တို့ တောင်းဆိုပါသည်။")
    assert letter.salutation is not None
    assert letter.salutation.text == line
    assert [p.text for p in letter.body] == ["ကျွန်ုပ်တို့ တောင်းဆိုပါသည်။"]


@pytest.mark.parametrize(
    "line", ["လေးစားစွာဖြင့်", "လေးစားစွာ", "ကျေးဇူးတင်လျက်", "ကျေးဇူးတင်ပါသည်။", "ကျေးဇူးအထူးတင်ပါသည်"]
)
def test_burmese_closes(line: str) -> None:
    letter = letter_of("လေးစားအပ်ပါသော ဥက္ကဋ္ဌ ခင်ဗျား", "ကျွန်ုပ်တို့ တောင်းဆိုပါသည်။", line)
    assert letter.closing is not None
    assert letter.closing.text == line


# -- contacts, signing, counts, lists ----------------------------------------------


def test_burmese_contact_heading_and_comma() -> None:
    letter = letter_of(
        "လေးစားအပ်ပါသော ဥက္ကဋ္ဌ ခင်ဗျား",
        "ကျွန်ုပ်တို့ တောင်းဆိုပါသည်။",
        "ထပ်မံသိရှိလိုပါက ဆက်သွယ်ရန်",
        "- ခင်ဥမ္မာ၊ Progressive Voice; info@progressive-voice.org",
    )
    assert [(c.name, c.organization, c.email) for c in letter.contacts] == [
        ("ခင်ဥမ္မာ", "Progressive Voice", "info@progressive-voice.org")
    ]


@pytest.mark.parametrize(
    ("statement", "counts"),
    [
        (
            "အမည်မဖော်ပြလိုသော အဖွဲ့အစည်း ၉၄ ဖွဲ့ အပါအဝင် အဖွဲ့အစည်း ၃၉၇ ဖွဲ့က လက်မှတ်ရေးထိုးပါသည်။",
            (397, 94),
        ),
        (
            "အဖွဲ့အစည်း ၃၉၇ ဖွဲ့က လက်မှတ်ရေးထိုးပါသည်။ ၎င်းတို့အနက် အဖွဲ့အစည်း ၉၄ ဖွဲ့မှာ အမည်မဖော်ပြလိုပါ။",
            (397, 94),
        ),
        ("အဖွဲ့အစည်း ၁,၀၂၄ ဖွဲ့က လက်မှတ်ရေးထိုးပါသည်။", (1024, None)),
        ("အဖွဲ့အစည်း ၂၀ ဖွဲ့နှင့် ပုဂ္ဂိုလ် ၅ ဦးက လက်မှတ်ရေးထိုးပါသည်။", (25, None)),
        ("Signed by ၃၉၇ civil society organizations", None),
    ],
)
def test_burmese_declared_counts(statement: str, counts: tuple[int, int | None] | None) -> None:
    assert burmese_counts(statement) == counts


def test_burmese_signing_statement_and_list() -> None:
    letter = letter_of(
        "လေးစားအပ်ပါသော ဥက္ကဋ္ဌ ခင်ဗျား",
        "ကျွန်ုပ်တို့ တောင်းဆိုပါသည်။",
        "လေးစားစွာဖြင့်",
        "အမည်မဖော်ပြလိုသော အဖွဲ့အစည်း ၁ ဖွဲ့ အပါအဝင် အဖွဲ့အစည်း ၃ ဖွဲ့က လက်မှတ်ရေးထိုးပါသည်။",
        "၁။ ရန်ကန်သံ\n၂။ ဒို့မြေကွန်ရက် (LIOH)",
    )
    assert letter.signing is not None
    assert (letter.signing.declared_total, letter.signing.declared_undisclosed) == (3, 1)
    assert [(s.number, s.name, s.kind) for s in letter.signatories] == [
        (1, "ရန်ကန်သံ", "organization"),
        (2, "ဒို့မြေကွန်ရက် (LIOH)", "organization"),
    ]
    assert letter.warnings == []


@pytest.mark.parametrize(
    "heading",
    [
        "လက်မှတ်ရေးထိုးသူများ",
        "လက်မှတ်ရေးထိုးသည့် အဖွဲ့အစည်းများ:",
        "ပူးတွဲလက်မှတ်ရေးထိုးသော အဖွဲ့အစည်းများ",
        "ပူးတွဲထုတ်ပြန်သည့် အဖွဲ့အစည်းများ",
    ],
)
def test_burmese_signatories_heading(heading: str) -> None:
    letter = letter_of("လေးစားအပ်ပါသော ဥက္ကဋ္ဌ ခင်ဗျား", "ကျွန်ုပ်တို့ တောင်းဆိုပါသည်။", heading, "၁။ ရန်ကန်သံ")
    assert letter.signing is not None
    assert letter.signing.text == heading
    assert [s.name for s in letter.signatories] == ["ရန်ကန်သံ"]


@pytest.mark.parametrize(
    ("marker", "number"), [("၁။", 1), ("၁၂။", 12), ("(၃)", 3), ("၄)", 4), ("၅.", 5)]
)
def test_myanmar_list_numbers(marker: str, number: int) -> None:
    line = split_lines(f"{marker} ရန်ကန်သံ")[0]
    assert (line.marker, line.marker_kind, line.ordinal, line.body) == (
        marker,
        "number",
        number,
        "ရန်ကန်သံ",
    )


def test_a_burmese_page_number_is_an_artifact() -> None:
    letter = letter_of("Signed by:", "1. ရန်ကန်သံ", "စာမျက်နှာ ၂", "2. ဒို့မြေကွန်ရက်")
    assert [s.name for s in letter.signatories] == ["ရန်ကန်သံ", "ဒို့မြေကွန်ရက်"]
    assert "page_artifact" in [block.kind for block in letter.layout]


def test_a_burmese_paragraph_opens_the_body_without_a_salutation() -> None:
    letter = letter_of(
        "သို့\nဥက္ကဋ္ဌ",
        "ကျွန်ုပ်တို့ အရပ်ဘက်အဖွဲ့အစည်းများသည် မြန်မာစစ်တပ်၏ အတင်းအဓမ္မ စစ်မှုထမ်းစေခြင်းကို ပြင်းထန်စွာ ကန့်ကွက်ပါသည်။",
    )
    assert [block.kind for block in letter.layout] == ["recipients", "paragraph"]


# -- scripts ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "scripts"),
    [
        ("Burma Campaign UK", ["Latn"]),
        ("Café Müller", ["Latn"]),
        ("ရန်ကန်သံ", ["Mymr"]),
        ("ဒို့မြေ\u200bကွန်ရက် (LIOH)", ["Mymr", "Latn"]),
        ("CDM ရန်ကုန်", ["Latn", "Mymr"]),
        ("ศูนย์ทนายความเพื่อสิทธิมนุษยชน", ["Thai"]),
        ("Thai Lawyers for Human Rights (ศูนย์ทนายความเพื่อสิทธิมนุษยชน)", ["Latn", "Thai"]),
        ("中国劳工通讯", ["Hani"]),
        ("Fortify Rights 缅甸", ["Latn", "Hani"]),
        ("منظمة العفو الدولية", ["Arab"]),
        ("Arakan Rohingya Society (الروهينجا)", ["Latn", "Arab"]),
        ("ရခိုင် Rakhine الروهينجا ยะไข่ 若开", ["Mymr", "Latn", "Arab", "Thai", "Hani"]),
        ("8888 Generation", ["Latn"]),
        ("၈၈၈၈", ["Mymr"]),
        ("1234", []),
    ],
)
def test_scripts_of_names(name: str, scripts: list[str]) -> None:
    assert scripts_of(name) == scripts


# -- the fixture letters ---------------------------------------------------------


def test_burmese_and_zawgyi_fixtures_read_alike() -> None:
    """The Zawgyi fixture is the Unicode fixture re-encoded line by line; apart from where
    things are and the warnings that say so, their JSON is the same."""

    def strip(value: object) -> object:
        if isinstance(value, dict):
            return {key: strip(item) for key, item in value.items() if key != "span"}
        if isinstance(value, list):
            return [strip(item) for item in value]
        return value

    unicode_json = json.loads((LETTERS / "my-burmese-letter-unsc.json").read_text("utf-8"))
    zawgyi_json = json.loads((LETTERS / "my-zawgyi-letter-unsc.json").read_text("utf-8"))
    for key in ("source", "layout", "warnings"):
        unicode_json.pop(key)
        zawgyi_json.pop(key)
    assert strip(zawgyi_json) == strip(unicode_json)


def test_zawgyi_fixture_warns_on_every_zawgyi_line() -> None:
    """One ``zawgyi_converted`` warning on each line that Zawgyi writes differently."""
    unicode_lines = (LETTERS / "my-burmese-letter-unsc.txt").read_text("utf-8").splitlines()
    text = (LETTERS / "my-zawgyi-letter-unsc.txt").read_text("utf-8")
    different = [
        number
        for number, (a, b) in enumerate(zip(unicode_lines, text.splitlines(), strict=True), 1)
        if a != b
    ]
    letter = letterparse.parse(text)
    assert {w.code for w in letter.warnings} == {"zawgyi_converted"}
    assert [w.line for w in letter.warnings] == different
