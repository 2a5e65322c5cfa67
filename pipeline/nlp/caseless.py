"""Series titles in texts written without capitals (some wire copy).

The title rules of :mod:`pipeline.nlp.series` find unquoted titles as capitalised word runs; a
caseless text has none ("bbc comedy office hours was axed after two series"). Here the same kinds of
anchors (a series noun before the title, a role noun after it, "creator of", "such as", a possessive
season) are followed by a run of words bounded the way such copy bounds titles: punctuation, a
double space (where quotes were stripped), and words that cannot be part of a title (verbs,
auxiliaries, pronouns, prepositions: ``CASELESS_STOPS`` in ``tables/series_<lang>.py``).

Only texts that :func:`pipeline.nlp.textspans.is_lowercase_text` calls caseless go through here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable

from pipeline.nlp.tables import for_language

if TYPE_CHECKING:
    from pipeline.nlp.segments import Segment

#: A word of caseless copy ("channel", "tom's", "spin-off", "4").
WORD = re.compile(r"[\w][\w’'&+-]*")
POSSESSIVE = re.compile(r"[’']s$")
#: Longest caseless title (words).
MAX_WORDS = 5


@dataclass(frozen=True, slots=True)
class CaselessRules:
    intro: re.Pattern        # a series noun before the title: "sitcom", "the soap", "drama series"
    preceders: re.Pattern    # "creator of", "star of", "series such as"
    followers: re.Pattern    # a role noun after the title: "star", "actress", "creator", "spin-off"
    possessive_season: re.Pattern  # "… s second series", "…'s third season"
    stops: frozenset[str]    # words a title never contains
    first_stops: frozenset[str]  # words a title does not start with ("next week", "beat fellow …")
    pronouns: frozenset[str]     # words after a verb ("saying it was"): an -ing word before them is a verb
    left_stops: frozenset[str]  # words that end a title on its left ("former", "hit", "pop")
    connectors: frozenset[str]  # words a title may hold but not end with ("of", "the")
    genre: frozenset[str]    # series nouns skipped at the start of a run ("comedy drama the …")
    article: str             # the article a title may keep ("the")


@lru_cache(maxsize=None)
def caseless_rules(lang: str) -> CaselessRules:
    t = for_language("series", lang)
    I = re.IGNORECASE

    def alt(items: Iterable[str]) -> str:
        items = tuple(items)
        return "(?:" + "|".join(items) + ")" if items else "(?!)"  # an empty table matches nothing

    return CaselessRules(
        intro=re.compile(r"(?<![\w-])" + alt(t.CASELESS_INTRO) + r"(?=[ \u00a0])", I),
        preceders=re.compile(r"(?<![\w-])" + alt(t.CASELESS_PRECEDERS) + r"(?=[ \u00a0])", I),
        followers=re.compile(r"(?<=[ \u00a0])" + alt(t.CASELESS_FOLLOWERS) + r"(?![\w-])", I),
        possessive_season=re.compile(r"(?:[’']s|[ \u00a0]s)[ \u00a0]+" + alt(t.CASELESS_POSSESSIVE_SEASON)
                                     + r"(?![\w-])", I),
        stops=frozenset(t.CASELESS_STOPS.split()),
        first_stops=frozenset(t.CASELESS_FIRST_STOPS.split()),
        pronouns=frozenset(t.CASELESS_OBJECTS.split()),
        left_stops=frozenset(t.CASELESS_LEFT_STOPS.split()),
        connectors=frozenset(t.CASELESS_CONNECTORS.split()),
        genre=frozenset(t.CASELESS_GENRE.split()),
        article=t.CASELESS_ARTICLE,
    )


def caseless_spans(text: str, segs: "tuple[Segment, ...]", lang: str,
                   blocked: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """``(start, end, anchor)`` of every anchored title run in a caseless text."""
    r = caseless_rules(lang)
    out: list[tuple[int, int, str]] = []
    for seg in segs:
        for m in r.intro.finditer(text, seg.start, seg.end):
            if not text[seg.start:m.start()].strip():
                continue  # "drama scoops top tv award": a series noun that opens the sentence is its subject
            out.append((*_right(text, seg, m.end(), r, blocked), "intro"))
        for m in r.preceders.finditer(text, seg.start, seg.end):
            out.append((*_right(text, seg, m.end(), r, blocked), "preceder"))
        for m in r.followers.finditer(text, seg.start, seg.end):
            start, end = _left(text, seg, m.start(), r, blocked)
            if text[start:end].casefold().startswith(r.article + " "):
                continue  # "the veteran writer", "the punk rock star": a noun phrase, not a title
            out.append((start, end, "follower"))
        for m in r.possessive_season.finditer(text, seg.start, seg.end):
            out.append((*_left(text, seg, m.start(), r, blocked), "season"))
    return list({(s, e): (s, e, a) for s, e, a in out if e > s}.values())  # one per span (two series nouns)


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _right(text: str, seg: "Segment", pos: int, r: CaselessRules, blocked: list[tuple[int, int]]) -> tuple[int, int]:
    """The title run that starts after ``pos`` (spaces, even a double one where a quote was, may come first)."""
    words: list[tuple[int, int, str]] = []
    quoted = False  # the run opens after a double space: a stripped opening quote
    for m in WORD.finditer(text, pos, seg.end):
        gap = text[words[-1][1] if words else pos:m.start()]
        if not words:
            quoted = len(gap) > 1
        if gap.strip(" \u00a0") or (words and gap not in (" ", "\u00a0")):
            break  # punctuation, or a double space: the end of a stripped quote
        word = m.group().casefold()
        if not words and word in r.genre:
            pos = m.end()
            continue  # "its comedy drama the crimson club": the genre nouns before the title
        if not words and _not_a_title_start(word, text, m.end(), seg, r):
            return pos, pos
        if word == "s" and words:
            nxt = WORD.match(text, m.end() + 1, seg.end) if text[m.end():m.end() + 1] == " " else None
            if nxt is None or nxt.group().casefold() in r.stops:
                break  # "the series s lead": a possessive that ends the run
            words.append((m.start(), m.end(), word))
            continue  # "tom bell s schooldays": a possessive inside a title (its quote mark was stripped)
        if word in r.stops or _overlaps(m.start(), m.end(), blocked) or (words and _verb_shaped(word)
                                                                         and _object_follows(text, m.end(), seg, r)):
            break
        if word == "and" and not _and_inside(text, m.end(), words, r):
            break
        words.append((m.start(), m.end(), word))
        if len(words) > MAX_WORDS:
            return pos, pos
    if len(words) == 1 and _verb_shaped(words[0][2]) and not quoted:
        return pos, pos  # "the show ended."
    return _trim(words, r, pos)


def _and_inside(text: str, end: int, words: list[tuple[int, int, str]], r: CaselessRules) -> bool:
    """ "cash and the city" keeps its "and"; "quiet love and brave hearts" is a list."""
    content = [w for w in words if w[2] not in r.connectors]
    return len(content) == 1 and text[end:end + len(r.article) + 2].strip() == r.article


def _left(text: str, seg: "Segment", pos: int, r: CaselessRules, blocked: list[tuple[int, int]]) -> tuple[int, int]:
    """The title run that ends right before ``pos`` ("former grange hollow actress", "a paper kingdom spin-off")."""
    words: list[tuple[int, int, str]] = []
    matches = list(WORD.finditer(text, seg.start, pos))
    for m in reversed(matches):
        gap = text[m.end():words[0][0] if words else pos]
        if gap not in (" ", "\u00a0"):
            break
        word = POSSESSIVE.sub("", m.group().casefold())  # "the show's creator": the owner is "show"
        if word in r.stops or word in r.left_stops or word in r.genre or _overlaps(m.start(), m.end(), blocked):
            break
        if (word.endswith("ing") and len(word) > 5) or word == "and":
            break  # "jailed for swearing …": a verb before the title; "x and actress y": a list
        words.insert(0, (m.start(), m.end(), word))
        if word == r.article or len(words) > MAX_WORDS - 1:
            break
    if len(words) > MAX_WORDS - 1:
        return pos, pos
    return _trim(words, r, pos)


def _trim(words: list[tuple[int, int, str]], r: CaselessRules, pos: int) -> tuple[int, int]:
    while words and words[-1][2] in r.connectors:
        words.pop()
    while words and words[0][2] in r.connectors and words[0][2] != r.article:
        words.pop(0)
    if not words or all(w[2] in r.connectors for w in words) or not any(ch.isalpha() for w in words for ch in w[2]):
        return pos, pos
    return words[0][0], words[-1][1]


def _not_a_title_start(word: str, text: str, end: int, seg: "Segment", r: CaselessRules) -> bool:
    """What follows a series noun is its verb or a complement, not a title: "the show gets a second series",
    "a series of phone polls", "the show next week", "the network backed the series arguing it was …"."""
    if word in r.first_stops or (word in r.connectors and word != r.article):
        return True
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "’s", "'s")):
        return True  # a verb in the third person ("takes", "erupts", "gets")
    if word.endswith(("ed", "ing")) and len(word) > 5:
        nxt = WORD.match(text, end + 1, seg.end) if text[end:end + 1] == " " else None
        return nxt is not None and nxt.group().casefold() in r.pronouns  # "saying it", "based on"
    return False


def _object_follows(text: str, end: int, seg: "Segment", r: CaselessRules) -> bool:
    """The word after is an object or a preposition: "the pilot penned by …" (a verb), "the gilded cage" (not)."""
    nxt = WORD.match(text, end + 1, seg.end) if text[end:end + 1] == " " else None
    return nxt is None or nxt.group().casefold() in r.pronouns or nxt.group().casefold() in r.stops


def _verb_shaped(word: str) -> bool:
    """A past participle inside a run ends it ("… was remade", "the pilot penned by")."""
    return len(word) > 4 and word.endswith("ed")
