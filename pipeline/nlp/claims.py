"""Status claims: what each article says about a series' future (issue 6).

A claim is built from a **cue** (a verb, noun or idiom of
``pipeline/nlp/tables/claims_<lang>.py``: "annulée", "ne reviendra pas",
"renewed", "final season", "in limbo"...) found in a segment (a sentence
within one line, see :mod:`pipeline.nlp.segments`), tied to a **series**:

- French: the sentence is parsed (the pipeline's dependency parser, run only
  on the few sentences that hold a cue) and the series mention closest to
  the cue in the tree, without crossing into another clause (ccomp, advcl,
  parataxis, conj, relative clauses), is chosen; negation is read from the
  cue's ``advmod`` children ("n'a pas été annulée"). When the parse offers no
  such path (headlines parse badly), the clause-bounded rules below apply.
- English (no parser is shipped) and the French fallback: clause-bounded
  token rules. The sentence is cut into clauses (";", "|", ":", "but",
  "mais", ", qui"...). A ``passive`` cue takes the series before it whose gap
  holds only auxiliaries and adverbs ("X est déjà annulée", "X Is Officially
  Canceled"); an ``active`` cue the series after it ("Netflix annule la série
  X"); a ``noun`` cue its complement ("l'annulation de X", "X's final
  season"); an ``idiom`` ("pas de saison 2") the nearest series of its
  sentence. An anaphor ("la série", "the show", "it") stands for the
  article's main series; a headline's topic ("X : pas de saison 2") for the
  clauses after its colon.

A cue whose argument is a film, a tour, a concert or an event, or whose
series was not recognised as a series, gives no claim. Modality: a question
("Is X cancelled?", but not "Why was X cancelled?") is ``question``; a negated
cancellation, ending or revival is ``denied``, a negated renewal is a
cancellation ("not renewed"), and "not yet renewed" is ``undecided``;
conditionals and hearsay ("pourrait", "reportedly") are ``rumor``; a cue in a
sentence that credits an outlet ("selon Deadline", "THR reports") is
``reported`` with ``reported_by``; else ``asserted``. An outlet the article
credits once for the news ("C'est Variety qui a dévoilé la nouvelle",
"Deadline a été le premier site à l'annoncer") becomes the ``reported_by`` of its asserted claims.

Seasons follow ../shared/corpus/claims-dev/RULES.md: "renewed for season 3"
→ 3, "no season 2" → 2, "cancelled after 4 seasons" → 5, "ends with season
5" → 5. One claim per (series, status) and article: the statements are
merged, the strongest modality wins (asserted > reported > rumor > question
> denied) and the evidence is the best single sentence.

``confidence`` = cue weight (table) × binding factor (syntax or adjacent
1.0, same clause 0.9, headline topic 0.85, anaphor 0.75, nearest in the
sentence 0.8) × modality factor (asserted 1, reported 0.95, others 0.6),
then combined over the merged statements as 1 − Π(1 − cᵢ), capped at 0.99.

``announced`` is the date stated in the evidence sentence (a ``DateMention``
that is not a premiere or release date), else the article's publication
date when the claim is made in the headline or the first paragraph (news
reports the decision of the day), else null.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable

from pipeline.nlp.segments import Segment, doc_text, entities, segments
from pipeline.nlp.series import CueMatch as Cue, cue_matches, expand, rules as series_rules
from pipeline.nlp.tables import for_language
from pipeline.nlp.tables.given_names import GIVEN_NAMES
from pipeline.records import Claim, DateMention, Series, Span

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from pipeline.nlp import DocContext

MODALITY_RANK = {"asserted": 0, "reported": 1, "rumor": 2, "question": 3, "denied": 4}
MODALITY_FACTOR = {"asserted": 1.0, "reported": 0.95, "rumor": 0.6, "question": 0.6, "denied": 0.6}
#: Dependency relations that open another clause: a cue and its series are not linked across them.
CLAUSAL_DEPS = frozenset({"ccomp", "advcl", "parataxis", "conj", "acl:relcl", "csubj", "xcomp"})
#: Date kinds that are not the date of a decision.
NOT_ANNOUNCEMENT = frozenset({"premiere", "release", "finale", "published"})
#: NER labels of other possible subjects of a cue (people, organisations that are not networks).
SUBJECT_LABELS = frozenset({"PER", "PERSON", "ORG"})
#: Paragraphs whose claims are dated by the article's publication date.
LEDE_PARAGRAPHS = 2


def _alt(patterns: Iterable[str]) -> str:
    return "(?:" + "|".join(f"(?:{p})" for p in patterns) + ")"


@dataclass(frozen=True, slots=True)
class ClaimRules:
    """The claim tables of one language, compiled once per process."""

    lang: str
    seasons: tuple[tuple[str, re.Pattern], ...]
    rumor: re.Pattern
    reported_modal: re.Pattern
    reporting_that: re.Pattern
    negation_before: re.Pattern
    negation_ne: re.Pattern | None
    negation_after: re.Pattern | None
    negation_word: re.Pattern
    not_yet: re.Pattern
    pending: re.Pattern
    open_question: re.Pattern
    broadcast_after: re.Pattern
    non_series_form: re.Pattern
    conditional: re.Pattern
    revival_context: re.Pattern
    denial: re.Pattern
    presupposing: re.Pattern
    attribution: re.Pattern
    credits: tuple[re.Pattern, ...]
    clause_breaks: re.Pattern
    anaphors: re.Pattern
    non_series: re.Pattern
    fillers: re.Pattern
    trailing_season: re.Pattern
    possessive: re.Pattern
    not_claims: re.Pattern
    non_series_after: re.Pattern
    decider_before: re.Pattern
    decider_after: re.Pattern
    complement: re.Pattern
    complement_start: re.Pattern
    indefinite: re.Pattern
    noun_negation: re.Pattern
    complement_strip: re.Pattern
    word: re.Pattern
    perfect_aux: re.Pattern
    list_header: re.Pattern
    target_before: re.Pattern
    agent_link: re.Pattern
    agent_end: re.Pattern
    subject_link: re.Pattern
    perfect_adverbs: re.Pattern
    modifiers: re.Pattern


@lru_cache(maxsize=None)
def claim_rules(lang: str) -> ClaimRules:
    t = for_language("claims", lang)
    st = for_language("series", lang)
    sr = series_rules(lang)
    I = re.IGNORECASE

    def words(patterns: Iterable[str]) -> str:
        return r"(?<!\w)" + _alt(patterns) + r"(?!\w)"

    ne = r"(?<!\w)" + _alt(t.NEGATION_NE) + r"\W*(?:[\w’']+\W+){0,2}$" if t.NEGATION_NE else None
    return ClaimRules(
        lang=lang,
        seasons=sr.seasons,
        rumor=re.compile(words(t.RUMOR), I),
        reported_modal=re.compile(_alt(t.REPORTED_MODALS), I),
        reporting_that=re.compile(r"(?<!\w)" + t.REPORTING_THAT + r"(?!\w)", I),
        negation_before=re.compile(words(t.NEGATION_BEFORE) + r"\W*(?:[\w’']+\W+){0,2}$", I),
        negation_ne=re.compile(ne, I) if ne else None,
        negation_after=re.compile(r"^\W*" + words(t.NEGATION_AFTER), I) if t.NEGATION_AFTER else None,
        negation_word=re.compile(_alt([*t.NEGATION_BEFORE, *t.NEGATION_AFTER]), I),
        not_yet=re.compile(words(t.NOT_YET), I),
        pending=re.compile(words(t.PENDING), I),
        open_question=re.compile(_alt(t.OPEN_QUESTION), I),
        broadcast_after=re.compile(r"[\s\u00a0]*" + _alt(t.BROADCAST_AFTER), I),
        non_series_form=re.compile(words(t.NON_SERIES_FORM), I),
        conditional=re.compile(t.CONDITIONAL, I),
        revival_context=re.compile(words(t.REVIVAL_CONTEXT), I),
        denial=re.compile(words(t.DENIAL), I),
        presupposing=re.compile(r"^\W*" + words(t.PRESUPPOSING_QUESTIONS), I),
        attribution=re.compile(words(t.ATTRIBUTION), I),
        credits=tuple(re.compile(r"(?<!\w)" + p, I) for p in t.CREDITS),
        clause_breaks=re.compile(_alt(t.CLAUSE_BREAKS), I),
        anaphors=re.compile(words(t.ANAPHORS), I),
        non_series=re.compile(words(t.NON_SERIES_TARGETS), I),
        fillers=re.compile(_alt(t.SUBJECT_FILLERS), I),
        trailing_season=re.compile(r"[\s\u00a0]+(?P<n>[1-9]|1[0-9])(?![\w%])"),
        possessive=re.compile(words(t.POSSESSIVES) + r"[\s\u00a0]+$", I),
        not_claims=re.compile(words(t.NOT_CLAIMS), I),
        decider_before=re.compile(t.DECIDER_BEFORE, I),
        decider_after=re.compile(t.DECIDER_AFTER, I),
        non_series_after=re.compile(r"[\s\u00a0»”’'\"]*" + words(t.NON_SERIES_AFTER), I),
        # "of (the) (final) season 3 of", "de la quatrième saison de": what a noun cue's complement may cross
        complement=re.compile(r"[\s\u00a0]*" + words(t.COMPLEMENT) + r"[\s\u00a0]*(?P<det>(?:" + words(t.DETERMINERS)
                              + r"[\s\u00a0]*)?)", I),
        complement_start=re.compile(words(t.COMPLEMENT), I),
        indefinite=re.compile(words(t.INDEFINITES) + r"[\s\u00a0]*", I),
        # "pas la dernière saison", "not the final season": a negation right before a noun cue
        noun_negation=re.compile(r"(?:^|\W)" + words([*t.NEGATION_BEFORE, *t.NEGATION_AFTER]) + r"\W+(?:"
                                 + words(t.DETERMINERS) + r"\W*)?$", I),
        complement_strip=re.compile(r"^[\s\u00a0]*" + words(t.COMPLEMENT) + r"\s+(?:" + words(t.DETERMINERS) + r"\s+)?", I),
        word=re.compile(r"[\w’'+-]+"),
        perfect_aux=re.compile(_alt(t.PERFECT_AUX), I),
        list_header=re.compile(words(t.LIST_HEADERS), I),
        target_before=re.compile(words([*t.NON_SERIES_TARGETS, *t.PEOPLE_OF]) + r"[\s\u00a0]+" + _alt(t.TARGET_LINKS)
                                 + r"[\s\u00a0]*(?:(?:the|la|le|les|l[’'])[\s\u00a0]*)?(?:(?:série|series|show)[\s\u00a0]+)?"
                                 + r"[«“‘'\"\u00a0\s]*$", I),
        agent_link=re.compile(r"[\s\u00a0]*" + _alt(t.AGENT_LINKS) + r"[\s\u00a0]+(?:(?:the|la|le|l[’'])[\s\u00a0]*)?", I),
        agent_end=re.compile(r"(?<!\w)" + _alt(t.AGENT_LINKS) + r"$", I),
        subject_link=re.compile(r"[’']?s?[\s\u00a0]+(?:" + _alt(t.PERFECT_AUX) + r"[\s\u00a0]+)?(?:(?:"
                                + _alt(t.PERFECT_ADVERBS) + r")[\s\u00a0]+)?", I),
        perfect_adverbs=re.compile(_alt(t.PERFECT_ADVERBS), I),
        modifiers=re.compile(_alt(t.MODIFIERS)),
    )


@dataclass(frozen=True, slots=True)
class Binding:
    series: Series
    #: the mention the cue is tied to, or None for an anaphor / the article's topic
    mention: tuple[int, int] | None
    factor: float


@dataclass(frozen=True, slots=True)
class Found:
    series: Series
    title: str
    status: str
    modality: str
    season: int | None
    network: str | None
    reported_by: str | None
    segment: Segment
    confidence: float
    clause: tuple[int, int]
    #: tied to a mention of the title (not an anaphor or the article's topic)
    explicit: bool
    #: the status the cue was written with in the table ("stop", "return" ... before they are read in context)
    cue_status: str = ""
    cue_weight: float = 0.0


def find_claims(ctx: "DocContext", *, series: list[Series], dates: list[DateMention]) -> list[Claim]:
    if not series:
        return []
    doc, text = ctx.doc, doc_text(ctx.doc)
    r = claim_rules(ctx.lang)
    segs = segments(doc)
    view = _DocView.of(ctx, series, segs, r)
    found: list[Found] = []
    all_cues = cue_matches(doc, ctx.lang)
    if not all_cues:
        return []
    for seg in segs:
        cues = [c for c in all_cues if seg.start <= c.start and c.end <= seg.end]
        if not cues:
            continue
        clauses = _clauses(text, seg, r, view.in_span(seg.start, seg.end))
        for cue in cues:
            clause = next((c for c in clauses if c[0] <= cue.start < c[1]), (seg.start, seg.end))
            found.extend(_claim(view, seg, clause, cue, r))
    found = _drop_overlapping(found)
    return _merge(found, view, dates)


def _clauses(text: str, seg: Segment, r: ClaimRules, mentions) -> list[tuple[int, int]]:
    """The sentence cut at clause marks; a mark inside a title ("Harbor Lights: Low Tide") is not one."""
    out, start = [], seg.start
    for m in r.clause_breaks.finditer(text, seg.start, seg.end):
        if any(s < m.start() < e for s, e, _ in mentions):
            continue
        if m.start() > start:
            out.append((start, m.start()))
        start = m.end()
    if start < seg.end:
        out.append((start, seg.end))
    return out or [(seg.start, seg.end)]


# --- the document -----------------------------------------------------------------------------------

@dataclass(slots=True)
class _DocView:
    ctx: "DocContext"
    text: str
    segs: tuple[Segment, ...]
    mentions: list[tuple[int, int, Series]]
    topic: Series | None
    networks: list[tuple[int, int, str]]
    outlets: list[tuple[int, int, str]]
    credit: str | None
    parses: dict[int, tuple["Doc", int] | None]
    #: people and organisations (not networks) the NER found
    entities: list[tuple[int, int, str]]

    @classmethod
    def of(cls, ctx: "DocContext", series: list[Series], segs: tuple[Segment, ...], r: ClaimRules) -> "_DocView":
        text = doc_text(ctx.doc)
        mentions = sorted((m.start, m.end, s) for s in series for m in s.mentions)
        ents = entities(ctx.doc)
        networks = [(s, e, name) for s, e, label, name in ents if label == "NETWORK"]
        outlets = [(s, e, name) for s, e, label, name in ents if label == "OUTLET"]
        others = [(s, e, label) for s, e, label, _ in ents
                  if label in SUBJECT_LABELS and not any(ms < e and s < me for ms, me, _ in mentions)]
        view = cls(ctx, text, segs, mentions, _topic(series, segs), networks, outlets, None, {}, others)
        view.credit = _doc_credit(view, r)
        return view

    def in_span(self, start: int, end: int) -> list[tuple[int, int, Series]]:
        return [m for m in self.mentions if start <= m[0] < end]

    def preceding(self, pos: int, seg: Segment) -> Series | None:
        """The series mentioned last before ``pos`` in the same paragraph."""
        for s, e, ser in reversed(self.mentions):
            if s < pos:
                found = next((g for g in self.segs if g.start <= s < g.end), None)
                return ser if found is not None and found.paragraph == seg.paragraph else None
        return None

    def parse(self, seg: Segment) -> tuple["Doc", int] | None:
        """The dependency parse of one segment (French only), computed once."""
        if seg.start not in self.parses:
            self.parses[seg.start] = _parse_segment(self.ctx, seg)
        return self.parses[seg.start]


def _topic(series: list[Series], segs: tuple[Segment, ...]) -> Series | None:
    """The article's main series: most mentions (a headline mention counts double), clearly ahead."""
    headline_end = next((s.end for s in reversed(segs) if s.line == 0), 0)
    scores = Counter()
    for s in series:
        for m in s.mentions:
            scores[s.id] += 2 if m.start < headline_end else 1
    ranked = scores.most_common(2)
    if not ranked:
        return None
    if len(ranked) == 2 and ranked[0][1] < 2 * ranked[1][1]:
        return None
    return next(s for s in series if s.id == ranked[0][0])


def _doc_credit(view: _DocView, r: ClaimRules) -> str | None:
    """The one outlet the article credits for the news, if any."""
    if not view.outlets:
        return None
    credited = set()
    with_outlets = {seg for seg in view.segs for s, e, _ in view.outlets if seg.start <= s < seg.end}
    for seg in with_outlets:
        for pattern in r.credits:
            for m in pattern.finditer(view.text, seg.start, seg.end):
                s, e = m.span("outlet")
                for os, oe, name in view.outlets:
                    if s <= os and oe <= e + 1 and os - s <= 12:
                        credited.add(name)
    return next(iter(credited)) if len(credited) == 1 else None


# --- one cue --------------------------------------------------------------------------------------

def _claim(view: _DocView, seg: Segment, clause: tuple[int, int], cue: Cue, r: ClaimRules) -> list[Found]:
    text = view.text
    for m in r.not_claims.finditer(text, clause[0], clause[1]):
        if m.start() < cue.end + 12 and cue.start - 12 < m.end():
            return []  # "Gets Series Order" (a new show), "revival character"
    if _person_subject(view, clause, cue, r):
        return []  # "Lucie Morel fait ses adieux à la série", "Dana Whitfield Returns for Season 4"
    binding = _adjacent(view, clause, cue, r)
    if binding is None and view.ctx.lang == "fr":
        binding = _bind_syntax(view, seg, cue, r)
    if binding is None:
        binding = _bind_linear(view, seg, clause, cue, r)
    if binding is None:
        return _header_list(view, seg, clause, cue, r)
    if binding.mention and _inside_title(text, binding.mention, cue):
        return []
    if binding.mention and r.non_series_after.match(text, binding.mention[1]):
        return []  # "Starz Scraps Second ‘Harbor Lights’ Prequel"
    if binding.mention and r.target_before.search(text, clause[0], binding.mention[0]):
        return []  # "Comic-Con Panel for ‘X’ Canceled", "un épisode de la série « X »"
    one = _one_claim(view, seg, clause, cue, r, binding)
    if one is None:
        return []
    out = [one]
    if binding.mention is not None:
        forward = binding.mention[0] >= cue.end  # "Cancels ‘A’ and ‘B’": the object's list runs on after it
        for s, e, ser in _coordinated(view, seg, binding.mention, forward=forward):
            if ser.id != binding.series.id:
                out.append(replace(one, series=ser, title=text[s:e], network=one.network))
    return out


#: Characters that may open a list item before its title: bullets, numbers, quotes.
ITEM_OPENERS = " \u00a0-–—•*·>«“‘'\"0123456789.)"


def _header_list(view: _DocView, seg: Segment, clause: tuple[int, int], cue: Cue, r: ClaimRules) -> list[Found]:
    """A header stating a decision about plural series ("Every TV Show Canceled in 2023 So Far") over lines that
    each open with a title ("‘A’ (Netflix)"): every item gets the header's claim (RULES: list items count as
    stated), with the network and season its own line gives."""
    text = view.text
    if view.in_span(seg.start, seg.end) or not r.list_header.search(text, seg.start, seg.end):
        return []
    index = view.segs.index(seg)
    items: list[tuple[Segment, tuple[int, int, Series]]] = []
    line, paragraph = seg.line, None
    cues = cue_matches(view.ctx.doc, view.ctx.lang)
    for later in view.segs[index + 1:]:
        if later.line == line:
            continue  # the rest of an item's line
        # the items follow the header line (a headline is set apart by a blank line), in one block
        if later.line != line + 1 or later.paragraph != (paragraph if paragraph is not None else later.paragraph) \
                or later.paragraph - seg.paragraph > 1:
            break
        paragraph = later.paragraph
        line = later.line
        mentions = view.in_span(later.start, later.end)
        if not mentions or text[later.start:mentions[0][0]].strip(ITEM_OPENERS):
            break
        if any(later.start <= c.start < later.end for c in cues):
            break  # an item that states its own decision speaks for itself
        items.append((later, mentions[0]))
    if len(items) < 2:
        return []
    if cue.status == "pickup":
        return []
    status = {"stop": "cancelled", "return": "renewed"}.get(cue.status, cue.status)
    modality = _modality(view, seg, clause, cue, r)
    # "Netflix Cancels These Shows": a network in the header is every item's; else each line's own
    header_networks = [n[2] for n in view.networks if seg.start <= n[0] < seg.end]
    header_network = header_networks[0] if header_networks else None
    out = []
    for item, (s, e, ser) in items:
        nets = [n for n in view.networks if item.start <= n[0] < item.end]
        exprs = _season_exprs(text, item, r)
        season = None
        if exprs:
            _, _, role, n = exprs[0]
            season = n + 1 if role in ("count", "last") and status != "ending" else n
        out.append(Found(ser, text[s:e], status, modality, season, nets[0][2] if nets else header_network,
                         _attributed_outlet(view, seg, r) if modality == "reported" else view.credit, item,
                         cue.weight * 0.85 * MODALITY_FACTOR[modality], (item.start, item.end), True, cue.status,
                         cue.weight))
    return out


def _inside_title(text: str, mention: tuple[int, int], cue: Cue) -> bool:
    """A cue inside the quotes of the title itself ("‘Iron Valley The Final Season’") is the title's."""
    if not (mention[0] <= cue.start and mention[0] > 0 and text[mention[0] - 1] in "«“‘'\"\u00a0 "):
        return False
    opener = text[:mention[0]].rstrip(" \u00a0")[-1:]
    closer = {"«": "»", "“": "”", "‘": "’", "'": "'", '"': '"'}.get(opener)
    if closer is None:
        return False
    close = text.find(closer, mention[1])
    return close >= cue.end and "\n" not in text[mention[1]:close]


#: What may separate two titles of one list.
LIST_GAPS = frozenset({",", "&", "and", "et", ", and", ", et"})


def _coordinated(view: _DocView, seg: Segment, mention: tuple[int, int], *,
                 forward: bool = False) -> list[tuple[int, int, Series]]:
    """Series listed with the bound one: before it for a subject ("‘A’ & ‘B’ Renewed", "« A », « B » et
    « C » annulées"), after it for an object ("Netflix Cancels ‘A’ and ‘B’")."""
    text = view.text
    out = []
    ordered = view.in_span(seg.start, seg.end)
    index = next((k for k, m in enumerate(ordered) if m[:2] == mention), None)
    if index is None:
        return out
    k, end_pos = index - 1, mention[0]
    while k >= 0:
        s, e, ser = ordered[k]
        gap = text[e:end_pos].strip(" \u00a0«»“”‘’\"'")
        if gap not in LIST_GAPS:
            break
        out.append((s, e, ser))
        end_pos, k = s, k - 1
    if forward:
        k, start_pos = index + 1, mention[1]
        while k < len(ordered):
            s, e, ser = ordered[k]
            gap = text[start_pos:s].strip(" \u00a0«»“”‘’\"'")
            if gap not in LIST_GAPS:
                break
            out.append((s, e, ser))
            start_pos, k = e, k + 1
    return out


#: Cue statuses read from their context: "stop" (an ending with its last season named, else a
#: cancellation), "return" (a revival after a cancellation or an ending, else a renewal) and "pickup" (a
#: revival; a new show's pickup is no claim).
CONTEXTUAL = frozenset({"stop", "return", "pickup"})
#: Statuses whose idioms say something positive: a negation before them changes their meaning.
NEGATABLE_IDIOMS = frozenset({"renewed", "revived", "ending", "stop", "return", "pickup"})


def _one_claim(view: _DocView, seg: Segment, clause: tuple[int, int], cue: Cue, r: ClaimRules,
               binding: Binding) -> Found | None:
    text = view.text
    status, modality, negated = cue.status, "asserted", False
    if cue.kind != "idiom" or status in NEGATABLE_IDIOMS:
        negated = _negated(view, seg, clause, cue, r)
    if negated:
        window = text[max(clause[0], cue.start - 40):min(clause[1], cue.end + 12)]
        if r.not_yet.search(window) and status in ("renewed", "cancelled", "stop", "return"):
            status = "undecided"
        elif status in ("renewed", "return") and (cue.kind in ("passive", "active") or status == "return"
                                                  or cue.kind == "idiom"):
            status = "cancelled"  # "not renewed", "won't order a third season", "will not be back"
        elif status == "undecided":
            return None
        elif status == "pickup":
            return None
        else:
            modality = "denied"
    elif status == "cancelled" and cue.kind == "idiom" and _pending(text, clause, cue, r):
        status = "undecided"  # "pas de saison 5 pour l'instant", "no season 3 yet"
    if status == "stop" and r.broadcast_after.match(text, cue.end):
        return None  # "qui s'achève ce soir avec ses deux derniers épisodes": a finale airs, nothing is decided
    if r.non_series_form.search(text, cue.end, clause[1]):
        return None  # "va renaître, mais sous la forme d'une trilogie de films": not as a series
    seasons = _season_exprs(text, seg, r)
    if status == "stop":
        # a series that stops by itself after N seasons ("tirera sa révérence après cinq saisons", "s'arrêtera à
        # l'issue de la saison 5", "la saison 3 conclura l'histoire") ends with season N; a bare stop is a
        # cancellation
        ends = ("last", "count") if cue.kind == "idiom" else ("last",)
        status = "ending" if any(role in ends and clause[0] <= s < clause[1] for s, e, role, n in seasons) \
            or _season_subject(text, clause, cue, seasons) else "cancelled"
    elif status in ("return", "pickup"):
        revival = _revival_context(view, seg, clause, binding, r)
        if status == "pickup" and not revival:
            return None  # "Netflix Picks Up ‘X’": a new show's order
        status = "revived" if revival else "renewed"
    if modality == "asserted":
        modality = _modality(view, seg, clause, cue, r)
    reported_by = None
    if modality == "reported":
        reported_by = _attributed_outlet(view, seg, r)
    elif modality == "asserted":
        reported_by = view.credit
    season = _season(view, seg, clause, cue, status, binding, seasons, r)
    network = _decider(view, seg, clause, cue, binding, r)
    title = text[binding.mention[0]:binding.mention[1]] if binding.mention else binding.series.title
    confidence = cue.weight * binding.factor * MODALITY_FACTOR[modality]
    return Found(binding.series, title, status, modality, season, network, reported_by, seg, confidence, clause,
                 binding.mention is not None, cue.status, cue.weight)


def _pending(text: str, clause: tuple[int, int], cue: Cue, r: ClaimRules) -> bool:
    """A built-in negation said to hold for now only ("pas de saison 5 pour l'instant")."""
    return bool(r.pending.search(text, max(clause[0], cue.start - 25), min(clause[1], cue.end + 40)))


def _season_subject(text: str, clause: tuple[int, int], cue: Cue, seasons) -> bool:
    """ "la saison 3 conclura l'histoire", "season 5 will wrap it up": the season named right before a stop is
    the last one."""
    return any(role == "target" and clause[0] <= s and e <= cue.start and len(text[e:cue.start].split()) <= 2
               for s, e, role, n in seasons)


def _revival_context(view: _DocView, seg: Segment, clause: tuple[int, int], binding: Binding, r: ClaimRules) -> bool:
    """The series had been cancelled or had ended: words saying so in the cue's clause, or in another sentence
    about the same series."""
    text = view.text
    if r.revival_context.search(text, clause[0], clause[1]):
        return True
    for other in view.segs:
        if other is seg:
            continue
        if any(ser.id == binding.series.id for _, _, ser in view.in_span(other.start, other.end)) \
                and r.revival_context.search(text, other.start, other.end):
            return True
    return False


def _gap_ok(text: str, start: int, end: int, r: ClaimRules, view: _DocView, *, limit: int) -> float | None:
    """How well the words between a series and its cue fit (1.0 = only fillers), None when they don't."""
    gap = text[start:end]
    if r.non_series.search(gap):
        return None
    words = r.word.findall(gap)
    if len(words) > limit:
        return None
    others = 0
    for k, w in enumerate(words):
        if r.fillers.fullmatch(w) or w.isdigit() or series_rules(r.lang).number(w) is not None:
            continue
        if w[:1].isupper() and not any(s <= start + gap.find(w) < e for s, e, _ in view.networks):
            if r.lang == "en" and _is_season_word(w):
                continue
            # "Renews French Spy Thriller ‘X’": a nationality, or a word qualifying a genre noun, is no subject
            # ... also a chain of them ("Freshman Legal Drama", "Period Spy Thriller")
            genre_next = any(r.fillers.fullmatch(x) for x in words[k + 1:k + 3]) and all(
                x[:1].isupper() for x in words[k + 1:k + 3])
            if not (r.modifiers.fullmatch(w) or genre_next) or w.casefold() in GIVEN_NAMES:
                return None  # another subject: "Dana Whitfield Boards ... For Season 3"
        others += 1
    return max(0.5, 1.0 - 0.1 * others)


def _is_season_word(word: str) -> bool:
    return word.casefold() in ("season", "seasons", "series")


def _bind_linear(view: _DocView, seg: Segment, clause: tuple[int, int], cue: Cue, r: ClaimRules) -> Binding | None:
    text = view.text
    in_clause = view.in_span(*clause)
    before = [m for m in in_clause if m[1] <= cue.start]
    after = [m for m in in_clause if m[0] >= cue.end]
    inside = [m for m in in_clause if m[0] < cue.end and m[1] > cue.start]
    if inside:
        return Binding(inside[0][2], inside[0][:2], 1.0)
    if cue.kind == "noun" and _foreign_complement(view, seg, cue, r):
        return None  # "the reboot of an imaginary cop show", "la dernière saison du joueur"
    # "Annulée par Netflix en 2021, la série X ...": a participle that opens the sentence qualifies the subject after it
    fronted = cue.kind == "passive" and not before and not text[clause[0]:cue.start].strip(" \u00a0-–—•*«“‘'\"")
    if cue.kind == "noun":
        own = _noun_complement(view, seg, clause, cue, r, after)
        if own is not None:
            return own  # "… et l'arrêt de la série", "the cancellation of ‘X’": the complement first
    if cue.kind in ("passive", "noun", "idiom") and before:
        s, e, ser = before[-1]
        fit = _gap_ok(text, e, cue.start, r, view, limit=8 if cue.kind != "passive" else 6)
        if fit is not None:
            return Binding(ser, (s, e), 0.9 * fit if fit < 1 else 1.0)
        chained = _chained_gap(view, seg, e, cue)
        if chained is not None and _gap_ok(chained, e, cue.start, r, view, limit=10) is not None:
            # "X Canceled at Fox, Then Picked Up by NBC": coordinated predicates share their subject
            return Binding(ser, (s, e), 0.85)
    # "NBC axed the workplace drama", "the BBC has renewed the drama": a past participle after a network or
    # after "has"/"a" (not "has been"/"a été") is an active verb
    active = cue.kind == "active" or (cue.kind == "passive" and (_network_before(view, clause, cue)
                                                                 or _perfect_tense(text, clause, cue, r)))
    if after and (active or cue.kind in ("noun", "idiom", "passive")):
        s, e, ser = after[0]
        limit = 8 if active or cue.kind == "noun" else 10 if fronted else 4
        fit = _gap_ok(text, cue.end, s, r, view, limit=limit)
        if fit is not None and (cue.kind != "noun" or _complement(text, cue.end, s, r)):
            return Binding(ser, (s, e), 0.9 * fit if fit < 1 else 1.0)
    if cue.kind == "idiom" and (view.topic or view.preceding(clause[0], seg)) is not None:
        # "Syfy Lets It Go", "hands the comedy a second season": the anaphor stands inside the idiom
        m = r.anaphors.search(text, cue.start + 1, cue.end - 1)
        if m and m.start() > cue.start and m.end() < cue.end:
            return Binding(view.topic or view.preceding(clause[0], seg), None, 0.75)
    anaphor = _anaphor(view, seg, clause, cue, r, active=active)
    if anaphor is not None:
        return anaphor
    topic = _segment_topic(view, seg, clause, cue, r)
    if topic is not None:
        return topic
    if cue.kind in ("idiom", "noun"):
        return _nearest(view, seg, clause, cue, r)
    return None


def _adjacent(view: _DocView, clause: tuple[int, int], cue: Cue, r: ClaimRules) -> Binding | None:
    """A title right next to its cue, with only quotes, auxiliaries and adverbs between: the subject of a passive
    cue or an idiom ("« A » et « B » reviennent, « C » passe à la trappe"), the object of an active one. A parse
    of a long sentence does not overrule it."""
    text = view.text
    mentions = view.in_span(*clause)
    if cue.kind in ("passive", "idiom"):
        before = [m for m in mentions if m[1] <= cue.start]
        if before:
            s, e, ser = before[-1]
            gap = r.word.findall(text, e, cue.start)
            if len(gap) <= 3 and all(r.fillers.fullmatch(w) for w in gap) and not text[e:cue.start].strip(" \u00a0»”’'\"").count(","):
                return Binding(ser, (s, e), 1.0)
    if cue.kind == "active":
        after = [m for m in mentions if m[0] >= cue.end]
        if after and not text[cue.end:after[0][0]].strip(" \u00a0«“‘'\""):
            s, e, ser = after[0]
            return Binding(ser, (s, e), 1.0)
    return None


def _person_subject(view: _DocView, clause: tuple[int, int], cue: Cue, r: ClaimRules) -> bool:
    """A person the NER found is the subject of a subject-predicate cue: right before it, with only auxiliaries
    and adverbs between (the cue is about the person)."""
    if cue.kind not in ("passive", "idiom"):
        return False
    text = view.text
    for s, e, label in view.entities:
        if label in ("PER", "PERSON") and clause[0] <= s and e <= cue.start:
            gap = r.word.findall(text, e, cue.start)
            aux = series_rules(r.lang).subject_aux
            if len(gap) <= 3 and all(aux.fullmatch(w) for w in gap) and text[e:cue.start].strip(" \u00a0").count(",") == 0 \
                    and not any(ms < e and s < me for ms, me, _ in view.mentions):
                return True
    return False


def _noun_complement(view: _DocView, seg: Segment, clause: tuple[int, int], cue: Cue, r: ClaimRules,
                     after: list[tuple[int, int, Series]]) -> Binding | None:
    """A noun cue's own "de/of" complement: a title right after it, or an anaphor ("de la série")."""
    text = view.text
    m = r.complement.match(text, cue.end)
    if m is None:
        return None
    rest = text[m.end():clause[1]]
    offset = m.end() + len(rest) - len(rest.lstrip("«“‘'\" \u00a0"))
    for s, e, ser in after:
        if abs(s - offset) <= 1:
            return Binding(ser, (s, e), 1.0)
    target = view.topic or view.preceding(clause[0], seg)
    a = r.anaphors.match(text, m.start("det") if m.group("det") else m.end())
    if target is not None and a is not None:
        return Binding(target, None, 0.75)
    return None


def _chained_gap(view: _DocView, seg: Segment, start: int, cue: Cue) -> str | None:
    """The text with the other cues between a subject and this cue, and their agents, blanked out (None when
    there is no other cue in between)."""
    text = view.text
    between = [c for c in cue_matches(view.ctx.doc, view.ctx.lang) if start <= c.start and c.end <= cue.start]
    if not between:
        return None
    chars = list(text[:cue.start])
    for c in between:
        chars[c.start:c.end] = " " * (c.end - c.start)
    for n in view.networks:
        if start <= n[0] and n[1] <= cue.start:
            chars[n[0]:n[1]] = " " * (n[1] - n[0])
    return "".join(chars) + text[cue.start:]


def _foreign_complement(view: _DocView, seg: Segment, cue: Cue, r: ClaimRules) -> bool:
    """A noun cue whose "of/de" complement names something other than a series or an anaphor."""
    text = view.text
    m = r.complement.match(text, cue.end)
    if m is None or m.end() >= seg.end:
        return False
    for _, pattern in r.seasons:  # "de la cinquième saison de la série X"
        sm = pattern.match(text, m.end())
        if sm:
            m = r.complement.match(text, sm.end())
            if m is None:
                return False
            break
    det = m.start("det")
    rest = text[m.end():m.end() + 60].lstrip("«“‘'\" \u00a0")
    offset = m.end() + (len(text[m.end():m.end() + 60]) - len(rest))
    if any(abs(s - offset) <= 1 for s, e, _ in view.in_span(seg.start, seg.end)):
        return False
    if r.anaphors.match(text, det):
        return False
    if r.indefinite.fullmatch(m.group("det")):
        return True  # "the reboot of an imaginary cop show": some other show
    return bool(r.non_series.match(text, offset))


def _perfect_tense(text: str, clause: tuple[int, int], cue: Cue, r: ClaimRules) -> bool:
    """ "has renewed", "a annulé": the participle is the verb of an active clause."""
    for word in reversed(r.word.findall(text, clause[0], cue.start)[-4:]):
        if r.perfect_aux.fullmatch(word):
            return True
        if not r.perfect_adverbs.fullmatch(word):
            return False
    return False


def _network_before(view: _DocView, clause: tuple[int, int], cue: Cue) -> bool:
    return any(clause[0] <= s and 0 <= cue.start - e <= 2 for s, e, _ in view.networks)


def _nearest(view: _DocView, seg: Segment, clause: tuple[int, int], cue: Cue, r: ClaimRules) -> Binding | None:
    """An idiom ("pas de saison 2", "will be the last") or a bare noun cue ("Final Season") with no
    series in its clause: the series of its sentence, else the article's topic, when nothing else
    heads the clause."""
    text = view.text
    if cue.kind != "noun":
        seg_mentions = [m for m in view.in_span(*clause) if m[1] <= cue.start]
        start = seg_mentions[-1][1] if seg_mentions else clause[0]
        if _other_subject(text, start, cue.start, r, view):
            return None
    after = text[cue.end:clause[1]]
    if cue.kind == "noun" and r.non_series.match(r.complement_strip.sub("", after)):
        return None
    seg_series = {m[2].id: m for m in view.in_span(seg.start, seg.end)}
    if len(seg_series) == 1:
        s, e, ser = next(iter(seg_series.values()))
        return Binding(ser, (s, e), 0.8)
    if seg_series or view.topic is None or seg is view.segs[0]:
        return None
    if cue.kind == "noun" and not (r.possessive.search(text[max(clause[0], cue.start - 12):cue.start])
                                   or not text[clause[0]:cue.start].strip()):
        return None
    return Binding(view.topic, None, 0.7)


def _complement(text: str, cue_end: int, mention_start: int, r: ClaimRules) -> bool:
    """A noun cue's series comes as its complement: "annulation de (la série) X", "revival of X"."""
    gap = text[cue_end:mention_start].strip(" \u00a0«»“”‘’\"'")
    return not gap or bool(r.complement_start.match(gap))


def _other_subject(text: str, start: int, end: int, r: ClaimRules, view: _DocView) -> bool:
    """Another subject heads the clause: a person or organisation the NER found, or (in sentence case)
    any capitalised word that is not a filler or a network. A reporting clause before the cue ("X affirme
    que …", "X said that …") is not its subject."""
    reported = None
    for reported in r.reporting_that.finditer(text, start, end):
        pass
    if reported is not None:
        start = reported.end()
    if any(start <= s < end for s, e, label in view.entities):
        return True
    if _headline_case(text[start:end]):
        return bool(r.non_series.search(text[start:end]))
    return _gap_ok(text, start, end, r, view, limit=99) is None


def _headline_case(text: str) -> bool:
    words = [w for w in text.split() if w[:1].isalpha()]
    return len(words) >= 2 and sum(w[:1].isupper() for w in words) >= 0.75 * len(words)


def _anaphor(view: _DocView, seg: Segment, clause: tuple[int, int], cue: Cue, r: ClaimRules, *,
             active: bool) -> Binding | None:
    text = view.text
    target = view.topic or view.preceding(clause[0], seg)
    if target is None:
        return None
    for m in r.anaphors.finditer(text, clause[0], clause[1]):
        if cue.kind in ("passive", "idiom", "noun") and m.end() <= cue.start:
            if _gap_ok(text, m.end(), cue.start, r, view, limit=4) is not None:
                return Binding(target, None, 0.75)
        if (active or cue.kind in ("noun", "idiom")) and m.start() >= cue.end:
            if m.group().casefold() in ("it", "elle") and not (active and not text[cue.end:m.start()].strip()):
                continue  # a pronoun after the cue is rarely its object, unless right after an active verb
            fit = _gap_ok(text, cue.end, m.start(), r, view, limit=6)
            if fit is not None and (cue.kind != "noun" or _complement(text, cue.end, m.start(), r)):
                return Binding(target, None, 0.75)
    return None


def _segment_topic(view: _DocView, seg: Segment, clause: tuple[int, int], cue: Cue, r: ClaimRules) -> Binding | None:
    """ "X : pas de saison 2", "X: Axed After Two Seasons": the title that opens the sentence."""
    text = view.text
    opening = [m for m in view.in_span(seg.start, seg.end) if not text[seg.start:m[0]].strip(" \u00a0«“‘'\"-–•*")]
    if not opening or clause[0] <= opening[0][0]:
        return None
    s, e, ser = opening[0]
    between = text[e:clause[0]].strip(" \u00a0»”’'\"")
    if not between.startswith((":", ",", "|", "–", "—", "-")) and between:
        return None
    if _other_subject(text, clause[0], cue.start, r, view):
        return None
    return Binding(ser, (s, e), 0.85)


# --- French syntax ------------------------------------------------------------------------------------

def _parse_segment(ctx: "DocContext", seg: Segment) -> tuple["Doc", int] | None:
    """The pipeline's parser (disabled for the full text) on one sentence.

    The sentence is cut from the Doc with its token vectors (``span.as_doc`` keeps the slice of
    ``doc.tensor``), so only the parser runs: about half a millisecond per sentence. The shared
    tok2vec does not run over the whole text (the French ner has its own, see
    ``pipeline.nlp.models``): the sentence's vectors are computed here, exactly as over the whole
    text (:func:`_sentence_tensor`)."""
    nlp = ctx.nlp
    if "parser" not in nlp.component_names:
        return None
    span = ctx.doc.char_span(seg.start, seg.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    parsed = span.as_doc()
    if parsed.tensor is None or parsed.tensor.size == 0:
        if "tok2vec" not in nlp.component_names:
            return None
        parsed.tensor = _sentence_tensor(nlp, span)
    return nlp.get_pipe("parser")(parsed), span.start_char


def _sentence_tensor(nlp: "Language", span: "SpacySpan"):
    """tok2vec's vectors for ``span``'s tokens, equal to those of a pass over the whole Doc.

    A window encoder's vector for a token depends on ``depth * window_size`` tokens on each side
    (the embeddings themselves are per token), so running tok2vec on the span widened by that
    many tokens gives the same numbers. Other encoders: tok2vec over the whole Doc, once."""
    doc = span.doc
    reach = _tok2vec_reach(nlp)
    if reach is None:
        if doc.tensor is None or doc.tensor.size == 0:
            nlp.get_pipe("tok2vec")(doc)
        return doc.tensor[span.start:span.end]
    lo, hi = max(0, span.start - reach), min(len(doc), span.end + reach)
    window = nlp.get_pipe("tok2vec")(doc[lo:hi].as_doc())
    return window.tensor[span.start - lo:span.end - lo]


@lru_cache(maxsize=None)  # per pipeline: ``nlp.config`` rebuilds the whole config on each access
def _tok2vec_reach(nlp: "Language") -> int | None:
    """Tokens of context on each side that a tok2vec vector depends on; None when unbounded."""
    encode = nlp.config["components"].get("tok2vec", {}).get("model", {}).get("encode", {})
    if encode.get("@architectures", "").startswith(("spacy.MaxoutWindowEncoder", "spacy.MishWindowEncoder")):
        return int(encode["depth"]) * int(encode["window_size"])
    return None


def _token_at(parsed: "Doc", offset: int, start: int, end: int) -> "Token | None":
    """The syntactic head of the tokens covering [start, end)."""
    tokens = [t for t in parsed if offset + t.idx < end and offset + t.idx + len(t.text) > start]
    if not tokens:
        return None
    inside = {t.i for t in tokens}
    heads = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    return heads[0] if heads else tokens[0]


def _path(a: "Token", b: "Token") -> list["Token"] | None:
    """Tokens from ``a`` up to the common ancestor and down to ``b`` (excluding that ancestor)."""
    up_a = [a, *a.ancestors]
    up_b = [b, *b.ancestors]
    index_b = {t.i: k for k, t in enumerate(up_b)}
    for k, t in enumerate(up_a):
        if t.i in index_b:
            return up_a[:k] + up_b[:index_b[t.i]]
    return None


def _bind_syntax(view: _DocView, seg: Segment, cue: Cue, r: ClaimRules) -> Binding | None:
    seg_mentions = view.in_span(seg.start, seg.end)
    if len(seg_mentions) < 2:
        return None  # one candidate: the clause rules decide whether it is the cue's
    parsed = view.parse(seg)
    if parsed is None:
        return None
    doc, offset = parsed
    cue_token = _token_at(doc, offset, cue.start, cue.end)
    if cue_token is None:
        return None
    best = None
    for s, e, ser in seg_mentions:
        token = _token_at(doc, offset, s, e)
        if token is None:
            continue
        path = _path(token, cue_token)
        if path is None or len(path) > 4 or any(t.dep_ in CLAUSAL_DEPS for t in path if t is not token):
            continue
        key = (len(path), abs(s - cue.start))
        if best is None or key < best[0]:
            best = (key, Binding(ser, (s, e), 1.0))
    if best is None:
        return None
    mention = best[1].mention
    if r.non_series.search(view.text[min(mention[1], cue.end):max(mention[0], cue.start)]):
        return None
    return best[1]


def _negated(view: _DocView, seg: Segment, clause: tuple[int, int], cue: Cue, r: ClaimRules) -> bool:
    text = view.text
    window = text[max(clause[0], cue.start - 40):min(clause[1], cue.end + 20)]
    if not r.negation_word.search(window):
        return False  # no negation word near the cue: no parse needed
    if view.ctx.lang == "fr":
        parsed = view.parse(seg)
        if parsed is not None:
            doc, offset = parsed
            token = _token_at(doc, offset, cue.start, cue.end)
            if token is not None:
                heads = [token] + ([token.head] if token.dep_ in ("aux", "aux:pass", "cop") else [])
                return any(child.dep_.startswith("advmod") and r.negation_word.fullmatch(child.text)
                           for h in heads for child in h.children)
    before = text[max(clause[0], cue.start - 40):cue.start]
    if cue.kind == "noun":
        return bool(r.noun_negation.search(before))
    if r.negation_before.search(before):
        return True
    if r.negation_ne is not None and r.negation_after is not None and r.negation_ne.search(before):
        return bool(r.negation_after.search(text[cue.end:min(clause[1], cue.end + 20)]))
    return False


# --- modality, seasons, networks --------------------------------------------------------------------

def _modality(view: _DocView, seg: Segment, clause: tuple[int, int], cue: Cue, r: ClaimRules) -> str:
    text = view.text
    sentence = text[seg.start:seg.end].rstrip(" \u00a0»”’'\"")
    after_cue = text[cue.end:clause[1]]
    if (sentence.endswith("?") or "?" in after_cue) and cue.kind != "noun" and not r.presupposing.search(text[seg.start:cue.start]):
        return "question"
    head = text[clause[0]:cue.start]
    if r.denial.search(text[seg.start:cue.start]):
        return "denied"
    if _rumor(text, seg, clause, cue, r) or r.conditional.search(text, cue.start, cue.end):
        return "rumor"
    if _attributed_outlet(view, seg, r) is not None:
        return "reported"
    return "asserted"


def _rumor(text: str, seg: Segment, clause: tuple[int, int], cue: Cue, r: ClaimRules) -> bool:
    spans = [(clause[0], cue.start), (cue.end, min(clause[1], cue.end + 25))]
    if cue.kind == "noun" and not text[cue.end:clause[1]].strip(" \u00a0«»“”‘’'\":"):
        # a noun that ends its clause ("‘X’ Revival: Cast in Talks to Return") is the topic of the sentence
        spans.append((cue.end, seg.end))
    for start, end in spans:
        for m in r.rumor.finditer(text, start, end):
            if r.reported_modal.fullmatch(m.group()) and r.reporting_that.search(text, seg.start, m.start()):
                continue  # "announced that there would be no season 2": reported, not hypothetical
            if cue.status == "undecided" and (r.open_question.fullmatch(m.group()) or m.start() >= cue.end):
                continue  # "has not decided whether …", "n'a pas décidé si la série continuerait": the undecided itself
            return True
    return False


def _attributed_outlet(view: _DocView, seg: Segment, r: ClaimRules) -> str | None:
    text = view.text
    for m in r.attribution.finditer(text, seg.start, seg.end):
        for s, e, name in view.outlets:
            if seg.start <= s < seg.end and (0 <= s - m.end() <= 40 or 0 <= m.start() - e <= 3):
                return name
    return None


def _season_exprs(text: str, seg: Segment, r: ClaimRules) -> list[tuple[int, int, str, int]]:
    sr = series_rules(r.lang)
    out = []
    taken: list[tuple[int, int]] = []
    for role, pattern in r.seasons:
        for m in pattern.finditer(text, seg.start, seg.end):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            value = m.groupdict().get("n") or m.groupdict().get("o")
            n = sr.number(value) if value else None
            if n is not None and 0 < n < 60:
                out.append((m.start(), m.end(), role, n))
                taken.append(m.span())
    return out


def _season(view: _DocView, seg: Segment, clause: tuple[int, int], cue: Cue, status: str, binding: Binding,
            exprs: list[tuple[int, int, str, int]], r: ClaimRules) -> int | None:
    """The season the decision concerns: in the cue, else the nearest in its clause, else in its
    sentence when that sentence is about this series only."""
    text = view.text
    def value(role: str, n: int) -> int:
        if role in ("count", "last") and status != "ending":
            return n + 1
        return n

    inside = [x for x in exprs if x[0] < cue.end and x[1] > cue.start]
    if inside:
        return value(inside[0][2], inside[0][3])
    if binding.mention is not None:
        m = r.trailing_season.match(text, binding.mention[1])
        if m:
            return int(m.group("n"))  # "Iron Valley 5"
    seg_mentions = view.in_span(seg.start, seg.end)
    allies = {binding.series.id} | ({ser.id for _, _, ser in _coordinated(view, seg, binding.mention, forward=True)}
                                    if binding.mention is not None else set())
    in_clause = [x for x in exprs if clause[0] <= x[0] < clause[1]
                 and not _owned_by_other(x, seg_mentions, allies, cue)]
    others = {m[2].id for m in seg_mentions} - {binding.series.id}
    pool = in_clause or ([] if others else exprs)
    if not pool:
        return _season_later(view, seg, status, binding, r) if status in ("revived", "renewed") else None
    best = min(pool, key=lambda x: min(abs(x[0] - cue.end), abs(cue.start - x[1])))
    return value(best[2], best[3])


def _owned_by_other(expr: tuple[int, int, str, int], mentions: list[tuple[int, int, Series]], allies: set[str],
                    cue: Cue) -> bool:
    """A season named right after another series, past the cue, is that series' ("Cancels ‘A’, Renews ‘B’ for
    Season 6": season 6 is B's), unless the two are listed together ("Renews ‘A’ & ‘B’ for Season 2")."""
    before = [m for m in mentions if m[1] <= expr[0] and m[0] >= cue.start]
    return bool(before) and before[-1][2].id not in allies


#: How many following sentences may name the new season of a renewal or revival.
SEASON_LOOKAHEAD = 3


def _season_later(view: _DocView, seg: Segment, status: str, binding: Binding, r: ClaimRules) -> int | None:
    """A renewal or revival whose sentence names no season: the one season the next sentences of the
    paragraph name, if they name no other series ("… revient après neuf ans. Cette quatrième saison …")."""
    index = view.segs.index(seg)
    numbers = set()
    for later in view.segs[index + 1:index + 1 + SEASON_LOOKAHEAD]:
        if later.paragraph != seg.paragraph:
            break
        if any(m[2].id != binding.series.id for m in view.in_span(later.start, later.end)):
            return None
        numbers.update(n for s, e, role, n in _season_exprs(view.text, later, r) if role == "target")
    return numbers.pop() if len(numbers) == 1 else None


def _decider(view: _DocView, seg: Segment, clause: tuple[int, int], cue: Cue, binding: Binding,
             r: ClaimRules) -> str | None:
    """Who decided: an agent or a decision verb's subject in the sentence, else the network nearest the
    cue in its clause, then in its sentence; else the series' one network; else the article's only one."""
    text = view.text

    def nearest(items: list[tuple[int, int, str]]) -> str | None:
        if not items:
            return None
        return min(items, key=lambda n: min(abs(n[0] - cue.end), abs(cue.start - n[1])))[2]

    seg_cues = [c for c in cue_matches(view.ctx.doc, view.ctx.lang) if seg.start <= c.start < seg.end]
    own = [n for n in view.networks if seg.start <= n[0] < seg.end and _agent_of(text, cue, n, r)]
    if own:
        return own[0][2]  # "Canceled at Fox, Then Picked Up by NBC": each decision its own agent

    def other_side(n: tuple[int, int, str], *, agents_only: bool) -> bool:
        """The network is the agent ("Revived at Peacock") or the subject ("ABC cancelled it") of a cue that
        says the opposite of this one (a cancellation against a renewal or a revival)."""
        for c in seg_cues:
            if (c.status == "cancelled") == (cue.status == "cancelled"):
                continue
            if _agent_of(text, c, n, r):
                return True
            if not agents_only and 0 <= c.start - n[1] <= 12 and r.subject_link.fullmatch(text[n[1]:c.start]):
                return True
        return False

    nets = [n for n in view.networks if seg.start <= n[0] < seg.end and not other_side(n, agents_only=True)]
    # a subject shared by coordinated verbs ("CBS Cancels ‘A’, Renews ‘B’") stays when it is the only one
    in_seg = [n for n in nets if not other_side(n, agents_only=False)] or nets
    deciding = [n for n in in_seg if r.decider_before.search(text[max(seg.start, n[0] - 12):n[0]])
                or r.decider_after.match(text[n[1]:n[1] + 40])]
    in_clause = [n for n in in_seg if clause[0] <= n[0] < clause[1]]
    found = nearest(deciding) or nearest(in_clause) or nearest(in_seg)
    if found:
        return found
    taken = {n[2] for n in view.networks if seg.start <= n[0] < seg.end and n not in in_seg}
    if len(binding.series.networks) == 1 and binding.series.networks[0] not in taken:
        return binding.series.networks[0]
    names = {n[2] for n in view.networks}
    return next(iter(names)) if len(names) == 1 and not names & taken else None


def _agent_of(text: str, cue: Cue, network: tuple[int, int, str], r: ClaimRules) -> bool:
    """The network right after a cue and an agent link ("canceled by NBC", "Revived at Peacock", "sauvée par
    Netflix"), or right after a cue that ends with its link ("picked up by NBC")."""
    gap = text[cue.end:network[0]]
    if not 0 <= len(gap) <= 12:
        return False
    return bool(r.agent_link.fullmatch(gap)) or (not gap.strip(" \u00a0") and bool(r.agent_end.search(text, cue.start, cue.end)))


# --- merging ------------------------------------------------------------------------------------------

def _drop_overlapping(found: list[Found]) -> list[Found]:
    """One decision per series and sentence unless the sentence states two (a cancellation and a rescue):

    - a revival's green light is not a renewal: drop a renewal without a season stated in the same clause as a
      revival ("Revival Lands a Green Light at Hulu", but not "Revival Picked Up for Season 2");
    - a stop read as a cancellation gives way to an ending of the same sentence ("tire sa révérence : la saison 3
      sera la dernière");
    - a vague "back" cue gives way to another renewal, revival or undecided status of the same series in the
      sentence ("is coming back for more: Apple TV+ has ordered a second season")."""
    revived = {(f.series.id, f.clause) for f in found if f.status == "revived"}
    found = [f for f in found if not (f.status == "renewed" and f.season is None and (f.series.id, f.clause) in revived)]
    by_sentence: dict[tuple[str, int], set[str]] = {}
    for f in found:
        by_sentence.setdefault((f.series.id, f.segment.start), set()).add(f.status)
    out = []
    for f in found:
        statuses = by_sentence[(f.series.id, f.segment.start)]
        if f.cue_status == "stop" and f.status == "cancelled" and "ending" in statuses:
            continue
        if f.cue_status == "return" and (statuses & {"renewed", "revived", "undecided"}) - {f.status}:
            continue
        out.append(f)
    return out


def _merge(found: list[Found], view: _DocView, dates: list[DateMention]) -> list[Claim]:
    groups: dict[tuple[str, str], list[Found]] = {}
    for f in found:
        groups.setdefault((f.series.id, f.status), []).append(f)
    claims = []
    for (sid, status), items in groups.items():
        items.sort(key=lambda f: (MODALITY_RANK[f.modality], not f.explicit, -f.confidence, f.segment.start))
        best = items[0]
        same = [f for f in items if f.modality == best.modality]
        seasons = Counter(f.season for f in same if f.season is not None)
        season = best.season if best.season is not None else (seasons.most_common(1)[0][0] if seasons else None)
        network = best.network or next((f.network for f in same if f.network), None)
        reported_by = best.reported_by or next((f.reported_by for f in same if f.reported_by), None)
        confidence = 1.0
        for f in same:
            confidence *= 1.0 - f.confidence
        seg = best.segment
        claims.append(Claim(
            series=best.title, series_id=sid, status=status, season=season, network=network,
            reported_by=reported_by, announced=_announced(view, seg, dates), modality=best.modality,
            evidence=view.text[seg.start:seg.end], span=Span(start=seg.start, end=seg.end),
            confidence=round(min(0.99, 1.0 - confidence), 3),
        ))
    claims.sort(key=lambda c: c.span.start)
    return claims


def _announced(view: _DocView, seg: Segment, dates: list[DateMention]) -> str | None:
    for d in dates:
        if d.start is not None and seg.start <= d.start < seg.end and d.kind not in NOT_ANNOUNCEMENT:
            return d.value
    if seg.paragraph < LEDE_PARAGRAPHS and view.ctx.published:
        return view.ctx.published[:10]
    return None
