"""``cliffhanger eval ner``: the English NER pipeline on CoNLL-2003 test and the WikiGold/BTC held-out parts.

Scores exact-match entity spans restricted to PER / ORG / LOC on the gold
tokenisation (one sentence per Doc), overall and per label, and measures what
the product pays for the pipeline: load time, size on disk and words per second
on raw text (run it with ``OMP_NUM_THREADS=1`` for a one-core figure). The
pipeline is the configured English one (``[models] en`` in sources.toml,
default: the one shipped in the package) or ``--model NAME|PATH``. Pipelines
with OntoNotes labels (``en_core_web_sm``) are mapped PERSON → PER, GPE and
LOC → LOC, ORG → ORG.
"""

from __future__ import annotations

import argparse
import bisect
import dataclasses
import json
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from pipeline.cli import EXIT_OK, add_sources_option, settings_from
from pipeline.evaluation import shared_dir
from pipeline.evaluation._ner_corpora import LABELS, Sentence, load, spans, split_heldout

if TYPE_CHECKING:
    from spacy.language import Language

#: predicted label → evaluated label (labels not listed are ignored, like MISC in the gold)
PREDICTED_LABELS = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC"}

#: evaluation set → (corpus, held-out part only); "headlines" is the repository's own probe
SETS = {"conll_test": ("conll_test", False), "conll_val": ("conll_val", False),
        "wikigold": ("wikigold", True), "btc": ("btc", True), "headlines": ("headlines", False)}
#: Title Case entertainment headlines written for this project (not third-party text)
HEADLINES = Path(__file__).resolve().parents[2] / "training" / "en_ner" / "headlines.jsonl"
DEFAULT_SETS = ("conll_test", "wikigold", "btc", "headlines")


@dataclasses.dataclass(frozen=True, slots=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: "Counts") -> "Counts":
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"p": round(self.precision, 4), "r": round(self.recall, 4), "f1": round(self.f1, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


def score(gold: Iterable[set[tuple[int, int, str]]], predicted: Iterable[set[tuple[int, int, str]]]) -> dict[str, Counts]:
    """Exact-match span counts per label and overall (key ``ALL``)."""
    per_label = {label: Counts() for label in LABELS}
    for gold_spans, predicted_spans in zip(gold, predicted, strict=True):
        for label in LABELS:
            g = {s for s in gold_spans if s[2] == label}
            p = {s for s in predicted_spans if s[2] == label}
            per_label[label] += Counts(len(g & p), len(p - g), len(g - p))
    total = Counts()
    for counts in per_label.values():
        total += counts
    return {"ALL": total, **per_label}


def predict(nlp: "Language", sentences: list[Sentence], *, context: str = "sentence",
            batch_size: int = 64) -> list[set[tuple[int, int, str]]]:
    """Entity spans the pipeline finds on each sentence's gold tokens, mapped to PER/ORG/LOC.

    ``context="document"`` runs each source document as one Doc (as the product runs
    an article) and gives every span to the sentence it starts in; a span running
    into the next sentence then matches no gold span (a false positive).
    """
    from spacy.tokens import Doc

    groups: list[list[int]] = []
    for index, sentence in enumerate(sentences):
        if context == "document" and groups and sentences[groups[-1][-1]].doc == sentence.doc:
            groups[-1].append(index)
        else:
            groups.append([index])
    docs = (Doc(nlp.vocab, words=[w for i in group for w in sentences[i].words]) for group in groups)
    out: list[set[tuple[int, int, str]]] = [set() for _ in sentences]
    for group, doc in zip(groups, nlp.pipe(docs, batch_size=batch_size)):
        starts = [0]
        for i in group:
            starts.append(starts[-1] + len(sentences[i].words))
        for ent in doc.ents:
            if ent.label_ not in PREDICTED_LABELS:
                continue
            k = bisect.bisect_right(starts, ent.start) - 1
            out[group[k]].add((ent.start - starts[k], ent.end - starts[k], PREDICTED_LABELS[ent.label_]))
    return out


def evaluation_set(ner_dir: Path, name: str) -> list[Sentence]:
    if name == "headlines":
        return read_headlines(HEADLINES)
    corpus, heldout_only = SETS[name]
    sentences = load(ner_dir, corpus)
    return split_heldout(sentences)[1] if heldout_only else sentences


def read_headlines(path: Path) -> list[Sentence]:
    """``{"text", "entities": [[surface, label], ...]}`` lines, tokenised by spaCy's English rules."""
    import spacy

    tokenizer = spacy.blank("en")
    out: list[Sentence] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        if not line.strip():
            continue
        item = json.loads(line)
        doc = tokenizer.make_doc(item["text"])
        tags = ["O"] * len(doc)
        cursor = 0
        for surface, label in item["entities"]:
            start = item["text"].index(surface, cursor)
            span = doc.char_span(start, start + len(surface))
            if span is None:
                raise ValueError(f"{path.name}:{number + 1}: {surface!r} is not a token span")
            tags[span.start:span.end] = [f"B-{label}"] + [f"I-{label}"] * (len(span) - 1)
            cursor = start + len(surface)
        out.append(Sentence(tuple(t.text for t in doc), tuple(tags), f"headlines:{number}"))
    return out


@dataclasses.dataclass(frozen=True, slots=True)
class Speed:
    words: int
    #: words per CPU-second of this (single-threaded) process: what one core does,
    #: little affected by other jobs sharing the machine
    cpu: float
    wall: float


def words_per_second(nlp: "Language", texts: list[str]) -> Speed:
    """Throughput of the whole pipeline (tokenizer included) on raw texts."""
    for _ in nlp.pipe(texts[:20]):  # warm-up
        pass
    words = 0
    cpu, wall = time.process_time(), time.perf_counter()
    for doc in nlp.pipe(texts, batch_size=64):
        words += len(doc)
    return Speed(words, words / (time.process_time() - cpu), words / (time.perf_counter() - wall))


def disk_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("ner", help="English NER: CoNLL-2003 test and WikiGold/BTC held-out F1, speed, size",
                            description="Score the English pipeline on CoNLL-2003 test (PER/ORG/LOC) and the "
                                        "WikiGold and BTC held-out parts; print P/R/F1 overall and per label, "
                                        "load time, size on disk and words/s (set OMP_NUM_THREADS=1 for one core). "
                                        "Skips when ../shared/ner is absent.")
    parser.add_argument("--model", metavar="NAME|PATH", default=None,
                        help="pipeline to evaluate instead of the configured [models] en")
    parser.add_argument("--sets", default=",".join(DEFAULT_SETS),
                        help=f"comma-separated evaluation sets (of {', '.join(SETS)}; default %(default)s)")
    parser.add_argument("--context", choices=("sentence", "document"), default="sentence",
                        help="run the pipeline on each sentence alone (default) or on each source document "
                             "(as extraction runs an article); scoring is per sentence either way")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    add_sources_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from pipeline.nlp import models

    names = [n.strip() for n in args.sets.split(",") if n.strip()]
    unknown = [n for n in names if n not in SETS]
    if unknown:
        from pipeline.errors import ConfigError

        raise ConfigError(f"unknown evaluation set(s) {', '.join(unknown)} (known: {', '.join(SETS)})")
    shared = shared_dir()
    ner_dir = shared / "ner" / "en" if shared else None
    available = {"headlines": HEADLINES.is_file()}
    skipped = [n for n in names if not available.get(n, bool(ner_dir and ner_dir.is_dir()))]
    if skipped:
        print(f"eval ner: skipped {', '.join(skipped)}: ../shared/ner/en (or the headline probe) is not present")
    names = [n for n in names if n not in skipped]
    if not names:
        return EXIT_OK
    settings = settings_from(args)
    if args.model:
        model = args.model
        if Path(model).expanduser().is_dir():
            model = str(Path(model).expanduser().resolve())  # a path on the command line is relative to the cwd
        settings = dataclasses.replace(settings, models={**settings.models, "en": model})
    spec = models.resolve("en", settings)
    started = time.perf_counter()
    import spacy  # noqa: F401  (imported before timing the load: the product imports it once anyway)

    import_seconds = time.perf_counter() - started
    started = time.perf_counter()
    nlp = models.load(spec, fresh=True)
    load_seconds = time.perf_counter() - started
    location = spec.path or Path(models.describe(settings)["en"]["path"] or ".")
    report: dict = {"model": spec.label, "pipeline": nlp.pipe_names, "context": args.context,
                    "size_mb": round(disk_size(location) / 1e6, 2), "load_seconds": round(load_seconds, 3), "spacy_import_seconds": round(import_seconds, 3),
                    "threads": os.environ.get("OMP_NUM_THREADS", "unset"), "sets": {}}
    sets = {name: evaluation_set(ner_dir or Path("."), name) for name in names}
    for name, sentences in sets.items():
        scores = score([spans(s.tags) for s in sentences], predict(nlp, sentences, context=args.context))
        report["sets"][name] = {"sentences": len(sentences), **{k: v.as_dict() for k, v in scores.items()}}
    speed_text = sets.get("conll_test") or next(iter(sets.values()))
    texts = _documents(speed_text)
    speed = words_per_second(nlp, texts)
    report.update(words_per_second=round(speed.cpu), words_per_second_wall=round(speed.wall), speed_words=speed.words)
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        _print(report)
    return EXIT_OK


def _documents(sentences: list[Sentence]) -> list[str]:
    """Raw texts, one per source document, for the speed measurement."""
    texts: dict[str, list[str]] = {}
    for sentence in sentences:
        texts.setdefault(sentence.doc, []).append(" ".join(sentence.words))
    return ["\n".join(lines) for lines in texts.values()]


def _print(report: dict) -> None:
    print(f"model {report['model']}  components {', '.join(report['pipeline'])}  context: {report['context']}")
    print(f"size {report['size_mb']} MB on disk, load {report['load_seconds']:.2f} s "
          f"(spaCy import {report['spacy_import_seconds']:.2f} s), "
          f"{report['words_per_second']} words/s per CPU-second ({report['words_per_second_wall']} wall-clock; "
          f"OMP_NUM_THREADS={report['threads']}, {report['speed_words']} words)")
    for name, result in report["sets"].items():
        print(f"\n{name} ({result['sentences']} sentences)")
        print(f"  {'label':5}  {'P':>6}  {'R':>6}  {'F1':>6}  {'gold':>5}")
        for label in ("ALL", *LABELS):
            c = result[label]
            print(f"  {label:5}  {c['p']:6.3f}  {c['r']:6.3f}  {c['f1']:6.3f}  {c['tp'] + c['fn']:5}")
