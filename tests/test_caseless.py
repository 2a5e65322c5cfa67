"""Series titles in caseless wire copy (pipeline.nlp.caseless): anchors and the bounds of a title run."""

from __future__ import annotations

import pytest

from claims_support import claims_of, make_doc, series_of, titles
from pipeline.nlp.caseless import caseless_spans
from pipeline.nlp.segments import segments


def _runs(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in caseless_spans(text, segments(make_doc("en", text)), "en", [])]


@pytest.mark.parametrize("text, expected", [
    ("the bbc has commissioned a third series of its sitcom office hours, the writer said.", ["office hours"]),
    ("itv has dropped its police drama city beat after 12 years on air.", ["city beat"]),
    ("channel 4 axed its comedy drama the crimson club after two series.", ["the crimson club"]),
    ("actress jane ellery is to leave the soap river lane after eight years.", ["river lane"]),
    ("the award went to former grange hollow actress mary pike.", ["grange hollow"]),
    ("the channel once aired hits such as cash and the city. the show ended.", ["cash and the city"]),
    ("bbc one will show a new version of tom bell s schooldays at christmas.", ["tom bell s schooldays"]),
])
def test_anchored_runs_stop_at_verbs_prepositions_punctuation_and_role_nouns(text, expected):
    assert _runs(text) == expected


@pytest.mark.parametrize("text", [
    "drama scoops top tv award at the ceremony on sunday.",             # a series noun opening the sentence
    "the show gets a second series next year.",                        # a verb after the series noun
    "the network backed the series  arguing it was harmless fun.",     # an -ing verb before its object
    "fans pick the champion in a series of phone polls.",              # "a series of"
    "the veteran writer and critic told reporters she was pleased.",   # "the … writer": a noun phrase
    "two of the genre s brightest stars were arrested.",              # adjectives before a role noun
])
def test_no_run_where_the_series_noun_or_role_noun_is_used_as_a_common_noun(text):
    assert _runs(text) == []


def test_caseless_titles_feed_claims_and_non_scripted_shows_are_vetoed():
    text = "bbc orders third series of office hours\n\nthe bbc has commissioned a third series of its sitcom office hours."
    assert [(c.series, c.status, c.season) for c in claims_of("en", text, {"bbc": "NETWORK"})] == [
        ("office hours", "renewed", 3)]
    assert titles(series_of("en", "the talent contest sing for gold will be back for a third series.")) == []


def test_capitalised_texts_do_not_use_caseless_runs():
    assert titles(series_of("en", "The show gets a second series. Its sitcom Office Hours was renewed.")) == ["Office Hours"]
