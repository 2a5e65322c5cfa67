"""Article metadata: title, authors, dates, site, canonical URL and language hints.

HTML pages (:func:`read_metadata`, on a selectolax tree the caller parsed
once), in order of trust:

1. JSON-LD objects of an article type (``NewsArticle`` and friends, also
   inside ``@graph``);
2. OpenGraph / ``article:*`` / Dublin Core / ``itemprop`` meta tags;
3. ``<time>`` elements marked as the publication or modification date;
4. the visible byline and dateline ("Par Marie Piat | Journaliste",
   "Publié le 3 février 2020 à 18:36", "Updated Feb. 3, 2020").

Plain text (:func:`read_text_metadata`): the header lines before the first
paragraph: the headline, the byline and the dateline.

``published`` and ``modified`` are kept apart everywhere; dates are ISO 8601
(with the time zone when the page gives one).
"""

from __future__ import annotations

import html as html_lib
import json
import re
from dataclasses import dataclass
from typing import Any, Iterator

from selectolax.lexbor import LexborHTMLParser

from pipeline.datelines import parse_byline, parse_dateline, parse_datetime_attr
from pipeline.teasers import is_label, is_prose, is_teaser

_ARTICLE_TYPES = frozenset({
    "newsarticle", "article", "reportagenewsarticle", "blogposting", "analysisnewsarticle",
    "reviewnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "socialmediaposting",
    "liveblogposting", "review", "scholarlyarticle", "techarticle", "report",
})
_PAGE_TYPES = frozenset({"webpage", "itempage", "collectionpage"})

_PUBLISHED_META = ("article:published_time", "datepublished", "og:article:published_time", "pubdate",
                   "publishdate", "publish-date", "article.published", "dc.date.issued", "dcterms.created",
                   "sailthru.date", "parsely-pub-date", "date", "dc.date", "og:published_time")
_MODIFIED_META = ("article:modified_time", "datemodified", "og:updated_time", "og:article:modified_time",
                  "article.updated", "dcterms.modified", "last-modified", "lastmod")
_AUTHOR_META = ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl",
                "twitter:creator:name")
_TITLE_META = ("og:title", "twitter:title", "dc.title", "sailthru.title", "parsely-title", "title")
_SITE_META = ("og:site_name", "application-name", "twitter:site:name", "publisher")


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


# --- helpers -------------------------------------------------------------------------------

def _clean(value: Any) -> str | None:
    """A metadata string: entities decoded (some sites double-escape them), spaces collapsed."""
    if not isinstance(value, str):
        return None
    text = value
    for _ in range(2):
        if "&" not in text:
            break
        text = html_lib.unescape(text)
    text = " ".join(text.split())
    return text or None


def _meta_tags(tree: LexborHTMLParser) -> dict[str, str]:
    """Every ``<meta>`` with content, by lower-cased property / name / itemprop (first wins)."""
    tags: dict[str, str] = {}
    for node in tree.css("meta"):
        attrs = node.attributes
        content = attrs.get("content")
        if not content or not content.strip():
            continue
        for attr in ("property", "name", "itemprop"):
            key = attrs.get(attr)
            if key:
                tags.setdefault(key.strip().lower(), content.strip())
    return tags


def _first(tags: dict[str, str], names: tuple[str, ...]) -> str | None:
    for name in names:
        if name in tags:
            return tags[name]
    return None


def _jsonld_objects(tree: LexborHTMLParser) -> Iterator[dict]:
    for node in tree.css('script[type="application/ld+json"]'):
        raw = node.text(deep=True) or ""
        try:
            data = json.loads(raw)
        except (json.JSONDecodeError, RecursionError):
            # A stray control character or trailing comma is common; one retry without them.
            try:
                data = json.loads(re.sub(r"[\x00-\x1f]+", " ", raw).replace(",}", "}").replace(",]", "]"))
            except (json.JSONDecodeError, RecursionError):
                continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                if "@graph" in item:
                    stack.append(item["@graph"])
                if isinstance(item.get("mainEntity"), (dict, list)):
                    stack.append(item["mainEntity"])
                yield item


def _types(obj: dict) -> set[str]:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).lower().rsplit("/", 1)[-1] for k in kinds if k}


def _names(value: Any, *, index: dict[str, dict]) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        if "name" not in value and isinstance(value.get("@id"), str) and value["@id"] in index:
            value = index[value["@id"]]
        return _names(value.get("name"), index=index)
    if isinstance(value, list):
        return [n for v in value for n in _names(v, index=index)]
    return []


def _author_names(raw: list[str]) -> tuple[str, ...]:
    names: list[str] = []
    for value in raw:
        text = _clean(value)
        if not text or text.startswith(("http://", "https://", "@")):
            continue
        # "Par Marie Piat | Journaliste" sometimes sits in the metadata too.
        parsed = parse_byline(text, require_cue=False) or parse_byline(text)
        names.extend(parsed or ([text] if len(text.split()) <= 5 else []))
    return tuple(dict.fromkeys(names))


def _date(value: Any) -> str | None:
    return parse_datetime_attr(value) if isinstance(value, str) else None


def _strip_site_suffix(title: str, site_name: str | None) -> str:
    """"Headline | Site" and "Headline - Site" lose the site name."""
    if site_name:
        for sep in (" | ", " - ", " – ", " — ", " · ", " :: "):
            suffix = f"{sep}{site_name}"
            if title.casefold().endswith(suffix.casefold()) and len(title) > len(suffix) + 10:
                return title[: -len(suffix)].strip()
    return title


# --- HTML ----------------------------------------------------------------------------------------

def read_metadata(tree: LexborHTMLParser) -> Metadata:
    objects = list(_jsonld_objects(tree))
    index = {o["@id"]: o for o in objects if isinstance(o.get("@id"), str)}
    article = next((o for o in objects if _types(o) & _ARTICLE_TYPES), None)
    page = next((o for o in objects if _types(o) & _PAGE_TYPES), None)
    ld = article or page or {}
    tags = _meta_tags(tree)

    publisher = ld.get("publisher")
    site_name = _clean(_first(tags, _SITE_META)) or (
        _clean(_names(publisher, index=index)[0]) if _names(publisher, index=index) else None)

    title = _clean(ld.get("headline")) or _clean(_first(tags, _TITLE_META))
    h1 = None
    if not title:
        h1 = tree.css_first("h1")
        title = _clean(h1.text(deep=True)) if h1 is not None else None
    if not title:
        node = tree.css_first("title")
        title = _clean(node.text(deep=True)) if node is not None else None
    if title:
        title = _strip_site_suffix(title, site_name)

    authors = _author_names(_names(ld.get("author"), index=index) or _names(ld.get("creator"), index=index))
    if not authors:
        authors = _author_names([v for k in _AUTHOR_META if (v := tags.get(k))])
    published = _date(ld.get("datePublished")) or _date(_first(tags, _PUBLISHED_META))
    modified = _date(ld.get("dateModified")) or _date(_first(tags, _MODIFIED_META))
    if not published or not modified:
        time_published, time_modified = _time_elements(tree)
        published = published or time_published
        modified = modified or time_modified
    if not authors or not published:
        visible = _visible_header(tree)
        authors = authors or visible.authors
        published = published or visible.published
        modified = modified or visible.modified

    canonical = tree.css_first('link[rel="canonical"]')
    canonical_url = (canonical.attributes.get("href") or "").strip() if canonical is not None else ""
    html = tree.css_first("html")
    return Metadata(
        title=title,
        authors=authors,
        published=published,
        modified=modified,
        site_name=site_name,
        canonical_url=canonical_url or _clean(tags.get("og:url")),
        html_lang=(html.attributes.get("lang") or html.attributes.get("xml:lang") or None) if html is not None else None,
        og_locale=tags.get("og:locale") or _clean(ld.get("inLanguage")) or tags.get("content-language"),
    )


def _time_elements(tree: LexborHTMLParser) -> tuple[str | None, str | None]:
    """``<time>`` marked as published / modified; else the first ``<time>`` of the article header."""
    published = modified = None
    for node in tree.css("time"):
        attrs = node.attributes
        marks = " ".join(str(attrs.get(a) or "") for a in ("itemprop", "class", "pubdate", "id")).lower()
        if "pubdate" in attrs:
            marks += " published"
        value = _date(attrs.get("datetime") or "") or None
        if value is None:
            continue
        if "modif" in marks or "updat" in marks:
            modified = modified or value
        elif "publi" in marks or "pubdate" in marks or "created" in marks:
            published = published or value
    if published is None:
        node = tree.css_first("article time[datetime], header time[datetime], main time[datetime]")
        if node is not None:
            published = _date(node.attributes.get("datetime") or "")
    return published, modified


_BYLINE_SELECTORS = ('[rel="author"], [itemprop="author"], [class*="byline"], [class*="author"], '
                     '[class*="signature"], [class*="auteur"]')
_DATELINE_SELECTORS = '[class*="date"], [class*="publi"], [class*="time"], [class*="updated"], [class*="meta"]'


def _visible_header(tree: LexborHTMLParser) -> Metadata:
    """The byline and dateline a reader sees ("Par Marie Piat | Journaliste", "Publié le …")."""
    authors: tuple[str, ...] = ()
    for node in tree.css(_BYLINE_SELECTORS)[:20]:
        text = node.text(deep=True, separator=" ")
        if len(text) > 200:
            continue
        authors = parse_byline(text) or parse_byline(text, require_cue=False)
        if authors:
            break
    published = modified = None
    for node in tree.css(_DATELINE_SELECTORS)[:40]:
        text = node.text(deep=True, separator=" ")
        if len(text) > 160 or not any(c.isdigit() for c in text):
            continue
        for found in parse_dateline(text):
            if found.kind == "published":
                published = published or found.value
            else:
                modified = modified or found.value
        if published:
            break
    return Metadata(authors=authors, published=published, modified=modified)


# --- plain text ------------------------------------------------------------------------------------

#: How many non-blank lines from the top may hold the headline, byline and dateline.
_HEADER_LINES = 8


def read_text_metadata(text: str) -> Metadata:
    """Headline, byline and dateline of a plain-text article (a dump of a page)."""
    title: str | None = None
    authors: tuple[str, ...] = ()
    published = modified = None
    raw = [line.strip() for line in text.splitlines()]
    lines = [line for line in raw if line]
    if len(lines) < 2:
        return Metadata()  # a headline alone or a single paragraph: no header to read
    following = {}
    for index, line in enumerate(raw[:-1]):
        following.setdefault(line, raw[index + 1])
    for line in lines[:_HEADER_LINES]:
        if is_prose(line):
            break
        if following.get(line, "")[:1].islower():
            break  # a hard-wrapped paragraph ("… a annoncé" / "la plateforme mardi"), not a header
        dates = parse_dateline(line) if any(c.isdigit() for c in line) else ()
        if dates:
            for found in dates:
                if found.kind == "published":
                    published = published or found.value
                else:
                    modified = modified or found.value
            continue
        names = parse_byline(line)
        if names:
            authors = authors or names
            continue
        if title is None and not is_teaser(line) and not is_label(line) and len(line.split()) <= 30:
            title = line
    return Metadata(title=title, authors=authors, published=published, modified=modified)

