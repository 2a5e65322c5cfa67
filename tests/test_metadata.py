"""Metadata from JSON-LD, meta tags, <time>, visible bylines and datelines, and plain-text headers."""

from __future__ import annotations

import json

import pytest
from selectolax.lexbor import LexborHTMLParser

from pipeline.datelines import find_date, parse_byline, parse_dateline, parse_datetime_attr
from pipeline.metadata import read_metadata, read_text_metadata


def meta_of(head: str = "", body: str = "", *, lang: str = "fr"):
    return read_metadata(LexborHTMLParser(f'<html lang="{lang}"><head>{head}</head><body>{body}</body></html>'))


def jsonld(obj) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


@pytest.mark.parametrize("line, expected", [
    ("Publié le 12 mars 2021 à 09:05", [("published", "2021-03-12T09:05")]),
    ("Publié le 03/02/2020 à 18h36 | Mis à jour le 04/02/2020 à 10h00",
     [("published", "2020-02-03T18:36"), ("modified", "2020-02-04T10:00")]),
    ("Mardi 4 février 2020", [("published", "2020-02-04")]),
    ("1er janvier 2021", [("published", "2021-01-01")]),
    ("Published Feb. 3, 2024 at 6:36 p.m. ET", [("published", "2024-02-03T18:36")]),
    ("Updated: February 4, 2024 9:00 AM EST", [("modified", "2024-02-04T09:00")]),
    ("Tuesday, Feb 4, 2020", [("published", "2020-02-04")]),
    ("3rd Feb 2020", [("published", "2020-02-03")]),
    ("2/26/2015 7:11 AM PST", [("published", "2015-02-26T07:11")]),
    ("2024-03-12T09:15", [("published", "2024-03-12T09:15")]),
])
def test_datelines(line, expected):
    assert [(d.kind, d.value) for d in parse_dateline(line)] == expected


@pytest.mark.parametrize("line", [
    "Il a été publié le 12 mars 2021 à 09:05 par la chaîne.",  # a sentence, not a dateline
    "03/02/2020",                                                # day or month first? no language: no date
    "31 février 2020",                                           # no such day
    "La saison 2 arrive",
])
def test_not_datelines(line):
    assert parse_dateline(line) == ()


@pytest.mark.parametrize("line, authors", [
    ("Par Hélène Garnier | Journaliste", ("Hélène Garnier",)),
    ("By Jenna Marlow, Senior TV Writer", ("Jenna Marlow",)),
    ("By Jane Doe and John Smith", ("Jane Doe", "John Smith")),
    ("Par Jean Dupont avec AFP", ("Jean Dupont",)),
    ("Par Jean de La Fontaine", ("Jean de La Fontaine",)),
    ("By TMZ STAFF", ()),
    ("Par la rédaction", ()),
    ("By the end of the season, nobody watched.", ()),
])
def test_bylines(line, authors):
    assert parse_byline(line) == authors


def test_machine_dates_are_normalised():
    assert parse_datetime_attr("2024-03-12T09:15:00+01:00") == "2024-03-12T09:15:00+01:00"
    assert parse_datetime_attr("2024-02-03T23:36:00Z") == "2024-02-03T23:36:00+00:00"
    assert parse_datetime_attr("2024-03-12") == "2024-03-12"
    assert parse_datetime_attr("Tue, 12 Mar 2024 09:15:00 GMT") == "2024-03-12T09:15:00+00:00"
    assert parse_datetime_attr("14-12-29") is None  # junk some sites put in article:published_time
    assert find_date("le 12 mars 2024", lang="fr") == "2024-03-12"


def test_jsonld_article_wins_and_keeps_published_and_modified_apart():
    head = jsonld({"@context": "https://schema.org", "@graph": [
        {"@type": "Organization", "@id": "#org", "name": "Écran Total"},
        {"@type": "Person", "@id": "#claire", "name": "Claire Dumas"},
        {"@type": ["NewsArticle"], "headline": "Les Veilleurs de Brest : pas de saison 3",
         "datePublished": "2024-03-12T09:15:00+01:00", "dateModified": "2024-03-12T11:02:00+01:00",
         "author": [{"@id": "#claire"}, {"@type": "Person", "name": "Paul Morvan"}],
         "publisher": {"@id": "#org"}}]})
    head += '<meta property="og:title" content="Autre titre"><meta property="article:published_time" content="2020-01-01">'
    meta = meta_of(head)
    assert meta.title == "Les Veilleurs de Brest : pas de saison 3"
    assert meta.authors == ("Claire Dumas", "Paul Morvan")
    assert (meta.published, meta.modified) == ("2024-03-12T09:15:00+01:00", "2024-03-12T11:02:00+01:00")
    assert meta.site_name == "Écran Total"


def test_meta_tags_when_there_is_no_jsonld():
    head = ('<meta property="og:title" content="Sean Penn &amp;amp;#039;proposes&amp;amp;#039;">'
            '<meta property="og:site_name" content="The Screen Beat">'
            '<meta name="author" content="Jenna Marlow">'
            '<meta property="article:published_time" content="2024-02-03T18:36:00-05:00">'
            '<meta property="article:modified_time" content="2024-02-04T09:00:00-05:00">'
            '<meta property="og:locale" content="en_US">'
            '<link rel="canonical" href="https://screenbeat.example/tv/1">')
    meta = meta_of(head, lang="en-US")
    assert meta.title == "Sean Penn 'proposes'"  # double-escaped entities decoded
    assert meta.authors == ("Jenna Marlow",)
    assert meta.published == "2024-02-03T18:36:00-05:00" and meta.modified == "2024-02-04T09:00:00-05:00"
    assert (meta.canonical_url, meta.html_lang, meta.og_locale) == ("https://screenbeat.example/tv/1", "en-US", "en_US")


def test_title_loses_the_site_name_suffix():
    meta = meta_of('<title>Brigade 17 : la fin - Écran Total</title><meta property="og:site_name" content="Écran Total">')
    assert meta.title == "Brigade 17 : la fin"


def test_time_elements_marked_published_and_updated():
    body = ('<article><time class="updated" datetime="2024-02-04T09:00:00-05:00">Feb 4</time>'
            '<time class="published" datetime="2024-02-03T18:36:00-05:00">Feb 3</time></article>')
    meta = meta_of("", body, lang="en")
    assert (meta.published, meta.modified) == ("2024-02-03T18:36:00-05:00", "2024-02-04T09:00:00-05:00")


def test_sidebar_time_is_not_the_publication_date():
    body = '<aside><ul><li><time datetime="2019-01-01">1 Jan</time> Old story</li></ul></aside>'
    assert meta_of("", body).published is None


def test_visible_byline_and_dateline():
    body = ('<h1>Les Veilleurs de Brest : pas de saison 3</h1>'
            '<p class="byline">Par <a href="/auteurs/claire-dumas">Claire Dumas</a> | Journaliste</p>'
            '<p class="dateline">Publié le 12 mars 2024 à 09:15, mis à jour le 12 mars 2024 à 11:02</p>')
    meta = meta_of("", body)
    assert meta.title == "Les Veilleurs de Brest : pas de saison 3"
    assert meta.authors == ("Claire Dumas",)
    assert (meta.published, meta.modified) == ("2024-03-12T09:15", "2024-03-12T11:02")


def test_author_element_with_a_bare_name_and_a_role():
    body = '<span class="author">By <a rel="author" href="/a/jm">Jenna Marlow</a>, Senior TV Writer</span>'
    assert meta_of("", body, lang="en").authors == ("Jenna Marlow",)


def test_broken_jsonld_is_ignored_or_repaired():
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Réparé",}</script>'
            '<script type="application/ld+json">{not json at all</script>')
    assert meta_of(head).title == "Réparé"


def test_text_header_gives_title_author_and_dates():
    text = ("SÉRIES TV\nLes Sentinelles : France 2 commande une saison 4\nPublié le 4 mars 2024 à 17:40\n"
            "Par Paul Morvan | Journaliste\n\nBonne nouvelle pour les fans : France 2 a renouvelé la série pour "
            "une quatrième saison, a annoncé la chaîne lundi, et le tournage reprendra à l'automne.\n")
    meta = read_text_metadata(text)
    assert meta.title == "Les Sentinelles : France 2 commande une saison 4"
    assert meta.authors == ("Paul Morvan",)
    assert meta.published == "2024-03-04T17:40" and meta.modified is None


def test_text_without_header_has_no_title():
    assert read_text_metadata("Netflix a annulé la série après une saison.").title is None
    paragraph = ("Netflix a annulé la série après une saison, a annoncé la plateforme, qui ne commente "
                 "jamais ses audiences ni ses choix.\nLa créatrice a réagi sur Instagram.")
    assert read_text_metadata(paragraph).title is None


def test_hard_wrapped_paragraph_is_not_a_header():
    text = ("Netflix a annulé la série Soundtrack après une seule saison, a annoncé\n"
            "la plateforme mardi dans un communiqué adressé à la presse.\n")
    assert read_text_metadata(text).title is None
