"""Loopback news sites for the `run` tests: articles, feeds, sitemaps and a sources.toml for them."""

from __future__ import annotations

import json
from pathlib import Path

from loopback import ENGLISH_PARAGRAPHS, FRENCH_PARAGRAPHS, XML, LoopbackServer, Reply, article_html, rss, sitemap

FR_SERIES = ["Les Falaises", "Nuit blanche", "Le Phare", "Marée haute", "Les Vignes", "Brigade nord",
             "La Traversée", "Cœur de pierre", "Les Hauts-Fonds", "Rive gauche", "L'Estran", "Saint-Lazare"]
EN_SERIES = ["Harbor Lights", "The Quiet Coast", "Northern Skies", "Dry Creek", "Blue Hour", "The Long Field"]


def french_article(i: int, *, charset: str | None = "utf-8") -> str:
    name = FR_SERIES[i % len(FR_SERIES)]
    return article_html(f"« {name} » : la chaîne commande une saison {i + 2}", [
        f"« {name} » continuera l'an prochain : la chaîne a commandé une saison {i + 2} de la série, "
        f"a-t-on appris vendredi auprès de la production.", *FRENCH_PARAGRAPHS,
        f"Les scénaristes de « {name} » ont déjà commencé l'écriture des nouveaux épisodes."], lang="fr",
        charset=charset)


def english_article(i: int) -> str:
    name = EN_SERIES[i % len(EN_SERIES)]
    return article_html(f"'{name}' Renewed for Season {i + 2}", [
        f"{name} will be back: the network has renewed the drama for season {i + 2}, the studio said on Friday.",
        *ENGLISH_PARAGRAPHS, f"The writers of {name} have already started work on the new episodes."],
        lang="en", published="2026-03-02T09:00:00-05:00")


def rfc822(day: int) -> str:
    return f"Mon, {day:02d} Mar 2026 08:00:00 GMT"


def write_sources(path: Path, sources: list[dict], *, delay: float = 0.05, **defaults) -> Path:
    """A sources.toml (TOML written by hand: the values here are simple)."""
    def value(v) -> str:
        if isinstance(v, list):
            return "[" + ", ".join(value(x) for x in v) + "]"
        if isinstance(v, dict):
            return "{ " + ", ".join(f"{k} = {value(x)}" for k, x in v.items()) + " }"
        if isinstance(v, bool):
            return "true" if v else "false"
        return json.dumps(v)

    settings = {"delay_seconds": delay, "timeout_seconds": 1.0, "max_attempts": 3, "backoff_seconds": 0.02,
                "max_backoff_seconds": 2.0, **defaults}
    lines = ["[defaults]", *(f"{k} = {value(v)}" for k, v in settings.items())]
    for source in sources:
        lines += ["", "[[source]]", *(f"{k} = {value(v)}" for k, v in source.items())]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def french_site(count: int, *, delay_hint: str = "") -> LoopbackServer:
    """One French host: robots.txt, an RSS feed of ``count`` articles (ETag on everything)."""
    server = LoopbackServer({"/robots.txt": Reply(200, f"User-agent: *\nDisallow: /prive/\n{delay_hint}",
                                                  "text/plain")})
    routes = server.routes
    items = [(server.url(f"/series/article-{i}.html"), rfc822(1 + i % 20)) for i in range(count)]
    routes["/rss.xml"] = Reply(200, rss(items), XML, etag='"feed-1"')
    for i in range(count):
        routes[f"/series/article-{i}.html"] = Reply(200, french_article(i), etag=f'"a{i}"')
    return server


def read_records(output: Path) -> list[dict]:
    """Every record of every run under ``output`` (each line must be complete JSON)."""
    records = []
    for path in sorted(output.glob("*/*.jsonl")):
        if path.name.endswith(".errors.jsonl"):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            records.append(json.loads(line))
    return records


__all__ = ["EN_SERIES", "FR_SERIES", "LoopbackServer", "Reply", "XML", "english_article", "french_article",
           "french_site", "read_records", "rfc822", "rss", "sitemap", "write_sources"]
