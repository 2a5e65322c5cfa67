"""Language data for Cliffhanger's rule components: one module per table and language.

French and English words live here, keyed by language, never in code branches.
Every table module exposes plain tuples/dicts; the rule modules compile them
(regexes, PhraseMatcher patterns) once per pipeline.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from pipeline.config import SUPPORTED_LANGUAGES
from pipeline.errors import ModelError


def for_language(kind: str, lang: str) -> ModuleType:
    """The ``<kind>_<lang>`` table module; an unsupported language names the supported ones."""
    if lang not in SUPPORTED_LANGUAGES:
        raise ModelError(f"no {kind} table for language {lang!r} (supported: {', '.join(SUPPORTED_LANGUAGES)})")
    return importlib.import_module(f"pipeline.nlp.tables.{kind}_{lang}")
