"""Build the spaCy training corpora for the English NER pipeline from ../shared/ner/en.

    python training/en_ner/prepare.py [--shared ../shared/ner/en] [--out training/en_ner/corpus]
                                      [--train conll_train,wikigold,btc,wnut] [--dev conll_val]

Writes ``train.spacy`` and ``dev.spacy`` (spaCy DocBin) and ``raw.jsonl`` (the
training texts, for ``spacy pretrain``). Labels are mapped to PER/ORG/LOC and the
WikiGold/BTC held-out documents are removed from training by
``pipeline.evaluation._ner_corpora`` (the same code ``cliffhanger eval ner``
scores with). Sentences of one CoNLL/WikiGold document are grouped into Docs of
at most ``--sentences`` sentences so the encoder sees neighbouring context the
way it does at run time; tweets stay one per Doc.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from pipeline.evaluation._ner_corpora import CORPORA, MISSING, Sentence, load, spans, split_heldout  # noqa: E402

#: corpora that have a held-out part that must never be trained on
HELD_OUT = {"wikigold", "btc"}


def training_part(ner_dir: Path, name: str) -> list[Sentence]:
    sentences = load(ner_dir, name)
    return split_heldout(sentences)[0] if name in HELD_OUT else sentences


def group(sentences: list[Sentence], *, per_doc: int) -> list[list[Sentence]]:
    groups: list[list[Sentence]] = []
    for sentence in sentences:
        if groups and groups[-1][-1].doc == sentence.doc and len(groups[-1]) < per_doc:
            groups[-1].append(sentence)
        else:
            groups.append([sentence])
    return groups


def to_doc(vocab, sentences: list[Sentence]):
    from spacy.tokens import Doc

    words = [w for s in sentences for w in s.words]
    tags = [None if t == MISSING else t for s in sentences for t in s.tags]
    sent_starts = [i == 0 for s in sentences for i in range(len(s.words))]
    return Doc(vocab, words=words, ents=tags, sent_starts=sent_starts)


def write(ner_dir: Path, names: list[str], path: Path, *, per_doc: int, shuffle: bool) -> Counter:
    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.blank("en")
    groups = [g for name in names for g in group(training_part(ner_dir, name), per_doc=per_doc)]
    if shuffle:
        random.Random(0).shuffle(groups)
    docbin = DocBin(attrs=["ORTH", "ENT_IOB", "ENT_TYPE", "SENT_START"])
    counts: Counter = Counter()
    for sentences in groups:
        docbin.add(to_doc(nlp.vocab, sentences))
        counts["docs"] += 1
        for sentence in sentences:
            counts["sentences"] += 1
            counts["words"] += len(sentence.words)
            counts.update(label for _, _, label in spans(sentence.tags))
    docbin.to_disk(path)
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared" / "ner" / "en")
    parser.add_argument("--out", type=Path, default=REPO / "training" / "en_ner" / "corpus")
    parser.add_argument("--train", default="conll_train,wikigold,btc,wnut",
                        help=f"comma-separated corpora to train on (of {', '.join(CORPORA)})")
    parser.add_argument("--dev", default="conll_val", help="comma-separated corpora for the dev set")
    parser.add_argument("--sentences", type=int, default=10, help="max sentences per training Doc")
    args = parser.parse_args()
    if not args.shared.is_dir():
        print(f"prepare: {args.shared} not found (the ../shared NER data is needed to train)", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    train = args.train.split(",")
    dev = args.dev.split(",")
    for names, name in ((train, "train"), (dev, "dev")):
        counts = write(args.shared, names, args.out / f"{name}.spacy", per_doc=args.sentences, shuffle=name == "train")
        print(f"{name}: {'+'.join(names)}: {dict(counts)}")
    with (args.out / "raw.jsonl").open("w", encoding="utf-8") as out:
        for name in train:
            for sentence in training_part(args.shared, name):
                out.write(json.dumps({"tokens": list(sentence.words)}, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
