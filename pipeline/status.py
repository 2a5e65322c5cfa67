"""The cross-source status view: per series, the claims of many records as one timeline.

A plain library function over records (``build_status``), used by ``cliffhanger status``:

- **Same series, many spellings.** A record's series is known by its id, title and aliases; two
  series of any records that share one normalised name (``titles.series_id``) are the same
  series, so "Firefly Lane" in an English record and "Toujours là pour toi (Firefly Lane)" in a
  French one merge, whichever record names the alias.
- **Timeline.** Every claim, dated by its ``announced`` date, else the record's publication date,
  else its extraction time; sorted oldest first. The same article read by several runs counts
  once (records are deduplicated by id, the latest extraction wins).
- **Latest status.** The most recent claim the text asserts or reports (questions, rumours and
  denials are on the timeline but never the status); on a tie, the most confident.
- **Conflicts.** Two asserted or reported claims from different articles that disagree: a
  renewal and a cancellation of the same season (or where either gives no season), or a renewal
  for a season after the one announced as final. A revival after a cancellation, or a renewal
  for the final season, is the expected sequence, not a conflict.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from pipeline.errors import InputError
from pipeline.nlp.titles import normalize_title, series_id
from pipeline.records import Record

#: Modalities that state a status (the others are kept on the timeline only).
STATING = frozenset({"asserted", "reported"})

#: Order of decisions told on the same day (often in the same article): a revival follows the
#: cancellation it reverses, a cancellation follows the renewal it reverses, and a decision
#: follows the wait ("after months in limbo, renewed").
STORY_ORDER = {"undecided": 0, "renewed": 1, "ending": 2, "cancelled": 2, "revived": 3}


@dataclass(frozen=True, slots=True)
class Entry:
    """One claim of one article, on a series' timeline."""

    date: str
    status: str
    modality: str
    season: int | None
    network: str | None
    reported_by: str | None
    evidence: str
    confidence: float
    series_title: str
    record_id: str
    url: str | None
    site: str | None
    language: str | None
    #: how the date was found: "announced", "published" or "extracted"
    dated_by: str

    @property
    def states(self) -> bool:
        return self.modality in STATING


@dataclass(frozen=True, slots=True)
class Conflict:
    earlier: Entry
    later: Entry

    @property
    def summary(self) -> str:
        return (f"{self.earlier.status} ({self.earlier.site or self.earlier.url or self.earlier.record_id}, "
                f"{self.earlier.date}) then {self.later.status} "
                f"({self.later.site or self.later.url or self.later.record_id}, {self.later.date})")


@dataclass(frozen=True, slots=True)
class SeriesStatus:
    id: str
    title: str
    names: tuple[str, ...]
    networks: tuple[str, ...]
    timeline: tuple[Entry, ...]
    latest: Entry | None
    conflicts: tuple[Conflict, ...]

    @property
    def sources(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for e in self.timeline:
            seen.setdefault(e.url or e.record_id, None)
        return tuple(seen)

    def to_json_dict(self) -> dict:
        return {
            "id": self.id, "title": self.title, "names": list(self.names), "networks": list(self.networks),
            "latest": _entry_dict(self.latest) if self.latest else None,
            "conflicts": [{"earlier": _entry_dict(c.earlier), "later": _entry_dict(c.later), "summary": c.summary}
                          for c in self.conflicts],
            "sources": list(self.sources),
            "timeline": [_entry_dict(e) for e in self.timeline],
        }


def _entry_dict(e: Entry) -> dict:
    return {"date": e.date, "dated_by": e.dated_by, "status": e.status, "modality": e.modality, "season": e.season,
            "network": e.network, "reported_by": e.reported_by, "series": e.series_title, "evidence": e.evidence,
            "confidence": e.confidence, "record_id": e.record_id, "url": e.url, "site": e.site,
            "language": e.language}


# --- reading records ------------------------------------------------------------------------------

@dataclass(slots=True)
class ReadReport:
    files: int = 0
    records: int = 0
    #: "file:line: reason" for lines that are not records
    skipped: list[str] = field(default_factory=list)


def record_files(paths: Iterable[str | Path]) -> list[Path]:
    """The JSON Lines files to read: files as given, directories searched recursively for ``*.jsonl``
    (a run's ``.errors.jsonl`` files are not records)."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            out.extend(p for p in sorted(path.rglob("*.jsonl")) if not p.name.endswith(".errors.jsonl"))
        elif path.is_file():
            out.append(path)
        else:
            raise InputError(f"{path}: no such file or directory")
    return out


def read_records(paths: Iterable[str | Path], report: ReadReport | None = None) -> Iterator[Record]:
    """Records from JSON Lines files; a line that is not a valid record is skipped and noted."""
    report = report if report is not None else ReadReport()
    for path in record_files(paths):
        report.files += 1
        with path.open(encoding="utf-8", errors="replace") as handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    record = Record.model_validate(json.loads(line))
                except ValueError as exc:
                    report.skipped.append(f"{path}:{number}: not a record ({_first_line(exc)})")
                    continue
                report.records += 1
                yield record


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0][:160] if str(exc).strip() else type(exc).__name__


# --- building the view -------------------------------------------------------------------------------

class _Names:
    """Union-find over normalised series names: every id, title and alias of a record's series."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        self.parent.setdefault(key, key)
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, keys: Iterable[str]) -> None:
        keys = [k for k in keys if k and k != "s:"]
        if not keys:
            return
        root = self.find(keys[0])
        for k in keys[1:]:
            other = self.find(k)
            if other != root:
                self.parent[other] = root


def build_status(records: Iterable[Record], *, series: str | None = None) -> list[SeriesStatus]:
    """Per series, the timeline of claims across records, its latest status and its conflicts.

    ``series`` keeps only the series one of whose names matches it (normalised; exact, else a
    substring). Series without any claim are left out. Sorted by the latest claim, newest first.
    """
    latest_by_id: dict[str, Record] = {}
    for record in records:
        kept = latest_by_id.get(record.id)
        if kept is None or record.extracted_at >= kept.extracted_at:
            latest_by_id[record.id] = record
    names = _Names()
    for record in latest_by_id.values():
        for s in record.series:
            names.union([s.id, series_id(s.title), *(series_id(a) for a in s.aliases)])
        for c in record.claims:
            names.union([c.series_id, series_id(c.series)])
    groups: dict[str, list[Entry]] = defaultdict(list)
    spellings: dict[str, Counter] = defaultdict(Counter)
    networks: dict[str, Counter] = defaultdict(Counter)
    for record in latest_by_id.values():
        for s in record.series:
            root = names.find(s.id)
            spellings[root][s.title] += 1
            for alias in s.aliases:
                spellings[root][alias] += 0
            for n in s.networks:
                networks[root][n] += 1
        for c in record.claims:
            root = names.find(c.series_id)
            date, dated_by = _date(c.announced, record)
            groups[root].append(Entry(
                date=date, status=c.status, modality=c.modality, season=c.season, network=c.network,
                reported_by=c.reported_by, evidence=c.evidence, confidence=c.confidence, series_title=c.series,
                record_id=record.id, url=record.canonical_url or record.url, site=record.site_name,
                language=record.language, dated_by=dated_by))
            spellings[root][c.series] += 1
            if c.network:
                networks[root][c.network] += 1
    out = []
    for root, entries in groups.items():
        entries.sort(key=lambda e: (e.date, STORY_ORDER[e.status], e.record_id))
        title = spellings[root].most_common(1)[0][0] if spellings[root] else entries[0].series_title
        all_names = tuple(sorted(spellings[root], key=lambda n: (-spellings[root][n], n)))
        if series is not None and not _matches(series, all_names):
            continue
        out.append(SeriesStatus(
            id=series_id(title), title=title, names=all_names,
            networks=tuple(n for n, _ in networks[root].most_common()),
            timeline=tuple(entries), latest=_latest(entries), conflicts=tuple(_conflicts(entries))))
    out.sort(key=lambda s: s.title.casefold())
    out.sort(key=lambda s: s.timeline[-1].date if s.timeline else "", reverse=True)
    return out


def _date(announced: str | None, record: Record) -> tuple[str, str]:
    if announced:
        return announced, "announced"
    if record.published:
        return record.published[:10], "published"
    return record.extracted_at[:10], "extracted"


def _matches(query: str, names: tuple[str, ...]) -> bool:
    key = normalize_title(query)
    keys = [normalize_title(n) for n in names]
    return any(k == key for k in keys) or any(key and key in k for k in keys)


def _latest(entries: list[Entry]) -> Entry | None:
    stating = [e for e in entries if e.states]
    if not stating:
        return None
    return max(stating, key=lambda e: (e.date, STORY_ORDER[e.status], e.confidence))


def _conflicting(earlier: Entry, later: Entry) -> bool:
    if {earlier.status, later.status} == {"renewed", "cancelled"}:
        return earlier.season is None or later.season is None or earlier.season == later.season
    if earlier.status == "ending" and later.status == "renewed":
        return earlier.season is not None and later.season is not None and later.season > earlier.season
    return False


def _conflicts(entries: list[Entry]) -> Iterator[Conflict]:
    stating = [e for e in entries if e.states]
    for i, earlier in enumerate(stating):
        for later in stating[i + 1:]:
            if later.record_id != earlier.record_id and _conflicting(earlier, later):
                yield Conflict(earlier, later)


# --- rendering -----------------------------------------------------------------------------------------

def render_json(statuses: list[SeriesStatus]) -> str:
    return json.dumps([s.to_json_dict() for s in statuses], ensure_ascii=False, indent=2) + "\n"


def render_table(statuses: list[SeriesStatus]) -> str:
    """A plain-text board: one block per series, its latest status, then its timeline."""
    lines: list[str] = []
    for s in statuses:
        latest = s.latest
        head = f"{s.title}"
        if len(s.names) > 1:
            head += f"  (also: {', '.join(n for n in s.names if n != s.title)})"
        lines.append(head)
        if latest is not None:
            lines.append(f"  status: {_label(latest)}  [{latest.date}, {_source(latest)}]")
        else:
            lines.append("  status: unknown (no asserted or reported claim)")
        for c in s.conflicts:
            lines.append(f"  CONFLICT: {c.summary}")
        for e in s.timeline:
            flag = "" if e.states else f" ({e.modality})"
            lines.append(f"    {e.date:<10}  {_label(e):<28}{flag:<12} {e.language or '??'}  {_source(e)}")
            lines.append(f"                {_shorten(e.evidence, 110)}")
        lines.append("")
    return "\n".join(lines)


def _label(e: Entry) -> str:
    text = e.status
    if e.season is not None:
        text += f" s{e.season}"
    if e.network:
        text += f" by {e.network}"
    return text


def _source(e: Entry) -> str:
    where = e.url or e.record_id
    if e.reported_by:
        where += f" (credits {e.reported_by})"
    return where


def _shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


_CSS = """
body{font:15px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem auto;max-width:68rem;padding:0 1rem;color:#1d232a}
h1{font-size:1.6rem;margin:0 0 .2rem}p.meta{color:#5b6670;margin:0 0 1.5rem}
table.board{border-collapse:collapse;width:100%;margin-bottom:2rem}
table.board th,table.board td{text-align:left;padding:.45rem .6rem;border-bottom:1px solid #e3e7eb;vertical-align:top}
.badge{display:inline-block;padding:.05rem .5rem;border-radius:.8rem;font-size:.85em;font-weight:600;color:#fff}
.cancelled{background:#c0392b}.renewed{background:#1e8449}.ending{background:#7d3c98}.revived{background:#2471a3}
.undecided{background:#b9770e}.unknown{background:#7f8c8d}
.muted{color:#5b6670}.conflict{color:#c0392b;font-weight:600}
section.series{border-top:2px solid #e3e7eb;padding-top:1rem;margin-top:1.5rem}
section.series h2{font-size:1.2rem;margin:.2rem 0}
ol.timeline{list-style:none;padding-left:1rem;border-left:3px solid #e3e7eb}
ol.timeline li{margin:0 0 1rem;padding-left:.8rem;position:relative}
ol.timeline li:before{content:"";position:absolute;left:-1.45rem;top:.45rem;width:.7rem;height:.7rem;border-radius:50%;background:#aab4bd}
ol.timeline li.states:before{background:#1d232a}
blockquote{margin:.3rem 0 0;padding:.2rem .7rem;border-left:3px solid #d5dbe0;color:#37414a}
"""


def render_html(statuses: list[SeriesStatus], *, generated: str, inputs: int) -> str:
    """One static page: a status board, then a timeline per series (no script, no external files)."""
    from html import escape as h

    rows = []
    sections = []
    for s in statuses:
        anchor = h(s.id.replace(":", "-"))
        latest = s.latest
        status = latest.status if latest else "unknown"
        conflict = f'<span class="conflict">{len(s.conflicts)} conflict(s)</span>' if s.conflicts else ""
        rows.append(
            f'<tr><td><a href="#{anchor}">{h(s.title)}</a></td>'
            f'<td><span class="badge {status}">{h(status)}</span> {h(_label(latest)[len(status):]) if latest else ""}</td>'
            f'<td>{h(latest.date) if latest else ""}</td><td>{len(s.sources)}</td><td>{conflict}</td></tr>')
        items = []
        for e in reversed(s.timeline):
            link = f'<a href="{h(e.url)}">{h(e.site or e.url)}</a>' if e.url else h(e.record_id)
            credit = f" · credits {h(e.reported_by)}" if e.reported_by else ""
            modality = "" if e.states else f' <span class="muted">({h(e.modality)})</span>'
            items.append(
                f'<li class="{"states" if e.states else ""}"><strong>{h(e.date)}</strong> '
                f'<span class="badge {h(e.status)}">{h(e.status)}</span>{modality} '
                f'{h(_label(e)[len(e.status):])} <span class="muted">· {h(e.language or "")} · {link}{credit} · '
                f'confidence {e.confidence:.2f}</span><blockquote>{h(e.evidence)}</blockquote></li>')
        also = f'<p class="muted">Also: {h(", ".join(n for n in s.names if n != s.title))}</p>' if len(s.names) > 1 else ""
        conflicts = "".join(f'<p class="conflict">Conflict: {h(c.summary)}</p>' for c in s.conflicts)
        sections.append(f'<section class="series" id="{anchor}"><h2>{h(s.title)}</h2>{also}{conflicts}'
                        f'<ol class="timeline">{"".join(items)}</ol></section>')
    board = ('<table class="board"><thead><tr><th>Series</th><th>Latest status</th><th>Date</th>'
             '<th>Sources</th><th></th></tr></thead><tbody>' + "".join(rows) + "</tbody></table>")
    empty = "" if statuses else "<p>No claims found in these records.</p>"
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>Cliffhanger status board</title><style>{_CSS}</style></head><body>"
            f"<h1>Cliffhanger status board</h1><p class=\"meta\">{len(statuses)} series from {inputs} record(s); "
            f"generated {h(generated)}</p>{empty}{board if statuses else ''}{''.join(sections)}</body></html>\n")
