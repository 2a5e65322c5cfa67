"""Line-level filter for the site chrome trafilatura keeps (teasers, ad labels, related lists).

The cue tables are per language in :data:`TEASER_PREFIXES` and friends; the
filter is a plain function over lines so it runs the same on HTML-derived text
and on plain-text input.
"""

from __future__ import annotations

import re

TEASER_PREFIXES = {
    "fr": ("à lire aussi", "a lire aussi", "lire aussi", "voir aussi", "à voir aussi", "lire la suite"),
    "en": ("must-read", "must read", "also read", "read more", "read also", "see also",
           "you may also like", "related:"),
}
AD_LABELS = {
    "fr": ("publicité", "la suite après la publicité", "la suite après cette publicité"),
    "en": ("advertisement", "ad", "sponsored"),
}

_PREFIX = re.compile(
    r"^\s*(?:" + "|".join(re.escape(p) for ps in TEASER_PREFIXES.values() for p in ps) + r")\b\s*[:\-–—>»]",
    re.IGNORECASE,
)
_AD = {label for labels in AD_LABELS.values() for label in labels}


def is_teaser(line: str) -> bool:
    stripped = line.strip()
    if not stripped:
        return False
    if stripped.casefold().strip(" .:") in _AD:
        return True
    return bool(_PREFIX.match(stripped))


def filter_lines(lines: list[str]) -> tuple[list[str], list[str]]:
    kept: list[str] = []
    dropped: list[str] = []
    for line in lines:
        (dropped if is_teaser(line) else kept).append(line)
    return kept, dropped
