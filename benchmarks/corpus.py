"""Benchmark corpus: real pages from ../shared when present, else the repository's own fixture pages.

Pages are read once and repeated lazily, so a 10,000-page run costs no more
memory than a 500-page one.
"""

from __future__ import annotations

import gzip
import itertools
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus"
#: aeb and entertainment are the issue's corpus; both are (almost all) English, so the French
#: pages are added: French goes through a different, slower pipeline (fr_core_news_md) and
#: is half of the sources. ``--corpus aeb,entertainment`` measures the issue's set alone.
SHARED_DIRS = ("aeb/html", "entertainment/html", "fr-pages/html")
OWN_DIRS = (ROOT / "tests" / "fixtures" / "pages", ROOT / "pipeline" / "demo" / "site")


def _read(path: Path) -> str:
    raw = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
    from pipeline.encoding import decode

    return decode(raw, label=str(path)).text


def load_pages(dirs: tuple[str, ...] | None = None) -> tuple[str, list[tuple[str, str]]]:
    """(corpus description, [(name, html)]) in a stable order; ``dirs`` names ../shared/corpus
    folders ("aeb", "entertainment", "fr-pages"; default: all three)."""
    if SHARED.is_dir():
        chosen = tuple(f"{d}/html" for d in dirs) if dirs else SHARED_DIRS
        paths = sorted(p for d in chosen for p in (SHARED / d).glob("*.html*"))
        label = "../shared/corpus " + "+".join(d.split("/")[0] for d in chosen)
    else:
        paths = sorted(p for d in OWN_DIRS if d.is_dir() for p in d.rglob("*.html"))
        label = "own fixture pages (../shared absent)"
    pages = []
    for path in paths:
        try:
            pages.append((path.name, _read(path)))
        except Exception:  # noqa: BLE001 - a corpus file we cannot decode is left out, not fatal
            continue
    return f"{label}: {len(pages)} distinct pages", pages


def repeat(pages: list[tuple[str, str]], count: int) -> Iterator[tuple[str, str]]:
    """``count`` pages cycling over ``pages``; every repeat gets words of its own in its first paragraph,
    so a long run meets new vocabulary as a real crawl does (memory must stay flat over it too)."""
    for i, (name, html) in enumerate(itertools.islice(itertools.cycle(pages), count)):
        if i >= len(pages):
            html = html.replace("</p>", f" Vornalek{i}ax met Quiberon{i}ut.</p>", 1)
        yield f"{i}:{name}", html


def ner_components(nlp) -> list[str]:
    """The components "spaCy NER alone" runs: ner, and tok2vec only when the stage runs it for
    ner (fr_core_news_md's ner has its own tok2vec, so the stage leaves the shared one off)."""
    return [c for c in ("tok2vec", "ner") if c in nlp.pipe_names]
