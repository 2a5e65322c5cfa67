"""Dates: normalisation, precision, relative resolution, kinds and series on inline texts; real models end to end."""

from __future__ import annotations

from functools import lru_cache

import pytest
import spacy

from pipeline.nlp import DocContext, NlpInput
from pipeline.nlp.dates import find_dates
from pipeline.nlp.titles import series_id
from pipeline.records import Mention, Series


@lru_cache(maxsize=None)
def _blank(lang: str):
    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    return nlp


def _dates(lang: str, text: str, *, published: str | None = None, series: tuple[str, ...] = ()):
    found = []
    for title in series:
        start = text.find(title)
        found.append(Series(id=series_id(title), title=title,
                            mentions=(Mention(start=start, end=start + len(title), text=title),)))
    ctx = DocContext(doc=_blank(lang)(text), lang=lang, nlp=None, published=published)
    return find_dates(ctx, series=found)


def _values(dates):
    return [(d.text, d.value, d.precision) for d in dates]


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "It premiered on December 18, 2019.", ("December 18, 2019", "2019-12-18", "day")),
    ("en", "Streaming since 18th December 2019.", ("18th December 2019", "2019-12-18", "day")),
    ("en", "Out on the 4th of July 2021 at 6:30 pm.", ("4th of July 2021 at 6:30 pm", "2021-07-04T18:30", "minute")),
    ("en", "Season 1 Release DateMarch 3, 2022", ("March 3, 2022", "2022-03-03", "day")),
    ("en", "It was shot in 2017 and aired in May 2018.", ("2017", "2017", "year")),
    ("fr", "Publié le 21 novembre 2023 à 09:05", ("21 novembre 2023 à 09:05", "2023-11-21T09:05", "minute")),
    ("fr", "Mise en ligne le 1er mars 2021.", ("1er mars 2021", "2021-03-01", "day")),
    ("fr", "Lancée en décembre 2019 sur la plateforme.", ("décembre 2019", "2019-12", "month")),
    ("fr", "Diffusée le 12/05/2018 sur la chaîne.", ("12/05/2018", "2018-05-12", "day")),
    ("fr", "Le feuilleton a démarré en 2004.", ("2004", "2004", "year")),
])
def test_absolute_dates_keep_the_precision_the_text_gives(lang, text, expected):
    assert _values(_dates(lang, text))[0] == expected


def test_numbers_that_are_not_dates_are_left_alone():
    assert _dates("fr", "La série compte 2004 fans, 18 épisodes et une saison 2.") == []
    assert _dates("en", "It may return with 12 episodes; Mars is red. Orbit 2049 was a film.") == []


@pytest.mark.parametrize("lang,text,published,expected", [
    ("fr", "La fiction a été arrêtée il y a deux mois.", "2023-11-21T09:05", ("il y a deux mois", "2023-09", "month")),
    ("fr", "Elle reviendra le 2 juin sur la chaîne.", "2022-05-10", ("2 juin", "2022-06-02", "day")),
    ("fr", "Tournée en novembre, elle sort bientôt.", "2020-02-03", ("en novembre", "2019-11", "month")),
    ("fr", "Elle a été renouvelée hier.", "2020-02-03", ("hier", "2020-02-02", "day")),
    ("en", "The network canceled it last week.", "2022-06-29", ("last week", "2022-06-22", "day")),
    ("en", "The finale aired two days ago.", "2022-06-29T10:00:00+00:00", ("two days ago", "2022-06-27", "day")),
    ("en", "Season 2 premieres July 28 on the service.", "2022-06-28", ("July 28", "2022-07-28", "day")),
    ("en", "It was renewed last year.", "2022-06-28", ("last year", "2021", "year")),
])
def test_relative_and_partial_dates_resolve_against_published(lang, text, published, expected):
    dates = [d for d in _dates(lang, text, published=published) if d.kind != "published"]
    assert _values(dates) == [expected] and dates[0].relative


def test_without_a_publication_date_relative_dates_are_left_out():
    assert _dates("fr", "Annulée il y a deux mois, elle reviendra le 2 juin.") == []
    assert _dates("en", "Canceled last week, back in January.") == []


def test_a_published_line_in_the_text_is_the_reference():
    text = "Publié le 21 novembre 2023 à 09:05\nLa fiction a été arrêtée il y a deux mois."
    dates = _dates("fr", text)
    assert [(d.kind, d.value, d.relative) for d in dates] == [("published", "2023-11-21T09:05", False),
                                                              ("other", "2023-09", True)]


def test_metadata_published_is_added_once_without_a_span():
    dates = _dates("en", "Nothing dated here.", published="2022-06-28T09:15:00+02:00")
    assert [(d.kind, d.value, d.precision, d.start) for d in dates] == [
        ("published", "2022-06-28T09:15:00+02:00", "second", None)]
    dates = _dates("fr", "Publié le 21 novembre 2023 à 09:05", published="2023-11-21T09:05")
    assert [(d.kind, d.start) for d in dates] == [("published", 10)]


@pytest.mark.parametrize("lang,text,kind", [
    ("en", "Tidewater premieres March 3, 2022 on Peacock.", "premiere"),
    ("en", "It was announced in June 2022 that the show was over.", "announcement"),
    ("en", "The series finale airs June 17, 2022.", "finale"),
    ("en", "All episodes were released on March 3, 2022.", "release"),
    ("fr", "La saison 1 était arrivée sur la plateforme en avril 2021.", "premiere"),
    ("fr", "Le dernier épisode sera diffusé le 30 septembre 2022.", "finale"),
    ("fr", "France 3 a confirmé le 12 mai 2022 l’arrêt du feuilleton.", "announcement"),
    ("fr", "Le tournage a eu lieu en 2019.", "other"),
])
def test_the_nearest_cue_gives_the_kind(lang, text, kind):
    assert [d.kind for d in _dates(lang, text)] == [kind]


def test_the_series_is_the_one_the_sentence_names_or_the_main_one_for_the_season():
    text = ("« Quai Nord » a été lancée en mars 2021. « Les Rivages » arrive en juin 2022. "
            "Quai Nord a séduit. La saison 2 de Quai Nord était prévue en 2023. Le tournage a duré en 2020.")
    dates = _dates("fr", text, series=("Quai Nord", "Les Rivages"))
    assert [(d.value, d.series) for d in dates][:2] == [("2021-03", "Quai Nord"), ("2022-06", "Les Rivages")]


def test_the_season_sentence_without_title_goes_to_the_main_series():
    text = "Tidewater is gone. Tidewater was good. Season 1 came out in December 2019. Rain fell in 2018."
    found = [Series(id=series_id("Tidewater"), title="Tidewater",
                    mentions=(Mention(start=0, end=9, text="Tidewater"), Mention(start=19, end=28, text="Tidewater")))]
    ctx = DocContext(doc=_blank("en")(text), lang="en", nlp=None)
    assert [(d.value, d.series) for d in find_dates(ctx, series=found)] == [("2019-12", "Tidewater"), ("2018", None)]


@pytest.mark.slow
def test_dates_end_to_end_in_both_languages(nlp_stage):
    fr = ("« Soleil noir » : Canal+ arrête la série\n\nLa série, lancée en mars 2021, ne reviendra pas. "
          "La décision a été annoncée il y a deux semaines.")
    en = "‘Tidewater’ Canceled at Peacock\n\nThe drama premiered on March 3, 2022. Peacock confirmed the news last week."
    out_fr, out_en = nlp_stage.analyze([NlpInput(text=fr, lang="fr", published="2022-05-10T08:00"),
                                        NlpInput(text=en, lang="en", published="2022-06-29")])
    assert [(d.kind, d.value) for d in out_fr.dates] == [
        ("published", "2022-05-10T08:00"), ("premiere", "2021-03"), ("announcement", "2022-04-26")]
    assert [(d.kind, d.value) for d in out_en.dates] == [
        ("published", "2022-06-29"), ("premiere", "2022-03-03"), ("announcement", "2022-06-22")]


def test_a_placeholder_publication_date_is_no_reference():
    """CMS placeholders such as 0001-01-01 must neither crash nor resolve relative dates."""
    assert _dates("en", "The finale aired on July 28.", published="0001-01-01T00:00:00Z") == []
