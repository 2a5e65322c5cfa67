"""French date words: months, numbers, relative expressions and the cues that give a date its kind.

Regex fragments are matched case-insensitively by ``pipeline.nlp.dates``.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "janvier": 1, "janv.": 1, "janv": 1, "février": 2, "fevrier": 2, "févr.": 2, "févr": 2, "fév.": 2, "mars": 3,
    "avril": 4, "avr.": 4, "mai": 5, "juin": 6, "juillet": 7, "juil.": 7, "août": 8, "aout": 8,
    "septembre": 9, "sept.": 9, "octobre": 10, "oct.": 10, "novembre": 11, "nov.": 11, "décembre": 12,
    "decembre": 12, "déc.": 12,
}
#: Month names that are also ordinary words and need a day or a year next to them to count.
AMBIGUOUS_MONTHS = frozenset({"mars", "mai"})

#: "1er mars"
ORDINAL_SUFFIX = r"er|e|ème"
#: "le 14 mars 2023 à 09:05", "à 18h36", "à 18 h 36"
TIME = r"(?:à|vers|dès)\s+(?P<hour>[01]?\d|2[0-3])\s*(?::|h)\s*(?P<minute>[0-5]\d)"

#: Words before a bare year that make it a date ("en 2004", "depuis 2015", "fin 2022").
YEAR_CUES = (
    r"en|depuis|dès|de|à|jusqu['’]en|avant|après|année|l['’]an|l['’]année|printemps|été|automne|hiver|"
    r"fin|début|mi-|courant|rentrée|saison"
)
#: Month without a year: "en janvier", "mi-janvier", "fin mars", "début juin".
MONTH_ONLY_CUES = r"en|mi-|fin|début|courant|depuis|dès|d['’]ici|jusqu['’]en|avant|après"

#: Numeric dates: "18/12/2019" is day/month/year in French.
NUMERIC_ORDER = "dmy"
#: Month-first dates ("December 18") are not French.
MONTH_FIRST = False
#: How an ambiguous month word is written when it is the month ("mars", not the planet "Mars").
AMBIGUOUS_MONTH_CASE = "lower"
#: Durations relative to the publication date: template → sign ("il y a deux mois" → -1).
DURATIONS: dict[str, int] = {r"il y a {num}\s+{unit}": -1, r"dans {num}\s+{unit}": 1}
#: Literal words (lower case) a text must contain for DURATIONS to be tried at all.
DURATION_TRIGGERS = ("il y a", "dans ")

NUMBERS: dict[str, int] = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
    "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "vingt": 20, "trente": 30, "quelques": 3,
}
UNITS: dict[str, str] = {
    "jour": "day", "jours": "day", "semaine": "week", "semaines": "week", "mois": "month", "an": "year",
    "ans": "year", "année": "year", "années": "year",
}
#: "il y a deux mois" → minus; "dans trois semaines" → plus.
AGO = r"il y a"
AHEAD = r"dans"

#: Fixed relative expressions → (unit, offset).
RELATIVE: dict[str, tuple[str, int]] = {
    r"aujourd['’]hui": ("day", 0),
    r"hier": ("day", -1),
    r"avant-hier": ("day", -2),
    r"demain": ("day", 1),
    r"la semaine dernière|la semaine passée": ("week", -1),
    r"la semaine prochaine": ("week", 1),
    r"le mois dernier|le mois passé": ("month", -1),
    r"le mois prochain": ("month", 1),
    r"l['’]an dernier|l['’]année dernière|l['’]an passé|l['’]année passée": ("year", -1),
    r"l['’]an prochain|l['’]année prochaine": ("year", 1),
    r"cette année": ("year", 0),
}

#: Cues near a date → its kind. The nearest cue before the date wins, else the nearest after it.
KIND_CUES: dict[str, str] = {
    r"publié le|publiée le|publié|mis en ligne le|posté le": "published",
    r"mise? en ligne|arrivée?s?|lancée?s?|débarque|débarquera|diffusée? (?:à partir|depuis|dès)|à partir du|"
    r"première diffusion|premier épisode|en avant-première|démarre|commence|revient|de retour|dès le": "premiere",
    r"sortie|sortira|sort|disponible|dispo|date de sortie|mise à disposition": "release",
    r"annoncée?s?|annonce|a annoncé|confirmée?s?|confirme|officialisée?s?|révélée?s?|dévoilée?s?|"
    r"a fait savoir|a indiqué|a déclaré": "announcement",
    r"dernier épisode|ultime épisode|finale?|s['’]arrêtera|s['’]achèvera|prendra fin|prend fin|se terminera|"
    r"fin de la série|clôture|s['’]est terminée?": "finale",
    r"mis à jour le|modifié le|actualisé le": "other",
}
