#!/usr/bin/env bash
# Rebuild Cliffhanger's English NER pipeline from ../shared/ner/en and write it into the package.
#
#   training/en_ner/train.sh            (from the repository root, in the dev virtualenv)
#
# Steps (see MODEL_CARD.md): prepare the corpora, pretrain the tok2vec on the training
# text, train tok2vec + ner, copy the result to pipeline/models/en_ner, evaluate it.
# Everything goes to training/en_ner/{corpus,output}/ (git-ignored) except the final
# pipeline. One core, low priority: the machine is shared.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
SHARED="${SHARED:-$REPO/../shared/ner/en}"
PRETRAIN_EPOCHS="${PRETRAIN_EPOCHS:-@PRETRAIN_EPOCHS@}"
TRAIN_STEPS="${TRAIN_STEPS:-@TRAIN_STEPS@}"
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
run() { echo "+ $*" >&2; nice -n 10 "$@"; }

cd "$HERE"
mkdir -p output
# 1. corpora: CoNLL train + val, WikiGold and BTC minus their held-out parts, WNUT-17; MISC kept as a 4th label
run python prepare.py --shared "$SHARED" --out corpus/final --misc keep --news \
    --train conll_train,conll_val,wikigold,btc,wnut --dev conll_val
# 2. pretrain the tok2vec layer on the training text and the English news bodies (characters objective)
run python -m spacy pretrain config.cfg output/pretrain --paths.raw_text corpus/final/raw.jsonl \
    --pretraining.max_epochs "$PRETRAIN_EPOCHS"
# 3. train tok2vec + ner from the pretrained weights, with mention-swap / title-case augmentation.
#    conll_val is part of the training data here, so the number of steps is fixed (chosen on the
#    dev runs logged in MODEL_CARD.md) and the last model is kept.
run python -m spacy train config.cfg --code augment.py --output output/final \
    --paths.train corpus/final/train.spacy --paths.dev corpus/final/dev.spacy \
    --paths.names corpus/final/names.json \
    --paths.init_tok2vec "output/pretrain/model$((PRETRAIN_EPOCHS - 1)).bin" \
    --training.max_steps "$TRAIN_STEPS" --training.patience 0
# 4. into the package, with its meta.json (name, version, labels, licences)
run python export.py output/final/model-last --version "${VERSION:-1.0.0}"
# 5. measure: CoNLL-2003 test (PER/ORG/LOC), WikiGold and BTC held-out, size, load time, words/s
cd "$REPO"
run cliffhanger eval ner --json | tee "$HERE/output/eval.json"
