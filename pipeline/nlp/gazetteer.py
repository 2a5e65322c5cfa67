"""Networks, platforms and outlets as entities: an entity ruler over ``tables.networks``.

Measured on ``fr_core_news_md``: "Netflix" comes out as MISC, "Paramount+" and
some one-word series titles as PER. The ruler runs after ``ner`` and labels every gazetteer
name ``NETWORK`` or ``OUTLET`` (``span.id_`` = the canonical name), so a
network or an outlet is never a person or a series.

Overwrite policy (``gazetteer_ents_filter``):
- a gazetteer match replaces every NER entity it overlaps ("Netflix" MISC,
  "Paramount+" PER, "Netflix Annule" PER in a headline);
- except a one-word match that ends a longer PER entity: "Megan Fox",
  "Walt Disney" and "Fiona Apple" stay people;
- among matches, the longest wins ("HBO Max" over "HBO").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from spacy.util import filter_spans, registry

from pipeline.nlp.tables.networks import LOWERCASE_SAFE, LOWERCASE_UNSAFE_SPELLINGS, NETWORKS, OUTLETS

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Span

NETWORK = "NETWORK"
OUTLET = "OUTLET"
GAZETTEER_LABELS = frozenset({NETWORK, OUTLET})
#: NER labels for people in the pipelines we load (French WikiNER: PER; OntoNotes-style: PERSON).
PERSON_LABELS = frozenset({"PER", "PERSON"})
RULER_NAME = "cliffhanger_gazetteer"
FILTER_NAME = "cliffhanger.gazetteer_ents_filter.v1"


def spellings() -> dict[str, tuple[str, str]]:
    """Every surface form the ruler matches → (label, canonical name)."""
    out: dict[str, tuple[str, str]] = {}
    for label, table in ((NETWORK, NETWORKS), (OUTLET, OUTLETS)):
        for canonical, forms in table.items():
            for form in forms:
                variants = {form, form.upper()}
                if canonical in LOWERCASE_SAFE and form not in LOWERCASE_UNSAFE_SPELLINGS:
                    variants.add(form.lower())
                for variant in variants:
                    out.setdefault(variant, (label, canonical))
    return out


def patterns() -> list[dict]:
    return [{"label": label, "pattern": form, "id": canonical}
            for form, (label, canonical) in sorted(spellings().items())]


def gazetteer_ents_filter(entities: Iterable["Span"], matches: Iterable["Span"]) -> list["Span"]:
    """Merge NER entities with gazetteer matches (the policy in the module docstring)."""
    kept_matches = filter_spans(list(matches))
    out: list[Span] = []
    shadowed: set[tuple[int, int]] = set()
    for ent in entities:
        overlapping = [m for m in kept_matches if m.start < ent.end and ent.start < m.end]
        if not overlapping:
            out.append(ent)
        elif ent.label_ in PERSON_LABELS and all(_ends_longer_name(m, ent) for m in overlapping):
            out.append(ent)
            shadowed.update((m.start, m.end) for m in overlapping)
    out.extend(m for m in kept_matches if (m.start, m.end) not in shadowed)
    return sorted(out, key=lambda s: s.start)


def _ends_longer_name(match: "Span", ent: "Span") -> bool:
    return len(match) == 1 and match.end == ent.end and match.start > ent.start


@registry.misc(FILTER_NAME)
def make_gazetteer_ents_filter():
    return gazetteer_ents_filter


def add_gazetteer(nlp: "Language") -> None:
    """Add the ruler after ``ner`` (idempotent: pipelines are cached per process)."""
    if RULER_NAME in nlp.pipe_names:
        return
    where = {"after": "ner"} if "ner" in nlp.pipe_names else {"last": True}
    ruler = nlp.add_pipe("span_ruler", name=RULER_NAME, config={
        "spans_key": None, "annotate_ents": True, "overwrite": False,
        "ents_filter": {"@misc": FILTER_NAME}, "phrase_matcher_attr": "ORTH",
    }, **where)
    ruler.add_patterns(patterns())


def canonical(span: "Span") -> str | None:
    """The canonical network/outlet name of a ruler entity, else None."""
    if span.label_ in GAZETTEER_LABELS:
        return span.id_ or span.text
    return None
