"""Dates in the text (and the article's own date), normalised to ISO 8601 at their real precision.

Absolute dates ("18th December 2019", "14 mars 2023 à 09:05", "December 2019",
"en 2004") keep the precision the text gives: ``2019``, ``2019-12``,
``2019-12-18``, ``2019-12-18T18:36``. Partial and relative dates ("le 2 juin",
"en janvier", "il y a deux mois", "last week") are resolved against the
article's publication date and marked ``relative``; the reference is the
metadata ``published`` or, failing that, a "Publié le ..."/"Published ..." date
in the text. Without a reference they are left out (an unresolvable date is
not a date a consumer can use).

Each date gets a ``kind`` from the nearest cue in its sentence (table
``KIND_CUES``: "premieres", "mise en ligne", "announced", "finale"...), and the
series its sentence names (or, when the sentence speaks of "the series"/"la
saison" without a title, the text's main series). ``published`` from the
metadata is added with ``start``/``end`` = None unless the text states it.

All patterns are compiled once per language (``_patterns``).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import MAXYEAR, MINYEAR, date, datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Sequence

from pipeline.nlp.people_rules import rules_for
from pipeline.nlp.tables import for_language
from pipeline.nlp.textspans import Sentences, doc_text, series_spans
from pipeline.records import DateMention

if TYPE_CHECKING:
    from pipeline.nlp import DocContext
    from pipeline.records import Series

_BEFORE = 80   # characters of the sentence before a date searched for its kind
_AFTER = 50
_YEAR = r"(?P<year>(?:19|20)\d{2})(?![\d])"


@dataclass(frozen=True, slots=True)
class _Patterns:
    table: object
    months: dict[str, int]
    absolute: tuple[re.Pattern, ...]   # day/month/year in any order the language uses, month+year
    numeric: re.Pattern
    iso: re.Pattern
    month_only: re.Pattern
    year: re.Pattern
    year_cue: re.Pattern               # what must precede a bare year ("en", "since", "fin")
    year_range: re.Pattern
    durations: tuple[tuple[re.Pattern, int], ...]
    duration_triggers: tuple[str, ...]  # words one of which a text needs for the duration patterns to run
    relative: re.Pattern               # every fixed expression, group r<i>
    relative_units: tuple[tuple[str, int], ...]
    kinds: re.Pattern
    kind_names: tuple[str, ...]


@lru_cache(maxsize=None)
def _patterns(lang: str) -> _Patterns:
    t = for_language("dates", lang)
    names = sorted(t.MONTHS, key=len, reverse=True)
    # Every pattern below runs on the lower-cased text (the tables are lower case): a case-sensitive
    # alternation lets the regex engine skip ahead to the letters a match can start with, ten times
    # faster than (?i). For the same reason no look-behind opens them: _month_boundary_ok checks what
    # precedes a month match on the original text (a capitalised month may be glued to a lower-case
    # letter, "Release DateApril 9").
    month = r"(?P<month>" + "|".join(re.escape(n) for n in names) + r")(?![\w])"
    day = rf"(?P<day>[0-3]?\d)(?:{t.ORDINAL_SUFFIX})?(?![\d])"
    time = rf"(?:,?\s+{t.TIME})?"
    absolute = [
        re.compile(rf"{day}(?:\s+of)?\s+{month}(?:,?\s+{_YEAR})?{time}"),
        re.compile(rf"{month}\s+{_YEAR}"),
    ]
    if t.MONTH_FIRST:
        absolute.insert(1, re.compile(rf"{month}\s+{day}(?:,?\s+{_YEAR})?{time}"))
    numeric_parts = {"d": r"(?P<day>[0-3]?\d)", "m": r"(?P<month>[01]?\d)", "y": r"(?P<year>(?:19|20)\d{2})"}
    numeric = re.compile("/".join(numeric_parts[c] for c in t.NUMERIC_ORDER) + r"(?![\d/])")
    iso = re.compile(r"(?P<year>(?:19|20)\d{2})-(?P<month>[01]\d)-(?P<day>[0-3]\d)"
                     r"(?:[t ](?P<hour>[01]\d|2[0-3]):(?P<minute>[0-5]\d))?(?![\d])")
    month_only = re.compile(rf"(?<![\w-])(?:{t.MONTH_ONLY_CUES})\s*{month}(?!\s+\d)(?!\s+(?:de|of)\s+\d)")
    year = re.compile(r"(?P<year>(?:19|20)\d{2})(?![\w-])")
    year_cue = re.compile(rf"(?<![\w-])(?:{t.YEAR_CUES})\s*(?:the\s+|l['’]année\s+|year\s+)?$")
    year_range = re.compile(r"(?P<year>(?:19|20)\d{2})\s*[-–]\s*(?P<year2>(?:19|20)\d{2})(?![\d])")
    nums = "|".join(re.escape(n) for n in sorted(t.NUMBERS, key=len, reverse=True))
    units = "|".join(re.escape(u) for u in sorted(t.UNITS, key=len, reverse=True))
    durations = tuple(
        (re.compile(r"(?<![\w])(?:" + template.format(num=rf"(?P<num>\d+|{nums})", unit=rf"(?P<unit>{units})")
                    + r")(?![\w])"), sign)
        for template, sign in t.DURATIONS.items())
    relative = re.compile(r"(?<![\w])(?:" + "|".join(f"(?P<r{i}>{pattern})" for i, pattern in enumerate(t.RELATIVE))
                          + r")(?![\w])")
    kind_alt = "|".join(f"(?P<k{i}>{p})" for i, p in enumerate(t.KIND_CUES))
    kinds = re.compile(rf"(?<![\w])(?:{kind_alt})(?![\w])")
    return _Patterns(table=t, months={k.casefold(): v for k, v in t.MONTHS.items()}, absolute=tuple(absolute),
                     numeric=numeric, iso=iso, month_only=month_only, year=year, year_cue=year_cue,
                     year_range=year_range, durations=durations, duration_triggers=tuple(t.DURATION_TRIGGERS),
                     relative=relative, relative_units=tuple(t.RELATIVE.values()), kinds=kinds,
                     kind_names=tuple(t.KIND_CUES.values()))


@dataclass(frozen=True, slots=True)
class _Found:
    start: int
    end: int
    value: str
    precision: str
    relative: bool = False


def find_dates(ctx: "DocContext", *, series: Sequence["Series"]) -> list[DateMention]:
    p = _patterns(ctx.lang)
    text = doc_text(ctx.doc)
    meta_published = _parse_published(ctx.published)
    low = _lower(text)
    months = _month_matches(text, low, p)
    found = _absolute(low, p, months)
    kinds = [_kind(low, f.start, f.end, p) for f in found]
    reference = meta_published or _reference_from_text(found, kinds)
    if reference is not None:
        extra = _relative(text, low, p, reference.date(), taken=found, months=months)
        found = found + extra
        kinds = kinds + [_kind(low, f.start, f.end, p) for f in extra]
    order = sorted(range(len(found)), key=lambda i: found[i].start)
    sents = Sentences.of(ctx.doc)
    spans = series_spans(series)
    main = _main_series(series)
    series_noun = rules_for(ctx.lang).series_noun_left
    out = []
    for i in order:
        f, kind = found[i], kinds[i]
        out.append(DateMention(text=text[f.start:f.end], value=f.value, precision=f.precision, kind=kind,
                               series=None if kind == "published" else _series_of(text, f, sents, spans, main,
                                                                                    series_noun),
                               relative=f.relative, start=f.start, end=f.end))
    if meta_published is not None and ctx.published and not any(d.kind == "published" for d in out):
        value, precision = _iso_published(ctx.published, meta_published)
        out.insert(0, DateMention(text=ctx.published, value=value, precision=precision, kind="published"))
    return out


# -- absolute dates -----------------------------------------------------------------------------

def _lower(text: str) -> str:
    """The text in lower case with the same length (offsets are shared with the original)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)  # "İ" lower-cases to two characters


def _month_matches(text: str, low: str, p: _Patterns) -> list[re.Match]:
    out = []
    for pattern in p.absolute:
        out += [m for m in pattern.finditer(low) if _month_boundary_ok(text, m)]
    return out


def _month_boundary_ok(text: str, m: re.Match) -> bool:
    """What precedes the match: not a digit or a word character, except a capitalised month glued to a
    lower-case letter ("Release DateApril 9")."""
    start = m.start()
    if start == 0:
        return True
    before = text[start - 1]
    if before.isdigit() or before == "_":
        return False
    if before.isalpha():
        return start == m.start("month") and before.islower() and text[start].isupper()
    return True


def _absolute(text: str, p: _Patterns, months: list[re.Match]) -> list[_Found]:
    """Dates that need no reference; ``text`` is the lower-cased text."""
    found: list[_Found] = []
    for m in months:
        f = _from_match(m, p, reference=None)
        if f is not None:
            found.append(f)
    for m in p.iso.finditer(text):
        if not _free(text, m.start(), "-/"):
            continue
        f = _build(m.start(), m.end(), int(m["year"]), int(m["month"]), int(m["day"]),
                   _int(m["hour"]), _int(m["minute"]))
        if f is not None:
            found.append(f)
    for m in p.numeric.finditer(text):
        if not _free(text, m.start(), "/"):
            continue
        f = _build(m.start(), m.end(), int(m["year"]), int(m["month"]), int(m["day"]))
        if f is not None:
            found.append(f)
    for m in p.year_range.finditer(text):
        if not _free(text, m.start(), ""):
            continue
        found.append(_Found(m.start("year"), m.end("year"), m["year"], "year"))
        found.append(_Found(m.start("year2"), m.end("year2"), m["year2"], "year"))
    for m in p.year.finditer(text):
        if not _free(text, m.start(), "-") or m.start() and text[m.start() - 1].isalpha():
            continue
        if p.year_cue.search(text, max(0, m.start() - 25), m.start()):
            found.append(_Found(m.start("year"), m.end("year"), m["year"], "year"))
    return _longest(found)


def _free(text: str, start: int, extra: str) -> bool:
    """Nothing number-like right before a match (the look-behind the patterns leave out for speed)."""
    return start == 0 or not (text[start - 1].isdigit() or text[start - 1] in extra or text[start - 1] == "_")


def _from_match(m: re.Match, p: _Patterns, *, reference: date | None) -> _Found | None:
    month = p.months.get(m["month"])
    if month is None:
        return None
    groups = m.groupdict()
    year = _int(groups.get("year"))
    day = _int(groups.get("day"))
    if year is None and day is not None:
        return None  # "le 2 juin" needs the publication year: resolved in _relative
    if day is None:
        return _Found(m.start(), m.end(), f"{year:04d}-{month:02d}", "month")
    hour, minute = _int(groups.get("hour")), _int(groups.get("minute"))
    if hour is not None and (groups.get("ampm") or "").lower().startswith("p") and hour < 12:
        hour += 12
    return _build(m.start(), m.end(), year, month, day, hour, minute)


def _build(start: int, end: int, year: int, month: int, day: int, hour: int | None = None,
           minute: int | None = None, *, relative: bool = False) -> _Found | None:
    if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    value = f"{year:04d}-{month:02d}-{day:02d}"
    if hour is not None and minute is not None:
        return _Found(start, end, f"{value}T{hour:02d}:{minute:02d}", "minute", relative)
    return _Found(start, end, value, "day", relative)


def _longest(found: list[_Found]) -> list[_Found]:
    """Non-overlapping matches, the longer one winning ("14 mars 2023 à 09:05" over "mars 2023")."""
    out: list[_Found] = []
    for f in sorted(found, key=lambda f: (-(f.end - f.start), f.start)):
        if all(f.end <= o.start or o.end <= f.start for o in out):
            out.append(f)
    return sorted(out, key=lambda f: f.start)


# -- relative and partial dates -----------------------------------------------------------------

def _relative(text: str, low: str, p: _Patterns, ref: date, *, taken: list[_Found],
              months: list[re.Match]) -> list[_Found]:
    found: list[_Found] = []
    t = p.table
    for m in months:
        groups = m.groupdict()
        if groups.get("year") is None and groups.get("day") is not None:
            month = p.months.get(m["month"])
            if month is None or not _month_word_ok(text[m.start("month"):m.end("month")], t):
                continue
            year = _nearest_year(ref, month, int(m["day"]))
            f = _build(m.start(), m.end(), year, month, int(m["day"]), _int(groups.get("hour")),
                       _int(groups.get("minute")), relative=True)
            if f is not None:
                found.append(f)
    for m in p.month_only.finditer(low):
        month = p.months.get(m["month"])
        if month is None or not _month_word_ok(text[m.start("month"):m.end("month")], t):
            continue
        year = _nearest_year(ref, month, 15)
        found.append(_Found(m.start(), m.end(), f"{year:04d}-{month:02d}", "month", True))
    for pattern, sign in p.durations if any(w in low for w in p.duration_triggers) else ():
        for m in pattern.finditer(low):
            raw = m["num"]
            amount = int(raw) if raw.isdigit() else t.NUMBERS.get(raw, 0)
            unit = t.UNITS[m["unit"]]
            if amount and amount < 100:
                found.append(_shifted(m.start(), m.end(), ref, unit, sign * amount))
    for m in p.relative.finditer(low):
        index = next(int(name[1:]) for name, value in m.groupdict().items() if value is not None)
        unit, offset = p.relative_units[index]
        found.append(_shifted(m.start(), m.end(), ref, unit, offset))
    free = [f for f in found if all(f.end <= o.start or o.end <= f.start for o in taken)]
    return _longest(free)


def _month_word_ok(word: str, t) -> bool:
    """"mars"/"May" count as months only when written the way the language writes months."""
    if word.casefold() not in t.AMBIGUOUS_MONTHS:
        return True
    return word[:1].islower() if t.AMBIGUOUS_MONTH_CASE == "lower" else word[:1].isupper()


def _nearest_year(ref: date, month: int, day: int) -> int:
    """The year putting month/day closest to the reference date ("en novembre", written in February → last year)."""
    best = None
    for year in (ref.year - 1, ref.year, ref.year + 1):
        if not MINYEAR <= year <= MAXYEAR:
            continue  # a reference at the calendar's edge (a "0001-01-01" placeholder)
        d = date(year, month, min(day, calendar.monthrange(year, month)[1]))
        if best is None or abs((d - ref).days) < abs((best - ref).days):
            best = d
    return best.year


def _shifted(start: int, end: int, ref: date, unit: str, amount: int) -> _Found:
    if unit == "day":
        return _Found(start, end, (ref + timedelta(days=amount)).isoformat(), "day", True)
    if unit == "week":
        # a week is reported as the day seven days away: ISO weeks have no precision of their own here
        return _Found(start, end, (ref + timedelta(weeks=amount)).isoformat(), "day", True)
    if unit == "month":
        index = ref.year * 12 + ref.month - 1 + amount
        return _Found(start, end, f"{index // 12:04d}-{index % 12 + 1:02d}", "month", True)
    return _Found(start, end, f"{ref.year + amount:04d}", "year", True)


# -- kind, series, published --------------------------------------------------------------------

def _kind(text: str, start: int, end: int, p: _Patterns) -> str:
    """The kind from the cues around the date; ``text`` is the lower-cased text."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = text[max(line_start, start - _BEFORE):start]
    kinds = [_kind_name(m, p) for m in p.kinds.finditer(before)]
    if kinds:
        # "the series finale airs June 17": the finale is the more specific kind
        return "finale" if "finale" in kinds and kinds[-1] in ("premiere", "release") else kinds[-1]
    m = p.kinds.search(text, end, min(line_end, end + _AFTER))
    return _kind_name(m, p) if m else "other"


def _kind_name(m: re.Match, p: _Patterns) -> str:
    for name, value in m.groupdict().items():
        if value is not None:
            return p.kind_names[int(name[1:])]
    return "other"


def _series_of(text: str, f: _Found, sents: Sentences, spans, main: str | None, series_noun) -> str | None:
    """The series the date's sentence names (the nearest one), else the main series when it says "la série"."""
    s_start, s_end = sents.bounds(f.start)
    line_start = text.rfind("\n", 0, f.start) + 1
    line_end = text.find("\n", f.end)
    s_start, s_end = max(s_start, line_start), min(s_end, line_end if line_end >= 0 else len(text))
    near = [(s, e, t) for s, e, t in spans if s_start <= s < s_end]
    if near:
        return min(near, key=lambda x: min(abs(x[0] - f.start), abs(x[1] - f.end)))[2]
    if main and series_noun.search(text, s_start, s_end):
        return main
    return None


def _main_series(series: Sequence["Series"]) -> str | None:
    if not series:
        return None
    ranked = sorted(series, key=lambda s: -len(s.mentions))
    if len(ranked) == 1 or len(ranked[0].mentions) >= 2 * len(ranked[1].mentions):
        return ranked[0].title
    return None


def _reference_from_text(found: list[_Found], kinds: list[str]) -> datetime | None:
    for f, kind in zip(found, kinds):
        if kind == "published" and f.precision in ("day", "minute"):
            return datetime.fromisoformat(f.value)
    return None


#: Publication dates before this year are placeholders, not dates.
PLAUSIBLE_SINCE = 1900


def _parse_published(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    # CMS placeholders ("0001-01-01T00:00:00Z") are no date: relative dates cannot be resolved against them
    return parsed if parsed.year >= PLAUSIBLE_SINCE else None


def _iso_published(raw: str, parsed: datetime) -> tuple[str, str]:
    """The metadata date at its own precision (date only, minutes, or seconds with the offset kept)."""
    raw = raw.strip()
    if len(raw) <= 10:
        return parsed.date().isoformat(), "day"
    if parsed.second == 0 and raw.count(":") == 1:
        return parsed.strftime("%Y-%m-%dT%H:%M"), "minute"
    return parsed.isoformat(timespec="seconds"), "second"


def _int(value: str | None) -> int | None:
    return int(value) if value is not None else None
