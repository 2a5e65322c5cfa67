"""Sentences cut at line breaks, the unit the series and claim rules work on.

spaCy's sentencizer does not split at a newline, so a headline and the
dateline under it would be one "sentence". A segment is a sentence piece
within one line. Lines that the chrome filter (``pipeline.teasers``) drops
yield no segment: teasers such as "MUST-READ: …", ad labels, and the blocks
of related headlines under "Sur le même thème" or "Mots clés". The clean-text
stage already removes them; this is the extractors' own guard, so nothing is
extracted from chrome even when the text comes from elsewhere. The first line
(the record's headline) is only checked against the context-free rules.

The segments of a Doc are computed once and kept in ``doc.user_data``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pipeline.teasers import filter_lines, is_teaser

if TYPE_CHECKING:
    from spacy.tokens import Doc

_KEY = "cliffhanger.segments"
_LINE = re.compile(r"[^\n]+")


@dataclass(frozen=True, slots=True)
class Segment:
    start: int
    end: int
    #: index of the non-blank line the segment is on (0 = the headline)
    line: int
    #: index of the paragraph (blank-line separated block) it is in
    paragraph: int

    def contains(self, start: int, end: int) -> bool:
        return self.start <= start and end <= self.end


def segments(doc: "Doc") -> tuple[Segment, ...]:
    cached = doc.user_data.get(_KEY)
    if cached is None:
        cached = _segments(doc)
        doc.user_data[_KEY] = cached
    return cached


def _segments(doc: "Doc") -> tuple[Segment, ...]:
    text = doc_text(doc)
    sent_bounds = ([(s.start_char, s.end_char) for s in doc.sents]
                   if doc.has_annotation("SENT_START") else [(0, len(text))])
    out: list[Segment] = []
    line_no = -1
    paragraph = 0
    last_end = 0
    i = 0
    lines = list(_LINE.finditer(text))
    chrome = _chrome_lines([m.group() for m in lines])
    for index, match in enumerate(lines):
        raw = match.group()
        if not raw.strip():
            continue
        if "\n\n" in text[last_end:match.start()] or text[last_end:match.start()].count("\n") > 1:
            paragraph += 1
        last_end = match.end()
        line_no += 1
        if index in chrome and (line_no > 0 or is_teaser(raw)):
            continue
        line_start, line_end = match.start(), match.end()
        while i < len(sent_bounds) and sent_bounds[i][1] <= line_start:
            i += 1
        j = i
        pieces: list[tuple[int, int]] = []
        while j < len(sent_bounds) and sent_bounds[j][0] < line_end:
            start, end = max(sent_bounds[j][0], line_start), min(sent_bounds[j][1], line_end)
            start, end = _strip(text, start, end)
            if end > start:
                if pieces and (not _starts_sentence(text[start]) or _title_exclamation(text, *pieces[-1])):
                    pieces[-1] = (pieces[-1][0], end)  # "Hey Presto! to Return ...", "M.D. stars ..."
                else:
                    pieces.append((start, end))
            j += 1
        out.extend(Segment(start, end, line_no, paragraph) for start, end in pieces)
    return tuple(out)


def _starts_sentence(char: str) -> bool:
    """A sentence that opens in lower case is the splitter's mistake ("Presto! to Return")."""
    return not char.islower()


#: Texts with fewer non-blank lines have no related-headline blocks: the line rules suffice.
CHROME_MIN_LINES = 5


def _chrome_lines(lines: list[str]) -> set[int] | frozenset[int]:
    """Indexes of the lines the chrome filter drops."""
    if sum(1 for line in lines if line.strip()) < CHROME_MIN_LINES:
        return {i for i, line in enumerate(lines) if is_teaser(line)}
    return filter_lines(lines).dropped_indexes


def _title_exclamation(text: str, start: int, end: int) -> bool:
    """ "Hey Presto!", "Bingo Night!": a short piece ending in "!" is a title, not a sentence."""
    return text[end - 1:end] == "!" and len(text[start:end].split()) <= 3


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


_ENTS = "cliffhanger.entities"
_TEXT = "cliffhanger.text"


def doc_text(doc: "Doc") -> str:
    """``doc.text``, joined once (the property rebuilds the string from the tokens on every access)."""
    cached = doc.user_data.get(_TEXT)
    if cached is None:
        cached = doc.text
        doc.user_data[_TEXT] = cached
    return cached


def remember_text(doc: "Doc", text: str) -> None:
    """Seed :func:`doc_text` with the string the Doc was made from (spaCy keeps it exactly), so
    that nothing rebuilds it from the tokens."""
    doc.user_data[_TEXT] = text


def entities(doc: "Doc") -> tuple[tuple[int, int, str, str], ...]:
    """``(start_char, end_char, label, text)`` of the Doc's entities, built once (``doc.ents`` makes
    new Span objects on every access)."""
    cached = doc.user_data.get(_ENTS)
    if cached is None:
        cached = tuple((e.start_char, e.end_char, e.label_, e.text) for e in doc.ents)
        doc.user_data[_ENTS] = cached
    return cached


def segment_at(segs: tuple[Segment, ...], pos: int) -> Segment | None:
    """The segment containing character ``pos`` (segments are sorted and disjoint)."""
    lo, hi = 0, len(segs)
    while lo < hi:
        mid = (lo + hi) // 2
        if segs[mid].end <= pos:
            lo = mid + 1
        else:
            hi = mid
    if lo < len(segs) and segs[lo].start <= pos < segs[lo].end:
        return segs[lo]
    return None
