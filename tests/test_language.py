"""Language identification: langdetect (seeded), function words and page hints on short texts."""

from __future__ import annotations

import pytest

from pipeline.language import OVERRULED_CONFIDENCE, detect_language, function_word_counts, hint_language

FR = ("La chaîne a annoncé lundi l'arrêt de la série policière, deux ans après le lancement d'une première "
      "saison qui avait réuni plus d'un million d'abonnés chaque semaine. La créatrice s'est dite déçue.")
EN = ("The streamer confirmed on Friday that the mystery drama will not return for a third season, despite "
      "strong reviews for its second season and a loyal audience on social media.")
ES = ("La cadena anunció el lunes la cancelación de la serie policial, dos años después del estreno de una "
      "primera temporada que había reunido a más de un millón de espectadores cada semana.")


def test_long_texts():
    assert detect_language(FR).language == "fr"
    assert detect_language(EN).language == "en"
    assert detect_language(EN, hints=("fr",)).language == "en"  # a wrong template lang does not win


def test_same_text_same_answer():
    assert len({detect_language(FR[:120]) for _ in range(5)}) == 1


def test_unsupported_language_is_reported_not_forced():
    guess = detect_language(ES)
    assert guess.language == "es" and not guess.supported
    assert detect_language("La serie fue cancelada tras una temporada.", hints=("es",)).language == "es"


@pytest.mark.parametrize("text, hints, expected", [
    ("Ninja Kaiden Anime Gets 2nd Season", (), "en"),            # langdetect alone says Estonian
    ("Stranger Things : la saison 5 arrive", ("en",), "fr"),      # function words beat a hint
    ("Stranger Things", ("fr-FR",), "fr"),                       # nothing to go on: the page decides
    ("Stranger Things", ("fr_CA", "en"), "fr"),
    ("Soundtrack saison 2", (), "fr"),
])
def test_short_texts(text, hints, expected):
    assert detect_language(text, hints=hints).language == expected


def test_overruled_confidence_and_no_words():
    guess = detect_language("Stranger Things", hints=("fr",))
    assert guess.confidence == OVERRULED_CONFIDENCE
    assert detect_language("12345 !!!", hints=("en",)) == detect_language("12345", hints=("en-GB",))
    assert detect_language("12345").language is None
    assert detect_language("Soundtrack").language is None


def test_hints_and_function_words():
    assert hint_language("fr_FR") == "fr" and hint_language("EN-us") == "en"
    assert hint_language("") is None and hint_language("x-default") is None and hint_language("12") is None
    assert function_word_counts("La série est annulée pour la saison 3") == {"fr": 7, "en": 0}


def test_prepare_keeps_an_unsupported_page_with_a_warning():
    from pipeline.config import Settings
    from pipeline.extract import prepare
    from pipeline.inputs import InputDocument

    prepared = prepare(InputDocument(label="es.txt", kind="text", content=ES), settings=Settings())
    assert prepared.language == "es"
    assert [w.code for w in prepared.warnings] == ["unsupported_language"]
    unknown = prepare(InputDocument(label="n.txt", kind="text", content="Stranger"), settings=Settings())
    assert unknown.language is None and [w.code for w in unknown.warnings] == ["unknown_language"]


@pytest.mark.parametrize("among", [None, ("en", "fr")])
def test_probabilities_are_langdetects_own_to_the_last_bit(among):
    """The array-based detector must give langdetect's exact probabilities (same seed, same draws)."""
    from langdetect import DetectorFactory
    from langdetect.detector_factory import PROFILES_DIRECTORY

    from pipeline.language import SEED, probabilities

    reference = DetectorFactory()
    reference.load_profile(PROFILES_DIRECTORY)
    reference.set_seed(SEED)
    for text in (FR, EN, ES, FR + " " + EN, "Ninja Kaiden Anime Gets 2nd Season", "Brigade 17 : saison 3 ?"):
        detector = reference.create()
        if among:
            detector.set_prior_map({lang: 1.0 / len(among) for lang in among})
        detector.append(text)
        expected = {g.lang: g.prob for g in detector.get_probabilities()}
        assert probabilities(text, among=among) == expected, text
