"""The NLP stage's speed-ups change no output: French tok2vec only where the parser needs it,
small ``nlp.pipe`` batches."""

from __future__ import annotations

import numpy as np

from pipeline.config import Settings
from pipeline.nlp import NlpInput, NlpStage
from pipeline.nlp.claims import _sentence_tensor

FRENCH = (
    "Les Gardiens du Phare : Canal+ renouvelle la série pour une troisième saison.\n\n"
    "La chaîne l'a annoncé mardi, quelques jours après la diffusion du dernier épisode. "
    "Le tournage reprendra au printemps à Brest, avec Élise Marchand dans le rôle de la gardienne. "
    "En revanche, Les Nuits de Sète ne reviendra pas : France 3 a annulé la série après deux saisons. "
    "« Nous sommes fiers de ce que nous avons construit », a réagi sa créatrice, Claire Dumont.\n"
    "Brigade 17 n'a pas encore été renouvelée par TF1."
)
ENGLISH = (
    "Netflix Cancels The Long Drift After Two Seasons\n\n"
    "The streamer has pulled the plug on the drama, which starred Maya Collins as a lighthouse keeper. "
    "Meanwhile, HBO renewed Harbor Lights for a third season on Tuesday."
)


def test_french_ner_runs_without_the_shared_tok2vec_and_english_ner_keeps_it(nlp_stage):
    fr = nlp_stage.pipeline("fr")
    assert "ner" in fr.pipe_names and "tok2vec" not in fr.pipe_names
    assert "tok2vec" in fr.component_names and "parser" in fr.component_names  # for cue sentences
    en = nlp_stage.pipeline("en")
    tok2vec_feeds_ner = "tok2vec" in en.component_names and "ner" in en.get_pipe("tok2vec").listening_components
    assert ("tok2vec" in en.pipe_names) == tok2vec_feeds_ner


def test_a_sentence_gets_the_vectors_a_whole_text_pass_gives_it(nlp_stage):
    nlp = nlp_stage.pipeline("fr")
    doc = nlp(FRENCH)
    whole = nlp.get_pipe("tok2vec")(nlp.make_doc(FRENCH)).tensor
    sentences = list(doc.sents)
    assert len(sentences) >= 5
    for sent in sentences:
        assert np.array_equal(_sentence_tensor(nlp, sent), whole[sent.start:sent.end]), sent.text


def test_the_batch_size_does_not_change_the_output(nlp_stage):
    items = [NlpInput(text=FRENCH, lang="fr"), NlpInput(text=ENGLISH, lang="en"),
             NlpInput(text=FRENCH.replace("Canal+", "Arte"), lang="fr"), NlpInput(text=ENGLISH[:60], lang="en")]
    one = NlpStage(Settings(), batch_size=1).analyze(items)
    assert nlp_stage.batch_size > 1
    assert nlp_stage.analyze(items) == one
    assert any(out.claims for out in one)


def test_strings_of_distinct_pages_are_freed_so_memory_does_not_grow_with_them():
    # words no pipeline has seen: without memory zones each would stay in the StringStore for good
    def batch(first: int) -> list[NlpInput]:
        names = [f"Zorvak{i}qu Plintor{i}ex" for i in range(first, first + 20)]
        return [NlpInput(text=f"{ENGLISH} {name} joins the cast.", lang="en") for name in names[:10]] + \
               [NlpInput(text=f"{FRENCH} {name} rejoint la distribution.", lang="fr") for name in names[10:]]

    stage = NlpStage(Settings(), zone_docs=1)  # a zone closes before every call
    stage.analyze(batch(0))
    sizes = {lang: len(stage.pipeline(lang).vocab.strings) for lang in ("en", "fr")}
    outputs = stage.analyze(batch(100))  # 40 new names, 80 new words: freed with the previous zone's
    grown = {lang: len(stage.pipeline(lang).vocab.strings) - sizes[lang] for lang in ("en", "fr")}
    assert all(n < 10 for n in grown.values()), grown
    # the outputs, made inside the zone, are intact plain objects
    assert outputs[0].claims[0].series and outputs[-1].claims[0].evidence
