"""Title normalisation and the stable series id, shared by every extractor and by ``status``."""

from __future__ import annotations

import re
import unicodedata

_LEADING_ARTICLES = ("the ", "le ", "la ", "les ", "l ", "a ", "an ")
_NON_WORD = re.compile(r"[^\w]+")


def normalize_title(title: str) -> str:
    """Case-, accent- and punctuation-insensitive key; drops one leading article."""
    text = unicodedata.normalize("NFKD", title)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = text.replace("&", " and ").replace("+", " plus ")
    text = _NON_WORD.sub(" ", text).strip()
    for article in _LEADING_ARTICLES:
        if text.startswith(article) and len(text) > len(article) + 2:
            text = text[len(article):]
            break
    return text


def series_id(title: str) -> str:
    """Stable, language-independent id: ``s:`` plus the normalised title, hyphenated."""
    return "s:" + normalize_title(title).replace(" ", "-")
