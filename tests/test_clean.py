"""The clean stage: drop selectors, trafilatura (and its fallback), the chrome filter, plain text;
the two seed dumps of ../shared in text mode; the quality floor on ../shared/corpus."""

from __future__ import annotations

import json

import pytest
from selectolax.lexbor import LexborHTMLParser

from pipeline.clean import clean_html, clean_text, link_texts, looks_like_html
from pipeline.errors import Skip

PARAGRAPHS = [
    "Canal+ a annoncé lundi l'arrêt de la série policière Les Veilleurs de Brest, deux ans après le "
    "lancement d'une première saison qui avait réuni plus d'un million d'abonnés chaque semaine.",
    "Portée par Julie Kervella dans le rôle de la commandante Anne Le Goff, la série suivait une équipe "
    "de la police maritime dans le port de Brest. Les huit épisodes restent disponibles.",
    "Dans un message publié sur Instagram, la créatrice s'est dite « triste mais fière » du travail "
    "accompli, avant de remercier les équipes techniques bretonnes et les fans.",
]


def page(*, inline: str = "", after: str = "", title: str = "Les Veilleurs de Brest : pas de saison 3") -> str:
    body = "".join(f"<p>{p}</p>" + (inline if i == 0 else "") for i, p in enumerate(PARAGRAPHS))
    return (f"<html><head><title>{title}</title></head><body><nav><a href='/'>Accueil</a></nav>"
            f"<article><h1>{title}</h1>{body}{after}</article><footer>© Écran Total</footer></body></html>")


def test_inline_teasers_ads_and_title_are_removed():
    html = page(inline="<p><strong>À lire aussi :</strong> <a href='/x'>Nuit blanche : Netflix annule la série</a></p>"
                       "<div class='pub'><p>La suite après la publicité</p></div>")
    cleaned = clean_html(html, title="Les Veilleurs de Brest : pas de saison 3")
    assert cleaned.body.split("\n") == PARAGRAPHS
    assert {d.rule for d in cleaned.dropped} >= {"teaser", "ad"}


def test_drop_selectors_remove_nodes_before_trafilatura():
    box = "<div class='encadre'><p>Les Sentinelles renouvelée : France 2 commande une quatrième saison, " \
          "a annoncé la chaîne ce lundi dans un communiqué de presse adressé aux journalistes.</p></div>"
    html = page(inline=box)
    assert "Sentinelles" in clean_html(html).body
    tree = LexborHTMLParser(html)
    cleaned = clean_html(html, tree=tree, drop=("div.encadre", ".absent"))
    assert "Sentinelles" not in cleaned.body and cleaned.dropped_nodes == 1


def test_related_list_of_links_is_removed():
    related = ("<ul><li><a href='/a'>Horizon Zéro annulée au bout de trois saisons</a></li>"
               "<li><a href='/b'>Brigade 17 : TF1 confirme la dernière saison</a></li></ul>")
    html = page(after=related)
    cleaned = clean_html(html, tree=LexborHTMLParser(html))
    assert "Horizon" not in cleaned.body and "Brigade" not in cleaned.body
    assert link_key_set(html) >= {"horizon zéro annulée au bout de trois saisons"}


def link_key_set(html: str) -> set[str]:
    return set(link_texts(LexborHTMLParser(html)))


def test_fragment_and_plain_text_detection():
    fragment = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    assert clean_html(fragment).body.split("\n") == PARAGRAPHS
    assert looks_like_html(fragment) and looks_like_html("<!DOCTYPE html>") and looks_like_html("a <br/> b")
    assert not looks_like_html("Le prix est < 3 € et > 2 €.")


@pytest.mark.parametrize("html", [
    "<html><head><script>var a = 1;</script></head><body><script>run()</script></body></html>",
    "<html><body><p>&nbsp;</p><p>12 345 — 678</p></body></html>",
    "<frameset><frame src='a.html'></frameset>",
])
def test_pages_without_text_are_skipped(html):
    with pytest.raises(Skip) as raised:
        clean_html(html)
    assert raised.value.reason == "no_main_text"


def test_plain_text_keeps_paragraph_breaks():
    text = "\n\n".join(PARAGRAPHS[:2]) + "\n\n\n\nPublicité\n\n" + PARAGRAPHS[2] + "\n"
    assert clean_text(text).body == "\n\n".join(PARAGRAPHS)
    with pytest.raises(Skip):
        clean_text("Publicité\nMots clés\nSéries")


# --- the seed dumps of ../shared (measurement only: nothing of them is copied here) ---------------

def _seeds(shared_dir):
    gold = {}
    for line in (shared_dir / "corpus" / "seeds" / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        gold[record["lang"]] = record
    return {lang: ((shared_dir / "corpus" / "seeds" / g["file"]).read_text(encoding="utf-8"), g)
            for lang, g in gold.items()}


def _prepare_text(text):
    from pipeline.config import Settings
    from pipeline.extract import prepare
    from pipeline.inputs import InputDocument

    return prepare(InputDocument(label="seed", kind="text", content=text), settings=Settings())


@pytest.mark.shared
def test_french_seed_loses_all_chrome_and_keeps_its_body(shared_dir):
    from pipeline.teasers import is_prose

    text, gold = _seeds(shared_dir)["fr"]
    prepared = _prepare_text(text)
    assert prepared.metadata.title == gold["article"]["title"]
    assert list(prepared.metadata.authors) == gold["article"]["authors"]
    assert prepared.metadata.published == gold["article"]["published"]
    assert prepared.language == "fr"
    lines = [line.strip() for line in text.splitlines()]
    chrome_from = lines.index("Mots clés")
    kept = [line.strip() for line in prepared.text.splitlines() if line.strip()]
    assert kept[0] == gold["article"]["title"]
    assert not set(kept) & set(lines[chrome_from:]), "site chrome from 'Mots clés' on must be dropped"
    assert not set(kept) & set(gold["boilerplate_lines"])
    body = [line for line in lines[:chrome_from] if is_prose(line) and not line.startswith(gold["article"]["authors"][0])]
    assert body and all(line in kept for line in body), "every paragraph of the article is kept"


@pytest.mark.shared
def test_english_seed_loses_its_teasers_and_keeps_everything_else(shared_dir):
    text, gold = _seeds(shared_dir)["en"]
    prepared = _prepare_text(text)
    assert prepared.metadata.title == gold["article"]["title"] and prepared.language == "en"
    kept = [line.strip() for line in prepared.text.splitlines() if line.strip()]
    original = [line.strip() for line in text.splitlines() if line.strip()]
    expected = [line for i, line in enumerate(original)
                if line not in gold["boilerplate_lines"] and (i == 0 or line != original[i - 1])]
    assert kept == expected  # only the teaser lines and the caption's immediate repeat go


# --- quality floor on ../shared/corpus (the figures themselves: `cliffhanger eval boilerplate`) ---

@pytest.mark.shared
def test_quality_floor_on_the_benchmark_pages(shared_dir):
    from pipeline.evaluation.boilerplate import aeb_scores, kept_chrome, link_texts as page_links, load_corpus, run_clean

    chrome = 0
    for name in ("aeb", "entertainment"):
        pages = load_corpus(name, shared_dir)
        run = run_clean(pages)
        chrome += sum(len(kept_chrome(run.bodies[p.id], p.reference, links=page_links(p.html))) for p in pages)
        if name == "aeb":
            scores = aeb_scores({p.id: p.reference or "" for p in pages}, run.bodies)
            assert scores["f1"] >= 0.965, scores  # trafilatura alone, precision mode: 0.964
    assert chrome == 0


def test_uppercase_link_only_paragraph_and_related_block_with_heading():
    inline = ("<p><a href='/series/horizon-zero'><strong>HORIZON ZÉRO ANNULÉE APRÈS TROIS SAISONS SUR "
              "FRANCE 2</strong></a></p>")
    related = ("<h2>Sur le même thème</h2><ul><li>Brigade 17 : TF1 confirme la dernière saison — 4 mars 2024</li>"
               "<li>Les Sentinelles renouvelée pour une saison 4</li></ul>")
    html = page(inline=inline, after=related)
    cleaned = clean_html(html, tree=LexborHTMLParser(html), title="Les Veilleurs de Brest : pas de saison 3")
    assert cleaned.body.split("\n") == PARAGRAPHS  # (trafilatura or the "related" rule drops the link)
    assert [d.rule for d in cleaned.dropped][-2:] == ["section", "section"]


def test_text_that_is_all_chrome_is_kept_as_given_only_when_asked():
    lone_headline = "Watch: ‘Cold Harbour’ Teaser Shows Nadia Ferro Unrecognizable as the Warden"
    with pytest.raises(Skip):
        clean_text(lone_headline)  # trafilatura's output of a page: all chrome means no article
    kept = clean_text(lone_headline, keep_if_all_dropped=True)
    assert kept.kept_as_given and kept.body == lone_headline
    # an article with a teaser line loses the teaser either way
    article = f"{lone_headline}\nThe streamer renewed the drama for a third season on Monday."
    assert not clean_text(article, keep_if_all_dropped=True).kept_as_given
    assert "Watch:" not in clean_text(article, keep_if_all_dropped=True).body
