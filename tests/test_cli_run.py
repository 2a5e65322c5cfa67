"""The `run`, `sources check`, `demo` and `extract URL` commands: exit codes, messages, files."""

from __future__ import annotations

import json

import pytest

from crawl_support import XML, LoopbackServer, Reply, french_article, french_site, read_records, rss, rfc822, write_sources
from pipeline.cli import EXIT_LOCKED, EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, main
from pipeline.state import RunLock


@pytest.fixture
def models_loaded(extractor):
    """In-process commands reuse the session's spaCy pipelines (cached per process)."""
    return extractor


def test_configuration_errors_exit_2_naming_file_source_and_key(tmp_path, capsys):
    bad = tmp_path / "bad.toml"
    bad.write_text('[[source]]\nname = "x"\nfeeds = ["not a url"]\n', encoding="utf-8")
    assert main(["run", "--sources", str(bad), "--output", str(tmp_path / "out")]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert str(bad) in err and "source 'x'" in err and "key 'feeds'" in err
    with pytest.raises(SystemExit) as exit_:
        main(["run", "--since", "last tuesday"])
    assert exit_.value.code == EXIT_USAGE
    empty = tmp_path / "empty.toml"
    empty.write_text("[defaults]\n", encoding="utf-8")
    assert main(["run", "--sources", str(empty), "--output", str(tmp_path / "out")]) == EXIT_USAGE
    assert "no enabled [[source]]" in capsys.readouterr().err
    assert main(["run", "--sources", str(empty), "--source", "nope"]) == EXIT_USAGE


def test_a_second_run_on_the_same_state_exits_3(tmp_path, capsys):
    sources = write_sources(tmp_path / "s.toml", [{"name": "a", "feeds": ["http://127.0.0.1:9/rss.xml"]}])
    output = tmp_path / "out"
    with RunLock(output / "state.sqlite"):
        assert main(["run", "--sources", str(sources), "--output", str(output)]) == EXIT_LOCKED
    err = capsys.readouterr().err
    assert "another run holds the lock" in err and "pid" in err
    assert not list(output.glob("*/*.jsonl"))  # it did nothing


def test_run_exit_codes_summary_line_and_plain_progress(tmp_path, capsys, models_loaded):
    with french_site(3) as site:
        sources = write_sources(tmp_path / "s.toml", [{"name": "fr", "feeds": [site.url("/rss.xml")]}], delay=0.02)
        output = tmp_path / "out"
        assert main(["run", "--sources", str(sources), "--output", str(output)]) == EXIT_OK
        out, err = capsys.readouterr()
        assert out.startswith("cliffhanger run ") and "discovered 3 (3 new)" in out and "written 3" in out
        assert "\r" not in err and "cliffhanger run: discovering" in err  # no progress bar when not a terminal
        # a new article that fails: exit 1, the errors file says which and why
        site.routes["/rss.xml"] = Reply(200, rss([(site.url("/series/article-0.html"), rfc822(2)),
                                                  (site.url("/gone.html"), rfc822(3))]), XML, etag='"feed-2"')
        assert main(["run", "--sources", str(sources), "--output", str(output)]) == EXIT_PARTIAL
        out, err = capsys.readouterr()
        assert "failed 1" in out and ".errors.jsonl" in err
    errors = [json.loads(line) for p in output.glob("*/*.errors.jsonl") for line in p.read_text().splitlines()]
    assert errors == [{"input": site.url("/gone.html"), "id": None, "url": site.url("/gone.html"), "stage": "fetch",
                       "code": "http_status", "reason": "HTTP 404 Not Found", "attempts": 1}]
    assert len(read_records(output)) == 3


def test_sources_check_reports_each_source_and_unreachable_ones_cleanly(tmp_path, capsys):
    dead = LoopbackServer()
    dead_url = dead.url("/rss.xml")
    dead.stop()  # nothing listens there any more: connection refused, like a machine without network
    with french_site(2) as site:
        site.routes["/listing/"] = Reply(200, '<a class="card" href="/series/article-0.html">a</a>'
                                              '<a class="card" href="/autre/x.html">b</a>')
        sources = write_sources(tmp_path / "s.toml", [
            {"name": "up", "language": "fr", "feeds": [site.url("/rss.xml")],
             "listings": [{"url": site.url("/listing/"), "links": "a.card"}], "include": ["/series/"]},
            {"name": "down", "language": "en", "feeds": [dead_url]}], delay=0.02)
        assert main(["sources", "check", "--sources", str(sources)]) == EXIT_PARTIAL
        out = capsys.readouterr().out
        assert "up (fr): 3 article links" in out and "2 links, 2 kept" in out and "2 links, 1 kept" in out
        assert "down (en): unreachable" in out and "connection failed" in out
        assert main(["sources", "check", "--sources", str(sources), "--source", "up", "--json"]) == EXIT_OK
        report = json.loads(capsys.readouterr().out)
        assert report["name"] == "up" and report["links"] == 3 and report["ok"] is True
        assert site.hits("/robots.txt")


def test_extract_urls_that_fail_are_reported_and_the_rest_still_processed(tmp_path, capsys, models_loaded):
    page = tmp_path / "page.html"
    page.write_text(french_article(1), encoding="utf-8")
    with LoopbackServer({"/robots.txt": Reply(404, "", "text/plain"),
                         "/slow.html": Reply(200, french_article(2), delay=2.0),
                         "/ok.html": Reply(200, french_article(3))}) as site:
        sources = write_sources(tmp_path / "s.toml", [], timeout_seconds=0.3, max_attempts=1)
        code = main(["extract", "--sources", str(sources), site.url("/missing.html"), site.url("/slow.html"),
                     str(page), site.url("/ok.html")])
    out, err = capsys.readouterr()
    assert code == EXIT_PARTIAL
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["url"] for r in records] == [None, site.url("/ok.html")]
    lines = err.strip().splitlines()
    assert len(lines) == 2
    assert site.url("/missing.html") in lines[0] and "HTTP 404" in lines[0]
    assert site.url("/slow.html") in lines[1] and "timed out" in lines[1]


def test_demo_runs_offline_and_prints_its_records(tmp_path, capsys, models_loaded):
    assert main(["demo", "--output", str(tmp_path / "demo")]) == EXIT_OK
    out = capsys.readouterr().out
    records = read_records(tmp_path / "demo")
    assert len(records) == 6 and {r["language"] for r in records} == {"fr", "en"}
    assert sum(1 for r in records if r["also_urls"]) == 1  # the syndicated copy
    assert "skipped by robots 1" in out and "written 6" in out and str(tmp_path / "demo") in out
    assert "Harbor Lights" in out and "Les Falaises" in out


def test_progress_is_a_bar_on_a_terminal_and_plain_lines_otherwise():
    import io

    from pipeline.crawl import Counts, TerminalProgress

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal, log = Terminal(), io.StringIO()
    for stream in (terminal, log):
        progress = TerminalProgress(stream, interval=0)
        progress.phase("fetching 4 pages")
        for done in range(1, 5):
            progress.update(done, 4, Counts(written=done))
        progress.finish()
    assert "\r" in terminal.getvalue() and "[#######" in terminal.getvalue()
    lines = log.getvalue().splitlines()
    assert "\r" not in log.getvalue() and "\x1b" not in log.getvalue()
    assert lines[0] == "cliffhanger run: fetching 4 pages" and lines[-1].startswith("cliffhanger run: 4/4 pages")
