"""The chrome filter, rule by rule, on lines written for these tests (French and English)."""

from __future__ import annotations

import pytest

from pipeline.teasers import filter_lines, is_paragraph, is_prose, is_teaser, link_key, teaser_rule

BODY_FR = ("Canal+ a annoncé lundi l'arrêt de la série policière, deux ans après le lancement d'une "
           "première saison qui avait réuni plus d'un million d'abonnés chaque semaine.")
BODY_EN = ("Apple TV+ has canceled the mystery drama after two seasons, the streamer confirmed on Friday, "
           "despite strong reviews for its second season.")


def kept(lines, **kwargs) -> list[str]:
    return [line for line in filter_lines(lines, **kwargs).kept if line.strip()]


def rules(lines, **kwargs) -> list[tuple[str, str]]:
    return [(d.rule, d.line) for d in filter_lines(lines, **kwargs).dropped]


@pytest.mark.parametrize("line", [
    "À lire aussi : Nuit blanche : Netflix annule la série après une seule saison",
    "A lire aussi » Les Sentinelles renouvelée",
    "LIRE AUSSI Brigade 17 : TF1 confirme que la saison 5 sera la dernière",
    "VOIR AUSSI – Horizon Zéro annulée au bout de trois saisons",
    "Lire aussi : la fin de Brigade 17",
    "MUST-READ: 'Copper Creek' Canceled at ABC After One Season",
    "ALSO READ: Is 'Night Shift' Season 4 Happening?",
    "READ MORE: 'The Long Road' Will End With Season 5",
    "Read more: Hulu cancels 'Midnight Diner'",
    "[Related: 'Copper Creek' is over at ABC]",
    "- Related: The 10 best cancelled shows",
    "You may also like…",
    "SEE MORE: The shows that were saved by streaming",
    "Also on screenbeat.example The shows cancelled this week",
    "WATCH: The first trailer for season 2",
    "Listen: http://podcast.example/ep12",
])
def test_teaser_lines_are_dropped(line):
    assert teaser_rule(line) == "teaser"


@pytest.mark.parametrize("line", [
    "Publicité", "PUBLICITÉ", "La suite après la publicité", "Advertisement", "ADVERTISEMENT",
    "Story continues below advertisement",
])
def test_ad_labels_are_dropped(line):
    assert teaser_rule(line) == "ad"


@pytest.mark.parametrize("line", [
    BODY_FR, BODY_EN,
    "Watch the trailer below.",
    "Read more about the decision in the network's statement, published on Monday.",
    "Lire aussi les critiques, disait-il souvent, c'est apprendre à écrire.",
    "Related to this, the streamer also renewed two comedies.",
    "Publicité mensongère : la plateforme condamnée à une amende.",
    "La publicité a coûté plus cher que la série elle-même, selon la productrice.",
    "Voir aussi la série comme un hommage aux polars des années 1970 serait réducteur.",
])
def test_article_sentences_are_kept(line):
    assert teaser_rule(line) is None
    assert not is_teaser(line)


def test_icon_tag_and_credit_lines():
    assert teaser_rule("Horizon Zéro annulée au bout de trois saisons play_circle") == "icon"
    assert teaser_rule("China furious at the network's cancellation of the drama [INSIGHT]") == "tag"
    assert teaser_rule("[CNET]") is None  # a bracketed word alone is the article's
    assert teaser_rule("Crédits photos : Bestimage") == "credit"
    assert teaser_rule("Les Veilleurs de Brest, saison 2 © Canal+") == "credit"
    assert teaser_rule("Photo: Apple TV+") == "credit"


def test_promo_lines_but_not_instructions():
    assert teaser_rule("Subscribe to our TV newsletter") == "promo"
    assert teaser_rule("Follow The Screen Beat on Instagram, Facebook and X.") == "promo"
    assert teaser_rule("Abonnez-vous à notre newsletter séries") == "promo"
    assert teaser_rule("- Sign up for the ad-free plan with the same email") is None
    assert teaser_rule("Follow the story of a lighthouse keeper who reopens an old case.") is None


def test_section_heading_drops_the_related_block_to_the_end():
    lines = [BODY_FR, "Mots clés", "Séries françaises", "Sur le même thème",
             "Horizon Zéro annulée au bout de trois saisons : les acteurs réagissent play_circle",
             "SÉRIES TV", "Horizon Zéro annulée au bout de trois saisons : les acteurs réagissent",
             "8 mars 2024", "Dernières actualités",
             'Vallée noire : "Nous voulions finir avant de lasser le public"']
    assert kept(lines) == [BODY_FR]


def test_related_block_ends_at_the_next_paragraph():
    lines = [BODY_EN, "Related Stories", "'Copper Creek' Canceled at ABC After One Season",
             "Hulu Cancels 'Midnight Diner' After Three Seasons", BODY_EN.replace("Friday", "Monday")]
    assert kept(lines) == [BODY_EN, BODY_EN.replace("Friday", "Monday")]


def test_list_items_after_a_teaser_are_dropped_but_not_other_lists():
    lines = [BODY_EN, "Related: The best dramas of the year", "- 'Copper Creek' Canceled at ABC",
             "- Hulu Cancels 'Midnight Diner'", BODY_EN, "- Sign up with your email", "- Pick a plan"]
    assert kept(lines) == [BODY_EN, BODY_EN, "- Sign up with your email", "- Pick a plan"]


def test_lines_that_are_a_link_on_the_page_are_teaser_headlines():
    links = frozenset({link_key("Hulu Cancels 'Midnight Diner' After Three Seasons"),
                       link_key("15 Shows Saved by Streaming"), link_key("Harbor Lights")})
    lines = [BODY_EN, "Hulu Cancels 'Midnight Diner' After Three Seasons", "- 15 Shows Saved by Streaming",
             "Harbor Lights", BODY_EN]
    # a short linked line is a subheading or a name: kept
    assert kept(lines, links=links) == [BODY_EN, "Harbor Lights", BODY_EN]


def test_header_lines_are_metadata_not_body():
    lines = ["SÉRIES TV", "Les Sentinelles : France 2 commande une saison 4",
             "Publié le 4 mars 2024 à 17:40", "Par Paul Morvan | Journaliste",
             "Paul Morvan est journaliste et écrit sur les séries françaises depuis dix ans, pour plusieurs titres.",
             BODY_FR]
    out = filter_lines(lines, title="Les Sentinelles : France 2 commande une saison 4", authors=("Paul Morvan",))
    assert [line for line in out.kept if line.strip()] == [BODY_FR]
    assert [d.rule for d in out.dropped] == ["label", "title", "dateline", "byline", "bio"]


def test_header_rules_stop_at_the_first_paragraph():
    lines = [BODY_FR, "Publié le 4 mars 2024 à 17:40", "Par la suite, tout a changé.", "TENDANCES DU MOIS"]
    assert kept(lines, title="x") == lines


def test_repeated_caption_lines_keep_the_first_copy_only():
    caption = "Les Sentinelles, saison 3 sur France 2"
    lines = [BODY_FR, caption, caption, caption, BODY_FR, caption]
    assert kept(lines) == [BODY_FR, caption, BODY_FR, caption]


def test_share_widget_suffix_is_removed_from_a_kept_line():
    out = filter_lines([BODY_EN, "Every great show ends too early.Click To Tweet"])
    assert out.kept == (BODY_EN, "Every great show ends too early.")


def test_blank_lines_are_kept_for_paragraphs():
    assert filter_lines(["a b c", "", "Publicité", "", "d e f"]).kept == ("a b c", "", "", "d e f")


def test_prose_and_paragraph_tests():
    assert is_prose(BODY_FR) and is_paragraph(BODY_FR)
    assert not is_prose("Horizon Zéro annulée au bout de trois saisons")
    quoted = ('Vallée noire annulée après 3 saisons, la showrunneuse s\'explique : "Nous voulions finir '
              'avant de lasser le public, et nous avons eu le temps de tout dire"')
    assert not is_paragraph(quoted)


def test_header_ends_at_the_first_blank_line_after_kept_text():
    lines = ["Un titre court", "", "Par Jean Dupont", "Le reste."]
    assert kept(lines) == ["Un titre court", "Par Jean Dupont", "Le reste."]


def test_dropped_lines_carry_their_input_index():
    lines = [BODY_EN, "", "MUST-READ: 'Copper Creek' Canceled", "Quote of the day.Click To Tweet", "Advertisement"]
    out = filter_lines(lines)
    assert out.dropped_indexes == {2, 4}
    assert [(d.index, d.rule) for d in out.dropped] == [(2, "teaser"), (4, "ad")]
