"""`cliffhanger extract` end to end (real models): fixture pages, stdin, bad inputs, exit codes.

URL inputs (timeouts, 404) are covered with the fetcher's loopback server in its own tests.
"""

from __future__ import annotations

import io
import json
import sys

import pytest

from conftest import FIXTURES, validate_records
from pipeline.cli import EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, main

PAGES = FIXTURES / "pages"
FR_HTML = PAGES / "fr_veilleurs_annulee.html"
EN_HTML = PAGES / "en_harbor_lights_canceled.html"
FR_TEXT = PAGES / "fr_depeche_sentinelles.txt"
ARTICLE = ("La série préférée des téléspectateurs s’arrête : la chaîne a annulé la saison 2, à la grande "
           "déception des fans qui regrettent déjà cette œuvre « unique » et ses personnages. ")


class FakeStdin:
    def __init__(self, data: bytes, *, tty: bool = False) -> None:
        self.buffer = io.BytesIO(data)
        self._tty = tty

    def isatty(self) -> bool:
        return self._tty


@pytest.fixture
def run(tmp_path, monkeypatch, capsys):
    """Run the CLI in an empty directory (no ./sources.toml); return (exit code, stdout, stderr lines)."""
    monkeypatch.chdir(tmp_path)

    def invoke(*argv: str, stdin: bytes | None = None, tty: bool = False):
        monkeypatch.setattr(sys, "stdin", FakeStdin(stdin or b"", tty=tty))
        code = main(["extract", *map(str, argv)])
        out, err = capsys.readouterr()
        assert "Traceback" not in err
        return code, out, [line for line in err.splitlines() if line.strip()]

    return invoke


def test_fixture_pages_give_valid_records_in_input_order(run, record_validator):
    code, out, err = run(EN_HTML, FR_HTML, FR_TEXT)
    assert (code, err) == (EXIT_OK, [])
    records = validate_records(record_validator, out.splitlines())
    assert [r["language"] for r in records] == ["en", "fr", "fr"]
    assert [r["title"] for r in records] == ["'Harbor Lights' Canceled at Apple TV+ After Two Seasons",
                                            "Les Veilleurs de Brest : pas de saison 3, Canal+ arrête la série",
                                            "Les Sentinelles : France 2 commande une saison 4"]
    for record in records:
        assert record["text"].startswith(record["title"] + "\n")
        for teaser in ("MUST-READ", "ALSO READ", "READ MORE", "À lire aussi", "VOIR AUSSI", "Publicité",
                       "Advertisement", "publicité", "Copper Creek", "Nuit blanche", "Horizon Zéro", "Brigade 17"):
            assert teaser not in record["text"]


def _bad_inputs(tmp_path):
    (tmp_path / "empty.html").write_bytes(b"")
    (tmp_path / "doc.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    (tmp_path / "latin1.html").write_bytes(
        ("<html><body><article><p>" + ARTICLE * 3 + "</p></article></body></html>").encode("cp1252"))
    (tmp_path / "declared.html").write_bytes(
        ('<html><head><meta charset="windows-1252"></head><body><p>' + ARTICLE * 3 + "</p></body></html>")
        .encode("cp1252"))
    with (tmp_path / "huge.html").open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    (tmp_path / "broken.html").write_text(
        "<html><body><div><p>" + ARTICLE * 3 + "<div><span><table><td>", encoding="utf-8")
    (tmp_path / "scripts.html").write_text("<html><body><script>app()</script></body></html>", encoding="utf-8")
    return ["empty.html", "doc.pdf", "photo.png", "latin1.html", "declared.html", "huge.html", "broken.html",
            "missing.html", "scripts.html"]


def test_bad_inputs_one_line_each_and_the_others_still_run(run, tmp_path, record_validator):
    names = _bad_inputs(tmp_path)
    code, out, err = run(FR_HTML, *names, EN_HTML)
    assert code == EXIT_PARTIAL
    records = validate_records(record_validator, out.splitlines())
    assert len(records) == 5  # FR page, the two cp1252 pages, the broken page, EN page
    assert records[0]["language"] == "fr" and records[-1]["language"] == "en"
    for record in records[1:3]:
        assert "s’arrête" in record["text"] and "œuvre « unique »" in record["text"]
    assert "déception des fans" in records[3]["text"]
    assert err == [
        "cliffhanger extract: empty.html: empty input [read]",
        "cliffhanger extract: doc.pdf: binary content (PDF document), not HTML or text [read]",
        "cliffhanger extract: photo.png: binary content (PNG image), not HTML or text [read]",
        "cliffhanger extract: huge.html: 52,428,800 bytes is larger than max_bytes (10,000,000) [read]",
        "cliffhanger extract: missing.html: no such file [read]",
        "cliffhanger extract: scripts.html: no_main_text: no article text found in the page [clean]",
    ]


def test_errors_file_and_atomic_output(run, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    code, out, err = run(FR_TEXT, "empty.txt", "-o", "out.jsonl", "--errors", "errors.jsonl")
    assert code == EXIT_PARTIAL and out == "" and len(err) == 1
    (record,) = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert record["authors"] == ["Paul Morvan"] and record["published"] == "2024-03-04T17:40"
    (row,) = [json.loads(line) for line in (tmp_path / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert row == {"input": "empty.txt", "id": None, "url": None, "stage": "read", "code": "input",
                   "reason": "empty.txt: empty input", "attempts": 1}
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".cliffhanger-")] == []


def test_stdin_html_text_and_jsonl(run, record_validator):
    code, out, err = run("-", stdin=FR_HTML.read_bytes())
    assert code == EXIT_OK and validate_records(record_validator, out.splitlines())[0]["language"] == "fr"
    code, out, _ = run("--input-format", "text", stdin=FR_TEXT.read_bytes())  # no argument: stdin
    assert code == EXIT_OK and json.loads(out)["title"].startswith("Les Sentinelles")
    batch = (json.dumps({"id": "a", "text": ARTICLE, "published": "2024-01-02"}) + "\n"
             + "not json\n" + json.dumps({"id": "b", "html": EN_HTML.read_text(encoding="utf-8")}) + "\n")
    code, out, err = run("--input-format", "jsonl", "-", stdin=batch.encode())
    records = validate_records(record_validator, out.splitlines())
    assert code == EXIT_PARTIAL and [r["id"] for r in records] == ["a", "b"]
    assert records[0]["published"] == "2024-01-02"
    assert len(err) == 1 and err[0].startswith("cliffhanger extract: stdin:2: not a JSON object")


def test_a_lone_headline_that_looks_like_a_teaser_is_a_record_with_a_warning(run, record_validator):
    headline = "Watch: ‘Cold Harbour’ Teaser Shows Nadia Ferro Unrecognizable as the Warden\n"
    code, out, err = run("--input-format", "text", stdin=headline.encode())
    record = validate_records(record_validator, out.splitlines())[0]
    assert code == EXIT_OK and err == []
    assert record["text"].startswith("Watch: ‘Cold Harbour’")
    assert [w["code"] for w in record["warnings"]] == ["chrome_filter_kept_all"]


def test_all_inputs_failing_is_exit_1(run, tmp_path):
    (tmp_path / "empty.html").write_bytes(b"")
    code, out, err = run("empty.html", "missing.html")
    assert (code, out, len(err)) == (EXIT_PARTIAL, "", 2)


@pytest.mark.parametrize("argv, message", [
    (["-", "-"], "stdin (-) can be given only once"),
    (["--batch-size", "0", "x.html"], "--batch-size must be at least 1"),
    (["--sources", "nope.toml", "x.html"], "nope.toml: file not found"),
    (["x.html", "-o", "no/such/dir/out.jsonl"], "cannot write no/such/dir/out.jsonl"),
    (["x.html", "--errors", "no/such/dir/errors.jsonl"], "cannot write no/such/dir/errors.jsonl"),
])
def test_usage_and_configuration_errors_are_exit_2(run, argv, message):
    code, out, err = run(*argv)
    assert code == EXIT_USAGE and out == ""
    assert len(err) == 1 and message in err[0]


def test_no_input_on_a_terminal_and_bad_flags(run, capsys):
    code, _, err = run(tty=True)
    assert code == EXIT_USAGE and "no input" in err[0]
    with pytest.raises(SystemExit) as raised:
        main(["extract", "--workers", "0", "x.html"])
    assert raised.value.code == EXIT_USAGE
    assert "expected a positive integer" in capsys.readouterr().err
