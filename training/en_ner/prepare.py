"""Build the spaCy training corpora for the English NER pipeline from ../shared/ner/en.

    python training/en_ner/prepare.py [--shared ../shared/ner/en] [--out training/en_ner/corpus]
                                      [--train conll_train,wikigold,btc,wnut] [--dev conll_val]

Writes ``train.spacy`` and ``dev.spacy`` (spaCy DocBin), ``raw.jsonl`` (the
training texts, for ``spacy pretrain``) and ``names.json`` (the training entity
mentions per label, for the mention-swap augmenter in ``augment.py``). Labels are mapped to PER/ORG/LOC and the
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


def training_part(ner_dir: Path, name: str, *, misc: str = "O") -> list[Sentence]:
    sentences = load(ner_dir, name, misc=misc)
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


def write(ner_dir: Path, names: list[str], path: Path, *, per_doc: int, shuffle: bool, misc: str) -> Counter:
    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.blank("en")
    groups = [g for name in names for g in group(training_part(ner_dir, name, misc=misc), per_doc=per_doc)]
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
    parser.add_argument("--misc", choices=("O", "keep"), default="O",
                        help="MISC entities (CoNLL, WikiGold; WNUT creative-work/product): O or a 4th label")
    parser.add_argument("--news", action="store_true",
                        help="add the English article bodies of ../shared/corpus/{aeb,entertainment} "
                             "(MIT/Apache) to raw.jsonl for pretraining")
    args = parser.parse_args()
    if not args.shared.is_dir():
        print(f"prepare: {args.shared} not found (the ../shared NER data is needed to train)", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    train = args.train.split(",")
    dev = args.dev.split(",")
    for names, name in ((train, "train"), (dev, "dev")):
        # with MISC kept for training, the dev set leaves MISC unannotated: spaCy's dev
        # score then ignores MISC predictions on MISC gold, close to the PER/ORG/LOC evaluation
        misc = args.misc if name == "train" else ("missing" if args.misc == "keep" else "O")
        counts = write(args.shared, names, args.out / f"{name}.spacy", per_doc=args.sentences,
                       shuffle=name == "train", misc=misc)
        print(f"{name}: {'+'.join(names)}: {dict(counts)}")
    with (args.out / "raw.jsonl").open("w", encoding="utf-8") as out:
        lines = 0
        for name in train:
            for sentence in training_part(args.shared, name):
                out.write(json.dumps({"text": " ".join(sentence.words)}, ensure_ascii=False) + "\n")
                lines += 1
        for text in news_paragraphs(args.shared.parent.parent / "corpus") if args.news else ():
            out.write(json.dumps({"text": text}, ensure_ascii=False) + "\n")
            lines += 1
    print(f"raw: {lines} lines for spacy pretrain")
    names = entity_names([s for name in train for s in training_part(args.shared, name, misc=args.misc)])
    (args.out / "names.json").write_text(json.dumps(names, ensure_ascii=False), encoding="utf-8")
    print(f"names: {', '.join(f'{label} {len(v)}' for label, v in names.items())} (for augment.py)")
    return 0


def entity_names(sentences: list[Sentence]) -> dict[str, list[list[str]]]:
    """Distinct entity mentions per label (user names and hashtags left out), for mention swapping."""
    found: dict[str, dict[tuple[str, ...], None]] = {}
    for sentence in sentences:
        for start, end, label in sorted(spans(sentence.tags)):
            words = sentence.words[start:end]
            if not words[0].startswith(("@", "#")):
                found.setdefault(label, {})[words] = None
    return {label: [list(w) for w in mentions] for label, mentions in sorted(found.items())}


def news_paragraphs(corpus: Path) -> list[str]:
    """English article bodies of the MIT/Apache-licensed extraction corpora (aeb, entertainment)."""
    out: list[str] = []
    index = json.loads((corpus / "aeb" / "index.json").read_text(encoding="utf-8"))
    for name, keep in (("aeb/ground-truth.json", lambda k: index.get(k, {}).get("lang") == "en"),
                       ("entertainment/gold.json", lambda k: True)):
        gold = json.loads((corpus / name).read_text(encoding="utf-8"))
        for key, page in gold.items():
            if keep(key):
                out.extend(p.strip() for p in page["articleBody"].split("\n") if len(p.split()) >= 5)
    return out


if __name__ == "__main__":
    raise SystemExit(main())
