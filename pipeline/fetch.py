"""The only stage that touches the network: polite, bounded, retrying HTTP GETs (httpx, async).

Politeness, per origin (scheme + host + port):

* one request at a time, and the next one starts at least ``delay`` seconds
  after the previous one *ended* (so the server sees gaps >= delay whatever the
  latency); ``delay`` is the source's ``delay_seconds``, else the default, or
  robots.txt's ``Crawl-delay`` when that is larger;
* robots.txt is fetched once per origin and obeyed (see :mod:`pipeline.robots`);
* a 429/503 ``Retry-After`` holds back every request to that origin;
* at most ``concurrency`` requests are in flight overall.

Limits, per request: a total wall-clock timeout (connect + headers + body),
``max_bytes`` on the raw and on the decompressed body (we decode gzip/deflate
ourselves in bounded steps, so a gzip bomb stops at the limit), at most
``max_redirects`` hops (each hop checked against robots.txt and the politeness
of its own origin), and a type check: articles must be HTML, feeds and
sitemaps XML. Connection errors, timeouts, 429 and 5xx are retried with
exponential backoff and jitter, at least as long as ``Retry-After`` asks.

Errors are the :mod:`pipeline.errors` ``FetchError`` family, each carrying
``attempts`` (the number of HTTP requests made for the URL).
"""

from __future__ import annotations

import asyncio
import math
import random
import threading
import time
import zlib
from concurrent.futures import Future
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import AsyncIterator, Awaitable, Literal, TypeVar
from urllib.parse import urljoin, urlsplit

import httpx

from pipeline.config import Settings
from pipeline.encoding import decode, sniff_binary
from pipeline.errors import (BodyTooLarge, FetchError, FetchTimeout, HTTPStatusError, InputError, NotHTML,
                             RobotsDisallowed)
from pipeline.robots import ALLOW_ALL, MAX_ROBOTS_BYTES, RobotsPolicy, parse_robots, policy_for_response, product_token

Kind = Literal["html", "xml"]
T = TypeVar("T")

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
#: declared types that say nothing about the body: we look at the bytes instead
VAGUE_TYPES = frozenset({"", "text/plain", "application/octet-stream", "binary/octet-stream"})
XML_TYPES = frozenset({"application/xml", "text/xml", "application/rss+xml", "application/atom+xml",
                       "application/rdf+xml", "application/x-gzip", "application/gzip", "application/x-gunzip"})
REDIRECTS = frozenset({301, 302, 303, 307, 308})
_XML_ROOTS = (b"<?xml", b"<rss", b"<feed", b"<urlset", b"<sitemapindex", b"<rdf:rdf")


# --- results and errors ----------------------------------------------------------

@dataclass(frozen=True, slots=True)
class FetchedPage:
    url: str
    final_url: str
    status: int
    body: bytes
    content_type: str = ""
    charset: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    attempts: int = 1

    @property
    def text(self) -> str:
        """The body as text: BOM, then the header's charset, then <meta>, then detection."""
        return decode(self.body, header_charset=self.charset, label=self.final_url).text


@dataclass(frozen=True, slots=True)
class NotModified:
    """A 304 to our conditional request: nothing to reprocess."""

    url: str
    final_url: str
    etag: str | None = None
    last_modified: str | None = None
    attempts: int = 1


class ConnectionFailed(FetchError):
    code = "connection"


class RedirectError(FetchError):
    code = "redirect"


class RobotsUnreachable(FetchError):
    """robots.txt could not be fetched (5xx, network): RFC 9309 says assume complete disallow."""

    code = "robots_unreachable"


def is_transient(exc: BaseException) -> bool:
    """Worth retrying in a later run: the server or the network may recover."""
    if isinstance(exc, HTTPStatusError):
        return exc.status == 429 or exc.status >= 500
    return isinstance(exc, (FetchTimeout, ConnectionFailed, RobotsUnreachable))


def _fail(exc: FetchError, attempts: int) -> FetchError:
    exc.attempts = attempts  # read by pipeline.runner (getattr(page, "attempts", 1))
    return exc


# --- helpers ---------------------------------------------------------------------

def origin_of(url: str) -> str:
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    port = parts.port or {"http": 80, "https": 443}.get(scheme, 0)
    return f"{scheme}://{(parts.hostname or '').lower()}:{port}"


def _mime(content_type: str) -> tuple[str, str | None]:
    main, _, params = content_type.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip("'\"") or None
    return main.strip().lower(), charset


def retry_after_seconds(value: str | None, *, now: datetime | None = None) -> float | None:
    """``Retry-After``: delta-seconds or an HTTP-date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - (now or datetime.now(timezone.utc))).total_seconds())


def _head(body: bytes) -> bytes:
    head = body[:2048]
    for bom in (b"\xef\xbb\xbf",):
        if head.startswith(bom):
            head = head[len(bom):]
    return head.lstrip().lower()


def looks_like_html(body: bytes) -> bool:
    head = _head(body)
    return head.startswith((b"<!doctype html", b"<html")) or any(
        tag in head for tag in (b"<html", b"<head", b"<body", b"<title", b"<meta", b"<div", b"<p>"))


def looks_like_xml(body: bytes) -> bool:
    return body[:2] == b"\x1f\x8b" or _head(body).startswith(_XML_ROOTS)


class BoundedDecoder:
    """Content-Encoding decoder that never produces more than ``limit`` bytes."""

    def __init__(self, encoding: str | None, *, limit: int, url: str) -> None:
        codings = [c.strip().lower() for c in (encoding or "").split(",")]
        codings = [c for c in codings if c and c != "identity"]
        if len(codings) > 1 or (codings and codings[0] not in ("gzip", "x-gzip", "deflate")):
            raise FetchError(f"unsupported Content-Encoding {encoding!r}", url=url)
        self.coding = codings[0] if codings else None
        self.limit, self.url = limit, url
        self.size = 0
        self.parts: list[bytes] = []
        self._decomp = None

    def _new(self, first: bytes):
        if self.coding in ("gzip", "x-gzip"):
            return zlib.decompressobj(16 + zlib.MAX_WBITS)
        # "deflate" is zlib-wrapped by the RFC and raw deflate on some servers.
        zlib_header = len(first) >= 2 and first[0] & 0x0F == 8 and (first[0] << 8 | first[1]) % 31 == 0
        return zlib.decompressobj(zlib.MAX_WBITS if zlib_header else -zlib.MAX_WBITS)

    def _add(self, data: bytes) -> None:
        self.size += len(data)
        if self.size > self.limit:
            what = "decompressed body" if self.coding else "body"
            raise BodyTooLarge(f"{what} larger than max_bytes ({self.limit:,} bytes)", url=self.url)
        if data:
            self.parts.append(data)

    def feed(self, chunk: bytes) -> None:
        if self.coding is None:
            self._add(chunk)
            return
        data = chunk
        while data:
            if self._decomp is None:
                self._decomp = self._new(data)
            try:
                self._add(self._decomp.decompress(data, self.limit - self.size + 1))
            except zlib.error as exc:
                raise FetchError(f"corrupt {self.coding} body ({exc})", url=self.url) from exc
            if self._decomp.eof:
                data = self._decomp.unused_data
                self._decomp = None
                if not data.strip(b"\0"):  # padding after the last gzip member
                    return
            else:
                data = self._decomp.unconsumed_tail

    def finish(self) -> bytes:
        if self._decomp is not None:
            try:
                self._add(self._decomp.flush(self.limit - self.size + 1))
            except zlib.error as exc:
                raise FetchError(f"corrupt {self.coding} body ({exc})", url=self.url) from exc
        return b"".join(self.parts)


# --- the fetcher -----------------------------------------------------------------

@dataclass(slots=True)
class _Origin:
    delay: float
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    robots_lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    robots: RobotsPolicy | None = None
    last_end: float = -math.inf
    not_before: float = 0.0


@dataclass(frozen=True, slots=True)
class _Response:
    url: str
    status: int
    headers: httpx.Headers
    body: bytes | None


class Fetcher:
    """Use as ``async with Fetcher(settings) as fetcher: await fetcher.fetch(url)``.

    ``transport`` replaces the network (tests); ``robots_cache`` maps an origin to
    the robots.txt text of an earlier run, used only when robots.txt is
    unreachable now (RFC 9309 section 2.4); :attr:`robots_fetched` collects
    the texts fetched in this session so the caller can keep them.
    """

    def __init__(self, settings: Settings, *, transport: httpx.AsyncBaseTransport | None = None,
                 robots_cache: dict[str, str] | None = None, rng: random.Random | None = None) -> None:
        self.settings = settings
        self.options = settings.fetch
        self.agent = product_token(self.options.user_agent)
        self.robots_cache = dict(robots_cache or {})
        self.robots_fetched: dict[str, str] = {}
        self.requests = 0
        self._transport = transport
        self._rng = rng or random.Random()
        self._origins: dict[str, _Origin] = {}
        self._slots: asyncio.Semaphore | None = None
        self._client: httpx.AsyncClient | None = None

    async def __aenter__(self) -> "Fetcher":
        self._slots = asyncio.Semaphore(self.options.concurrency)
        self._client = httpx.AsyncClient(
            transport=self._transport,
            follow_redirects=False,
            timeout=httpx.Timeout(self.options.timeout_seconds),
            # In-flight requests are limited by our own semaphore; the pool must keep one idle
            # connection per origin (not `concurrency` in all), or every request reconnects.
            limits=httpx.Limits(max_connections=None, max_keepalive_connections=256, keepalive_expiry=30.0),
            # We decode bodies ourselves (bounded), so only offer what we can decode.
            headers={"User-Agent": self.options.user_agent, "Accept-Encoding": "gzip, deflate"},
        )
        return self

    async def __aexit__(self, *exc_info) -> None:
        if self._client is not None:
            await self._client.aclose()

    # -- politeness ---------------------------------------------------------------

    def _origin(self, origin: str) -> _Origin:
        state = self._origins.get(origin)
        if state is None:
            source = self.settings.source_for_url(origin)
            delay = source.delay_seconds if source and source.delay_seconds is not None else self.options.delay_seconds
            state = self._origins[origin] = _Origin(delay=delay)
        return state

    def delay_for(self, url: str) -> float:
        return self._origin(origin_of(url)).delay

    @asynccontextmanager
    async def _turn(self, origin: _Origin, url: str) -> AsyncIterator[None]:
        assert self._slots is not None, "use Fetcher as an async context manager"
        async with origin.lock:
            while True:
                now = time.monotonic()
                if origin.not_before - now > self.options.max_backoff_seconds:
                    raise HTTPStatusError(
                        f"the server asked to wait {origin.not_before - now:.0f} s (Retry-After) "
                        f"> max_backoff_seconds", url=url, status=429)
                ready = max(origin.last_end + origin.delay, origin.not_before)
                if now >= ready:
                    break
                await asyncio.sleep(ready - now)
            async with self._slots:
                try:
                    yield
                finally:
                    origin.last_end = time.monotonic()

    # -- one HTTP exchange ------------------------------------------------------------

    async def _exchange(self, url: str, *, kind: Kind | Literal["robots"], headers: dict[str, str]) -> _Response:
        assert self._client is not None
        origin = self._origin(origin_of(url))
        async with self._turn(origin, url):
            self.requests += 1
            try:
                async with asyncio.timeout(self.options.timeout_seconds):
                    async with self._client.stream("GET", url, headers=headers) as response:
                        status = response.status_code
                        if status in (429, 503):
                            wait = retry_after_seconds(response.headers.get("retry-after"))
                            if wait:
                                origin.not_before = max(origin.not_before, time.monotonic() + wait)
                        if not 200 <= status < 300:
                            return _Response(url, status, response.headers, None)
                        if kind != "robots":
                            self._check_declared_type(url, kind, response.headers)
                        body = await self._read(url, response, kind=kind)
                        return _Response(url, status, response.headers, body)
            except TimeoutError as exc:
                raise FetchTimeout(f"timed out after {self.options.timeout_seconds:g} s", url=url) from exc
            except httpx.TimeoutException as exc:
                raise FetchTimeout(f"timed out ({type(exc).__name__})", url=url) from exc
            except (httpx.UnsupportedProtocol, httpx.InvalidURL, httpx.LocalProtocolError) as exc:
                raise FetchError(f"cannot request: {exc}", url=url) from exc
            except httpx.TransportError as exc:
                raise ConnectionFailed(f"connection failed ({type(exc).__name__}: {exc or 'no detail'})",
                                       url=url) from exc

    def _check_declared_type(self, url: str, kind: Kind, headers: httpx.Headers) -> None:
        mime, _ = _mime(headers.get("content-type", ""))
        length = headers.get("content-length", "")
        if length.isdigit() and int(length) > self.options.max_bytes:
            raise BodyTooLarge(f"Content-Length {int(length):,} is larger than max_bytes "
                               f"({self.options.max_bytes:,} bytes)", url=url)
        if kind == "html" and mime not in HTML_TYPES and mime not in VAGUE_TYPES:
            raise NotHTML(f"not HTML (Content-Type {mime})", url=url)
        if kind == "xml" and not (mime in XML_TYPES or mime in VAGUE_TYPES or mime == "text/html"
                                  or mime.endswith(("+xml", "/xml"))):
            raise NotHTML(f"not XML (Content-Type {mime})", url=url)

    async def _read(self, url: str, response: httpx.Response, *, kind: str) -> bytes:
        if kind == "robots":
            # RFC 9309 2.5: parse at least the first 500 KiB; a longer file is cut, not refused.
            decoder = BoundedDecoder(response.headers.get("content-encoding"), limit=MAX_ROBOTS_BYTES, url=url)
            try:
                async for chunk in response.aiter_raw():
                    decoder.feed(chunk)
                return decoder.finish()
            except BodyTooLarge:
                return b"".join(decoder.parts)
        limit = self.options.max_bytes
        decoder = BoundedDecoder(response.headers.get("content-encoding"), limit=limit, url=url)
        raw = 0
        async for chunk in response.aiter_raw():
            raw += len(chunk)
            if raw > limit:
                raise BodyTooLarge(f"body larger than max_bytes ({limit:,} bytes)", url=url)
            decoder.feed(chunk)
        return decoder.finish()

    # -- retries ----------------------------------------------------------------------

    def _backoff(self, attempt: int) -> float:
        # "Equal jitter": half the exponential delay fixed, half random.
        delay = min(self.options.max_backoff_seconds, self.options.backoff_seconds * 2 ** (attempt - 1))
        return delay / 2 + self._rng.uniform(0, delay / 2)

    async def _with_retries(self, url: str, *, kind: Kind | Literal["robots"], headers: dict[str, str],
                            attempts: int) -> tuple[_Response, int]:
        """One URL (no redirect following): retry what may be transient."""
        while True:
            attempts += 1
            error: FetchError | None = None
            response: _Response | None = None
            try:
                response = await self._exchange(url, kind=kind, headers=headers)
            except (FetchTimeout, ConnectionFailed) as exc:
                error = exc
            except FetchError as exc:  # too large, wrong type, or a Retry-After longer than we wait
                raise _fail(exc, attempts) from None
            retryable = error is not None or (response is not None and (response.status == 429 or response.status >= 500))
            if not retryable or attempts >= self.options.max_attempts:
                if error is not None:
                    raise _fail(error, attempts)
                assert response is not None
                return response, attempts
            await asyncio.sleep(self._backoff(attempts))

    # -- robots.txt ---------------------------------------------------------------------

    async def policy(self, url: str) -> RobotsPolicy:
        if not self.options.respect_robots:
            return ALLOW_ALL
        key = origin_of(url)
        origin = self._origin(key)
        if origin.robots is None:
            async with origin.robots_lock:
                if origin.robots is None:
                    origin.robots = await self._fetch_robots(key)
                    if origin.robots.crawl_delay:
                        origin.delay = max(origin.delay, origin.robots.crawl_delay)
        return origin.robots

    async def _fetch_robots(self, origin: str) -> RobotsPolicy:
        scheme, rest = origin.split("://", 1)
        host, port = rest.rsplit(":", 1)
        default = {"http": "80", "https": "443"}.get(scheme)
        url = f"{scheme}://{host}{'' if port == default else ':' + port}/robots.txt"
        cached = self.robots_cache.get(origin)
        cached_policy = parse_robots(cached, agent=self.agent) if cached is not None else None
        seen = {url}
        try:
            for _ in range(5):  # RFC 9309 2.3.1.2: follow at least five redirects
                response, _ = await self._with_retries(url, kind="robots", headers={}, attempts=0)
                location = response.headers.get("location")
                if response.status in REDIRECTS and location:
                    url = urljoin(url, location)
                    if url in seen:
                        break
                    seen.add(url)
                    continue
                if 200 <= response.status < 300:
                    self.robots_fetched[origin] = (response.body or b"").decode("utf-8", errors="replace")
                return policy_for_response(response.status, response.body, agent=self.agent, cached=cached_policy)
            return policy_for_response(None, None, agent=self.agent, cached=cached_policy, error="redirect loop")
        except FetchError as exc:
            return policy_for_response(None, None, agent=self.agent, cached=cached_policy, error=exc.message)

    # -- the public call ------------------------------------------------------------------

    async def fetch(self, url: str, *, kind: Kind = "html", etag: str | None = None,
                    last_modified: str | None = None) -> FetchedPage | NotModified:
        """GET ``url`` politely; raises a ``FetchError`` (with ``attempts``) when it cannot."""
        headers: dict[str, str] = {
            "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5" if kind == "html"
            else "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current, attempts, chain = url, 0, [url]
        for _ in range(self.options.max_redirects + 1):
            policy = await self.policy(current)
            if policy.unreachable:
                raise _fail(RobotsUnreachable(policy.reason, url=current), attempts)
            if not policy.allowed(current):
                raise _fail(RobotsDisallowed(f"disallowed by robots.txt ({current})", url=current), attempts)
            response, attempts = await self._with_retries(current, kind=kind, headers=headers, attempts=attempts)
            status = response.status
            if status in REDIRECTS:
                location = response.headers.get("location")
                if not location:
                    raise _fail(RedirectError(f"HTTP {status} without a Location header", url=current), attempts)
                target = urljoin(current, location.strip())
                if target in chain:
                    raise _fail(RedirectError("redirect loop: " + " -> ".join([*chain, target]), url=url), attempts)
                chain.append(target)
                current = target
                continue
            if status == 304:
                return NotModified(url=url, final_url=current, etag=response.headers.get("etag") or etag,
                                   last_modified=response.headers.get("last-modified") or last_modified,
                                   attempts=attempts)
            if not 200 <= status < 300:
                reason = httpx.codes.get_reason_phrase(status)
                raise _fail(HTTPStatusError(f"HTTP {status}{' ' + reason if reason else ''}", url=current,
                                            status=status), attempts)
            return self._page(url, response, kind=kind, attempts=attempts)
        raise _fail(RedirectError(f"more than {self.options.max_redirects} redirects", url=url), attempts)

    def _page(self, url: str, response: _Response, *, kind: Kind, attempts: int) -> FetchedPage:
        body = response.body or b""
        content_type = response.headers.get("content-type", "")
        mime, charset = _mime(content_type)
        if kind == "html":
            binary = sniff_binary(body)
            if binary or (mime in VAGUE_TYPES and not looks_like_html(body)):
                raise _fail(NotHTML(f"not HTML ({binary or mime or 'no Content-Type'})", url=response.url), attempts)
            page = FetchedPage(url=url, final_url=response.url, status=response.status, body=body,
                               content_type=mime, charset=charset, etag=response.headers.get("etag"),
                               last_modified=response.headers.get("last-modified"), attempts=attempts)
            try:
                page.text  # noqa: B018 - decode once now so a bad body fails here, at the fetch stage
            except InputError as exc:
                raise _fail(NotHTML(exc.message, url=response.url), attempts) from exc
            return page
        if not looks_like_xml(body):
            raise _fail(NotHTML(f"not XML ({mime or 'no Content-Type'})", url=response.url), attempts)
        return FetchedPage(url=url, final_url=response.url, status=response.status, body=body,
                           content_type=mime, charset=charset, etag=response.headers.get("etag"),
                           last_modified=response.headers.get("last-modified"), attempts=attempts)

    async def fetch_or_error(self, url: str, **options) -> FetchedPage | NotModified | FetchError:
        try:
            return await self.fetch(url, **options)
        except FetchError as exc:
            return exc


# --- synchronous entry points ----------------------------------------------------------

def _run(coro: Awaitable[T]) -> T:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    # Called from inside an event loop (a notebook, say): run ours in a thread.
    result: list = []
    thread = threading.Thread(target=lambda: result.append(asyncio.run(coro)))
    thread.start()
    thread.join()
    return result[0]


def fetch_many(urls: list[str], *, settings: Settings,
               transport: httpx.AsyncBaseTransport | None = None) -> list[FetchedPage | FetchError]:
    """Fetch HTML pages concurrently (politely); one result per URL, in order."""
    async def main() -> list:
        async with Fetcher(settings, transport=transport) as fetcher:
            return await asyncio.gather(*(fetcher.fetch_or_error(u) for u in urls))

    return _run(main()) if urls else []


class FetchThread:
    """A :class:`Fetcher` on an event loop in a background thread, for synchronous callers.

    ``submit(coroutine_function)`` schedules ``coroutine_function(fetcher)`` and
    returns a :class:`concurrent.futures.Future`. The crawl fetches here while
    the main thread (or a process pool) extracts.
    """

    def __init__(self, settings: Settings, *, transport: httpx.AsyncBaseTransport | None = None,
                 robots_cache: dict[str, str] | None = None) -> None:
        self._settings, self._transport, self._robots_cache = settings, transport, robots_cache
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, name="cliffhanger-fetch", daemon=True)
        self.fetcher: Fetcher | None = None

    def __enter__(self) -> "FetchThread":
        self._thread.start()

        async def start() -> Fetcher:
            fetcher = Fetcher(self._settings, transport=self._transport, robots_cache=self._robots_cache)
            return await fetcher.__aenter__()

        self.fetcher = asyncio.run_coroutine_threadsafe(start(), self.loop).result()
        return self

    def submit(self, work) -> Future:
        assert self.fetcher is not None
        return asyncio.run_coroutine_threadsafe(work(self.fetcher), self.loop)

    def call_soon(self, callback, *args) -> None:
        self.loop.call_soon_threadsafe(callback, *args)

    def __exit__(self, *exc_info) -> None:
        async def stop() -> None:
            current = asyncio.current_task()
            tasks = [t for t in asyncio.all_tasks() if t is not current]
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            if self.fetcher is not None:
                await self.fetcher.__aexit__(None, None, None)

        try:
            asyncio.run_coroutine_threadsafe(stop(), self.loop).result(timeout=30)
        finally:
            self.loop.call_soon_threadsafe(self.loop.stop)
            self._thread.join(timeout=30)
            self.loop.close()
