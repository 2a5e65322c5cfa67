"""``cliffhanger run``: discovery → state → fetch → :mod:`pipeline.runner` → sink.

One run, under the state's lock:

1. Recover: a run that died (still ``running`` in the state) gets its files
   written from what it had committed (``staged`` records, failure rows).
2. Discover: every enabled source's feeds, sitemaps (indexes followed, newest
   first, at most ``max_sitemaps`` children each) and listing pages are
   fetched with their stored ETag / Last-Modified; a 304 is not parsed again.
   Article links that pass ``include``/``exclude`` and ``--since`` go into the
   state (new ones as ``new``; known ones whose listed date moved past our last
   fetch are flagged for a conditional refetch).
3. Fetch and extract: the due URLs (new, retry due, changed; newest first,
   ``max_pages`` per source, ``--limit`` overall) are fetched politely in a
   background thread while the main thread (or the ``--workers`` pool) runs
   the extraction through :func:`pipeline.runner.extract_stream`. Each URL's
   outcome is committed in one transaction.
4. Write ``DIR/YYYY-MM-DD/<run-id>.jsonl``, ``.errors.jsonl`` and
   ``.summary.json`` atomically, then forget the staged rows.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import queue
import secrets
import sys
import time
from collections import deque
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator, Protocol

from pipeline.config import Settings, Source
from pipeline.discover import Link, parse_listing, parse_xml_links
from pipeline.errors import ConfigError, FetchError, PipelineError, RobotsDisallowed, Skip
from pipeline.fetch import FetchedPage, Fetcher, FetchThread, NotModified, is_transient, origin_of
from pipeline.inputs import Input, InputDocument, InputFailure
from pipeline.records import Record
from pipeline.runner import Failure, extract_stream, failure_from
from pipeline.sink import RunFiles, remove_temporaries, write_json, write_lines
from pipeline.state import SETTLED, RunLock, State, UrlRow, iso, now_iso

log = logging.getLogger(__name__)

#: how deep sitemap indexes are followed (index → index → urlset)
MAX_SITEMAP_DEPTH = 3


@dataclass(slots=True)
class Counts:
    discovered: int = 0       # unique article links found by this run's discovery
    new: int = 0              # of which not seen before
    due: int = 0              # article URLs this run set out to fetch
    fetched: int = 0          # article pages received (200)
    not_modified: int = 0     # 304, same bytes, or same text as the last record
    skipped_by_robots: int = 0
    failed: int = 0           # URLs (articles, feeds, sitemaps, listings) in the errors file
    written: int = 0          # records in this run's JSONL file
    duplicates: int = 0       # same text as another URL's record (also_urls / state)
    skipped: int = 0          # pages without article text
    documents: int = 0        # feeds, sitemaps and listing pages fetched


@dataclass(frozen=True, slots=True)
class RunOptions:
    output_dir: Path
    state_path: Path | None = None
    since: datetime | None = None
    limit: int | None = None
    workers: int = 1
    batch_size: int = 16
    #: restrict to these source names (default: every enabled source)
    only: tuple[str, ...] = ()

    @property
    def state_file(self) -> Path:
        return self.state_path or Path(self.output_dir) / "state.sqlite"


@dataclass(frozen=True, slots=True)
class RunResult:
    run_id: str
    status: str
    files: RunFiles
    counts: Counts
    seconds: float
    recovered: tuple[str, ...] = ()

    def line(self) -> str:
        c = self.counts
        return (f"run {self.run_id}: discovered {c.discovered} ({c.new} new), fetched {c.fetched}, "
                f"not modified {c.not_modified}, skipped by robots {c.skipped_by_robots}, failed {c.failed}, "
                f"written {c.written}, {self.seconds:.1f} s")


class Progress(Protocol):
    def phase(self, message: str) -> None: ...
    def update(self, done: int, total: int, counts: Counts) -> None: ...
    def finish(self) -> None: ...


class NoProgress:
    def phase(self, message: str) -> None:
        log.info(message)

    def update(self, done: int, total: int, counts: Counts) -> None:
        pass

    def finish(self) -> None:
        pass


class TerminalProgress:
    """One line rewritten in place on a terminal; a plain line now and then otherwise (cron)."""

    def __init__(self, stream=None, *, interval: float | None = None) -> None:
        self.stream = stream or sys.stderr
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self.interval = interval if interval is not None else (0.2 if self.tty else 30.0)
        self._last = 0.0
        self._started = time.monotonic()
        self._dirty = False

    def phase(self, message: str) -> None:
        self._clear()
        print(f"cliffhanger run: {message}", file=self.stream, flush=True)

    def update(self, done: int, total: int, counts: Counts) -> None:
        now = time.monotonic()
        if now - self._last < self.interval and done < total:
            return
        self._last = now
        text = (f"{done}/{total} pages · written {counts.written} · not modified {counts.not_modified} · "
                f"failed {counts.failed} · {now - self._started:.0f} s")
        if self.tty:
            width = 30
            filled = int(width * done / total) if total else width
            self.stream.write(f"\r\x1b[2K[{'#' * filled}{'.' * (width - filled)}] {text}")
            self.stream.flush()
            self._dirty = True
        else:
            print(f"cliffhanger run: {text}", file=self.stream, flush=True)

    def _clear(self) -> None:
        if self.tty and self._dirty:
            self.stream.write("\r\x1b[2K")
            self._dirty = False

    def finish(self) -> None:
        self._clear()


def make_run_id(started: datetime) -> str:
    return f"{started.strftime('%Y%m%dT%H%M%SZ')}-{secrets.token_hex(2)}"


def selected_sources(settings: Settings, only: tuple[str, ...] = ()) -> list[Source]:
    names = {s.name for s in settings.sources}
    unknown = [n for n in only if n not in names]
    if unknown:
        raise ConfigError(f"no source named {unknown[0]!r} (known: {', '.join(sorted(names)) or 'none'})",
                          path=settings.path)
    chosen = [s for s in settings.sources if (s.name in only if only else s.enabled)]
    if not chosen:
        raise ConfigError("no enabled [[source]] to run", path=settings.path)
    return chosen


# --- recovery ---------------------------------------------------------------------------

def recover(state: State) -> list[str]:
    """Write the files of runs that died before writing them; returns their ids."""
    recovered = []
    for run in state.unfinished_runs():
        files = RunFiles.for_run(run.output_dir, run.run_id, day=run.started[:10])
        remove_temporaries(files.directory)
        written = write_lines(files.records, state.staged_records(run.run_id))
        failed = write_lines(files.errors, state.failure_rows(run.run_id))
        summary = {"run_id": run.run_id, "status": "interrupted", "started": run.started,
                   "recovered_at": now_iso(), "written": written, "failed": failed,
                   "note": "this run stopped before finishing; its committed records were written by the next run, "
                           "which redid the rest"}
        write_json(files.summary, summary)
        state.finish_run(run.run_id, status="interrupted", summary=summary)
        log.warning("run %s had stopped early: wrote its %d committed records", run.run_id, written)
        recovered.append(run.run_id)
    return recovered


# --- discovery (runs on the fetch thread's event loop) -----------------------------------

@dataclass(slots=True)
class DocOutcome:
    url: str
    kind: str  # feed | sitemap | listing
    source: str
    via: str | None
    result: FetchedPage | NotModified | BaseException
    listed_date: datetime | None = None
    links: list[Link] = field(default_factory=list)
    error: BaseException | None = None


async def discover(fetcher: Fetcher, sources: list[Source], *, known: dict[str, UrlRow],
                   children: dict[str, list[UrlRow]], since: datetime | None, max_sitemaps: int) -> list[DocOutcome]:
    outcomes: list[DocOutcome] = []

    async def get(url: str, kind: str) -> FetchedPage | NotModified | BaseException:
        row = known.get(url)
        try:
            return await fetcher.fetch(url, kind="html" if kind == "listing" else "xml",
                                       etag=row.etag if row else None,
                                       last_modified=row.last_modified if row else None)
        except Exception as exc:  # noqa: BLE001 - reported per document by the runner's failure_from
            return exc

    async def xml_doc(url: str, source: Source, kind: str, via: str | None, listed: datetime | None,
                      depth: int) -> None:
        outcome = DocOutcome(url, kind, source.name, via, await get(url, kind), listed)
        outcomes.append(outcome)
        follow: list[tuple[str, datetime | None]] = []
        if isinstance(outcome.result, FetchedPage):
            try:
                found = parse_xml_links(outcome.result.body, base_url=outcome.result.final_url,
                                        max_bytes=fetcher.options.max_bytes)
            except PipelineError as exc:
                outcome.error = exc
                return
            outcome.links = list(found.links)
            follow = [(link.url, link.date) for link in found.sitemaps]
        elif isinstance(outcome.result, NotModified) and kind == "sitemap":
            # The index did not change: look again (conditionally) at the children we know.
            follow = [(row.url, _parse_iso(row.listed_date)) for row in children.get(url, [])]
        if follow and depth < MAX_SITEMAP_DEPTH:
            await asyncio.gather(*(xml_doc(u, source, "sitemap", url, d, depth + 1)
                                   for u, d in _pick_sitemaps(follow, known=known, since=since, limit=max_sitemaps)))

    async def listing(url: str, selector: str, source: Source) -> None:
        outcome = DocOutcome(url, "listing", source.name, None, await get(url, "listing"))
        outcomes.append(outcome)
        if isinstance(outcome.result, FetchedPage):
            outcome.links = list(parse_listing(outcome.result.text, base_url=outcome.result.final_url,
                                               selector=selector))

    tasks = []
    for source in sources:
        tasks += [xml_doc(u, source, "feed", None, None, 0) for u in source.feeds]
        tasks += [xml_doc(u, source, "sitemap", None, None, 0) for u in source.sitemaps]
        tasks += [listing(item.url, item.links, source) for item in source.listings]
    await asyncio.gather(*tasks)
    return outcomes


def _parse_iso(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _pick_sitemaps(children: list[tuple[str, datetime | None]], *, known: dict[str, UrlRow],
                   since: datetime | None, limit: int) -> list[tuple[str, datetime | None]]:
    """Child sitemaps worth fetching: changed since our last look, not older than --since, newest first."""
    picked = []
    for url, lastmod in children:
        if since and lastmod and lastmod < since:
            continue
        row = known.get(url)
        if row and row.last_fetched and lastmod and lastmod <= datetime.fromisoformat(row.last_fetched):
            continue
        picked.append((url, lastmod))
    epoch = datetime.min.replace(tzinfo=timezone.utc)
    picked.sort(key=lambda item: item[1] or epoch, reverse=True)
    return picked[:limit]


# --- the run ------------------------------------------------------------------------------

_DONE = object()


class _Pump:
    """Fetch due pages on the fetch thread, one worker per origin, handing results to the main thread."""

    def __init__(self, fetch: FetchThread, jobs: list[UrlRow], *, budget: int) -> None:
        self.fetch = fetch
        self.jobs = jobs
        self.results: queue.Queue = queue.Queue()
        self.budget = asyncio.Semaphore(budget)
        self.future = fetch.submit(self._run)

    async def _run(self, fetcher: Fetcher) -> None:
        by_origin: dict[str, list[UrlRow]] = {}
        for job in self.jobs:
            by_origin.setdefault(origin_of(job.url), []).append(job)

        async def worker(jobs: list[UrlRow]) -> None:
            for job in jobs:
                await self.budget.acquire()
                conditional = job.status in SETTLED or job.refetch
                try:
                    result = await fetcher.fetch(job.url, kind="html",
                                                 etag=job.etag if conditional else None,
                                                 last_modified=job.last_modified if conditional else None)
                except Exception as exc:  # noqa: BLE001 - the runner turns it into a Failure row
                    result = exc
                self.results.put((job, result))

        try:
            await asyncio.gather(*(worker(jobs) for jobs in by_origin.values()))
        finally:
            self.results.put(_DONE)

    def __iter__(self) -> Iterator[tuple[UrlRow, object]]:
        while True:
            try:
                item = self.results.get(timeout=1.0)
            except queue.Empty:
                if self.future.done() and self.results.empty():
                    self.future.result()  # re-raise a bug on the fetch side
                    return
                continue
            if item is _DONE:
                return
            self.fetch.call_soon(self.budget.release)
            yield item


def run_crawl(settings: Settings, options: RunOptions, *, extractor=None, transport=None,
              progress: Progress | None = None) -> RunResult:
    progress = progress or NoProgress()
    sources = selected_sources(settings, options.only)
    state_file = options.state_file
    with RunLock(state_file), State(state_file) as state:
        recovered = recover(state)
        started = datetime.now(timezone.utc)
        clock = time.monotonic()
        run_id = make_run_id(started)
        files = RunFiles.for_run(options.output_dir, run_id, day=started.date().isoformat())
        # absolute: a later run started from another directory may have to write this run's files
        state.begin_run(run_id, output_dir=str(Path(options.output_dir).resolve()), started=iso(started))
        counts = Counts()
        status = "aborted"
        try:
            with FetchThread(settings, transport=transport, robots_cache=state.robots_cache()) as fetch:
                _discover(state, fetch, sources, run_id=run_id, since=options.since, counts=counts,
                          progress=progress)
                jobs = _due(state, sources, run_id=run_id, since=options.since, limit=options.limit)
                counts.due = len(jobs)
                progress.phase(f"discovered {counts.discovered} article links ({counts.new} new) from "
                               f"{len(sources)} sources; fetching {len(jobs)} pages")
                _process(state, fetch, jobs, settings=settings, options=options, run_id=run_id, counts=counts,
                         extractor=extractor, progress=progress)
                assert fetch.fetcher is not None
                state.save_robots(fetch.fetcher.robots_fetched)
            status = "complete"
        finally:
            progress.finish()
            seconds = time.monotonic() - clock
            _write_files(state, files, run_id=run_id, status=status, started=started, seconds=seconds,
                         counts=counts, sources=sources, options=options, recovered=recovered)
        return RunResult(run_id=run_id, status=status, files=files, counts=counts, seconds=seconds,
                         recovered=tuple(recovered))


def _discover(state: State, fetch: FetchThread, sources: list[Source], *, run_id: str,
              since: datetime | None, counts: Counts, progress: Progress) -> None:
    progress.phase(f"discovering links from {len(sources)} sources")
    known = {row.url: row for row in state.rows("kind != 'article'")}
    children: dict[str, list[UrlRow]] = {}
    for row in known.values():
        if row.kind == "sitemap" and row.via:
            children.setdefault(row.via, []).append(row)
    by_name = {s.name: s for s in sources}
    outcomes = fetch.submit(lambda fetcher: discover(
        fetcher, sources, known=known, children=children, since=since,
        max_sitemaps=fetch.fetcher.options.max_sitemaps)).result()
    links: dict[str, tuple[str, str, str | None, str | None]] = {}
    for outcome in outcomes:
        result = outcome.result
        attempts = getattr(result, "attempts", 1)
        error = outcome.error or (result if isinstance(result, BaseException) else None)
        if error is not None:
            failure = failure_from(error, label=outcome.url, stage="discover", url=outcome.url, attempts=attempts)
            state.save_document(outcome.url, kind=outcome.kind, source=outcome.source, via=outcome.via,
                                run_id=run_id, failure=failure.to_json_dict(), attempts=attempts)
            counts.failed += 1
            continue
        counts.documents += 1
        if isinstance(result, NotModified):
            state.save_document(outcome.url, kind=outcome.kind, source=outcome.source, via=outcome.via,
                                run_id=run_id, final_url=result.final_url, etag=result.etag,
                                last_modified=result.last_modified, attempts=attempts, not_modified=True,
                                listed_date=iso(outcome.listed_date))
            continue
        assert isinstance(result, FetchedPage)
        state.save_document(outcome.url, kind=outcome.kind, source=outcome.source, via=outcome.via,
                            run_id=run_id, http_status=result.status, final_url=result.final_url,
                            etag=result.etag, last_modified=result.last_modified,
                            body_sha256=hashlib.sha256(result.body).hexdigest(), attempts=attempts,
                            listed_date=iso(outcome.listed_date))
        source = by_name[outcome.source]
        for link in outcome.links:
            if not source.accepts(link.url) or (since and link.date and link.date < since):
                continue
            if link.url not in links:
                links[link.url] = (link.url, source.name, outcome.url, iso(link.date))
    counts.discovered = len(links)
    counts.new = state.add_links(links.values(), run_id=run_id)


def _due(state: State, sources: list[Source], *, run_id: str, since: datetime | None,
         limit: int | None) -> list[UrlRow]:
    caps = {s.name: s.max_pages for s in sources}
    taken: dict[str, int] = {}
    jobs = []
    for row in state.due_articles(run_id=run_id, sources=caps, since=iso(since)):
        cap = caps.get(row.source or "")
        if cap is not None and taken.get(row.source or "", 0) >= cap:
            continue
        taken[row.source or ""] = taken.get(row.source or "", 0) + 1
        jobs.append(row)
        if limit is not None and len(jobs) >= limit:
            break
    return jobs


def _process(state: State, fetch: FetchThread, jobs: list[UrlRow], *, settings: Settings, options: RunOptions,
             run_id: str, counts: Counts, extractor, progress: Progress) -> None:
    if not jobs:
        return
    retry_runs = settings.fetch.retry_runs
    pending: deque[tuple[UrlRow, object, dict]] = deque()
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        progress.update(done, len(jobs), counts)

    def inputs() -> Iterator[Input]:
        pump = _Pump(fetch, jobs, budget=2 * settings.fetch.concurrency + options.batch_size * options.workers)
        for job, result in pump:
            if isinstance(result, NotModified):
                state.mark_not_modified(job.url, run_id=run_id, attempts=result.attempts, etag=result.etag,
                                        last_modified=result.last_modified)
                counts.not_modified += 1
                tick()
                continue
            if isinstance(result, RobotsDisallowed):
                state.mark_robots(job.url, run_id=run_id, reason=result.message)
                counts.skipped_by_robots += 1
                tick()
                continue
            if isinstance(result, BaseException):
                pending.append((job, result, {}))
                yield InputFailure(label=job.url, stage="fetch", error=_as_pipeline_error(result, job.url),
                                   url=job.url)
                continue
            assert isinstance(result, FetchedPage)
            page = {"status": result.status, "final_url": result.final_url, "etag": result.etag,
                    "last_modified": result.last_modified, "attempts": result.attempts,
                    "body_sha256": hashlib.sha256(result.body).hexdigest()}
            if (job.status in SETTLED or job.refetch) and job.body_sha256 == page["body_sha256"]:
                state.mark_not_modified(job.url, run_id=run_id, attempts=result.attempts, etag=result.etag,
                                        last_modified=result.last_modified, http_status=result.status)
                counts.not_modified += 1
                tick()
                continue
            counts.fetched += 1
            pending.append((job, result, page))
            yield InputDocument(label=job.url, kind="html", content=result.text, url=result.final_url)

    stream = extract_stream(inputs(), settings=settings, workers=options.workers, batch_size=options.batch_size,
                            extractor=extractor)
    for outcome in stream:
        job, result, page = pending.popleft()
        if isinstance(outcome, Record):
            record = outcome.model_copy(update={"source": job.source})
            verdict = state.stage_record(job.url, run_id=run_id, record=record.to_json_dict(), page=page)
            if verdict == "staged":
                counts.written += 1
            elif verdict == "unchanged":
                counts.not_modified += 1
            else:
                counts.duplicates += 1
        else:
            _failed(state, job, result, outcome, page=page, run_id=run_id, counts=counts, retry_runs=retry_runs)
        tick()


def _as_pipeline_error(exc: BaseException, url: str) -> PipelineError:
    if isinstance(exc, PipelineError):
        return exc
    # A bug on the fetch side: keep it visible as an internal failure of this URL only.
    wrapped = FetchError(f"internal error: {type(exc).__name__}: {exc}", url=url)
    wrapped.__cause__ = exc
    return wrapped


def _failed(state: State, job: UrlRow, result: object, failure: Failure, *, page: dict, run_id: str,
            counts: Counts, retry_runs: int) -> None:
    attempts = getattr(result, "attempts", page.get("attempts", 1))
    failure = replace(failure, attempts=attempts, url=job.url)
    if failure.code in Skip.REASONS:
        state.mark_skipped(job.url, run_id=run_id, reason=failure.reason, page=page)
        counts.skipped += 1
        return
    transient = isinstance(result, BaseException) and is_transient(result)
    if job.status in SETTLED and job.refetch:
        # A page we already have a record for could not be read again: keep the record, retry later.
        state.mark_refetch_failed(job.url, run_id=run_id, row=failure.to_json_dict(), attempts=attempts,
                                  retry_runs=retry_runs)
    else:
        state.mark_failed(job.url, run_id=run_id, row=failure.to_json_dict(), transient=transient,
                          retry_runs=retry_runs, attempts=attempts if isinstance(result, BaseException) else 0)
    counts.failed += 1


def _write_files(state: State, files: RunFiles, *, run_id: str, status: str, started: datetime, seconds: float,
                 counts: Counts, sources: list[Source], options: RunOptions, recovered: list[str]) -> None:
    written = write_lines(files.records, state.staged_records(run_id))
    failed = write_lines(files.errors, state.failure_rows(run_id))
    summary = {
        "run_id": run_id, "status": status, "started": iso(started), "finished": now_iso(),
        "seconds": round(seconds, 3), **asdict(counts), "written": written, "failed": failed,
        "sources": [s.name for s in sources],
        "since": iso(options.since), "limit": options.limit, "workers": options.workers,
        "files": {"records": str(files.records), "errors": str(files.errors)},
        "recovered_runs": recovered,
    }
    counts.written, counts.failed = written, failed
    write_json(files.summary, summary)
    state.finish_run(run_id, status=status, summary=summary)


# --- sources check -------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class DocReport:
    url: str
    kind: str
    #: ok | unreachable | error
    status: str
    detail: str
    links: int = 0
    kept: int = 0
    sample: str | None = None


@dataclass(frozen=True, slots=True)
class SourceReport:
    name: str
    language: str | None
    documents: tuple[DocReport, ...]
    robots: tuple[str, ...]

    @property
    def links(self) -> int:
        return sum(d.kept for d in self.documents)

    @property
    def ok(self) -> bool:
        return bool(self.documents) and all(d.status == "ok" for d in self.documents)


def check_sources(settings: Settings, *, only: tuple[str, ...] = (), transport=None) -> list[SourceReport]:
    """Fetch every source's feeds, sitemaps and listings once (no state, no conditional requests)."""
    sources = selected_sources(settings, only)
    # A check should answer quickly: one retry at most, short pauses.
    fetch_settings = replace(settings.fetch, max_attempts=min(2, settings.fetch.max_attempts),
                             backoff_seconds=min(0.5, settings.fetch.backoff_seconds))
    settings = replace(settings, fetch=fetch_settings)

    async def main() -> tuple[list[DocOutcome], dict[str, str]]:
        async with Fetcher(settings, transport=transport) as fetcher:
            outcomes = await discover(fetcher, sources, known={}, children={}, since=None,
                                      max_sitemaps=min(3, fetch_settings.max_sitemaps))
            robots: dict[str, str] = {}
            for outcome in outcomes:
                origin = origin_of(outcome.url)
                if origin not in robots:
                    policy = await fetcher.policy(outcome.url)
                    delay = fetcher.delay_for(outcome.url)
                    robots[origin] = f"{origin}: {policy.reason}, {delay:g} s between requests"
            return outcomes, robots

    outcomes, robots = asyncio.run(main())
    reports = []
    for source in sources:
        docs = []
        origins: list[str] = []
        for outcome in (o for o in outcomes if o.source == source.name):
            origin = origin_of(outcome.url)
            if origin not in origins:
                origins.append(origin)
            docs.append(_doc_report(outcome, source))
        reports.append(SourceReport(source.name, source.language, tuple(docs),
                                    tuple(robots[o] for o in origins if o in robots)))
    return reports


def _doc_report(outcome: DocOutcome, source: Source) -> DocReport:
    from pipeline.fetch import ConnectionFailed, RobotsUnreachable
    from pipeline.errors import FetchTimeout

    error = outcome.error or (outcome.result if isinstance(outcome.result, BaseException) else None)
    if error is not None:
        unreachable = isinstance(error, (ConnectionFailed, FetchTimeout, RobotsUnreachable))
        return DocReport(outcome.url, outcome.kind, "unreachable" if unreachable else "error", str(error))
    kept = [link for link in outcome.links if source.accepts(link.url)]
    result = outcome.result
    detail = f"HTTP {result.status}" if isinstance(result, FetchedPage) else "not modified"
    if isinstance(result, FetchedPage) and result.final_url != outcome.url:
        detail += f" via {result.final_url}"
    return DocReport(outcome.url, outcome.kind, "ok", detail, links=len(outcome.links), kept=len(kept),
                     sample=kept[0].url if kept else None)
