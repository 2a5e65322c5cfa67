"""The clean stage against trafilatura alone, same settings, same pages, same run.

    nice -n 10 python benchmarks/bench_clean.py            # 3 rounds over ../shared (or the fixture pages)
    python benchmarks/bench_clean.py --rounds 5 --json out.json

"Clean stage" is what ``extract`` does to an HTML page to get its text:
one selectolax parse, per-site drop selectors (none here), trafilatura with
:data:`pipeline.clean.TRAFILATURA_OPTIONS` (and its fallback), the link
scan and the chrome filter. Reading the metadata from the same parse (the
filter uses its title and authors) is timed apart and reported too.
"trafilatura alone" is ``trafilatura.extract`` with the same options on the
same decoded pages.

Speed is measured in one process, page by page in alternation (trafilatura,
clean, trafilatura, clean, … with the order swapped every round), in CPU
seconds of the process: other jobs on a shared machine then slow neither
side more than the other. The ratio is the median of the rounds' ratios;
pages/s and words/s are those of each kind's best round.
Peak RSS is measured separately, each configuration in a forked child that
starts from the same memory (the pages, loaded once). Printed: pages/s,
words/s (words of the text each produces), peak RSS, and the speed ratio
clean / trafilatura (the goal is at least 0.9).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import re
import resource
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import load_pages  # noqa: E402

WORD = re.compile(r"\w+")
PAGES: list[tuple[str, str]] = []


def _trafilatura(html: str, timing: dict) -> str:
    import trafilatura

    from pipeline.clean import TRAFILATURA_OPTIONS

    started = time.process_time()
    text = trafilatura.extract(html, **TRAFILATURA_OPTIONS) or ""
    timing["stage"] += time.process_time() - started
    return text


def _clean(html: str, timing: dict) -> str:
    from selectolax.lexbor import LexborHTMLParser

    from pipeline.clean import clean_html
    from pipeline.errors import PipelineError
    from pipeline.metadata import read_metadata

    started = time.process_time()
    tree = LexborHTMLParser(html)
    parsed = time.process_time()
    meta = read_metadata(tree)
    read = time.process_time()
    try:
        text = clean_html(html, tree=tree, title=meta.title, authors=meta.authors).body
    except PipelineError:
        text = ""
    timing["stage"] += (parsed - started) + (time.process_time() - read)
    timing["metadata"] += read - parsed
    return text


KINDS = {"trafilatura alone": _trafilatura, "clean stage": _clean}


def _interleaved(rounds: int) -> tuple[dict[str, dict], list[float], list[float]]:
    """CPU seconds of each kind over all pages, page by page in alternation, for ``rounds`` rounds.

    Returns the best round of each kind and, per round, the speed ratio clean / trafilatura
    without and with the metadata.
    """
    for _, html in PAGES[:5]:  # imports and first-call costs are not what we measure
        for work in KINDS.values():
            work(html, {"stage": 0.0, "metadata": 0.0})
    best: dict[str, dict] = {}
    ratios: list[float] = []
    ratios_with_metadata: list[float] = []
    for round_number in range(rounds):
        timing = {kind: {"stage": 0.0, "metadata": 0.0} for kind in KINDS}
        words = dict.fromkeys(KINDS, 0)
        order = list(KINDS) if round_number % 2 == 0 else list(KINDS)[::-1]
        for _, html in PAGES:
            for kind in order:
                words[kind] += len(WORD.findall(KINDS[kind](html, timing[kind])))
        alone, clean = timing["trafilatura alone"], timing["clean stage"]
        ratios.append(alone["stage"] / clean["stage"])
        ratios_with_metadata.append(alone["stage"] / (clean["stage"] + clean["metadata"]))
        print(f"  round {round_number + 1}  trafilatura alone {len(PAGES) / alone['stage']:6.1f} pages/s, "
              f"clean stage {len(PAGES) / clean['stage']:6.1f} pages/s (CPU time): ratio {ratios[-1]:.2f}")
        for kind in KINDS:
            seconds = timing[kind]["stage"]
            if kind not in best or seconds < best[kind]["seconds"]:
                best[kind] = {"pages": len(PAGES), "words": words[kind], "seconds": seconds,
                              "metadata_seconds": timing[kind]["metadata"]}
    return best, ratios, ratios_with_metadata


def _peak_rss(kind: str, queue) -> None:
    for _, html in PAGES:
        KINDS[kind](html, {"stage": 0.0, "metadata": 0.0})
    queue.put(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def _child_peak_rss(kind: str) -> float:
    ctx = multiprocessing.get_context("fork")
    queue = ctx.Queue()
    child = ctx.Process(target=_peak_rss, args=(kind, queue))
    child.start()
    peak = queue.get()
    child.join()
    return peak


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3, help="rounds per configuration (best is kept)")
    parser.add_argument("--json", metavar="FILE", help="also write the results as JSON")
    args = parser.parse_args(argv)

    label, pages = load_pages()
    PAGES.extend(pages)
    print(label)
    rss = {kind: _child_peak_rss(kind) for kind in KINDS}  # before any page is cached in this process
    best, ratios, ratios_with_metadata = _interleaved(args.rounds)
    for kind in KINDS:
        best[kind]["peak_rss_mb"] = rss[kind]
    print("\nbest round of each:")
    for kind, result in best.items():
        print(f"  {kind:<18} {result['pages'] / result['seconds']:7.1f} pages/s  "
              f"{result['words'] / result['seconds']:9.0f} words/s  peak RSS {result['peak_rss_mb']:.0f} MB")
    clean = best["clean stage"]
    ratio = statistics.median(ratios)
    with_meta = statistics.median(ratios_with_metadata)
    print(f"  speed ratio clean stage / trafilatura alone, median of the rounds: {ratio:.2f} (goal >= 0.90)")
    print(f"  metadata (title, authors, dates; read from the same parse): "
          f"{1000 * clean['metadata_seconds'] / clean['pages']:.2f} ms/page; clean stage + metadata: "
          f"ratio {with_meta:.2f}")
    if args.json:
        Path(args.json).write_text(json.dumps({"corpus": label, "results": best, "ratio": ratio,
                                               "ratio_with_metadata": with_meta, "round_ratios": ratios},
                                              indent=2),
                                   encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
