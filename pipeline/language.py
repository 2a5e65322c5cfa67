"""Language identification: langdetect with a fixed seed, page hints as tie-breakers."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.config import SUPPORTED_LANGUAGES

_SAMPLE_CHARS = 3000


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    language: str | None
    confidence: float

    @property
    def supported(self) -> bool:
        return self.language in SUPPORTED_LANGUAGES


def _hint_language(hint: str | None) -> str | None:
    if not hint:
        return None
    return hint.replace("_", "-").split("-")[0].strip().lower() or None


def detect_language(text: str, *, hints: tuple[str | None, ...] = ()) -> LanguageGuess:
    from langdetect import DetectorFactory, detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0
    hinted = [h for h in (_hint_language(x) for x in hints) if h]
    try:
        guesses = detect_langs(text[:_SAMPLE_CHARS])
    except LangDetectException:
        guesses = []
    if not guesses:
        return LanguageGuess(hinted[0] if hinted else None, 0.0)
    probs = {g.lang: g.prob for g in guesses}
    best = max(probs, key=probs.get)
    supported = {lang: probs.get(lang, 0.0) for lang in SUPPORTED_LANGUAGES}
    top_supported = max(supported, key=supported.get)
    # Close call between supported languages on a short text: the page's own declaration decides.
    for hint in hinted:
        if hint in supported and supported[hint] >= 0.2 and probs[best] < 0.9:
            return LanguageGuess(hint, round(supported[hint], 4))
    if supported[top_supported] >= 0.2:
        return LanguageGuess(top_supported, round(supported[top_supported], 4))
    return LanguageGuess(best, round(probs[best], 4))
