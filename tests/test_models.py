"""Which spaCy pipeline each language uses: the shipped English NER pipeline, configuration, errors."""

from __future__ import annotations

import json
import re
import tomllib

import pytest

from conftest import ROOT
from pipeline.cli import EXIT_OK, EXIT_USAGE, main
from pipeline.config import Settings, load_settings
from pipeline.errors import ModelError
from pipeline.nlp import models

#: a package name no one installs, so the "not installed" path is always taken
ABSENT = "en_core_web_absent_for_tests"


def _sources(tmp_path, body: str):
    path = tmp_path / "sources.toml"
    path.write_text(body, encoding="utf-8")
    return path


def test_shipped_english_pipeline_meta_names_itself_labels_and_licence():
    meta = json.loads((models.BUILTIN["en"] / "meta.json").read_text(encoding="utf-8"))
    assert meta["lang"] == "en" and meta["name"] and meta["version"]
    assert meta["labels"]["ner"] == ["LOC", "ORG", "PER"]
    assert meta["pipeline"] == ["tok2vec", "ner"], "only what NER needs is shipped"
    assert "CC BY" in meta["license"] and len(meta["sources"]) >= 4


def test_spacy_pin_is_the_minor_version_the_shipped_pipeline_was_trained_with():
    import spacy
    import spacy.util

    meta = json.loads((models.BUILTIN["en"] / "meta.json").read_text(encoding="utf-8"))
    assert spacy.util.is_compatible_version(spacy.about.__version__, meta["spacy_version"])
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    pin = next(d for d in deps if re.match(r"spacy\b", d))
    major, minor = meta["spacy_version"].split(",")[0].lstrip(">=").split(".")[:2]
    assert pin.replace(" ", "") == f"spacy>={major}.{minor},<{major}.{int(minor) + 1}"


def test_shipped_english_pipeline_fits_the_size_budget():
    size = sum(f.stat().st_size for f in models.BUILTIN["en"].rglob("*") if f.is_file())
    assert size <= 15_000_000


def test_shipped_english_pipeline_has_word_vectors_for_every_casing_of_a_word():
    # The GloVe table is lower-case and spaCy reloads a default table keyed on ORTH, so the
    # recipe enters Title and UPPER spellings itself; losing them silently costs ~5 F1 points.
    import spacy

    nlp = spacy.load(models.BUILTIN["en"])
    vectors = nlp.vocab.vectors
    assert vectors.shape[0] >= 10_000 and vectors.shape[1] >= 32
    doc = nlp.make_doc("Pittsburgh PITTSBURGH pittsburgh Kenosha qzxwvtb")
    rows = [vectors.key2row.get(token.orth, -1) for token in doc]
    assert rows[0] == rows[1] == rows[2] >= 0
    assert rows[3] >= 0 and rows[4] == -1
    assert any(node.name == "static_vectors" for node in nlp.get_pipe("tok2vec").model.walk())


@pytest.mark.slow
def test_shipped_english_pipeline_loads_with_a_sentencizer_and_finds_people_places_organisations():
    # a private copy: the shared one may already carry the gazetteer ruler, which makes Netflix a NETWORK
    nlp = models.load(models.resolve("en", Settings()), fresh=True)
    assert {"sentencizer", "tok2vec", "ner"} <= set(nlp.pipe_names)
    doc = nlp("Netflix said on Monday that the drama, filmed in Toronto, will end after its fourth season. "
              "Keanu Reeves and Sandra Oh star.")
    found = {(e.text, e.label_) for e in doc.ents}
    assert {("Netflix", "ORG"), ("Toronto", "LOC"), ("Keanu Reeves", "PER"), ("Sandra Oh", "PER")} <= found
    assert len(list(doc.sents)) == 2


def test_models_json_lists_every_language_with_its_path(capsys):
    assert main(["models", "--json"]) == EXIT_OK
    info = json.loads(capsys.readouterr().out)
    assert set(info) == {"en", "fr"}
    assert info["en"]["path"] == str(models.BUILTIN["en"])
    assert info["en"]["labels"] == ["LOC", "ORG", "PER"] and info["en"]["version"]
    assert info["fr"]["name"] == "fr_core_news_md" and info["fr"]["path"].endswith("fr_core_news_md")
    assert all(entry["error"] is None for entry in info.values())


def test_models_text_output_names_pipeline_version_and_labels(capsys):
    assert main(["models"]) == EXIT_OK
    out = capsys.readouterr().out
    assert re.search(r"^en  \S+ \d+\.\d+\.\d+ .*labels: LOC, ORG, PER", out, flags=re.M)
    assert re.search(r"^fr  fr_core_news_md 3\.8\.\d+", out, flags=re.M)


def test_a_configured_package_that_is_not_installed_exits_2_naming_it(tmp_path, capsys):
    sources = _sources(tmp_path, f'[models]\nen = "{ABSENT}"\n')
    assert main(["models", "--sources", str(sources)]) == EXIT_USAGE
    out = capsys.readouterr().out
    assert f"'{ABSENT}' is not installed" in out and "Traceback" not in out


def test_extract_with_a_missing_english_pipeline_exits_2_with_one_line_naming_it(tmp_path, capsys):
    sources = _sources(tmp_path, f'[models]\nen = "{ABSENT}"\n')
    text = tmp_path / "article.txt"
    text.write_text("The streaming service has renewed the comedy for a second season, its creator said on "
                    "Friday. Filming starts in Atlanta next spring.", encoding="utf-8")
    assert main(["extract", "--sources", str(sources), str(text)]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert ABSENT in err and "Traceback" not in err


def test_an_installed_package_can_be_selected_by_name(tmp_path):
    settings = load_settings(str(_sources(tmp_path, '[models]\nen = "fr_core_news_md"\n')))
    entry = models.describe(settings)["en"]
    assert entry["installed"] and entry["name"] == "fr_core_news_md"
    assert entry["path"].endswith("fr_core_news_md") and "PER" in entry["labels"]


@pytest.mark.slow
def test_a_pipeline_directory_is_resolved_relative_to_sources_toml(tmp_path):
    (tmp_path / "pipelines").mkdir()
    (tmp_path / "pipelines" / "english").symlink_to(models.BUILTIN["en"], target_is_directory=True)
    settings = load_settings(str(_sources(tmp_path, '[models]\nen = "./pipelines/english"\n')))
    spec = models.resolve("en", settings)
    assert spec.path == tmp_path / "pipelines" / "english"
    assert models.describe(settings)["en"]["labels"] == ["LOC", "ORG", "PER"]
    nlp = models.load(spec)
    assert nlp.pipe_names[0] == "sentencizer" and "ner" in nlp.pipe_names


def test_a_directory_without_a_pipeline_is_a_model_error(tmp_path):
    settings = load_settings(str(_sources(tmp_path, '[models]\nen = "./nowhere"\n')))
    entry = models.describe(settings)["en"]
    assert not entry["installed"] and "meta.json missing" in entry["error"]
    with pytest.raises(ModelError, match="nowhere"):
        models.load(models.resolve("en", settings))
