"""``cliffhanger demo``: the whole `run` pipeline against a small offline site served on 127.0.0.1."""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from pipeline.cli import EXIT_OK, EXIT_PARTIAL, _positive_int, add_workers_option


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "demo",
        help="run the whole pipeline on a small offline demo site (no internet needed)",
        description="Serve a small French and English TV-news site on 127.0.0.1 (RSS feed, news sitemap index, "
                    "listing page, robots.txt, a syndicated copy), run `cliffhanger run` against it and print "
                    "the records it wrote. Run it twice with the same --output and --port to see an incremental "
                    "run (conditional requests, nothing rewritten).",
    )
    parser.add_argument("--output", metavar="DIR", default=None,
                        help="output directory (default: a new temporary directory)")
    parser.add_argument("--port", metavar="N", type=int, default=0,
                        help="port for the demo site (default: any free port)")
    parser.add_argument("--limit", metavar="N", type=_positive_int, default=None, help="fetch at most N pages")
    add_workers_option(parser)
    parser.set_defaults(handler=run)


def _describe(record: dict) -> str:
    claims = ", ".join(
        f"{c['status']}: {c['series']}" + (f" (season {c['season']})" if c.get("season") else "")
        + (f" [{c['network']}]" if c.get("network") else "")
        for c in record.get("claims", [])) or "no status claim"
    also = f"\n      also at {', '.join(record['also_urls'])}" if record.get("also_urls") else ""
    return f"  [{record.get('language')}] {record.get('title')}\n      {claims}{also}"


def run(args: argparse.Namespace) -> int:
    from pipeline.crawl import RunOptions, TerminalProgress, run_crawl
    from pipeline.demo import DemoServer, demo_settings

    output = Path(args.output) if args.output else Path(tempfile.mkdtemp(prefix="cliffhanger-demo-"))
    with DemoServer(args.port) as site:
        print(f"cliffhanger demo: serving the demo site at {site.base}/ (robots.txt, /fr/rss.xml, "
              f"/en/sitemap.xml, /en/series/)", file=sys.stderr)
        settings = demo_settings(site.base)
        result = run_crawl(settings, RunOptions(output_dir=output, limit=args.limit, workers=args.workers),
                           progress=TerminalProgress(sys.stderr))
    records = [json.loads(line) for line in result.files.records.read_text(encoding="utf-8").splitlines() if line]
    print(f"cliffhanger {result.line()}")
    print(f"records: {result.files.records}")
    for record in records:
        print(_describe(record))
    print(f"errors:  {result.files.errors}")
    print(f"summary: {result.files.summary}")
    print(f"state:   {output / 'state.sqlite'}")
    return EXIT_PARTIAL if result.counts.failed else EXIT_OK
