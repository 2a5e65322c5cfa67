"""Visible datelines and bylines, in French and English.

``"Publié le 3 février 2020 à 18:36"`` → published ``2020-02-03T18:36``;
``"Par Marie Piat | Journaliste"`` → the author ``Marie Piat``. Used by the
metadata reader (HTML and plain text) and by the chrome filter, which drops
these header lines from the article body once they are metadata.

Dates come out as ISO 8601 at the precision the text gives (day or minute).
Words live in :mod:`pipeline.teaser_cues`, keyed by language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from pipeline.teaser_cues import (AUTHOR_JOINERS, BYLINE_PREFIXES, BYLINE_ROLES, DATELINE_PREFIXES, MONTHS,
                                  TIME_JOINERS, WEEKDAYS, union)

DateKind = Literal["published", "modified"]


@dataclass(frozen=True, slots=True)
class DatelineDate:
    kind: DateKind
    #: ISO 8601: ``2020-02-03`` or ``2020-02-03T18:36``
    value: str
    #: the language whose cue or month name matched ("fr", "en"), None for numeric dates
    lang: str | None = None


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


_MONTH_LANG = {name: (lang, number) for lang, months in MONTHS.items() for name, number in months.items()}
_MONTH = _alternation(_MONTH_LANG)
_WEEKDAY = _alternation(w for days in WEEKDAYS.values() for w in days)
_JOINER = _alternation(j for joiners in TIME_JOINERS.values() for j in joiners)
_TIME = (rf"(?:\s*(?:{_JOINER})?\s*(?P<hour>[01]?\d|2[0-3])\s*(?:[:h.]\s*(?P<minute>[0-5]\d))?"
         rf"\s*(?P<ampm>(?i:[ap]\.?\s?m\.?))?(?![\w/]))?")
_TZ = r"(?-i:\s*\(?(?:[A-Z]{2,4})(?:\s?[+-]\d{1,2}(?::?\d{2})?)?\)?(?!\w))?"
_WEEKDAY_PREFIX = rf"(?:(?:{_WEEKDAY})\.?,?\s+)?"
_DAY = r"(?P<day>[0-3]?\d)(?:er|st|nd|rd|th)?"

_DATE_PATTERNS = (
    # 3 février 2020, 3rd Feb. 2020, mardi 4 février 2020
    re.compile(rf"{_WEEKDAY_PREFIX}{_DAY}\s+(?P<month>{_MONTH})\.?,?\s+(?P<year>(?:19|20)\d\d)\b,?{_TIME}{_TZ}",
               re.IGNORECASE),
    # February 3, 2020; Feb. 3 2020 at 6:36 pm; Tuesday, Feb 4, 2020
    re.compile(rf"{_WEEKDAY_PREFIX}(?P<month>{_MONTH})\.?\s+{_DAY},?\s+(?P<year>(?:19|20)\d\d)\b,?{_TIME}{_TZ}",
               re.IGNORECASE),
    # 2020-02-03, 2020-02-03T18:36
    re.compile(r"(?P<year>(?:19|20)\d\d)-(?P<nmonth>[01]\d)-(?P<day>[0-3]\d)"
               r"(?:[T ](?P<hour>[0-2]\d):(?P<minute>[0-5]\d)(?::\d\d(?:\.\d+)?)?)?(?:Z|[+-]\d\d:?\d\d)?\b"),
    # 03/02/2020 (day first in French, month first in English: decided by the cue's language)
    re.compile(rf"(?P<first>[0-3]?\d)[/.](?P<second>[0-3]?\d)[/.](?P<year>(?:19|20)\d\d)\b,?{_TIME}{_TZ}"),
)

_CUE_KIND = {cue: kind for cues in DATELINE_PREFIXES.values() for cue, kind in cues}
_CUE_LANG = {cue: lang for lang, cues in DATELINE_PREFIXES.items() for cue, _ in cues}
_CUE = re.compile(rf"(?P<cue>{_alternation(_CUE_KIND)})\b\s*:?\s*$", re.IGNORECASE)
# What may surround dates on a dateline: separators, "|", a time-zone abbreviation, "le"/"on".
_RESIDUE = re.compile(r"^[\s|,;:.\-–—•/()\[\]]*$")


def _find_dates(line: str):
    """Yield (start, end, match) for non-overlapping date matches, left to right."""
    taken: list[tuple[int, int, re.Match]] = []
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(line):
            if all(match.end() <= s or match.start() >= e for s, e, _ in taken):
                taken.append((match.start(), match.end(), match))
    return sorted(taken, key=lambda t: t[0])


def _to_iso(match: re.Match, *, lang: str | None) -> tuple[str, str | None] | None:
    groups = match.groupdict()
    year = int(groups["year"])
    month_lang = None
    if groups.get("month"):
        month_lang, month = _MONTH_LANG[groups["month"].lower().rstrip(".")]
        day = int(groups["day"])
    elif groups.get("nmonth"):
        month, day = int(groups["nmonth"]), int(groups["day"])
    else:
        first, second = int(groups["first"]), int(groups["second"])
        if lang == "en" and first <= 12:
            month, day = first, second
        elif lang == "fr" or first > 12 or second > 12:
            day, month = (first, second) if second <= 12 else (second, first)
        else:
            return None  # 03/02/2020 with no language: ambiguous, better no date than a wrong one
    try:
        date(year, month, day)
    except ValueError:
        return None
    value = f"{year:04d}-{month:02d}-{day:02d}"
    hour = groups.get("hour")
    if hour is not None and (groups.get("minute") is not None or groups.get("ampm")):
        h = int(hour)
        ampm = (groups.get("ampm") or "").lower().replace(".", "").replace(" ", "")
        if ampm == "pm" and h < 12:
            h += 12
        elif ampm == "am" and h == 12:
            h = 0
        value += f"T{h:02d}:{int(groups.get('minute') or 0):02d}"
    return value, month_lang or lang


def parse_dateline(line: str) -> tuple[DatelineDate, ...]:
    """The dates of a line that is only a dateline, else ``()``.

    A dateline is one or more dates, each optionally introduced by a cue
    ("Publié le", "Mis à jour le", "Updated"), and nothing else but
    separators and time-zone abbreviations.
    """
    text = " ".join(line.split())
    if not text or len(text) > 160:
        return ()
    found = _find_dates(text)
    if not found:
        return ()
    dates: list[DatelineDate] = []
    cursor = 0
    for start, end, match in found:
        before = text[cursor:start]
        cue = _CUE.search(before)
        residue = before[:cue.start()] if cue else before
        if not _RESIDUE.match(residue):
            return ()
        cue_word = cue.group("cue").lower() if cue else None
        kind: DateKind = _CUE_KIND.get(cue_word, "published") if cue_word else "published"
        lang = _CUE_LANG.get(cue_word) if cue_word else None
        iso = _to_iso(match, lang=lang)
        if iso is None:
            return ()
        dates.append(DatelineDate(kind=kind, value=iso[0], lang=iso[1]))
        cursor = end
    if not _RESIDUE.match(text[cursor:]):
        return ()
    return tuple(dates)


def find_date(text: str, *, lang: str | None = None) -> str | None:
    """The first date written anywhere in ``text`` (for ``<time>`` contents and the like)."""
    for _, _, match in _find_dates(" ".join(text.split())):
        iso = _to_iso(match, lang=lang)
        if iso:
            return iso[0]
    return None


# --- bylines -------------------------------------------------------------------

_BYLINE_CUE = re.compile(rf"^\s*(?P<cue>{_alternation(union(BYLINE_PREFIXES))})\s*:?\s+", re.IGNORECASE)
_ROLES = {r.casefold() for r in union(BYLINE_ROLES)}
_JOINERS = _alternation(union(AUTHOR_JOINERS))
_SPLIT_AUTHORS = re.compile(rf"\s*(?:,|;|\b(?:{_JOINERS})\b|&)\s*", re.IGNORECASE)
# One name: 1-4 capitalised words, with the particles names carry.
_NAME_WORD = r"(?:[A-ZÀ-ÖØ-Þ][\w'’\-.]*|[A-ZÀ-ÖØ-Þ]\.)"
_PARTICLE = r"(?:de|du|des|del|della|da|di|van|von|der|den|le|la|d'|d’|bin|al|ben|st\.?)"
_NAME = re.compile(rf"^{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_NAME_WORD}){{0,3}}$")


def _is_name(text: str) -> bool:
    text = text.strip()
    words = text.split()
    if not _NAME.match(text) or any(w.casefold() in _ROLES for w in words):
        return False
    # A single word is a name only in a byline that says so ("By Madonna") - too rare to risk.
    return len(words) >= 2 and not all(w.isupper() and len(w) > 3 for w in words)


def parse_byline(line: str, *, require_cue: bool = True) -> tuple[str, ...]:
    """Author names of a byline line ("Par Marie Piat | Journaliste"), else ``()``.

    With ``require_cue=False`` a bare name list ("Marie Piat, Jean Dupont"), as
    found in an element marked as the author, is accepted too.
    """
    text = " ".join(line.split())
    if not text or len(text) > 200:
        return ()
    cue = _BYLINE_CUE.match(text)
    if cue:
        text = text[cue.end():]
    elif require_cue:
        return ()
    # "Marie Piat | Journaliste", "Jane Doe - Staff Writer", "Jane Doe, TV critic": the role goes.
    head = re.split(r"\s+[|•·–—-]\s+|\s*\|\s*", text, maxsplit=1)[0]
    parts = [p.strip(" .") for p in _SPLIT_AUTHORS.split(head) if p and p.strip(" .")]
    names = [p for p in parts if not any(w.casefold() in _ROLES for w in p.split())]
    if not names or not all(_is_name(n) for n in names):
        return ()
    return tuple(dict.fromkeys(_title_case(n) for n in names))


def _title_case(name: str) -> str:
    """"TMZ STAFF"-style shouting is normalised; "McDonald" and "Jean-Baptiste" are kept."""
    if name.isupper():
        return " ".join(w.capitalize() for w in name.split())
    return name


def parse_datetime_attr(value: str) -> str | None:
    """Normalise a machine-readable date (JSON-LD, meta, ``<time datetime>``) to ISO 8601, or None."""
    value = value.strip()
    if not value:
        return None
    candidate = value.replace("Z", "+00:00") if value.endswith("Z") else value
    try:
        parsed = datetime.fromisoformat(candidate)
    except ValueError:
        parsed = None
    if parsed is not None:
        if not re.match(r"^\d{4}-\d{2}-\d{2}", value):
            return None  # fromisoformat also takes 20200203; real pages with that are rarer than junk
        if len(value) == 10:
            return parsed.date().isoformat()
        return parsed.isoformat()
    try:
        from email.utils import parsedate_to_datetime

        return parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    return find_date(value)
