"""``cliffhanger run``: the cron job (discover, fetch politely, extract, append records)."""

from __future__ import annotations

import argparse
import signal
import sys
from datetime import date, datetime, timezone
from pathlib import Path

from pipeline.cli import EXIT_OK, EXIT_PARTIAL, _positive_int, add_sources_option, add_workers_option, settings_from


def parse_since(value: str) -> datetime:
    """``2026-03-01`` or an ISO datetime (UTC unless it says otherwise)."""
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        try:
            when = datetime.combine(date.fromisoformat(value), datetime.min.time())
        except ValueError as exc:
            raise argparse.ArgumentTypeError(f"expected a date like 2026-03-01, got {value!r}") from exc
    return when.replace(tzinfo=timezone.utc) if when.tzinfo is None else when.astimezone(timezone.utc)


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "run",
        help="find new articles on the configured sites, fetch them politely and append records (cron job)",
        description="Discover links (feeds, sitemaps, listing pages), fetch new or changed pages once, extract "
                    "them and write DIR/YYYY-MM-DD/<run-id>.jsonl, .errors.jsonl and .summary.json. "
                    "Prints one summary line. Exit codes: 0 all good, 1 some URLs failed (see the errors file), "
                    "2 usage or configuration error, 3 another run holds the lock.",
    )
    add_sources_option(parser)
    parser.add_argument("--output", metavar="DIR", default="output",
                        help="output directory (default: ./output)")
    parser.add_argument("--state", metavar="FILE", default=None,
                        help="SQLite state file (default: DIR/state.sqlite)")
    parser.add_argument("--since", metavar="DATE", type=parse_since, default=None,
                        help="ignore links whose feed/sitemap date is before DATE (YYYY-MM-DD or ISO datetime)")
    parser.add_argument("--limit", metavar="N", type=_positive_int, default=None,
                        help="fetch at most N article pages in this run (the rest wait for the next run)")
    parser.add_argument("--source", metavar="NAME", action="append", default=[],
                        help="only this source (repeatable; default: every enabled source)")
    parser.add_argument("--batch-size", metavar="N", type=_positive_int, default=16,
                        help="pages per extraction batch (default 16)")
    add_workers_option(parser)
    parser.set_defaults(handler=run)


def _terminate(signum, frame) -> None:
    # SIGTERM (systemd, a cron wrapper's timeout) unwinds like Ctrl-C: the run writes what it committed.
    raise KeyboardInterrupt


def run(args: argparse.Namespace) -> int:
    from pipeline.crawl import RunOptions, TerminalProgress, run_crawl

    settings = settings_from(args)
    options = RunOptions(output_dir=Path(args.output), state_path=Path(args.state) if args.state else None,
                         since=args.since, limit=args.limit, workers=args.workers, batch_size=args.batch_size,
                         only=tuple(args.source))
    previous = signal.signal(signal.SIGTERM, _terminate)
    try:
        result = run_crawl(settings, options, progress=TerminalProgress(sys.stderr))
    finally:
        signal.signal(signal.SIGTERM, previous)
    print(f"cliffhanger {result.line()}")
    if result.counts.failed:
        print(f"cliffhanger run: {result.counts.failed} URLs failed, see {result.files.errors}", file=sys.stderr)
        return EXIT_PARTIAL
    return EXIT_OK
