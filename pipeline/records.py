"""The record Cliffhanger emits, one JSON object per article (schema v1).

These frozen pydantic models are the single definition of the output format:
the JSON Schema in ``pipeline/schema/record.schema.json`` is generated from
them (``python -m pipeline.schema``) and every emitted record is validated
against that file in the tests. Any change here that alters the JSON output
must bump ``SCHEMA_VERSION`` and be described in the README.

Character offsets (``start``/``end``) always index into the record's ``text``
(Python string indices, end exclusive).
"""

from __future__ import annotations

import hashlib
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = 1

Status = Literal["cancelled", "renewed", "ending", "revived", "undecided"]
Modality = Literal["asserted", "reported", "question", "rumor", "denied"]
RoleName = Literal[
    "creator", "showrunner", "actor", "producer", "executive_producer", "composer",
    "director", "writer", "journalist", "other",
]
DateKind = Literal["published", "premiere", "release", "announcement", "finale", "other"]
DatePrecision = Literal["year", "month", "day", "minute", "second"]


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", json_schema_serialization_defaults_required=True)


class Span(_Model):
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Mention(_Model):
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Season(_Model):
    number: int = Field(ge=0)
    episodes: int | None = None
    released: str | None = Field(default=None, description="ISO 8601 date at its known precision")


class Series(_Model):
    id: str = Field(description="stable, language-independent identifier derived from the title")
    title: str
    aliases: tuple[str, ...] = ()
    networks: tuple[str, ...] = ()
    seasons: tuple[Season, ...] = ()
    mentions: tuple[Mention, ...] = ()


class Role(_Model):
    role: RoleName
    series: str | None = None
    character: str | None = None


class Person(_Model):
    name: str
    roles: tuple[Role, ...] = ()
    mentions: tuple[Mention, ...] = ()


class DateMention(_Model):
    text: str
    value: str = Field(description="ISO 8601 at the precision the text gives: 2019, 2019-12, 2019-12-18, 2019-12-18T18:36")
    precision: DatePrecision
    kind: DateKind
    series: str | None = None
    relative: bool = Field(default=False, description="resolved against the article's published date")
    start: int | None = Field(default=None, ge=0, description="None for dates read from metadata, not from the text")
    end: int | None = Field(default=None, ge=0)


class Claim(_Model):
    series: str
    series_id: str
    status: Status
    season: int | None = None
    network: str | None = Field(default=None, description="who decided")
    reported_by: str | None = Field(default=None, description="the outlet the text credits")
    announced: str | None = Field(default=None, description="ISO 8601 date of the decision when stated or inferable")
    modality: Modality
    evidence: str = Field(description="the sentence that states the claim")
    span: Span
    confidence: float = Field(ge=0.0, le=1.0)


class Warning(_Model):
    code: str
    message: str


class Record(_Model):
    schema_version: Literal[1] = SCHEMA_VERSION
    id: str
    url: str | None = None
    canonical_url: str | None = None
    also_urls: tuple[str, ...] = Field(default=(), description="other URLs that served the same article")
    source: str | None = Field(default=None, description="sources.toml source name, for records from `run`")
    site_name: str | None = None
    title: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    modified: str | None = None
    language: str | None = None
    language_confidence: float | None = Field(default=None, ge=0.0, le=1.0)
    text: str
    text_sha256: str
    extracted_at: str
    series: tuple[Series, ...] = ()
    people: tuple[Person, ...] = ()
    dates: tuple[DateMention, ...] = ()
    claims: tuple[Claim, ...] = ()
    warnings: tuple[Warning, ...] = ()

    def to_json_dict(self) -> dict:
        return self.model_dump(mode="json")


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def stable_id(*, canonical_url: str | None, text: str) -> str:
    """The record id when the input gives none: a hash of the canonical URL, else of the text."""
    if canonical_url:
        return "u" + hashlib.sha256(canonical_url.encode("utf-8")).hexdigest()[:16]
    return "t" + sha256_text(text)[:16]
