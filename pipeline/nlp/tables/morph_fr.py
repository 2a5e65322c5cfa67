"""French verb inflection for the cue tables (see :mod:`pipeline.nlp.tables.morph_en`).

``{v:annuler}`` stands for the third-person forms a news text uses (present, future, imperfect,
conditional, simple past, infinitive, present participle) and the past participle in its four
agreements; ``{a:annuler}`` for the finite forms and the infinitive (an active clause: "Netflix
annule", "a décidé d'annuler"); ``{p:annuler}`` for the participles (annulé, annulée, annulés,
annulées). A pronominal lemma ("s'arrêter") keeps its pronoun; multi-word lemmas inflect their
first word ("mettre fin" → "met fin", "mettra fin").

First-group verbs (-er) are built by rule, with their spelling changes (lancer → lançant, prolonger
→ prolongeait, renouveler → renouvelle, achever → achèvera); other verbs are listed in ``IRREGULAR``.
"""

from __future__ import annotations

import re
from functools import lru_cache

A = "[’']"

#: lemma -> {category: spellings}; categories: finite (3rd person), infinitive, participle, ing (-ant).
IRREGULAR: dict[str, dict[str, tuple[str, ...]]] = {
    "mettre": {"finite": ("met", "mettent", "mettra", "mettront", "mettait", "mettaient", "mit", "mirent",
                          "mettrait", "mettraient"),
               "infinitive": ("mettre",), "participle": ("mis", "mise", "mises"), "ing": ("mettant",)},
    "remettre": {"finite": ("remet", "remettent", "remettra", "remettront", "remettait", "remit"),
                 "infinitive": ("remettre",), "participle": ("remis", "remise", "remises"), "ing": ("remettant",)},
    "prendre": {"finite": ("prend", "prennent", "prendra", "prendront", "prenait", "prenaient", "prit", "prendrait"),
                "infinitive": ("prendre",), "participle": ("pris", "prise", "prises"), "ing": ("prenant",)},
    "reprendre": {"finite": ("reprend", "reprennent", "reprendra", "reprendront", "reprenait", "reprit", "reprendrait"),
                  "infinitive": ("reprendre",), "participle": ("repris", "reprise", "reprises"), "ing": ("reprenant",)},
    "faire": {"finite": ("fait", "font", "fera", "feront", "faisait", "faisaient", "fit", "ferait", "feraient"),
              "infinitive": ("faire",), "participle": ("fait", "faite", "faits", "faites"), "ing": ("faisant",)},
    "revenir": {"finite": ("revient", "reviennent", "reviendra", "reviendront", "revenait", "revenaient", "revint",
                           "reviendrait", "reviendraient"),
                "infinitive": ("revenir",), "participle": ("revenu", "revenue", "revenus", "revenues"),
                "ing": ("revenant",)},
    "obtenir": {"finite": ("obtient", "obtiennent", "obtiendra", "obtiendront", "obtenait", "obtint", "obtiendrait"),
                "infinitive": ("obtenir",), "participle": ("obtenu", "obtenue", "obtenus", "obtenues"),
                "ing": ("obtenant",)},
    "poursuivre": {"finite": ("poursuit", "poursuivent", "poursuivra", "poursuivront", "poursuivait", "poursuivrait",
                              "poursuivraient"),
                   "infinitive": ("poursuivre",), "participle": ("poursuivi", "poursuivie", "poursuivis", "poursuivies"),
                   "ing": ("poursuivant",)},
    "conclure": {"finite": ("conclut", "concluent", "conclura", "concluront", "concluait", "conclurait"),
                 "infinitive": ("conclure",), "participle": ("conclu", "conclue", "conclus", "conclues"),
                 "ing": ("concluant",)},
    "clore": {"finite": ("clôt", "clot", "closent", "clora", "cloront", "clôra", "clôt"),
              "infinitive": ("clore", "clôre"), "participle": ("clos", "close", "closes"), "ing": ("closant",)},
    "dire": {"finite": ("dit", "disent", "dira", "diront", "disait", "dirait"),
             "infinitive": ("dire",), "participle": ("dit", "dite", "dits", "dites"), "ing": ("disant",)},
    "renaître": {"finite": ("renaît", "renait", "renaissent", "renaîtra", "renaitra", "renaîtront", "renaissait"),
                 "infinitive": ("renaître", "renaitre"), "participle": ("rené", "renée"), "ing": ("renaissant",)},
    "rompre": {"finite": ("rompt", "rompent", "rompra", "rompront", "rompait"),
               "infinitive": ("rompre",), "participle": ("rompu", "rompue", "rompus", "rompues"), "ing": ("rompant",)},
    "atteindre": {"finite": ("atteint", "atteignent", "atteindra", "atteindront"),
                  "infinitive": ("atteindre",), "participle": ("atteint", "atteinte"), "ing": ("atteignant",)},
    "avoir": {"finite": ("a", "ont", "aura", "auront", "avait", "avaient", "eut", "aurait", "auraient"),
              "infinitive": ("avoir",), "participle": ("eu", "eue", "eus", "eues"), "ing": ("ayant",)},
    "être": {"finite": ("est", "sont", "sera", "seront", "était", "étaient", "fut", "serait", "seraient"),
             "infinitive": ("être",), "participle": ("été",), "ing": ("étant",)},
    "voir": {"finite": ("voit", "voient", "verra", "verront", "voyait", "vit", "verrait"),
             "infinitive": ("voir",), "participle": ("vu", "vue", "vus", "vues"), "ing": ("voyant",)},
    "connaître": {"finite": ("connaît", "connait", "connaissent", "connaîtra", "connaitra", "connaîtront", "connaissait",
                             "connut", "connaîtrait"),
                  "infinitive": ("connaître", "connaitre"), "participle": ("connu", "connue"), "ing": ("connaissant",)},
    "partir": {"finite": ("part", "partent", "partira", "partiront", "partait"),
               "infinitive": ("partir",), "participle": ("parti", "partie", "partis", "parties"), "ing": ("partant",)},
    "repartir": {"finite": ("repart", "repartent", "repartira", "repartiront", "repartait"),
                 "infinitive": ("repartir",), "participle": ("reparti", "repartie", "repartis", "reparties"),
                 "ing": ("repartant",)},
    "finir": {"finite": ("finit", "finissent", "finira", "finiront", "finissait", "finirait"),
              "infinitive": ("finir",), "participle": ("fini", "finie", "finis", "finies"), "ing": ("finissant",)},
    "établir": {"finite": ("établit", "établissent", "établira"), "infinitive": ("établir",),
                "participle": ("établi", "établie"), "ing": ("établissant",)},
    "tenir": {"finite": ("tient", "tiennent", "tiendra", "tiendront", "tenait"), "infinitive": ("tenir",),
              "participle": ("tenu", "tenue", "tenus", "tenues"), "ing": ("tenant",)},
    "maintenir": {"finite": ("maintient", "maintiennent", "maintiendra", "maintenait"), "infinitive": ("maintenir",),
                  "participle": ("maintenu", "maintenue"), "ing": ("maintenant",)},
    "survivre": {"finite": ("survit", "survivent", "survivra", "survivront"), "infinitive": ("survivre",),
                 "participle": ("survécu",), "ing": ("survivant",)},
    "reconduire": {"finite": ("reconduit", "reconduisent", "reconduira", "reconduiront", "reconduisait", "reconduirait"),
                   "infinitive": ("reconduire",), "participle": ("reconduit", "reconduite", "reconduits", "reconduites"),
                   "ing": ("reconduisant",)},
    "suspendre": {"finite": ("suspend", "suspendent", "suspendra", "suspendront", "suspendait"),
                  "infinitive": ("suspendre",), "participle": ("suspendu", "suspendue", "suspendus", "suspendues"),
                  "ing": ("suspendant",)},
    "interrompre": {"finite": ("interrompt", "interrompent", "interrompra", "interrompront", "interrompait"),
                    "infinitive": ("interrompre",), "participle": ("interrompu", "interrompue", "interrompus", "interrompues"),
                    "ing": ("interrompant",)},
    "offrir": {"finite": ("offre", "offrent", "offrira", "offriront", "offrait", "offrit", "offrirait"),
               "infinitive": ("offrir",), "participle": ("offert", "offerte", "offerts", "offertes"), "ing": ("offrant",)},
    "attendre": {"finite": ("attend", "attendent", "attendra", "attendront", "attendait"), "infinitive": ("attendre",),
                 "participle": ("attendu", "attendue"), "ing": ("attendant",)},
    "garantir": {"finite": ("garantit", "garantissent", "garantira"), "infinitive": ("garantir",),
                 "participle": ("garanti", "garantie", "garantis", "garanties"), "ing": ("garantissant",)},
    "rendre": {"finite": ("rend", "rendent", "rendra", "rendront", "rendait"), "infinitive": ("rendre",),
               "participle": ("rendu", "rendue", "rendus", "rendues"), "ing": ("rendant",)},
    "descendre": {"finite": ("descend", "descendent", "descendra"), "infinitive": ("descendre",),
                  "participle": ("descendu", "descendue"), "ing": ("descendant",)},
}


def _first_group(verb: str) -> dict[str, tuple[str, ...]]:
    """Forms of a regular -er verb, with the spelling changes of its stem."""
    stem = verb[:-2]
    soft = stem  # before a or o: lancer → lanç-, prolonger → prolonge-
    if stem.endswith("c"):
        soft = stem[:-1] + "ç"
    elif stem.endswith("g"):
        soft = stem + "e"
    mute = stem  # before a mute e: renouveler → renouvell-, jeter → jett-, achever → achèv-, céder → cèd-
    future = stem
    # e + one consonant (achever → achève), é + one or two (céder → cède, célébrer → célèbre)
    m = re.search(r"(e)([^aeiouéèêy])$", stem) or re.search(r"(é)([^aeiouéèêy]{1,2})$", stem)
    if stem.endswith(("el", "et")) and not stem.endswith(("cel", "gel", "mel", "pel", "hel")) or stem.endswith(("appel", "jet")):
        mute = stem + stem[-1]
        future = mute
    elif m and m.group(1) == "e":
        mute = stem[:m.start(1)] + "è" + m.group(2)
        future = mute
    elif m and m.group(1) == "é":
        mute = stem[:m.start(1)] + "è" + m.group(2)
    finite = (mute + "e", mute + "ent", future + "era", future + "eront", soft + "ait", soft + "aient", soft + "a",
              stem + "èrent", future + "erait", future + "eraient")
    return {"finite": finite, "infinitive": (verb,), "participle": (stem + "é", stem + "ée", stem + "és", stem + "ées"),
            "ing": (soft + "ant",)}


@lru_cache(maxsize=None)
def forms(lemma: str) -> dict[str, tuple[str, ...]]:
    """The spellings of ``lemma`` by category (``finite``, ``infinitive``, ``participle``, ``ing``)."""
    pronoun = ""
    m = re.match(r"(s[’']|se\s+)", lemma)
    if m:
        pronoun, lemma = m.group(1), lemma[m.end():]
    head, _, rest = lemma.partition(" ")
    table = IRREGULAR.get(head) or (_first_group(head) if head.endswith("er") else None)
    if table is None:
        raise ValueError(f"no inflection for {head!r}: add it to morph_fr.IRREGULAR")
    tail = " " + rest if rest else ""
    out = {}
    for key, words in table.items():
        if pronoun:
            # s'arrête / se termine: the elided pronoun before a vowel or a mute h
            words = tuple(("s’" if w[:1] in "aeiouéèêhâî" else "se ") + w for w in words)
        out[key] = tuple(w + tail for w in words)
    return out


def _pattern(words: set[str]) -> str:
    alts = sorted(words, key=len, reverse=True)
    return "(?:" + "|".join(re.sub("[’']", A, re.escape(w).replace(r"\ ", r"\s+")) for w in alts) + ")"


def all_forms(lemma: str) -> str:
    f = forms(lemma)
    return _pattern({w for key in f for w in f[key]})


def active_forms(lemma: str) -> str:
    f = forms(lemma)
    return _pattern({*f["finite"], *f["infinitive"], *f["ing"]})


def participle_forms(lemma: str) -> str:
    return _pattern(set(forms(lemma)["participle"]))


PLACEHOLDERS = {"v": all_forms, "a": active_forms, "p": participle_forms}
