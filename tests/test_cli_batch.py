"""``letterparse parse`` on many inputs: records in order, error records, formats,
output files and folders, exit codes, progress, identical output for any --jobs
(stopping: ``test_stops.py``)."""

from __future__ import annotations

import io
import json
import os
import pty
import stat
import subprocess
import sys
import threading
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from letterparse.cli import main
from letterparse.progress import Progress, shares_terminal
from tests.archives import make_archive
from tests.conftest import LETTERS, REFERENCE

BATCH = LETTERS / "batch"


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    return make_archive(tmp_path)


def letterparse_cli(
    *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "letterparse", *args],
        capture_output=True,
        timeout=300,
        env={**os.environ, **(env or {})},
        check=False,
    )


def records(output: bytes) -> list[dict[str, object]]:
    return [json.loads(line) for line in output.decode("utf-8").splitlines()]


def test_folder_with_failures_gives_error_records_and_exit_1(
    archive: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    code = main(["parse", str(archive), "--jobs", "1"])
    out, err = capsysbinary.readouterr()
    assert code == 1
    got = records(out)
    assert [r["source"]["path"] for r in got] == [  # type: ignore[index]
        str(archive / "2023" / "empty.md"),
        str(archive / "2023" / "open-letter-secretary-general.txt"),
        str(archive / "2024" / "joint-statement-water.md"),
        str(archive / "2024" / "letter-numbering-gap.txt"),
        str(archive / "2024" / "scan.txt"),
    ]
    assert got[0] == {
        "source": {
            "path": str(archive / "2023" / "empty.md"),
            "sha256": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        },
        "error": {"code": "empty_input", "message": "the input holds no text", "line": None},
    }
    assert [r.get("schema_version") for r in got] == [None, "1", "1", "1", None]
    empty, scan, summary = err.decode().splitlines()
    assert empty == f"{archive}/2023/empty.md: empty_input: the input holds no text"
    assert scan.startswith(f"{archive}/2024/scan.txt:3: binary_input: the file ")
    assert summary == (
        "letterparse: 5 files read, 3 letters, 2 failed (binary_input 1, empty_input 1), "
        "1 file skipped by the glob"
    )


def test_all_parsed_exits_0(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert main(["parse", str(BATCH / "2024"), str(REFERENCE), "--jobs", "1"]) == 0
    out, err = capsysbinary.readouterr()
    assert len(records(out)) == 3
    assert err == b"letterparse: 3 files read, 3 letters, 0 failed\n"


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "cmif"])
def test_two_jobs_write_the_same_bytes_as_one(archive: Path, fmt: str) -> None:
    for n in range(40):
        text = REFERENCE.read_text(encoding="utf-8").replace(
            "1 March 2024", f"{n % 28 + 1} May 2023"
        )
        (archive / f"copy-{n:02}.txt").write_text(text, encoding="utf-8")
    env = {"SOURCE_DATE_EPOCH": "1714521600"}
    one = letterparse_cli("parse", str(archive), "--to", fmt, "--jobs", "1", env=env)
    two = letterparse_cli("parse", str(archive), "--to", fmt, "--jobs", "2", env=env)
    assert (one.returncode, two.returncode) == (1, 1)
    assert one.stdout == two.stdout
    assert len(one.stdout) > 100_000
    assert one.stderr == two.stderr
    assert one.stderr.count(b"\n") == 3  # two failures and the summary


def test_per_letter_formats_write_one_file_each(archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "tei"
    assert main(["parse", str(archive), "--to", "tei", "-o", str(out), "--jobs", "1"]) == 1
    written = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert written == [
        "2023/open-letter-secretary-general.xml",
        "2024/joint-statement-water.xml",
        "2024/letter-numbering-gap.xml",
    ]
    root = ET.parse(out / "2024" / "joint-statement-water.xml").getroot()
    assert root.tag == "{http://www.tei-c.org/ns/1.0}TEI"


def test_json_into_a_folder_separates_names_and_keeps_error_records(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    (tmp_path / "in").mkdir()
    for name in ("a.txt", "a.md"):
        (tmp_path / "in" / name).write_text("Dear Members,\n\nWe write.\n", encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_bytes(b"")
    out = tmp_path / "out"
    assert main(["parse", str(tmp_path / "in"), "--to", "json", "-o", str(out), "-j", "1"]) == 1
    assert sorted(p.name for p in out.iterdir()) == ["a.md.json", "a.txt.json", "b.json"]
    assert json.loads((out / "a.md.json").read_text())["source"]["path"].endswith("a.md")
    assert json.loads((out / "b.json").read_text())["error"]["code"] == "empty_input"
    err = capsysbinary.readouterr().err.decode()
    assert err.splitlines()[0] == f"{tmp_path}/in/b.txt: empty_input: the input holds no text"


def test_html_pages_show_the_decoded_text(tmp_path: Path) -> None:
    letter = tmp_path / "crlf.txt"
    letter.write_bytes("\ufeffTo the Council\r\n\r\nDear Members,\r\n\r\nWe write.\r\n".encode())
    assert main(["parse", str(letter), "--to", "html", "-o", str(tmp_path / "crlf.html")]) == 0
    page = (tmp_path / "crlf.html").read_text(encoding="utf-8")
    assert '<span class="tx">Dear Members,</span>' in page
    assert "\ufeff" not in page


@pytest.mark.parametrize("fmt", ["json", "tei", "html"])
def test_per_letter_formats_with_several_inputs_need_a_folder(
    fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["parse", str(BATCH), "--to", fmt]) == 2
    err = capsys.readouterr().err
    assert f"--to {fmt} makes one file per input: with 3 inputs, give -o DIR" in err


def test_usage_mistakes_exit_2_without_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["parse", str(BATCH), "--bom"]) == 2
    assert main(["parse", "-", "-"]) == 2
    assert main(["parse", str(BATCH), "--jobs", "0"]) == 2
    assert main(["parse", str(BATCH), "--cmif-title", "Letters"]) == 2
    assert main(["parse", str(BATCH), "--to", "cmif", "--cmif-date", "1 May"]) == 2
    assert main(["parse", str(BATCH), "--to", "csv", "-o", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert "--bom is for --to csv" in err
    assert "--cmif-date takes YYYY-MM-DD" in err


def test_jsonl_and_csv_to_files(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    jsonl, table = tmp_path / "letters.jsonl", tmp_path / "signatories.csv"
    assert main(["parse", str(BATCH), "-o", str(jsonl), "-j", "1"]) == 0
    assert main(["parse", str(BATCH), "--to", "csv", "--bom", "-o", str(table), "-j", "1"]) == 0
    assert capsysbinary.readouterr() == (
        b"",
        b"letterparse: 3 files read, 3 letters, 0 failed\n" * 2,
    )
    assert len(records(jsonl.read_bytes())) == 3
    text = table.read_bytes().decode("utf-8")
    assert text.startswith("\ufeffsource_path,number,name,")
    assert text.count("\r\n") == 1 + 5 + 6 + 3


def test_cmif_options_reach_the_file(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    code = main(
        ["parse", str(BATCH), "--to", "cmif", "--cmif-title", "Fisheries and water letters",
         "--cmif-editor", "A. Archivist", "--cmif-email", "a@example.org",
         "--cmif-url", "https://example.org/cmif.xml", "--cmif-date", "2024-06-30", "-j", "1"]
    )  # fmt: skip
    assert code == 0
    root = ET.fromstring(capsysbinary.readouterr().out)
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    assert root.findtext(".//t:titleStmt/t:title", namespaces=ns) == "Fisheries and water letters"
    assert root.findtext(".//t:editor/t:email", namespaces=ns) == "a@example.org"
    assert root.find(".//t:publicationStmt/t:date[@when='2024-06-30']", ns) is not None
    assert len(root.findall(".//t:correspDesc", ns)) == 3


def test_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    data = (BATCH / "2024" / "joint-statement-water.md").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert main(["parse", "-", str(REFERENCE), "--jobs", "1"]) == 0
    first, second = records(capsysbinary.readouterr().out)
    assert first["source"]["path"] is None  # type: ignore[index]
    assert second["source"]["path"] == str(REFERENCE)  # type: ignore[index]


def test_strict_turns_warnings_into_error_records(
    capsysbinary: pytest.CaptureFixture[bytes],
) -> None:
    assert main(["parse", str(BATCH / "2024"), "--strict", "-j", "1"]) == 1
    out, err = capsysbinary.readouterr()
    assert [r.get("error", {}).get("code") for r in records(out)] == [None, "numbering_gap"]  # type: ignore[attr-defined]
    assert (
        err.decode()
        .splitlines()[-2]
        .endswith("letter-numbering-gap.txt:15: numbering_gap: the list jumps from 2 to 4")
    )


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_only_on_a_terminal(
    archive: Path, monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["parse", str(archive), "-j", "1"]) == 1
    shown = terminal.getvalue()
    assert "] 5/5 files" in shown
    assert "letters/s  2 failed\n" in shown
    assert "\r\x1b[K" + f"{archive}/2024/scan.txt:3: binary_input" in shown
    assert b"files" not in capsysbinary.readouterr().out


def test_output_onto_an_input_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    for path in (first, second):
        path.write_text("Dear all,\n\nWe write to you today.\n", encoding="utf-8")
    assert main(["parse", str(first), str(second), "-o", str(first)]) == 2
    assert "would overwrite the input" in capsys.readouterr().err
    assert first.read_text(encoding="utf-8").startswith("Dear all,")


def test_a_full_disk_is_an_error_not_a_traceback(capsys: pytest.CaptureFixture[str]) -> None:
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full on this system")
    assert main(["parse", str(REFERENCE), str(REFERENCE), "-o", "/dev/full"]) == 1
    err = capsys.readouterr().err
    assert "cannot write /dev/full" in err
    assert "Traceback" not in err


def test_files_written_whole_get_ordinary_permissions(tmp_path: Path) -> None:
    out = tmp_path / "letter.json"
    assert main(["parse", str(REFERENCE), "-o", str(out)]) == 0
    mask = os.umask(0)
    os.umask(mask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~mask
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".letterparse-")]


def test_a_file_name_for_several_per_letter_outputs_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.xml"
    assert main(["parse", str(REFERENCE), str(REFERENCE), "--to", "tei", "-o", str(out)]) == 2
    assert "looks like a file name" in capsys.readouterr().err
    assert not out.exists()


def test_compact_is_only_for_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(REFERENCE), "--to", "tei", "--compact"]) == 2
    assert "--compact is for --to json" in capsys.readouterr().err


def test_the_bar_counts_the_failure_it_has_just_printed() -> None:
    terminal = Terminal()
    bar = Progress(2, terminal, enabled=True)
    bar.advance(failed=True, note="a.txt: binary_input: not text")
    shown = terminal.getvalue()
    assert shown.startswith("\r\x1b[Ka.txt: binary_input: not text\n[")
    assert " 1/2 files " in shown
    assert shown.endswith("letters/s  1 failed")


def test_no_bar_when_the_records_go_to_the_same_terminal(
    archive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """stdout and stderr on one terminal (a pseudo-terminal here): JSON Lines on the
    screen, and no bar drawn into them; the failures' lines still show."""
    leader, follower = pty.openpty()
    shown: list[bytes] = []
    reader = threading.Thread(target=_drain, args=(leader, shown))
    reader.start()  # a terminal's buffer is small: read it while the records are written
    screen = os.fdopen(follower, "w", encoding="utf-8", buffering=1)
    try:
        monkeypatch.setattr(sys, "stdout", screen)
        monkeypatch.setattr(sys, "stderr", screen)
        assert shares_terminal(sys.stdout, sys.stderr)
        assert main(["parse", str(archive), "-j", "1", "--compact"]) == 1
        screen.flush()
    finally:
        screen.close()
        reader.join(timeout=30)
        os.close(leader)
    text = b"".join(shown).decode("utf-8", "replace")
    assert "binary_input" in text
    assert '"schema_version"' in text
    assert "/5 files" not in text  # no bar (the summary line says "5 files read")
    assert "\x1b[K" not in text


def _drain(fd: int, into: list[bytes]) -> None:
    """Read the terminal until the other end closes."""
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # the other end closed: EIO
            return
        if not chunk:
            return
        into.append(chunk)


def test_output_to_a_device_or_pipe_is_written_into_not_replaced(tmp_path: Path) -> None:
    """``-o /dev/null`` or a named pipe: the records go into it, and it stays what it was
    (a file written whole is moved into place; a device must never be)."""
    pipe = tmp_path / "records"
    os.mkfifo(pipe)
    received: list[bytes] = []

    def read() -> None:
        with open(pipe, "rb") as source:
            received.append(source.read())

    reader = threading.Thread(target=read)
    reader.start()
    assert main(["parse", str(REFERENCE), str(REFERENCE), "-o", str(pipe), "--compact"]) == 0
    reader.join(timeout=30)
    assert stat.S_ISFIFO(os.stat(pipe).st_mode)
    assert len(received[0].splitlines()) == 2
    if os.path.exists(os.devnull):
        assert main(["parse", str(REFERENCE), "-o", os.devnull]) == 0
        assert stat.S_ISCHR(os.stat(os.devnull).st_mode)
