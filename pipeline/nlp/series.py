"""Series titles, aliases, networks, seasons and mentions (issue 5).

How a title is found, per segment (a sentence within one line, see
:mod:`pipeline.nlp.segments`), with the per-language words of
``pipeline/nlp/tables/series_<lang>.py`` and ``claims_<lang>.py``:

1. **Quoted titles** (« », “ ”, ‘ ’, " ", ' ') are scored: the words around
   the quote ("la série", "saison 2", "sur Netflix", "renewed", "star of")
   make it a series; others make it a film, a book, an album, a newspaper or
   a talk show ("le film", "l'émission", "au « Monde »"); quoted speech
   (first person, a verb-led phrase, end punctuation) is not a title.
2. **Unquoted titles** are capitalised word runs tied to an anchor: a series
   noun before them ("la série Quai Nord"), a season after them ("Port Sauvage
   saison 3", "Tidewater season 2") or before them ("season 4 of The
   Iron Road"), a status cue after them at the start of a clause ("Paper
   Kingdom Renewed", "Les Brumes annulée", "Brumes : annulée après 2
   saisons") or after an active cue ("Canal+ arrête Soleil noir").
3. A network or an outlet (the gazetteer's NETWORK/OUTLET entities) is never
   a series; a run introduced as a character ("incarne Odile") is not one;
   a weakly anchored run that the NER calls a person is not one.
4. Every accepted title is then looked up again in the whole text, so each
   series lists all its mentions, and aliases given next to a mention
   ("Paper Kingdom (« Le Royaume de papier » en VF)") join the same series.

Networks are the NETWORK entities of the segments that mention the series
(the nearest series when a segment names several); seasons are the season
numbers of those segments, with their episode counts when stated.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable

from pipeline.nlp.caseless import caseless_spans
from pipeline.nlp.segments import Segment, doc_text, entities, segment_at, segments
from pipeline.nlp.tables import for_language
from pipeline.nlp.tables.given_names import GIVEN_NAMES
from pipeline.nlp.textspans import is_lowercase_text
from pipeline.nlp.titles import normalize_title, series_id
from pipeline.nlp.triggers import TriggerIndex, trigger_index
from pipeline.records import Mention, Season, Series

if TYPE_CHECKING:
    from pipeline.nlp import DocContext
    from pipeline.records import DateMention

GAZETTEER_LABELS = ("NETWORK", "OUTLET")
PERSON_LABELS = ("PER", "PERSON")
PLACE_LABELS = ("LOC", "GPE")

#: Paired quotes; a closing ’/' followed by a letter is an apostrophe ("Carter’s"), not a closing quote.
QUOTED = re.compile(
    r"«\s*(?P<a>[^«»\n]{1,100}?)\s*»"
    r"|“(?P<b>[^“”\n]{1,100}?)”"
    r"|„(?P<c>[^„“”\n]{1,100}?)[“”]"
    r"|(?<!\w)[‘’'](?P<d>\w(?:[^‘’'\n]|[’'](?=\w)|(?<=in)’(?=\s\w[^‘’\n]{0,30}’(?!\w))){0,100}?)(?!(?<=in)’\s\w[^‘’\n]{0,30}’(?!\w))[’'](?!\w)"
    r"|(?P<e>(?!))"
    r"|(?<![\w,.])\"(?=\S)(?P<f>[^\"\n]{1,100}?)(?<=\S)\""
)
WORD = re.compile(r"\w(?:[\w\-&+]|[’'.](?=\w))*[+!]?|&")
POSSESSIVE = re.compile(r"[’']s?$")
ABBREVIATION_END = re.compile(r"(?:\b\w\.){2,}$")
INITIAL_END = re.compile(r"(?:^|\s)\w\.$")
TRAILING_SEASON = re.compile(r"^(?P<title>.*\S)\s+(?P<n>[1-9]|1[0-9])$")

#: Cue weight from which a status word anchors a title even in a text with no series vocabulary.
STRONG_CUE = 0.9
#: Quotes scoring at least this are titles.
ACCEPT = 0.5
#: A quoted title this long (in words) is speech.
MAX_TITLE_WORDS = 9


def _alt(patterns: Iterable[str]) -> str:
    return "(?:" + "|".join(f"(?:{p})" for p in patterns) + ")"


@dataclass(frozen=True, slots=True)
class Rules:
    """The series tables of one language, compiled once per process."""

    lang: str
    numbers: dict[str, int]
    ordinals: dict[str, int]
    seasons: tuple[tuple[str, re.Pattern], ...]
    season_anchor: re.Pattern
    possessive_season: re.Pattern | None
    intro: re.Pattern
    preceders: re.Pattern
    before_series: re.Pattern
    after_series: re.Pattern
    after_weak: re.Pattern
    title_tail: re.Pattern
    before_other: re.Pattern
    after_other: re.Pattern
    speech: re.Pattern
    speech_after: re.Pattern
    speech_start: re.Pattern | None
    connectors: re.Pattern
    not_titles: re.Pattern
    end_verbs: re.Pattern | None
    genre_suffix: re.Pattern
    character_cue: re.Pattern
    aliases: tuple[re.Pattern, ...]
    episodes: re.Pattern
    series_vocab: re.Pattern
    series_words: re.Pattern
    other_words: re.Pattern
    before_weak: re.Pattern | None
    non_series_title: re.Pattern | None
    subject_aux: re.Pattern
    followers: re.Pattern | None
    edge_words: re.Pattern
    verb_shape: re.Pattern | None
    #: every status cue of ``claims_<lang>.py`` in one pattern, one named group per row
    cues: re.Pattern
    cue_entries: tuple[tuple[str, str, float], ...]
    season_stems: tuple[str, ...]
    season_preceders: re.Pattern
    preceder_stems: tuple[str, ...]
    follower_stems: tuple[str, ...]
    intro_stems: tuple[str, ...]
    copula_stems: tuple[str, ...]
    #: the literal strings each cue row needs (see :mod:`pipeline.nlp.triggers`), found in one pass
    cue_triggers: TriggerIndex
    cue_sources: tuple[str, ...]
    #: one compiled pattern per cue row, for the rows a sentence's trigger stems select
    cue_patterns: tuple[re.Pattern, ...]
    cue_word: re.Pattern
    subject_fillers: re.Pattern
    network_link: re.Pattern
    articles: frozenset[str]
    capital_connectors: frozenset[str]
    anaphors: re.Pattern
    pronouns: re.Pattern
    list_intro: re.Pattern
    list_separator: re.Pattern
    copula_series: re.Pattern
    rubric: re.Pattern
    speech_predicate: re.Pattern | None
    speech_possessive: re.Pattern
    genre_after: re.Pattern
    series_words_any_case: re.Pattern
    other_words_any_case: re.Pattern
    demonyms: re.Pattern
    org_suffix: re.Pattern
    screen_vocab: re.Pattern
    title_case: bool
    minor_words: re.Pattern
    list_joiners: tuple[str, ...]
    #: cues a person can be the subject of ("returns", "rempile", "bows out")
    person_subject_cues: re.Pattern
    non_scripted: re.Pattern
    scripted: re.Pattern

    def number(self, word: str) -> int | None:
        word = " ".join(word.casefold().split())
        if word.isdigit():
            return int(word)
        return self.numbers.get(word, self.ordinals.get(word))


#: A verb in a cue pattern: ``{v:axe}`` (every form), ``{a:axe}`` (active forms), ``{p:axe}`` (participles),
#: inflected by the language's ``tables/morph_<lang>.py``.
VERB_PLACEHOLDER = re.compile(r"\{([vap]):([^{}]+)\}")


def expand(pattern: str, table, morph=None) -> str:
    """Fill ``{num}``, ``{ord}``, ``{season}`` and the verb placeholders of a table pattern."""
    nums = sorted(table.NUMBERS, key=len, reverse=True)
    ords = sorted(table.ORDINALS, key=len, reverse=True)
    num = r"(?:\d{1,2}|" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in nums) + ")"
    ord_ = "(?:" + "|".join(re.escape(o) for o in ords) + ")"
    season = table.SEASON_EXPR.replace("{num}", num).replace("{ord}", ord_) if hasattr(table, "SEASON_EXPR") else ""
    if morph is not None and "{" in pattern:
        pattern = VERB_PLACEHOLDER.sub(lambda m: morph.PLACEHOLDERS[m.group(1)](m.group(2)), pattern)
    return pattern.replace("{season}", season).replace("{num}", num).replace("{ord}", ord_)


@lru_cache(maxsize=None)
def rules(lang: str) -> Rules:
    t = for_language("series", lang)
    c = for_language("claims", lang)
    morph = for_language("morph", lang)
    I = re.IGNORECASE

    def words(patterns: Iterable[str]) -> str:
        return r"(?<!\w)" + _alt(expand(p, t) for p in patterns) + r"(?!\w)"

    sources = [expand(p, t, morph) for _, _, p, _ in c.CUES]
    passive = [expand(p, t, morph) for status, kind, p, _ in c.CUES if kind in ("passive", "idiom")]
    active = [expand(p, t, morph) for status, kind, p, _ in c.CUES if kind == "active"]
    return Rules(
        lang=lang,
        numbers=dict(t.NUMBERS),
        ordinals=dict(t.ORDINALS),
        seasons=tuple((role, re.compile(r"(?<!\w)" + expand(p, t) + r"(?!\w)", I)) for role, p in t.SEASONS),
        season_anchor=re.compile(r"(?<!\w)(?i:" + t.SEASON_WORD + r")[\s\u00a0]+(?:\d{1,2}|"
                                 + expand("{num}|{ord}", t) + r")(?!\w)"),
        # lower-case only: a capitalised "Series"/"Show" in a headline introduces nothing
        possessive_season=(re.compile(expand(t.POSSESSIVE_SEASON, t), I) if t.POSSESSIVE_SEASON else None),
        intro=re.compile(r"(?<!\w)" + _alt(t.SERIES_NOUNS) + r"[\s\u00a0]+(?=[A-Z0-9À-Ö])"),
        preceders=re.compile(words(t.TITLE_PRECEDERS) + r"[\s\u00a0]+(?=[A-Z0-9À-Ö])", I),
        # "la nouvelle fiction de M6, « La Vallée »": an apposition after the series noun
        before_series=re.compile(words(t.BEFORE_SERIES) + r"[\s\u00a0]*,?[\s\u00a0]*$", I),
        after_series=re.compile(_alt(expand(p, t) for p in t.AFTER_SERIES), I),
        after_weak=re.compile(_alt(t.AFTER_WEAK), I),
        title_tail=re.compile(_alt(t.TITLE_TAILS) + "$", I),
        before_other=re.compile(words(t.BEFORE_OTHER) + r"[\s\u00a0]*[,:]?[\s\u00a0]*$", I),
        after_other=re.compile(_alt(t.AFTER_OTHER), I),
        speech=re.compile(words(t.SPEECH), I),
        speech_after=re.compile(t.SPEECH_AFTER, I),
        speech_start=re.compile(words(t.SPEECH_STARTS), I) if getattr(t, "SPEECH_STARTS", ()) else None,
        connectors=re.compile(_alt(t.TITLE_CONNECTORS), I),
        not_titles=re.compile(_alt(t.NOT_TITLES), I),
        end_verbs=re.compile(_alt(t.TITLE_END_VERBS), I) if getattr(t, "TITLE_END_VERBS", ()) else None,
        genre_suffix=re.compile(r"[\s\u00a0]+" + _alt(t.GENRE_SUFFIXES) + r"$", I),
        character_cue=re.compile(words(t.CHARACTER_CUES) + r"[\s\u00a0]*$", I),
        aliases=tuple(re.compile(p) for p in t.ALIASES),
        episodes=re.compile(r"(?<!\w)" + expand(t.EPISODES, t) + r"(?!\w)", I),
        series_vocab=re.compile(words(t.SERIES_VOCAB), I),
        series_words=re.compile(words(t.SERIES_WORDS)),
        other_words=re.compile(words(t.OTHER_WORDS)),
        before_weak=re.compile(words(t.BEFORE_WEAK) + r"[\s\u00a0]*$") if t.BEFORE_WEAK else None,
        non_series_title=re.compile(r"(?<!\w)" + _alt(t.NON_SERIES_TITLE) + r"$") if t.NON_SERIES_TITLE else None,
        subject_aux=re.compile(_alt(t.SUBJECT_AUX), I),
        edge_words=re.compile(_alt(t.EDGE_WORDS), I),
        verb_shape=re.compile(_alt(t.VERB_SHAPES)) if t.VERB_SHAPES else None,
        followers=(re.compile(r"[\s\u00a0]+" + words(t.TITLE_FOLLOWERS), I) if t.TITLE_FOLLOWERS else None),
        cues=re.compile(r"(?<!\w)(?:" + "|".join(f"(?P<c{i}>{src})" for i, src in enumerate(sources))
                        + r")(?!\w)", I),
        cue_entries=tuple((status, kind, weight) for status, kind, _, weight in c.CUES),
        season_stems=tuple(t.SEASON_STEMS),
        season_preceders=re.compile(words(t.SEASON_PRECEDERS) + r"[\s\u00a0]+(?=[A-Z0-9À-Ö])", I),
        preceder_stems=tuple(t.PRECEDER_STEMS),
        follower_stems=tuple(t.FOLLOWER_STEMS),
        intro_stems=tuple(t.INTRO_STEMS),
        copula_stems=tuple(t.COPULA_STEMS),
        cue_triggers=trigger_index((r"(?<!\w)(?:" + src + r")(?!\w)" for src in sources), common=c.COMMON_WORDS),
        cue_sources=tuple(sources),
        cue_patterns=tuple(re.compile(r"(?<!\w)(?:" + src + r")(?!\w)", I) for src in sources),
        cue_word=re.compile(_alt([*passive, *active]), I),
        subject_fillers=re.compile(_alt(c.SUBJECT_FILLERS), I),
        articles=frozenset(t.ARTICLES),
        capital_connectors=frozenset(t.CAPITAL_CONNECTORS),
        network_link=re.compile(words(t.NETWORK_LINKS) + r"[\s\u00a0]+(?:(?:la|le|l[’']|the)[\s\u00a0]*)?$", I),
        anaphors=re.compile(r"(?<!\w)" + _alt(a for a in c.ANAPHORS if " " in a or "\\s" in a) + r"(?!\w)", I),
        # lower case: "Canal+ Séries :" (a network) opens no list
        list_intro=re.compile(r"(?<!\w)" + t.LIST_INTRO),
        list_separator=re.compile(t.LIST_SEPARATORS, I),
        copula_series=re.compile(t.COPULA_SERIES, I),
        rubric=re.compile(_alt(t.RUBRICS), I),
        speech_predicate=re.compile(t.SPEECH_PREDICATE, I) if getattr(t, "SPEECH_PREDICATE", "") else None,
        title_case=t.TITLE_CASE,
        speech_possessive=re.compile(words(t.SPEECH_POSSESSIVES), I),
        genre_after=re.compile(r"[\s\u00a0]+" + _alt(t.SERIES_NOUNS) + r"(?!\w)", I),
        series_words_any_case=re.compile(words(t.SERIES_WORDS), I),
        other_words_any_case=re.compile(words(t.OTHER_WORDS), I),
        demonyms=re.compile(r"(?:(?:the|les?|la)\s+)?" + _alt(t.DEMONYMS), I),
        org_suffix=re.compile(r"(?<!\w)" + _alt(t.ORG_SUFFIXES) + r"$"),
        screen_vocab=re.compile(words(t.SCREEN_VOCAB), I),
        minor_words=re.compile(_alt(t.MINOR_WORDS), I),
        list_joiners=tuple(t.LIST_JOINERS),
        person_subject_cues=re.compile(_alt(c.PERSON_SUBJECT_CUES), I),
        non_scripted=re.compile(words(t.NON_SCRIPTED), I),
        scripted=re.compile(words(t.SCRIPTED), I),
        pronouns=re.compile(_alt(a for a in c.ANAPHORS if not (" " in a or "\\s" in a)) + r"(?!\w)", I),
    )


@dataclass(frozen=True, slots=True)
class CueMatch:
    """A status cue found in the text (see ``pipeline/nlp/tables/claims_<lang>.py``)."""

    status: str
    kind: str
    weight: float
    start: int
    end: int


_CUES = "cliffhanger.cues"


def cue_matches(doc, lang: str) -> tuple[CueMatch, ...]:
    """The status cues of a Doc, found once: series uses them as title anchors, claims as claims."""
    cached = doc.user_data.get(_CUES)
    if cached is None:
        r = rules(lang)
        text = doc_text(doc)
        cached = tuple(_scan_cues(text, r, _trigger_segments(text, segments(doc), r)))
        doc.user_data[_CUES] = cached
    return cached


def _trigger_segments(text: str, segs: tuple[Segment, ...], r: Rules) -> dict[Segment, frozenset[int]]:
    """Per segment, the cue rows whose trigger strings occur in it: one pass of the trigger pattern over
    the lower-cased text (the full cue patterns are costly, and most sentences hold no cue)."""
    index = r.cue_triggers
    low = text.lower()
    hit: dict[Segment, set[int]] = defaultdict(set)
    for m in index.pattern.finditer(low):
        seg = segment_at(segs, m.start())
        if seg is not None:
            hit[seg] |= index.rows[m.group(1)]
    if index.always:
        for seg in segs:
            hit[seg] |= index.always
    return {seg: frozenset(rows) for seg, rows in hit.items()}


def _scan_cues(text: str, r: Rules, segs: dict[Segment, frozenset[int]]) -> Iterable[CueMatch]:
    """The selected rows' matches, leftmost first and, at one position, in table order (as one
    alternation of all rows would find them)."""
    for seg in sorted(segs, key=lambda s: s.start):
        found = sorted((m.start(), row, m.end()) for row in segs[seg]
                       for m in r.cue_patterns[row].finditer(text, seg.start, seg.end))
        end = -1
        for start, row, stop in found:
            if start >= end:
                status, kind, weight = r.cue_entries[row]
                yield CueMatch(status, kind, weight, start, stop)
                end = stop


def scan_cues_fully(text: str, lang: str, segs: tuple[Segment, ...]) -> list[CueMatch]:
    """Every cue, without the trigger prefilter, with the single alternation (tests check that the
    prefiltered scan finds the same)."""
    r = rules(lang)
    out = []
    for seg in segs:
        for m in r.cues.finditer(text, seg.start, seg.end):
            status, kind, weight = r.cue_entries[int(m.lastgroup[1:])]
            out.append(CueMatch(status, kind, weight, m.start(), m.end()))
    return out


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int
    end: int
    title: str
    quoted: bool
    score: float
    anchor: str
    season: int | None = None


def find_series(ctx: "DocContext") -> list[Series]:
    doc, text = ctx.doc, doc_text(ctx.doc)
    r = rules(ctx.lang)
    segs = segments(doc)
    if not segs:
        return []
    ents = entities(doc)
    blocked = [(s, e) for s, e, label, _ in ents if label in GAZETTEER_LABELS]
    people = [(s, e) for s, e, label, _ in ents if label in PERSON_LABELS]
    places = [(s, e) for s, e, label, _ in ents if label in PLACE_LABELS]
    vocab = _Lazy(lambda: _genre_balance(text, r))
    cues = cue_matches(doc, ctx.lang)
    candidates: list[Candidate] = _quoted(text, segs, r, vocab=vocab, cues=cues)
    about_series = r.series_vocab.search(text) is not None
    # a headline's capitalised subject before a headline verb ("Westfall Takes …") is a title only in a text that
    # speaks of series more than of films or other things ("LeBron sets …", "PG&E begins …" are not)
    series_text = _Lazy(lambda: float(about_series and _series_words_lead(text, r)))
    if not about_series:
        # general news: a vague status word ("ending", "final", "back") after a capitalised subject is no
        # title; an unambiguous one ("Canceled", "renouvelée") or one naming a season still is
        cues = tuple(c for c in cues if c.weight >= STRONG_CUE
                     or any(stem in text[c.start:c.end].lower() for stem in r.season_stems))
    low = text.lower()
    # the anchor strings the whole text holds: a sentence is only searched for those
    present = frozenset(s for s in (*r.season_stems, *r.intro_stems, *r.preceder_stems, *r.follower_stems,
                                    *r.copula_stems, ":") if s in low)
    for seg in segs:
        seg_cues = [c for c in cues if seg.start <= c.start < seg.end]
        candidates.extend(_anchored(text, seg, r, blocked, seg_cues, first_start=segs[0].start,
                                    about_series=about_series, series_text=series_text, present=present))
    if is_lowercase_text(text):
        candidates.extend(_caseless_candidates(text, segs, r, blocked))
    accepted = [c for c in candidates if _acceptable(c, r, blocked, people, places, text)]
    if accepted:
        vetoed = _genre_vetoed(text, segs, candidates, r) | _known_non_scripted(text, accepted)
        accepted = [c for c in accepted if series_id(c.title) not in vetoed]
    return _build(text, segs, accepted, r, doc)


#: How far (characters) a genre phrase may be from the title it describes.
GENRE_REACH = 32


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, max(a[0], b[0]) - min(a[1], b[1]))


def _genre_vetoed(text: str, segs: tuple[Segment, ...], candidates: list[Candidate], r: Rules) -> set[str]:
    """Titles a phrase next to them calls a non-scripted show or a film (RULES rule 7): "dating show ‘X’", "‘X’,
    the cooking competition", "Host of ‘X’", "« X » : M6 renouvelle son concours culinaire", "‘X 2’ as Sequel
    Budget Balloons". The phrase belongs to the nearest title of its sentence, unless a scripted genre word
    ("drama", "la série") is nearer to that title. Every candidate counts for "nearest", accepted or not."""
    out: set[str] = set()
    spans = [(c.start, c.end) for c in candidates]
    for m in r.non_scripted.finditer(text):
        if _overlaps(m.start(), m.end(), spans):
            continue  # a genre word inside a title is the title's
        seg = segment_at(segs, m.start())
        if seg is None:
            continue
        near = [(_gap((c.start, c.end), m.span()), c) for c in candidates if seg.start <= c.start < seg.end]
        if not near:
            continue
        distance, c = min(near, key=lambda x: x[0])
        if distance > GENRE_REACH:
            continue
        if any(_gap((c.start, c.end), s.span()) < distance and not _overlaps(s.start(), s.end(), spans)
               for s in r.scripted.finditer(text, seg.start, seg.end)):
            continue
        out.add(series_id(c.title))
    return out


def _known_non_scripted(text: str, accepted: list[Candidate]) -> set[str]:
    """Titles of the non-scripted gazetteer (``tables/nonscripted.py``), with their subtitled variants ("X: All
    Stars"), and a title glued to one of them ("‘Quiz Night!’ Tournament of Champions": an event of that show)."""
    known = _non_scripted_ids()
    out = set()
    for c in accepted:
        key = normalize_title(c.title)
        words = key.split()
        if any(" ".join(words[:k]) in known for k in range(len(words), 0, -1)):
            out.add(series_id(c.title))
    if out:
        for c in accepted:
            if c.quoted or series_id(c.title) in out:
                continue
            for other in accepted:
                if series_id(other.title) in out and 0 <= c.start - other.end <= 3 \
                        and not text[other.end:c.start].strip(" \u00a0»”’'\""):
                    out.add(series_id(c.title))
    return out


@lru_cache(maxsize=1)
def _non_scripted_ids() -> frozenset[str]:
    from pipeline.nlp.tables.nonscripted import TITLES

    return frozenset(normalize_title(t) for t in TITLES)


#: The genre penalty of a text that only speaks of films or shows: no local evidence overrides it.
NOT_ABOUT_SERIES = -0.6


class _Lazy:
    """A value computed on first use (the genre balance is only needed when the text has quotes)."""

    def __init__(self, compute) -> None:
        self._compute, self._value = compute, None

    def get(self) -> float:
        if self._value is None:
            self._value = self._compute()
        return self._value


def _caseless_candidates(text: str, segs: tuple[Segment, ...], r: Rules,
                         blocked: list[tuple[int, int]]) -> list[Candidate]:
    """Titles of a text written without capitals (see :mod:`pipeline.nlp.caseless`)."""
    out = []
    for start, end, anchor in caseless_spans(text, segs, r.lang, blocked):
        title, start, end, season = _clean_title(text[start:end], start)
        if len(title) >= 2:
            out.append(Candidate(start, end, title, False, 1.0, anchor, season))
    return out


def _series_words_lead(text: str, r: Rules) -> bool:
    """The text names series (series words) at least as often as films and other things."""
    series = len(r.series_words_any_case.findall(text))
    return series > 0 and series >= len(r.other_words_any_case.findall(text))


def _genre_balance(text: str, r: Rules) -> float:
    """How much the whole text says "series" rather than "film" or "talk show" (added to quote scores);
    a text with no series word at all (general news) gets a penalty too: its quotes are mostly speech."""
    series, other = len(r.series_words.findall(text)), len(r.other_words.findall(text))
    vocab = r.series_vocab.search(text) is not None
    if series == 0 and other >= 2:
        return NOT_ABOUT_SERIES
    if series == 0 and other:
        return -0.55
    if other > series:
        return -0.3 + (0.15 if vocab else 0.0)
    if vocab:
        return 0.15
    # screen talk without a series word ("Emmy Nominations", "Netflix Top 10", "Audiences TV") is neutral
    return 0.0 if r.screen_vocab.search(text) else -0.2


# --- quoted titles -------------------------------------------------------------------------------

#: A status cue this close (characters) to a quoted name makes it a title ("Netflix ne renouvellera pas « X »").
CUE_REACH = 30


def _quoted(text: str, segs: tuple[Segment, ...], r: Rules, *, vocab: "_Lazy | float",
            cues: tuple[CueMatch, ...]) -> list[Candidate]:
    """Quotes are matched on whole lines: a title may hold a full stop ("Doctor R.J.").

    Quoted names listed together share their fate: when one of a list is marked as something else
    ("‘A’, ‘B’ and ‘C’ are some of the songs"), the list is not a list of series."""
    out: list[Candidate] = []
    lists: dict[int, list[int]] = defaultdict(list)
    other_lines: set[int] = set()
    for match in QUOTED.finditer(text):
        group = next(g for g in "abcdef" if match.group(g) is not None)
        start, end = match.span(group)
        seg = segment_at(segs, start)
        if seg is None:
            continue  # a line the chrome filter rejects
        raw = text[start:end]
        tail = r.title_tail.search(raw)
        if tail and tail.start() > 0:
            raw = raw[:tail.start()]
        title, start, end, season = _clean_title(raw, start)
        if not title:
            continue
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        line = Segment(line_start, len(text) if line_end < 0 else line_end, seg.line, seg.paragraph)
        near_cue = any(seg.start <= c.start < seg.end and (0 <= match.start() - c.end <= CUE_REACH
                                                          or 0 <= c.start - match.end() <= CUE_REACH
                                                          or c.start <= match.start() < match.end() <= c.end)
                       for c in cues)
        balance = vocab.get() if isinstance(vocab, _Lazy) else vocab
        punct = text[match.end() - 2:match.end() - 1] in (".", "!", "?")
        # American style puts the sentence's comma inside the quotes too: “Amazing,” Davis said
        comma = text[match.end() - 2:match.end() - 1] == ","
        multi = ". " in text[start:match.end(group)]
        score = _quote_score(text, line, match.start(), match.end(), title, r, vocab=balance, near_cue=near_cue,
                             quoted_punct=punct, multi_sentence=multi, quoted_comma=comma)
        before = text[max(line.start, match.start() - 80):match.start()]
        after = text[match.end():min(line.end, match.end() + 80)]
        if r.after_other.match(after) or r.before_other.search(before):
            other_lines.add(seg.start)
        if _coordinated(before, after, r):
            lists[seg.start].append(len(out))
        out.append(Candidate(start, end, title, True, score, "quote", season))
    for seg_start in other_lines:
        for k in lists.get(seg_start, ()):
            out[k] = replace(out[k], score=min(out[k].score, 0.0))
    return out


def _clean_title(raw: str, start: int) -> tuple[str, int, int, int | None]:
    """Strip spaces, a possessive, a subtitle after '. ' and a trailing season number."""
    lead = len(raw) - len(raw.lstrip())
    title = raw.strip()
    start += lead
    cut = title.find(". ")
    if cut > 0 and title[cut + 2:cut + 3].isupper() and not INITIAL_END.search(title[:cut + 1]):
        title = title[:cut]
    if title.endswith((".", ",")) and not ABBREVIATION_END.search(title):
        title = title[:-1]  # American punctuation puts the sentence's full stop inside the quotes
    title = POSSESSIVE.sub("", title) if title.endswith(("’s", "'s", "’", "'")) and len(title) > 3 else title
    title = title.rstrip(" ,;:")
    season = None
    match = TRAILING_SEASON.match(title)
    if match and len(match.group("title").split()) >= 2 and not match.group("title").endswith(("-", "#")):
        season = int(match.group("n"))
        title = match.group("title")
    return title, start, start + len(title), season


def _quote_score(text: str, seg: Segment, qstart: int, qend: int, title: str, r: Rules, *, vocab: float,
                 near_cue: bool = False, quoted_punct: bool = False, multi_sentence: bool = False,
                 quoted_comma: bool = False) -> float:
    words = title.split()
    first = title[:1]
    if not (first.isupper() or first.isdigit()) or len(words) > MAX_TITLE_WORDS:
        return 0.0
    before = text[max(seg.start, qstart - 80):qstart]
    after = text[qend:min(seg.end, qend + 80)]
    score = 0.45 if r.lang == "fr" else 0.35
    local = 0.0
    if r.before_series.search(before):
        local += 0.45
    if r.after_series.match(after):
        local += 0.4
    speechy = r.speech.search(title) or (len(words) >= 5 and r.speech_possessive.search(title))
    if near_cue and local < 0.4 and len(words) <= 4 and not speechy:
        local += 0.4
    score += local
    if r.after_weak.match(after):
        score += 0.2
    if r.before_other.search(before):
        score -= 1.0
    if r.after_other.match(after):
        score -= 1.0
    if seg.line == 0 and (not before.strip(" \t\u00a0-–—•*:|") or RUBRIC_OPENING.fullmatch(before)):
        # a headline that opens with a quoted name (after a rubric: "Emmy Nominations: ‘X’ …") is about that title
        score += 0.15 + (0.2 if after.lstrip(" \u00a0")[:1] in (":", ",", "") else 0.0)
    if before.endswith("(") and after.startswith(")") and CREDIT_BEFORE.search(before):
        local += 0.4
        score += 0.4  # "Vincent Morel (« Soleil de plomb »)": an actor's credit
    if len(words) >= 3 and before.rstrip(" \u00a0«“‘'\"").endswith(":") and not RUBRIC_OPENING.fullmatch(before) \
            and not after.strip(" \u00a0»”’'\".!?"):
        score -= 0.4  # "… Opens Up About the Cancellation: ‘It Broke My Heart’": a quote that closes a headline
    if r.speech_predicate is not None and r.speech_predicate.search(before):
        score -= 0.8  # "Says She Is ‘Heartbroken’": the quote is what someone says they are
    if r.title_case and len(words) >= 3 and any(w[:1].islower() and len(w) >= 4 and not r.minor_words.fullmatch(w)
                                                for w in words[1:]):
        score -= 0.4  # English titles are Title Case: “Put first things first” is a quotation
    # the whole text's genre counts less when the words around the quote say "series"
    score += max(vocab, -0.2) if local >= 0.4 and vocab > NOT_ABOUT_SERIES else vocab
    if r.before_weak is not None and r.before_weak.search(before):
        score -= 0.3
    if _coordinated(before, after, r):
        score += 0.2
    if r.non_series_title is not None and r.non_series_title.search(title):
        score -= 1.0
    if speechy and len(words) >= 3:
        score -= 0.2
    if (len(words) >= 4 or quoted_punct or quoted_comma) and r.speech_after.match(after):
        score -= 1.0  # "« … », confie l'actrice", “Please,” she said
    if r.speech_start is not None and r.speech_start.match(title) and len(words) >= 2:
        score -= 0.5
    if title[-1:] in "!…" or (title.endswith(".") and not ABBREVIATION_END.search(title)):
        score -= 0.3
    if "," in title and len(words) >= 4:
        score -= 0.15
    if "$" in title or "%" in title:
        score -= 0.5
    if not any(ch.isalpha() for ch in title) and local < 0.4:
        score -= 0.5  # "24" is a title only when the words around say so
    if len(title) < 2 or (len(words) == 1 and r.speech.fullmatch(title)):
        return 0.0  # “We …”
    if quoted_punct and local < 0.4:
        score -= 0.15  # “That goes a long way.”: a full stop inside the quotes ends speech
    if multi_sentence:
        score -= 0.3  # ‘Meth. We’re on it.’
    return score


_QUOTE_OPEN = "«“‘'\"„"
_QUOTE_CLOSE = "»”’'\""


def _coordinated(before: str, after: str, r: "Rules | None" = None) -> bool:
    """Several quoted names in a row ("« A », « B » et « C »", "from ‘A’ to ‘B’") are a list of titles."""
    tail = after.lstrip(" \u00a0")
    joiners = r.list_joiners if r is not None else ("et", "and")
    if tail[:1] == "," or tail[:1] == "&" or any(tail.startswith(j + " ") for j in joiners):
        rest = tail.lstrip(",&").lstrip(" \u00a0")
        for j in joiners:
            if rest.startswith(j + " "):
                rest = rest[len(j):].lstrip()
                break
        if rest[:1] in _QUOTE_OPEN:
            return True
    head = before.rstrip(" \u00a0")
    for joiner in (",", "&", *(" " + j for j in joiners)):
        if head.endswith(joiner):
            return head[: -len(joiner)].rstrip(" \u00a0")[-1:] in _QUOTE_CLOSE
    return False


#: A short rubric before a headline's quoted title ("Emmy Nominations: ", "Netflix Top 10: ").
RUBRIC_OPENING = re.compile(r"[\s\u00a0]*(?:[\w’'&+.-]+[\s\u00a0]+){0,3}[\w’'&+.-]+[\s\u00a0]*:[\s\u00a0]*")
#: A capitalised name right before the parenthesis of a credit: "Vincent Morel (« Soleil de plomb »)".
CREDIT_BEFORE = re.compile(r"[A-ZÀ-Ý][\w’'-]+[\s\u00a0]+[A-ZÀ-Ý][\w’'-]+[\s\u00a0]*\($")


# --- unquoted titles -----------------------------------------------------------------------------



def _words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in WORD.finditer(text, start, end)]


def _is_cap(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit()


def _stop(word: str, r: Rules) -> bool:
    return bool(r.not_titles.fullmatch(word) or r.cue_word.fullmatch(word)
                or (r.end_verbs is not None and r.end_verbs.fullmatch(word)))


def _left_run(text: str, seg: Segment, pos: int, r: Rules, blocked: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The capitalised run that ends right before ``pos`` (only spaces in between)."""
    words = _words(text, seg.start, pos)
    if not words or text[words[-1][1]:pos].strip(" \u00a0"):
        return None
    if r.genre_suffix.search(" " + text[words[-1][0]:words[-1][1]]) and len(words) > 1:
        if r.non_series_title is not None and r.non_series_title.search(text[words[-1][0]:words[-1][1]]):
            return None  # "Metro News Show Axed": a talk or news show
        words.pop()  # "Harbor Lights Anime Lands ...", "X Series Season 2"
    run: list[tuple[int, int]] = []
    for k in range(len(words) - 1, -1, -1):
        s, e = words[k]
        word = text[s:e]
        if run:
            gap = text[e:run[-1][0]].strip(" \u00a0")
            if gap and not (gap == ":" and _is_cap(word) and len(run) <= 3):
                break
        if _overlaps(s, e, blocked):
            break
        if r.connectors.fullmatch(word):
            if not run:
                return None  # "Dana Whitfield For Season 3": the season is not the title's
            if word in r.articles:
                run.append((s, e))
                break
            if _is_cap(word) and word not in r.capital_connectors:
                break
            run.append((s, e))
            continue
        if not _is_cap(word) or _stop(POSSESSIVE.sub("", word), r):
            break
        run.append((s, e))
        if len(run) > 7:
            return None
    while run and r.connectors.fullmatch(text[run[-1][0]:run[-1][1]]) and text[run[-1][0]:run[-1][1]] not in r.articles:
        run.pop()
    if not run:
        return None
    return run[-1][0], run[0][1]


def _right_run(text: str, seg: Segment, pos: int, r: Rules, blocked: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The capitalised run that starts at ``pos``."""
    words = _words(text, pos, seg.end)
    if not words or words[0][0] != pos:
        return None
    run: list[tuple[int, int]] = []
    for s, e in words:
        if run and text[run[-1][1]:s].strip(" \u00a0"):
            break
        if _overlaps(s, e, blocked):
            break
        word = text[s:e]
        if r.connectors.fullmatch(word) and (run or word in r.articles):
            if _is_cap(word) and run and word not in r.capital_connectors:
                break
            run.append((s, e))
            continue
        if not _is_cap(word) or _stop(POSSESSIVE.sub("", word), r):
            break
        run.append((s, e))
        if len(run) > 7:
            return None
    while run and r.connectors.fullmatch(text[run[-1][0]:run[-1][1]]):
        run.pop()
    if not run:
        return None
    return run[0][0], run[-1][1]


def _clause_start(text: str, seg: Segment, pos: int, r: Rules) -> bool:
    """Whether ``pos`` opens its clause: segment start, after : | ; , – or a bullet, or after
    nothing but function words ("Will Iron Valley: Rust Season 3 ...", "Is Tidewater ...")."""
    before = text[seg.start:pos].rstrip(" \u00a0")
    if not before.strip("-–—•*·>") or before[-1] in ":|;,–—(" or before.endswith(" -"):
        return True
    words = [text[s:e] for s, e in _words(text, seg.start, pos)]
    return len(words) <= 3 and all(r.not_titles.fullmatch(w) for w in words)


def _after_function_word(text: str, seg: Segment, pos: int, r: Rules, blocked: list[tuple[int, int]]) -> bool:
    """The word before ``pos`` bounds a title: a function word, a lower-case word or a network's possessive."""
    words = _words(text, seg.start, pos)
    if not words:
        return False
    s, e = words[-1]
    word = text[s:e]
    return bool(r.not_titles.fullmatch(word)) or not _is_cap(word) or _overlaps(s, e, blocked)


def _anchored(text: str, seg: Segment, r: Rules, blocked: list[tuple[int, int]], cues: list[CueMatch], *,
              first_start: int, about_series: bool = True, series_text: "_Lazy | bool" = True,
              present: frozenset[str] | None = None) -> Iterable[Candidate]:
    def make(span: tuple[int, int] | None, anchor: str) -> Candidate | None:
        if span is None:
            return None
        start, end = span
        if r.character_cue.search(text[max(seg.start, start - 40):start]):
            return None
        start, end = _trim_edges(text, start, end, r)
        if end <= start:
            return None
        if r.non_series_title is not None and r.non_series_title.search(text[start:end]):
            return None  # "Metro News Show Axed": a talk or news show
        title, start, end, season = _clean_title(text[start:end], start)
        title = r.genre_suffix.sub("", title)
        if len(title) < 2 or (len(title.split()) == 1 and _stop(title, r)):
            return None
        return Candidate(start, start + len(title), title, False, 1.0, anchor, season)

    low = text[seg.start:seg.end].lower()
    present = present if present is not None else frozenset(
        s for s in (*r.season_stems, *r.intro_stems, *r.preceder_stems, *r.follower_stems, *r.copula_stems, ":") if s in low)
    has_season = any(stem in low for stem in r.season_stems if stem in present)
    found: list[Candidate | None] = []

    def scan(pattern: re.Pattern | None, stems: tuple[str, ...]) -> Iterable[re.Match]:
        """A pattern's matches in this sentence, skipped when none of the strings it needs is there (in the
        document first, then in the sentence)."""
        if pattern is None or not any(stem in low for stem in stems if stem in present):
            return ()
        return pattern.finditer(text, seg.start, seg.end)

    for m in scan(r.intro, r.intro_stems):
        found.append(make(_right_run(text, seg, m.end(), r, blocked), "intro"))
    for m in [*scan(r.preceders, r.preceder_stems), *scan(r.season_preceders if has_season else None, r.preceder_stems)]:
        span = _right_run(text, seg, m.end(), r, blocked)
        if span and r.genre_after.match(text, span[1]):
            continue  # "Season 2 of Spy Comedy ‘Dead Drop’": the run qualifies the genre noun of the title after it
        found.append(make(span, "preceder"))
    for m in (r.season_anchor.finditer(text, seg.start, seg.end) if has_season else ()):
        span = _left_run(text, seg, m.start(), r, blocked)
        if span is None and text[seg.start:m.start()].rstrip(" \u00a0").endswith(","):
            # "Les Vigies, saison 3" (a caption): a title that opens the line, then a comma
            span = _left_run(text, seg, seg.start + len(text[seg.start:m.start()].rstrip(" \u00a0,")), r, blocked)
            span = span if span and span[0] == seg.start else None
        if span and (_clause_start(text, seg, span[0], r) or not _headline_case(text, seg)):
            found.append(make(span, "season"))
    if r.possessive_season is not None and has_season:
        for m in r.possessive_season.finditer(text, seg.start, seg.end):
            span = _left_run(text, seg, m.start(), r, blocked)
            if span and (_clause_start(text, seg, span[0], r) or _after_function_word(text, seg, span[0], r, blocked)):
                found.append(make(span, "season"))
    if r.followers is not None:
        for m in scan(r.followers, r.follower_stems):
            if text[m.end():m.end() + 2].strip()[:1].isupper() and text[m.start():m.end()].strip()[:1].isupper():
                continue  # "Star Patrol", "Star Harbour": a capitalised follower before a capitalised word is a name
            span = _left_run(text, seg, m.start(), r, blocked)
            if span and (_clause_start(text, seg, span[0], r) or _after_function_word(text, seg, span[0], r, blocked)):
                found.append(make(span, "follower"))
    for cue in cues:
        if cue.kind in ("passive", "idiom"):
            if any(q in text[cue.start:cue.end] for q in _QUOTE_OPEN):
                continue  # the cue holds the title ("sort « Les Brumes » du placard après six ans d'absence")
            span = _subject_run(text, seg, cue.start, r, blocked)
            if span and _clause_start(text, seg, span[0], r):
                # people return, bow out and sign for a new season too: the subject of such a cue is no title
                # when it looks like a person's name
                weak = cue.status in ("return", "pickup") or bool(r.person_subject_cues.search(text, cue.start, cue.end))
                found.append(make(span, "weak-subject" if weak else "subject"))
            continue
        if cue.kind != "active":
            continue
        pos = cue.end
        while pos < seg.end and text[pos] in " \u00a0":
            pos += 1
        span = _right_run(text, seg, pos, r, blocked)
        if span and _object_end_ok(text, seg, span[1], r):
            found.append(make(span, "object"))
    for m in scan(r.list_intro, (":",)):
        if _overlaps(m.start(), m.end(), blocked):
            continue
        found.extend(make(span, "list") for span in _list_items(text, seg, m.end(), r, blocked))
    for m in scan(r.copula_series, r.copula_stems):
        span = _left_run(text, seg, m.start(), r, blocked)
        if span and _clause_start(text, seg, span[0], r):
            found.append(make(span, "copula"))
    topic = _topic_run(text, seg, r, blocked, cues)
    if topic:
        found.append(make(topic, "topic"))
    if seg.line == 0 and seg.start == first_start and r.end_verbs is not None and about_series:
        span = _headline_subject(text, seg, r, blocked)
        if span and isinstance(series_text, _Lazy) and not series_text.get():
            span = None
        if span:
            found.append(make(span, "headline"))
    return [c for c in found if c is not None]


def _topic_run(text: str, seg: Segment, r: Rules, blocked: list[tuple[int, int]],
               cues: list[CueMatch]) -> tuple[int, int] | None:
    """ "Les Vigies : France 2 commande une saison 4": a capitalised run that opens its sentence, then a
    colon, then a clause stating a decision (a strong status cue) is the title the clause is about."""
    colon = text.find(":", seg.start, min(seg.end, seg.start + 80))
    if colon < 0 or not any(c.start > colon and c.weight >= STRONG_TOPIC_CUE and c.kind != "passive" for c in cues):
        return None
    span = _left_run(text, seg, colon - (len(text[seg.start:colon]) - len(text[seg.start:colon].rstrip(" \u00a0"))),
                     r, blocked)
    if span is None or span[0] != seg.start or len(text[span[0]:span[1]].split()) > 6:
        return None
    if any(r.rubric.fullmatch(w) for w in text[span[0]:span[1]].split()):
        return None
    return span


#: The cue weight from which a clause after "X :" makes X a title.
STRONG_TOPIC_CUE = 0.8


def _list_items(text: str, seg: Segment, pos: int, r: Rules, blocked: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Capitalised items separated by commas and "and"/"et" after a list header, up to the first item
    that is not one ("… and more series")."""
    items = []
    while pos < seg.end:
        span = _right_run(text, seg, pos, r, blocked)
        if span is None:
            break
        items.append(span)
        sep = r.list_separator.match(text, span[1])
        if sep is None or sep.end() == span[1]:
            break
        pos = sep.end()
    return items


def _trim_edges(text: str, start: int, end: int, r: Rules) -> tuple[int, int]:
    words = _words(text, start, end)
    while words and r.edge_words.fullmatch(text[words[0][0]:words[0][1]]):
        words.pop(0)
    while words and r.edge_words.fullmatch(text[words[-1][0]:words[-1][1]]):
        words.pop()
    return (words[0][0], words[-1][1]) if words else (start, start)


def _headline_subject(text: str, seg: Segment, r: Rules, blocked: list[tuple[int, int]]) -> tuple[int, int] | None:
    """A headline that opens with a capitalised run and a headline verb: "Tidewater Takes ..."."""
    words = _words(text, seg.start, seg.end)
    if not words or words[0][0] != seg.start:
        return None
    for k, (s, e) in enumerate(words[:7]):
        word = text[s:e]
        if k and r.end_verbs.fullmatch(word):
            if text[words[k - 1][1]:s].strip(" \u00a0"):
                return None
            last = text[words[k - 1][0]:words[k - 1][1]]
            if k > 5 or (r.verb_shape is not None and r.verb_shape.fullmatch(last)):
                return None
            span = _left_run(text, seg, words[k - 1][1], r, blocked)
            return span if span and span[0] == seg.start else None
        if k and text[words[k - 1][1]:s].strip(" \u00a0"):
            return None
        if not (_is_cap(word) or r.connectors.fullmatch(word)):
            return None
    return None


def _subject_run(text: str, seg: Segment, cue_start: int, r: Rules, blocked: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The run before a passive cue, across auxiliaries and a colon ("X est déjà annulée", "X : annulée")."""
    pos = cue_start
    words = _words(text, seg.start, cue_start)
    for s, e in reversed(words):
        between = text[e:pos].strip(" \u00a0")
        if between not in ("", ":"):
            return None
        word = text[s:e]
        if r.subject_aux.fullmatch(word) and not (between == ":"):
            pos = s
            continue
        if _is_cap(word):
            return _left_run(text, seg, e, r, blocked)
        return None
    return None


def _object_end_ok(text: str, seg: Segment, end: int, r: Rules) -> bool:
    """An unquoted object of an active cue must end its clause or meet a season phrase."""
    rest = text[end:seg.end].lstrip(" \u00a0")
    if not rest or rest[0] in ".;:,|!?–—(":
        return True
    offset = end + (len(text[end:seg.end]) - len(rest))
    return any(p.match(text, offset) for _, p in r.seasons)


def _headline_case(text: str, seg: Segment) -> bool:
    words = [w for w in text[seg.start:seg.end].split() if w[:1].isalpha()]
    return len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.7 * len(words)


# --- acceptance ----------------------------------------------------------------------------------

def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _same(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)


#: Anchors too weak to overrule the NER when it calls the run a person or a place.
WEAK_ANCHORS = frozenset({"intro", "preceder", "object", "follower", "headline", "topic", "list"})


def _looks_like_person(c: Candidate, people: list[tuple[int, int]], places: list[tuple[int, int]], r: Rules) -> bool:
    """A weakly anchored run is a person when the NER says so for a full name, or when it is a
    given name and a surname ("Owen Hart Is Newest Face ..."); one unknown word the NER calls a
    person ("Tidewater creator", "Brumes") is left to the anchor."""
    words = c.title.split()
    given = words[0].casefold() in GIVEN_NAMES
    if _same(c.start, c.end, places):
        return True  # "Chile star Vidal"
    if _overlaps(c.start, c.end, people):
        # a headline's subject is the weakest anchor: one word the NER calls a person is one ("LeBron sets …")
        return len(words) >= 2 or given or c.anchor == "headline"
    return given and 2 <= len(words) <= 3 and all(_is_cap(w) for w in words)


def _named_like_person(c: Candidate, text: str) -> bool:
    """A given name and one or two capitalised words, or a given name the text also writes with a surname
    ("Marnie Vos stars as Agnes Fell … Agnes will be back"): a person, whatever the NER says."""
    words = c.title.split()
    if not words or words[0].casefold() not in GIVEN_NAMES:
        return False
    if len(words) == 1:
        return re.search(r"(?<!\w)" + re.escape(words[0]) + r"[\s\u00a0]+[A-ZÀ-Ý][\w’'-]+", text) is not None
    return len(words) <= 3 and all(_is_cap(w) for w in words)


def _acceptable(c: Candidate, r: Rules, blocked: list[tuple[int, int]], people: list[tuple[int, int]],
                places: list[tuple[int, int]], text: str = "") -> bool:
    if c.quoted and c.score < ACCEPT:
        return False
    if _same(c.start, c.end, blocked) or any(c.start <= s and e <= c.end and e - s >= (c.end - c.start) * 0.6
                                             for s, e in blocked):
        return False
    if not c.quoted and _overlaps(c.start, c.end, blocked):
        return False
    if not c.quoted and c.anchor in WEAK_ANCHORS and _looks_like_person(c, people, places, r):
        return False
    if not c.quoted and c.anchor == "weak-subject" and _named_like_person(c, text):
        return False  # "Dana Whitfield Returns for Season 4", "Yann Morel rempile"
    if not c.quoted and len(c.title.split()) == 1 and r.number(c.title) is not None:
        return False
    if not c.quoted and (not any(ch.isalpha() for ch in c.title) or r.demonyms.fullmatch(c.title)):
        return False  # "level the series 1-1", "Spanish fans", "The Portuguese boss"
    if not c.quoted and len(c.title.split()) >= 2 and r.org_suffix.search(c.title):
        return False  # "The Northern League canceled the rest of its season"
    if r.non_series_title is not None and r.non_series_title.search(c.title):
        return False
    return True


# --- building the records ------------------------------------------------------------------------

def _build(text: str, segs: tuple[Segment, ...], accepted: list[Candidate], r: Rules, doc) -> list[Series]:
    if not accepted:
        return []
    titles: dict[str, str] = {}
    spellings: dict[str, Counter] = defaultdict(Counter)
    mentions: dict[str, set[tuple[int, int]]] = defaultdict(set)
    seasons: dict[str, dict[int, int | None]] = defaultdict(dict)
    order = sorted(accepted, key=lambda c: (not c.quoted, c.start))
    for c in order:
        sid = series_id(c.title)
        if sid == "s:" or _overlaps(c.start, c.end, [m for ms in mentions.values() for m in ms if (m[0], m[1]) != (c.start, c.end)]):
            continue
        titles.setdefault(sid, c.title)
        spellings[sid][c.title] += 1
        mentions[sid].add((c.start, c.end))
        if c.season is not None:
            seasons[sid].setdefault(c.season, None)
    aliases: dict[str, set[str]] = defaultdict(set)
    named = [(s, e) for s, e, label, _ in entities(doc) if label in (*GAZETTEER_LABELS, *PERSON_LABELS)]
    for sid in list(titles):
        for s, e in sorted(mentions[sid]):
            after = e
            while after < len(text) and text[after] in " \u00a0»”’'\"":
                after += 1  # past the title's closing quote
            for k, pattern in enumerate((*r.aliases, PAREN_ALIAS)):
                m = pattern.match(text, after)
                if m:
                    alias = m.group("alias").strip(" «»\u00a0")
                    other = series_id(alias)
                    if not alias or other == sid or sid not in titles:
                        continue
                    if k == len(r.aliases) and (_overlaps(*m.span("alias"), named) or not _title_like(alias)):
                        continue  # "‘X’ (Netflix)", "‘X’ (Owen Hart)": a network or a person, not another title
                    if other in titles:  # the alias was also taken for a title of its own: one series
                        mentions[sid] |= mentions.pop(other)
                        spellings[sid].update(spellings.pop(other, Counter()))
                        for n, eps in seasons.pop(other, {}).items():
                            seasons[sid].setdefault(n, eps)
                        aliases[sid] |= aliases.pop(other, set())
                        del titles[other]
                    aliases[sid].add(alias)
                    mentions[sid].add(m.span("alias"))
    _propagate(text, segs, titles, aliases, mentions)
    networks = _networks(doc, segs, mentions, r)
    _seasons(text, segs, mentions, seasons, r)
    out = []
    for sid in sorted(titles, key=lambda k: min(mentions[k])):
        spans = sorted(mentions[sid])
        out.append(Series(
            id=sid,
            title=titles[sid],
            aliases=tuple(sorted(aliases[sid] | {t for t in spellings[sid] if t != titles[sid]})),
            networks=tuple(networks.get(sid, ())),
            seasons=tuple(Season(number=n, episodes=eps) for n, eps in sorted(seasons[sid].items())),
            mentions=tuple(Mention(start=s, end=e, text=text[s:e]) for s, e in spans),
        ))
    return out


#: A title right after a title, in parentheses and without a marker: "« Le Royaume de papier » (Paper Kingdom)".
PAREN_ALIAS = re.compile(r"\(\s*[«“‘]?\s*(?P<alias>[A-ZÀ-Ý][^()«»“”‘’\n]{1,58}?)\s*[»”’]?\s*\)")


def _title_like(alias: str) -> bool:
    """An unmarked alias is a capitalised name of a few words, not a year, a date or a remark."""
    words = alias.split()
    return 1 <= len(words) <= 7 and any(ch.isalpha() for ch in alias) and not alias[-1:] in ".!?" \
        and not any(ch.isdigit() for ch in words[0])


def _propagate(text: str, segs: tuple[Segment, ...], titles: dict[str, str], aliases: dict[str, set[str]],
               mentions: dict[str, set[tuple[int, int]]]) -> None:
    """Every other occurrence of an accepted title or alias is a mention too."""
    taken = sorted(m for ms in mentions.values() for m in ms)
    forms = [(t, sid) for sid, t in titles.items()] + [(a, sid) for sid, als in aliases.items() for a in als]
    forms.sort(key=lambda f: -len(f[0]))
    for form, sid in forms:
        one_word = len(form.split()) == 1
        for s, e in _occurrences(text, form):
            if _overlaps(s, e, taken):
                continue
            seg = segment_at(segs, s)
            if seg is None or e > seg.end:
                continue
            if one_word and s == seg.start and form.casefold() != form and _common_start(text, e):
                continue
            mentions[sid].add((s, e))
            taken.append((s, e))


def _occurrences(text: str, form: str) -> Iterable[tuple[int, int]]:
    """Word-bounded occurrences of ``form`` (plain string search: no regex built per document)."""
    start = text.find(form)
    while start >= 0:
        end = start + len(form)
        before = text[start - 1:start]
        after = text[end:end + 3]
        if not (before.isalnum() or before in "’'_") and not (after[:1].isalnum() or after[:1] == "_") \
                and not (after[:1] in "’'" and after[1:3].isalpha() and len(after[1:3]) == 2):
            yield start, end
        start = text.find(form, start + 1)


def _common_start(text: str, end: int) -> bool:
    """A one-word title that opens a sentence is ambiguous ("See the trailer") unless a quote or colon follows."""
    return text[end:end + 1] not in (":", "’", "'", "»", "”", ",", ";")


#: How far (characters) a linked network may be from the series mention.
NETWORK_REACH = 80


def _topic_id(mentions: dict[str, set[tuple[int, int]]]) -> str | None:
    counts = Counter({sid: len(ms) for sid, ms in mentions.items()})
    ranked = counts.most_common(2)
    if ranked and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        return ranked[0][0]
    return None


def _networks(doc, segs: tuple[Segment, ...], mentions: dict[str, set[tuple[int, int]]], r: Rules) -> dict[str, list[str]]:
    """A network belongs to a series when it is tied to a mention: right next to it ("Netflix annule la
    série X", "HBO’s X"), or after a link word ("sur", "par", "on", "by") near it; in a sentence with no
    title but an anaphor ("the series ... streaming on Netflix"), to the article's main series."""
    text = doc_text(doc)
    out: dict[str, list[str]] = defaultdict(list)
    flat = sorted((s, e, sid) for sid, ms in mentions.items() for s, e in ms)
    topic = _topic_id(mentions)
    for start, end, label, name in entities(doc):
        if label != "NETWORK":
            continue
        seg = segment_at(segs, start)
        if seg is None:
            continue
        linked = bool(r.network_link.search(text[max(seg.start, start - 40):start]))
        near = [(min(abs(start - e), abs(s - end)), s, e, sid) for s, e, sid in flat if seg.start <= s < seg.end]
        sid = None
        if near:
            distance, s, e, candidate = min(near)
            gap = text[e:start] if e <= start else text[end:s]
            if len(gap.split()) <= 4 or (linked and distance <= NETWORK_REACH):
                sid = candidate
        elif linked and topic is not None and (r.anaphors.search(text, seg.start, seg.end)
                                               or r.pronouns.match(text, seg.start)):
            sid = topic  # "The showrunner of the series ... now on Netflix", "It airs on Netflix"
        if sid is not None and name not in out[sid]:
            out[sid].append(name)
    return out


def _seasons(text: str, segs: tuple[Segment, ...], mentions: dict[str, set[tuple[int, int]]],
             seasons: dict[str, dict[int, int | None]], r: Rules) -> None:
    flat = sorted((s, sid) for sid, ms in mentions.items() for s, e in ms)
    counts = Counter(sid for _, sid in flat)
    ranked = counts.most_common(2)
    topic = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]) else None
    low = text.lower()
    for seg in segs:
        if not any(low.find(stem, seg.start, seg.end) >= 0 for stem in r.season_stems):
            continue
        found = []
        for role, pattern in r.seasons:
            if role != "target":
                continue
            for m in pattern.finditer(text, seg.start, seg.end):
                n = _season_number(m, r)
                if n is not None and 0 < n < 60:
                    found.append((m.start(), n))
        if not found:
            continue
        near = [(s, sid) for s, sid in flat if seg.start <= s < seg.end]
        episodes = [m for m in r.episodes.finditer(text, seg.start, seg.end)]
        for pos, n in found:
            sid = min(near, key=lambda x: abs(x[0] - pos))[1] if near else topic
            if sid is None:
                continue
            eps = None
            if len(found) == 1 and len(episodes) == 1:
                eps = r.number(episodes[0].group("n"))
            if eps is not None or n not in seasons[sid]:
                seasons[sid][n] = eps if eps is not None else seasons[sid].get(n)


def _season_number(m: re.Match, r: Rules) -> int | None:
    for group in ("n", "o"):
        value = m.groupdict().get(group)
        if value:
            return r.number(value)
    return None


# --- season release dates ------------------------------------------------------------------------------

RELEASE_KINDS = frozenset({"release", "premiere"})


def with_season_dates(ctx: "DocContext", series: list[Series], dates: list["DateMention"]) -> list[Series]:
    """Fill ``seasons[].released`` from the release and premiere dates found after the series: a date dates
    the season named before it in its sentence ("La saison 1 est sortie en avril 2021",
    "Season 1 Release Date April 9, 2021"), not one named after it ("debuted in May 2020, then picked up
    a second season"), nor across a status cue; the most precise date wins."""
    if not series or not dates:
        return series
    r = rules(ctx.lang)
    text = doc_text(ctx.doc)
    segs = segments(ctx.doc)
    by_id = {s.id: s for s in series}
    mentions = {s.id: {(m.start, m.end) for m in s.mentions} for s in series}
    topic = _topic_id(mentions)
    released: dict[tuple[str, int], str] = {}
    for d in dates:
        if d.kind not in RELEASE_KINDS or d.start is None:
            continue
        seg = segment_at(segs, d.start)
        if seg is None:
            continue
        before = [(m.end(), n) for role, pattern in r.seasons if role == "target"
                  for m in pattern.finditer(text, seg.start, d.start) if (n := _season_number(m, r)) is not None]
        if not before:
            continue
        end, number = max(before)
        if any(end <= c.start < d.start for c in cue_matches(ctx.doc, ctx.lang)):
            continue
        in_seg = {sid for sid, ms in mentions.items() if any(seg.start <= s < seg.end for s, _ in ms)}
        sid = series_id(d.series) if d.series and series_id(d.series) in by_id else (
            next(iter(in_seg)) if len(in_seg) == 1 else topic if not in_seg else None)
        if sid is None:
            continue
        key = (sid, number)
        if len(d.value) > len(released.get(key, "")):
            released[key] = d.value
    if not released:
        return series
    out = []
    for s in series:
        numbers = {n for (sid, n) in released if sid == s.id}
        if not numbers:
            out.append(s)
            continue
        seasons = {x.number: x for x in s.seasons}
        for n in numbers:
            old = seasons.get(n, Season(number=n))
            seasons[n] = old.model_copy(update={"released": old.released or released[(s.id, n)]})
        out.append(s.model_copy(update={"seasons": tuple(seasons[n] for n in sorted(seasons))}))
    return out
