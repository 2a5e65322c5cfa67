"""French status cues: verbs, nouns and idioms that state a series' future.

Every pattern is a regular expression matched case-insensitively on word
boundaries; ``{num}``, ``{ord}`` and ``{season}`` expand to the number words,
ordinals and season expression of :mod:`pipeline.nlp.tables.series_fr`.

``CUES`` rows are ``(status, kind, pattern, weight)``:

- ``kind`` says where the series is: ``passive`` (the series is the subject:
  "X est annulée", "X rempile"), ``active`` (the decider is the subject and
  the series the object: "Netflix annule X"), ``noun`` (a nominalisation with
  its complement: "l'annulation de X", "la dernière saison de X") and
  ``idiom`` (a clause-level statement: "pas de saison 2", "X ne reviendra
  pas").
- ``weight`` is how unambiguous the cue is on its own (0..1); it is the base
  of a claim's confidence.
- ``stop`` cues are cancellations that become ``ending`` when the clause
  names the last season ("s'arrêtera à l'issue de la saison 5").

The order matters for overlapping cues: longer idioms come first.
"""

from __future__ import annotations

A = "[’']"  # apostrophe, straight or typographic

CUES: tuple[tuple[str, str, str, float], ...] = (
    # --- undecided: the text says no decision has been made yet
    ("undecided", "idiom", rf"(?:n{A}a\s+)?(?:pas|toujours\s+pas)\s+encore\s+(?:été\s+)?(?:officiellement\s+)?(?:renouvelée?s?|annulée?s?|reconduite?s?)", 0.85),
    ("undecided", "idiom", r"(?:son|leur)\s+(?:avenir|sort|futur)\s+(?:est|reste|demeure)\s+(?:toujours\s+|encore\s+)?(?:incertain|en\s+suspens|flou|inconnu|suspendu)", 0.8),
    # the title inside the cue: "l'avenir de « X » reste incertain"
    ("undecided", "idiom", rf"(?:l{A}avenir|le\s+sort|le\s+futur)\s+(?:de|d{A}|du|des)\s*\S+(?:\s+\S+){{0,6}}?\s+(?:est|reste|demeure)\s+(?:toujours\s+|encore\s+)?(?:incertain|en\s+suspens|flou|inconnu|suspendu)", 0.8),
    ("undecided", "idiom", rf"n{A}(?:a|ont)\s+(?:pas|toujours\s+pas)\s+encore\s+(?:pris\s+(?:de|sa|leur)\s+décision|tranché|statué)", 0.8),
    ("undecided", "idiom", r"(?:mise?s?|reste|restent|toujours)\s+en\s+(?:stand-by|standby|suspens)", 0.75),
    ("undecided", "idiom", rf"aucune\s+décision\s+n{A}a\s+(?:encore\s+|pour\s+l{A}instant\s+)?été\s+prise", 0.8),
    ("undecided", "idiom", r"dans\s+le\s+flou\s+(?:le\s+plus\s+total\s+)?(?:quant\s+à|sur)\s+(?:son|l[’']avenir)", 0.6),
    # --- cancelled: idioms with a built-in negation
    ("cancelled", "idiom", rf"(?:il\s+)?n{A}(?:y\s+)?aura\s+(?:donc\s+|finalement\s+|jamais\s+)?(?:pas|plus|point)\s+(?:de|d{A})\s*(?:{{season}}|nouvelle\s+saison|suite)", 0.95),
    ("cancelled", "idiom", rf"(?:pas|plus|aucune|point)\s+(?:de|d{A})\s*(?:{{season}}|nouvelle\s+saison|suite)", 0.85),
    ("cancelled", "idiom", rf"privée?s?\s+(?:de|d{A})\s*(?:{{season}}|suite)", 0.9),
    ("cancelled", "idiom", r"ne\s+reviendr(?:a|ont)\s+(?:pas|plus|jamais)", 0.85),
    ("cancelled", "idiom", rf"n{A}ira\s+pas\s+plus\s+loin", 0.8),
    ("cancelled", "idiom", rf"c{A}est\s+(?:déjà\s+|bel\s+et\s+bien\s+|officiellement\s+)?(?:fini|terminé)\s+pour", 0.8),
    ("cancelled", "idiom", r"terminée?s?\s+pour\s+de\s+bon", 0.75),
    ("cancelled", "idiom", r"passe(?:nt)?\s+à\s+la\s+trappe", 0.8),
    ("cancelled", "passive", r"non\s+(?:renouvelée?s?|reconduite?s?)", 0.9),
    ("cancelled", "idiom", rf"après\s+(?:avoir\s+été|son|leur)\s+(?:annulée?s?|annulation|arrêt)", 0.8),
    ("revived", "idiom", rf"(?:revient|reviennent|ressort|ressortent|fait\s+son\s+retour|font\s+leur\s+retour|est\s+de\s+retour|sont\s+de\s+retour)\s+(?:\S+\s+){{0,5}}?après\s+(?:\S+\s+){{1,3}}(?:ans|années)\s+d{A}(?:absence|interruption)", 0.7),
    ("revived", "idiom", rf"trouve(?:nt)?\s+(?:une\s+)?nouvelle\s+(?:maison|plate-?forme|chaîne)", 0.8),
    ("revived", "idiom", r"trouve(?:nt)?\s+refuge", 0.75),
    # --- cancelled: verbs and nouns
    ("cancelled", "passive", r"annulée?s?", 0.95),
    ("cancelled", "active", r"annul(?:e|ent|er|ait|aient|era|eront|ant)", 0.9),
    ("cancelled", "noun", r"annulations?", 0.9),
    ("cancelled", "passive", r"(?:définitivement\s+)?(?:arrêtée?s?|stoppée?s?|déprogrammée?s?)", 0.8),
    ("cancelled", "active", r"(?:arrête|arrêtent|stoppe|stoppent|déprogramme|déprogramment)", 0.75),
    ("cancelled", "active", r"(?:met|mettent|mettra|mettront|a\s+mis|ont\s+mis|avait\s+mis)\s+(?:un\s+terme|fin)\s+(?:à|au|aux)", 0.8),
    ("cancelled", "passive", r"(?:abandonnée?s?|enterrée?s?|supprimée?s?)", 0.6),
    ("stop", "idiom", rf"s{A}(?:arrêtera|arrêteront|arrête|arrêtent|achèvera|achèveront|achève)", 0.7),
    ("stop", "idiom", r"(?:prendra|prendront|prend|prennent)\s+fin", 0.7),
    ("stop", "idiom", r"(?:se\s+terminera|se\s+termineront|tire(?:ra)?\s+sa\s+révérence|tirent\s+leur\s+révérence)", 0.7),
    ("stop", "noun", rf"(?:l{A}|son\s+|leur\s+)arrêt", 0.7),
    ("stop", "noun", r"la\s+fin\s+de\s+la\s+série", 0.6),
    # --- ending: a final season
    ("ending", "noun", r"(?:{ord}\s+et\s+)?(?:dernière|ultime)\s+saison", 0.8),
    # "la cinquième saison sera la dernière": the season is named before the cue
    ("ending", "idiom", r"(?:sera|est|seront|sont)\s+(?:la\s+|sa\s+|leur\s+|l[’'])(?:dernière|ultime)(?=\s*[.,;:!?»]|\s*$|\s+(?:saison|de|du|des|pour)\s)", 0.8),
    ("ending", "noun", r"saison\s+finale", 0.8),
    ("ending", "idiom", r"clap\s+de\s+fin", 0.7),
    # --- renewed
    ("renewed", "idiom", r"(?:aura|auront)\s+(?:bien\s+|finalement\s+)?(?:droit\s+à\s+)?une\s+(?:{season}|nouvelle\s+saison|suite)", 0.85),
    ("renewed", "idiom", rf"(?:{{season}})\s+(?:de|d{A})\s*\S+(?:\s+\S+){{0,6}}?\s+(?:est|a\s+été)\s+(?:officiellement\s+|bel\s+et\s+bien\s+|déjà\s+)?(?:confirmée|commandée|officialisée|validée|actée|annoncée)", 0.85),
    ("renewed", "idiom", r"(?:{season})\s+(?:est\s+|a\s+été\s+|sont\s+|ont\s+été\s+)?(?:officiellement\s+|bel\s+et\s+bien\s+|déjà\s+)?(?:confirmée?s?|commandée?s?|officialisée?s?|validée?s?|actée?s?|annoncée?s?)", 0.9),
    ("renewed", "idiom", r"(?:commande|commandé|confirme|confirmé|officialise|officialisé)\s+(?:une|la)\s+(?:{season}|nouvelle\s+saison)", 0.85),
    ("renewed", "idiom", r"feu\s+vert\s+pour\s+une\s+(?:{season}|nouvelle\s+saison|suite)", 0.85),
    ("renewed", "idiom", r"(?:sera|seront)\s+de\s+retour\s+pour\s+une\s+(?:{season}|nouvelle\s+saison)", 0.65),
    ("renewed", "idiom", r"reviendr(?:a|ont)\s+pour\s+une\s+(?:{season}|nouvelle\s+saison)", 0.65),
    ("renewed", "passive", r"renouvelée?s?", 0.95),
    ("renewed", "active", r"renouvel(?:le|lent|ler|lera|leront|ait)", 0.9),
    ("renewed", "noun", r"renouvellements?", 0.85),
    ("renewed", "idiom", r"(?:offre|offrent|accorde|accordent|donne|donnent)\s+(?:une\s+)?(?:{season}|nouvelle\s+saison)", 0.8),
    # the complement inside the cue: "a confirmé la commande de nouveaux épisodes"
    ("renewed", "idiom", r"commande\s+(?:de\s+nouveaux\s+épisodes|d[’']une\s+(?:nouvelle\s+saison|{season}))", 0.8),
    ("renewed", "passive", r"(?:reconduite?s?|rempile(?:nt|ra|ront)?)", 0.8),
    # --- revived: back after a cancellation or an ending
    ("revived", "passive", r"(?:ressuscitée?s?|sauvée?s?\s+par|récupérée?s?\s+par|relancée?s?\s+par|repêchée?s?)", 0.85),
    ("revived", "active", r"(?:ressuscite|ressuscitent|sauve|sauvent|récupère|récupèrent|repêche)", 0.75),
    ("revived", "noun", r"(?:revival|résurrection)", 0.7),
)

#: Lower-case stems one of which every cue contains (see claims_en.CUE_TRIGGERS).
CUE_TRIGGERS = (
    "renouvel", "annul", "reconduit", "avenir", "sort", "futur", "stand", "suspens", "décision", "flou", "saison",
    "suite", "privé", "reviendr", "loin", "fini", "termin", "trappe", "arrêt", "stopp", "déprogramm", "abandonn",
    "enterr", "supprim", "achèv", "fin", "révérence", "clap", "feu", "rempile", "ressuscit", "sauv", "récupér",
    "relanc", "repêch", "revival", "résurrection", "absence", "interruption", "maison", "plate", "chaîne", "rempil",
    "dernière", "ultime", "terme", "décision", "tranché", "statué", "command", "refuge",
)

#: Modal or hearsay words that make a claim a rumour (conditionals, speculation).
RUMOR = (
    r"pourrai(?:t|ent)", r"pourrait-(?:elle|il)", r"devrai(?:t|ent)", r"serai(?:t|ent)", r"aurai(?:t|ent)",
    r"envisag\w*", r"rumeurs?", r"probablement", r"peut-être", r"éventuel\w*", r"possible", r"menacée?s?",
    r"risque(?:nt)?", r"spécul\w*", r"semble(?:nt)?", r"si\s+(?:la|le|les)", r"hypoth\w*", r"tentatives?",
    r"essai\w*", r"pétition\w*", r"campagne", r"espère\w*", r"souhait\w*", r"voudrai\w*", r"rêve\w*",
)
#: Conditionals that are only the sequence of tenses after a reporting verb (see claims_en).
REPORTED_MODALS = (r"serai(?:t|ent)", r"aurai(?:t|ent)")
REPORTING_THAT = r"(?:annoncé|confirmé|indiqué|déclaré|révélé|précisé|expliqué|assuré)\s+(?:[\w’']+\s+){0,3}qu[e’']"
#: Negation around the cue: a word before it, or "ne/n'" before and "pas/plus/jamais" after.
NEGATION_BEFORE = (r"pas", r"plus", r"jamais", r"non", r"point", r"nullement", r"failli", r"faillit", r"presque")
NEGATION_NE = (r"ne", r"n[’']")
NEGATION_AFTER = (r"pas", r"plus", r"jamais", r"point")
#: Negated cues that mean "not decided yet" rather than a denial.
NOT_YET = (r"encore", r"toujours\s+pas", r"pour\s+l[’']instant", r"pour\s+le\s+moment")
#: Words whose negation makes a denial ("dément l'annulation").
DENIAL = (r"dément\w*", r"démenti\w*", r"contrairement\s+aux\s+rumeurs", r"faux", r"infirm\w*")
#: Questions whose answer presupposes the decision ("Pourquoi X a été annulée ?").
PRESUPPOSING_QUESTIONS = (r"pourquoi", r"comment\s+expliquer", r"comment")

#: Hearsay credited to a source in the same sentence; the capture is where the outlet is.
ATTRIBUTION = (
    r"selon", r"d[’']après", r"comme\s+l[’']a\s+(?:révélé|annoncé|rapporté|indiqué|confirmé)",
    r"(?:a|ont)\s+(?:révélé|rapporté|annoncé|indiqué|appris|confirmé)",
    r"(?:révèle|rapporte|indique|affirme|annonce|confirme)(?:nt)?",
)
#: Document-level credits ("C'est Variety qui a dévoilé la nouvelle", "Deadline a été le premier site à …").
CREDITS = (
    r"c[’']est\s+(?P<outlet>.{2,60}?)\s+qui\s+a\s+(?:été\s+le\s+premier|révélé|annoncé|rapporté|sorti|dévoilé)",
    r"(?P<outlet>.{2,60}?)\s+a\s+été\s+le\s+premier\s+(?:média|site|journal)",
    r"(?:selon|d[’']après|comme\s+l[’']a\s+(?:révélé|annoncé|rapporté))\s+(?:nos\s+confrères\s+(?:de|du)\s+)?(?P<outlet>.{2,60})",
    r"(?:a\s+révélé|a\s+rapporté|rapporte|révèle)\s+(?P<outlet>.{2,60})",
)

#: A network that decides: the agent ("annulée par TF1") or the subject of a decision verb
#: ("TF1 a décidé que …") wins over one that only airs the series ("sur TMC").
DECIDER_BEFORE = r"(?:par|chez)\s+(?:la\s+|le\s+|l[’'])?$"
DECIDER_AFTER = r"^\s+(?:a|ont)?\s*(?:confirmé|annoncé|décidé|officialisé|tranché|indiqué|mis\s+fin|renouvelé|annulé|arrêté|commandé)|^\s+(?:confirme|annonce|décide|officialise|met\s+fin|renouvelle|annule|arrête|commande)"
#: Clause boundaries inside a sentence (the cue and its series must share a clause,
#: unless the cue is an idiom or the series is the sentence topic).
CLAUSE_BREAKS = (r";", r"\|", r"\s[–—]\s", r",?\s+mais\s", r",?\s+tandis\s+que\s", r",?\s+alors\s+que\s",
                 r",\s+(?:et\s+)?(?:qui|dont)\s", r"\s:\s?", r"(?<=\w):\s")

#: Anaphors that stand for the series under discussion.
#: (a superlative is some other series: "la série la moins vue de Canal+")
ANAPHORS = (r"(?:la|cette)\s+(?:[\w’'-]+\s+){0,2}(?:série|fiction|sitcom|comédie|saga)(?!\s+(?:la|le|les)\s+(?:plus|moins))",
            r"(?:le|ce)\s+(?:[\w’'-]+\s+){0,2}(?:show|feuilleton|programme)(?!\s+(?:la|le|les)\s+(?:plus|moins))",
            r"elle", r"celle-ci")
POSSESSIVES = (r"son", r"sa", r"leur")
#: What links a noun cue to its complement ("l'annulation de la série"), with determiners.
COMPLEMENT = (r"de", r"du", r"des", r"d[’']", r"pour")
DETERMINERS = (r"la", r"le", r"les", r"l[’']", r"une", r"un", r"des", r"sa", r"son", r"leur", r"cette", r"ce")
#: An indefinite complement ("la fin d'une série") is some other show.
INDEFINITES = (r"un", r"une", r"des")
NON_SERIES_AFTER = (r"spin-?off", r"préquel(?:le)?", r"film", r"téléfilm", r"pilote", r"spécial", r"tournée", r"concert",
                    r"jeu\s+vidéo", r"podcast", r"livre", r"documentaire", r"long(?:-|\s)métrage")
NOT_CLAIMS = (r"commandée?s?\s+(?:en|pour\s+une)\s+série", r"(?:projet|pilote)\s+de\s+série")
#: Nouns that are not series: a cue about them is not a series claim.
NON_SERIES_TARGETS = (
    r"film", r"long(?:-|\s)métrage", r"concert", r"tournée", r"spectacle", r"festival", r"cérémonie",
    r"émission", r"jeu", r"match", r"salon", r"événement", r"sortie", r"projection", r"avant-première",
    r"diffusion\s+des\s+chaînes", r"vols?", r"épisode\s+(?:de|du)\s+(?:jeu|l[’']émission)", r"contrat", r"accord",
    r"basketteur", r"footballeur", r"joueur", r"joueuse", r"sportif", r"sportive", r"athlète",
    r"saison\s+(?:sportive|de\s+football|de\s+ligue)", r"(?:un|l[’']|cet|ce|son)\s*épisode", r"panel",
    r"bandes?-annonces?", r"soirée", r"conférence",
)
#: A target noun and its complement right before the title (see claims_en).
TARGET_LINKS = (r"de", r"du", r"des", r"d[’']", r"pour")
#: Words allowed between a series and its passive cue ("X est donc déjà annulée").
SUBJECT_FILLERS = (
    r"est", r"a", r"été", r"sera", r"seront", r"sont", r"ont", r"va", r"vont", r"être", r"bien", r"bel", r"et",
    r"donc", r"déjà", r"officiellement", r"finalement", r"définitivement", r"désormais", r"aussi", r"également",
    r"n[’']", r"ne", r"pas", r"plus", r"encore", r"toujours", r"jamais", r"la", r"série", r"saison", r"pour",
    r"de", r"d[’']", r"des", r"du", r"sa", r"son", r"leur", r"ses", r"y", r"qui", r"l[’']", r"le", r"les",
    r"se", r"s[’']", r"aura", r"auront", r"il", r"elle", r"en", r"vient", r"d[’']être", r"après", r"une",
    r"seule", r"au", r"bout", r"enfin", r"fait", r"officiel", r"sur", r"par", r"comédie", r"fiction", r"sitcom",
    r"feuilleton", r"saga", r"mini-?série", r"phare", r"culte", r"américaine", r"britannique", r"française",
)
#: "TF1 a annulé", "M6 avait renouvelé": a participle cue after these (not after "été") is an active verb.
PERFECT_AUX = (r"a", r"ont", r"avait", r"avaient", r"aura", r"auront")
#: Adverbs between the auxiliary and the participle ("a officiellement renouvelé").
PERFECT_ADVERBS = (r"officiellement", r"déjà", r"finalement", r"bien", r"aussi", r"également", r"donc", r"enfin",
                   r"définitivement", r"discrètement", r"purement", r"simplement")
#: Capitalised words that may stand between a cue and its series in running text (French writes
#: nationalities in lower case: only acronyms).
MODIFIERS = (r"BBC", r"ITV", r"HBO")
#: A network right after a cue and one of these is that cue's agent ("sauvée par Netflix", "annulée sur TF1").
AGENT_LINKS = (r"par", r"sur", r"chez")
#: Plural series nouns of a header over a list of titles ("Les séries annulées cette année :").
LIST_HEADERS = (r"séries", r"feuilletons", r"fictions", r"sitcoms")
