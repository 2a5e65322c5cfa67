"""From one input document to one record: clean → metadata → language → NLP → record.

``prepare`` does the per-page work (parse once, metadata, clean text,
language); ``Extractor.records`` runs the NLP stage over a batch of prepared
pages and builds the records. Neither catches errors: the runner does.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timezone
from typing import Sequence
from urllib.parse import urljoin, urlsplit

from pipeline.clean import clean_html, clean_text, looks_like_html
from pipeline.config import Settings
from pipeline.inputs import InputDocument
from pipeline.language import detect_language
from pipeline.metadata import Metadata, read_metadata, read_text_metadata
from pipeline.nlp import NlpInput, NlpStage
from pipeline.records import Record, Warning, sha256_text, stable_id


@dataclass(frozen=True, slots=True)
class Prepared:
    doc: InputDocument
    metadata: Metadata
    text: str
    language: str | None
    language_confidence: float
    warnings: tuple[Warning, ...] = ()


def prepare(doc: InputDocument, *, settings: Settings) -> Prepared:
    from selectolax.lexbor import LexborHTMLParser

    warnings: list[Warning] = []
    if doc.kind == "html" and looks_like_html(doc.content):
        tree = LexborHTMLParser(doc.content)
        metadata = read_metadata(tree)
        cleaned = clean_html(doc.content, tree=tree, drop=settings.drop_selectors_for(doc.url), url=doc.url,
                             title=metadata.title, authors=metadata.authors)
    else:
        metadata = read_text_metadata(doc.content)
        cleaned = clean_text(doc.content, title=metadata.title, authors=metadata.authors, keep_if_all_dropped=True)
        if cleaned.kept_as_given:
            warnings.append(Warning(code="chrome_filter_kept_all",
                                    message="every line looked like site chrome; the text is kept as given"))
    text = _with_title(metadata.title, cleaned.body)
    metadata = replace(metadata, canonical_url=absolute_url(metadata.canonical_url, base=doc.url))
    if doc.published:
        metadata = replace(metadata, published=doc.published)
    if doc.language:
        language, confidence = doc.language, 1.0
    else:
        source = settings.source_for_url(doc.url)
        guess = detect_language(text, hints=(metadata.html_lang, metadata.og_locale,
                                             source.language if source else None))
        language, confidence = guess.language, guess.confidence
    if language is None:
        warnings.append(Warning(code="unknown_language",
                                message="the language could not be identified: no entities or claims"))
    elif language not in ("en", "fr"):
        warnings.append(Warning(code="unsupported_language",
                                message=f"language {language!r} is not supported (en, fr): no entities or claims"))
    return Prepared(doc=doc, metadata=metadata, text=text, language=language,
                    language_confidence=confidence, warnings=tuple(warnings))


def absolute_url(url: str | None, *, base: str | None) -> str | None:
    """A canonical link may be relative to the page; without a page URL it is unusable."""
    if not url:
        return None
    resolved = urljoin(base, url.strip()) if base else url.strip()
    parts = urlsplit(resolved)
    return resolved if parts.scheme in ("http", "https") and parts.hostname else None


def _with_title(title: str | None, body: str) -> str:
    """The record text starts with the headline, which carries most status claims."""
    if not title:
        return body
    first = body.lstrip().split("\n", 1)[0].strip()
    if first.casefold() == title.strip().casefold():
        return body
    return f"{title.strip()}\n\n{body}"


class Extractor:
    """Holds the configuration and the loaded NLP stage for a whole batch or run."""

    def __init__(self, settings: Settings, *, nlp: NlpStage | None = None) -> None:
        self.settings = settings
        self.nlp = nlp or NlpStage(settings)

    def records(self, batch: Sequence[Prepared], *, extracted_at: str | None = None) -> list[Record]:
        stamp = extracted_at or datetime.now(timezone.utc).isoformat(timespec="seconds")
        outputs = self.nlp.analyze([
            NlpInput(text=p.text, lang=p.language or "", published=p.metadata.published,
                     authors=p.metadata.authors, title=p.metadata.title)
            for p in batch
        ])
        return [build_record(p, out, extracted_at=stamp) for p, out in zip(batch, outputs)]


def build_record(p: Prepared, out, *, extracted_at: str) -> Record:
    meta = p.metadata
    canonical = meta.canonical_url or p.doc.url
    return Record(
        id=p.doc.id if p.doc.id is not None else stable_id(canonical_url=canonical, text=p.text),
        url=p.doc.url,
        canonical_url=canonical,
        site_name=meta.site_name,
        title=meta.title,
        authors=meta.authors,
        published=meta.published,
        modified=meta.modified,
        language=p.language,
        language_confidence=p.language_confidence,
        text=p.text,
        text_sha256=sha256_text(p.text),
        extracted_at=extracted_at,
        series=out.series,
        people=out.people,
        dates=out.dates,
        claims=out.claims,
        warnings=p.warnings + out.warnings,
    )
