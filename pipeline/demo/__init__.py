"""An offline demo site: French and English TV news pages, an RSS feed, a news sitemap
index, a listing page, robots.txt and a syndicated copy, served on 127.0.0.1.

The pages are written for Cliffhanger (fictional series and people). The
server answers conditional requests (ETag / Last-Modified → 304) like a real
site, so running ``cliffhanger demo`` twice on the same ``--output`` and
``--port`` shows an incremental run.
"""

from __future__ import annotations

import hashlib
import mimetypes
import threading
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

from pipeline.config import Settings, parse_settings

SITE = Path(__file__).resolve().parent / "site"
_TYPES = {".html": "text/html; charset=utf-8", ".xml": "application/xml; charset=utf-8",
          ".txt": "text/plain; charset=utf-8"}
#: a fixed date so ETag and Last-Modified stay the same between two demo runs
_LAST_MODIFIED = formatdate(1772611200, usegmt=True)


class DemoServer:
    """Serve :data:`SITE` on ``127.0.0.1:port`` (0: any free port) in a background thread."""

    def __init__(self, port: int = 0) -> None:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                body, content_type = server.resolve(urlsplit(self.path).path)
                if body is None:
                    self._send(404, b"not found", "text/plain; charset=utf-8")
                    return
                etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
                if self.headers.get("If-None-Match") == etag or self.headers.get("If-Modified-Since") == _LAST_MODIFIED:
                    self._send(304, b"", None, etag=etag)
                    return
                self._send(200, body, content_type, etag=etag)

            def _send(self, status: int, body: bytes, content_type: str | None, *, etag: str | None = None) -> None:
                self.send_response(status)
                if content_type:
                    self.send_header("Content-Type", content_type)
                if etag:
                    self.send_header("ETag", etag)
                    self.send_header("Last-Modified", _LAST_MODIFIED)
                if status != 304:
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if status != 304:
                    self.wfile.write(body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self._thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True)

    def resolve(self, path: str) -> tuple[bytes | None, str]:
        relative = unquote(path).lstrip("/")
        target = (SITE / relative).resolve()
        if target.is_dir():
            target = target / "index.html"
        if SITE not in target.parents or not target.is_file():
            return None, ""
        body = target.read_bytes()
        if target.suffix in (".xml", ".txt", ".html"):
            body = body.replace(b"{{BASE}}", self.base.encode("ascii"))
        return body, _TYPES.get(target.suffix) or mimetypes.guess_type(target.name)[0] or "application/octet-stream"

    def __enter__(self) -> "DemoServer":
        self._thread.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def demo_settings(base: str) -> Settings:
    """The demo's sources.toml, as a user would write it for these two sites."""
    drop = ["aside.related", ".ad-slot", "header.site-header", "p.byline"]
    return parse_settings({
        "defaults": {"user_agent": "cliffhanger-demo/0.1 (+https://example.org/contact)",
                     "delay_seconds": 0.05, "timeout_seconds": 5, "max_attempts": 2, "backoff_seconds": 0.1},
        "source": [
            {"name": "ecrans-du-soir", "language": "fr", "feeds": [f"{base}/fr/rss.xml"],
             "include": ["/fr/series/"], "drop": drop},
            {"name": "screen-ledger", "language": "en", "sitemaps": [f"{base}/en/sitemap.xml"],
             "listings": [{"url": f"{base}/en/series/", "links": "a.card__link"}],
             "include": ["/en/series/", "/partner/", "/admin/"], "drop": drop},
        ],
    }, path="<demo>")
