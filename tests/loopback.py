"""A real HTTP/1.1 server on 127.0.0.1 (port 0) for network tests, one instance per "host".

Each server has routes (path → :class:`Reply`, a list of replies consumed in
order with the last one repeating, or a function of the request) and a log
of every request with its arrival and completion times (``time.monotonic``,
which is system-wide, so the log also times requests from a subprocess).
Conditional requests are answered with 304 when a reply carries an ETag or
Last-Modified that the request repeats.
"""

from __future__ import annotations

import gzip
import threading
import time
from dataclasses import dataclass, field, replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable, Union


@dataclass(frozen=True)
class Reply:
    status: int = 200
    body: bytes | str = b""
    content_type: str | None = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None
    last_modified: str | None = None
    #: seconds before the status line is sent
    delay: float = 0.0
    #: seconds between body chunks of ``trickle_size`` bytes (a slow body)
    trickle: float = 0.0
    trickle_size: int = 16
    #: send the body with chunked transfer encoding (no Content-Length)
    chunked: bool = False
    #: gzip the body and say so in Content-Encoding
    gzip: bool = False
    #: raw bytes sent as Content-Encoding: gzip without compressing (a prepared gzip bomb)
    pre_gzipped: bool = False

    def payload(self) -> bytes:
        body = self.body.encode("utf-8") if isinstance(self.body, str) else self.body
        return gzip.compress(body) if self.gzip else body


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    headers: dict[str, str]
    start: float
    #: when the response was fully written (equals ``start`` until then)
    end: float = 0.0


Route = Union[Reply, list, Callable[[Request], Reply]]


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address) -> None:
        # A client that gave up (timeout, size limit) closes the socket mid-reply: expected here.
        import sys

        if not isinstance(sys.exc_info()[1], OSError):
            super().handle_error(request, client_address)


class LoopbackServer:
    def __init__(self, routes: dict[str, Route] | None = None, *, default: Reply | None = None) -> None:
        self.routes: dict[str, Route] = dict(routes or {})
        self.default = default or Reply(404, "not found", "text/plain")
        self.log: list[Request] = []
        self._lock = threading.Lock()
        self._served: dict[str, int] = {}
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:  # keep test output clean
                pass

            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                start = time.monotonic()
                request = Request("GET", self.path, {k.lower(): v for k, v in self.headers.items()}, start, start)
                with server._lock:
                    index = len(server.log)
                    server.log.append(request)
                reply = server._reply(request)
                self._end_mark: float | None = None
                try:
                    self._send(request, reply)
                except (BrokenPipeError, ConnectionResetError):
                    pass
                finally:
                    with server._lock:
                        server.log[index] = replace(request, end=self._end_mark or time.monotonic())

            def _send(self, request: Request, reply: Reply) -> None:
                if reply.delay:
                    time.sleep(reply.delay)
                if reply.status == 200 and (
                        (reply.etag and request.headers.get("if-none-match") == reply.etag)
                        or (reply.last_modified and request.headers.get("if-modified-since") == reply.last_modified)):
                    reply = Reply(304, b"", None, etag=reply.etag, last_modified=reply.last_modified)
                body = b"" if reply.status == 304 else reply.payload()
                self.send_response(reply.status)
                if reply.content_type and reply.status != 304:
                    self.send_header("Content-Type", reply.content_type)
                if reply.gzip or reply.pre_gzipped:
                    self.send_header("Content-Encoding", "gzip")
                if reply.etag:
                    self.send_header("ETag", reply.etag)
                if reply.last_modified:
                    self.send_header("Last-Modified", reply.last_modified)
                for key, value in reply.headers.items():
                    self.send_header(key, value)
                if reply.chunked:
                    self.send_header("Transfer-Encoding", "chunked")
                elif reply.status != 304:
                    self.send_header("Content-Length", str(len(body)))
                step = reply.trickle_size if reply.trickle else 64 * 1024
                pieces = [body[i:i + step] for i in range(0, len(body), step)]
                if reply.chunked:
                    pieces = [b"%x\r\n%s\r\n" % (len(piece), piece) for piece in pieces] + [b"0\r\n\r\n"]
                # "end" is taken just before the last bytes leave: the client cannot have the whole
                # reply earlier, so gaps measured from it are never shorter than the client's own.
                if not pieces:
                    self._end_mark = time.monotonic()
                self.end_headers()
                for number, piece in enumerate(pieces, start=1):
                    if number == len(pieces):
                        self._end_mark = time.monotonic()
                    self.wfile.write(piece)
                    self.wfile.flush()
                    if reply.trickle:
                        time.sleep(reply.trickle)

        self.httpd = _QuietServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02},
                                        daemon=True)

    def _reply(self, request: Request) -> Reply:
        path = request.path
        route = self.routes.get(path)
        if route is None:
            route = self.routes.get(path.split("?", 1)[0], self.default)
        with self._lock:
            count = self._served.get(path, 0)
            self._served[path] = count + 1
        if isinstance(route, list):
            return route[min(count, len(route) - 1)]
        if callable(route) and not isinstance(route, Reply):
            return route(request)
        return route

    def url(self, path: str) -> str:
        return self.base + path

    def hits(self, path: str | None = None) -> list[Request]:
        with self._lock:
            return [r for r in self.log if path is None or r.path == path]

    def start(self) -> "LoopbackServer":
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._thread.is_alive():  # shutdown() waits forever for a loop that never started
            self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> "LoopbackServer":
        return self.start()

    def __exit__(self, *exc_info) -> None:
        self.stop()


def min_gap(requests: list[Request]) -> float:
    """Smallest time between the end of one request and the arrival of the next (inf if < 2)."""
    ordered = sorted(requests, key=lambda r: r.start)
    gaps = [b.start - a.end for a, b in zip(ordered, ordered[1:])]
    return min(gaps) if gaps else float("inf")


def min_start_gap(requests: list[Request]) -> float:
    ordered = sorted(requests, key=lambda r: r.start)
    gaps = [b.start - a.start for a, b in zip(ordered, ordered[1:])]
    return min(gaps) if gaps else float("inf")


# --- pages written for these tests (not taken from any site) -------------------------

def article_html(title: str, paragraphs: list[str], *, lang: str = "fr", published: str = "2026-03-02T09:00:00+01:00",
                 charset: str | None = "utf-8", canonical: str | None = None, chrome: str = "") -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<!DOCTYPE html><html lang="{lang}"><head>{meta}<title>{title}</title>{link}'
            f'<meta property="og:title" content="{title}">'
            f'<meta property="article:published_time" content="{published}"></head>'
            f'<body><header><nav><a href="/">Accueil</a> <a href="/series/">Séries</a></nav></header>'
            f'<main><article><h1>{title}</h1>{body}</article>{chrome}</main>'
            f'<footer><p>© Site de test</p></footer></body></html>')


FRENCH_PARAGRAPHS = [
    "La chaîne a confirmé lundi que la série dramatique reviendra pour une nouvelle saison, après des audiences "
    "jugées très solides pour un lancement en milieu de semaine.",
    "Le tournage débutera au printemps dans la région de Marseille, avec la même équipe de scénaristes et une "
    "grande partie de la distribution originale, selon le communiqué publié par la production.",
    "Les premiers épisodes avaient réuni en moyenne plus de quatre millions de téléspectateurs, un résultat que la "
    "direction des programmes qualifie de meilleur démarrage de la saison pour une fiction française.",
]

ENGLISH_PARAGRAPHS = [
    "The network confirmed on Monday that the drama will return for another season after ratings that executives "
    "described as remarkably strong for a midweek launch.",
    "Production is scheduled to begin in the spring in Vancouver, with the same writing staff and most of the "
    "original cast returning, according to a statement released by the studio.",
    "The first episodes averaged more than four million viewers, a result the programming team called the best "
    "start of the season for a scripted series.",
]


def rss(items: list[tuple[str, str]], *, title: str = "Flux") -> str:
    """RSS 2.0 with (url, RFC 822 date) items."""
    entries = "".join(f"<item><title>Article {i}</title><link>{url}</link><pubDate>{date}</pubDate></item>"
                      for i, (url, date) in enumerate(items))
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
            f"<link>http://example.invalid/</link>{entries}</channel></rss>")


def sitemap(urls: list[str], *, lastmod: str | None = None) -> str:
    entries = "".join(f"<url><loc>{u}</loc>{f'<lastmod>{lastmod}</lastmod>' if lastmod else ''}</url>" for u in urls)
    return ('<?xml version="1.0" encoding="UTF-8"?>'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</urlset>')


def sitemap_index(children: list[tuple[str, str | None]]) -> str:
    entries = "".join(f"<sitemap><loc>{u}</loc>{f'<lastmod>{m}</lastmod>' if m else ''}</sitemap>" for u, m in children)
    return ('<?xml version="1.0" encoding="UTF-8"?>'
            f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</sitemapindex>')


XML = "application/xml; charset=utf-8"
