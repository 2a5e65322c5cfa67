"""The NER corpus readers: label mapping to PER/ORG/LOC, IOB repair, held-out splits (tiny inline files)."""

from __future__ import annotations

from pipeline.evaluation._ner_corpora import (MISSING, Sentence, read_btc, read_conll2003, read_wikigold, read_wnut,
                                              relabel_misc, spans, split_heldout)


def _write(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_conll_keeps_its_labels_misc_is_dropped_kept_or_missing_on_demand(tmp_path):
    path = _write(tmp_path, "c.conllu", "0\t-DOCSTART-\tO\n\n"
                  "0\tMaya\tB-PER\n1\tOkafor\tI-PER\n2\tjoined\tO\n3\tthe\tO\n4\tItalian\tB-MISC\n"
                  "5\tclub\tO\n6\tAS\tB-ORG\n7\tRoma\tI-ORG\n8\tin\tO\n9\tRome\tB-LOC\n10\t.\tO\n\n"
                  "0\t-DOCSTART-\tO\n\n0\tRain\tO\n1\tin\tO\n2\tOslo\tB-LOC\n\n")
    first, second = read_conll2003(path)
    assert first.tags == ("B-PER", "I-PER", "O", "O", "B-MISC", "O", "B-ORG", "I-ORG", "O", "B-LOC", "O")
    assert first.doc != second.doc
    assert spans(relabel_misc(first, "O").tags) == {(0, 2, "PER"), (6, 8, "ORG"), (9, 10, "LOC")}
    assert relabel_misc(first, "missing").tags[4] == MISSING
    assert relabel_misc(first, "keep") == first


def test_wikigold_iob1_becomes_iob2(tmp_path):
    path = _write(tmp_path, "w.txt", "-DOCSTART- O\n\nThe I-ORG\nHarbor I-ORG\nSingers I-ORG\nmet O\n"
                  "Ana I-PER\nLuis B-PER\nSilva I-PER\n. O\n\n")
    (sentence,) = read_wikigold(path)
    assert sentence.tags == ("B-ORG", "I-ORG", "I-ORG", "O", "B-PER", "B-PER", "I-PER", "O")
    assert spans(sentence.tags) == {(0, 3, "ORG"), (4, 5, "PER"), (5, 7, "PER")}


def test_btc_joins_split_user_mentions_and_skips_empty_tokens(tmp_path):
    path = _write(tmp_path, "btc_x.conll", "@\tB-PER\nlena_k\tB-PER\nsee\tO\nyou\tO\n \tO\nat\tO\n@\tO\n"
                  "Boston\tB-LOC\n\n")
    (sentence,) = read_btc(path)
    assert sentence.words == ("@lena_k", "see", "you", "at", "@", "Boston")
    assert sentence.tags == ("B-PER", "O", "O", "O", "O", "B-LOC")


def test_wnut_maps_its_labels_and_leaves_user_names_unannotated(tmp_path):
    path = _write(tmp_path, "wnut_x.conll", "@dj_kofi\tO\nloved\tO\nDune\tB-creative-work\nat\tO\n"
                  "Regal\tB-corporation\nwith\tO\nthe\tO\nRaiders\tB-group\nin\tO\nAustin\tB-location\n"
                  "Tom\tB-person\n\n")
    (sentence,) = read_wnut(path)
    assert sentence.tags == (MISSING, "O", "B-MISC", "O", "B-ORG", "O", "O", "B-ORG", "O", "B-LOC", "B-PER")
    assert spans(relabel_misc(sentence, "O").tags) == {(4, 5, "ORG"), (7, 8, "ORG"), (9, 10, "LOC"), (10, 11, "PER")}


def test_every_fifth_document_of_each_file_is_held_out():
    sentences = [Sentence(("w",), ("O",), f"{file}:{doc}") for file in ("a", "b") for doc in range(10)
                 for _ in range(2)]
    train, heldout = split_heldout(sentences)
    assert {s.doc for s in heldout} == {"a:4", "a:9", "b:4", "b:9"}
    assert len(heldout) == 8 and len(train) == 32
