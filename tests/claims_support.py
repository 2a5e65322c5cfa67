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
