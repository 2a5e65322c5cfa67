"""Link discovery from feeds, sitemaps and listing pages (pure parsers on inline documents)."""

from __future__ import annotations

import gzip
import re
import time
from datetime import datetime, timezone

import pytest

from pipeline import discover
from pipeline.discover import normalize_url, parse_date, parse_listing, parse_xml_links
from pipeline.errors import BodyTooLarge, InputError

BASE = "https://news.example/feeds/series.xml"

RSS = b"""<?xml version="1.0" encoding="ISO-8859-1"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>S\xe9ries</title>
<item><title>Renouvel\xe9e</title><link>https://news.example/series/a.html?utm_source=rss&amp;id=3#top</link>
<pubDate>Mon, 02 Mar 2026 08:15:00 +0100</pubDate></item>
<item><title>Relative</title><link>/series/b.html</link><dc:date>2026-03-01T10:00:00Z</dc:date></item>
<item><title>Guid only</title><guid isPermaLink="true">https://news.example/series/c.html</guid></item>
<item><title>Opaque guid</title><guid isPermaLink="false">tag:news.example,2026:42</guid></item>
<item><title>Not web</title><link>mailto:desk@news.example</link></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://atom.example/">
<entry><title>One</title><link rel="alternate" type="text/html" href="tv/one"/>
<link rel="enclosure" href="https://cdn.example/one.mp3"/><published>2026-03-02T09:00:00+01:00</published></entry>
<entry><title>Two</title><link href="https://atom.example/tv/two"/><updated>2026-03-01</updated></entry>
</feed>"""

RDF = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
<channel rdf:about="https://rdf.example/"><title>t</title></channel>
<item rdf:about="https://rdf.example/a"><title>A</title><link>https://rdf.example/a</link></item>
</rdf:RDF>"""

NEWS_SITEMAP = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://site.example/series/x</loc><lastmod>2026-01-01</lastmod>
<news:news><news:publication><news:name>Site</news:name><news:language>fr</news:language></news:publication>
<news:publication_date>2026-03-02T07:00:00Z</news:publication_date><news:title>X renouvel\xc3\xa9e</news:title></news:news></url>
<url><loc> https://site.example/series/y </loc><lastmod>2026-02-01T12:00:00+00:00</lastmod></url>
</urlset>"""

INDEX = b"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://site.example/sitemap-2026-03.xml.gz</loc><lastmod>2026-03-02</lastmod></sitemap>
<sitemap><loc>https://site.example/sitemap-2026-02.xml</loc></sitemap>
</sitemapindex>"""


def test_rss_links_dates_relative_urls_guids_and_tracking_parameters():
    found = parse_xml_links(RSS, base_url=BASE)
    assert found.kind == "feed"
    urls = [link.url for link in found.links]
    assert urls == ["https://news.example/series/a.html?id=3", "https://news.example/series/b.html",
                    "https://news.example/series/c.html"]
    assert found.links[0].date == datetime(2026, 3, 2, 7, 15, tzinfo=timezone.utc)
    assert found.links[0].title == "Renouvelée"
    assert found.links[1].date == datetime(2026, 3, 1, 10, 0, tzinfo=timezone.utc)


def test_atom_alternate_links_with_xml_base():
    found = parse_xml_links(ATOM, base_url="https://elsewhere.example/atom")
    assert [link.url for link in found.links] == ["https://atom.example/tv/one", "https://atom.example/tv/two"]
    assert found.links[0].date == datetime(2026, 3, 2, 8, 0, tzinfo=timezone.utc)


def test_rss_1_0_rdf():
    assert [link.url for link in parse_xml_links(RDF, base_url="https://rdf.example/").links] == ["https://rdf.example/a"]


def test_news_sitemap_prefers_publication_date():
    found = parse_xml_links(NEWS_SITEMAP, base_url="https://site.example/sitemap.xml")
    assert found.kind == "sitemap"
    assert [link.url for link in found.links] == ["https://site.example/series/x", "https://site.example/series/y"]
    assert found.links[0].date == datetime(2026, 3, 2, 7, 0, tzinfo=timezone.utc)
    assert found.links[0].title == "X renouvelée"


def test_sitemap_index_lists_children_and_gzip_is_read():
    index = parse_xml_links(INDEX, base_url="https://site.example/sitemap.xml")
    assert index.kind == "sitemap_index" and not index.links
    assert [s.url for s in index.sitemaps] == ["https://site.example/sitemap-2026-03.xml.gz",
                                               "https://site.example/sitemap-2026-02.xml"]
    assert index.sitemaps[1].date is None
    packed = parse_xml_links(gzip.compress(NEWS_SITEMAP), base_url="https://site.example/s.xml.gz")
    assert len(packed.links) == 2


def test_gzip_bomb_sitemap_stops_at_the_limit():
    bomb = gzip.compress(b"<urlset>" + b" " * 20_000_000 + b"</urlset>")
    with pytest.raises(BodyTooLarge):
        parse_xml_links(bomb, base_url="https://site.example/s.xml.gz", max_bytes=1_000_000)


def test_entities_are_never_expanded_nor_files_read(monkeypatch):
    laughs = b"""<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">
<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
<!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
<!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>
<rss><channel><item><title>&lol9;</title><link>https://a.example/x</link></item></channel></rss>"""
    started = time.monotonic()
    with pytest.raises(InputError, match="entity declarations refused"):
        parse_xml_links(laughs, base_url="https://a.example/")
    assert time.monotonic() - started < 1.0
    xxe = b"""<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<rss><channel><item><title>&x;</title><link>https://a.example/y</link></item></channel></rss>"""
    with pytest.raises(InputError, match="entity declarations refused"):
        parse_xml_links(xxe, base_url="https://a.example/")
    # behind the guard, the parser itself expands nothing and reads no file
    monkeypatch.setattr(discover, "_ENTITY_DECL", re.compile(rb"(?!)"))
    root = discover._parse_xml(xxe, label="x")
    assert "root:" not in "".join(root.itertext())
    # a plain DOCTYPE without entities is fine (old RSS 0.91 feeds have one)
    rss091 = b"""<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"
"http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss version="0.91"><channel>
<item><title>t</title><link>https://a.example/z</link></item></channel></rss>"""
    assert [link.url for link in parse_xml_links(rss091, base_url="https://a.example/").links] == ["https://a.example/z"]


def test_not_a_feed_and_broken_xml_are_input_errors():
    with pytest.raises(InputError, match="not a feed or sitemap"):
        parse_xml_links(b"<html><body>hi</body></html>", base_url=BASE)
    with pytest.raises(InputError):
        parse_xml_links(b"   ", base_url=BASE)
    # a truncated feed still yields what it had (recovering parser)
    partial = parse_xml_links(RSS[:RSS.index(b"<item><title>Relative")], base_url=BASE)
    assert len(partial.links) == 1


def test_listing_links_by_css_selector():
    html = """<html><head><base href="https://list.example/tv/"></head><body>
    <div class="card"><a class="card__link" href="one.html">One</a></div>
    <div class="card"><h2 class="card__title"><a href="/tv/two.html#comments">Two</a></h2></div>
    <a class="card__link" href="one.html">One again</a>
    <a class="card__link" href="javascript:void(0)">JS</a>
    <a class="other" href="three.html">Three</a></body></html>"""
    links = parse_listing(html, base_url="https://list.example/tv/index", selector="a.card__link, .card__title")
    assert [link.url for link in links] == ["https://list.example/tv/one.html", "https://list.example/tv/two.html"]


def test_url_normalisation():
    assert normalize_url("HTTP://Example.ORG:80/a?utm_campaign=x&b=1&fbclid=z#frag") == "http://example.org/a?b=1"
    assert normalize_url("https://example.org:8443") == "https://example.org:8443/"
    assert normalize_url("ftp://example.org/x") is None and normalize_url("") is None
    assert normalize_url("../b", base="https://example.org/a/c") == "https://example.org/b"


def test_dates_in_every_format_feeds_use():
    utc = timezone.utc
    assert parse_date("Mon, 02 Mar 2026 08:15:00 GMT") == datetime(2026, 3, 2, 8, 15, tzinfo=utc)
    assert parse_date("2026-03-02T09:15:00+01:00") == datetime(2026, 3, 2, 8, 15, tzinfo=utc)
    assert parse_date("2026-03-02") == datetime(2026, 3, 2, tzinfo=utc)
    assert parse_date("2026-03-02T08:15Z") == datetime(2026, 3, 2, 8, 15, tzinfo=utc)
    assert parse_date("not a date") is None and parse_date(None) is None
