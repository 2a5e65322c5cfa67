"""Readers for the English NER corpora of ``../shared/ner/en``, mapped to PER / ORG / LOC.

One definition of the label mapping and of the held-out splits, used both by
``cliffhanger eval ner`` and by ``training/en_ner/prepare.py``:

- CoNLL-2003 (``conll_{train,val,test}.conllu``): PER, ORG, LOC kept; MISC becomes O
  as in the evaluation (PER/ORG/LOC only), unless ``load(misc=...)`` keeps it or
  leaves it unannotated.
- WikiGold (IOB1, CoNLL label set): same mapping as CoNLL.
- Broad Twitter Corpus (PER/ORG/LOC): kept; its "@" + user name token pairs are
  joined into one ``@name`` token carrying the pair's tag.
- WNUT-17: person → PER, location → LOC, corporation and group → ORG;
  creative-work and product are MISC (where CoNLL puts them). Its ``@user``
  tokens are O by WNUT's guidelines but PER in BTC, so they are left unannotated
  (missing) instead of teaching either answer.

Held-out splits: every 5th WikiGold document and every 5th BTC tweet (per
section file) are never trained on; ``cliffhanger eval ner`` reports them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

LABELS = ("PER", "ORG", "LOC")
#: A token whose annotation is unknown: the trainer learns neither "entity" nor "O" there.
MISSING = "-"
HELDOUT_EVERY = 5

#: what the readers keep; MISC is then dropped (default), kept, or left unannotated by ``load``
CONLL_LABELS = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}
WNUT_LABELS = {"person": "PER", "location": "LOC", "corporation": "ORG", "group": "ORG",
               "creative-work": "MISC", "product": "MISC"}
MISC_CHOICES = ("O", "keep", "missing")


@dataclass(frozen=True, slots=True)
class Sentence:
    words: tuple[str, ...]
    #: IOB2 tags over LABELS, "O", or MISSING
    tags: tuple[str, ...]
    #: the document the sentence belongs to (held-out splits are by document)
    doc: str


def _blocks(path: Path, *, sep: str | None) -> Iterator[list[list[str]]]:
    """Blank-line separated blocks of split rows."""
    block: list[list[str]] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if not line.strip():
                if block:
                    yield block
                block = []
                continue
            row = [field.strip() for field in (line.split(sep) if sep else line.rsplit(" ", 1))]
            if all(row):  # a few BTC rows hold an empty or whitespace-only token
                block.append(row)
    if block:
        yield block


def _map_tags(tags: Iterable[str], table: dict[str, str], *, iob1: bool = False) -> list[str]:
    """Map labels through ``table`` (others become O) and repair to valid IOB2."""
    out: list[str] = []
    previous = "O"
    for tag in tags:
        if tag == MISSING:
            out.append(tag)
            previous = "O"
            continue
        prefix, _, label = tag.partition("-")
        mapped = table.get(label) if label else None
        if mapped is None:
            out.append("O")
            previous = "O"
            continue
        inside = prefix == "I" and previous == mapped
        if not iob1 and prefix == "I" and previous != mapped:
            inside = False
        out.append(("I-" if inside else "B-") + mapped)
        previous = mapped
    return out


def read_conll2003(path: Path) -> list[Sentence]:
    out: list[Sentence] = []
    doc = 0
    for block in _blocks(path, sep="\t"):
        if block[0][1] == "-DOCSTART-":
            doc += 1
            continue
        words = tuple(row[1] for row in block)
        out.append(Sentence(words, tuple(_map_tags((row[2] for row in block), CONLL_LABELS)), f"{path.stem}:{doc}"))
    return out


def read_wikigold(path: Path) -> list[Sentence]:
    out: list[Sentence] = []
    doc = 0
    for block in _blocks(path, sep=None):
        if block[0][0] == "-DOCSTART-":
            doc += 1
            continue
        words = tuple(row[0] for row in block)
        out.append(Sentence(words, tuple(_map_tags((row[1] for row in block), CONLL_LABELS, iob1=True)),
                            f"wikigold:{doc}"))
    return out


def _join_mentions(rows: list[list[str]]) -> list[tuple[str, str]]:
    """BTC splits ``@name`` into "@" and "name", both tagged: join them back into one token."""
    out: list[tuple[str, str]] = []
    index = 0
    while index < len(rows):
        word, tag = rows[index][0], rows[index][-1]
        if word == "@" and tag != "O" and index + 1 < len(rows):
            out.append(("@" + rows[index + 1][0], tag))
            index += 2
            continue
        out.append((word, tag))
        index += 1
    return out


def read_btc(path: Path) -> list[Sentence]:
    out: list[Sentence] = []
    for number, block in enumerate(_blocks(path, sep="\t")):
        pairs = _join_mentions(block)
        out.append(Sentence(tuple(w for w, _ in pairs), tuple(_map_tags((t for _, t in pairs), CONLL_LABELS)),
                            f"{path.stem}:{number}"))
    return out


def read_wnut(path: Path) -> list[Sentence]:
    out: list[Sentence] = []
    for number, block in enumerate(_blocks(path, sep="\t")):
        words = tuple(row[0] for row in block)
        tags = [MISSING if w.startswith("@") and len(w) > 1 else row[-1] for w, row in zip(words, block)]
        out.append(Sentence(words, tuple(_map_tags(tags, WNUT_LABELS)), f"{path.stem}:{number}"))
    return out


#: corpus name → (reader, files under ner/en)
CORPORA: dict[str, tuple[Callable[[Path], list[Sentence]], tuple[str, ...]]] = {
    "conll_train": (read_conll2003, ("conll_train.conllu",)),
    "conll_val": (read_conll2003, ("conll_val.conllu",)),
    "conll_test": (read_conll2003, ("conll_test.conllu",)),
    "wikigold": (read_wikigold, ("wikigold.txt",)),
    "btc": (read_btc, tuple(f"btc_{s}.conll" for s in "abefgh")),
    "wnut": (read_wnut, ("wnut_train.conll", "wnut_dev.conll", "wnut_test.conll")),
}


def load(ner_dir: Path, name: str, *, misc: str = "O") -> list[Sentence]:
    """A corpus with MISC entities turned into O (as evaluated), kept, or marked missing."""
    reader, files = CORPORA[name]
    sentences = [sentence for file in files for sentence in reader(ner_dir / file)]
    return sentences if misc == "keep" else [relabel_misc(s, misc) for s in sentences]


def relabel_misc(sentence: Sentence, how: str) -> Sentence:
    if how not in MISC_CHOICES:
        raise ValueError(f"misc must be one of {MISC_CHOICES}, not {how!r}")
    if how == "keep":
        return sentence
    replacement = "O" if how == "O" else MISSING
    tags = tuple(replacement if t.endswith("-MISC") else t for t in sentence.tags)
    return Sentence(sentence.words, tags, sentence.doc)


def split_heldout(sentences: list[Sentence]) -> tuple[list[Sentence], list[Sentence]]:
    """(train, held-out): every HELDOUT_EVERY-th document of each file is held out."""
    train: list[Sentence] = []
    heldout: list[Sentence] = []
    ordinal: dict[str, int] = {}
    per_file: dict[str, int] = {}
    for sentence in sentences:
        if sentence.doc not in ordinal:
            file = sentence.doc.rsplit(":", 1)[0]
            ordinal[sentence.doc] = per_file.get(file, 0)
            per_file[file] = ordinal[sentence.doc] + 1
        (heldout if ordinal[sentence.doc] % HELDOUT_EVERY == HELDOUT_EVERY - 1 else train).append(sentence)
    return train, heldout


def spans(tags: Iterable[str]) -> set[tuple[int, int, str]]:
    """Entity spans (start, end, label) of IOB2 tags; MISSING counts as O."""
    out: set[tuple[int, int, str]] = set()
    start, label = -1, ""
    for index, tag in enumerate([*tags, "O"]):
        prefix, _, name = tag.partition("-") if tag != MISSING else ("O", "", "")
        if label and (prefix != "I" or name != label):
            out.add((start, index, label))
            label = ""
        if prefix == "B" or (prefix == "I" and not label):
            start, label = index, name
    return out
