#!/usr/bin/env bash
# Rebuild Cliffhanger's shipped English NER pipeline from ../shared/ner/en and write it into the package.
#
#   training/en_ner/train.sh            (from anywhere, in the dev virtualenv; ~8 min on one core)
#
# Steps (see MODEL_CARD.md): build the corpora, train tok2vec + ner for a fixed number of
# steps (config.cfg), copy the result to pipeline/models/en_ner, evaluate it. Everything goes
# to training/en_ner/{corpus,output}/ (git-ignored) except the final pipeline. One thread, low
# priority: the machine is shared, and one thread with seed 0 makes the run reproducible.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
SHARED="${SHARED:-$REPO/../shared/ner/en}"
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
run() { echo "+ $*" >&2; nice -n 10 "$@"; }

cd "$HERE"
mkdir -p output
# 1. corpora: CoNLL-2003 train, WikiGold and BTC minus their held-out parts, WNUT-17 (MISC → O); dev: conll_val
run python prepare.py --shared "$SHARED" --out corpus/shipped \
    --train conll_train,wikigold,btc,wnut --dev conll_val
# 2. train tok2vec + ner from scratch for config.cfg's 3,600 steps; the last model is kept
rm -rf output/shipped
run python -m spacy train config.cfg --output output/shipped \
    --paths.train corpus/shipped/train.spacy --paths.dev corpus/shipped/dev.spacy
# 3. into the package, with its meta.json (name, version, labels, licences)
run python export.py output/shipped/model-last --version "${VERSION:-0.1.0}"
# 4. measure: CoNLL-2003 test (PER/ORG/LOC), WikiGold and BTC held-out, headlines, size, load time, words/s
cd "$REPO"
run cliffhanger eval ner --json | tee "$HERE/output/eval.json"
