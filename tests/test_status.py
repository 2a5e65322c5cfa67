"""The cross-source status view and ``cliffhanger status``, on records built here."""

from __future__ import annotations

import json

import pytest

from pipeline.cli import main
from pipeline.records import SCHEMA_VERSION, Claim, Record, Series, Span, sha256_text
from pipeline.status import build_status, read_records, render_html


def _record(rid: str, *, series: list[Series], claims: list[Claim], lang: str = "en", published: str | None = None,
            url: str | None = None, extracted_at: str = "2024-01-01T00:00:00+00:00", site: str | None = None) -> Record:
    text = " ".join(c.evidence for c in claims) or "text"
    return Record(id=rid, url=url, canonical_url=url, site_name=site, language=lang, published=published, text=text,
                  text_sha256=sha256_text(text), extracted_at=extracted_at, series=tuple(series), claims=tuple(claims))


def _series(title: str, *aliases: str, networks: tuple[str, ...] = ()) -> Series:
    from pipeline.nlp.titles import series_id

    return Series(id=series_id(title), title=title, aliases=aliases, networks=networks)


def _claim(title: str, status: str, *, season=None, network=None, modality="asserted", announced=None,
           evidence="Evidence.", reported_by=None, confidence=0.9) -> Claim:
    from pipeline.nlp.titles import series_id

    return Claim(series=title, series_id=series_id(title), status=status, season=season, network=network,
                 reported_by=reported_by, announced=announced, modality=modality, evidence=evidence,
                 span=Span(start=0, end=len(evidence)), confidence=confidence)


def test_french_and_english_records_merge_through_an_alias():
    fr = _record("fr1", lang="fr", published="2024-03-02", url="https://fr.example/a", series=[
        _series("Toujours là pour toi", "Firefly Lane")], claims=[_claim("Toujours là pour toi", "renewed", season=2)])
    en = _record("en1", published="2024-05-10", url="https://en.example/b", series=[_series("Firefly Lane")],
                 claims=[_claim("Firefly Lane", "ending", season=2, network="Netflix")])
    [status] = build_status([fr, en])
    assert set(status.names) == {"Toujours là pour toi", "Firefly Lane"}
    assert [(e.date, e.status, e.language) for e in status.timeline] == [
        ("2024-03-02", "renewed", "fr"), ("2024-05-10", "ending", "en")]
    assert (status.latest.status, status.latest.url) == ("ending", "https://en.example/b")
    assert status.sources == ("https://fr.example/a", "https://en.example/b")
    assert status.conflicts == ()  # a renewal for the final season is consistent


def test_renewed_then_cancelled_by_another_outlet_is_a_conflict_but_a_rescue_is_not():
    records = [
        _record("a", published="2024-01-05", site="Outlet A", series=[_series("Harbor Lights")],
                claims=[_claim("Harbor Lights", "renewed", season=3)]),
        _record("b", published="2024-02-01", site="Outlet B", series=[_series("Harbor Lights")],
                claims=[_claim("Harbor Lights", "cancelled", season=3)]),
        _record("c", published="2024-04-01", site="Outlet C", series=[_series("Harbor Lights")],
                claims=[_claim("Harbor Lights", "revived", network="NBC")]),
    ]
    [status] = build_status(records)
    assert [(c.earlier.record_id, c.later.record_id) for c in status.conflicts] == [("a", "b")]
    assert "renewed" in status.conflicts[0].summary and "Outlet B" in status.conflicts[0].summary
    assert status.latest.status == "revived"


def test_a_rescue_told_with_its_cancellation_in_one_article_is_the_latest_status():
    # Both decisions carry the article's date; the revival is the news, the cancellation its past.
    record = _record("r", published="2024-06-01", series=[_series("Northbound")], claims=[
        _claim("Northbound", "revived", season=4, network="Peacock"),
        _claim("Northbound", "cancelled", season=4, network="ABC")])
    [status] = build_status([record])
    assert [e.status for e in status.timeline] == ["cancelled", "revived"]
    assert (status.latest.status, status.latest.network) == ("revived", "Peacock")


def test_latest_status_ignores_questions_rumours_and_denials_and_prefers_the_announced_date():
    records = [
        _record("a", published="2024-01-05", series=[_series("Harbor Lights")],
                claims=[_claim("Harbor Lights", "cancelled", announced="2023-12-20")]),
        _record("b", published="2024-03-01", series=[_series("Harbor Lights")],
                claims=[_claim("Harbor Lights", "renewed", modality="rumor")]),
        _record("c", published="2024-03-02", series=[_series("Harbor Lights")],
                claims=[_claim("Harbor Lights", "cancelled", modality="question")]),
    ]
    [status] = build_status(records)
    assert status.timeline[0].date == "2023-12-20" and status.timeline[0].dated_by == "announced"
    assert status.latest.record_id == "a"
    assert status.conflicts == ()


def test_the_same_article_from_several_runs_counts_once_and_series_filter_matches_aliases():
    old = _record("a", extracted_at="2024-01-01T00:00:00+00:00", series=[_series("Harbor Lights", "Phares")],
                  claims=[_claim("Harbor Lights", "renewed")])
    new = _record("a", extracted_at="2024-02-01T00:00:00+00:00", series=[_series("Harbor Lights", "Phares")],
                  claims=[_claim("Harbor Lights", "cancelled")])
    other = _record("z", series=[_series("Paper Kingdom")], claims=[_claim("Paper Kingdom", "renewed")])
    statuses = build_status([old, new, other], series="phares")
    assert [s.title for s in statuses] == ["Harbor Lights"]
    assert [e.status for e in statuses[0].timeline] == ["cancelled"]


def test_html_page_is_static_and_escapes_text():
    record = _record("a", published="2024-01-05", url="https://example.org/x?a=1&b=2", series=[_series("Harbor Lights")],
                     claims=[_claim("Harbor Lights", "cancelled", evidence="<script>alert(1)</script> was axed")])
    page = render_html(build_status([record]), generated="2024-01-06T00:00:00+00:00", inputs=1)
    assert page.startswith("<!DOCTYPE html>") and "<script>" not in page
    assert "&lt;script&gt;" in page and "https://example.org/x?a=1&amp;b=2" in page
    assert 'class="badge cancelled"' in page


def _write(path, records):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r.to_json_dict(), ensure_ascii=False) + "\n" for r in records), encoding="utf-8")


def test_cli_reads_run_directories_and_writes_each_format(tmp_path, capsys):
    runs = tmp_path / "output"
    _write(runs / "2024-01-05" / "run1.jsonl", [
        _record("a", published="2024-01-05", series=[_series("Harbor Lights")],
                claims=[_claim("Harbor Lights", "renewed", season=3, network="HBO")])])
    (runs / "2024-01-05" / "run1.errors.jsonl").write_text('{"input": "x", "reason": "boom"}\n', encoding="utf-8")
    _write(runs / "2024-02-01" / "run2.jsonl", [
        _record("b", published="2024-02-01", series=[_series("Harbor Lights")],
                claims=[_claim("Harbor Lights", "cancelled", season=3)])])
    assert main(["status", str(runs)]) == 0
    table = capsys.readouterr().out
    assert "Harbor Lights" in table and "status: cancelled s3" in table and "CONFLICT" in table
    assert main(["status", str(runs), "--format", "json", "--series", "harbor lights"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data[0]["latest"]["status"] == "cancelled" and len(data[0]["timeline"]) == 2
    page = tmp_path / "board.html"
    assert main(["status", str(runs), "--format", "html", "-o", str(page)]) == 0
    assert "Harbor Lights" in page.read_text(encoding="utf-8")


def test_cli_reports_bad_lines_and_missing_paths(tmp_path, capsys):
    good = _record("a", series=[_series("Harbor Lights")], claims=[_claim("Harbor Lights", "renewed")])
    path = tmp_path / "mixed.jsonl"
    path.write_text(json.dumps(good.to_json_dict()) + "\nnot json\n{\"id\": 1}\n", encoding="utf-8")
    assert main(["status", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.count("skipped") == 2 and "mixed.jsonl:2" in err
    assert main(["status", str(tmp_path / "missing")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_read_records_validates_against_the_record_model(tmp_path):
    record = _record("a", series=[_series("Harbor Lights")], claims=[_claim("Harbor Lights", "renewed")])
    path = tmp_path / "r.jsonl"
    data = record.to_json_dict()
    assert data["schema_version"] == SCHEMA_VERSION
    path.write_text(json.dumps(data) + "\n", encoding="utf-8")
    assert [r.id for r in read_records([path])] == ["a"]
