"""Helpers for the series and claims tests: blank-tokenized Docs with the entities a NER and the
gazetteer would mark, so rule logic is tested without trained models."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.tokens import Doc

from pipeline.nlp import DocContext
from pipeline.nlp.claims import find_claims
from pipeline.nlp.series import find_series
from pipeline.records import Claim, Series


@lru_cache(maxsize=None)
def blank(lang: str):
    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    return nlp


def make_doc(lang: str, text: str, ents: dict[str, str] | None = None) -> Doc:
    """Every occurrence of each key of ``ents`` becomes an entity with that label."""
    doc = blank(lang)(text)
    spans, taken = [], set()
    for name, label in (ents or {}).items():
        start = text.find(name)
        while start >= 0:
            span = doc.char_span(start, start + len(name), label=label, alignment_mode="expand")
            if span is not None and not taken & set(range(span.start, span.end)):
                spans.append(span)
                taken |= set(range(span.start, span.end))
            start = text.find(name, start + 1)
    doc.ents = sorted(spans, key=lambda s: s.start)
    return doc


def context(lang: str, text: str, ents: dict[str, str] | None = None, *, published: str | None = None) -> DocContext:
    return DocContext(doc=make_doc(lang, text, ents), lang=lang, nlp=blank(lang), published=published)


def series_of(lang: str, text: str, ents: dict[str, str] | None = None) -> list[Series]:
    return find_series(context(lang, text, ents))


def claims_of(lang: str, text: str, ents: dict[str, str] | None = None, **kwargs) -> list[Claim]:
    ctx = context(lang, text, ents, **kwargs)
    return find_claims(ctx, series=find_series(ctx), dates=[])


def one(claims: list[Claim]) -> Claim:
    assert len(claims) == 1, [(c.series, c.status, c.modality) for c in claims]
    return claims[0]


def titles(series: list[Series]) -> list[str]:
    return [s.title for s in series]


# --- scoring a claims gold file (the conventions of ../shared/tools/score_claims.py, so no ../shared is needed) ---

import re as _re
import unicodedata as _unicodedata
from collections import defaultdict as _defaultdict

_NOT_ASSERTED = {"question", "rumor", "rumour", "denied", "hypothetical", "speculative", "negated"}
_ARTICLES = ("the ", "le ", "la ", "les ", "l ", "a ")


def norm_name(value: str | None) -> str:
    """Case, accents, punctuation and one leading article ignored (as the shared scorer does)."""
    text = _unicodedata.normalize("NFKD", value or "")
    text = "".join(c for c in text if not _unicodedata.combining(c)).casefold().replace("+", " plus ")
    text = _re.sub(r"\s+", " ", _re.sub(r"[^\w]+", " ", text).strip())
    for article in _ARTICLES:
        if text.startswith(article) and len(text) > len(article) + 2:
            return text[len(article):]
    return text


def _title_match(pred: str, names: list[str]) -> bool:
    p = norm_name(pred)
    return bool(p) and any(g and (p == g or p.startswith(g + " ") or g.startswith(p + " "))
                           for g in map(norm_name, names))


def score_claims(gold: list[dict], records: list[dict]) -> dict[str, dict[str, int]]:
    """Per language: claim tp/fp/fn, season and network checks, negatives with a false claim, series and people
    name-level tp/fp/fn."""
    by_id = {r["id"]: r for r in records}
    counts: dict[str, dict[str, int]] = _defaultdict(lambda: _defaultdict(int))
    for g in gold:
        c, p = counts[g["lang"]], by_id[g["id"]]
        predicted = [x for x in p["claims"] if (x.get("modality") or "asserted") not in _NOT_ASSERTED]
        used, false_claim = set(), False
        for x in predicted:
            hit = next((i for i, gc in enumerate(g["claims"]) if i not in used and x["status"] == gc["status"]
                        and _title_match(x["series"], [gc["series"], *gc.get("aliases", [])])), None)
            if hit is None:
                c["fp"] += 1
                false_claim = True
                continue
            used.add(hit)
            gc = g["claims"][hit]
            if gc.get("optional"):
                continue
            c["tp"] += 1
            if gc.get("season") is not None:
                c["season_n"] += 1
                c["season_ok"] += int(x.get("season") == gc["season"])
        c["fn"] += sum(1 for i, gc in enumerate(g["claims"]) if i not in used and not gc.get("optional"))
        if not any(not gc.get("optional") for gc in g["claims"]):
            c["neg_docs"] += 1
            c["neg_docs_fp"] += int(false_claim)
        for kind, gold_names, pred_names in (
                ("s", g["series"], [s["title"] for s in p["series"]]),
                ("p", [x["name"] for x in g["people"]], [x["name"] for x in p["people"]])):
            gs, ps = set(map(norm_name, gold_names)), set(map(norm_name, pred_names))
            c[f"{kind}_tp"] += len(gs & ps)
            c[f"{kind}_fp"] += len(ps - gs)
            c[f"{kind}_fn"] += len(gs - ps)
    return counts


def f1(tp: int, fp: int, fn: int) -> float:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def extract_jsonl(extractor, path) -> list[dict]:
    """Records (as JSON dicts) of a labelled JSON-lines file, as ``extract --input-format jsonl`` makes them."""
    from pipeline.config import Settings
    from pipeline.extract import prepare
    from pipeline.inputs import InputFailure, iter_inputs

    docs = [d for d in iter_inputs([str(path)], input_format="jsonl", max_bytes=10_000_000)
            if not isinstance(d, InputFailure)]
    records = []
    for start in range(0, len(docs), 64):
        batch = [prepare(d, settings=Settings()) for d in docs[start:start + 64]]
        records.extend(r.to_json_dict() for r in extractor.records(batch))
    return records
