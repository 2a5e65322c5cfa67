"""Typed configuration, loaded once from ``sources.toml`` and passed down.

Every default lives in this module. Validation is strict: an unknown key, a
wrong type, a bad URL, a bad regex or an invalid CSS selector raises
:class:`~pipeline.errors.ConfigError` naming the file, the source and the key.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from pipeline.errors import ConfigError

SUPPORTED_LANGUAGES = ("en", "fr")

#: ``builtin`` is the English NER pipeline shipped inside the package.
DEFAULT_MODELS = {"en": "builtin", "fr": "fr_core_news_md"}


@dataclass(frozen=True, slots=True)
class FetchSettings:
    user_agent: str = "cliffhanger/0.1 (+https://example.org/contact)"
    delay_seconds: float = 1.0
    concurrency: int = 8
    timeout_seconds: float = 20.0
    max_bytes: int = 10_000_000
    max_attempts: int = 4
    max_redirects: int = 5
    backoff_seconds: float = 1.0
    max_backoff_seconds: float = 60.0
    respect_robots: bool = True
    #: later runs that retry a URL after a transient failure (timeout, 5xx, 429, connection)
    retry_runs: int = 3
    #: child sitemaps followed per sitemap index and run (newest lastmod first)
    max_sitemaps: int = 20


@dataclass(frozen=True, slots=True)
class Listing:
    url: str
    links: str


@dataclass(frozen=True, slots=True)
class Source:
    name: str
    language: str | None = None
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    listings: tuple[Listing, ...] = ()
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    drop: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    delay_seconds: float | None = None
    max_pages: int | None = None
    enabled: bool = True

    def hosts(self) -> frozenset[str]:
        """Hosts whose pages belong to this source (for its ``drop`` selectors)."""
        urls = [*self.feeds, *self.sitemaps, *(listing.url for listing in self.listings)]
        hosts = {_bare_host(urlsplit(u).hostname or "") for u in urls}
        hosts.update(_bare_host(d) for d in self.domains)
        hosts.discard("")
        return frozenset(hosts)

    def accepts(self, url: str) -> bool:
        if self.include and not any(re.search(p, url) for p in self.include):
            return False
        return not any(re.search(p, url) for p in self.exclude)


@dataclass(frozen=True, slots=True)
class Settings:
    fetch: FetchSettings = field(default_factory=FetchSettings)
    models: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_MODELS))
    sources: tuple[Source, ...] = ()
    path: str | None = None

    def source_for_url(self, url: str | None) -> Source | None:
        if not url:
            return None
        host = _bare_host(urlsplit(url).hostname or "")
        for source in self.sources:
            if host in source.hosts():
                return source
        return None

    def drop_selectors_for(self, url: str | None) -> tuple[str, ...]:
        source = self.source_for_url(url)
        return source.drop if source else ()


def _bare_host(host: str) -> str:
    host = host.lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


# --- loading -----------------------------------------------------------------

def load_settings(path: str | Path | None) -> Settings:
    """Load ``sources.toml``; ``None`` gives the defaults with no sources."""
    if path is None:
        return Settings()
    path = Path(path)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError("file not found", path=str(path)) from exc
    except UnicodeDecodeError as exc:
        raise ConfigError("not UTF-8 text", path=str(path)) from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"invalid TOML: {exc}", path=str(path)) from exc
    except OSError as exc:
        raise ConfigError(f"cannot read: {exc.strerror or exc}", path=str(path)) from exc
    return parse_settings(raw, path=str(path))


def parse_settings(raw: dict[str, Any], *, path: str = "<config>") -> Settings:
    _check_keys(raw, {"defaults", "models", "source"}, path=path, where=None)
    fetch = _parse_fetch(raw.get("defaults", {}), path=path)
    models = _parse_models(raw.get("models", {}), path=path)
    raw_sources = raw.get("source", [])
    if not isinstance(raw_sources, list):
        raise ConfigError("must be an array of tables ([[source]])", path=path, key="source")
    sources = tuple(_parse_source(s, index=i, path=path) for i, s in enumerate(raw_sources))
    seen: set[str] = set()
    for source in sources:
        if source.name in seen:
            raise ConfigError("duplicate source name", path=path, source=source.name, key="name")
        seen.add(source.name)
    return Settings(fetch=fetch, models=models, sources=sources, path=path)


def _check_keys(table: Any, allowed: set[str], *, path: str, where: str | None, key: str | None = None) -> None:
    if not isinstance(table, dict):
        raise ConfigError("must be a table", path=path, source=where, key=key)
    unknown = sorted(set(table) - allowed)
    if unknown:
        raise ConfigError(f"unknown key (allowed: {', '.join(sorted(allowed))})",
                          path=path, source=where, key=f"{key}.{unknown[0]}" if key else unknown[0])


def _typed(value: Any, kind: type | tuple[type, ...], *, path: str, source: str | None, key: str) -> Any:
    # bool is an int subclass in Python; TOML users never mean true as 1
    if isinstance(value, bool) and bool not in (kind if isinstance(kind, tuple) else (kind,)):
        raise ConfigError(f"expected {_kind_name(kind)}, got a boolean", path=path, source=source, key=key)
    if not isinstance(value, kind):
        raise ConfigError(f"expected {_kind_name(kind)}, got {type(value).__name__}",
                          path=path, source=source, key=key)
    return value


def _kind_name(kind: type | tuple[type, ...]) -> str:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    names = {int: "an integer", float: "a number", str: "a string", bool: "a boolean", list: "an array"}
    return " or ".join(names.get(k, k.__name__) for k in kinds)


def _parse_fetch(table: Any, *, path: str) -> FetchSettings:
    names = {f.name: f for f in fields(FetchSettings)}
    _check_keys(table, set(names), path=path, where=None, key="defaults")
    values: dict[str, Any] = {}
    for key, value in table.items():
        default = names[key].default
        if isinstance(default, bool):
            values[key] = _typed(value, bool, path=path, source=None, key=f"defaults.{key}")
        elif isinstance(default, int) and not isinstance(default, bool):
            values[key] = _typed(value, int, path=path, source=None, key=f"defaults.{key}")
        elif isinstance(default, float):
            values[key] = float(_typed(value, (int, float), path=path, source=None, key=f"defaults.{key}"))
        else:
            values[key] = _typed(value, str, path=path, source=None, key=f"defaults.{key}")
        if isinstance(values[key], (int, float)) and not isinstance(values[key], bool) and values[key] < 0:
            raise ConfigError("must not be negative", path=path, key=f"defaults.{key}")
    settings = FetchSettings(**values)
    for key in ("concurrency", "max_bytes", "max_attempts"):
        if getattr(settings, key) < 1:
            raise ConfigError("must be at least 1", path=path, key=f"defaults.{key}")
    if settings.timeout_seconds <= 0:
        raise ConfigError("must be positive", path=path, key="defaults.timeout_seconds")
    return settings


def _parse_models(table: Any, *, path: str) -> dict[str, str]:
    _check_keys(table, set(SUPPORTED_LANGUAGES), path=path, where=None, key="models")
    models = dict(DEFAULT_MODELS)
    for lang, name in table.items():
        models[lang] = _typed(name, str, path=path, source=None, key=f"models.{lang}")
    return models


_SOURCE_LISTS = ("feeds", "sitemaps", "include", "exclude", "drop", "domains")


def _parse_source(table: Any, *, index: int, path: str) -> Source:
    allowed = {f.name for f in fields(Source)}
    label = table.get("name") if isinstance(table, dict) and isinstance(table.get("name"), str) else f"#{index + 1}"
    _check_keys(table, allowed, path=path, where=label)
    if "name" not in table:
        raise ConfigError("missing required key", path=path, source=label, key="name")
    name = _typed(table["name"], str, path=path, source=label, key="name").strip()
    if not name:
        raise ConfigError("must not be empty", path=path, source=label, key="name")
    values: dict[str, Any] = {"name": name}
    for key in _SOURCE_LISTS:
        if key in table:
            items = _typed(table[key], list, path=path, source=name, key=key)
            values[key] = tuple(_typed(v, str, path=path, source=name, key=key) for v in items)
    for key in ("feeds", "sitemaps"):
        for url in values.get(key, ()):
            _check_url(url, path=path, source=name, key=key)
    for key in ("include", "exclude"):
        for pattern in values.get(key, ()):
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ConfigError(f"invalid regular expression {pattern!r}: {exc}",
                                  path=path, source=name, key=key) from exc
    for selector in values.get("drop", ()):
        _check_selector(selector, path=path, source=name, key="drop")
    if "listings" in table:
        listings = []
        for item in _typed(table["listings"], list, path=path, source=name, key="listings"):
            _check_keys(item, {"url", "links"}, path=path, where=name, key="listings")
            if "url" not in item or "links" not in item:
                raise ConfigError("each listing needs 'url' and 'links'", path=path, source=name, key="listings")
            url = _typed(item["url"], str, path=path, source=name, key="listings.url")
            links = _typed(item["links"], str, path=path, source=name, key="listings.links")
            _check_url(url, path=path, source=name, key="listings.url")
            _check_selector(links, path=path, source=name, key="listings.links")
            listings.append(Listing(url=url, links=links))
        values["listings"] = tuple(listings)
    if "language" in table:
        lang = _typed(table["language"], str, path=path, source=name, key="language")
        if lang not in SUPPORTED_LANGUAGES:
            raise ConfigError(f"unsupported language {lang!r} (supported: {', '.join(SUPPORTED_LANGUAGES)})",
                              path=path, source=name, key="language")
        values["language"] = lang
    if "delay_seconds" in table:
        delay = float(_typed(table["delay_seconds"], (int, float), path=path, source=name, key="delay_seconds"))
        if delay < 0:
            raise ConfigError("must not be negative", path=path, source=name, key="delay_seconds")
        values["delay_seconds"] = delay
    if "max_pages" in table:
        max_pages = _typed(table["max_pages"], int, path=path, source=name, key="max_pages")
        if max_pages < 1:
            raise ConfigError("must be at least 1", path=path, source=name, key="max_pages")
        values["max_pages"] = max_pages
    if "enabled" in table:
        values["enabled"] = _typed(table["enabled"], bool, path=path, source=name, key="enabled")
    return Source(**values)


def _check_url(url: str, *, path: str, source: str, key: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(f"not an absolute http(s) URL: {url!r}", path=path, source=source, key=key)


def _check_selector(selector: str, *, path: str, source: str, key: str) -> None:
    from selectolax.lexbor import LexborHTMLParser, SelectolaxError

    try:
        LexborHTMLParser("<html></html>").css(selector)
    except SelectolaxError as exc:
        raise ConfigError(f"invalid CSS selector {selector!r}", path=path, source=source, key=key) from exc
