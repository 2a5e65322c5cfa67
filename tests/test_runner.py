"""``extract_stream``: the same outcomes, in the same order, with one worker or a process pool."""

from __future__ import annotations

from pipeline.config import Settings
from pipeline.errors import InputError
from pipeline.inputs import InputDocument, InputFailure
from pipeline.records import Record
from pipeline.runner import Failure, extract_stream

from conftest import FIXTURES

PAGES = FIXTURES / "pages"


def _inputs() -> list:
    """French and English pages and texts, a page with no article text and an unreadable input,
    so that chunks of two mix languages, failures and records."""
    docs: list = []
    for path in sorted(PAGES.glob("*.html")) + sorted(PAGES.glob("*.txt")):
        kind = "html" if path.suffix == ".html" else "text"
        docs.append(InputDocument(label=path.name, kind=kind, content=path.read_text(encoding="utf-8"),
                                  url=f"https://example.org/{path.stem}"))
    docs.insert(1, InputDocument(label="empty.html", kind="html", content="<html><body><div>   </div></body></html>"))
    docs.insert(3, InputFailure(label="missing.html", stage="read", error=InputError("missing.html: not found")))
    docs.append(InputDocument(label="short.txt", kind="text",
                              content="Netflix cancels The Long Drift after two seasons.\n\nThe streamer confirmed it."))
    docs.append(InputDocument(label="court.txt", kind="text",
                              content="Canal+ renouvelle Les Gardiens du Phare pour une saison 3."))
    return docs


def _comparable(outcome) -> dict:
    if isinstance(outcome, Record):
        return {k: v for k, v in outcome.model_dump(mode="json").items() if k != "extracted_at"}
    assert isinstance(outcome, Failure)
    return outcome.to_json_dict()


def test_two_workers_give_the_same_outcomes_in_the_same_order(extractor):
    settings = Settings()
    inputs = _inputs()
    one = list(extract_stream(inputs, settings=settings, workers=1, batch_size=2, extractor=extractor))
    two = list(extract_stream(inputs, settings=settings, workers=2, batch_size=2))
    assert len(one) == len(inputs)
    assert [type(o).__name__ for o in one].count("Record") >= 5
    assert [(o.label, o.stage) for o in one if isinstance(o, Failure)] == [("empty.html", "clean"),
                                                                           ("missing.html", "read")]
    assert [_comparable(o) for o in one] == [_comparable(o) for o in two]
    assert any(o.claims for o in one if isinstance(o, Record))  # the comparison covers claims too
