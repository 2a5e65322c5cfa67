"""Clean article text: per-site drop selectors, trafilatura, then our chrome filter.

A plain function of its input: HTML (or plain text) in, :class:`CleanText` out.
Raises :class:`~pipeline.errors.Skip` when a page has no main text and
:class:`~pipeline.errors.ExtractError` when trafilatura itself fails.

The body never contains the headline: the record builder puts the title back
as the first line of the record text (``pipeline.extract``). Keeping the two
apart lets ``cliffhanger eval boilerplate`` score the body against reference
article texts, which have no title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from selectolax.lexbor import LexborHTMLParser

from pipeline.errors import ExtractError, Skip
from pipeline.teasers import Dropped, filter_lines, link_key

#: The trafilatura settings that measured best on ../shared/corpus/aeb (README.md, "Quality evaluation"):
#: precision mode without comments.
TRAFILATURA_OPTIONS: dict[str, bool] = {"favor_precision": True, "include_comments": False, "include_tables": True}
#: Precision mode sometimes discards a whole article (a page whose text sits in an unusual
#: container): then the default mode, still without comments, gets a second chance. ``fast``
#: skips trafilatura's own readability/jusText comparison: measured on ../shared, it finds the
#: same text on those pages at a fraction of the cost (one page takes 200 ms without it).
FALLBACK_OPTIONS: dict[str, bool] = {"include_comments": False, "include_tables": True, "fast": True}
#: Precision-mode text this short (about 50 words), when the default mode finds at least
#: FALLBACK_RATIO times more, means precision mode threw the article away (on ../shared: 3 pages
#: of 228 are this short, one of them is rescued).
FALLBACK_BELOW_CHARS = 300
FALLBACK_RATIO = 2.0


@dataclass(frozen=True, slots=True)
class CleanText:
    body: str
    #: lines removed by the chrome filter, with the rule that removed each, for debugging and evaluation
    dropped: tuple[Dropped, ...] = ()
    #: how many elements the per-site drop selectors removed before trafilatura ran
    dropped_nodes: int = 0
    #: the filter would have removed every line, so the text was kept as given (see ``clean_text``)
    kept_as_given: bool = False


def drop_nodes(tree: LexborHTMLParser, selectors: tuple[str, ...]) -> int:
    """Remove every element matching one of ``selectors`` from ``tree``; return how many."""
    removed = 0
    for selector in selectors:
        for node in tree.css(selector):
            node.decompose()
            removed += 1
    return removed


def trafilatura_text(markup: str, *, url: str | None = None) -> str:
    """trafilatura with our settings (and its fallback); '' when it finds nothing."""
    import trafilatura

    try:
        text = trafilatura.extract(markup, url=url, **TRAFILATURA_OPTIONS) or ""
        if len(text) < FALLBACK_BELOW_CHARS:
            fallback = trafilatura.extract(markup, url=url, **FALLBACK_OPTIONS) or ""
            if len(fallback) >= FALLBACK_RATIO * max(len(text), 1):
                text = fallback
    except Exception as exc:  # noqa: BLE001 - trafilatura raises assorted lxml/ValueError internals
        raise ExtractError(f"trafilatura failed: {type(exc).__name__}: {exc}") from exc
    return text


def clean_html(html: str | LexborHTMLParser, *, tree: LexborHTMLParser | None = None, drop: tuple[str, ...] = (),
               url: str | None = None, title: str | None = None, authors: tuple[str, ...] = ()) -> CleanText:
    """The article body of an HTML page.

    ``tree`` is the page already parsed by the caller (for metadata); the
    ``drop`` selectors are applied to it and only then is the page
    re-serialised for trafilatura, so a page without matching selectors is
    handed over as it came.
    """
    if isinstance(html, LexborHTMLParser):
        tree, markup = html, None
    else:
        markup = html
    removed = 0
    if drop:
        tree = tree if tree is not None else LexborHTMLParser(markup or "")
        removed = drop_nodes(tree, drop)
    if markup is not None and not removed and "<html" not in markup[:4096].lower():
        # trafilatura finds nothing in a bare fragment ("<p>…</p>"): give it a whole document.
        tree = tree if tree is not None else LexborHTMLParser(markup)
        markup = None
    if (markup is None or removed) and tree is not None:
        markup = tree.html or ""
    text = trafilatura_text(markup or "", url=url)
    if not _LETTER.search(text):
        raise Skip("no_main_text", "no article text found in the page")
    parsed = tree if tree is not None else LexborHTMLParser(markup)
    cleaned = clean_text(text, title=title, authors=authors, links=lambda: link_texts(parsed))
    return CleanText(body=cleaned.body, dropped=cleaned.dropped, dropped_nodes=removed)


_BLANK_RUNS = re.compile(r"\n\s*\n(?:\s*\n)+")
_LETTER = re.compile(r"[^\W\d_]")
_TAG = re.compile(r"<(?:[a-zA-Z][\w:-]*|!--|!doctype)[\s>/]", re.IGNORECASE)


def looks_like_html(content: str) -> bool:
    """Whether ``content`` has any markup at all (plain text given as HTML is cleaned as text)."""
    return bool(_TAG.search(content[:65536]))


def link_texts(tree: LexborHTMLParser) -> frozenset[str]:
    """Texts (as :func:`~pipeline.teasers.link_key`) of the page's links of three words or more.

    A line of extracted text that is nothing but a link's text is a teaser headline
    (related articles, "more on this"); the filter drops it unless it reads as prose.
    """
    keys = set()
    for node in tree.css("a"):
        text = node.text(deep=True)
        if text.count(" ") >= 2:
            key = link_key(text)
            if key.count(" ") >= 2:
                keys.add(key)
    return frozenset(keys)


def clean_text(text: str, *, title: str | None = None, authors: tuple[str, ...] = (),
               links: frozenset[str] | Callable[[], frozenset[str]] = frozenset(),
               keep_if_all_dropped: bool = False) -> CleanText:
    """The article body of plain text (a dump of a page, or trafilatura's output).

    ``keep_if_all_dropped``: text a user gives us directly is never all chrome; when every line looks
    like chrome ("Watch: 'X' Teaser Shows …" alone is a headline, not a teaser around an article), the
    text is kept as given and the caller says so in a warning.
    """
    filtered = filter_lines(text.splitlines(), title=title, authors=authors, links=links)
    body = _BLANK_RUNS.sub("\n\n", "\n".join(line.rstrip() for line in filtered.kept)).strip()
    if not _LETTER.search(body):
        given = _BLANK_RUNS.sub("\n\n", "\n".join(line.rstrip() for line in text.splitlines())).strip()
        if keep_if_all_dropped and _LETTER.search(given):
            return CleanText(body=given, dropped=(), kept_as_given=True)
        raise Skip("no_main_text", "nothing left after removing site chrome")
    return CleanText(body=body, dropped=filtered.dropped)
