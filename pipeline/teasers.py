"""Line-level filter for the site chrome trafilatura keeps, and for plain-text dumps.

Every sentence of chrome that survives becomes a false series, person or
claim downstream, so this filter removes, line by line:

- ``teaser``: inline links to other articles ("À lire aussi : …", "LIRE AUSSI …",
  "MUST-READ: …", "ALSO READ: …", "READ MORE: …", "[Related: …]"), and the
  list items that directly follow such a line;
- ``ad``: advertising labels ("Publicité", "La suite après la publicité");
- ``section``: a heading that opens a block of related links, tags or latest
  news ("Sur le même thème", "Les articles similaires", "Mots clés", "Related
  stories") with the headline-like lines under it, up to the next paragraph
  of prose;
- ``icon``: lines ending in an icon-font word ("… play_circle"), ``tag``: lines
  ending in a bracketed label ("… [VIDEO]"), ``credit``: photo credits;
- ``promo``: newsletter, subscription and follow-us lines, agency credits;
- ``repeat``: a line identical to the line before it (captions repeated 3-4
  times); repeats further apart are kept, they are often the article's own;
- ``label``: an all-caps category label ("CINÉ SÉRIE") as the very first line;
- in the header, before the first paragraph of prose: ``title`` (the headline,
  which the record puts back as its first line), ``dateline``, ``byline`` and
  ``bio`` (the author's biography), which are metadata, not article text.

The cue words live in :mod:`pipeline.teaser_cues`, per language. Each rule
was measured on ../shared/corpus (``cliffhanger eval boilerplate``) for what
it removes from the reference article text, not only for what it catches.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterable

from pipeline import teaser_cues as cues
from pipeline.datelines import parse_byline, parse_dateline


@dataclass(frozen=True, slots=True)
class Dropped:
    line: str
    #: which rule removed it (see the module docstring)
    rule: str
    #: its index in the lines given to :func:`filter_lines`
    index: int = -1


@dataclass(frozen=True, slots=True)
class Filtered:
    #: the lines kept, in order; a kept line may be shortened (a share-widget suffix cut), so
    #: align with the input through :attr:`dropped_indexes`, not by comparing lines
    kept: tuple[str, ...]
    dropped: tuple[Dropped, ...] = ()

    @property
    def dropped_indexes(self) -> frozenset[int]:
        return frozenset(d.index for d in self.dropped)


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _loose(cue: str) -> str:
    """A cue as a pattern that tolerates any spacing and straight or curly apostrophes."""
    return r"\s+".join(re.escape(part).replace("'", "['’]") for part in cue.split())


def _key(text: str) -> str:
    """Comparison form of a line or a cue: case-folded, one space, straight apostrophes, no end punctuation."""
    return " ".join(text.casefold().replace("’", "'").split()).strip(" .:…!-–—|•")


_LEAD = r"^[\s\-–—•*·>»\[(]*"
_SEPARATOR = re.compile(r"\s*(?:[:\-–—»>|•]|\.\.\.|…)")
_TEASER = re.compile(
    _LEAD + r"(?P<cue>" + "|".join(_loose(c) for c in cues.union(cues.TEASER_PREFIXES)) + r")"
    r"(?P<rest>.*)$", re.IGNORECASE)
_REST_PUNCT = " .…:!-–—>»|•]"
_AD = frozenset(_key(label) for label in cues.union(cues.AD_LABELS))
_SECTION = frozenset(_key(h) for h in cues.union(cues.SECTION_HEADINGS))
#: Multi-word headings also open a block when followed by a few words ("Most read in world news").
_SECTION_PREFIXES = tuple(sorted(h + " " for h in _SECTION if " " in h))
_CREDIT = re.compile(r"^\s*(?:" + _alternation(cues.union(cues.CREDIT_PREFIXES)) + r")s?\s*:\s*\S", re.IGNORECASE)
_CAPTION_CREDIT = re.compile(r"©\s*[\w .,&'’/+!()-]{1,40}\s*$")
_PROMO = re.compile(r"^\W*(?:" + "|".join(_loose(c) for c in cues.union(cues.PROMO_PREFIXES)) + r")", re.IGNORECASE)
_FOLLOW = re.compile(r"^\W*(?:" + _alternation(cues.union(cues.FOLLOW_VERBS)) + r")\b.{0,80}\b(?:"
                     + _alternation(cues.SOCIAL_NETWORKS) + r")\b", re.IGNORECASE)
_ICONS = frozenset(cues.ICON_WORDS)
_WIDGET = re.compile(r"\s*(?:" + "|".join(_loose(w) for w in cues.WIDGET_SUFFIXES) + r")\s*$", re.IGNORECASE)
_WIDGET_TAILS = tuple({w.split()[-1][-4:] for w in cues.WIDGET_SUFFIXES})
_TAG = re.compile(r"\w\W+\w+\W+\w+\W*\[(?:[A-Z][A-Z '’]{1,20})\]\s*\|?\s*$")
_DOMAIN = re.compile(r"^\s*[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_LIST_ITEM = re.compile(r"^\s*(?:[-–•*·]|\d{1,2}[.)])\s+\S")
_SENTENCE_END = re.compile(r"[.!?…](?:[\"'”»)\]]*)\s+[\"'“«(]?[A-ZÀ-ÖØ-Þ0-9]")
_PROSE_END = tuple(".!?…:;»\"”)")
_ELLIPSIS_END = ("...", "…\"", "...\"", "…")


def _strip_icon(line: str) -> str:
    """The line without a trailing icon-font word ("… play_circle")."""
    head, _, last = line.rstrip().rpartition(" ")
    return head if last in _ICONS else line


def is_prose(line: str, *, words: int | None = None) -> bool:
    """A line that reads like a paragraph of article text, not a headline, label or link."""
    stripped = line.strip()
    words = len(stripped.split()) if words is None else words
    if words >= 40:
        return True
    if words >= 12 and stripped.endswith(_PROSE_END) and not stripped.endswith(_ELLIPSIS_END):
        return True
    return words >= 20 and bool(_SENTENCE_END.search(stripped))


def is_paragraph(line: str) -> bool:
    """Stricter than :func:`is_prose`: what ends a block of related headlines.

    Teaser headlines can be long and quote someone ("… : "Nous voulions finir avant de
    lasser le public""), but they do not end with a full stop.
    """
    stripped = line.strip()
    words = len(stripped.split())
    if words >= 45:
        return True
    if not stripped.endswith((".", "!", "?")) or stripped.endswith(("...", "…")):
        return False
    return words >= 15 and (stripped.endswith(".") or bool(_SENTENCE_END.search(stripped)))


def teaser_rule(line: str, *, key: str | None = None, words: int | None = None) -> str | None:
    """The context-free rule that removes ``line``, or None to keep it."""
    stripped = line.strip()
    if not stripped:
        return None
    if (key if key is not None else _key(stripped)) in _AD:
        return "ad"
    match = _TEASER.match(stripped)
    if match and _teaser_match(match):
        return "teaser"
    if _strip_icon(stripped) is not stripped:
        return "icon"
    if stripped.rstrip(" |").endswith("]") and _TAG.search(stripped):
        return "tag"
    words = len(stripped.split()) if words is None else words
    if words <= 40 and not _LIST_ITEM.match(stripped) and (_PROMO.match(stripped) or _FOLLOW.match(stripped)):
        return "promo"  # (a list item "- Sign up for …" is an instruction of the article)
    if (words <= 30 and _CREDIT.match(stripped)) or (
            words <= 60 and "©" in stripped and _CAPTION_CREDIT.search(stripped)):
        return "credit"
    return None


def _teaser_match(match: re.Match) -> bool:
    cue, rest = match.group("cue"), match.group("rest")
    key = _key(cue)
    uppercase = cue.upper() == cue and any(c.isalpha() for c in cue)
    if not rest.strip(_REST_PUNCT):
        return True  # the cue alone: a heading ("You may also like…", "Related:", "DON'T MISS")
    separator = cue.endswith(":") or _SEPARATOR.match(rest)
    if key in cues.UPPERCASE_ONLY and not uppercase:
        # "Watch: Season 2 trailer" and "Listen: http://…" are embeds; "Watch the trailer below." is not.
        return bool(separator) and rest.lstrip()[:1] == ":" and not is_prose(rest)
    if separator:
        return True
    if key == "also on" and _DOMAIN.match(rest):
        return True  # "Also on rt.com Journalists & politicians …"
    # "LIRE AUSSI Netflix annule …": a capitalised cue needs no separator.
    return uppercase and rest[:1].isspace() and len(key) > 4


def is_teaser(line: str) -> bool:
    return teaser_rule(line) is not None


def is_label(line: str) -> bool:
    """An all-caps category label above a headline: "CINÉ SÉRIE", "TV NEWS"."""
    stripped = line.strip()
    words = stripped.split()
    # "BAAR, SWITZERLAND" (a wire-story dateline) has a comma; labels have none.
    return (1 <= len(words) <= 3 and any(c.isupper() for c in stripped) and not any(c.islower() for c in stripped)
            and not any(c.isdigit() for c in stripped) and not any(c in stripped for c in ",.!?:;"))


def _is_section(key: str, line: str, words: int) -> bool:
    if key in _SECTION:
        return True
    # "Most read in world news": a heading with a few more words, still no sentence.
    return (words <= 6 and key.startswith(_SECTION_PREFIXES)
            and not line.rstrip().endswith((".", "?", "!")) and "," not in line)


_WORD = re.compile(r"\w+", re.UNICODE)


def _same_text(a: str, b: str) -> bool:
    return [w.casefold() for w in _WORD.findall(a)] == [w.casefold() for w in _WORD.findall(b)]


_BIO = re.compile(r"\b(?:" + _alternation(cues.union(cues.AUTHOR_BIO_CUES)) + r")", re.IGNORECASE)


def _is_bio(line: str, authors: tuple[str, ...]) -> bool:
    return line.startswith(authors) and bool(_BIO.search(line[:160]))


def filter_lines(lines: Iterable[str], *, title: str | None = None, authors: tuple[str, ...] = (),
                 links: frozenset[str] | Callable[[], frozenset[str]] = frozenset()) -> Filtered:
    """Keep the article's lines; blank lines are kept (they separate paragraphs in plain text).

    ``links`` are the texts (see :func:`link_key`) of the page's links: a list item, or a
    line that does not read as prose, with one of those texts is a teaser headline. It may
    be a function, called the first time a line could be such a headline (most pages never
    need the scan of their links).
    """
    kept: list[str] = []
    dropped: list[Dropped] = []
    state = _State(authors=tuple(a for a in authors if a), title=title, links=links)
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            kept.append(line)
            if state.kept:
                state.header = False  # a blank line after kept text: the header is over
            continue
        widget = _WIDGET.search(stripped) if stripped[-4:].casefold() in _WIDGET_TAILS else None
        if widget and widget.start() > 0:
            line = stripped = stripped[:widget.start()]
        key = _key(_strip_icon(stripped))
        rule = state.rule(stripped, key)
        state.advance(stripped, key, rule)
        if rule is None:
            kept.append(line)
        else:
            dropped.append(Dropped(line=stripped, rule=rule, index=index))
    return Filtered(kept=tuple(kept), dropped=tuple(dropped))


def link_key(text: str) -> str:
    """How a link-only list item's text is compared with a line of extracted text."""
    return " ".join(_WORD.findall(text.casefold()))


@dataclass(slots=True)
class _State:
    """What the filter knows about the lines before the current one."""

    authors: tuple[str, ...]
    title: str | None
    links: frozenset[str] | Callable[[], frozenset[str]]
    first: bool = True         # no non-blank line yet
    kept: bool = False         # a line has been kept
    header: bool = True        # before the first paragraph of prose
    block: bool = False        # inside a related-links / tags block opened by a section heading
    after_teaser: bool = False
    previous: str = ""         # the previous non-blank line, as a key

    def rule(self, line: str, key: str) -> str | None:
        words = len(line.split())
        rule = teaser_rule(line, key=key, words=words)
        if rule:
            return rule
        if _is_section(key, line, words):
            return "section"
        if self.block and not is_paragraph(line):
            return "section"
        listed = bool(_LIST_ITEM.match(line))
        if listed and self.after_teaser:
            return "list"
        if self._is_link(line, listed=listed, words=words):
            return "related"
        if _PROMO.match(line) and link_key(line) in self._links():
            return "promo"  # a whole paragraph that is one subscription link
        if self.first and is_label(line):
            return "label"
        if self.header:
            if self.title and _same_text(line, self.title):
                return "title"
            if _DIGIT.search(line) and parse_dateline(line):
                return "dateline"
            if parse_byline(line):
                return "byline"
            if self.authors and _is_bio(line, self.authors):
                return "bio"
        if key == self.previous and words >= 3:
            return "repeat"
        return None

    def _links(self) -> frozenset[str]:
        if callable(self.links):
            self.links = self.links()
        return self.links

    def _is_link(self, line: str, *, listed: bool, words: int) -> bool:
        # A list item of three words or more; any other line of five or more that is not prose
        # (shorter linked lines are the article's own subheadings and product names), or that
        # comes before anything of the article was kept (a sidebar teaser with its blurb).
        if not listed and (words < 5 or (self.kept and is_prose(line, words=words))):
            return False
        link = link_key(line)
        if link not in self._links() or (self.title and _same_text(line, self.title)):
            return False
        return listed or link.count(" ") >= 4

    def advance(self, line: str, key: str, rule: str | None) -> None:
        self.first = False
        self.previous = key
        if rule is None:
            self.kept = True
            self.block = self.after_teaser = False
            if self.header and is_prose(line):
                self.header = False
            return
        if rule == "section":
            self.block = True
        elif rule == "teaser" and not _TEASER.match(line).group("rest").strip(_REST_PUNCT):
            self.block = True  # a teaser cue standing alone ("You may also like…") heads a list of links
        self.after_teaser = rule in ("teaser", "section", "list") or (
            self.after_teaser and rule in ("icon", "tag"))
