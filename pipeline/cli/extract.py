"""``cliffhanger extract``: one-off extraction of URLs, files, stdin or JSON-lines batches."""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from contextlib import contextmanager
from typing import IO, Iterator

from pipeline.cli import EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, add_sources_option, add_workers_option, settings_from


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "extract",
        help="extract records from URLs, HTML/text files, stdin or a JSON-lines batch",
        description="Write one JSON record per input (JSON Lines, input order) to stdout or -o FILE. "
                    "Inputs that fail are reported on stderr, one line each, and the others still run.",
    )
    parser.add_argument("inputs", nargs="*", metavar="URL|FILE|-",
                        help="URLs, local files, or - for stdin (default: - when stdin is not a terminal)")
    parser.add_argument("--input-format", choices=("html", "text", "jsonl"), default=None,
                        help="how to read FILE/stdin (default: by extension, .jsonl/.txt, else html). "
                             "jsonl: one object per line with 'html' or 'text' and optional "
                             "'id', 'url', 'published', 'language'")
    parser.add_argument("-o", "--output", metavar="FILE", default=None,
                        help="write records to FILE (written atomically) instead of stdout")
    parser.add_argument("--errors", metavar="FILE", default=None,
                        help="also write one JSON line per failed input (input, id, url, stage, code, reason)")
    parser.add_argument("--batch-size", type=int, default=32, metavar="N",
                        help="pages per NLP batch (default 32)")
    add_workers_option(parser)
    add_sources_option(parser)
    parser.set_defaults(handler=run)


@contextmanager
def _atomic_output(path: str | None) -> Iterator[IO[str]]:
    if path is None or path == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    directory = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".cliffhanger-", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


def run(args: argparse.Namespace) -> int:
    from pipeline.inputs import iter_inputs
    from pipeline.records import Record
    from pipeline.runner import extract_stream

    inputs = list(args.inputs)
    if not inputs:
        if sys.stdin.isatty():
            print("cliffhanger extract: no input (give URLs, files, or - for stdin)", file=sys.stderr)
            return EXIT_USAGE
        inputs = ["-"]
    if inputs.count("-") > 1:
        print("cliffhanger extract: stdin (-) can be given only once", file=sys.stderr)
        return EXIT_USAGE
    if args.batch_size < 1:
        print("cliffhanger extract: --batch-size must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    settings = settings_from(args)
    failed = 0
    stream = iter_inputs(inputs, input_format=args.input_format, max_bytes=settings.fetch.max_bytes)
    if args.output not in (None, "-") and (os.path.isdir(args.output) or not os.access(
            os.path.dirname(os.path.abspath(args.output)), os.W_OK)):
        print(f"cliffhanger extract: cannot write {args.output}: a directory, or its directory is missing "
              "or not writable", file=sys.stderr)
        return EXIT_USAGE
    try:
        errors = open(args.errors, "w", encoding="utf-8") if args.errors else None
    except OSError as exc:
        print(f"cliffhanger extract: cannot write {args.errors}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        with _atomic_output(args.output) as out:
            for outcome in extract_stream(stream, settings=settings, workers=args.workers,
                                          batch_size=args.batch_size):
                if isinstance(outcome, Record):
                    out.write(json.dumps(outcome.to_json_dict(), ensure_ascii=False) + "\n")
                else:
                    failed += 1
                    print(f"cliffhanger extract: {outcome.message()}", file=sys.stderr)
                    if errors:
                        errors.write(json.dumps(outcome.to_json_dict(), ensure_ascii=False) + "\n")
    finally:
        if errors:
            errors.close()
    return EXIT_PARTIAL if failed else EXIT_OK
