"""Find article links: RSS/Atom feeds, sitemaps (indexes, .gz, news) and listing pages.

Pure parsers over bytes or text already fetched: no network, no sleeping,
no recursion into child sitemaps (the crawler decides what to fetch next).

XML is parsed without entity expansion, DTD loading or network access, so a
"billion laughs" or an external entity pointing at a local file yields
nothing. Compressed sitemaps are decompressed with a size cap, so a gzip
bomb stops at ``max_bytes``.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from datetime import date, datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Iterator, Literal
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from pipeline.errors import BodyTooLarge, InputError

DocKind = Literal["feed", "sitemap", "sitemap_index"]

#: Query parameters that only track the click; dropping them merges URL variants.
TRACKING_PARAMS = frozenset({"fbclid", "gclid", "dclid", "msclkid", "xtor", "at_medium", "at_campaign",
                             "ns_mchannel", "ns_source", "ns_campaign", "mc_cid", "mc_eid", "cmpid", "ito"})


@dataclass(frozen=True, slots=True)
class Link:
    url: str
    #: publication or last-modification date the document gives, if any (UTC)
    date: datetime | None = None
    title: str | None = None


@dataclass(frozen=True, slots=True)
class Discovered:
    kind: DocKind
    #: article links (feed items, sitemap <url> entries)
    links: tuple[Link, ...] = ()
    #: child sitemaps of a sitemap index
    sitemaps: tuple[Link, ...] = ()


# --- URLs and dates ------------------------------------------------------------

def normalize_url(url: str, *, base: str | None = None) -> str | None:
    """Absolute http(s) URL without fragment, default port or tracking parameters; else None."""
    url = (url or "").strip()
    if not url:
        return None
    if base:
        url = urljoin(base, url)
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        return None
    host = parts.hostname.lower()
    if ":" in host:
        host = f"[{host}]"
    if port is not None and port != {"http": 80, "https": 443}[scheme]:
        host = f"{host}:{port}"
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        kept = [(k, v) for k, v in pairs if not k.lower().startswith("utm_") and k.lower() not in TRACKING_PARAMS]
        if len(kept) != len(pairs):
            query = urlencode(kept)
    return urlunsplit((scheme, host, parts.path or "/", query, ""))


def parse_date(value: str | None) -> datetime | None:
    """RFC 822 (RSS), ISO 8601 / W3C (Atom, sitemaps) → aware UTC datetime."""
    value = (value or "").strip()
    if not value:
        return None
    parsed: datetime | None = None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        try:
            parsed = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            try:
                parsed = datetime.combine(date.fromisoformat(value[:10]), datetime.min.time())
            except ValueError:
                return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed.astimezone(timezone.utc)


# --- XML -----------------------------------------------------------------------

GZIP_MAGIC = b"\x1f\x8b"


def gunzip(body: bytes, *, max_bytes: int, label: str = "document") -> bytes:
    """Decompress gzip data, refusing to produce more than ``max_bytes``."""
    decomp = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        out = decomp.decompress(body, max_bytes + 1)
    except zlib.error as exc:
        raise InputError(f"{label}: corrupt gzip data ({exc})") from exc
    if len(out) > max_bytes:
        raise BodyTooLarge(f"decompressed size larger than max_bytes ({max_bytes:,} bytes)", url=label)
    return out


_ENTITY_DECL = re.compile(rb"<!ENTITY", re.IGNORECASE)
_DOCTYPE = re.compile(rb"<!DOCTYPE[^>\[]*(\[.*?\]\s*)?>", re.IGNORECASE | re.DOTALL)


def _parse_xml(body: bytes, *, label: str):
    from lxml import etree

    # Feeds and sitemaps never declare entities; documents that do are refused outright
    # (as defusedxml does), on top of a parser that would not expand them anyway.
    doctype = _DOCTYPE.search(body[:65536])
    if doctype and _ENTITY_DECL.search(doctype.group(0)):
        raise InputError(f"{label}: XML with entity declarations refused (possible entity expansion attack)")

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                             recover=True, remove_comments=True, remove_pis=True)
    try:
        root = etree.fromstring(body.lstrip(), parser)
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise InputError(f"{label}: not well-formed XML ({exc})") from exc
    if root is None:
        raise InputError(f"{label}: not XML (no root element)")
    return root


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _children(node, name: str) -> Iterator:
    return (c for c in node if _local(c.tag) == name)


def _child_text(node, *names: str) -> str | None:
    for name in names:
        for child in _children(node, name):
            text = "".join(t for t in child.itertext() if isinstance(t, str)).strip()
            if text:
                return text
    return None


def parse_xml_links(body: bytes, *, base_url: str, max_bytes: int = 50_000_000) -> Discovered:
    """Links of a feed (RSS 2.0, RSS 1.0, Atom) or a sitemap (urlset, index, news; gzipped or not)."""
    if body[:2] == GZIP_MAGIC:
        body = gunzip(body, max_bytes=max_bytes, label=base_url)
    root = _parse_xml(body, label=base_url)
    kind = _local(root.tag)
    base = root.get("{http://www.w3.org/XML/1998/namespace}base") or base_url
    base = urljoin(base_url, base)
    if kind == "rss":
        channel = next(_children(root, "channel"), root)
        return Discovered("feed", links=tuple(_rss_items(_children(channel, "item"), base)))
    if kind == "rdf":
        return Discovered("feed", links=tuple(_rss_items(_children(root, "item"), base)))
    if kind == "feed":
        return Discovered("feed", links=tuple(_atom_entries(root, base)))
    if kind == "urlset":
        return Discovered("sitemap", links=tuple(_sitemap_entries(root, "url", base)))
    if kind == "sitemapindex":
        return Discovered("sitemap_index", sitemaps=tuple(_sitemap_entries(root, "sitemap", base)))
    raise InputError(f"{base_url}: not a feed or sitemap (root element <{kind or '?'}>)")


def _rss_items(items, base: str) -> Iterator[Link]:
    for item in items:
        href = _child_text(item, "link")
        if not href:
            guid = next(_children(item, "guid"), None)
            if guid is not None and (guid.get("isPermaLink") or "true").lower() != "false":
                href = (guid.text or "").strip()
        href = href or item.get("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about")
        url = normalize_url(href or "", base=base)
        if url:
            yield Link(url, parse_date(_child_text(item, "pubdate", "date", "published", "updated")),
                       _child_text(item, "title"))


def _atom_entries(root, base: str) -> Iterator[Link]:
    for entry in _children(root, "entry"):
        entry_base = urljoin(base, entry.get("{http://www.w3.org/XML/1998/namespace}base") or "")
        href = None
        for link in _children(entry, "link"):
            if (link.get("rel") or "alternate") == "alternate" and link.get("href"):
                href = link.get("href")
                break
        url = normalize_url(href or "", base=entry_base)
        if url:
            yield Link(url, parse_date(_child_text(entry, "published", "updated")), _child_text(entry, "title"))


def _sitemap_entries(root, name: str, base: str) -> Iterator[Link]:
    for entry in _children(root, name):
        url = normalize_url(_child_text(entry, "loc") or "", base=base)
        if not url:
            continue
        when, title = _child_text(entry, "lastmod"), None
        news = next(_children(entry, "news"), None)
        if news is not None:
            # A news sitemap's publication date is more precise than lastmod.
            when = _child_text(news, "publication_date") or when
            title = _child_text(news, "title")
        yield Link(url, parse_date(when), title)


# --- listing pages ---------------------------------------------------------------

def parse_listing(html: str, *, base_url: str, selector: str) -> tuple[Link, ...]:
    """Links matched by the CSS ``selector`` (an ``<a>`` or an element containing one)."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    base_node = tree.css_first("base[href]")
    base = urljoin(base_url, base_node.attributes.get("href") or "") if base_node is not None else base_url
    seen: set[str] = set()
    links: list[Link] = []
    for node in tree.css(selector):
        anchor = node if node.tag == "a" else node.css_first("a[href]")
        if anchor is None:
            continue
        url = normalize_url(anchor.attributes.get("href") or "", base=base)
        if url and url not in seen:
            seen.add(url)
            links.append(Link(url, None, anchor.text(strip=True) or None))
    return tuple(links)
