"""Which spaCy pipeline each language uses, and loading it once per process.

A model name in ``[models]`` of sources.toml is an installed package name
(``fr_core_news_md``, ``en_core_web_sm``), a directory path (it contains a
``/`` or starts with ``.`` or ``~``; relative to the sources.toml file), or
``builtin`` for the English NER pipeline shipped inside this package.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.config import SUPPORTED_LANGUAGES, Settings
from pipeline.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language

BUILTIN_DIR = Path(__file__).resolve().parent.parent / "models"
BUILTIN = {"en": BUILTIN_DIR / "en_ner"}

#: Components Cliffhanger needs from a pretrained pipeline; the rest are not loaded.
#: The parser is loaded but disabled: claim extraction enables it for the few
#: sentences that carry a status cue (see pipeline.nlp.claims).
NEEDED = ("tok2vec", "ner", "parser", "morphologizer", "tagger", "attribute_ruler", "lemmatizer", "senter")
ENABLED = ("tok2vec", "ner")
#: enabled components that set ``Doc.sents``; without one a sentencizer is added
SENTENCE_SETTERS = ("senter", "parser", "sentencizer")


@dataclass(frozen=True, slots=True)
class ModelSpec:
    lang: str
    name: str
    #: a directory when the name is a path or builtin; else None (an installed package)
    path: Path | None

    @property
    def label(self) -> str:
        return str(self.path) if self.path else self.name


def resolve(lang: str, settings: Settings) -> ModelSpec:
    if lang not in SUPPORTED_LANGUAGES:
        raise ModelError(f"unsupported language {lang!r} (supported: {', '.join(SUPPORTED_LANGUAGES)})")
    name = settings.models.get(lang, "builtin")
    if name == "builtin":
        if lang not in BUILTIN:
            raise ModelError(f"no builtin pipeline for {lang!r}; set [models] {lang} in sources.toml")
        return ModelSpec(lang, name, BUILTIN[lang])
    if "/" in name or name.startswith((".", "~")):
        path = Path(name).expanduser()
        if not path.is_absolute() and settings.path:
            # a relative path in sources.toml means relative to that file, wherever the command runs
            path = Path(settings.path).resolve().parent / path
        return ModelSpec(lang, name, path)
    return ModelSpec(lang, name, None)


def _meta(spec: ModelSpec) -> dict:
    if spec.path is not None:
        meta_file = spec.path / "meta.json"
        if not meta_file.is_file():
            raise ModelError(f"{spec.lang}: no spaCy pipeline at {spec.path} (meta.json missing)")
        return json.loads(meta_file.read_text(encoding="utf-8"))
    import spacy.util

    if not spacy.util.is_package(spec.name):
        raise ModelError(
            f"{spec.lang}: spaCy pipeline package {spec.name!r} is not installed "
            f"(install it, e.g. `python -m spacy download {spec.name}`, or change [models] {spec.lang} "
            f"in sources.toml)")
    return json.loads((spacy.util.get_package_path(spec.name) / "meta.json").read_text(encoding="utf-8"))


def describe(settings: Settings) -> dict[str, dict]:
    """What ``cliffhanger models`` prints: per language, the pipeline in use."""
    out: dict[str, dict] = {}
    for lang in SUPPORTED_LANGUAGES:
        spec = resolve(lang, settings)
        entry: dict = {"name": spec.name, "path": str(spec.path) if spec.path else None, "version": None, "spacy_version": None,
                       "labels": [], "components": [], "installed": False, "error": None}
        try:
            meta = _meta(spec)
        except ModelError as exc:
            entry["error"] = str(exc)
        else:
            entry["installed"] = True
            entry["version"] = meta.get("version")
            entry["spacy_version"] = meta.get("spacy_version")
            entry["labels"] = sorted(meta.get("labels", {}).get("ner", []))
            entry["components"] = list(meta.get("components") or meta.get("pipeline") or [])
            entry["name"] = f"{meta.get('lang', lang)}_{meta.get('name')}" if spec.path else spec.name
            entry["path"] = str(spec.path) if spec.path else _package_path(spec.name)
        out[lang] = entry
    return out


def _package_path(name: str) -> str | None:
    import importlib.util

    found = importlib.util.find_spec(name)
    if found is None or not found.submodule_search_locations:
        return None
    return str(Path(next(iter(found.submodule_search_locations))))


def load(spec: ModelSpec, *, fresh: bool = False) -> "Language":
    """Load (once per process) the pipeline for ``spec`` with only the components we use.

    ``fresh`` loads a private copy (measurements: its load time is real and no
    component added to the shared copy by the extractors is in it).
    """
    key = (spec.lang, spec.name, str(spec.path) if spec.path else None)
    return _load(*key) if fresh else _load_cached(*key)


def _load(lang: str, name: str, path: str | None) -> "Language":
    import spacy

    spec = ModelSpec(lang, name, Path(path) if path else None)
    meta = _meta(spec)
    available = list(meta.get("components") or meta.get("pipeline") or [])
    exclude = [c for c in available if c not in NEEDED]
    try:
        nlp = spacy.load(spec.path if spec.path else spec.name, exclude=exclude)
    except (OSError, ValueError, KeyError) as exc:
        raise ModelError(f"{lang}: cannot load spaCy pipeline {spec.label}: {exc}") from exc
    disable = [c for c in nlp.pipe_names if c not in ENABLED]
    for component in disable:
        nlp.disable_pipe(component)
    if "tok2vec" in nlp.pipe_names and not set(nlp.get_pipe("tok2vec").listening_components) & set(ENABLED):
        # fr_core_news_md's ner embeds its own tok2vec; the shared one only feeds the parser,
        # which claims runs on a few sentences (computing their vectors then, see
        # pipeline.nlp.claims). Running it over every text cost a third of French NLP time.
        nlp.disable_pipe("tok2vec")
    if not any(c in nlp.pipe_names for c in SENTENCE_SETTERS):
        # Sentence boundaries are needed by every extractor; the rule-based
        # sentencizer costs almost nothing next to the parser.
        nlp.add_pipe("sentencizer", first=True)
    return nlp


_load_cached = lru_cache(maxsize=None)(_load)
