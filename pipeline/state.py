"""The crawl state: one SQLite file (WAL) that remembers every URL, and the run lock.

Tables
    urls      every URL seen: articles, feeds, sitemaps, listings; status, dates,
              validators (ETag / Last-Modified), hashes, attempts, next retry
    runs      one row per run; ``running`` until its files are written
    staged    records of a run not yet written to its JSONL file
    aliases   other URLs that served a staged record's text (its ``also_urls``)
    failures  error rows of a run not yet written to its errors file
    robots    the last robots.txt fetched per origin (used when it is unreachable)

Every per-URL outcome is one transaction: the URL's new status and, for a
record, the staged record itself, so a run killed at any instant has either
done a URL completely or not at all. The next run writes the files of a run
that died (from ``staged``) and redoes the URLs still ``new``.

URL statuses: ``new`` (to fetch), ``done`` (a record was made), ``duplicate``
(same text as another URL: ``duplicate_of``), ``skipped`` (no article text),
``robots`` (disallowed), ``retry`` (transient failure, ``next_retry``),
``failed`` (permanent failure, or transient ones ``retry_runs`` times). Feeds,
sitemaps and listings are ``ok`` or ``retry``/``failed``.
"""

from __future__ import annotations

import json
import os
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass, fields
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Iterable, Iterator

from pipeline.errors import LockHeld, StateError

SCHEMA_VERSION = 1

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS urls (
    url TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    source TEXT,
    via TEXT,
    status TEXT NOT NULL,
    first_seen TEXT NOT NULL,
    last_seen TEXT,
    seen_run TEXT,
    listed_date TEXT,
    last_fetched TEXT,
    http_status INTEGER,
    final_url TEXT,
    etag TEXT,
    last_modified TEXT,
    body_sha256 TEXT,
    text_sha256 TEXT,
    record_id TEXT,
    duplicate_of TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    failures INTEGER NOT NULL DEFAULT 0,
    next_retry TEXT,
    last_error TEXT,
    refetch INTEGER NOT NULL DEFAULT 0,
    run_id TEXT
);
CREATE INDEX IF NOT EXISTS urls_kind_status ON urls (kind, status);
CREATE INDEX IF NOT EXISTS urls_text ON urls (text_sha256);
CREATE INDEX IF NOT EXISTS urls_via ON urls (via);
CREATE TABLE IF NOT EXISTS runs (
    run_id TEXT PRIMARY KEY,
    started TEXT NOT NULL,
    finished TEXT,
    status TEXT NOT NULL,
    output_dir TEXT NOT NULL,
    summary TEXT
);
CREATE TABLE IF NOT EXISTS staged (
    run_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    url TEXT NOT NULL,
    text_sha256 TEXT NOT NULL,
    record TEXT NOT NULL,
    PRIMARY KEY (run_id, seq)
);
CREATE INDEX IF NOT EXISTS staged_text ON staged (run_id, text_sha256);
CREATE TABLE IF NOT EXISTS aliases (run_id TEXT NOT NULL, seq INTEGER NOT NULL, url TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS failures (
    run_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    row TEXT NOT NULL,
    PRIMARY KEY (run_id, seq)
);
CREATE TABLE IF NOT EXISTS robots (origin TEXT PRIMARY KEY, body TEXT NOT NULL, fetched TEXT NOT NULL);
"""

#: statuses of an article URL whose record (or decision) is final until the page changes
SETTLED = ("done", "duplicate", "skipped")


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def iso(value: datetime | None) -> str | None:
    return value.astimezone(timezone.utc).isoformat(timespec="seconds") if value else None


@dataclass(frozen=True, slots=True)
class UrlRow:
    url: str
    kind: str
    source: str | None
    via: str | None
    status: str
    first_seen: str
    last_seen: str | None
    seen_run: str | None
    listed_date: str | None
    last_fetched: str | None
    http_status: int | None
    final_url: str | None
    etag: str | None
    last_modified: str | None
    body_sha256: str | None
    text_sha256: str | None
    record_id: str | None
    duplicate_of: str | None
    attempts: int
    failures: int
    next_retry: str | None
    last_error: str | None
    refetch: int
    run_id: str | None


_URL_COLUMNS = [f.name for f in fields(UrlRow)]


@dataclass(frozen=True, slots=True)
class RunRow:
    run_id: str
    started: str
    finished: str | None
    status: str
    output_dir: str
    summary: str | None


# --- the lock ------------------------------------------------------------------------

class RunLock:
    """An exclusive advisory lock on ``<state>.lock``, released by the OS if the process dies."""

    def __init__(self, state_path: str | Path) -> None:
        self.path = Path(f"{state_path}.lock")
        self._handle = None

    def acquire(self) -> "RunLock":
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(self.path, "a+", encoding="utf-8")
        try:
            _lock(handle)
        except OSError:
            handle.seek(0)
            holder = handle.read().strip() or "unknown process"
            handle.close()
            raise LockHeld(f"another run holds the lock on {self.path.with_suffix('')} ({holder}); "
                           "not starting a second one") from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}, started {now_iso()}\n")
        handle.flush()
        self._handle = handle
        return self

    def release(self) -> None:
        if self._handle is not None:
            _unlock(self._handle)
            self._handle.close()
            self._handle = None

    def __enter__(self) -> "RunLock":
        return self.acquire()

    def __exit__(self, *exc_info) -> None:
        self.release()


try:
    import fcntl

    def _lock(handle) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
except ImportError:  # Windows
    import msvcrt

    def _lock(handle) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)


# --- the store -----------------------------------------------------------------------

class State:
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(self.path, isolation_level=None, timeout=30)
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA journal_mode=WAL")
            # WAL + NORMAL may lose the last commits on power loss but never corrupts; a lost
            # commit only means that URL is done again (see README.md, "Crash safety and atomicity").
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            self.db.executescript(SCHEMA)
            version = self.db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
            if version is None:
                self.db.execute("INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
            elif int(version[0]) != SCHEMA_VERSION:
                raise StateError(f"{self.path}: state schema {version[0]}, this version reads {SCHEMA_VERSION}")
        except sqlite3.DatabaseError as exc:
            raise StateError(f"{self.path}: unusable state file ({exc})") from exc

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "State":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    # -- reading ---------------------------------------------------------------------

    def get(self, url: str) -> UrlRow | None:
        row = self.db.execute("SELECT * FROM urls WHERE url = ?", (url,)).fetchone()
        return UrlRow(**{k: row[k] for k in _URL_COLUMNS}) if row else None

    def rows(self, where: str = "1", params: Iterable = ()) -> list[UrlRow]:
        return [UrlRow(**{k: r[k] for k in _URL_COLUMNS})
                for r in self.db.execute(f"SELECT * FROM urls WHERE {where}", tuple(params))]

    def children_of(self, index_url: str) -> list[UrlRow]:
        return self.rows("kind = 'sitemap' AND via = ?", (index_url,))

    def counts(self) -> dict[str, int]:
        return {f"{r[0]}:{r[1]}": r[2] for r in
                self.db.execute("SELECT kind, status, COUNT(*) FROM urls GROUP BY kind, status")}

    # -- runs ------------------------------------------------------------------------

    def begin_run(self, run_id: str, *, output_dir: str, started: str) -> None:
        with self.transaction() as db:
            db.execute("INSERT INTO runs (run_id, started, status, output_dir) VALUES (?, ?, 'running', ?)",
                       (run_id, started, output_dir))

    def unfinished_runs(self) -> list[RunRow]:
        return [RunRow(**dict(r)) for r in
                self.db.execute("SELECT * FROM runs WHERE status = 'running' ORDER BY started")]

    def run(self, run_id: str) -> RunRow | None:
        row = self.db.execute("SELECT * FROM runs WHERE run_id = ?", (run_id,)).fetchone()
        return RunRow(**dict(row)) if row else None

    def staged_records(self, run_id: str) -> Iterator[str]:
        """The run's records as JSON lines, in the order they were made, ``also_urls`` filled in."""
        aliases: dict[int, list[str]] = {}
        for seq, url in self.db.execute("SELECT seq, url FROM aliases WHERE run_id = ? ORDER BY rowid", (run_id,)):
            aliases.setdefault(seq, []).append(url)
        for seq, record in self.db.execute("SELECT seq, record FROM staged WHERE run_id = ? ORDER BY seq", (run_id,)):
            if seq in aliases:
                data = json.loads(record)
                others = [u for u in [*data.get("also_urls", []), *aliases[seq]] if u != data.get("url")]
                data["also_urls"] = list(dict.fromkeys(others))
                record = json.dumps(data, ensure_ascii=False)
            yield record

    def staged_count(self, run_id: str) -> int:
        return self.db.execute("SELECT COUNT(*) FROM staged WHERE run_id = ?", (run_id,)).fetchone()[0]

    def failure_rows(self, run_id: str) -> Iterator[str]:
        for (row,) in self.db.execute("SELECT row FROM failures WHERE run_id = ? ORDER BY seq", (run_id,)):
            yield row

    def failure_count(self, run_id: str) -> int:
        return self.db.execute("SELECT COUNT(*) FROM failures WHERE run_id = ?", (run_id,)).fetchone()[0]

    def finish_run(self, run_id: str, *, status: str, summary: dict) -> None:
        """The run's files are written: forget its staged rows (one transaction)."""
        with self.transaction() as db:
            db.execute("UPDATE runs SET status = ?, finished = ?, summary = ? WHERE run_id = ?",
                       (status, now_iso(), json.dumps(summary, ensure_ascii=False), run_id))
            for table in ("staged", "aliases", "failures"):
                db.execute(f"DELETE FROM {table} WHERE run_id = ?", (run_id,))

    # -- discovery -------------------------------------------------------------------

    def save_document(self, url: str, *, kind: str, source: str, via: str | None, run_id: str,
                      http_status: int | None = None, final_url: str | None = None, etag: str | None = None,
                      last_modified: str | None = None, body_sha256: str | None = None,
                      listed_date: str | None = None, failure: dict | None = None, attempts: int = 0,
                      not_modified: bool = False) -> None:
        """A feed, sitemap or listing page after this run fetched it (or failed to: ``failure`` row)."""
        now = now_iso()
        with self.transaction() as db:
            db.execute("INSERT OR IGNORE INTO urls (url, kind, source, via, status, first_seen) "
                       "VALUES (?, ?, ?, ?, 'ok', ?)", (url, kind, source, via, now))
            if failure is not None:
                db.execute("UPDATE urls SET status = 'retry', last_error = ?, attempts = attempts + ?, "
                           "failures = failures + 1, last_seen = ?, seen_run = ?, run_id = ? WHERE url = ?",
                           (failure.get("reason"), attempts, now, run_id, run_id, url))
                self._add_failure(db, run_id, failure)
                return
            db.execute(
                "UPDATE urls SET status = 'ok', kind = ?, via = COALESCE(?, via), last_seen = ?, seen_run = ?, "
                "last_fetched = ?, http_status = ?, final_url = COALESCE(?, final_url), "
                "etag = COALESCE(?, etag), last_modified = COALESCE(?, last_modified), "
                "body_sha256 = COALESCE(?, body_sha256), listed_date = COALESCE(?, listed_date), "
                "attempts = attempts + ?, failures = 0, last_error = NULL, run_id = ? WHERE url = ?",
                (kind, via, now, run_id, now, 304 if not_modified else http_status, final_url, etag,
                 last_modified, body_sha256, listed_date, attempts, run_id, url))

    def add_links(self, links: Iterable[tuple[str, str, str | None, str | None]], *, run_id: str) -> int:
        """Article links ``(url, source, via, listed_date)`` from discovery; returns how many are new.

        A link whose listed date moved past our last fetch is flagged for a
        (conditional) refetch: the page says it changed.
        """
        now = now_iso()
        new = 0
        with self.transaction() as db:
            for url, source, via, listed in links:
                cursor = db.execute(
                    "INSERT OR IGNORE INTO urls (url, kind, source, via, status, first_seen, last_seen, seen_run, "
                    "listed_date) VALUES (?, 'article', ?, ?, 'new', ?, ?, ?, ?)",
                    (url, source, via, now, now, run_id, listed))
                if cursor.rowcount:
                    new += 1
                    continue
                db.execute(
                    "UPDATE urls SET last_seen = ?, seen_run = ?, "
                    "refetch = CASE WHEN ? IS NOT NULL AND last_fetched IS NOT NULL AND ? > last_fetched "
                    "AND (listed_date IS NULL OR ? > listed_date) THEN 1 ELSE refetch END, "
                    "listed_date = CASE WHEN listed_date IS NULL OR ? > listed_date THEN ? ELSE listed_date END "
                    "WHERE url = ? AND kind = 'article'",
                    (now, run_id, listed, listed, listed, listed, listed, url))
        return new

    def due_articles(self, *, run_id: str, sources: Iterable[str], since: str | None = None) -> list[UrlRow]:
        """Article URLs this run should fetch, newest first."""
        now = now_iso()
        names = list(sources)
        if not names:
            return []
        marks = ",".join("?" * len(names))
        return self.rows(
            f"kind = 'article' AND source IN ({marks}) AND ("
            "status = 'new' OR (status = 'retry' AND (next_retry IS NULL OR next_retry <= ?)) "
            "OR (status = 'robots' AND seen_run = ?) "
            f"OR (refetch = 1 AND status IN ({','.join('?' * len(SETTLED))}))) "
            "AND (? IS NULL OR listed_date IS NULL OR listed_date >= ?) "
            "ORDER BY COALESCE(listed_date, first_seen) DESC, first_seen",
            (*names, now, run_id, *SETTLED, since, since))

    # -- per-URL outcomes (each one transaction) --------------------------------------

    def _update(self, db: sqlite3.Connection, url: str, **values) -> None:
        keys = ", ".join(f"{k} = ?" for k in values)
        db.execute(f"UPDATE urls SET {keys} WHERE url = ?", (*values.values(), url))

    def mark_not_modified(self, url: str, *, run_id: str, attempts: int, etag: str | None = None,
                          last_modified: str | None = None, http_status: int = 304) -> None:
        with self.transaction() as db:
            row = db.execute("SELECT etag, last_modified, attempts FROM urls WHERE url = ?", (url,)).fetchone()
            self._update(db, url, last_fetched=now_iso(), http_status=http_status, refetch=0,
                         etag=etag or row["etag"], last_modified=last_modified or row["last_modified"],
                         attempts=row["attempts"] + attempts, run_id=run_id)

    def mark_robots(self, url: str, *, run_id: str, reason: str) -> None:
        with self.transaction() as db:
            self._update(db, url, status="robots", last_error=reason, refetch=0, run_id=run_id)

    def mark_skipped(self, url: str, *, run_id: str, reason: str, page: dict) -> None:
        with self.transaction() as db:
            self._fetched(db, url, page)
            self._update(db, url, status="skipped", last_error=reason, failures=0, next_retry=None,
                         refetch=0, run_id=run_id)

    def _fetched(self, db: sqlite3.Connection, url: str, page: dict) -> None:
        """Validators and hashes of a page fetched with 200."""
        row = db.execute("SELECT attempts FROM urls WHERE url = ?", (url,)).fetchone()
        self._update(db, url, last_fetched=now_iso(), http_status=page.get("status", 200),
                     final_url=page.get("final_url"), etag=page.get("etag"),
                     last_modified=page.get("last_modified"), body_sha256=page.get("body_sha256"),
                     attempts=row["attempts"] + page.get("attempts", 1))

    def mark_failed(self, url: str, *, run_id: str, row: dict, transient: bool, retry_runs: int,
                    attempts: int) -> str:
        """Record a failure row for the run's errors file; returns the URL's new status."""
        with self.transaction() as db:
            current = db.execute("SELECT failures, attempts FROM urls WHERE url = ?", (url,)).fetchone()
            failures = (current["failures"] if current else 0) + 1
            status = "retry" if transient and failures <= retry_runs else "failed"
            next_retry = None
            if status == "retry":
                # Later runs try again, half an hour, one hour, two hours... (at most a day) later.
                wait = min(timedelta(hours=24), timedelta(minutes=30) * 2 ** (failures - 1))
                next_retry = iso(datetime.now(timezone.utc) + wait)
            if current is not None:
                self._update(db, url, status=status, failures=failures, next_retry=next_retry,
                             last_error=row.get("reason"), attempts=current["attempts"] + attempts,
                             refetch=0, run_id=run_id)
            self._add_failure(db, run_id, row)
            return status

    def mark_refetch_failed(self, url: str, *, run_id: str, row: dict, attempts: int, retry_runs: int) -> None:
        """A page that already has a record could not be fetched again: keep the record, retry later."""
        with self.transaction() as db:
            current = db.execute("SELECT failures, attempts FROM urls WHERE url = ?", (url,)).fetchone()
            failures = current["failures"] + 1
            self._update(db, url, failures=failures, last_error=row.get("reason"),
                         attempts=current["attempts"] + attempts, refetch=1 if failures <= retry_runs else 0,
                         run_id=run_id)
            self._add_failure(db, run_id, row)

    def add_failure(self, run_id: str, row: dict) -> None:
        with self.transaction() as db:
            self._add_failure(db, run_id, row)

    def _add_failure(self, db: sqlite3.Connection, run_id: str, row: dict) -> None:
        seq = db.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM failures WHERE run_id = ?", (run_id,)).fetchone()[0]
        db.execute("INSERT INTO failures VALUES (?, ?, ?)", (run_id, seq, json.dumps(row, ensure_ascii=False)))

    def stage_record(self, url: str, *, run_id: str, record: dict, page: dict) -> str:
        """Keep the record for the run's file unless its text is already known.

        Returns ``staged`` (a new record), ``alias`` (same text as a record of
        this run: the URL joins its ``also_urls``), ``duplicate`` (same text as
        a record of an earlier run: noted in the state) or ``unchanged`` (this
        URL's text did not change since its last record).
        """
        text_sha = record["text_sha256"]
        with self.transaction() as db:
            self._fetched(db, url, page)
            previous = db.execute("SELECT text_sha256, status FROM urls WHERE url = ?", (url,)).fetchone()
            common = dict(failures=0, next_retry=None, last_error=None, refetch=0, run_id=run_id)
            if previous is not None and previous["status"] == "done" and previous["text_sha256"] == text_sha:
                self._update(db, url, **common)
                return "unchanged"
            same_run = db.execute("SELECT seq, url FROM staged WHERE run_id = ? AND text_sha256 = ? LIMIT 1",
                                  (run_id, text_sha)).fetchone()
            if same_run is not None:
                db.execute("INSERT INTO aliases VALUES (?, ?, ?)", (run_id, same_run["seq"], record.get("url") or url))
                self._update(db, url, status="duplicate", duplicate_of=same_run["url"], text_sha256=text_sha,
                             record_id=record["id"], **common)
                return "alias"
            earlier = db.execute("SELECT url, record_id FROM urls WHERE text_sha256 = ? AND status = 'done' "
                                 "AND url != ? LIMIT 1", (text_sha, url)).fetchone()
            if earlier is not None:
                self._update(db, url, status="duplicate", duplicate_of=earlier["url"], text_sha256=text_sha,
                             record_id=earlier["record_id"], **common)
                return "duplicate"
            seq = db.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM staged WHERE run_id = ?", (run_id,)).fetchone()[0]
            db.execute("INSERT INTO staged VALUES (?, ?, ?, ?, ?)",
                       (run_id, seq, url, text_sha, json.dumps(record, ensure_ascii=False)))
            self._update(db, url, status="done", text_sha256=text_sha, record_id=record["id"],
                         duplicate_of=None, **common)
            return "staged"

    # -- robots.txt copies -------------------------------------------------------------

    def robots_cache(self) -> dict[str, str]:
        return {origin: body for origin, body in self.db.execute("SELECT origin, body FROM robots")}

    def save_robots(self, texts: dict[str, str]) -> None:
        if not texts:
            return
        now = now_iso()
        with self.transaction() as db:
            db.executemany("INSERT OR REPLACE INTO robots VALUES (?, ?, ?)",
                           [(origin, body, now) for origin, body in texts.items()])
