"""The fetcher against real HTTP servers on 127.0.0.1: limits, retries, politeness, robots.txt."""

from __future__ import annotations

import asyncio
import time
import zlib
from dataclasses import replace

import pytest

from loopback import XML, LoopbackServer, Reply, article_html, min_gap
from pipeline.config import FetchSettings, Settings
from pipeline.errors import BodyTooLarge, FetchTimeout, HTTPStatusError, NotHTML, RobotsDisallowed
from pipeline.fetch import (BoundedDecoder, ConnectionFailed, FetchedPage, Fetcher, NotModified, RedirectError,
                            RobotsUnreachable, fetch_many, is_transient, retry_after_seconds)

PAGE = article_html("Une série renouvelée", ["Un paragraphe."])


def settings(**overrides) -> Settings:
    base = FetchSettings(delay_seconds=0.0, timeout_seconds=2.0, max_attempts=3, backoff_seconds=0.01,
                         max_backoff_seconds=3.0, max_bytes=1_000_000)
    return Settings(fetch=replace(base, **overrides))


def fetch(url: str, *, config: Settings | None = None, **options):
    async def main():
        async with Fetcher(config or settings()) as fetcher:
            return await fetcher.fetch_or_error(url, **options)
    return asyncio.run(main())


def fetch_all(urls: list[str], *, config: Settings) -> list:
    async def main():
        async with Fetcher(config) as fetcher:
            return await asyncio.gather(*(fetcher.fetch_or_error(u) for u in urls))
    return asyncio.run(main())


@pytest.fixture
def server():
    with LoopbackServer({"/robots.txt": Reply(404, "", "text/plain")}) as srv:
        yield srv


def test_page_follows_redirects_and_records_final_url_and_validators(server):
    server.routes["/old"] = Reply(301, "", headers={"Location": "/new"})
    server.routes["/new"] = Reply(200, PAGE, etag='"v1"', last_modified="Mon, 02 Mar 2026 08:00:00 GMT")
    page = fetch(server.url("/old"))
    assert isinstance(page, FetchedPage)
    assert page.final_url == server.url("/new") and page.url == server.url("/old")
    assert page.etag == '"v1"' and page.last_modified.startswith("Mon, 02 Mar")
    assert "Une série renouvelée" in page.text
    assert server.hits("/new")[0].headers["user-agent"].startswith("cliffhanger/")


def test_conditional_request_gets_not_modified(server):
    server.routes["/a"] = Reply(200, PAGE, etag='"abc"')
    result = fetch(server.url("/a"), etag='"abc"', last_modified="Mon, 02 Mar 2026 08:00:00 GMT")
    assert isinstance(result, NotModified) and result.etag == '"abc"'
    sent = server.hits("/a")[0].headers
    assert sent["if-none-match"] == '"abc"' and sent["if-modified-since"].startswith("Mon, 02 Mar")


def test_429_with_retry_after_is_honoured_then_succeeds(server):
    server.routes["/busy"] = [Reply(429, "slow down", "text/plain", headers={"Retry-After": "1"}), Reply(200, PAGE)]
    page = fetch(server.url("/busy"))
    assert isinstance(page, FetchedPage) and page.attempts == 2
    first, second = server.hits("/busy")
    assert second.start - first.end >= 1.0


def test_500_twice_then_success(server):
    server.routes["/flaky"] = [Reply(500, "oops"), Reply(502, "oops"), Reply(200, PAGE)]
    page = fetch(server.url("/flaky"))
    assert isinstance(page, FetchedPage) and page.attempts == 3
    assert len(server.hits("/flaky")) == 3


def test_5xx_until_attempts_run_out_is_a_transient_http_error(server):
    server.routes["/down"] = Reply(503, "down")
    error = fetch(server.url("/down"))
    assert isinstance(error, HTTPStatusError) and error.status == 503 and error.attempts == 3
    assert is_transient(error)


def test_permanent_404_is_not_retried(server):
    error = fetch(server.url("/missing"))
    assert isinstance(error, HTTPStatusError) and error.status == 404 and error.attempts == 1
    assert "404" in str(error) and not is_transient(error)
    assert len(server.hits("/missing")) == 1


def test_response_slower_than_the_timeout(server):
    server.routes["/slow"] = Reply(200, PAGE, delay=3.0)
    started = time.monotonic()
    error = fetch(server.url("/slow"), config=settings(timeout_seconds=0.3, max_attempts=2))
    assert isinstance(error, FetchTimeout) and error.attempts == 2
    assert time.monotonic() - started < 2.0


def test_timeout_is_total_even_when_bytes_keep_trickling(server):
    # each chunk arrives well within the timeout; the whole body does not
    server.routes["/trickle"] = Reply(200, PAGE, trickle=0.05, trickle_size=8)
    started = time.monotonic()
    error = fetch(server.url("/trickle"), config=settings(timeout_seconds=0.4, max_attempts=1))
    assert isinstance(error, FetchTimeout)
    assert time.monotonic() - started < 1.5


def test_oversized_body_with_and_without_content_length(server):
    big = "<html><body>" + "x" * 300_000 + "</body></html>"
    server.routes["/big"] = Reply(200, big)
    server.routes["/big-chunked"] = Reply(200, big, chunked=True)
    for path in ("/big", "/big-chunked"):
        error = fetch(server.url(path), config=settings(max_bytes=100_000))
        assert isinstance(error, BodyTooLarge), path
        assert error.attempts == 1


def test_gzip_bomb_stops_at_max_bytes(server):
    bomb = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    payload = bomb.compress(b"<html><body>") + b"".join(bomb.compress(b"\0" * 1_000_000) for _ in range(64))
    payload += bomb.flush()  # 64 MB of zeros in about 64 kB
    server.routes["/bomb"] = Reply(200, payload, pre_gzipped=True)
    error = fetch(server.url("/bomb"), config=settings(max_bytes=1_000_000))
    assert isinstance(error, BodyTooLarge) and "decompressed" in str(error)


def test_bounded_decoder_never_holds_more_than_the_limit():
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    chunk = compressor.compress(b"\0" * 50_000_000) + compressor.flush()
    decoder = BoundedDecoder("gzip", limit=100_000, url="u")
    with pytest.raises(BodyTooLarge):
        decoder.feed(chunk)
    assert sum(len(p) for p in decoder.parts) <= 100_000


def test_gzip_body_and_multi_member_gzip_are_decoded():
    import gzip

    decoder = BoundedDecoder("gzip", limit=1000, url="u")
    data = gzip.compress(b"<html>") + gzip.compress(b"</html>")
    for i in range(0, len(data), 7):
        decoder.feed(data[i:i + 7])
    assert decoder.finish() == b"<html></html>"


def test_redirect_loop_and_too_many_redirects(server):
    server.routes["/a"] = Reply(302, "", headers={"Location": "/b"})
    server.routes["/b"] = Reply(302, "", headers={"Location": "/a"})
    loop = fetch(server.url("/a"))
    assert isinstance(loop, RedirectError) and "loop" in str(loop)
    for i in range(10):
        server.routes[f"/r{i}"] = Reply(301, "", headers={"Location": f"/r{i + 1}"})
    chain = fetch(server.url("/r0"), config=settings(max_redirects=3))
    assert isinstance(chain, RedirectError) and "more than 3 redirects" in str(chain)
    assert len(server.hits()) - len(server.hits("/robots.txt")) == 2 + 4


def test_latin1_page_without_charset_header_or_meta(server):
    html = article_html("Télé : la série revient à l'écran", ["Déjà renouvelée, elle s'offre une fin légère."],
                        charset=None).encode("cp1252")
    server.routes["/latin"] = Reply(200, html, content_type="text/html")
    page = fetch(server.url("/latin"))
    assert isinstance(page, FetchedPage)
    assert "Télé : la série revient à l'écran" in page.text and "légère" in page.text


def test_articles_must_be_html_and_feeds_xml(server):
    server.routes["/doc.pdf"] = Reply(200, b"%PDF-1.7 ...", content_type="application/pdf")
    server.routes["/fake.html"] = Reply(200, b"%PDF-1.7 ...", content_type="text/html")
    server.routes["/feed"] = Reply(200, "<?xml version='1.0'?><rss><channel/></rss>", content_type="application/rss+xml")
    assert isinstance(fetch(server.url("/doc.pdf")), NotHTML)
    assert isinstance(fetch(server.url("/fake.html")), NotHTML)
    assert isinstance(fetch(server.url("/feed"), kind="xml"), FetchedPage)
    assert isinstance(fetch(server.url("/fake.html"), kind="xml"), NotHTML)
    server.routes["/page"] = Reply(200, PAGE)
    assert isinstance(fetch(server.url("/page"), kind="xml"), NotHTML)


def test_connection_refused_is_a_transient_connection_error():
    with LoopbackServer() as srv:
        url = srv.url("/gone")
    error = fetch(url, config=settings(max_attempts=2))
    assert isinstance(error, (ConnectionFailed, RobotsUnreachable)) and is_transient(error)


def test_robots_disallow_is_obeyed_without_requesting_the_page():
    with LoopbackServer({"/robots.txt": Reply(200, "User-agent: *\nDisallow: /private/\n", "text/plain"),
                         "/private/x": Reply(200, PAGE), "/public": Reply(200, PAGE)}) as srv:
        results = fetch_all([srv.url("/private/x"), srv.url("/public")], config=settings())
        assert isinstance(results[0], RobotsDisallowed) and isinstance(results[1], FetchedPage)
        assert srv.hits("/private/x") == [] and len(srv.hits("/robots.txt")) == 1


def test_robots_404_allows_everything_and_5xx_disallows_everything():
    with LoopbackServer({"/robots.txt": Reply(404, "", "text/plain"), "/p": Reply(200, PAGE)}) as open_site, \
            LoopbackServer({"/robots.txt": Reply(503, "", "text/plain"), "/p": Reply(200, PAGE)}) as broken:
        assert isinstance(fetch(open_site.url("/p")), FetchedPage)
        error = fetch(broken.url("/p"), config=settings(max_attempts=2))
        assert isinstance(error, RobotsUnreachable) and "complete disallow" in str(error)
        assert broken.hits("/p") == [] and len(broken.hits("/robots.txt")) == 2


def test_unreachable_robots_falls_back_to_the_copy_from_an_earlier_run():
    from pipeline.fetch import origin_of

    with LoopbackServer({"/robots.txt": Reply(500, ""), "/ok": Reply(200, PAGE), "/no/x": Reply(200, PAGE)}) as srv:
        cache = {origin_of(srv.base): "User-agent: *\nDisallow: /no/\n"}

        async def main():
            async with Fetcher(settings(max_attempts=1), robots_cache=cache) as fetcher:
                return [await fetcher.fetch_or_error(srv.url(p)) for p in ("/ok", "/no/x")]
        ok, blocked = asyncio.run(main())
        assert isinstance(ok, FetchedPage) and isinstance(blocked, RobotsDisallowed)


def test_crawl_delay_larger_than_ours_wins():
    routes = {"/robots.txt": Reply(200, "User-agent: cliffhanger\nCrawl-delay: 0.3\n", "text/plain")}
    routes.update({f"/p{i}": Reply(200, PAGE) for i in range(3)})
    with LoopbackServer(routes) as srv:
        results = fetch_all([srv.url(f"/p{i}") for i in range(3)], config=settings(delay_seconds=0.05))
        assert all(isinstance(r, FetchedPage) for r in results)
        assert min_gap(srv.hits()) >= 0.3


def test_politeness_per_host_and_global_concurrency_from_the_server_logs():
    servers = [LoopbackServer({"/robots.txt": Reply(404, "", "text/plain"),
                               **{f"/p{i}": Reply(200, PAGE, delay=0.02) for i in range(5)}}).start()
               for _ in range(4)]
    try:
        urls = [s.url(f"/p{i}") for i in range(5) for s in servers]
        started = time.monotonic()
        results = fetch_all(urls, config=settings(delay_seconds=0.1, concurrency=2))
        elapsed = time.monotonic() - started
        assert all(isinstance(r, FetchedPage) for r in results)
        for srv in servers:
            assert len(srv.hits()) == 6
            assert min_gap(srv.hits()) >= 0.1  # one at a time, >= delay between end and next arrival
        spans = [(r.start, r.end) for s in servers for r in s.hits()]
        peak = max(sum(1 for a, b in spans if a <= t < b) for t, _ in spans)
        assert peak <= 2
        assert elapsed < 3.0  # the hosts were crawled in parallel (sequential would be > 2.4 s)
    finally:
        for srv in servers:
            srv.stop()


def test_fetch_many_keeps_order_and_returns_errors_in_place(server):
    server.routes["/one"] = Reply(200, article_html("Un", ["Premier."]))
    server.routes["/two"] = Reply(200, article_html("Deux", ["Second."]))
    results = fetch_many([server.url("/two"), server.url("/nope"), server.url("/one")], settings=settings())
    assert "Deux" in results[0].text and "Un" in results[2].text
    assert isinstance(results[1], HTTPStatusError) and results[1].attempts == 1


def test_retry_after_parsing():
    assert retry_after_seconds("7") == 7.0
    assert retry_after_seconds(None) is None and retry_after_seconds("soon") is None
    from datetime import datetime, timezone

    now = datetime(2026, 3, 2, 8, 0, 0, tzinfo=timezone.utc)
    assert retry_after_seconds("Mon, 02 Mar 2026 08:00:30 GMT", now=now) == 30.0


def test_feeds_are_fetched_as_xml_with_conditional_requests(server):
    server.routes["/rss.xml"] = Reply(200, "<?xml version='1.0'?><rss><channel/></rss>", XML, etag='"f1"')
    first = fetch(server.url("/rss.xml"), kind="xml")
    again = fetch(server.url("/rss.xml"), kind="xml", etag=first.etag)
    assert isinstance(first, FetchedPage) and isinstance(again, NotModified)


def test_a_huge_robots_txt_is_cut_at_500_kib_not_refused():
    rules = "User-agent: *\nDisallow: /private/\n" + "# padding\n" * 120_000  # about 1.2 MB
    with LoopbackServer({"/robots.txt": Reply(200, rules, "text/plain"), "/p": Reply(200, PAGE),
                         "/private/p": Reply(200, PAGE)}) as srv:
        results = fetch_all([srv.url("/p"), srv.url("/private/p")], config=settings(max_bytes=100_000))
        assert isinstance(results[0], FetchedPage) and isinstance(results[1], RobotsDisallowed)
