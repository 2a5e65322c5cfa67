"""End-to-end throughput of ``extract`` (HTML → record with entities and claims) against its parts.

    python benchmarks/bench_extract.py                 # 500 pages, 1 and 2 workers
    python benchmarks/bench_extract.py --flat 1000,10000   # also: is peak RSS flat with the page count?

Each measurement runs in its own process (clean peak RSS, models loaded once
and excluded from the timing), over the same pages:

- trafilatura alone, with the clean stage's settings;
- spaCy NER alone (tok2vec + ner of the same pipelines) over the same clean texts;
- the whole extract path with 1 worker, and with N workers;
and prints pages/s, words/s and peak RSS for each, the ceiling of a sequential
pipeline (trafilatura time + NER time) and the ratios the issue asks for.
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import load_pages, repeat  # noqa: E402

WORD = re.compile(r"\w+")


def _rss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux reports KiB


def _result(kind: str, pages: int, words: int, seconds: float, **extra) -> dict:
    return {"kind": kind, "pages": pages, "words": words, "seconds": seconds,
            "rss_mb": _rss_mb(resource.RUSAGE_SELF), "children_rss_mb": _rss_mb(resource.RUSAGE_CHILDREN), **extra}


def _docs(pages: int):
    from pipeline.inputs import InputDocument

    _, corpus = load_pages()
    for name, html in repeat(corpus, pages):
        yield InputDocument(label=name, kind="html", content=html)


def measure_trafilatura(pages: int) -> dict:
    import trafilatura

    from pipeline.clean import TRAFILATURA_OPTIONS

    _, corpus = load_pages()
    htmls = [html for _, html in repeat(corpus, pages)]
    trafilatura.extract(htmls[0], **TRAFILATURA_OPTIONS)  # warm-up: imports and lazy tables
    words = 0
    start = time.perf_counter()
    for html in htmls:
        text = trafilatura.extract(html, **TRAFILATURA_OPTIONS) or ""
        words += len(WORD.findall(text))
    return _result("trafilatura alone", pages, words, time.perf_counter() - start)


def _clean_texts(pages: int) -> list[tuple[str, str]]:
    from pipeline.config import Settings
    from pipeline.extract import prepare

    settings = Settings()
    out = []
    for doc in _docs(pages):
        try:
            p = prepare(doc, settings=settings)
        except Exception:  # noqa: BLE001 - pages with no main text are skipped by extract too
            continue
        if p.language in ("en", "fr"):
            out.append((p.language, p.text))
    return out


def measure_ner(pages: int) -> dict:
    import spacy

    from pipeline.config import Settings
    from pipeline.nlp import models

    texts = _clean_texts(pages)
    settings = Settings()
    start_load = time.perf_counter()
    pipelines = {}
    for lang in ("en", "fr"):
        spec = models.resolve(lang, settings)
        nlp = spacy.load(spec.path or spec.name)
        keep = {"tok2vec", "ner"}
        for name in list(nlp.pipe_names):
            if name not in keep:
                nlp.remove_pipe(name)
        pipelines[lang] = nlp
        nlp("warm up")
    load = time.perf_counter() - start_load
    words = 0
    start = time.perf_counter()
    for lang, nlp in pipelines.items():
        batch = [t for lg, t in texts if lg == lang]
        for doc in nlp.pipe(batch, batch_size=64):
            words += len(WORD.findall(doc.text))
    return _result("spaCy NER alone", len(texts), words, time.perf_counter() - start, load_seconds=load)


def measure_extract(pages: int, workers: int) -> dict:
    from pipeline.config import Settings
    from pipeline.extract import Extractor
    from pipeline.inputs import InputDocument
    from pipeline.records import Record
    from pipeline.runner import extract_stream

    settings = Settings()
    extractor = None
    if workers == 1:
        start_load = time.perf_counter()
        extractor = Extractor(settings)
        warm = InputDocument(label="warm", kind="text", content="Netflix a annulé la série Soundtrack.")
        list(extract_stream([warm], settings=settings, extractor=extractor))
        warm_en = InputDocument(label="warm", kind="text", content="Netflix cancelled the series Soundtrack.")
        list(extract_stream([warm_en], settings=settings, extractor=extractor))
        load = time.perf_counter() - start_load
    else:
        load = None  # each worker loads its models once; that cost is inside the timing
    records = failures = words = 0
    start = time.perf_counter()
    for outcome in extract_stream(_docs(pages), settings=settings, workers=workers, extractor=extractor):
        if isinstance(outcome, Record):
            records += 1
            words += len(WORD.findall(outcome.text))
        else:
            failures += 1
    return _result(f"extract, {workers} worker{'s' if workers > 1 else ''}", pages, words,
                   time.perf_counter() - start, records=records, failures=failures, load_seconds=load)


def _run(kind: str, pages: int, workers: int = 1) -> dict:
    out = subprocess.run([sys.executable, __file__, "--measure", kind, "--pages", str(pages),
                          "--workers", str(workers)], capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise SystemExit(f"measurement {kind} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def _line(r: dict) -> str:
    rss = max(r["rss_mb"], r["children_rss_mb"])
    extra = f"  (records {r['records']}, failed {r['failures']})" if "records" in r else ""
    return (f"{r['kind']:<22} {r['pages']:>6} pages {r['seconds']:8.1f} s {r['pages'] / r['seconds']:8.1f} pages/s "
            f"{r['words'] / r['seconds']:10.0f} words/s  peak RSS {r['rss_mb']:.0f} MB"
            + (f" (largest worker {r['children_rss_mb']:.0f} MB)" if r["children_rss_mb"] > 1 else "") + extra)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--flat", default="", help="comma-separated page counts for the RSS-flatness check")
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        fn = {"trafilatura": lambda: measure_trafilatura(args.pages), "ner": lambda: measure_ner(args.pages),
              "extract": lambda: measure_extract(args.pages, args.workers)}[args.measure]
        print(json.dumps(fn()))
        return 0
    label, corpus = load_pages()
    print(f"corpus: {label}, repeated to {args.pages} pages; machine: {_cpus()} CPUs")
    traf = _run("trafilatura", args.pages)
    ner = _run("ner", args.pages)
    one = _run("extract", args.pages, 1)
    for r in (traf, ner, one):
        print(_line(r))
    ceiling = traf["seconds"] + ner["seconds"]
    print(f"{'ceiling (traf + NER)':<22} {args.pages:>6} pages {ceiling:8.1f} s {args.pages / ceiling:8.1f} pages/s")
    print(f"extract / (trafilatura + NER) time ratio: {one['seconds'] / ceiling:.2f}x (issue 7: <= 1.25, goal 1.1)")
    if args.workers > 1:
        many = _run("extract", args.pages, args.workers)
        print(_line(many))
        print(f"{args.workers} workers speed-up over 1 worker: {one['seconds'] / many['seconds']:.2f}x "
              f"(issue 7: >= 1.6 with 2 workers)")
    for count in [int(c) for c in args.flat.split(",") if c.strip()]:
        r = _run("extract", count, 1)
        print(f"flatness: {_line(r)}")
    return 0


def _cpus() -> int:
    import os

    return len(os.sched_getaffinity(0))


if __name__ == "__main__":
    sys.exit(main())
