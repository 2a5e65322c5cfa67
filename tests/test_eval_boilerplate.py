"""`cliffhanger eval boilerplate`: the benchmark metric, the independent chrome detector, the command."""

from __future__ import annotations

import gzip
import importlib.util
import json

import pytest

from conftest import FIXTURES
from pipeline.evaluation import boilerplate
from pipeline.evaluation.boilerplate import aeb_scores, chrome_lines, kept_chrome, page_counts

REFERENCE = {
    "a": "Canal+ a annoncé lundi l'arrêt de la série policière, deux ans après son lancement.",
    "b": "The streamer confirmed on Friday that the drama will not return for a third season.",
    "c": "Short text.",
    "d": "Une phrase entière qui parle de la série et de ses personnages principaux.",
}
PREDICTED = {
    "a": "Canal+ a annoncé lundi l'arrêt de la série policière, deux ans après son lancement.",
    "b": "MUST-READ: other show\nThe streamer confirmed on Friday that the drama will not return.",
    "c": "",
    "d": "Une phrase qui parle de la série et de ses personnages.",
}


def test_metric_basics():
    assert page_counts("a b c d e", "a b c d e") == (1.0, 0.0, 0.0)
    assert aeb_scores({"x": "a b c d e"}, {"x": "a b c d e"})["f1"] == 1.0
    scores = aeb_scores({"x": "a b c d e f"}, {"x": ""})
    assert scores["recall"] == 0.0 and scores["f1"] == 0.0
    with pytest.raises(ValueError):
        aeb_scores({"x": "a"}, {"y": "a"})


@pytest.mark.shared
def test_metric_is_the_shared_tool_definition(shared_dir):
    spec = importlib.util.spec_from_file_location("aeb_metric", shared_dir / "tools" / "aeb_metric.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    theirs = tool.evaluate({k: {"articleBody": v} for k, v in REFERENCE.items()},
                           {k: {"articleBody": v} for k, v in PREDICTED.items()}, n_boot=50)
    ours = aeb_scores(REFERENCE, PREDICTED, bootstrap=50)
    for name in ("f1", "precision", "recall", "accuracy", "f1_std", "precision_std"):
        assert ours[name] == pytest.approx(theirs[name], abs=1e-12), name


def test_chrome_detector_is_broader_than_the_filter():
    from pipeline.teasers import filter_lines

    text = "\n".join([
        "Lire également : la fin de Brigade 17",      # cue words in another order than the filter's table
        "Most shared this week",
        "The series ends with season 5 [VIDEO]",
        "Le contenu de l'article, qui continue normalement sur plusieurs lignes.",
        "Hulu Cancels Midnight Diner After Three Seasons",
    ])
    links = frozenset({"hulu cancels midnight diner after three seasons"})
    flagged = chrome_lines(text, links=links)
    assert flagged == [line for line in text.splitlines() if not line.startswith("Le contenu")]
    assert kept_chrome(text, "Most shared this week and more", links=links) == [
        flagged[0], flagged[2], flagged[3]]  # a line found in the reference text is the article's
    assert filter_lines(text.splitlines()).kept != tuple(text.splitlines())


@pytest.fixture
def tiny_shared(tmp_path, monkeypatch):
    """A corpus laid out like ../shared/corpus/aeb, made of this repository's fixture pages."""
    root = tmp_path / "shared"
    html_dir = root / "corpus" / "aeb" / "html"
    html_dir.mkdir(parents=True)
    truth = {}
    for name, first in (("fr_veilleurs_annulee", "C'est officiel"), ("en_harbor_lights_canceled", "Apple TV+ has")):
        page = (FIXTURES / "pages" / f"{name}.html").read_bytes()
        (html_dir / f"{name}.html.gz").write_bytes(gzip.compress(page))
        expected = json.loads((FIXTURES / "pages" / f"{name}.expected.jsonl").read_text(encoding="utf-8"))
        body = expected["text"].split("\n\n", 1)[1]
        truth[name] = {"articleBody": body[body.index(first):], "url": None}
    (root / "corpus" / "aeb" / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")
    monkeypatch.setattr(boilerplate, "shared_dir", lambda: root)
    return root


def test_command_scores_a_corpus(tiny_shared, capsys, tmp_path):
    from pipeline.cli import main

    assert main(["eval", "boilerplate", "aeb", "--bootstrap", "0", "--json", str(tmp_path / "out.json")]) == 0
    out = capsys.readouterr().out
    assert "== aeb: 2 pages" in out and "trafilatura precision (our settings)" in out
    (result,) = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    clean = result["runs"]["clean stage"]
    assert clean["aeb"]["f1"] > 0.95 and clean["chrome_kept"] == 0
    assert result["runs"]["trafilatura precision (our settings)"]["chrome_kept"] > 0  # MUST-READ and co.
    assert "chrome lines kept by the clean stage on aeb + entertainment: 0" in out


def test_command_skips_without_shared(monkeypatch, capsys):
    from pipeline.cli import main

    monkeypatch.setattr(boilerplate, "shared_dir", lambda: None)
    assert main(["eval", "boilerplate"]) == 0
    assert "skipped" in capsys.readouterr().out
