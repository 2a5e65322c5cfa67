"""sources.toml: typed and strictly validated; errors name the file, the source and the key."""

from __future__ import annotations

import pytest

from conftest import ROOT
from pipeline.config import load_settings, parse_settings
from pipeline.errors import ConfigError

GOOD = """
[defaults]
user_agent = "cliffhanger/0.1 (+https://example.org/contact)"
delay_seconds = 1.0
concurrency = 8
timeout_seconds = 20
max_bytes = 10_000_000
retry_runs = 2
max_sitemaps = 5

[[source]]
name = "tele-example"
language = "fr"
feeds = ["https://tele.example/rss.xml"]
sitemaps = ["https://tele.example/sitemap.xml"]
listings = [{ url = "https://tele.example/series/", links = "a.card__link" }]
include = ["/series/"]
exclude = ["/video/"]
drop = ["aside.related", ".ad-slot"]
delay_seconds = 2
max_pages = 30
"""


def write(tmp_path, text: str):
    path = tmp_path / "sources.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_complete_file_loads_into_typed_settings(tmp_path):
    settings = load_settings(write(tmp_path, GOOD))
    assert settings.fetch.delay_seconds == 1.0 and settings.fetch.timeout_seconds == 20.0
    assert settings.fetch.retry_runs == 2 and settings.fetch.max_sitemaps == 5
    source = settings.sources[0]
    assert source.listings[0].links == "a.card__link" and source.delay_seconds == 2.0 and source.max_pages == 30
    assert source.accepts("https://tele.example/series/a") and not source.accepts("https://tele.example/video/series/a")
    assert settings.source_for_url("https://www.tele.example/series/x") is source


@pytest.mark.parametrize("text, source, key, message", [
    (GOOD.replace("concurrency = 8", "concurency = 8"), None, "defaults.concurency", "unknown key"),
    (GOOD.replace('language = "fr"', 'langage = "fr"'), "tele-example", "langage", "unknown key"),
    (GOOD.replace("delay_seconds = 1.0", 'delay_seconds = "1"'), None, "defaults.delay_seconds", "expected an integer or a number, got str"),
    (GOOD.replace("concurrency = 8", "concurrency = true"), None, "defaults.concurrency", "boolean"),
    (GOOD.replace("max_pages = 30", "max_pages = 0"), "tele-example", "max_pages", "at least 1"),
    (GOOD.replace('feeds = ["https://tele.example/rss.xml"]', 'feeds = ["tele.example/rss.xml"]'),
     "tele-example", "feeds", "not an absolute http(s) URL"),
    (GOOD.replace('links = "a.card__link" }', 'links = "a.card__link", selector = "a" }'),
     "tele-example", "listings.selector", "unknown key"),
    (GOOD.replace('url = "https://tele.example/series/"', 'url = "ftp://tele.example/"'),
     "tele-example", "listings.url", "not an absolute"),
    (GOOD.replace('links = "a.card__link"', 'links = "a[[["'), "tele-example", "listings.links", "invalid CSS selector"),
    (GOOD.replace('drop = ["aside.related", ".ad-slot"]', 'drop = ["aside..related"]'), "tele-example", "drop",
     "invalid CSS selector"),
    (GOOD.replace('include = ["/series/"]', 'include = ["(unclosed"]'), "tele-example", "include",
     "invalid regular expression"),
    (GOOD.replace('language = "fr"', 'language = "de"'), "tele-example", "language", "unsupported language"),
    (GOOD.replace('feeds = ["https://tele.example/rss.xml"]', 'feeds = "https://tele.example/rss.xml"'),
     "tele-example", "feeds", "expected an array"),
    (GOOD + '\n[[source]]\nname = "tele-example"\n', "tele-example", "name", "duplicate source name"),
])
def test_errors_name_file_source_and_key(tmp_path, text, source, key, message):
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as caught:
        load_settings(path)
    error = caught.value
    assert error.path == str(path) and error.key == key and error.source == source
    assert message in str(error) and str(path) in str(error) and repr(key) in str(error)


def test_unreadable_and_invalid_files(tmp_path):
    with pytest.raises(ConfigError, match="file not found"):
        load_settings(tmp_path / "missing.toml")
    with pytest.raises(ConfigError, match="invalid TOML"):
        load_settings(write(tmp_path, "[[source]\nname="))


def test_negative_and_zero_limits_are_refused():
    with pytest.raises(ConfigError, match="must not be negative"):
        parse_settings({"defaults": {"retry_runs": -1}})
    with pytest.raises(ConfigError, match="must be positive"):
        parse_settings({"defaults": {"timeout_seconds": 0}})


def test_the_shipped_sources_toml_is_valid_with_four_sites_per_language():
    settings = load_settings(ROOT / "sources.toml")
    by_lang = {lang: [s for s in settings.sources if s.language == lang] for lang in ("fr", "en")}
    assert len(by_lang["fr"]) >= 4 and len(by_lang["en"]) >= 4
    for source in settings.sources:
        assert source.feeds or source.sitemaps or source.listings, source.name
        assert source.include or source.exclude, f"{source.name}: no include/exclude rule"
        assert source.drop, f"{source.name}: no drop selectors"
    assert settings.fetch.user_agent.startswith("cliffhanger/")
