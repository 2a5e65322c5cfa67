"""Character-level helpers shared by the people and dates extractors.

Sentences, quoted titles and name runs are located on the Doc's text once per
document; everything works on character offsets into ``doc.text`` (which is
the record's ``text``).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Sequence

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from pipeline.records import Series

#: Paired quotes around titles. A closing ’/' followed by a letter is an apostrophe ("Grey’s"), not a closing quote.
_QUOTED = re.compile(
    r"«\s*([^«»\n]{1,120}?)\s*»"
    r"|“([^“”\n]{1,120}?)”"
    r"|„([^„“”\n]{1,120}?)[“”]"
    r"|(?<![\w])‘((?:[^‘’\n]|’(?=\w)){1,120}?)’(?!\w)"
    r"|(?<![\w])'((?:[^'\n]|'(?=\w)){1,120}?)'(?!\w)"
    r"|\"([^\"\n]{1,120}?)\""
)
#: A quotation this short that starts with a capital is a title, not speech.
TITLE_MAX_WORDS = 8

UPPER = "A-ZÀ-ÖØ-Þ"
_PARTICLE = r"(?:de|du|des|van|von|der|den|di|da|del|della|la|le|of|bin|al|el|st\.?)"
_NAME_WORD = (rf"(?:[{UPPER}]\.(?:-?[{UPPER}]\.)*"           # initials: "J.R.", "A.", "J.-P."
              rf"|(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|M|Mme|Mlle)\."  # honorifics kept as written
              rf"|[{UPPER}][\w’'\-]*)")
#: A capitalised name of up to five words ("Samson Hughes", "Eleanor O’Brien", "Mr. Hernandez", "J.R.").
NAME_RUN = re.compile(rf"{_NAME_WORD}(?:[ \u00a0]+(?:{_PARTICLE}[ \u00a0]+)?{_NAME_WORD}){{0,4}}")


@dataclass(frozen=True, slots=True)
class Sentences:
    """Sentence boundaries (character offsets) with a fast lookup."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]

    @classmethod
    def of(cls, doc: "Doc") -> "Sentences":
        sents = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
        return cls(tuple(s.start_char for s in sents), tuple(s.end_char for s in sents))

    def index(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.starts, char) - 1)

    def bounds(self, char: int) -> tuple[int, int]:
        i = self.index(char)
        return self.starts[i], self.ends[i]


def quoted_titles(text: str) -> list[tuple[int, int]]:
    """Character spans of short capitalised quotations (titles), contents only."""
    out = []
    for m in _QUOTED.finditer(text):
        group = next(g for g in range(1, 7) if m.group(g) is not None)
        content = m.group(group)
        if content[:1].isupper() or content[:1].isdigit():
            if len(content.split()) <= TITLE_MAX_WORDS:
                out.append((m.start(group), m.end(group)))
    return out


def series_spans(series: Sequence["Series"]) -> list[tuple[int, int, str]]:
    """(start, end, title) of every series mention, in text order."""
    spans = [(m.start, m.end, s.title) for s in series for m in s.mentions]
    return sorted(spans)


def overlaps(start: int, end: int, spans: Sequence[tuple[int, ...]]) -> bool:
    return any(s[0] < end and start < s[1] for s in spans)


def inside(start: int, end: int, spans: Sequence[tuple[int, ...]]) -> bool:
    return any(s[0] <= start and end <= s[1] for s in spans)


def name_run_at(text: str, pos: int, *, limit: int = 80) -> tuple[int, int] | None:
    """The capitalised name starting exactly at ``pos``."""
    m = NAME_RUN.match(text, pos, min(len(text), pos + limit))
    return (pos, m.end()) if m else None


def is_lowercase_text(text: str) -> bool:
    """True for texts written without capitals (some wire copy): case-based rules must not apply."""
    letters = [c for c in text[:2000] if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) < 0.005 * len(letters)
