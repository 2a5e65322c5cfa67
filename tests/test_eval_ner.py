"""``cliffhanger eval ner``: span scoring, label mapping, skipping without ../shared, and one real run."""

from __future__ import annotations

import json

import pytest

from pipeline.cli import EXIT_OK, main
from pipeline.evaluation import ner
from pipeline.evaluation._ner_corpora import Sentence, spans


def test_score_counts_exact_spans_per_label_and_overall():
    gold = [{(0, 2, "PER"), (5, 6, "LOC")}, {(1, 3, "ORG")}]
    predicted = [{(0, 2, "PER"), (5, 6, "ORG")}, {(1, 2, "ORG")}]
    result = ner.score(gold, predicted)
    assert (result["PER"].tp, result["PER"].fp, result["PER"].fn) == (1, 0, 0)
    assert (result["LOC"].tp, result["LOC"].fn) == (0, 1)
    assert (result["ORG"].tp, result["ORG"].fp, result["ORG"].fn) == (0, 2, 1)
    assert (result["ALL"].tp, result["ALL"].fp, result["ALL"].fn) == (1, 2, 2)
    assert result["ALL"].precision == pytest.approx(1 / 3) and result["ALL"].f1 == pytest.approx(1 / 3)


def test_predictions_with_ontonotes_labels_are_mapped_and_others_ignored():
    import spacy

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "PERSON", "pattern": "Mira Hale"}, {"label": "GPE", "pattern": "Lisbon"},
                        {"label": "NORP", "pattern": "Portuguese"}, {"label": "ORG", "pattern": "HBO"}])
    sentence = Sentence(("Mira", "Hale", ",", "a", "Portuguese", "HBO", "star", ",", "lives", "in", "Lisbon"),
                        ("O",) * 11, "d:0")
    assert ner.predict(nlp, [sentence]) == [{(0, 2, "PER"), (5, 6, "ORG"), (10, 11, "LOC")}]


def test_document_context_gives_each_span_back_to_the_sentence_it_starts_in():
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("entity_ruler").add_patterns([{"label": "ORG", "pattern": "Hale Studios"},
                                               {"label": "LOC", "pattern": "Lisbon"}])
    sentences = [Sentence(("Meet", "Mira", "Hale"), ("O",) * 3, "d:0"),
                 Sentence(("Studios", "opened", "in", "Lisbon"), ("O",) * 4, "d:0"),
                 Sentence(("Lisbon", "again"), ("O",) * 2, "d:1")]
    assert ner.predict(nlp, sentences) == [set(), {(3, 4, "LOC")}, {(0, 1, "LOC")}]
    # one Doc per document: "Hale Studios" runs across the boundary and stays with the sentence it starts in
    assert ner.predict(nlp, sentences, context="document") == [{(2, 4, "ORG")}, {(3, 4, "LOC")}, {(0, 1, "LOC")}]


@pytest.mark.parametrize("where", ["absent", "without-ner"])
def test_eval_ner_skips_cleanly_without_the_shared_ner_data(monkeypatch, tmp_path, capsys, where):
    monkeypatch.setattr(ner, "shared_dir", lambda: None if where == "absent" else tmp_path)
    assert main(["eval", "ner", "--sets", "conll_test,wikigold,btc"]) == EXIT_OK
    assert "skipped conll_test, wikigold, btc" in capsys.readouterr().out


def test_headline_probe_reads_char_spans_onto_tokens(tmp_path, monkeypatch):
    probe = tmp_path / "headlines.jsonl"
    probe.write_text('{"text": "Nora Vance-Starring \'Ashfall\' Ends at Paramount+ in Oslo", '
                     '"entities": [["Nora Vance", "PER"], ["Paramount+", "ORG"], ["Oslo", "LOC"]]}\n', encoding="utf-8")
    (sentence,) = ner.read_headlines(probe)
    found = {(" ".join(sentence.words[a:b]), label) for a, b, label in spans(sentence.tags)}
    assert found == {("Nora Vance", "PER"), ("Paramount+", "ORG"), ("Oslo", "LOC")}


def test_the_repository_headline_probe_is_well_formed():
    sentences = ner.read_headlines(ner.HEADLINES)
    assert len(sentences) >= 30 and all(spans(s.tags) for s in sentences[:3])


@pytest.mark.shared
@pytest.mark.slow
def test_eval_ner_scores_the_shipped_pipeline_on_wikigold_heldout(shared_dir, capsys):
    assert main(["eval", "ner", "--sets", "wikigold", "--json"]) == EXIT_OK
    report = json.loads(capsys.readouterr().out)
    wikigold = report["sets"]["wikigold"]
    assert wikigold["sentences"] > 250
    assert wikigold["ALL"]["f1"] >= 0.55 and wikigold["PER"]["f1"] >= 0.6
    assert 0 < report["size_mb"] <= 15 and report["words_per_second"] > 0
    assert report["pipeline"] == ["sentencizer", "tok2vec", "ner"]
