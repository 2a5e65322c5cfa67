"""Clean article text: per-site drop selectors, trafilatura, then our teaser filter.

A plain function of its input: HTML (or plain text) in, :class:`CleanText` out.
Raises :class:`~pipeline.errors.Skip` when a page has no main text.
"""

from __future__ import annotations

from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser

from pipeline.errors import ExtractError, Skip
from pipeline.teasers import filter_lines

#: The trafilatura settings that measured best on ../shared/corpus/aeb (README, "Quality").
TRAFILATURA_OPTIONS = {"favor_precision": True, "include_comments": False, "include_tables": True}


@dataclass(frozen=True, slots=True)
class CleanText:
    body: str
    #: teaser / chrome lines removed by our filter, for debugging and evaluation
    dropped: tuple[str, ...] = ()


def drop_nodes(tree: LexborHTMLParser, selectors: tuple[str, ...]) -> int:
    removed = 0
    for selector in selectors:
        for node in tree.css(selector):
            node.decompose()
            removed += 1
    return removed


def clean_html(html: str | LexborHTMLParser, *, drop: tuple[str, ...] = (), url: str | None = None) -> CleanText:
    import trafilatura

    if isinstance(html, LexborHTMLParser):
        tree = html
    else:
        tree = LexborHTMLParser(html)
    if drop:
        drop_nodes(tree, drop)
    markup = tree.html or ""
    try:
        text = trafilatura.extract(markup, url=url, **TRAFILATURA_OPTIONS)
    except Exception as exc:  # trafilatura raises assorted lxml/ValueError internals
        raise ExtractError(f"trafilatura failed: {type(exc).__name__}: {exc}") from exc
    if not text or not text.strip():
        raise Skip("no_main_text", "trafilatura found no article text")
    return clean_text(text)


def clean_text(text: str) -> CleanText:
    kept, dropped = filter_lines(text.splitlines())
    body = "\n".join(kept).strip()
    if not body:
        raise Skip("no_main_text", "nothing left after removing site chrome")
    return CleanText(body=body, dropped=tuple(dropped))
