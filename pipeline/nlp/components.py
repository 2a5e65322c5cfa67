"""spaCy components Cliffhanger adds to each loaded pipeline.

Only cheap, rule-based components live in the pipeline itself: the
network/outlet gazetteer (an entity ruler, see ``pipeline.nlp.gazetteer``).
The people, dates and claims extractors work on the finished Doc afterwards
(``pipeline.nlp.annotate``), so no extra pass over the text is needed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.nlp.gazetteer import add_gazetteer

if TYPE_CHECKING:
    from spacy.language import Language


def configure(nlp: "Language", lang: str) -> None:
    """Add Cliffhanger's own components to a freshly loaded pipeline (idempotent)."""
    add_gazetteer(nlp)
