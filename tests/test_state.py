"""The SQLite crawl state: URL lifecycle, syndication, retries, the run lock, recovery of a dead run."""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pytest

from pipeline.crawl import recover
from pipeline.errors import LockHeld
from pipeline.sink import RunFiles
from pipeline.state import RunLock, State


@pytest.fixture
def state(tmp_path):
    with State(tmp_path / "state.sqlite") as store:
        yield store


def record(url: str, text_sha: str, rid: str | None = None) -> dict:
    return {"id": rid or "u" + url[-4:], "url": url, "text_sha256": text_sha, "text": "t", "also_urls": []}


PAGE = {"status": 200, "final_url": None, "etag": '"e"', "last_modified": None, "attempts": 1, "body_sha256": "b"}


def test_wal_mode_and_schema(state):
    assert state.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert state.counts() == {}


def test_links_are_added_once_and_changed_ones_flagged_for_refetch(state):
    assert state.add_links([("https://a/1", "s", "feed", "2026-03-01T00:00:00+00:00"),
                            ("https://a/2", "s", "feed", None)], run_id="r1") == 2
    assert state.add_links([("https://a/1", "s", "feed", "2026-03-01T00:00:00+00:00")], run_id="r2") == 0
    state.begin_run("r1", output_dir="out", started="2026-03-01T00:00:00+00:00")
    state.stage_record("https://a/1", run_id="r1", record=record("https://a/1", "h1"), page=PAGE)
    row = state.get("https://a/1")
    assert row.status == "done" and row.refetch == 0 and row.first_seen
    state.add_links([("https://a/1", "s", "feed", "2099-01-01T00:00:00+00:00")], run_id="r3")
    assert state.get("https://a/1").refetch == 1


def test_due_articles_new_retry_changed_robots_since_and_order(state):
    state.add_links([("https://a/old", "s", None, "2026-01-01T00:00:00+00:00"),
                     ("https://a/new", "s", None, "2026-03-01T00:00:00+00:00"),
                     ("https://a/undated", "s", None, None),
                     ("https://b/other-source", "t", None, None)], run_id="r1")
    due = [r.url for r in state.due_articles(run_id="r1", sources=["s"])]
    assert set(due) == {"https://a/old", "https://a/new", "https://a/undated"}
    dated = [r.url for r in state.due_articles(run_id="r1", sources=["s"]) if r.listed_date]
    assert dated == ["https://a/new", "https://a/old"]
    since = [r.url for r in state.due_articles(run_id="r1", sources=["s"], since="2026-02-01T00:00:00+00:00")]
    assert "https://a/old" not in since and "https://a/undated" in since
    state.mark_robots("https://a/old", run_id="r1", reason="disallowed")
    assert "https://a/old" in [r.url for r in state.due_articles(run_id="r1", sources=["s"])]
    assert "https://a/old" not in [r.url for r in state.due_articles(run_id="r2", sources=["s"])]


def test_transient_failures_are_retried_in_later_runs_then_given_up(state):
    state.add_links([("https://a/1", "s", None, None), ("https://a/2", "s", None, None)], run_id="r1")
    row = {"url": "https://a/1", "stage": "fetch", "reason": "timed out", "attempts": 4}
    assert state.mark_failed("https://a/1", run_id="r1", row=row, transient=True, retry_runs=2, attempts=4) == "retry"
    first = state.get("https://a/1")
    assert first.next_retry > first.first_seen and first.attempts == 4
    assert "https://a/1" not in [r.url for r in state.due_articles(run_id="r2", sources=["s"])]  # not due yet
    assert state.mark_failed("https://a/1", run_id="r2", row=row, transient=True, retry_runs=2, attempts=4) == "retry"
    assert state.mark_failed("https://a/1", run_id="r3", row=row, transient=True, retry_runs=2, attempts=4) == "failed"
    assert state.get("https://a/1").attempts == 12
    assert state.mark_failed("https://a/2", run_id="r1", row=row, transient=False, retry_runs=2, attempts=1) == "failed"
    assert [json.loads(r)["url"] for r in state.failure_rows("r1")] == ["https://a/1", "https://a/1"]


def test_same_text_at_two_urls_gives_one_record_with_also_urls(state):
    state.begin_run("r1", output_dir="out", started="2026-03-01T00:00:00+00:00")
    state.add_links([(f"https://a/{i}", "s", None, None) for i in range(4)], run_id="r1")
    assert state.stage_record("https://a/0", run_id="r1", record=record("https://a/0", "h"), page=PAGE) == "staged"
    assert state.stage_record("https://a/1", run_id="r1", record=record("https://a/1", "h"), page=PAGE) == "alias"
    assert state.stage_record("https://a/2", run_id="r1", record=record("https://a/2", "other"), page=PAGE) == "staged"
    lines = [json.loads(line) for line in state.staged_records("r1")]
    assert [r["url"] for r in lines] == ["https://a/0", "https://a/2"]
    assert lines[0]["also_urls"] == ["https://a/1"] and lines[1]["also_urls"] == []
    assert state.get("https://a/1").status == "duplicate" and state.get("https://a/1").duplicate_of == "https://a/0"
    # across runs: the state notes the duplicate, no second record
    state.finish_run("r1", status="complete", summary={})
    assert state.stage_record("https://a/3", run_id="r2", record=record("https://a/3", "h"), page=PAGE) == "duplicate"
    assert state.get("https://a/3").duplicate_of == "https://a/0" and list(state.staged_records("r2")) == []
    # the same URL with the same text again: unchanged, not rewritten
    assert state.stage_record("https://a/2", run_id="r2", record=record("https://a/2", "other"), page=PAGE) == "unchanged"


def test_a_failed_transaction_leaves_nothing_behind(state):
    state.add_links([("https://a/1", "s", None, None)], run_id="r1")
    with pytest.raises(RuntimeError):
        with state.transaction() as db:
            db.execute("UPDATE urls SET status = 'done' WHERE url = 'https://a/1'")
            raise RuntimeError("killed")
    assert state.get("https://a/1").status == "new"


def test_the_lock_refuses_a_second_run_and_names_the_holder(tmp_path):
    path = tmp_path / "state.sqlite"
    with RunLock(path):
        with pytest.raises(LockHeld, match=r"another run holds the lock .*pid \d+"):
            RunLock(path).acquire()
    RunLock(path).acquire().release()


def test_the_lock_dies_with_its_process(tmp_path):
    path = tmp_path / "state.sqlite"
    code = f"from pipeline.state import RunLock; import time; lock = RunLock({str(path)!r}).acquire(); print('held', flush=True); time.sleep(60)"
    holder = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(LockHeld):
            RunLock(path).acquire()
    finally:
        holder.kill()
        holder.wait()
    deadline = time.monotonic() + 5
    while True:
        try:
            RunLock(path).acquire().release()
            break
        except LockHeld:
            assert time.monotonic() < deadline
            time.sleep(0.05)


def test_recovery_writes_a_dead_runs_committed_records_once(tmp_path):
    out = tmp_path / "out"
    with State(tmp_path / "state.sqlite") as state:
        state.begin_run("dead", output_dir=str(out), started="2026-03-01T10:00:00+00:00")
        state.add_links([("https://a/1", "s", None, None), ("https://a/2", "s", None, None)], run_id="dead")
        state.stage_record("https://a/1", run_id="dead", record=record("https://a/1", "h1"), page=PAGE)
        state.add_failure("dead", {"url": "https://a/9", "stage": "fetch", "reason": "HTTP 404", "attempts": 1})
        files = RunFiles.for_run(out, "dead", day="2026-03-01")
        # the process died while writing: a temporary file and even a complete final file may exist
        files.directory.mkdir(parents=True)
        (files.directory / ".dead.jsonl.123.tmp").write_text('{"partial', encoding="utf-8")
        assert recover(state) == ["dead"]
        assert recover(state) == []  # finished now
        lines = files.records.read_text(encoding="utf-8").splitlines()
        assert [json.loads(line)["url"] for line in lines] == ["https://a/1"]
        assert json.loads(files.errors.read_text(encoding="utf-8"))["url"] == "https://a/9"
        assert json.loads(files.summary.read_text(encoding="utf-8"))["status"] == "interrupted"
        assert not list(files.directory.glob(".*.tmp"))
        assert state.get("https://a/2").status == "new"  # redone by the next run
        assert state.run("dead").status == "interrupted" and state.staged_count("dead") == 0
