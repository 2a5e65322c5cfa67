"""Reading inputs: files, stdin and JSON lines, with every bad input turned into one failure in place."""

from __future__ import annotations

import io
import json

from pipeline.errors import BodyTooLarge, InputError
from pipeline.inputs import InputDocument, InputFailure, UrlInput, iter_inputs

PAGE = "<html><body><p>Netflix a annulé la série après une saison.</p></body></html>"


def read(args, *, fmt=None, max_bytes=10_000, stdin=b""):
    return list(iter_inputs([str(a) for a in args], input_format=fmt, max_bytes=max_bytes, stdin=io.BytesIO(stdin)))


def test_files_in_order_with_failures_in_place(tmp_path):
    good = tmp_path / "page.html"
    good.write_text(PAGE, encoding="utf-8")
    (tmp_path / "empty.html").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b" \n\t\n")
    (tmp_path / "doc.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3")
    out = read([good, tmp_path / "empty.html", tmp_path / "blank.txt", tmp_path / "doc.pdf",
                tmp_path / "missing.html", tmp_path, good])
    assert [type(o).__name__ for o in out] == ["InputDocument", "InputFailure", "InputFailure", "InputFailure",
                                              "InputFailure", "InputFailure", "InputDocument"]
    reasons = [str(o.error) for o in out if isinstance(o, InputFailure)]
    assert reasons == [f"{tmp_path}/empty.html: empty input", f"{tmp_path}/blank.txt: empty input",
                       f"{tmp_path}/doc.pdf: binary content (PDF document), not HTML or text",
                       f"{tmp_path}/missing.html: no such file", f"{tmp_path}: is a directory"]
    assert all(o.stage == "read" for o in out if isinstance(o, InputFailure))


def test_too_large_file_is_refused_without_reading_it(tmp_path):
    big = tmp_path / "big.html"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, nothing on disk
    (failure,) = read([big], max_bytes=10_000_000)
    assert isinstance(failure.error, BodyTooLarge)
    assert str(failure.error) == f"{big}: 52,428,800 bytes is larger than max_bytes (10,000,000)"


def test_format_by_extension_and_latin1_file(tmp_path):
    text = tmp_path / "article.txt"
    text.write_bytes("L’été de la série annulée".encode("cp1252"))
    html = tmp_path / "page"
    html.write_text(PAGE, encoding="utf-8")
    doc_text, doc_html = read([text, html])
    assert (doc_text.kind, doc_text.content) == ("text", "L’été de la série annulée")
    assert doc_html.kind == "html"
    (forced,) = read([text], fmt="html")
    assert forced.kind == "html"


def test_stdin_and_urls():
    doc, url = read(["-", "https://example.org/a"], stdin=PAGE.encode())
    assert isinstance(doc, InputDocument) and doc.label == "stdin" and doc.content == PAGE
    assert isinstance(url, UrlInput) and url.kind == "html"
    (too_big,) = read(["-"], stdin=b"x" * 101, max_bytes=100)
    assert isinstance(too_big.error, BodyTooLarge) and "stdin" in str(too_big.error)
    (empty,) = read(["-"], stdin=b"")
    assert str(empty.error) == "stdin: empty input"


def test_jsonl_lines(tmp_path):
    lines = [
        json.dumps({"id": 7, "url": "https://ex.org/7", "html": PAGE, "published": "2024-03-12", "language": "fr"}),
        "",
        "{not json",
        json.dumps([1, 2]),
        json.dumps({"id": "x"}),
        json.dumps({"id": "e", "text": "   "}),
        json.dumps({"text": "Le texte \ud800 seul."}),
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = read([path])
    assert isinstance(out[0], InputDocument)
    assert (out[0].id, out[0].url, out[0].published, out[0].language, out[0].kind) == (
        "7", "https://ex.org/7", "2024-03-12", "fr", "html")
    failures = [o for o in out if isinstance(o, InputFailure)]
    assert [f.label for f in failures] == [f"{path}:3", f"{path}:4", f"{path}:5 (id x)", f"{path}:6 (id e)"]
    assert "not a JSON object" in str(failures[0].error) and "got list" in str(failures[1].error)
    assert "needs an 'html' or 'text' string" in str(failures[2].error)
    assert out[-1].content == "Le texte \ufffd seul."  # a lone surrogate could not be written out as UTF-8


def test_jsonl_long_line_is_skipped_in_bounded_memory(tmp_path):
    path = tmp_path / "batch.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "huge", "text": "x" * 300_000}) + "\n")
        handle.write(json.dumps({"id": "ok", "text": "Le texte."}) + "\n")
    huge, ok = read([path], max_bytes=1000)
    assert isinstance(huge.error, BodyTooLarge) and huge.label == f"{path}:1"
    assert ok.id == "ok"


def test_binary_file_given_as_jsonl_is_one_failure(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_bytes(b"\x1f\x8b\x08\x00" + bytes(range(256)) * 40)
    (failure,) = read([path])
    assert isinstance(failure.error, InputError) and "binary content (gzip data)" in str(failure.error)


def test_jsonl_from_stdin_and_missing_jsonl():
    out = read(["-", "nope.jsonl"], fmt="jsonl", stdin=b'{"id": 1, "text": "Bonjour."}\n')
    assert out[0].id == "1" and out[0].label == "stdin:1 (id 1)"
    assert isinstance(out[1], InputFailure) and "cannot open" in str(out[1].error)
