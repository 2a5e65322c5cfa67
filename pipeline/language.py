"""Language identification: langdetect with a fixed seed, page hints as tie-breakers.

Long texts (at least :data:`SHORT_TEXT_CHARS` characters) are decided by
langdetect over every language it knows: the most probable supported
language wins when its probability is at least :data:`MIN_SUPPORTED` (news in
French or English quoting a Spanish title stays French or English);
otherwise the text is in an unsupported language and the record says which,
with a warning.

Short texts (headlines, one-line inputs) fool langdetect, and with great
confidence ("Ninja Kaiden Anime Gets 2nd Season" comes out Estonian at
0.99999), so they are decided among the supported languages:

1. function words (:data:`FUNCTION_WORDS`): a language with more of them wins;
2. a tie is broken by the page's own declaration (``<html lang>``,
   ``og:locale``, the source's configured language);
3. else langdetect restricted to the supported languages.

A short text is reported in an unsupported language when langdetect says so
and either the page declares that language, or the text has
:data:`MIN_FOREIGN_WORDS` words or more of which almost none
(under :data:`FOREIGN_DENSITY`) are French or English function words.

A text of a single word gets the page's declared language, or None.

``confidence`` is langdetect's probability for the chosen language; when
function words or a hint decided against langdetect it is 0.5.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.config import SUPPORTED_LANGUAGES

#: langdetect's cost grows with the text; 1,000 characters decide as well as 3,000 on the
#: benchmark pages (0 of 228 changed) at half the cost (3.7 vs 7.6 ms a page).
SAMPLE_CHARS = 1000
SHORT_TEXT_CHARS = 200
MIN_SUPPORTED = 0.2
SEED = 0
#: Fewer words than this: no detection, the page's declaration or nothing.
MIN_WORDS = 2
#: A short text of at least this many words whose French and English function words make up
#: less than FOREIGN_DENSITY of its words is taken to be in another language (if langdetect agrees).
MIN_FOREIGN_WORDS = 6
FOREIGN_DENSITY = 0.15
#: confidence reported when function words or the page's declaration overruled langdetect
OVERRULED_CONFIDENCE = 0.5

#: Frequent words that belong to one supported language only (in headlines and short texts).
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "fr": frozenset({
        "le", "la", "les", "des", "du", "une", "est", "et", "pour", "pas", "avec", "dans", "sur", "qui",
        "que", "au", "aux", "sa", "ses", "ce", "cette", "saison", "saisons", "série", "séries", "annulée",
        "annulé", "annule", "renouvelée", "renouvelé", "nouvelle", "après", "il", "elle", "sont", "été",
        "être", "va", "l", "d", "qu", "c", "n", "ne", "plus", "aussi", "chez", "sera", "leur", "mais",
    }),
    "en": frozenset({
        "the", "of", "and", "for", "is", "with", "in", "to", "at", "by", "from", "its", "it", "this",
        "that", "season", "seasons", "series", "gets", "cancelled", "canceled", "cancels", "renewed",
        "renews", "new", "after", "will", "be", "has", "have", "was", "are", "not", "his", "her", "their",
        "won't", "isn't", "s", "show", "final",
    }),
}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    language: str | None
    confidence: float

    @property
    def supported(self) -> bool:
        return self.language in SUPPORTED_LANGUAGES


def hint_language(hint: str | None) -> str | None:
    """``fr-FR``, ``fr_CA``, ``FR`` → ``fr``; anything that is not a language tag → None."""
    if not hint:
        return None
    code = hint.replace("_", "-").split("-")[0].strip().lower()
    return code if code.isalpha() and 2 <= len(code) <= 3 else None


@lru_cache(maxsize=1)
def _factory():
    """langdetect's language profiles, loaded once per process (about a second).

    The n-gram probabilities move from one list per n-gram into one array
    (``factory.table``; the map keeps each n-gram's row): a third of the memory,
    and rows :class:`_Detector` multiplies in one step.
    """
    import numpy as np
    from langdetect import DetectorFactory
    from langdetect.detector_factory import PROFILES_DIRECTORY

    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    factory.set_seed(SEED)
    words = list(factory.word_lang_prob_map)
    factory.table = np.array([factory.word_lang_prob_map[w] for w in words], dtype=np.float64)
    factory.word_lang_prob_map = {w: row for row, w in enumerate(words)}
    return factory


@lru_cache(maxsize=1)
def _detector_class():
    from langdetect.detector import Detector
    from langdetect.lang_detect_exception import ErrorCode, LangDetectException

    class _Detector(Detector):
        """langdetect's ``Detector`` with its inner loop on array rows.

        Each step is the same IEEE operation on the same float64 values in the same
        order as langdetect's per-language Python loop (``prob[i] *= weight + p[i]``,
        a left-to-right ``sum``, ``prob[i] / sump``), and the random draws come in the
        same sequence, so the probabilities are langdetect's to the last bit
        (tests/test_language.py compares the two) at about half the cost.
        """

        def __init__(self, factory) -> None:
            super().__init__(factory)
            self.table = factory.table

        def _detect_block(self) -> None:
            import numpy as np

            self.cleaning_text()
            ngrams = self._extract_ngrams()
            if not ngrams:
                raise LangDetectException(ErrorCode.CantDetectError, "No features in text.")
            rows, table, draw = self.word_lang_prob_map, self.table, self.random.choice
            langprob = np.zeros(len(self.langlist), dtype=np.float64)
            self.random.seed(self.seed)
            for _ in range(self.n_trial):
                prob = np.array(self._init_probability(), dtype=np.float64)
                weight = (self.alpha + self.random.gauss(0.0, 1.0) * self.ALPHA_WIDTH) / self.BASE_FREQ
                i = 0
                while True:
                    prob *= weight + table[rows[draw(ngrams)]]
                    if i % 5 == 0:
                        prob /= sum(prob.tolist())  # Python's sum: langdetect's summation order
                        if max(0.0, float(prob.max())) > self.CONV_THRESHOLD or i >= self.ITERATION_LIMIT:
                            break
                    i += 1
                langprob += prob / self.n_trial
            self.langprob = langprob.tolist()

    return _Detector


def probabilities(text: str, *, among: tuple[str, ...] | None = None) -> dict[str, float]:
    """langdetect's probabilities for ``text`` (optionally only ``among`` some languages); {} if no features."""
    from langdetect.lang_detect_exception import LangDetectException

    try:
        detector = _detector_class()(_factory())
        if among:
            detector.set_prior_map({lang: 1.0 / len(among) for lang in among})
        detector.append(text[:SAMPLE_CHARS])
        return {g.lang: g.prob for g in detector.get_probabilities()}
    except LangDetectException:
        return {}


def function_word_counts(text: str) -> dict[str, int]:
    words = [w.casefold() for w in _WORD.findall(text[:SAMPLE_CHARS])]
    return {lang: sum(w in table for w in words) for lang, table in FUNCTION_WORDS.items()}


def detect_language(text: str, *, hints: tuple[str | None, ...] = ()) -> LanguageGuess:
    hinted = [h for h in dict.fromkeys(hint_language(x) for x in hints) if h]
    if len(_WORD.findall(text[:200])) < MIN_WORDS:
        return LanguageGuess(hinted[0] if hinted else None, 0.0)  # one word says nothing of its language
    if len(text.strip()) >= SHORT_TEXT_CHARS:
        return _long_text(text, hinted)
    return _short_text(text, hinted)


def _long_text(text: str, hinted: list[str]) -> LanguageGuess:
    probs = probabilities(text)
    if not probs:
        return LanguageGuess(hinted[0] if hinted else None, 0.0)
    supported = {lang: probs.get(lang, 0.0) for lang in SUPPORTED_LANGUAGES}
    top = max(supported, key=supported.__getitem__)
    if supported[top] >= MIN_SUPPORTED:
        return LanguageGuess(top, round(supported[top], 4))
    best = max(probs, key=probs.__getitem__)
    return LanguageGuess(best, round(probs[best], 4))


def _short_text(text: str, hinted: list[str]) -> LanguageGuess:
    counts = function_word_counts(text)
    words = len(_WORD.findall(text[:SAMPLE_CHARS]))
    unsupported = _short_unsupported(text, hinted, counts=counts, words=words)
    if unsupported:
        return unsupported
    restricted = probabilities(text, among=SUPPORTED_LANGUAGES)
    ranked = sorted(SUPPORTED_LANGUAGES, key=lambda lang: counts.get(lang, 0), reverse=True)
    if counts.get(ranked[0], 0) > counts.get(ranked[1], 0):
        return _guess(ranked[0], restricted)
    for hint in hinted:
        if hint in SUPPORTED_LANGUAGES:
            return _guess(hint, restricted)
    if not restricted:
        return LanguageGuess(hinted[0] if hinted else None, 0.0)
    best = max(restricted, key=restricted.__getitem__)
    return LanguageGuess(best, round(restricted[best], 4))


def _short_unsupported(text: str, hinted: list[str], *, counts: dict[str, int], words: int) -> LanguageGuess | None:
    """A short text in another language: declared so by the page, or with (almost) no French
    or English function words in a sentence long enough for langdetect to be right."""
    declared = [h for h in hinted if h not in SUPPORTED_LANGUAGES]
    declared_only = declared and not any(h in SUPPORTED_LANGUAGES for h in hinted)
    foreign = words >= MIN_FOREIGN_WORDS and max(counts.values(), default=0) < FOREIGN_DENSITY * words
    if not declared_only and not foreign:
        return None
    probs = probabilities(text)
    if not probs:
        return None
    best = max(probs, key=probs.__getitem__)
    if best in SUPPORTED_LANGUAGES or (declared_only and best != declared[0]):
        return None
    return LanguageGuess(best, round(probs[best], 4))


def _guess(language: str, restricted: dict[str, float]) -> LanguageGuess:
    prob = restricted.get(language, 0.0)
    agrees = bool(restricted) and max(restricted, key=restricted.__getitem__) == language
    return LanguageGuess(language, round(prob if agrees else OVERRULED_CONFIDENCE, 4))
