"""``cliffhanger status``: per series, the claims of many runs as a timeline, latest status and conflicts."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime, timezone

from pipeline.cli import EXIT_OK, EXIT_PARTIAL, EXIT_USAGE

DEFAULT_INPUT = "output"


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "status",
        help="per-series status across runs: timeline, latest status, sources, conflicts",
        description="Read the JSON Lines records of many runs (default: output/, searched recursively) and "
                    "print, per series, the timeline of its claims across outlets and languages, the latest "
                    "asserted status with its evidence and sources, and conflicting claims.",
    )
    parser.add_argument("inputs", nargs="*", metavar="OUTPUT", help=f"record files or directories (default: {DEFAULT_INPUT}/)")
    parser.add_argument("--series", metavar="NAME", default=None,
                        help="only the series with this name or alias (case, accents and punctuation ignored)")
    parser.add_argument("--format", choices=("table", "json", "html"), default="table",
                        help="table (default), json, or html: one static page with a status board and timelines")
    parser.add_argument("-o", "--output", metavar="FILE", default=None, help="write to FILE instead of stdout")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from pipeline.errors import InputError
    from pipeline.status import ReadReport, build_status, read_records, render_html, render_json, render_table

    report = ReadReport()
    try:
        statuses = build_status(read_records(args.inputs or [DEFAULT_INPUT], report), series=args.series)
    except InputError as exc:
        print(f"cliffhanger status: {exc}", file=sys.stderr)
        return EXIT_USAGE
    for skipped in report.skipped:
        print(f"cliffhanger status: skipped {skipped}", file=sys.stderr)
    if args.format == "json":
        rendered = render_json(statuses)
    elif args.format == "html":
        stamp = datetime.now(timezone.utc).isoformat(timespec="seconds")
        rendered = render_html(statuses, generated=stamp, inputs=report.records)
    else:
        rendered = render_table(statuses)
        if not statuses:
            rendered = (f"no claims{' about ' + repr(args.series) if args.series else ''} in "
                        f"{report.records} record(s) from {report.files} file(s)\n")
    try:
        if args.output and args.output != "-":
            with open(args.output, "w", encoding="utf-8") as out:
                out.write(rendered)
        else:
            sys.stdout.write(rendered)
    except OSError as exc:
        print(f"cliffhanger status: cannot write {args.output}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    return EXIT_PARTIAL if report.skipped else EXIT_OK
