"""Cliffhanger's error hierarchy.

Every failure the pipeline expects is one of these; third-party exceptions are
mapped to them at the boundary where they occur (``raise ... from exc``), so
the runner can report a URL, a stage and a reason without knowing about httpx,
trafilatura or spaCy.

    PipelineError
    ├── ConfigError          sources.toml or a command-line option is wrong
    ├── InputError           an input could not be read (missing file, bad JSON line, binary body)
    ├── FetchError           the network stage failed for one URL
    │   ├── FetchTimeout
    │   ├── HTTPStatusError  4xx / 5xx after retries (carries the status)
    │   ├── BodyTooLarge
    │   ├── NotHTML          the body is not what the stage needs (PDF, image, ...)
    │   └── RobotsDisallowed
    ├── ExtractError         the page could not be turned into clean text
    ├── ModelError           a configured spaCy pipeline is missing or broken
    ├── StateError           the SQLite state store is unusable
    │   └── LockHeld         another run holds the lock
    └── Skip                 an expected rejection, not a bug: no main text,
                             duplicate content, not modified since last run
"""

from __future__ import annotations


class PipelineError(Exception):
    """Base class of every error Cliffhanger raises on purpose."""

    #: short machine-readable name used in error rows (``errors.jsonl``)
    code = "error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ConfigError(PipelineError):
    code = "config"

    def __init__(self, message: str, *, path: str | None = None, source: str | None = None,
                 key: str | None = None) -> None:
        where = [p for p in (path, f"source {source!r}" if source else None,
                             f"key {key!r}" if key else None) if p]
        super().__init__(f"{': '.join(where)}: {message}" if where else message)
        self.path, self.source, self.key = path, source, key


class InputError(PipelineError):
    code = "input"


class FetchError(PipelineError):
    code = "fetch"

    def __init__(self, message: str, *, url: str) -> None:
        super().__init__(message)
        self.url = url


class FetchTimeout(FetchError):
    code = "timeout"


class HTTPStatusError(FetchError):
    code = "http_status"

    def __init__(self, message: str, *, url: str, status: int) -> None:
        super().__init__(message, url=url)
        self.status = status


class BodyTooLarge(FetchError):
    code = "too_large"


class NotHTML(FetchError):
    code = "not_html"


class RobotsDisallowed(FetchError):
    code = "robots"


class ExtractError(PipelineError):
    code = "extract"


class ModelError(PipelineError):
    code = "model"


class StateError(PipelineError):
    code = "state"


class LockHeld(StateError):
    code = "locked"


class Skip(PipelineError):
    """An expected rejection; ``reason`` is one of a small documented set."""

    code = "skip"
    REASONS = frozenset({"no_main_text", "duplicate", "not_modified", "excluded", "not_article"})

    def __init__(self, reason: str, detail: str = "") -> None:
        if reason not in self.REASONS:
            raise ValueError(f"unknown skip reason {reason!r}")
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
