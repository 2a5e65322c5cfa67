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

#: Paired quotes around titles. A closing ’/' followed by a letter is an apostrophe ("Carter’s"), not a closing quote.
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
_NAME_WORD = (rf"(?:[{UPPER}]\.(?:-?[{UPPER}]\.)*"           # initials: "T.J.", "A.", "J.-P."
              rf"|(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|M|Mme|Mlle)\."  # honorifics kept as written
              rf"|[{UPPER}][\w’'\-]*)")
#: A capitalised name of up to five words ("Rowan Pell", "Liam O’Shea", "Mr. Castell", "T.J.").
NAME_RUN = re.compile(rf"{_NAME_WORD}(?:[ \u00a0]+(?:{_PARTICLE}[ \u00a0]+)?{_NAME_WORD}){{0,4}}")


_SENTENCES_KEY = "cliffhanger.sentences"


_TEXT_KEY = "cliffhanger.text"


def doc_text(doc: "Doc") -> str:
    """``doc.text``, joined once per Doc: spaCy rebuilds the string from every token on each access."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


@dataclass(frozen=True, slots=True)
class Sentences:
    """Sentence boundaries (character offsets) with a fast lookup."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]

    @classmethod
    def of(cls, doc: "Doc") -> "Sentences":
        """Computed once per Doc (people and dates share it), from arrays rather than Span objects."""
        cached = doc.user_data.get(_SENTENCES_KEY)
        if cached is not None:
            return cached
        if len(doc) == 0:
            found = cls((0,), (0,))
        else:
            from spacy.attrs import IDX, SENT_START

            array = doc.to_array([SENT_START, IDX])
            starts = array[array[:, 0] == 1][:, 1].tolist() if doc.has_annotation("SENT_START") else []
            if not starts or starts[0] != 0:
                starts.insert(0, 0)
            text = doc_text(doc)
            ends = [len(text[:start].rstrip()) for start in starts[1:]] + [len(text)]
            found = cls(tuple(starts), tuple(ends))
        doc.user_data[_SENTENCES_KEY] = found
        return found

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


_LETTER = re.compile(r"[^\W\d_]")


def is_lowercase_text(text: str) -> bool:
    """True for texts written without capitals (some wire copy): case-based rules must not apply."""
    sample = text[:2000]
    low = sample.lower()
    if low == sample:
        return any(c.isalpha() for c in sample)
    if len(low) != len(sample):
        return False
    upper = sum(map(str.__ne__, sample, low))
    return upper < 0.005 * len(_LETTER.findall(sample))
