"""People named in the text, with the roles and characters the text gives them.

Candidates are the NER's person entities plus the byline authors. They are
dropped when they fall on a series mention, inside a short quoted title, on a
character (the Y of "X playing the role of Y", "X incarne Y", "le personnage
de Y"), or when they are a lone given name with no role ("Odile"). A lone
surname later in the text ("Berthier") becomes a mention of the full name.

Roles come from the per-language cue tables (``tables/people_<lang>.py``):
a role noun before the name ("le créateur X", "Showrunner X") or in
apposition ("X, créateur du show"), a copula ("The composers are A, B, C"),
an agent ("créée par X", "starring X"), an actor verb ("X Joins", "X-Starring"),
"avec X" after a series. A cue on one name of a list ("A, B et C") applies to
the whole list. Each role is attributed to the series the sentence names
(explicitly linked, else the only one in the sentence), else to the document's
main series when the cue says "the series"/"du show" or the text has one series.

Title Case headlines glue verbs and role nouns to names ("Dana Whitfield Boards"): spans are cut into
the names they contain (``_clean``). A capitalised name the NER missed is kept when a strong cue
marks it (``_cued_candidates``). A caseless text goes through the pipeline once more as a
title-cased copy, its names filtered by given names, role nouns and surname references.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Sequence

from pipeline.nlp.gazetteer import GAZETTEER_LABELS, PERSON_LABELS, spellings
from pipeline.nlp.people_rules import PeopleRules, matched_role, rules_for
from pipeline.nlp.tables.given_names import GIVEN_NAMES
from pipeline.nlp.textspans import (
    NAME_RUN, Sentences, doc_text, inside, is_lowercase_text, name_run_at, overlaps, quoted_titles, series_spans,
)
from pipeline.records import Mention, Person, Role

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from pipeline.nlp import DocContext
    from pipeline.records import Series

#: Network and outlet spellings: never a person, even where the ruler did not run.
_GAZETTEER = frozenset(spellings())
#: How far (characters) an explicit series link may sit from the role cue.
_SERIES_REACH = 45
_POSSESSIVE = ("’s", "'s", "’", "'")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
#: Characters of context the cue patterns look at on each side of a name.
_CONTEXT = 160
#: ... and what the role cues before a name may span ("The people who wrote the music for the drama are ").
_CUE_REACH = 110
#: A role noun followed by "de/of [the show] Title": the role belongs to that title.
_LINKED_TITLE = re.compile(r"\s*(?:de|du|des|d['’]|of|on|in|dans|sur)\s+(?:(?:la|le|les|l['’]|the)\s*)?"
                           r"(?:\w+\s+){0,1}?[«“\"‘']?\s*[A-ZÀ-Ý]")
_TRIM = " \t\n\u00a0,;:.!?()[]|«»“”\"‘"


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    sent: int
    roles: list[tuple[str, str | None, str | None]] = field(default_factory=list)  # (role, series, character)
    character: bool = False      # this span is a character (or a family), not a person
    alias_of: "_Cand | None" = None  # "Paul Mercier, alias Pulsar": Pulsar → Paul Mercier
    cut: bool = False            # one word left of a longer span: kept only as the surname of a full name

    @property
    def key(self) -> tuple[int, int]:
        return self.start, self.end


@dataclass(slots=True)
class _Doc:
    """What every rule needs about one document."""

    doc: "Doc"
    text: str
    sents: Sentences
    rules: PeopleRules
    series: list[tuple[int, int, str]]
    main_series: str | None
    dominant: bool                 # the main series is the only one or mentioned twice as often as any other
    quoted: list[tuple[int, int]]
    blocked: list[tuple[int, int]]
    lowercase: bool
    claimed: list[tuple[int, int]] = field(default_factory=list)  # series mentions tied to a character's role

    def left(self, pos: int) -> str:
        return self.text[max(self.sents.bounds(pos)[0], pos - _CONTEXT):pos]

    def right(self, pos: int) -> str:
        return self.text[pos:min(self.sents.bounds(max(pos - 1, 0))[1], pos + _CONTEXT)]


def find_people(ctx: "DocContext", *, series: Sequence["Series"]) -> list[Person]:
    doc = ctx.doc
    text = doc_text(doc)
    rules = rules_for(ctx.lang)
    spans = series_spans(series)
    main, dominant = _main_series(series)
    d = _Doc(doc=doc, text=text, sents=Sentences.of(doc), rules=rules, series=spans, main_series=main, dominant=dominant,
             quoted=quoted_titles(text), lowercase=is_lowercase_text(text),
             blocked=[(e.start_char, e.end_char) for e in doc.ents if e.label_ in GAZETTEER_LABELS])
    cands = _candidates(doc, d, _person_spans(ctx, d))
    cands += _cued_candidates(doc, d, cands)
    _characters(cands, d)
    _roles(cands, d)
    people = _merge(cands, d)
    return _with_authors(people, ctx.authors, d)


# -- candidates ---------------------------------------------------------------------------------

def _candidates(doc, d: _Doc, spans: list[tuple[int, int]]) -> list[_Cand]:
    out: list[_Cand] = []
    seen: set[tuple[int, int]] = set()
    for ent_start, ent_end in spans:
        for start, end, cut in _clean(d, ent_start, ent_end):
            if (start, end) in seen:
                continue
            if overlaps(start, end, [(s, e) for s, e, _ in d.series]) or overlaps(start, end, d.blocked):
                continue
            if inside(start, end, d.quoted) or d.text[start:end] in _GAZETTEER:
                continue
            if d.lowercase and not _caseless_plausible(d, start, end):
                continue
            seen.add((start, end))
            out.append(_Cand(start, end, d.sents.index(start), cut=cut))
    return out


def _person_spans(ctx: "DocContext", d: _Doc) -> list[tuple[int, int]]:
    """The NER's person entities; for a caseless text, those of a title-cased copy.

    Trained NER models lean on capitals, so an all lower-case text (some wire copy) yields almost
    no names. The copy capitalises every word that is not a stop word (same characters, same
    offsets) and goes through the pipeline's components once more: a cost paid by caseless texts only.
    """
    doc = ctx.doc
    if not d.lowercase or ctx.nlp is None:
        return [(e.start_char, e.end_char) for e in doc.ents if e.label_ in PERSON_LABELS]
    stops = ctx.nlp.Defaults.stop_words
    copy = ctx.nlp(_WORD.sub(lambda m: _title(m.group(), stops), d.text))
    return [(e.start_char, e.end_char) for e in copy.ents if e.label_ in PERSON_LABELS]


def _title(word: str, stops) -> str:
    """Capitalise a word of the caseless copy, keeping its length (offsets must not move)."""
    if len(word) < 2 or word in stops:
        return word
    first = word[0].upper()
    return first + word[1:] if len(first) == 1 else word


def _caseless_plausible(d: _Doc, start: int, end: int) -> bool:
    """Without capitals, a name needs a known given name first or a role cue ("rapper kato")."""
    words = d.text[start:end].split()
    if words[0].casefold() in GIVEN_NAMES and len(words) > 1:
        return True
    return _strong_cue(d, start, end) or (len(words) > 1 and _surname_reference(d, words[-1]))


def _repeated(d: _Doc, word: str, times: int) -> bool:
    """The word stands alone at least ``times`` times in the text."""
    return len(re.findall(rf"(?<![\w-]){re.escape(word)}(?![\w-])", d.text)) >= times


def _surname_reference(d: _Doc, word: str) -> bool:
    """News prose refers back to people by surname: "greer said", "ms berman" (table ``SURNAME_REFERENCE``)."""
    return d.rules.surname_reference(word).search(d.text) is not None


def _cued_candidates(doc, d: _Doc, cands: list[_Cand]) -> list[_Cand]:
    """Capitalised names the NER missed or mislabelled ("Rowan Pell" as LOC) that a strong cue
    marks as people: "X playing the role of Y", "Showrunner X", "created by X", "X Joins", "X, créateur de"."""
    if d.lowercase:
        return _caseless_cued(doc, d, cands)
    taken = [c.key for c in cands]
    out: list[_Cand] = []
    for start, end in _name_runs(doc, d):
        if overlaps(start, end, taken) or overlaps(start, end, d.blocked) or inside(start, end, d.quoted):
            continue
        if overlaps(start, end, [(s, e) for s, e, _ in d.series]):
            continue
        for c_start, c_end, _ in _clean(d, start, end):
            if len(d.text[c_start:c_end].split()) >= 2 and _strong_cue(d, c_start, c_end):
                out.append(_Cand(c_start, c_end, d.sents.index(c_start)))
                taken.append((c_start, c_end))
    return out


def _caseless_cued(doc, d: _Doc, cands: list[_Cand]) -> list[_Cand]:
    """In a caseless text, the words right after a role noun ("drummer rolf haskins", "panellists maggie orr")."""
    taken = [c.key for c in cands]
    out: list[_Cand] = []
    for token in doc[:-1]:
        if not d.rules.role_word.match(token.text):
            continue
        words = []
        for nxt in doc[token.i + 1:token.i + 6]:
            if nxt.is_space and not words:
                continue  # wire copy often has double spaces where quotes were
            if nxt.is_space or not nxt.text[:1].isalpha() or _breaks_name(nxt, len(words), [nxt, nxt], d):
                break
            words.append(nxt)
        if not words:
            continue
        words = _caseless_name(words, d)
        if words[0].text.casefold() not in GIVEN_NAMES and not _repeated(d, words[-1].text, 2):
            continue  # "star wars", "housemates cold": a name is named again, or starts with a given name
        start, end = words[0].idx, words[-1].idx + len(words[-1])
        if overlaps(start, end, taken) or overlaps(start, end, d.blocked) or inside(start, end, d.quoted):
            continue
        if overlaps(start, end, [(s, e) for s, e, _ in d.series]):
            continue
        out.append(_Cand(start, end, d.sents.index(start)))
        taken.append((start, end))
    return out


def _name_runs(doc, d: _Doc):
    """Runs of two or more capitalised words on one line; ``_clean`` then cuts them at function words,
    role nouns and headline verbs. A regex over the text: no Python loop over every token."""
    for m in NAME_RUN.finditer(d.text):
        if " " in m.group() or "\u00a0" in m.group():
            yield m.start(), m.end()


def _strong_cue(d: _Doc, start: int, end: int) -> bool:
    rules = d.rules
    right = d.right(end)
    if rules.character_right.match(right) or rules.suffix_right.match(right) or rules.copula_right.match(right):
        return True
    if rules.verb_right.match(right) and not right[:1].isalpha():
        return True
    left = d.left(start)[-_CUE_REACH:]
    return bool(rules.prefix_left.search(left) or rules.agent_left.search(left) or rules.copula_left.search(left))


def _clean(d: _Doc, start: int, end: int) -> list[tuple[int, int, bool]]:
    """The names inside what the NER (or a capitalised run) marked, each with a flag telling whether a
    longer span was cut down to that one word.

    Headlines and caseless texts glue words to names ("Dana Whitfield Boards", "Showrunner Kenji Arai",
    "Owen Hart-Led", "tom garvey said", "alan pryce s last spy novel"): the span is cut at
    possessives, stop words, role nouns, verbs and ``NAME_BREAKERS``; hyphenated parts the NER dropped
    are put back ("Anne-Sophie Marchal", "Jean-Luc Torres", "Park Min-jun").
    """
    text = d.text
    start, end = _extend_hyphens(text, start, end)
    span = d.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    tokens = [t for t in span if not t.is_space]
    segments: list[list] = [[]]
    for i, token in enumerate(tokens):
        if _breaks_name(token, i, tokens, d):
            segments.append([])
        else:
            segments[-1].append(token)
    words = len([t for t in tokens if t.text[:1].isalpha()])
    titled = any(t.text.casefold() in d.rules.not_person for t in tokens)
    out = []
    for segment in segments:
        while segment and not any(c.isalpha() for c in segment[-1].text):
            segment = segment[:-1]
        while segment and not segment[0].text[:1].isalpha():
            segment = segment[1:]
        while segment and segment[-1].text.casefold() in d.rules.particles:
            segment = segment[:-1]  # "docteur Morel des « … »": a particle ends no name
        if not segment:
            continue
        if not d.lowercase and _verb_led(segment, d):
            continue  # "Threatens Sexual Assault", "Begin Production": a Title Case headline's verb phrase
        if d.lowercase:
            segment = _caseless_name(segment, d)
        # "Harbor Lights Anime", "Metro News Show": a title or an organisation, unless a given name opens it
        if titled and segment[0].text.casefold() not in GIVEN_NAMES:
            continue
        s_start, s_end = segment[0].idx, segment[-1].idx + len(segment[-1])
        value = text[s_start:s_end]
        if (not d.lowercase and not value[0].isupper()) or d.rules.role_word.match(value):
            continue
        out.append((s_start, s_end, len(segment) == 1 and words > 1))
    return out


def _verb_led(segment: list, d: _Doc) -> bool:
    """A span of a Title Case headline that opens on a verb ("Threatens …", "Begins …", "Named …") is a phrase,
    not a name; given names ending like verbs ("James", "Ted") are names."""
    first = segment[0].text
    low = first.casefold()
    if low in GIVEN_NAMES or len(segment) < 2 or len(low) < 4:
        return False
    if low in d.rules.breakers:
        return True
    if not low.endswith(("s", "ed")) or low.endswith(("ss", "us", "is", "as", "os")):
        return False
    start, end = d.sents.bounds(segment[0].idx)
    line_start = d.text.rfind("\n", 0, segment[0].idx) + 1
    line_end = d.text.find("\n", segment[0].idx)
    words = [w for w in d.text[max(start, line_start):min(end, line_end if line_end >= 0 else end)].split()
             if w[:1].isalpha()]
    return len(words) >= 4 and sum(w[:1].isupper() for w in words) >= 0.7 * len(words)  # a Title Case line


def _caseless_name(tokens: list, d: _Doc) -> list:
    """Without capitals a name is a given name, initials or particles, and one more word ("hans van dijk")."""
    content = 0
    for i, token in enumerate(tokens):
        low = token.text.casefold()
        if low in d.rules.particles or len(low.rstrip(".")) == 1:
            continue
        content += 1
        if content == 2:
            return tokens[:i + 1]
    return tokens


def _breaks_name(token, i: int, tokens: list, d: _Doc) -> bool:
    text = token.text
    low = text.casefold()
    rules = d.rules
    if low in _POSSESSIVE or (d.lowercase and low == "s"):
        return True
    if not any(c.isalnum() for c in text):
        return text not in {".", "-", "’", "'"}
    if low in rules.particles:
        return False
    if token.is_stop or low in rules.breakers:
        # "Will Parker", "Don Mayhew": a given name that is also a stop word opens a name
        return not (i == 0 and low in GIVEN_NAMES and len(tokens) > 1)
    if rules.role_word.match(text):
        # "Amy Host", "Jon Director": a role noun right after a given name is a surname
        return not (len(tokens) == 2 and i == 1 and tokens[0].text.casefold() in GIVEN_NAMES)
    if low in rules.not_person or rules.verb_right.match(" " + text + " "):
        return True
    if not d.lowercase and text[:1].islower() and i == 0:
        return True  # "grumpy Stan"
    if d.lowercase and len(low.rstrip(".")) == 1 and i > 0 and (len(low) == 1 or i == len(tokens) - 1):
        return True  # "don t", "aren t.": a split contraction, not an initial
    after_given = i > 0 and tokens[i - 1].text.casefold() in GIVEN_NAMES  # "alan pryce", "nina dale"
    if (d.lowercase or len(tokens) > 2) and len(low) > 3 and low not in GIVEN_NAMES and not after_given \
            and low.endswith(("ed", "ing", "ly")):
        return True  # "Bullying", "consistently", "collapsed"
    return False


def _extend_hyphens(text: str, start: int, end: int) -> tuple[int, int]:
    """Put back hyphenated parts of a name the NER split off ("Anne-Sophie", "Jean-Luc", "Min-jun")."""
    while end + 1 < len(text) and text[end] == "-" and text[end + 1].isalpha():
        end += 1
        while end < len(text) and (text[end].isalpha() or text[end] in "’'"):
            end += 1
    while start > 1 and text[start - 1] == "-" and text[start - 2].isalpha():
        start -= 1
        while start > 0 and text[start - 1].isalpha():
            start -= 1
    return start, end


# -- characters ---------------------------------------------------------------------------------

def _characters(cands: list[_Cand], d: _Doc) -> None:
    """Find "X playing the role of Y" and friends; Y becomes X's character and stops being a person."""
    characters: list[tuple[int, int]] = []
    ordered = sorted(cands, key=lambda c: c.start)
    for cand in ordered:
        if inside(cand.start, cand.end, characters):
            continue
        right = d.right(cand.end)
        m = d.rules.character_right.match(right)
        found = _character_at(d, cand.end + m.end()) if m else _parenthesised_character(d, cand.end)
        if found:
            characters.append(found)
            series = _series_after(d, found[1]) or _series_for(d, cand.start, m.group(0) if m else "")
            cand.roles.append(("actor", series, d.text[found[0]:found[1]]))
    for cand in ordered:
        if inside(cand.start, cand.end, characters):
            continue
        left = d.left(cand.start)
        # "Y, incarné par X": the character precedes the actor
        m = d.rules.character_before_left.search(left)
        if m:
            found = _name_ending_at(d, cand.start - len(left) + len(left[:m.start()].rstrip()))
            if found:
                characters.append(found)
                cand.roles.append(("actor", _series_for(d, cand.start, ""), d.text[found[0]:found[1]]))
            continue
        # "le personnage de Y"; "elle avait interprété Y", "La comédienne incarne Y": the actor is named earlier
        if d.rules.character_marker_left.search(left):
            characters.append(cand.key)
            continue
        m = d.rules.character_object_left.search(left)
        if m:
            characters.append(cand.key)
            verb_at = cand.start - len(left) + m.start()
            actor = _last_person_before(ordered, d, verb_at, exclude=characters)
            if actor is not None and actor.sent >= cand.sent - 1:
                actor.roles.append(("actor", _series_after(d, cand.end) or _series_for(d, cand.start, left),
                                    d.text[cand.start:cand.end]))
    names = {_norm(d.text[s:e]) for s, e in characters}
    for cand in cands:
        if inside(cand.start, cand.end, characters) or _norm(d.text[cand.start:cand.end]) in names:
            cand.character = True
    _aliases_and_families(ordered, d)


def _aliases_and_families(ordered: list[_Cand], d: _Doc) -> None:
    """"X, alias Y": Y is X under another name; "les frères Castel": a family, not a person."""
    for cand in ordered:
        if cand.character:
            continue
        m = d.rules.alias_right.match(d.right(cand.end))
        if m:
            alias = name_run_at(d.text, cand.end + m.end())
            if alias:
                alias_name = _norm(d.text[alias[0]:alias[1]])
                for other in ordered:
                    if other is not cand and _norm(d.text[other.start:other.end]) == alias_name:
                        other.alias_of = cand
        if len(d.text[cand.start:cand.end].split()) == 1 and d.rules.family_left.search(d.left(cand.start)):
            cand.character = True


def _character_at(d: _Doc, pos: int) -> tuple[int, int] | None:
    text = d.text
    for _ in range(5):
        m = d.rules.character_filler.match(text, pos)
        if not m:
            break
        pos = m.end()
    found = name_run_at(text, pos)
    if not found:
        return None
    start, end = found
    value = text[start:end]
    first = value.split()[0].casefold()
    if first in {"it", "he", "she", "they", "il", "elle", "ils", "elles", "the", "a", "an", "le", "la", "les"}:
        return None
    if d.rules.role_word.match(value.split()[0]) or overlaps(start, end, d.blocked):
        return None
    if overlaps(start, end, [(s, e) for s, e, _ in d.series]):
        return None
    return start, end


def _parenthesised_character(d: _Doc, pos: int) -> tuple[int, int] | None:
    """"Owen Hart (Sam)": a short capitalised name in parentheses right after an actor."""
    text = d.text
    i = pos
    while i < len(text) and text[i] in " \u00a0":
        i += 1
    if i >= len(text) or text[i] != "(":
        return None
    found = name_run_at(text, i + 1)
    if not found or found[1] >= len(text) or text[found[1]] != ")":
        return None
    if overlaps(found[0], found[1], d.blocked) or found[1] - found[0] > 30:
        return None
    return found


def _name_ending_at(d: _Doc, end: int) -> tuple[int, int] | None:
    text = d.text
    start = end
    for _ in range(5):
        j = text.rfind(" ", d.sents.bounds(max(start - 1, 0))[0], max(start - 1, 0))
        candidate = j + 1 if j >= 0 else d.sents.bounds(start)[0]
        run = name_run_at(text, candidate)
        if run and run[1] >= end:
            start = candidate
        else:
            break
    if start == end:
        return None
    return start, end


def _last_person_before(cands: list[_Cand], d: _Doc, pos: int, *, exclude) -> _Cand | None:
    best = None
    for cand in cands:
        if cand.end <= pos and not cand.character and not inside(cand.start, cand.end, exclude):
            if best is None or cand.start > best.start:
                best = cand
    return best


# -- roles --------------------------------------------------------------------------------------

def _roles(cands: list[_Cand], d: _Doc) -> None:
    people = [c for c in sorted(cands, key=lambda c: c.start) if not c.character]
    for group in _lists(people, d):
        first, last = group[0], group[-1]
        left = d.left(first.start)
        shared = _left_roles(d, first.start, left)
        right = d.right(last.end)
        m = d.rules.verb_right.match(right)
        # "la fiction imaginée par X surprend encore": X is not the verb's subject
        if m and not d.rules.agent_left.search(left):
            role = matched_role(m, d.rules.verb_roles, "v")
            shared.append((role, _series_for(d, last.end, right[:m.end()], role=role), None))
        m = d.rules.copula_right.match(right) or d.rules.suffix_right.match(right)
        if m:
            role = matched_role(m, d.rules.roles, "r")
            if role:
                shared.append((role, _series_for(d, last.end, right[:m.end() + _SERIES_REACH], after=last.end + m.end(),
                                                 role=role), None))
        for cand in group:
            own = []
            if cand is not first:
                own += _left_roles(d, cand.start, d.left(cand.start), own_only=True)
            if cand is not last:
                r = d.right(cand.end)
                m = d.rules.suffix_right.match(r)
                role = matched_role(m, d.rules.roles, "r") if m else None
                if role:
                    own.append((role, _series_for(d, cand.end, r[:m.end() + _SERIES_REACH], after=cand.end + m.end(),
                                                  role=role), None))
            for role in own + shared:
                if role[0] and role not in cand.roles:
                    cand.roles.append(role)
    _anaphora(people, d)


def _anaphora(people: list[_Cand], d: _Doc) -> None:
    """"Le guitariste britannique, disparu en mai...": a sentence opening on a role noun, with no name of its
    own, gives that role to the person of the previous sentence when that sentence names exactly one."""
    named = {c.sent for c in people}
    for i, (start, end) in enumerate(zip(d.sents.starts, d.sents.ends)):
        if i == 0 or i in named:
            continue
        m = d.rules.anaphora_role.match(d.text, start, end)
        if not m:
            continue
        before = [c for c in people if c.sent < i]
        if not before:
            continue
        last_sent = max(c.sent for c in before)
        if last_sent < i - 2:
            continue
        names = {_norm(d.text[c.start:c.end]) for c in before if c.sent == last_sent}
        if len(names) != 1:
            continue
        role = matched_role(m, d.rules.roles, "r")
        target = max((c for c in before if c.sent == last_sent), key=lambda c: c.start)
        entry = (role, _series_for(d, start, d.text[start:end], role=role), None)
        if role and entry not in target.roles:
            target.roles.append(entry)


def _left_roles(d: _Doc, pos: int, left: str, *, own_only: bool = False) -> list[tuple[str, str | None, str | None]]:
    out: list[tuple[str, str | None, str | None]] = []
    rules = d.rules
    left = left[-_CUE_REACH:]  # the end-anchored patterns are tried from every position: keep them short
    m = rules.prefix_left.search(left)
    if m:
        role = matched_role(m, rules.roles, "r")
        if role:
            out.append((role, _series_for(d, pos, left[m.start():], before=pos - len(left) + m.start(), role=role),
                        None))
    m = rules.agent_left.search(left)
    if m:
        role = matched_role(m, rules.agent_roles, "a")
        if role:
            out.append((role, _series_for(d, pos, left[m.start():], before=pos - len(left) + m.start(), role=role),
                        None))
    if own_only:
        return out
    m = rules.copula_left.search(left)
    if m:
        role = matched_role(m, rules.roles, "r")
        if role:
            out.append((role, _series_for(d, pos, left[m.start():], before=pos - len(left) + m.start(), role=role),
                        None))
    m = rules.with_left.search(left)
    if m:
        window_start = pos - len(left) + max(0, m.start() - 40)
        window = d.text[window_start:pos - len(left) + m.start()]
        near_series = any(window_start <= e <= pos and e >= pos - len(left) + m.start() - 25 for _, e, _ in d.series)
        if rules.series_noun_left.search(window) or near_series:
            out.append(("actor", _series_for(d, pos, window + left[m.start():], before=window_start), None))
    return out


def _lists(people: list[_Cand], d: _Doc) -> list[list[_Cand]]:
    """Group consecutive names of one sentence joined by list separators ("A, B ou encore C")."""
    groups: list[list[_Cand]] = []
    for cand in people:
        if groups:
            prev = groups[-1][-1]
            gap = d.text[prev.end:cand.start]
            if prev.sent == cand.sent and d.rules.list_gap.match(gap) and not _gap_has_possessive(gap):
                groups[-1].append(cand)
                continue
        groups.append([cand])
    return groups


def _gap_has_possessive(gap: str) -> bool:
    return gap.lstrip().startswith(("’s", "'s"))


def _series_for(d: _Doc, pos: int, cue: str, *, after: int | None = None, before: int | None = None,
                role: str | None = None) -> str | None:
    """The series a role belongs to (see the module docstring for the order of preference).

    ``other`` roles (hosts, singers, executives) are not part of a series: they get one only when
    their own sentence names it; a journalist's byline never belongs to a series."""
    if role == "journalist":
        return None
    s_start, s_end = d.sents.bounds(pos)
    in_sentence = [(s, e, t) for s, e, t in d.series if s_start <= s < s_end and (s, e) not in d.claimed]
    if after is not None:
        linked = [t for s, e, t in in_sentence if after <= s <= after + _SERIES_REACH]
        if linked:
            return linked[0]
        if _LINKED_TITLE.match(d.text, after, min(s_end, after + _SERIES_REACH)):
            return None  # "animatrice de l'émission Vite au Lit": linked to a title we do not know as a series
    if before is not None:
        linked = [t for s, e, t in in_sentence if before - 4 <= e <= before + 1]
        if linked:
            return linked[-1]
    titles = {t for _, _, t in in_sentence}
    if len(titles) == 1:
        return next(iter(titles))
    if titles:
        nearest = min(in_sentence, key=lambda x: min(abs(x[0] - pos), abs(x[1] - pos)))
        return nearest[2]
    if role == "other" or role in CREDITED_AS_CREATOR:
        return None  # a writer or director is credited with a series only where the text pairs them
    # no title in the sentence: the last one named earlier in the same paragraph
    paragraph = max(d.text.rfind("\n", 0, s_start), 0)
    earlier = [t for s, e, t in d.series if paragraph <= s < s_start]
    if earlier:
        return earlier[-1]
    if d.main_series and (d.dominant or d.rules.series_noun_left.search(cue)):
        return d.main_series
    return None


def _series_after(d: _Doc, pos: int) -> str | None:
    """"... joué Ada Frey dans la série Quai Nord": the series named right after a character."""
    s_end = d.sents.bounds(pos)[1]
    for s, e, title in d.series:
        if pos <= s <= min(pos + _SERIES_REACH, s_end):
            d.claimed.append((s, e))
            return title
    return None


def _main_series(series: Sequence["Series"]) -> tuple[str | None, bool]:
    """The most mentioned series, and whether it dominates the text (the only one, or twice the next)."""
    if not series:
        return None, False
    ranked = sorted(series, key=lambda s: (-len(s.mentions), min((m.start for m in s.mentions), default=0)))
    dominant = len(ranked) == 1 or len(ranked[0].mentions) >= 2 * len(ranked[1].mentions)
    return ranked[0].title, dominant


# -- people -------------------------------------------------------------------------------------

@lru_cache(maxsize=8192)
def _norm(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return " ".join(text.replace("’", "'").split())


@dataclass(slots=True)
class _Person:
    name: str
    mentions: list[tuple[int, int]]
    roles: list[tuple[str, str | None, str | None]]


def _merge(cands: list[_Cand], d: _Doc) -> list[_Person]:
    people: list[_Person] = []
    by_key: dict[str, int] = {}
    owner: dict[tuple[int, int], _Person] = {}
    live = [c for c in sorted(cands, key=lambda c: c.start) if not c.character]
    full = [c for c in live if not _is_lone(d, c) and c.alias_of is None]
    lone = [c for c in live if _is_lone(d, c) and c.alias_of is None]
    for cand in full:
        key = _norm(d.text[cand.start:cand.end])
        if key not in by_key:
            by_key[key] = len(people)
            people.append(_Person(name=" ".join(d.text[cand.start:cand.end].split()), mentions=[], roles=[]))
        _attach(people[by_key[key]], cand, owner)
    first_names = _lone_first_name_lists(lone, d)
    for cand in lone:
        key = _norm(d.text[cand.start:cand.end])
        bare = _norm(" ".join(w for w in d.text[cand.start:cand.end].split() if not d.rules.honorific.match(w)))
        target = _surname_owner(people, bare, cand.start) if bare else None
        if target is None and key in by_key:
            target = people[by_key[key]]
        if target is None:
            if cand.cut or not cand.roles and (key in GIVEN_NAMES or cand.key in first_names):
                continue  # a lone first name with no role: a character or a first-name-only mention
            by_key[key] = len(people)
            target = _Person(name=d.text[cand.start:cand.end], mentions=[], roles=[])
            people.append(target)
        _attach(target, cand, owner)
    for cand in live:
        if cand.alias_of is not None and cand.alias_of.key in owner:
            _attach(owner[cand.alias_of.key], cand, owner)
    return people


def _is_lone(d: _Doc, cand: _Cand) -> bool:
    return len([w for w in d.text[cand.start:cand.end].split() if not d.rules.honorific.match(w)]) <= 1


def _attach(person: _Person, cand: _Cand, owner: dict) -> None:
    person.mentions.append(cand.key)
    _add_roles(person, cand.roles)
    owner[cand.key] = person


def _lone_first_name_lists(lone: list[_Cand], d: _Doc) -> set[tuple[int, int]]:
    """Lists of lone names with a given name among them ("Odile et Margot") name characters."""
    out: set[tuple[int, int]] = set()
    for group in _lists(lone, d):
        if len(group) > 1 and any(_norm(d.text[c.start:c.end]) in GIVEN_NAMES for c in group):
            out.update(c.key for c in group)
    return out


def _surname_owner(people: list[_Person], key: str, pos: int) -> _Person | None:
    """The person whose last (or first) name is this lone word, preferring the closest one before it."""
    owners = [p for p in people if len(p.name.split()) > 1 and _norm(p.name.split()[-1]) == key]
    if not owners:
        return None
    before = [p for p in owners if min(s for s, _ in p.mentions) < pos]
    pool = before or owners
    return max(pool, key=lambda p: max((s for s, _ in p.mentions if s < pos), default=-1))


def _add_roles(person: _Person, roles: list[tuple[str, str | None, str | None]]) -> None:
    for role in roles:
        if role not in person.roles:
            person.roles.append(role)


def _with_authors(people: list[_Person], authors: Sequence[str], d: _Doc) -> list[Person]:
    index = {_norm(p.name): p for p in people}
    for author in authors:
        name = " ".join(author.split())
        if not name:
            continue
        person = index.get(_norm(name))
        if person is None:
            person = _Person(name=name, mentions=[], roles=[])
            people.append(person)
            index[_norm(name)] = person
        start = d.text.find(name)
        while start >= 0:
            if not overlaps(start, start + len(name), person.mentions):
                person.mentions.append((start, start + len(name)))
            start = d.text.find(name, start + len(name))
        _add_roles(person, [("journalist", None, None)])
    return [_record(p, d.text) for p in people]


def _record(person: _Person, text: str) -> Person:
    roles = _consolidate(person.roles)
    mentions = sorted(set(person.mentions))
    return Person(name=person.name,
                  roles=tuple(Role(role=r, series=s, character=c) for r, s, c in roles),
                  mentions=tuple(Mention(start=s, end=e, text=text[s:e]) for s, e in mentions))


#: Roles that become ``creator`` when the text credits them with a series (the people conventions: "la série
#: réalisée par X", "le scénariste de la série, X", "written by X").
CREDITED_AS_CREATOR = frozenset({"writer", "director"})


def _consolidate(roles: list[tuple[str, str | None, str | None]]) -> list[tuple[str, str | None, str | None]]:
    """One actor entry per series: the one with a character wins; a series-less duplicate of a role goes; a writer
    or director credited with a series is its creator."""
    roles = [("creator" if role in CREDITED_AS_CREATOR and series is not None else role, series, character)
             for role, series, character in roles]
    with_character = {s for r, s, c in roles if r == "actor" and c}
    attributed = {(r, s) for r, s, c in roles if s is not None}
    out = []
    for role, series, character in roles:
        if role == "actor" and not character and series in with_character:
            continue
        if series is None and any(r == role for r, _ in attributed):
            continue
        if (role, series, character) not in out:
            out.append((role, series, character))
    return out
