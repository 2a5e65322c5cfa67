"""End-to-end throughput of ``extract`` (HTML → record with entities and claims) against its parts.

The one benchmark command of issue 7:

    nice -n 5 python benchmarks/bench_extract.py                # 500 pages: baselines, 1 and 2 workers
    python benchmarks/bench_extract.py --workers 1 --repeat 3    # 1 worker only, best of 3 alternating rounds
    python benchmarks/bench_extract.py --flat 1000,10000         # also: is peak RSS flat with the page count?
    python benchmarks/bench_extract.py --corpus aeb,entertainment  # the issue's pages only (no French)

Each measurement runs in its own process (clean peak RSS, models loaded once
and excluded from the timing), over the same pages:

- trafilatura alone, with the clean stage's settings;
- spaCy NER alone: the same pipelines' ``ner`` (and ``tok2vec`` where ner
  listens to it), ``nlp.pipe`` with the NLP stage's batch size, over the same
  clean texts;
- the whole extract path (``runner.extract_stream``) with 1 worker, and with N workers;
and prints pages/s, words/s and peak RSS for each, the ceiling of a sequential
pipeline (trafilatura time + NER time) and the ratios the issue asks for.
With ``--repeat R`` the three single-process measurements run R times in
alternation and the fastest of each counts (a shared machine slows some
rounds; alternating keeps the ratio fair).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import load_pages, ner_components, repeat  # noqa: E402

WORD = re.compile(r"\w+")
#: pages run once before the single-process extract timing starts (the baselines warm up likewise)
WARM_PAGES = 40


def _rss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux reports KiB


def _result(kind: str, pages: int, words: int, seconds: float, **extra) -> dict:
    return {"kind": kind, "pages": pages, "words": words, "seconds": seconds,
            "rss_mb": _rss_mb(resource.RUSAGE_SELF), "children_rss_mb": _rss_mb(resource.RUSAGE_CHILDREN), **extra}


def _corpus(dirs: str) -> tuple[str, list[tuple[str, str]]]:
    return load_pages(tuple(d.strip() for d in dirs.split(",") if d.strip()) or None)


def _docs(pages: int, dirs: str):
    from pipeline.inputs import InputDocument

    _, corpus = _corpus(dirs)
    for name, html in repeat(corpus, pages):
        yield InputDocument(label=name, kind="html", content=html)


def _warm_docs(dirs: str):
    """WARM_PAGES pages spread over the whole corpus, so every language's pipeline and rules are warm."""
    from pipeline.inputs import InputDocument

    _, corpus = _corpus(dirs)
    picks = sorted({i * len(corpus) // WARM_PAGES for i in range(WARM_PAGES)})
    for name, html in (corpus[i] for i in picks):
        yield InputDocument(label=f"warm:{name}", kind="html", content=html)


def measure_trafilatura(pages: int, dirs: str) -> dict:
    import trafilatura

    from pipeline.clean import TRAFILATURA_OPTIONS

    _, corpus = _corpus(dirs)
    htmls = [html for _, html in repeat(corpus, pages)]
    trafilatura.extract(htmls[0], **TRAFILATURA_OPTIONS)  # warm-up: imports and lazy tables
    words = 0
    start, cpu = time.perf_counter(), time.process_time()
    for html in htmls:
        text = trafilatura.extract(html, **TRAFILATURA_OPTIONS) or ""
        words += len(WORD.findall(text))
    return _result("trafilatura alone", pages, words, time.perf_counter() - start, cpu_seconds=time.process_time() - cpu)


def _clean_texts(pages: int, dirs: str) -> list[tuple[str, str]]:
    from pipeline.config import Settings
    from pipeline.extract import prepare

    settings = Settings()
    out = []
    for doc in _docs(pages, dirs):
        try:
            p = prepare(doc, settings=settings)
        except Exception:  # noqa: BLE001 - pages with no main text are skipped by extract too
            continue
        if p.language in ("en", "fr"):
            out.append((p.language, p.text))
    return out


def measure_ner(pages: int, dirs: str) -> dict:
    from pipeline.config import Settings
    from pipeline.nlp import NlpStage
    from pipeline.nlp import models

    texts = _clean_texts(pages, dirs)
    settings = Settings()
    start_load = time.perf_counter()
    pipelines = {}
    for lang in ("en", "fr"):
        # A private copy of the very pipeline the NLP stage loads, minus Cliffhanger's additions.
        nlp = models.load(models.resolve(lang, settings), fresh=True)
        nlp.select_pipes(enable=ner_components(nlp))
        pipelines[lang] = nlp
        nlp("warm up")
    load = time.perf_counter() - start_load
    words = 0
    start, cpu = time.perf_counter(), time.process_time()
    for lang, nlp in pipelines.items():
        batch = [t for lg, t in texts if lg == lang]
        for doc in nlp.pipe(batch, batch_size=NlpStage.BATCH_SIZE):
            words += len(WORD.findall(doc.text))
    return _result("spaCy NER alone", len(texts), words, time.perf_counter() - start, load_seconds=load,
                   cpu_seconds=time.process_time() - cpu,
                   components={lang: nlp.pipe_names for lang, nlp in pipelines.items()})


def measure_extract(pages: int, workers: int, dirs: str, *, cold: bool = False) -> dict:
    from pipeline.config import Settings
    from pipeline.extract import Extractor
    from pipeline.records import Record
    from pipeline.runner import extract_stream

    settings = Settings()
    extractor = None
    if workers == 1 and not cold:
        start_load = time.perf_counter()
        extractor = Extractor(settings)
        # one-time costs out of the throughput: model loading, and the rule tables each extractor
        # compiles on first use (about 1.3 s of regex compilation, met over the first few dozen pages)
        list(extract_stream(_warm_docs(dirs), settings=settings, extractor=extractor))
        load = time.perf_counter() - start_load
    else:
        load = None  # each worker loads its models once; that cost is inside the timing
    records = failures = words = 0
    start, cpu = time.perf_counter(), time.process_time()
    with open(os.devnull, "w", encoding="utf-8") as sink:  # serialised as `cliffhanger extract` writes them
        for outcome in extract_stream(_docs(pages, dirs), settings=settings, workers=workers, extractor=extractor):
            if isinstance(outcome, Record):
                records += 1
                words += len(WORD.findall(outcome.text))
                sink.write(json.dumps(outcome.to_json_dict(), ensure_ascii=False) + "\n")
            else:
                failures += 1
    return _result(f"extract, {workers} worker{'s' if workers > 1 else ''}{', cold' if cold else ''}", pages, words,
                   time.perf_counter() - start, records=records, failures=failures, load_seconds=load,
                   # the workers' CPU time is not this process's
                   cpu_seconds=time.process_time() - cpu if workers == 1 else None)


def _run(kind: str, pages: int, dirs: str, workers: int = 1) -> dict:
    out = subprocess.run([sys.executable, __file__, "--measure", kind, "--pages", str(pages),
                          "--workers", str(workers), "--corpus", dirs], capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise SystemExit(f"measurement {kind} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def _line(r: dict) -> str:
    extra = f"  (records {r['records']}, failed {r['failures']})" if "records" in r else ""
    return (f"{r['kind']:<22} {r['pages']:>6} pages {r['seconds']:8.1f} s {r['pages'] / r['seconds']:8.1f} pages/s "
            f"{r['words'] / r['seconds']:10.0f} words/s  peak RSS {r['rss_mb']:.0f} MB"
            + (f" (largest worker {r['children_rss_mb']:.0f} MB)" if r["children_rss_mb"] > 1 else "") + extra)


def _best(runs: list[dict]) -> dict:
    return min(runs, key=lambda r: r["seconds"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument("--workers", type=int, default=2, help="also measure this many workers (1: skip)")
    parser.add_argument("--repeat", type=int, default=1,
                        help="rounds of the single-process measurements, alternating; the fastest counts")
    parser.add_argument("--corpus", default="aeb,entertainment,fr-pages",
                        help="../shared/corpus folders (default: aeb,entertainment,fr-pages)")
    parser.add_argument("--flat", default="", help="comma-separated page counts for the RSS-flatness check")
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        fn = {"trafilatura": lambda: measure_trafilatura(args.pages, args.corpus),
              "ner": lambda: measure_ner(args.pages, args.corpus),
              "extract": lambda: measure_extract(args.pages, args.workers, args.corpus),
              "extract-cold": lambda: measure_extract(args.pages, args.workers, args.corpus, cold=True)}[args.measure]
        print(json.dumps(fn()))
        return 0
    label, _ = _corpus(args.corpus)
    print(f"corpus: {label}, repeated to {args.pages} pages; machine: {_cpus()} CPUs", flush=True)
    rounds: dict[str, list[dict]] = {"trafilatura": [], "ner": [], "extract": []}
    for _ in range(max(1, args.repeat)):
        for kind in rounds:
            rounds[kind].append(_run(kind, args.pages, args.corpus))
    traf, ner, one = (_best(rounds[k]) for k in ("trafilatura", "ner", "extract"))
    if args.repeat > 1:
        print("rounds (s): " + ", ".join(f"{k} " + "/".join(f"{r['seconds']:.1f}" for r in v)
                                         for k, v in rounds.items()))
    print(f"NER components: {ner['components']}; NLP batch size: {_batch_size()}")
    for r in (traf, ner, one):
        print(_line(r))
    ceiling = traf["seconds"] + ner["seconds"]
    print(f"{'ceiling (traf + NER)':<22} {args.pages:>6} pages {ceiling:8.1f} s {args.pages / ceiling:8.1f} pages/s")
    print(f"extract / (trafilatura + NER) time ratio: {one['seconds'] / ceiling:.2f}x (issue 7: <= 1.25, goal 1.1)")
    cpu_ceiling = traf["cpu_seconds"] + ner["cpu_seconds"]
    print(f"same ratio in process CPU time (less disturbed by other jobs): {one['cpu_seconds'] / cpu_ceiling:.2f}x "
          f"({one['cpu_seconds']:.1f} s / ({traf['cpu_seconds']:.1f} + {ner['cpu_seconds']:.1f}) s)", flush=True)
    if args.workers > 1:
        # A pool's workers load their models inside the timing, so both sides of the speed-up are timed
        # cold (from an empty process to the last record), as a user's `extract --workers N` runs.
        single = _run("extract-cold", args.pages, args.corpus, 1)
        many = _run("extract-cold", args.pages, args.corpus, args.workers)
        print(_line(single))
        print(_line(many))
        print(f"{args.workers} workers speed-up over 1 worker, both cold: {single['seconds'] / many['seconds']:.2f}x "
              f"(issue 7: >= 1.6 with 2 workers; needs {args.workers} idle cores)")
    for count in [int(c) for c in args.flat.split(",") if c.strip()]:
        r = _run("extract", count, args.corpus, 1)
        print(f"flatness: {_line(r)}", flush=True)
    return 0


def _batch_size() -> int:
    from pipeline.nlp import NlpStage

    return NlpStage.BATCH_SIZE


def _cpus() -> int:
    import os

    return len(os.sched_getaffinity(0))


if __name__ == "__main__":
    sys.exit(main())
