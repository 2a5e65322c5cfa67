"""``cliffhanger eval boilerplate``: how clean is the clean text, and how fast.

Corpora (under ../shared/corpus; each skipped cleanly when absent):

- ``aeb``: the article-extraction benchmark's pages and reference article
  bodies, scored with the benchmark's own metric (:func:`aeb_scores`, the
  same definition as ../shared/tools/aeb_metric.py, reimplemented here);
- ``fr-pages``: French pages with snippets that must (``with``) and must not
  (``without``) be in the text, plus three with a full reference text;
- ``entertainment``: English entertainment pages with an approximate
  reference text.

For each it prints the clean stage's scores next to trafilatura alone (same
settings, same decoded pages, same run), pages per second for both (CPU time
of the process, the two interleaved page by page), and the
number of teaser / chrome lines the clean text still contains according to
:func:`chrome_lines`, a detector written independently of
:mod:`pipeline.teasers` and deliberately broader than it.

The clean stage is scored on the article body without the headline (the
reference texts have none); the record text adds the title line back.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import statistics
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from pipeline.cli import EXIT_OK, EXIT_PARTIAL
from pipeline.evaluation import shared_dir

CORPORA = ("aeb", "fr-pages", "entertainment")

# --- the AEB metric (same definition as ../shared/tools/aeb_metric.py) -------------------

_TOKEN = re.compile(r"\w+", re.UNICODE)


def tokens(text: str | None) -> list[str]:
    return _TOKEN.findall(text or "")


def shingles(text: str | None, n: int = 4) -> Counter:
    """Multiset of ``n``-token shingles; a text shorter than ``n`` tokens is one short shingle."""
    toks = tokens(text)
    return Counter(s for s in (tuple(toks[i:i + n]) for i in range(0, max(1, len(toks) - n + 1))) if s)


def page_counts(reference: str, predicted: str) -> tuple[float, float, float]:
    """Per-page true positives, false positives and false negatives, normalised by their sum."""
    ref, pred = shingles(reference), shingles(predicted)
    tp = fp = fn = 0.0
    for key in set(ref) | set(pred):
        r, p = ref.get(key, 0), pred.get(key, 0)
        tp += min(r, p)
        fp += max(0, p - r)
        fn += max(0, r - p)
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total > 0 else (tp, fp, fn)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fp == 0:
        return 0.0
    return tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fn == 0:
        return 0.0
    return tp / (tp + fn)


def _aggregate(rows: list[tuple[float, float, float]]) -> dict[str, float]:
    precisions = [_precision(*r) for r in rows if r[0] + r[1] > 0]
    recalls = [_recall(*r) for r in rows if r[0] + r[2] > 0]
    p = statistics.mean(precisions) if precisions else 0.0
    r = statistics.mean(recalls) if recalls else 0.0
    return {"f1": 2 * p * r / (p + r) if p + r else 0.0, "precision": p, "recall": r}


def aeb_scores(references: dict[str, str], predictions: dict[str, str], *, bootstrap: int = 0,
               seed: int = 0) -> dict[str, float]:
    """F1 of the mean per-page precision and recall; ``accuracy`` is exact token equality.

    With ``bootstrap`` > 0, ``<name>_std`` gives the bootstrap standard deviation of each figure.
    """
    if references.keys() != predictions.keys():
        raise ValueError("references and predictions must cover the same pages")
    keys = list(references)
    rows = [page_counts(references[k], predictions[k]) for k in keys]
    exact = [float(tokens(references[k]) == tokens(predictions[k])) for k in keys]
    scores = _aggregate(rows)
    scores["accuracy"] = statistics.mean(exact) if exact else 0.0
    if bootstrap > 1 and rows:
        rng = random.Random(seed)
        samples: dict[str, list[float]] = {}
        for _ in range(bootstrap):
            idx = [rng.randint(0, len(rows) - 1) for _ in rows]
            sample = _aggregate([rows[i] for i in idx])
            sample["accuracy"] = statistics.mean(exact[i] for i in idx)
            for name, value in sample.items():
                samples.setdefault(name, []).append(value)
        for name, values in samples.items():
            scores[f"{name}_std"] = statistics.stdev(values)
    return scores


# --- an independent, broader detector of chrome lines --------------------------------------

#: Written separately from pipeline.teaser_cues, on purpose more eager: a line it flags that is
#: not part of the reference article text is chrome that the clean stage let through.
_CHROME_PATTERNS = tuple(re.compile(p, re.IGNORECASE) for p in (
    # French: "À lire aussi", "LIRE AUSSI", "VOIR AUSSI", "À découvrir", "Sur le même thème", ...
    r"^\W*(?:[àa]\s+)?(?:lire|voir|d[ée]couvrir|regarder|[ée]couter|(?:re)?lire|\(re\)\w+)\b.{0,20}"
    r"(?:aussi|[ée]galement|encore|:|»)",
    r"^\W*(?:sur le m[êe]me (?:th[èe]me|sujet)|dans la m[êe]me rubrique|les plus (?:lus|partag[ée]s|vus)"
    r"|articles? (?:similaires|li[ée]s|associ[ée]s|les plus lus)|derni[èe]res (?:actualit[ée]s|news|infos)"
    r"|mots[- ]cl[ée]s|tendances|vous aimerez|ceci pourrait|[çc]a peut vous)\b",
    r"^\W*(?:publicit[ée]|la suite (?:de l.article )?apr[èe]s (?:la|cette) publicit[ée]|contenu sponsoris[ée])\W*$",
    # English: "MUST-READ:", "ALSO READ:", "READ MORE:", "Related:", "You may also like", ...
    r"^\W*(?:must[- ]?read|also read|read (?:more|also|next)|see (?:also|more)|also (?:see|on|watch)\b"
    r"|more (?:on|from|stories|news)\b|related\b|recommended\b|you (?:may|might) also|don.?t miss"
    r"|further reading|most (?:read|popular|viewed|shared)\b|trending\b|what to read next|keep reading)",
    r"^\W*(?:advertisement|sponsored(?: content)?|paid content|story continues below)\W*$",
    r"^\W*(?:more|also|watch|listen|video|photos?)\s*:\s*\S.{0,140}$",
    # icon-font words and bracketed section tags at the end of a teaser headline
    r"(?:play_circle\w*|play_arrow|chevron_right|arrow_forward)\s*$",
    r"\[(?:insight|video|pictures|poll|reaction|warning|news|latest|live|gallery|watch)\]\s*\|?\s*$",
))


def link_texts(html: str) -> frozenset[str]:
    """Token strings of every link of four words or more on the page (teaser headlines are links)."""
    from selectolax.lexbor import LexborHTMLParser

    found = set()
    for node in LexborHTMLParser(html).css("a"):
        words = tokens(node.text(deep=True).casefold())
        if len(words) >= 4:
            found.add(" ".join(words))
    return frozenset(found)


def chrome_lines(text: str, *, links: frozenset[str] = frozenset()) -> list[str]:
    """Lines of ``text`` that look like site chrome: teasers, ad labels, related-block headings,
    and (given the page's ``links``) lines that are nothing but the text of a link."""
    out = []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if any(p.search(stripped) for p in _CHROME_PATTERNS) or " ".join(tokens(stripped.casefold())) in links:
            out.append(stripped)
    return out


def kept_chrome(text: str, reference: str | None, *, links: frozenset[str] = frozenset()) -> list[str]:
    """Chrome lines of ``text`` that are not part of the reference article text (when there is one)."""
    ref = " ".join(tokens(reference)) if reference else None
    return [line for line in chrome_lines(text, links=links) if ref is None or " ".join(tokens(line)) not in ref]


# --- corpora ----------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Page:
    id: str
    html: str
    url: str | None = None
    reference: str | None = None
    keep: tuple[str, ...] = ()
    drop: tuple[str, ...] = ()


def load_corpus(name: str, root: Path) -> list[Page]:
    """Decode (as the pipeline does) every page of one ../shared corpus."""
    from pipeline.encoding import decode

    base = root / "corpus" / name
    if name == "aeb":
        gold = json.loads((base / "ground-truth.json").read_text(encoding="utf-8"))
        files = {key: base / "html" / f"{key}.html.gz" for key in gold}
    else:
        gold = json.loads((base / "gold.json").read_text(encoding="utf-8"))
        files = {key: base / "html" / f"{key}.gz" for key in gold}
    pages = []
    for key, entry in gold.items():
        body = gzip.decompress(files[key].read_bytes())
        pages.append(Page(id=key, html=decode(body, label=key).text, url=entry.get("url"),
                          reference=entry.get("articleBody"), keep=tuple(entry.get("with", ())),
                          drop=tuple(entry.get("without", ()))))
    return pages


# --- running the clean stage and the baseline --------------------------------------------------

@dataclass(slots=True)
class Run:
    name: str
    bodies: dict[str, str] = field(default_factory=dict)
    #: CPU seconds of the stage (for the clean stage: parse, drop selectors, trafilatura, filter)
    seconds: float = 0.0
    #: CPU seconds spent reading metadata (title, authors, dates), not part of the clean stage
    metadata_seconds: float = 0.0
    dropped: dict[str, list] = field(default_factory=dict)

    def pages_per_second(self, *, with_metadata: bool = False) -> float:
        seconds = self.seconds + (self.metadata_seconds if with_metadata else 0.0)
        return len(self.bodies) / seconds if seconds else 0.0


def clean_page(page: Page, *, run: Run | None = None):
    """The clean stage as ``extract`` runs it: one selectolax parse, metadata (whose title and
    authors the filter uses), clean; ``run`` accumulates the CPU time of each part."""
    from selectolax.lexbor import LexborHTMLParser

    from pipeline.clean import clean_html
    from pipeline.errors import PipelineError
    from pipeline.metadata import read_metadata

    started = time.process_time()
    tree = LexborHTMLParser(page.html)
    parsed = time.process_time()
    meta = read_metadata(tree)
    read = time.process_time()
    try:
        cleaned = clean_html(page.html, tree=tree, url=page.url, title=meta.title, authors=meta.authors)
    except PipelineError:
        cleaned = None
    if run is not None:
        run.seconds += (parsed - started) + (time.process_time() - read)
        run.metadata_seconds += read - parsed
        run.bodies[page.id] = cleaned.body if cleaned else ""
        run.dropped[page.id] = list(cleaned.dropped) if cleaned else []
    return cleaned


def run_clean(pages: list[Page]) -> Run:
    """The clean stage over ``pages``, timed in CPU seconds of this process."""
    ours = Run("clean stage")
    for page in pages:
        clean_page(page, run=ours)
    return ours


def run_clean_and_trafilatura(pages: list[Page], *, options: dict) -> tuple[Run, Run]:
    """The clean stage and trafilatura alone (with ``options``), page by page in alternation, so both
    are timed under the same conditions; CPU seconds, so other jobs on the machine slow neither."""
    import trafilatura

    ours, alone = Run("clean stage"), Run("trafilatura alone")
    for page in pages:
        started = time.process_time()
        alone.bodies[page.id] = trafilatura.extract(page.html, url=page.url, **options) or ""
        alone.seconds += time.process_time() - started
        clean_page(page, run=ours)
    return ours, alone


def run_trafilatura(pages: list[Page], *, name: str, options: dict) -> Run:
    import trafilatura

    run = Run(name)
    for page in pages:
        started = time.process_time()
        text = trafilatura.extract(page.html, url=page.url, **options) or ""
        run.seconds += time.process_time() - started
        run.bodies[page.id] = text
    return run


def baselines() -> dict[str, dict]:
    from pipeline.clean import TRAFILATURA_OPTIONS

    return {
        "trafilatura default": {},
        "trafilatura no comments": {"include_comments": False},
        "trafilatura precision (our settings)": dict(TRAFILATURA_OPTIONS),
    }


# --- scoring -------------------------------------------------------------------------------------

def snippet_scores(pages: list[Page], bodies: dict[str, str]) -> dict[str, float]:
    """fr-pages: share of ``with`` snippets found and of ``without`` snippets absent."""
    keep = [s in bodies[p.id] for p in pages for s in p.keep]
    drop = [s not in bodies[p.id] for p in pages for s in p.drop]
    return {"keep": statistics.mean(keep) if keep else 1.0, "drop": statistics.mean(drop) if drop else 1.0,
            "keep_n": len(keep), "drop_n": len(drop)}


def rule_report(pages: list[Page], run: Run) -> dict[str, tuple[int, int]]:
    """Per filter rule: lines removed, and how many of them are part of the reference text."""
    out: dict[str, list[int]] = {}
    for page in pages:
        if not page.reference:
            continue
        ref = " ".join(tokens(page.reference))
        for item in run.dropped.get(page.id, []):
            counts = out.setdefault(item.rule, [0, 0])
            counts[0] += 1
            words = tokens(item.line)
            # one-word lines ("More:") are found in almost any text: not evidence of a wrong removal
            counts[1] += len(words) >= 2 and " ".join(words) in ref
    return {rule: (n, in_ref) for rule, (n, in_ref) in sorted(out.items())}


def _fmt(scores: dict[str, float]) -> str:
    std = scores.get("f1_std")
    plus = f" ± {std:.3f}" if std is not None else ""
    return f"F1 {scores['f1']:.4f}{plus}  P {scores['precision']:.4f}  R {scores['recall']:.4f}"


def evaluate_corpus(name: str, root: Path, *, with_baselines: bool, show: int, bootstrap: int,
                    out: Callable[[str], None] = print) -> dict:
    from pipeline.clean import TRAFILATURA_OPTIONS

    pages = load_corpus(name, root)
    runs = [run_trafilatura(pages, name=label, options=opts) for label, opts in baselines().items()
            if opts != TRAFILATURA_OPTIONS] if with_baselines else []
    if with_baselines:
        ours, alone = run_clean_and_trafilatura(pages, options=dict(TRAFILATURA_OPTIONS))
        alone.name = "trafilatura precision (our settings)"
        runs.append(alone)
    else:
        ours = run_clean(pages)
    runs.append(ours)
    result: dict = {"corpus": name, "pages": len(pages), "runs": {}}
    out(f"\n== {name}: {len(pages)} pages")
    full = [p for p in pages if p.reference]
    links = {p.id: link_texts(p.html) for p in pages}
    snippets = [p for p in pages if p.keep or p.drop]
    for run in runs:
        line = f"  {run.name:<38} {run.pages_per_second():6.1f} pages/s"
        entry: dict = {"pages_per_second": run.pages_per_second()}
        if full:
            scores = aeb_scores({p.id: p.reference or "" for p in full}, {p.id: run.bodies[p.id] for p in full},
                                bootstrap=bootstrap)
            entry["aeb"] = scores
            line += f"  {_fmt(scores)}" + ("" if len(full) == len(pages) else f" ({len(full)} full texts)")
        if snippets:
            snip = snippet_scores(snippets, run.bodies)
            entry["snippets"] = snip
            line += f"  snippets kept {snip['keep']:.3f} of {snip['keep_n']}, removed {snip['drop']:.3f} of {snip['drop_n']}"
        chrome = {p.id: kept_chrome(run.bodies[p.id], p.reference, links=links[p.id]) for p in pages}
        entry["chrome_kept"] = sum(len(v) for v in chrome.values())
        line += f"  chrome lines kept {entry['chrome_kept']}"
        out(line)
        result["runs"][run.name] = entry
        if run is ours and show:
            for page_id, lines in chrome.items():
                for chrome_line in lines[:show]:
                    out(f"      kept  {page_id[:24]}: {chrome_line[:110]}")
    ratio = None
    base = next((r for r in runs if "our settings" in r.name), None)
    if base is not None:
        ratio = ours.pages_per_second() / base.pages_per_second() if base.pages_per_second() else None
        with_meta = ours.pages_per_second(with_metadata=True) / base.pages_per_second()
        out(f"  speed (CPU time, the two interleaved page by page): clean stage {ours.pages_per_second():.1f} "
            f"pages/s, trafilatura alone {base.pages_per_second():.1f} pages/s, ratio {ratio:.2f}; "
            f"with metadata {ours.pages_per_second(with_metadata=True):.1f} pages/s, ratio {with_meta:.2f}")
    result["speed_ratio"] = ratio
    rules = rule_report(pages, ours)
    if rules:
        out("  filter rules (lines removed / of which in the reference text): "
            + ", ".join(f"{rule} {n}/{in_ref}" for rule, (n, in_ref) in rules.items()))
    result["rules"] = rules
    if show and full:
        worst = sorted(full, key=lambda p: _aggregate([page_counts(p.reference or "", ours.bodies[p.id])])["f1"])
        for page in worst[:show]:
            s = _aggregate([page_counts(page.reference or "", ours.bodies[page.id])])
            out(f"      worst {page.id[:24]}: P {s['precision']:.2f} R {s['recall']:.2f}  {page.url or ''}")
    return result


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "boilerplate", help="score the clean text on aeb, fr-pages and entertainment (and its speed)",
        description="Clean-stage quality with the article-extraction benchmark metric on ../shared/corpus/aeb, "
                    "keep/drop snippet scores on fr-pages, chrome lines kept, and pages/second, next to "
                    "trafilatura alone with the same settings.")
    parser.add_argument("corpus", nargs="?", default="all", choices=(*CORPORA, "all"),
                        help="which corpus (default: all)")
    parser.add_argument("--no-baseline", dest="baseline", action="store_false",
                        help="do not run trafilatura alone for comparison")
    parser.add_argument("--show", type=int, default=0, metavar="N",
                        help="print the chrome lines kept and the N worst pages")
    parser.add_argument("--bootstrap", type=int, default=200, metavar="N",
                        help="bootstrap samples for the ± figures (default 200, 0 to skip)")
    parser.add_argument("--json", metavar="FILE", help="also write the figures to FILE as JSON")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    root = shared_dir()
    if root is None:
        print("eval boilerplate: skipped, ../shared/corpus is not present")
        return EXIT_OK
    names: Iterable[str] = CORPORA if args.corpus == "all" else (args.corpus,)
    results = []
    for name in names:
        if not (root / "corpus" / name).is_dir():
            print(f"eval boilerplate: {name}: skipped, {root / 'corpus' / name} is not present")
            continue
        results.append(evaluate_corpus(name, root, with_baselines=args.baseline, show=args.show,
                                       bootstrap=args.bootstrap))
    teasers = sum(r["runs"]["clean stage"]["chrome_kept"] for r in results if r["corpus"] in ("aeb", "entertainment"))
    print(f"\nchrome lines kept by the clean stage on aeb + entertainment: {teasers}")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2, default=list), encoding="utf-8")
    return EXIT_OK if results else EXIT_PARTIAL
