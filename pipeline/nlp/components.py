"""spaCy components Cliffhanger adds to each loaded pipeline (gazetteer ruler, ...)."""

from __future__ import annotations


def configure(nlp, lang: str) -> None:
    """Add Cliffhanger's own components to a freshly loaded pipeline."""
