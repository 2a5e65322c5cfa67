"""Per-page preparation (pipeline.extract) on tiny inline pages."""

from __future__ import annotations

import pytest

from pipeline.config import Settings
from pipeline.extract import absolute_url, prepare
from pipeline.inputs import InputDocument

PAGE = """<html lang="en"><head><title>Harbor Lights Renewed</title>
<link rel="canonical" href="{canonical}"></head><body><article><h1>Harbor Lights Renewed</h1>
<p>Apple TV+ has renewed the coastal mystery drama Harbor Lights for a third season, the streamer said on
Tuesday, after the second season became its most watched drama of the spring in the United States.</p>
<p>The new season will again run ten episodes, with production starting in Vancouver in the autumn and
the whole main cast returning, including the two leads who joined in the first season.</p>
</article></body></html>"""


@pytest.mark.parametrize("canonical, base, expected", [
    ("/tv/harbor-lights-renewed", "https://screen.example/amp/x", "https://screen.example/tv/harbor-lights-renewed"),
    ("https://screen.example/a", None, "https://screen.example/a"),
    ("/tv/harbor-lights-renewed", None, None),          # relative with no page URL: unusable
    ("javascript:void(0)", "https://screen.example/", None),
    ("", "https://screen.example/", None),
])
def test_absolute_url(canonical, base, expected):
    assert absolute_url(canonical, base=base) == expected


def test_relative_canonical_link_is_resolved_against_the_page_url():
    doc = InputDocument(label="page", kind="html", content=PAGE.format(canonical="/tv/harbor-lights"),
                        url="https://screen.example/amp/harbor-lights?utm=x")
    assert prepare(doc, settings=Settings()).metadata.canonical_url == "https://screen.example/tv/harbor-lights"
