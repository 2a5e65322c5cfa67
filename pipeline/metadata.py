"""Article metadata from a parsed page: JSON-LD, OpenGraph/meta tags, <time>, <html lang>.

Works on a selectolax tree that the caller parsed once.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser

_ARTICLE_TYPES = {"newsarticle", "article", "reportagenewsarticle", "blogposting", "webpage",
                  "analysisnewsarticle", "reviewnewsarticle", "opinionnewsarticle"}


@dataclass(frozen=True, slots=True)
class Metadata:
    title: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    modified: str | None = None
    site_name: str | None = None
    canonical_url: str | None = None
    html_lang: str | None = None
    og_locale: str | None = None


def _meta(tree: LexborHTMLParser, *names: str) -> str | None:
    for name in names:
        for attr in ("property", "name", "itemprop"):
            node = tree.css_first(f'meta[{attr}="{name}"]')
            if node is not None:
                content = (node.attributes.get("content") or "").strip()
                if content:
                    return content
    return None


def _jsonld_objects(tree: LexborHTMLParser):
    for node in tree.css('script[type="application/ld+json"]'):
        try:
            data = json.loads(node.text(deep=True) or "")
        except (json.JSONDecodeError, RecursionError):
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                if "@graph" in item:
                    stack.append(item["@graph"])
                yield item


def _types(obj: dict) -> set[str]:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).lower() for k in kinds if k}


def _names(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    return []


def read_metadata(tree: LexborHTMLParser) -> Metadata:
    article = next((o for o in _jsonld_objects(tree) if _types(o) & _ARTICLE_TYPES), {})
    title = article.get("headline") if isinstance(article.get("headline"), str) else None
    title = title or _meta(tree, "og:title", "twitter:title")
    if not title:
        h1 = tree.css_first("h1")
        title = h1.text(strip=True) if h1 is not None else None
    if not title:
        node = tree.css_first("title")
        title = node.text(strip=True) if node is not None else None
    authors = tuple(dict.fromkeys(n.strip() for n in _names(article.get("author")) if n.strip()))
    if not authors:
        author = _meta(tree, "author", "article:author")
        authors = (author,) if author and not author.startswith("http") else ()
    published = article.get("datePublished") or _meta(tree, "article:published_time", "datePublished")
    modified = article.get("dateModified") or _meta(tree, "article:modified_time", "dateModified", "og:updated_time")
    if not published:
        node = tree.css_first("time[datetime]")
        published = node.attributes.get("datetime") if node is not None else None
    canonical = tree.css_first('link[rel="canonical"]')
    html = tree.css_first("html")
    return Metadata(
        title=title or None,
        authors=authors,
        published=published if isinstance(published, str) else None,
        modified=modified if isinstance(modified, str) else None,
        site_name=_meta(tree, "og:site_name", "application-name"),
        canonical_url=(canonical.attributes.get("href") or None) if canonical is not None else _meta(tree, "og:url"),
        html_lang=(html.attributes.get("lang") or None) if html is not None else None,
        og_locale=_meta(tree, "og:locale"),
    )
