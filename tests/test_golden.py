"""Golden records: each page of tests/fixtures/pages against its expected record.

The whole emitted record is compared except ``extracted_at``. The NLP part
(series, people, dates, claims) changes whenever the extractors improve:
regenerate with ``python -m pytest tests/test_golden.py --update-golden`` and
review the change (``git diff --word-diff tests/fixtures/pages``) before
committing it. The clean-text checks below do not depend on the NLP stage
and are never regenerated.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from conftest import FIXTURES
from pipeline.config import parse_settings
from pipeline.extract import Extractor, prepare
from pipeline.inputs import read_path

PAGES = FIXTURES / "pages"

#: page file, the URL it was "fetched" from (selects the per-site drop selectors below)
CASES = {
    "fr_veilleurs_annulee.html": "https://www.ecran-total.example/series/les-veilleurs-de-brest-annulee-saison-3-84121",
    "en_harbor_lights_canceled.html": "https://screenbeat.example/tv/news/harbor-lights-canceled-apple-tv-plus-1235508",
    "fr_depeche_sentinelles.txt": None,
}

SETTINGS = parse_settings({"source": [
    {"name": "ecran-total", "language": "fr", "domains": ["ecran-total.example"],
     "drop": [".newsletter-box", ".article-tags", "section.related", "aside"]},
    {"name": "screenbeat", "language": "en", "domains": ["screenbeat.example"],
     "drop": ["section.more-stories", ".post-tags", ".newsletter-signup"]},
]}, path="<test>")

#: What the clean text must never contain (teasers, ads, related lists) and must contain.
NOT_IN_TEXT = ("À lire aussi", "LIRE AUSSI", "VOIR AUSSI", "MUST-READ", "ALSO READ", "READ MORE", "Publicité",
               "publicité", "Advertisement", "Nuit blanche", "Brigade 17", "Horizon Zéro", "Copper Creek",
               "Night Shift", "Long Road", "Midnight Diner", "Mots clés", "Tags", "play_circle", "©")
IN_TEXT = {
    "fr_veilleurs_annulee.html": ("il n'y aura pas de saison 3 pour Les Veilleurs de Brest", "20 000 signatures"),
    "en_harbor_lights_canceled.html": ("Apple TV+ has canceled Harbor Lights after two seasons",
                                       "fewer, bigger series."),
    "fr_depeche_sentinelles.txt": ("France 2 a renouvelé la série pour une quatrième saison",
                                   "beaucoup d'histoires à raconter"),
}


def expected_path(name: str) -> Path:
    return PAGES / f"{Path(name).stem}.expected.jsonl"


@pytest.fixture(scope="module")
def records(nlp_stage) -> dict[str, dict]:
    extractor = Extractor(SETTINGS, nlp=nlp_stage)
    out = {}
    for name, url in CASES.items():
        doc = read_path(str(PAGES / name), kind="text" if name.endswith(".txt") else "html", max_bytes=1_000_000)
        doc = replace(doc, label=name, url=url)
        (record,) = extractor.records([prepare(doc, settings=SETTINGS)], extracted_at="2024-01-01T00:00:00+00:00")
        data = record.to_json_dict()
        data.pop("extracted_at")
        out[name] = data
    return out


@pytest.mark.parametrize("name", list(CASES))
def test_record_matches_the_golden_file(name, records, request, record_validator):
    record = records[name]
    path = expected_path(name)
    if request.config.getoption("--update-golden"):
        path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    assert path.is_file(), f"no golden file {path.name}: run pytest {__file__} --update-golden and review it"
    expected = json.loads(path.read_text(encoding="utf-8"))
    assert not list(record_validator.iter_errors({**expected, "extracted_at": "2024-01-01T00:00:00+00:00"}))
    for key in expected.keys() | record.keys():
        assert record.get(key) == expected.get(key), (
            f"{name}: field {key!r} differs from {path.name}; if the change is intended, "
            f"run with --update-golden and review the diff")


@pytest.mark.parametrize("name", list(CASES))
def test_clean_text_has_the_article_and_no_chrome(name, records):
    text = records[name]["text"]
    assert text.startswith(records[name]["title"] + "\n\n")
    for phrase in IN_TEXT[name]:
        assert phrase in text
    for phrase in NOT_IN_TEXT:
        assert phrase not in text, f"{name}: {phrase!r} survived the clean stage"


def test_metadata_of_the_pages(records):
    fr, en, txt = (records[n] for n in CASES)
    assert (fr["authors"], fr["published"], fr["modified"], fr["site_name"], fr["language"]) == (
        ["Claire Dumas"], "2024-03-12T09:15:00+01:00", "2024-03-12T11:02:00+01:00", "Écran Total", "fr")
    assert (en["authors"], en["published"], en["modified"], en["site_name"], en["language"]) == (
        ["Jenna Marlow"], "2024-02-03T18:36:00-05:00", "2024-02-04T09:00:00-05:00", "The Screen Beat", "en")
    assert (txt["title"], txt["authors"], txt["published"], txt["modified"]) == (
        "Les Sentinelles : France 2 commande une saison 4", ["Paul Morvan"], "2024-03-04T17:40", None)
    assert en["canonical_url"] == en["url"] == CASES["en_harbor_lights_canceled.html"]
