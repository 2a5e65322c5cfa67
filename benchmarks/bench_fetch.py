"""Fetch throughput against loopback hosts, as a ratio to the bound the per-host delays allow.

    python benchmarks/bench_fetch.py [--hosts 20] [--pages 50] [--delay 0.05] [--concurrency 8]

A child process serves ``hosts`` HTTP servers on 127.0.0.1 (one port each = one
host for politeness), each with a robots.txt and ``pages`` HTML pages, and
logs every request's arrival and completion. The parent fetches every page
with :class:`pipeline.fetch.Fetcher` (robots.txt included) and reports:

* pages/s, and the *ratio* ``bound / elapsed``: with one request at a time per
  host and ``delay`` between the end of one and the start of the next, a host
  with ``n`` requests cannot finish in less than ``(n - 1) * delay``; hosts run
  in parallel, so that is the bound for the whole crawl (1.0 = as fast as
  politeness allows);
* the smallest gap any host saw between two requests (from the servers' log),
  which must be >= delay.

Only 127.0.0.1 is contacted.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

PARAGRAPH = ("<p>La chaîne a confirmé lundi que la série reviendra pour une nouvelle saison, après des audiences "
             "jugées solides pour un lancement en milieu de semaine.</p>\n")


def _serve(hosts: int, size: int, ports: multiprocessing.Queue, stop: multiprocessing.Event,
           logs: multiprocessing.Queue) -> None:
    page = ("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Page</title></head><body>"
            + PARAGRAPH * max(1, size // len(PARAGRAPH)) + "</body></html>").encode("utf-8")
    log: list[tuple[int, float, float]] = []
    lock = threading.Lock()
    servers = []
    for _ in range(hosts):
        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802
                start = time.monotonic()
                body = b"User-agent: *\nDisallow: /private/\n" if self.path == "/robots.txt" else page
                kind = "text/plain" if self.path == "/robots.txt" else "text/html; charset=utf-8"
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                # stamp before taking the log lock: waiting for it (20 servers' threads) is not serving time
                end = time.monotonic()
                with lock:
                    log.append((self.server.server_address[1], start, end))

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        servers.append(server)
    ports.put([s.server_address[1] for s in servers])
    stop.wait()
    for server in servers:
        server.shutdown()
    logs.put(log)


def _min_gap(log: list[tuple[int, float, float]]) -> float:
    by_port: dict[int, list[tuple[float, float]]] = {}
    for port, start, end in log:
        by_port.setdefault(port, []).append((start, end))
    gaps = []
    for spans in by_port.values():
        spans.sort()
        gaps += [b[0] - a[1] for a, b in zip(spans, spans[1:])]
    return min(gaps) if gaps else float("inf")


def bench(*, hosts: int, pages: int, delay: float, concurrency: int, size: int) -> dict:
    from pipeline.config import FetchSettings, Settings
    from pipeline.fetch import FetchedPage, Fetcher

    ctx = multiprocessing.get_context("spawn")
    ports_q, logs_q, stop = ctx.Queue(), ctx.Queue(), ctx.Event()
    child = ctx.Process(target=_serve, args=(hosts, size, ports_q, stop, logs_q), daemon=True)
    child.start()
    ports = ports_q.get(timeout=30)
    urls = [f"http://127.0.0.1:{port}/article/{i}.html" for i in range(pages) for port in ports]
    settings = Settings(fetch=FetchSettings(delay_seconds=delay, concurrency=concurrency, max_attempts=1))

    async def main() -> list:
        async with Fetcher(settings) as fetcher:
            return await asyncio.gather(*(fetcher.fetch_or_error(u) for u in urls))

    started = time.monotonic()
    results = asyncio.run(main())
    elapsed = time.monotonic() - started
    stop.set()
    log = logs_q.get(timeout=30)
    child.join(timeout=30)
    ok = sum(isinstance(r, FetchedPage) for r in results)
    requests_per_host = pages + 1  # + robots.txt
    bound = (requests_per_host - 1) * delay
    return {"hosts": hosts, "pages_per_host": pages, "delay_s": delay, "concurrency": concurrency,
            "page_bytes": size, "fetched": ok, "failed": len(results) - ok, "requests": len(log),
            "elapsed_s": round(elapsed, 3), "pages_per_s": round(ok / elapsed, 1),
            "bound_s": round(bound, 3), "ratio_to_bound": round(bound / elapsed, 3),
            "min_gap_s": round(_min_gap(log), 4)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--hosts", type=int, default=20)
    parser.add_argument("--pages", type=int, default=50)
    parser.add_argument("--delay", type=float, nargs="+", default=[0.1, 0.05])
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--size", type=int, default=20_000, help="bytes per page (default 20000)")
    args = parser.parse_args(argv)
    for delay in args.delay:
        result = bench(hosts=args.hosts, pages=args.pages, delay=delay, concurrency=args.concurrency, size=args.size)
        print(json.dumps(result))
        if result["min_gap_s"] < delay:
            print(f"POLITENESS VIOLATION: a host saw two requests {result['min_gap_s']} s apart", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
