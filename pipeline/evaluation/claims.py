"""``cliffhanger eval claims``: extraction over a claims gold file, scored by the shared scorer.

Runs ``extract --input-format jsonl`` semantics over the gold lines (their
``id`` and ``text``), writes the predictions, and runs
``../shared/tools/score_claims.py`` on them (claims, seasons, networks,
negatives, series and people F1).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pipeline.cli import EXIT_OK, EXIT_PARTIAL, add_sources_option, add_workers_option, settings_from
from pipeline.evaluation import shared_dir


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("claims", help="score claims, series and people on claims-dev or the seeds",
                            description="Extract every gold line and score with ../shared/tools/score_claims.py.")
    parser.add_argument("gold", nargs="?", default=None,
                        help="gold JSONL (default: ../shared/corpus/claims-dev/claims-dev.jsonl); "
                             "'seeds' for ../shared/corpus/seeds/gold.jsonl")
    parser.add_argument("--pred-out", metavar="FILE", help="keep the predictions in FILE")
    parser.add_argument("--show-errors", type=int, default=0, metavar="N", help="print N scoring errors")
    add_workers_option(parser)
    add_sources_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from pipeline.inputs import iter_inputs
    from pipeline.records import Record
    from pipeline.runner import extract_stream

    shared = shared_dir()
    if shared is None:
        print("eval claims: skipped, ../shared/corpus is not present")
        return EXIT_OK
    gold = {None: shared / "corpus/claims-dev/claims-dev.jsonl",
            "seeds": shared / "corpus/seeds/gold.jsonl"}.get(args.gold, Path(args.gold or ""))
    scorer = shared / "tools/score_claims.py"
    settings = settings_from(args)
    pred_path = Path(args.pred_out) if args.pred_out else Path(tempfile.mkstemp(suffix=".jsonl")[1])
    failed = 0
    started = time.perf_counter()
    count = 0
    with pred_path.open("w", encoding="utf-8") as out:
        inputs = iter_inputs([str(gold)], input_format="jsonl", max_bytes=settings.fetch.max_bytes)
        for outcome in extract_stream(inputs, settings=settings, workers=args.workers):
            count += 1
            if isinstance(outcome, Record):
                out.write(json.dumps(outcome.to_json_dict(), ensure_ascii=False) + "\n")
            else:
                failed += 1
                print(f"eval claims: {outcome.message()}", file=sys.stderr)
    seconds = time.perf_counter() - started
    print(f"{count} texts extracted in {seconds:.1f} s ({count / seconds:.1f} texts/s), {failed} failed")
    command = [sys.executable, str(scorer), str(gold), str(pred_path), "--by-lang"]
    if args.show_errors:
        command += ["--show-errors", str(args.show_errors)]
    result = subprocess.run(command, check=False)
    if not args.pred_out:
        pred_path.unlink()
    return EXIT_PARTIAL if failed or result.returncode else EXIT_OK
