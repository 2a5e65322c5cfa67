"""Cheap prefilter for large regex tables: the literal strings a pattern cannot match without.

A cue table holds hundreds of patterns; running each on every sentence would cost more than the
spaCy pipeline itself. Instead, for each pattern, :func:`required_literals` reads the compiled
pattern's syntax tree and finds a set of lower-case strings such that **every** match contains
at least one of them ("cancel" for ``cancell?(?:ed|ation)``, {"axe", "axing"} for
``ax(?:e[sd]?|ing)``). All those strings go into one trie-shaped alternation
(:func:`trie_pattern`), run once over the lower-cased document: only the sentences where a
pattern's strings occur are searched with that pattern. Because the strings are derived from the
patterns, the prefilter finds exactly what the full search finds (tests check it on corpora) and
no hand-kept stem list can fall out of date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

try:  # Python 3.11+
    import re._parser as _sre_parse  # type: ignore[import-not-found]
    from re import _constants as _sre_constants  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older interpreters
    import sre_constants as _sre_constants  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

C = _sre_constants
#: Shortest useful trigger: shorter strings would select most sentences.
MIN_LENGTH = 3
#: Largest set of alternative literals followed through a pattern before giving up on a run.
MAX_ALTERNATIVES = 96


def required_literals(pattern: str, flags: int = re.IGNORECASE, *,
                      common: frozenset[str] = frozenset()) -> frozenset[str] | None:
    """Lower-case strings, each at least ``MIN_LENGTH`` long, one of which every match of ``pattern``
    contains; None when the pattern has no such set (it would have to run on every sentence).
    Among the possible sets, the one expected to occur least often is chosen: few, long strings,
    and no word of ``common`` (function words that are in most sentences)."""
    def cost(strings: frozenset[str]) -> float:
        return sum(COMMON_COST if s in common else 8 / len(s) for s in strings)

    candidates: list[frozenset[str]] = []
    _factors(list(_sre_parse.parse(pattern, flags)), candidates, cost)
    return _cheapest(candidates, cost)


#: The cost of a trigger that is a common word (see :func:`required_literals`).
COMMON_COST = 50.0


def _literals(items: list) -> set[str] | None:
    """Every string a sub-pattern can match when it is made of literals only (a finite set), else None."""
    out = {""}
    for op, av in items:
        if op is C.LITERAL:
            out = {s + chr(av).lower() for s in out}
        elif op is C.IN and all(o is C.LITERAL for o, _ in av):
            out = {s + chr(v).lower() for s in out for _, v in av}
        elif op is C.SUBPATTERN:
            inner = _literals(list(av[-1]))
            if inner is None:
                return None
            out = {s + t for s in out for t in inner}
        elif op is C.BRANCH:
            alts: set[str] = set()
            for alt in av[1]:
                inner = _literals(list(alt))
                if inner is None:
                    return None
                alts |= inner
            out = {s + t for s in out for t in alts}
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] == 0 and av[1] == 1:
            inner = _literals(list(av[2]))
            if inner is None:
                return None
            out = {s + t for s in out for t in inner | {""}}
        elif op in (C.ASSERT, C.ASSERT_NOT, C.AT):
            continue
        else:
            return None
        if len(out) > MAX_ALTERNATIVES:
            return None
    return out


def _factors(items: list, candidates: list[frozenset[str]], cost) -> None:
    """Adds to ``candidates`` every set of strings that each match of ``items`` must contain one of."""
    run = {""}

    def close() -> None:
        nonlocal run
        if run != {""}:
            candidates.append(frozenset(run))
        run = {""}

    for op, av in items:
        if op in (C.ASSERT, C.ASSERT_NOT, C.AT):
            continue  # zero width: the run goes on
        literal = _literals([(op, av)])
        if literal is not None and len(run) * len(literal) <= MAX_ALTERNATIVES:
            if "" in literal and len(literal) > 1:
                # an optional piece: the run so far is required, what follows may start without it
                extended = {s + t for s in run for t in literal}
                close()
                run = extended
                continue
            run = {s + t for s in run for t in literal}
            continue
        close()
        if op is C.SUBPATTERN:
            _factors(list(av[-1]), candidates, cost)
        elif op is C.BRANCH:
            # one set per alternative: every combination of them is a set for the whole branch, but the
            # best of each alternative is enough
            parts = []
            for alt in av[1]:
                found: list[frozenset[str]] = []
                _factors(list(alt), found, cost)
                best = _cheapest(found, cost)
                if best is None:
                    break
                parts.append(best)
            else:
                candidates.append(frozenset().union(*parts))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] >= 1:
            _factors(list(av[2]), candidates, cost)
    close()


def _cheapest(sets: list[frozenset[str]], cost) -> frozenset[str] | None:
    good = [c for c in sets if c and all(len(s) >= MIN_LENGTH for s in c)]
    return min(good, key=cost) if good else None


def trie_pattern(strings: Iterable[str]) -> str:
    """One regex alternation of ``strings`` shaped as a trie (shared prefixes factored out, longer
    continuations first), so the engine follows one branch per character."""
    trie: dict = {}
    for s in strings:
        node = trie
        for ch in s:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if ends else body

    return build(trie)


@dataclass(frozen=True, slots=True)
class TriggerIndex:
    """Which table rows each trigger string selects, and one pattern finding every trigger."""

    pattern: re.Pattern
    rows: dict[str, frozenset[int]]
    #: rows that no trigger can select: searched in every sentence
    always: frozenset[int]

    def selected(self, low: str, start: int, end: int) -> set[int]:
        """Rows whose triggers occur in ``low[start:end]`` (``low`` is the lower-cased text)."""
        out = set(self.always)
        for m in self.pattern.finditer(low, start, end):
            out |= self.rows[m.group(1)]
        return out


def trigger_index(patterns: Iterable[str], flags: int = re.IGNORECASE, *,
                  common: Iterable[str] = ()) -> TriggerIndex:
    by_string: dict[str, set[int]] = {}
    always = set()
    common = frozenset(common)
    for row, pattern in enumerate(patterns):
        strings = required_literals(pattern, flags, common=common)
        if strings is None:
            always.add(row)
            continue
        for s in strings:
            by_string.setdefault(s, set()).add(row)
    # a trigger found also stands for every shorter trigger inside it ("cancell" holds "cancel"); a
    # lookahead finds a trigger at every position, even inside a longer one
    rows = {s: frozenset().union(*(by_string[t] for t in by_string if t in s)) for s in by_string}
    pattern = re.compile("(?=(" + trie_pattern(sorted(by_string, key=len, reverse=True)) + "))") if by_string \
        else re.compile(r"(?!)()")
    return TriggerIndex(pattern, rows, frozenset(always))
