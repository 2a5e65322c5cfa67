"""``cliffhanger sources check``: what each configured source yields, fetched once, nothing stored."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict

from pipeline.cli import EXIT_OK, EXIT_PARTIAL, add_sources_option, settings_from


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "sources",
        help="check the sources in sources.toml (feeds, sitemaps, listings, robots.txt)",
        description="Inspect the configured sources. `cliffhanger sources check` fetches every feed, sitemap "
                    "(and a few children of each sitemap index) and listing page once, politely, and reports "
                    "per source how many article links it finds and how many pass include/exclude. Nothing is "
                    "written. Exit code 1 when a document is unreachable or broken.",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    check = actions.add_parser("check", help="fetch each source's feeds/sitemaps/listings once and report",
                               description="Fetch each source's feeds, sitemaps and listing pages once and report "
                                           "what they yield (no state, no records).")
    add_sources_option(check)
    check.add_argument("--source", metavar="NAME", action="append", default=[],
                       help="only this source (repeatable)")
    check.add_argument("--json", action="store_true", help="one JSON object per source instead of text")
    check.set_defaults(handler=run_check)
    parser.set_defaults(handler=lambda args: _usage(parser))


def _usage(parser: argparse.ArgumentParser) -> int:
    from pipeline.cli import EXIT_USAGE

    parser.print_help()
    return EXIT_USAGE


def run_check(args: argparse.Namespace) -> int:
    from pipeline.crawl import check_sources

    settings = settings_from(args)
    reports = check_sources(settings, only=tuple(args.source))
    for report in reports:
        if args.json:
            data = asdict(report)
            data["links"] = report.links
            data["ok"] = report.ok
            print(json.dumps(data, ensure_ascii=False))
            continue
        verdict = f"{report.links} article links" if report.ok else (
            "unreachable" if all(d.status == "unreachable" for d in report.documents) else
            f"{report.links} article links, with problems")
        print(f"{report.name} ({report.language or 'any language'}): {verdict}")
        for doc in report.documents:
            if doc.status == "ok":
                line = f"{doc.links} links, {doc.kept} kept by include/exclude ({doc.detail})"
                if doc.sample:
                    line += f", e.g. {doc.sample}"
            else:
                line = f"{doc.status}: {doc.detail}"
            print(f"  {doc.kind:<8} {doc.url}\n           {line}")
        for robots in report.robots:
            print(f"  robots   {robots}")
    return EXIT_OK if all(r.ok for r in reports) else EXIT_PARTIAL
