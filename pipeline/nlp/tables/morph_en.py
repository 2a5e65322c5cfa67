"""English verb inflection for the cue tables: ``{v:axe}`` in a table pattern stands for every form of
"axe" (axe, axes, axed, axing), ``{a:axe}`` for the forms of an active clause (base, -s, -ing, and a
simple past that differs from the participle), ``{p:axe}`` for the participle (and a simple past
spelled the same). Multi-word lemmas inflect their first word ("pick up" → "picked up").

Regular forms are built by the usual spelling rules (axe → axed, scrap → scrapped, ditch → ditches,
bury → buried); irregular verbs and the spellings the rules get wrong are listed in ``IRREGULAR``.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: lemma -> (third person -s, simple past, past participle, -ing); a tuple of alternatives where both occur.
IRREGULAR: dict[str, tuple[str | tuple[str, ...], ...]] = {
    "cancel": ("cancels", ("canceled", "cancelled"), ("canceled", "cancelled"), ("canceling", "cancelling")),
    "axe": ("axes", "axed", "axed", "axing"),
    "ax": ("axes", "axed", "axed", "axing"),
    "nix": ("nixes", "nixed", "nixed", "nixing"),
    "cut": ("cuts", "cut", "cut", "cutting"),
    "sink": ("sinks", "sank", "sunk", "sinking"),
    "give": ("gives", "gave", "given", "giving"),
    "bring": ("brings", "brought", "brought", "bringing"),
    "keep": ("keeps", "kept", "kept", "keeping"),
    "take": ("takes", "took", "taken", "taking"),
    "show": ("shows", "showed", "shown", "showing"),
    "send": ("sends", "sent", "sent", "sending"),
    "let": ("lets", "let", "let", "letting"),
    "bite": ("bites", "bit", "bitten", "biting"),
    "say": ("says", "said", "said", "saying"),
    "shut": ("shuts", "shut", "shut", "shutting"),
    "throw": ("throws", "threw", "thrown", "throwing"),
    "draw": ("draws", "drew", "drawn", "drawing"),
    "ring": ("rings", "rang", "rung", "ringing"),
    "swing": ("swings", "swung", "swung", "swinging"),
    "find": ("finds", "found", "found", "finding"),
    "win": ("wins", "won", "won", "winning"),
    "get": ("gets", "got", ("got", "gotten"), "getting"),
    "set": ("sets", "set", "set", "setting"),
    "put": ("puts", "put", "put", "putting"),
    "fall": ("falls", "fell", "fallen", "falling"),
    "rise": ("rises", "rose", "risen", "rising"),
    "come": ("comes", "came", "come", "coming"),
    "go": ("goes", "went", "gone", "going"),
    "make": ("makes", "made", "made", "making"),
    "hold": ("holds", "held", "held", "holding"),
    "lose": ("loses", "lost", "lost", "losing"),
    "pay": ("pays", "paid", "paid", "paying"),
    "have": ("has", "had", "had", "having"),
    "be": ("is", "was", "been", "being"),
    "meet": ("meets", "met", "met", "meeting"),
    "bid": ("bids", "bid", "bid", "bidding"),
    "deal": ("deals", "dealt", "dealt", "dealing"),
    "ride": ("rides", "rode", "ridden", "riding"),
    "wind": ("winds", "wound", "wound", "winding"),
    "uncancel": ("uncancels", ("uncanceled", "uncancelled"), ("uncanceled", "uncancelled"), ("uncanceling", "uncancelling")),
    "un-cancel": ("un-cancels", ("un-canceled", "un-cancelled"), ("un-canceled", "un-cancelled"), ("un-canceling", "un-cancelling")),
    "choose": ("chooses", "chose", "chosen", "choosing"),
    "slam": ("slams", "slammed", "slammed", "slamming"),
    "opt": ("opts", "opted", "opted", "opting"),
    "leave": ("leaves", "left", "left", "leaving"),
    "stand": ("stands", "stood", "stood", "standing"),
    "greenlight": ("greenlights", ("greenlit", "greenlighted"), ("greenlit", "greenlighted"), "greenlighting"),
    "green-light": ("green-lights", ("green-lit", "green-lighted"), ("green-lit", "green-lighted"), "green-lighting"),
    "re-up": ("re-ups", "re-upped", "re-upped", "re-upping"),
    "bin": ("bins", "binned", "binned", "binning"),
    "can": ("cans", "canned", "canned", "canning"),
    "scrap": ("scraps", "scrapped", "scrapped", "scrapping"),
    "drop": ("drops", "dropped", "dropped", "dropping"),
    "shelve": ("shelves", "shelved", "shelved", "shelving"),
    "pick": ("picks", "picked", "picked", "picking"),
    "snap": ("snaps", "snapped", "snapped", "snapping"),
    "wrap": ("wraps", "wrapped", "wrapped", "wrapping"),
    "ship": ("ships", "shipped", "shipped", "shipping"),
    "grab": ("grabs", "grabbed", "grabbed", "grabbing"),
    "nab": ("nabs", "nabbed", "nabbed", "nabbing"),
    "snag": ("snags", "snagged", "snagged", "snagging"),
    "bag": ("bags", "bagged", "bagged", "bagging"),
    "plan": ("plans", "planned", "planned", "planning"),
    "stop": ("stops", "stopped", "stopped", "stopping"),
    "sign": ("signs", "signed", "signed", "signing"),
    "pull": ("pulls", "pulled", "pulled", "pulling"),
    "kill": ("kills", "killed", "killed", "killing"),
    "call": ("calls", "called", "called", "calling"),
    "tell": ("tells", "told", "told", "telling"),
    "quit": ("quits", "quit", "quit", "quitting"),
    "commit": ("commits", "committed", "committed", "committing"),
    "admit": ("admits", "admitted", "admitted", "admitting"),
    "recommission": ("recommissions", "recommissioned", "recommissioned", "recommissioning"),
    "commission": ("commissions", "commissioned", "commissioned", "commissioning"),
    "order": ("orders", "ordered", "ordered", "ordering"),
    "cover": ("covers", "covered", "covered", "covering"),
    "offer": ("offers", "offered", "offered", "offering"),
    "deliver": ("delivers", "delivered", "delivered", "delivering"),
    "shutter": ("shutters", "shuttered", "shuttered", "shuttering"),
    "render": ("renders", "rendered", "rendered", "rendering"),
    "enter": ("enters", "entered", "entered", "entering"),
    "open": ("opens", "opened", "opened", "opening"),
    "happen": ("happens", "happened", "happened", "happening"),
    "reopen": ("reopens", "reopened", "reopened", "reopening"),
    "travel": ("travels", ("traveled", "travelled"), ("traveled", "travelled"), ("traveling", "travelling")),
}

_VOWELS = "aeiou"


def _regular(verb: str) -> tuple[str, str, str, str]:
    if re.search(r"(?:s|x|z|ch|sh)$", verb):
        third = verb + "es"
    elif re.search(r"[^aeiou]y$", verb):
        third = verb[:-1] + "ies"
    else:
        third = verb + "s"
    if verb.endswith("e"):
        past, ing = verb + "d", verb[:-1] + "ing"
    elif re.search(r"[^aeiou]y$", verb):
        past, ing = verb[:-1] + "ied", verb + "ing"
    elif re.fullmatch(r"[^aeiou]*[aeiou][bdgmnprt]", verb):
        # one syllable ending in one vowel and one consonant doubles it: scrap → scrapped
        past, ing = verb + verb[-1] + "ed", verb + verb[-1] + "ing"
    else:
        past, ing = verb + "ed", verb + "ing"
    return third, past, past, ing


def _as_tuple(form: str | tuple[str, ...]) -> tuple[str, ...]:
    return form if isinstance(form, tuple) else (form,)


@lru_cache(maxsize=None)
def forms(lemma: str) -> dict[str, tuple[str, ...]]:
    """``{"base", "third", "past", "participle", "ing"}`` -> spellings of the verb ``lemma``."""
    head, _, rest = lemma.partition(" ")
    third, past, participle, ing = IRREGULAR.get(head) or _regular(head)
    tail = " " + rest if rest else ""
    return {key: tuple(f + tail for f in _as_tuple(value)) for key, value in
            (("base", head), ("third", third), ("past", past), ("participle", participle), ("ing", ing))}


def _pattern(words: set[str]) -> str:
    alts = sorted(words, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in alts) + ")"


def all_forms(lemma: str) -> str:
    f = forms(lemma)
    return _pattern({w for key in f for w in f[key]})


def active_forms(lemma: str) -> str:
    """The forms of a clause whose subject acts: "Netflix axes", "to axe", "axing"; a simple past only when it
    differs from the participle (a participle after a network or "has" is read as active by the rules)."""
    f = forms(lemma)
    words = {*f["base"], *f["third"], *f["ing"]} | (set(f["past"]) - set(f["participle"]))
    return _pattern(words)


def participle_forms(lemma: str) -> str:
    f = forms(lemma)
    return _pattern({*f["participle"], *(set(f["past"]) & set(f["participle"]))})


PLACEHOLDERS = {"v": all_forms, "a": active_forms, "p": participle_forms}
