"""The network/outlet gazetteer: its merge policy on hand-built Docs, its tables, and the real pipelines."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from pipeline.nlp.gazetteer import NETWORK, OUTLET, RULER_NAME, add_gazetteer, gazetteer_ents_filter, spellings
from pipeline.nlp.tables.networks import LOWERCASE_SAFE, NETWORKS, OUTLETS


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab


def _doc(vocab, words, ents):
    return Doc(vocab, words=words, ents=ents)


def test_a_match_replaces_the_ner_label_it_overlaps(vocab):
    doc = _doc(vocab, ["Paramount+", "and", "Netflix", "agree"], ["B-PER", "O", "B-MISC", "O"])
    merged = gazetteer_ents_filter(doc.ents, [Span(doc, 0, 1, NETWORK), Span(doc, 2, 3, NETWORK)])
    assert [(e.text, e.label_) for e in merged] == [("Paramount+", NETWORK), ("Netflix", NETWORK)]


def test_a_headline_person_glued_to_a_network_loses_to_the_network(vocab):
    doc = _doc(vocab, ["Netflix", "Annule", "la", "série"], ["B-PER", "I-PER", "O", "O"])
    merged = gazetteer_ents_filter(doc.ents, [Span(doc, 0, 1, NETWORK)])
    assert [(e.text, e.label_) for e in merged] == [("Netflix", NETWORK)]


def test_a_one_word_network_ending_a_person_name_is_a_surname(vocab):
    doc = _doc(vocab, ["Megan", "Fox", "met", "Walt", "Disney"], ["B-PER", "I-PER", "O", "B-PER", "I-PER"])
    merged = gazetteer_ents_filter(doc.ents, [Span(doc, 1, 2, NETWORK), Span(doc, 4, 5, NETWORK)])
    assert [(e.text, e.label_) for e in merged] == [("Megan Fox", "PER"), ("Walt Disney", "PER")]


def test_the_longest_match_wins_and_other_entities_stay(vocab):
    doc = _doc(vocab, ["Lyon", "on", "HBO", "Max", "."], ["B-LOC", "O", "O", "O", "O"])
    merged = gazetteer_ents_filter(doc.ents, [Span(doc, 2, 3, NETWORK), Span(doc, 2, 4, NETWORK)])
    assert [(e.text, e.label_) for e in merged] == [("Lyon", "LOC"), ("HBO Max", NETWORK)]


def test_every_spelling_names_one_canonical_network_or_outlet():
    seen: dict[str, str] = {}
    for table in (NETWORKS, OUTLETS):
        for canonical, forms in table.items():
            assert forms, canonical
            for form in forms:
                assert seen.setdefault(form, canonical) == canonical, f"{form!r} is listed twice"
    assert LOWERCASE_SAFE <= set(NETWORKS) | set(OUTLETS)


def test_spellings_add_upper_case_and_only_safe_lower_case():
    forms = spellings()
    assert forms["NETFLIX"] == (NETWORK, "Netflix") and forms["netflix"] == (NETWORK, "Netflix")
    assert forms["Deadline"] == (OUTLET, "Deadline") and "deadline" not in forms
    assert "fox" not in forms and "variety" not in forms and "showtime" not in forms


@pytest.fixture(scope="module")
def blank_fr():
    nlp = spacy.blank("fr")
    add_gazetteer(nlp)
    add_gazetteer(nlp)  # pipelines are cached per process: adding twice must be harmless
    return nlp


def test_the_ruler_labels_networks_and_outlets_with_their_canonical_name(blank_fr):
    assert blank_fr.pipe_names == [RULER_NAME]
    doc = blank_fr("Selon The Hollywood Reporter, la CW et Disney + ont fait une offre, pas Canal Plus.")
    assert [(e.text, e.label_, e.id_) for e in doc.ents] == [
        ("The Hollywood Reporter", OUTLET, "The Hollywood Reporter"), ("CW", NETWORK, "The CW"),
        ("Disney +", NETWORK, "Disney+"), ("Canal Plus", NETWORK, "Canal+")]


def test_common_words_are_not_outlets(blank_fr):
    doc = blank_fr("La deadline approche et la variety des séries aussi.")
    assert list(doc.ents) == []


@pytest.mark.slow
@pytest.mark.parametrize("lang,text,networks", [
    ("fr", "Après une saison, « Les Rivages » est annulée par Netflix, révèle Variety. Paramount+ la voulait.",
     {"Netflix": NETWORK, "Variety": OUTLET, "Paramount+": NETWORK}),
    ("en", "Peacock Renews ‘Harbor Lights’ as Deadline Reports HBO Max Passed on the Drama",
     {"Peacock": NETWORK, "Deadline": OUTLET, "HBO Max": NETWORK}),
])
def test_real_pipelines_never_make_a_network_a_person(nlp_stage, lang, text, networks):
    doc = nlp_stage.pipeline(lang)(text)
    labels = {e.text: e.label_ for e in doc.ents}
    for name, label in networks.items():
        assert labels.get(name) == label, (name, labels)
    assert not any(label in ("PER", "PERSON", "MISC") and name in networks for name, label in labels.items())
