"""`run` end to end against several loopback hosts, with the real extraction (models loaded once)."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from conftest import ROOT, validate_records
from crawl_support import (XML, LoopbackServer, Reply, english_article, french_article, french_site, read_records,
                           rfc822, rss, sitemap, write_sources)
from loopback import min_gap, sitemap_index
from pipeline.config import load_settings
from pipeline.crawl import RunOptions, run_crawl


def run(sources_file: Path, output: Path, extractor, **options):
    settings = load_settings(sources_file)
    return run_crawl(settings, RunOptions(output_dir=output, **options), extractor=extractor)


def soon(days: int = 1) -> str:
    return (datetime.now(timezone.utc) + timedelta(days=days)).isoformat(timespec="seconds")


@pytest.fixture
def three_sites(tmp_path):
    fr = LoopbackServer({"/robots.txt": Reply(200, "User-agent: *\nDisallow: /prive/\nCrawl-delay: 0.15\n",
                                              "text/plain")}).start()
    en = LoopbackServer({"/robots.txt": Reply(404, "", "text/plain")}).start()
    tv = LoopbackServer({"/robots.txt": Reply(404, "", "text/plain")}).start()
    fr.routes["/rss.xml"] = Reply(200, rss([(fr.url(f"/series/article-{i}.html"), rfc822(2 + i)) for i in range(3)]
                                           + [(fr.url("/prive/secret.html"), rfc822(5))]), XML, etag='"rss-1"')
    for i in range(3):
        fr.routes[f"/series/article-{i}.html"] = Reply(200, french_article(i), etag=f'"fr{i}"')
    fr.routes["/prive/secret.html"] = Reply(200, french_article(9))
    en.routes["/sitemap_index.xml"] = Reply(200, sitemap_index([(en.url("/sitemap-news.xml"), "2026-03-04")]), XML)
    en.routes["/sitemap-news.xml"] = Reply(200, sitemap([en.url(p) for p in (
        "/news/renewed-0.html", "/news/renewed-1.html", "/news/flaky.html", "/news/missing.html")],
        lastmod="2026-03-04"), XML, etag='"sm-1"')
    en.routes["/news/renewed-0.html"] = Reply(200, english_article(0), etag='"en0"')
    en.routes["/news/renewed-1.html"] = Reply(200, english_article(1), etag='"en1"')
    en.routes["/news/flaky.html"] = [Reply(500, "oops"), Reply(503, "oops"), Reply(200, english_article(2))]
    tv.routes["/tv/"] = Reply(200, "<html><body>" + "".join(
        f'<div class="card"><a class="card__link" href="{p}">x</a></div>'
        for p in ("copy.html", "latin.html", "loop.html", "doc.pdf")) + "</body></html>", etag='"list-1"')
    tv.routes["/tv/copy.html"] = Reply(200, english_article(0))  # syndicated: same article as en's renewed-0
    tv.routes["/tv/latin.html"] = Reply(200, french_article(7, charset=None).encode("cp1252"), content_type="text/html")
    tv.routes["/tv/loop.html"] = Reply(302, "", headers={"Location": "/tv/loop2.html"})
    tv.routes["/tv/loop2.html"] = Reply(302, "", headers={"Location": "/tv/loop.html"})
    tv.routes["/tv/doc.pdf"] = Reply(200, b"%PDF-1.7 not a page", content_type="application/pdf")
    sources = write_sources(tmp_path / "sources.toml", [
        {"name": "fr-site", "language": "fr", "feeds": [fr.url("/rss.xml")], "include": ["/series/", "/prive/"]},
        {"name": "en-site", "language": "en", "sitemaps": [en.url("/sitemap_index.xml")], "include": ["/news/"]},
        {"name": "tv-listing", "listings": [{"url": tv.url("/tv/"), "links": "a.card__link"}], "include": ["/tv/"]},
    ], delay=0.1)
    yield fr, en, tv, sources
    for server in (fr, en, tv):
        server.stop()


def test_first_run_then_incremental_run(three_sites, tmp_path, extractor, record_validator):
    fr, en, tv, sources = three_sites
    output = tmp_path / "out"
    first = run(sources, output, extractor)
    c = first.counts
    assert (c.discovered, c.new, c.skipped_by_robots, c.failed, c.written, c.duplicates) == (12, 12, 1, 3, 7, 1)
    assert c.fetched == 8 and first.status == "complete"
    assert first.files.records.parent.name == datetime.now(timezone.utc).date().isoformat()

    records = validate_records(record_validator, first.files.records.read_text(encoding="utf-8").splitlines())
    assert len(records) == 7 and len({r["id"] for r in records}) == 7
    by_url = {r["url"]: r for r in records}
    assert fr.hits("/prive/secret.html") == []  # robots.txt Disallow
    assert by_url[en.url("/news/flaky.html")]["source"] == "en-site"  # 500, 503, then 200
    assert len(en.hits("/news/flaky.html")) == 3
    latin = by_url[tv.url("/tv/latin.html")]
    assert "chaîne commande une saison" in latin["text"] and "\ufffd" not in latin["text"]
    syndicated = [r for r in records if r["also_urls"]]
    assert len(syndicated) == 1
    assert {syndicated[0]["url"], *syndicated[0]["also_urls"]} == {en.url("/news/renewed-0.html"), tv.url("/tv/copy.html")}

    errors = [json.loads(line) for line in first.files.errors.read_text(encoding="utf-8").splitlines()]
    by_error = {e["url"]: e for e in errors}
    assert set(by_error) == {en.url("/news/missing.html"), tv.url("/tv/loop.html"), tv.url("/tv/doc.pdf")}
    assert by_error[en.url("/news/missing.html")]["attempts"] == 1 and "404" in by_error[en.url("/news/missing.html")]["reason"]
    assert "loop" in by_error[tv.url("/tv/loop.html")]["reason"] and by_error[tv.url("/tv/loop.html")]["attempts"] == 2
    assert all(e["stage"] == "fetch" for e in errors)
    summary = json.loads(first.files.summary.read_text(encoding="utf-8"))
    assert summary["written"] == 7 and summary["failed"] == 3 and summary["status"] == "complete"

    # politeness, from the servers' own logs: one request at a time, never closer than the delay
    assert min_gap(fr.hits()) >= 0.15  # robots.txt Crawl-delay beats our 0.1 s
    assert min_gap(en.hits()) >= 0.1 and min_gap(tv.hits()) >= 0.1

    # --- the next cron run: one page changed, one is new, everything else is left alone ---------------
    seen = {s: len(s.hits()) for s in (fr, en, tv)}
    en.routes["/sitemap_index.xml"] = Reply(200, sitemap_index([(en.url("/sitemap-news.xml"), soon())]), XML)
    en.routes["/sitemap-news.xml"] = Reply(200, sitemap([en.url(p) for p in (
        "/news/renewed-0.html", "/news/renewed-1.html", "/news/renewed-3.html")], lastmod=soon()), XML, etag='"sm-2"')
    en.routes["/news/renewed-1.html"] = Reply(200, english_article(4), etag='"en1-v2"')
    en.routes["/news/renewed-3.html"] = Reply(200, english_article(3), etag='"en3"')
    second = run(sources, output, extractor)
    c = second.counts
    assert (c.written, c.failed, c.skipped_by_robots) == (2, 0, 0)
    new_hits = {s: s.hits()[seen[s]:] for s in seen}
    assert [r.path for r in new_hits[fr]] == ["/robots.txt", "/rss.xml"]  # feed 304: not parsed, no article
    assert new_hits[fr][1].headers["if-none-match"] == '"rss-1"'
    assert [r.path for r in new_hits[tv]] == ["/robots.txt", "/tv/"]
    en_paths = [r.path for r in new_hits[en]]
    assert sorted(en_paths) == sorted(["/robots.txt", "/sitemap_index.xml", "/sitemap-news.xml",
                                       "/news/renewed-0.html", "/news/renewed-1.html", "/news/renewed-3.html"])
    changed = next(r for r in new_hits[en] if r.path == "/news/renewed-1.html")
    assert changed.headers["if-none-match"] == '"en1"'  # conditional refetch of a page we already have
    unchanged = next(r for r in new_hits[en] if r.path == "/news/renewed-0.html")
    assert unchanged.headers["if-none-match"] == '"en0"'
    assert c.not_modified == 1  # renewed-0 answered 304
    rewritten = [json.loads(line) for line in second.files.records.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["url"] for r in rewritten) == [en.url("/news/renewed-1.html"), en.url("/news/renewed-3.html")]

    # a third run finds nothing to do
    third = run(sources, output, extractor)
    assert (third.counts.fetched, third.counts.written, third.counts.failed) == (0, 0, 0)


def test_since_and_limit(tmp_path, extractor):
    with french_site(6) as site:
        site.routes["/rss.xml"] = Reply(200, rss([(site.url(f"/series/article-{i}.html"), rfc822(1 + i))
                                                  for i in range(6)]), XML)
        sources = write_sources(tmp_path / "s.toml", [{"name": "fr", "feeds": [site.url("/rss.xml")]}], delay=0.02)
        since = datetime(2026, 3, 3, tzinfo=timezone.utc)
        first = run(sources, tmp_path / "out", extractor, since=since, limit=2)
        assert first.counts.discovered == 4 and first.counts.written == 2
        # newest first: articles 5 and 4
        assert sorted(r["url"][-14:] for r in read_records(tmp_path / "out")) == ["article-4.html", "article-5.html"]
        second = run(sources, tmp_path / "out", extractor, since=since)
        assert second.counts.written == 2  # 2 and 3; 0 and 1 are older than --since
        third = run(sources, tmp_path / "out", extractor)
        assert third.counts.written == 2 and len(read_records(tmp_path / "out")) == 6


def test_more_workers_give_the_same_records(tmp_path, extractor):
    with french_site(5) as site:
        sources = write_sources(tmp_path / "s.toml", [{"name": "fr", "feeds": [site.url("/rss.xml")]}], delay=0.0)
        one = run(sources, tmp_path / "one", extractor, batch_size=2)
        two = run(sources, tmp_path / "two", None, workers=2, batch_size=2)
    strip = lambda records: [{k: v for k, v in r.items() if k != "extracted_at"} for r in records]  # noqa: E731
    assert one.counts.written == two.counts.written == 5
    assert strip(read_records(tmp_path / "one")) == strip(read_records(tmp_path / "two"))


def _progress(state_file: Path) -> tuple[int, int]:
    """(runs started, records committed) as another process sees them."""
    try:
        with sqlite3.connect(f"file:{state_file}?mode=ro", uri=True, timeout=5) as db:
            runs = db.execute("SELECT COUNT(*) FROM runs").fetchone()[0]
            return runs, db.execute("SELECT COUNT(*) FROM staged").fetchone()[0]
    except sqlite3.Error:
        return 0, 0


@pytest.mark.slow  # two subprocesses load the French pipeline
def test_sigkill_part_way_then_rerun_loses_nothing_and_duplicates_nothing(tmp_path):
    count = 12
    with french_site(count) as site:
        sources = write_sources(tmp_path / "s.toml", [{"name": "fr", "language": "fr",
                                                       "feeds": [site.url("/rss.xml")]}], delay=0.12)
        output = tmp_path / "out"
        command = [sys.executable, "-m", "pipeline", "run", "--sources", str(sources), "--output", str(output),
                   "--batch-size", "1"]
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        # killed twice: while discovering/fetching before any commit, then after 4 records were committed
        for runs, committed in ((1, 0), (2, 4)):
            proc = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            deadline = time.monotonic() + 90
            while proc.poll() is None:
                started, staged = _progress(output / "state.sqlite")
                if started >= runs and staged >= committed:
                    break
                assert time.monotonic() < deadline, "the run made no progress"
                time.sleep(0.02)
            assert proc.poll() is None, "the run finished before it could be killed"
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            # nothing the killed run wrote is a partial line
            read_records(output)
        final = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
        assert final.returncode == 0, final.stderr
    records = read_records(output)
    urls = [r["url"] for r in records]
    assert sorted(urls) == sorted(site.url(f"/series/article-{i}.html") for i in range(count))  # none lost
    assert len(set(urls)) == len(urls) and len({r["id"] for r in records}) == len(records)  # none twice
    summaries = [json.loads(p.read_text(encoding="utf-8")) for p in output.glob("*/*.summary.json")]
    assert sorted(s["status"] for s in summaries) == ["complete", "interrupted", "interrupted"]
    assert "discovered" in final.stdout and "written" in final.stdout
