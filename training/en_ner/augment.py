"""Training-time data augmentation for the English NER pipeline (loaded with ``spacy train --code``).

``cliffhanger.ner_augment.v1`` yields every training example unchanged and, for a
share of them, one extra copy in which:

- entity mentions are swapped for other mentions of the same label taken from the
  training data (``names.json``, written by prepare.py), so the model has to use
  the context and the shape of a name and cannot only memorise the names it saw;
- (``title_level``) the text is put in headline Title Case ("Season Three Of The
  Show Ends"), since entertainment headlines are written that way and capitals
  alone must not make an entity.

Only the training corpus uses it; the shipped pipeline does not need this file.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Callable, Iterator

from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import registry

#: words a headline keeps in lower case (AP/Chicago style)
HEADLINE_LOWER = frozenset("a an and as at but by for from in into nor of on or the to vs via with".split())


@registry.augmenters("cliffhanger.ner_augment.v1")
def create_ner_augment(names_path: str, swap_level: float, swap_prob: float, title_level: float,
                       seed: int = 0) -> Callable[[Language, Example], Iterator[Example]]:
    names: dict[str, list[list[str]]] = json.loads(Path(names_path).read_text(encoding="utf-8"))
    rng = random.Random(seed)

    def augment(nlp: Language, example: Example) -> Iterator[Example]:
        yield example
        swap = rng.random() < swap_level
        title = rng.random() < title_level
        if not (swap or title):
            return
        words, spaces, tags, starts = _tokens(example.reference, names if swap else {}, swap_prob, rng)
        if title:
            words = _title_case(words)
        reference = Doc(nlp.vocab, words=words, spaces=spaces, ents=tags, sent_starts=starts)
        yield Example(Doc(nlp.vocab, words=words, spaces=spaces), reference)

    return augment


def _tokens(doc: Doc, names: dict[str, list[list[str]]], prob: float, rng: random.Random):
    words: list[str] = []
    spaces: list[bool] = []
    tags: list[str | None] = []
    starts: list[bool] = []
    index = 0
    ents = {ent.start: ent for ent in doc.ents}
    while index < len(doc):
        ent = ents.get(index)
        if ent is not None and ent.label_ in names and rng.random() < prob:
            replacement = rng.choice(names[ent.label_])
            words.extend(replacement)
            spaces.extend([True] * (len(replacement) - 1) + [bool(doc[ent.end - 1].whitespace_)])
            tags.extend([f"B-{ent.label_}"] + [f"I-{ent.label_}"] * (len(replacement) - 1))
            starts.extend([bool(doc[index].is_sent_start)] + [False] * (len(replacement) - 1))
            index = ent.end
            continue
        token = doc[index]
        words.append(token.text)
        spaces.append(bool(token.whitespace_))
        tags.append(f"{token.ent_iob_}-{token.ent_type_}" if token.ent_iob_ in ("B", "I") else
                    ("O" if token.ent_iob_ == "O" else None))
        starts.append(bool(token.is_sent_start))
        index += 1
    return words, spaces, tags, starts


def _title_case(words: list[str]) -> list[str]:
    out = []
    for position, word in enumerate(words):
        if word.islower() and word[:1].isalpha() and not (position and word in HEADLINE_LOWER):
            out.append(word[:1].upper() + word[1:])
        else:
            out.append(word)
    return out
