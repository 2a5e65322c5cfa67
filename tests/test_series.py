"""Series titles, aliases, networks, seasons and mentions: rules on blank-tokenized Docs, then the real models."""

from __future__ import annotations

import pytest

from claims_support import series_of, titles
from pipeline.nlp.titles import series_id

NET = "NETWORK"


# --- quoted titles ---------------------------------------------------------------------------------

def test_french_quoted_title_with_cue_word_gets_id_title_and_mention_spans():
    text = "Pause télé : la série « La Brigade du Nord » revient pour une saison 3 sur Canal+."
    found = series_of("fr", text, {"Canal+": NET})
    assert titles(found) == ["La Brigade du Nord"]
    series = found[0]
    assert series.id == series_id("La Brigade du Nord") == "s:brigade-du-nord"
    assert [text[m.start:m.end] for m in series.mentions] == ["La Brigade du Nord"]
    assert series.networks == ("Canal+",)
    assert [s.number for s in series.seasons] == [3]


def test_english_quoted_titles_around_status_words():
    found = series_of("en", "‘Harbor Lights’ Renewed at Peacock Ahead of Its Third Run", {"Peacock": NET})
    assert titles(found) == ["Harbor Lights"]
    assert found[0].networks == ("Peacock",)


def test_possessive_and_trailing_season_number_are_not_part_of_the_title():
    assert titles(series_of("en", "‘Harbor Lights’s’ Final Season Premieres in May")) == ["Harbor Lights"]
    found = series_of("en", "'Midnight Orchard 4': Writers Say the Final Season Will Be Darker")
    assert titles(found) == ["Midnight Orchard"]
    assert [s.number for s in found[0].seasons] == [4]


def test_quoted_speech_is_not_a_title():
    found = series_of("en", "‘Harbor Lights’ Boss Thinks Season 5 ‘Could Be the Perfect Goodbye’ for Everyone")
    assert titles(found) == ["Harbor Lights"]
    assert series_of("fr", "« Je ne regrette rien de cette aventure », confie l'actrice.") == []


def test_films_shows_and_newspapers_in_quotes_are_not_series():
    assert series_of("fr", "Warner annule la sortie du film « Nuit d'orage » prévue en juin.") == []
    assert series_of("fr", "« Danse des étoiles » : comment l'émission a reconquis le public de TF1.",
                     {"TF1": NET}) == []
    assert series_of("fr", "Le décryptage de Julie Martin, reporter au « Monde », qui suit les séries depuis dix ans.") == []
    assert series_of("en", "‘Late Night Laughs Show’ Canceled After Host Exits") == []


def test_titles_listed_together_share_their_fate():
    text = ("Fans loved the soundtrack of the show. ‘Paper Hearts’, ‘Northbound’ and ‘Stay Awhile’ "
            "are just a few of the tracks written for this teen drama series.")
    assert series_of("en", text) == []


# --- unquoted titles --------------------------------------------------------------------------------

def test_unquoted_titles_anchored_by_series_noun_season_or_status_cue():
    assert titles(series_of("fr", "Elle a joué dans la série Brumes avec son frère.")) == ["Brumes"]
    assert titles(series_of("en", "Yellow Harbor season 2 should arrive next spring")) == ["Yellow Harbor"]
    assert titles(series_of("en", "Fear the Quiet Renewed For Season 8")) == ["Fear the Quiet"]
    assert titles(series_of("fr", "Brumes : annulée après 3 saisons")) == ["Brumes"]
    assert titles(series_of("en", "Maren Holt back behind the camera for season 4 of The Iron Road",
                            {"Maren Holt": "PER"})) == ["The Iron Road"]


def test_headline_subject_before_a_headline_verb():
    assert titles(series_of("en", "Westfall Takes Viewers Back to the Frontier in a Darker Season 4")) == ["Westfall"]
    assert series_of("en", "Dana Whitmore Teases Her Return to the Stage", {"Dana Whitmore": "PER"}) == []


def test_a_network_is_never_a_series():
    found = series_of("fr", "Netflix arrête la série Brumes, qui n'aura pas de saison 3.", {"Netflix": NET})
    assert titles(found) == ["Brumes"]
    assert found[0].networks == ("Netflix",)
    assert series_of("en", "The series Netflix is known for", {"Netflix": NET}) == []


def test_a_character_is_not_a_series():
    found = series_of("fr", "Dans la série « Sous la glace », elle incarne Margaux, une policière.")
    assert titles(found) == ["Sous la glace"]


def test_mentions_cover_every_occurrence_and_aliases_join_the_series():
    text = ("La série « Paper Kingdom » (« Le Royaume de papier » en VF) est annulée. "
            "Le Royaume de papier reviendra pour un final. Paper Kingdom était populaire.")
    found = series_of("fr", text)
    assert titles(found) == ["Paper Kingdom"]
    series = found[0]
    assert series.aliases == ("Le Royaume de papier",)
    assert sorted(text[m.start:m.end] for m in series.mentions) == [
        "Le Royaume de papier", "Le Royaume de papier", "Paper Kingdom", "Paper Kingdom"]


def test_seasons_with_episode_counts_go_to_the_main_series():
    text = ("Is 'Northbound' Cancelled? 'Northbound' is a teen drama series. "
            "Season 1 ran for 10 episodes. 'Northbound' Season 2 is not coming.")
    found = series_of("en", text)
    assert titles(found) == ["Northbound"]
    assert [(s.number, s.episodes) for s in found[0].seasons] == [(1, 10), (2, None)]


def test_teaser_lines_give_no_series():
    text = ("'Northbound' Season 2: What We Know\n\n"
            "ALSO READ: Paper Kingdom Season 6: Cast, Plot and Premiere News\n"
            "MUST-READ: When Does ‘Iron Valley’ Season 4 Come Out? Everything We Know!\n")
    assert titles(series_of("en", text)) == ["Northbound"]


# --- real models ----------------------------------------------------------------------------------------

@pytest.mark.slow
def test_real_models_find_series_and_keep_networks_and_people_apart(nlp_stage):
    from pipeline.nlp import NlpInput

    fr, en = nlp_stage.analyze([
        NlpInput(text="Netflix arrête la série Brumes : aucune saison 2 en vue. Brumes, avec Claire Dubois, "
                      "était sortie en mars.", lang="fr"),
        NlpInput(text="Brumes Canceled at Netflix After One Season. Claire Dubois starred in the drama.",
                 lang="en"),
    ])
    assert [s.title for s in fr.series] == ["Brumes"]
    assert fr.series[0].networks == ("Netflix",)
    assert len(fr.series[0].mentions) == 2
    assert [s.title for s in en.series] == ["Brumes"]
    assert "Netflix" not in {p.name for p in fr.people} | {p.name for p in en.people}


def test_release_dates_fill_the_season_a_sentence_names():
    from claims_support import context
    from pipeline.nlp.series import find_series, with_season_dates
    from pipeline.records import DateMention

    text = ("'Northbound' is a teen drama series. Once season 1 came out in December 2019, viewers hoped for more.\n"
            "Northbound Season 1 Release Date December 18, 2019")
    ctx = context("en", text)
    series = find_series(ctx)

    def date(words: str, value: str, precision: str) -> DateMention:
        start = text.index(words)
        return DateMention(text=words, value=value, precision=precision, kind="release", series="Northbound",
                           start=start, end=start + len(words))

    dated = with_season_dates(ctx, series, [date("December 2019", "2019-12", "month"),
                                            date("December 18, 2019", "2019-12-18", "day")])
    assert [(s.number, s.released) for s in dated[0].seasons] == [(1, "2019-12-18")]


def test_a_premiere_date_does_not_date_a_season_named_after_it():
    from claims_support import context
    from pipeline.nlp.series import find_series, with_season_dates
    from pipeline.records import DateMention

    text = "'Northbound' premiered in March 2022 and two months later it was picked up for a second run, season 2."
    ctx = context("en", text)
    start = text.index("March 2022")
    date = DateMention(text="March 2022", value="2022-03", precision="month", kind="premiere", series="Northbound",
                       start=start, end=start + len("March 2022"))
    dated = with_season_dates(ctx, find_series(ctx), [date])
    assert all(s.released is None for s in dated[0].seasons)


# --- non-scripted shows, films and rubrics ------------------------------------------------------------------

@pytest.mark.parametrize("lang, text", [
    ("en", "Fox Axes Dating Show ‘Love on Deck’ After One Season"),
    ("en", "‘Kitchen Kings’, the cooking competition hosted by chef Marco Bell, has been canceled."),
    ("en", "Keke Lorne Named Host of Revived ‘Spin to Win’"),
    ("en", "Bravo’s ‘Palm Springs Ladies’ Won’t Return; Network Pulls Reality Series After Cast Feud"),
    ("en", "Warner Bros. Scraps ‘Iron Tide 2’ as Sequel Budget Balloons"),
    ("fr", "« Les Chefs de demain » : M6 renouvelle son concours culinaire pour une saison 4"),
])
def test_a_phrase_next_to_a_title_can_make_it_a_non_scripted_show_or_a_film(lang, text):
    assert series_of(lang, text, {"M6": NET, "Fox": NET}) == []


def test_the_genre_phrase_belongs_to_the_nearest_title_only():
    text = "TV Ratings: ‘Crossroads Clinic’ Hits Season High as Game Show ‘Big Money Spin’ Slips"
    assert titles(series_of("en", text)) == ["Crossroads Clinic"]
    assert titles(series_of("en", "'Raiders North,' the sequel series to 'Longships,' is in the works")) == [
        "Raiders North", "Longships"]


def test_captions_and_headline_topics_anchor_unquoted_french_titles():
    assert titles(series_of("fr", "Les Vigies, saison 3\nUne série de France 2.", {"France 2": NET})) == [
        "Les Vigies"]
    assert titles(series_of("fr", "Les Gardiens du Marais : France 2 commande une saison 4", {"France 2": NET})) == [
        "Les Gardiens du Marais"]


@pytest.mark.parametrize("text", [
    "“That’s perfect,” the coach said after the game.",
    "Officials said the plan was part of the “Never Trumpers” who oppose him.",
    "The mayor’s slogan “Build It Better” is back for the campaign.",
    "One of the habits, “Put first things first”, keeps him on track.",
    "Singer Mira Vale Says She Is ‘Heartbroken’ After the Split",
    "The team reverted to the name “Harbor Press” on Tuesday.",
    "Spanish fans fired up the crowd as the home side levelled the series 1-1.",
])
def test_quotations_slogans_names_and_nationalities_in_general_news_are_not_series(text):
    assert series_of("en", text) == []


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Emmy Nominations: ‘The Gilded Coast’ Leads With 14 Nods", ["The Gilded Coast"]),
    ("en", "Critics’ Picks: The Best New Shows of the Fall, From ‘Dust & Iron’ to ‘Little Lies Club’",
     ["Dust & Iron", "Little Lies Club"]),
    ("fr", "Les nouveautés de la semaine sur Netflix, de « Ombres portées » à « Tempête sur Brest »",
     ["Ombres portées", "Tempête sur Brest"]),
    ("fr", "Vincent Morel (« Soleil de plomb ») rejoint la nouvelle fiction de M6, « La Vallée »",
     ["Soleil de plomb", "La Vallée"]),
])
def test_quoted_titles_in_neutral_screen_contexts(lang, text, expected):
    assert titles(series_of(lang, text, {"Netflix": NET, "M6": NET})) == expected


def test_a_headline_subject_needs_a_text_about_series():
    assert series_of("en", "Rowan Sets Triple-Double Mark as the Wolves Win\nThe season goes on.",
                     {"Rowan": "PER"}) == []


def test_a_title_in_parentheses_after_a_title_is_its_alias_unless_it_is_a_network_or_a_person():
    found = series_of("fr", "« Le Royaume de papier » (Paper Kingdom) est annulée par Netflix.", {"Netflix": NET})
    assert [(s.title, s.aliases) for s in found] == [("Le Royaume de papier", ("Paper Kingdom",))]
    found = series_of("en", "‘Harbor Lights’ (Netflix) was canceled. ‘Tidewater’ (Owen Hart) was canceled too.",
                      {"Netflix": NET, "Owen Hart": "PER"})
    assert [(s.title, s.aliases) for s in found] == [("Harbor Lights", ()), ("Tidewater", ())]


def test_a_quote_that_closes_a_headline_after_a_colon_is_speech():
    text = "Michelle Tran Opens Up About ‘Sweet Venom’ Cancellation: ‘It Broke My Heart’"
    assert titles(series_of("en", text, {"Michelle Tran": "PER"})) == ["Sweet Venom"]
    assert titles(series_of("fr", "Annulée par M6, « Mon voisin le héros » trouve refuge ailleurs", {"M6": NET})) == [
        "Mon voisin le héros"]
