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

#: What a cue's pattern may hold between its words and the title inside it ("sort « X » du placard").
GAP = r"\S+(?:\s+\S+){0,6}?"
#: A season as a decision names it ("une saison 3", "une troisième saison", "deux saisons supplémentaires").
NEW_SEASON = (r"(?:{season}|nouvelle\s+saison|saison\s+supplémentaire|(?:{num})\s+(?:nouvelles\s+)?saisons(?:\s+supplémentaires)?|"
              r"nouveaux\s+épisodes|(?:{ord})\s+(?:salve|partie|volet|chapitre))")
#: Words after a "retour" cue that make it a premiere date, not a decision ("revient le 3 mars", "de retour ce soir").
PREMIERE_AFTER = (r"(?:le|dès\s+le|à\s+partir\s+du|ce|cet|cette|en|dès|à\s+la|au|début|fin|mi-)\s*(?:\d|lundi|mardi|mercredi|"
                  r"jeudi|vendredi|samedi|dimanche|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|"
                  r"novembre|décembre|printemps|été|automne|hiver|soir|semaine|mois|rentrée|année)|ce\s+soir|demain|"
                  r"bientôt|prochainement|sur\s+(?:nos|vos)\s+écrans|à\s+l[’']antenne\s+(?:le|dès|ce)")

CUES: tuple[tuple[str, str, str, float], ...] = (
    # ======== undecided: the text says no decision has been made yet
    ("undecided", "idiom", rf"(?:n{A}a\s+|n{A}ont\s+)?(?:pas|toujours\s+pas)\s+encore\s+(?:été\s+)?(?:officiellement\s+)?(?:{{p:renouveler}}|{{p:annuler}}|{{p:reconduire}}|{{p:prolonger}})", 0.85),
    ("undecided", "idiom", r"(?:son|leur)\s+(?:avenir|sort|futur)\s+(?:est|reste|demeure|semble)\s+(?:toujours\s+|encore\s+|plus\s+que\s+jamais\s+)?(?:incertain|en\s+suspens|flou|inconnu|suspendu|en\s+pointillés?|en\s+sursis|indécis|en\s+jeu)", 0.8),
    # the title inside the cue: "l'avenir de « X » reste incertain"
    ("undecided", "idiom", rf"(?:l{A}avenir|le\s+sort|le\s+futur|la\s+suite)\s+(?:de|d{A}|du|des)\s*" + GAP + r"\s+(?:est|reste|demeure|semble)\s+(?:toujours\s+|encore\s+)?(?:incertain|en\s+suspens|flou|inconnu|suspendu|en\s+pointillés?|indécis)", 0.8),
    ("undecided", "idiom", rf"n{A}(?:a|ont|avait|avaient)\s+(?:pas|toujours\s+pas|pas\s+encore|toujours\s+pas\s+encore|rien)\s+(?:encore\s+)?(?:pris\s+(?:de|sa|leur|aucune)\s+décision|tranché|statué|décidé|arrêté\s+(?:sa|leur)\s+décision)", 0.8),
    ("undecided", "idiom", rf"rien\s+n{A}(?:est|a\s+été)\s+(?:encore\s+|pour\s+l{A}instant\s+|pour\s+le\s+moment\s+)?(?:décidé|acté|tranché|fait|signé|officiel|arrêté)", 0.75),
    ("undecided", "idiom", rf"ne\s+(?:se\s+prononce|se\s+sont\s+pas\s+prononcés|s{A}est\s+pas\s+(?:encore\s+)?prononcée?|s{A}est\s+toujours\s+pas\s+prononcée?)|ne\s+se\s+prononce(?:nt)?\s+pas", 0.75),
    ("undecided", "idiom", r"(?:mise?s?|reste|restent|toujours|est|sont|placée?s?)?\s*en\s+(?:stand-by|standby|suspens|sursis|attente(?:\s+d[’']une\s+décision)?)", 0.75),
    ("undecided", "idiom", r"(?:mise?s?|reste|restent|est|sont)\s+en\s+pause", 0.6),
    ("undecided", "idiom", rf"(?:aucune|pas\s+(?:encore\s+)?de)\s+décision\s+(?:n{A}a\s+(?:encore\s+|pour\s+l{A}instant\s+)?été\s+prise|n{A}est\s+(?:encore\s+)?prise|pour\s+l{A}instant|pour\s+le\s+moment|(?:n{A}a\s+été\s+)?(?:encore\s+)?annoncée|officielle|définitive)", 0.8),
    ("undecided", "idiom", r"dans\s+le\s+flou\s+(?:le\s+plus\s+total\s+)?(?:quant\s+à|sur)\s+(?:son|l[’']avenir|la\s+suite)", 0.6),
    ("undecided", "idiom", rf"l{A}incertitude\s+(?:plane|demeure|règne)\s+(?:sur|autour)|point\s+d{A}interrogation|hésite(?:nt)?\s+(?:encore\s+)?(?:à|sur)", 0.6),
    ("undecided", "idiom", rf"(?:on\s+ne\s+sait\s+pas\s+(?:encore\s+)?si|reste\s+à\s+savoir\s+si)", 0.5),
    # ======== cancelled: idioms with a built-in negation
    ("cancelled", "idiom", rf"(?:il\s+)?n{A}(?:y\s+)?aura\s+(?:donc\s+|finalement\s+|jamais\s+)?(?:pas|plus|point)\s+(?:de|d{A})\s*(?:{{season}}|nouvelle\s+saison|suite)", 0.95),
    ("cancelled", "idiom", rf"ne\s+(?:verra|verront|connaîtra|connaîtront|connaitra|aura|auront)\s+(?:donc\s+|finalement\s+)?(?:pas|jamais|plus)\s+(?:de|d{A})\s*(?:{{season}}|nouvelle\s+saison|suite)", 0.85),
    ("cancelled", "idiom", rf"(?:pas|plus|aucune|point)\s+(?:de|d{A})\s*(?:{{season}}|nouvelle\s+saison|suite)", 0.85),
    ("cancelled", "idiom", rf"privée?s?\s+(?:de|d{A})\s*(?:{{season}}|suite)", 0.9),
    ("cancelled", "idiom", r"ne\s+reviendr(?:a|ont)\s+(?:pas|plus|jamais)", 0.85),
    ("cancelled", "idiom", rf"n{A}ira\s+pas\s+(?:plus\s+loin|au-delà)", 0.8),
    ("cancelled", "idiom", rf"(?:ne\s+(?:pas\s+)?poursuivr(?:e|a|ont)\s+pas|de\s+ne\s+pas\s+(?:poursuivre|prolonger|continuer|reconduire|renouveler|commander))", 0.85),
    ("cancelled", "idiom", rf"(?:ne\s+(?:pas\s+)?donner?a?\s+pas\s+suite|de\s+ne\s+pas\s+donner\s+suite)", 0.7),
    ("cancelled", "idiom", rf"c{A}(?:est|en\s+est)\s+(?:déjà\s+|bel\s+et\s+bien\s+|officiellement\s+|donc\s+)?(?:fini|terminé)\s+(?:pour|de|d{A})", 0.8),
    ("cancelled", "idiom", r"terminée?s?\s+pour\s+de\s+bon", 0.75),
    ("cancelled", "idiom", r"(?:passe(?:nt)?\s+|est\s+passée?\s+)?à\s+la\s+trappe", 0.8),
    ("cancelled", "passive", r"non\s+(?:{p:renouveler}|{p:reconduire}|{p:prolonger})", 0.9),
    ("cancelled", "idiom", rf"après\s+(?:avoir\s+été|son|leur|l{A})\s*(?:{{p:annuler}}|annulation|arrêt|{{p:arrêter}}|éviction|{{p:lâcher}}|{{p:déprogrammer}})", 0.8),
    ("cancelled", "idiom", rf"{{v:jeter}}\s+l{A}éponge", 0.8),
    ("cancelled", "idiom", rf"(?:le\s+)?couperet\s+(?:est\s+)?tombée?\s+(?:pour|sur)", 0.8),
    ("cancelled", "idiom", rf"victimes?\s+(?:de\s+ses|des|de\s+son|de\s+sa)\s+(?:mauvaises?\s+|faibles?\s+)?audiences?", 0.65),
    ("cancelled", "active", rf"{{v:tirer}}\s+un\s+trait\s+sur|{{v:tirer}}\s+le\s+rideau\s+sur|{{v:sonner}}\s+le\s+glas\s+(?:de|du|des|d{A})|{{v:signer}}\s+l{A}arrêt\s+de\s+mort\s+(?:de|du|des|d{A})", 0.85),
    ("cancelled", "active", rf"(?:{{v:mettre}}|{{v:ranger}})\s+au\s+placard|{{v:renoncer}}\s+(?:à|au|aux)|{{v:rayer}}\s+(?:de\s+sa\s+grille|de\s+la\s+grille)", 0.7),
    # ======== cancelled: verbs and nouns
    ("cancelled", "passive", r"{p:annuler}", 0.95),
    ("cancelled", "active", r"{a:annuler}", 0.9),
    ("cancelled", "noun", r"annulations?", 0.9),
    ("cancelled", "passive", r"(?:définitivement\s+)?(?:{p:arrêter}|{p:stopper}|{p:déprogrammer}|{p:débrancher})", 0.8),
    ("cancelled", "passive", r"(?:{p:enterrer}|{p:sacrifier}|{p:lâcher}|{p:évincer}|{p:abandonner}|{p:supprimer})", 0.6),
    ("cancelled", "active", r"(?:{a:arrêter}|{a:stopper}|{a:déprogrammer}|{a:débrancher}|{a:enterrer})(?!\s+(?:le\s+tournage|la\s+production|la\s+diffusion\s+(?:de\s+)?(?:l|un|d)))", 0.75),
    ("cancelled", "active", r"(?:{a:sacrifier}|{a:lâcher}|{a:abandonner})", 0.6),
    ("cancelled", "active", rf"(?:{{a:mettre}}|a\s+mis|ont\s+mis|avait\s+mis)\s+(?:un\s+terme|fin|un\s+point\s+final)\s+(?:à|au|aux)", 0.8),
    ("cancelled", "noun", r"éviction|déprogrammation", 0.6),
    # a series that stops: by its makers' choice with its last season named ("s'achèvera avec la saison 5"), else
    # a cancellation
    ("stop", "idiom", rf"{{v:s'arrêter}}|{{v:s'achever}}|{{v:se terminer}}", 0.7),
    ("stop", "idiom", r"(?:{v:prendre}|touchera|toucheront)\s+(?:à\s+sa\s+)?fin", 0.7),
    ("stop", "idiom", r"{v:tirer}\s+(?:sa|leur)\s+révérence|{v:tirer}\s+le\s+rideau(?!\s+sur)|{v:faire}\s+(?:ses|leurs)\s+adieux|{v:dire}\s+adieu", 0.75),
    ("stop", "idiom", rf"(?:bouclera|boucleront|conclura|concluront|clôturera|clôtureront|clora|achèvera|achèveront)(?:\s+(?:son|leur|l{A}|sa)\s*(?:récit|histoire|intrigue|aventure|saga|parcours|boucle))?", 0.8),
    ("stop", "idiom", rf"il\s+n{A}y\s+en\s+aura\s+(?:pas|plus|point)\s+d{A}autres?|ce\s+sera\s+(?:la\s+)?(?:fin|tout)", 0.75),
    ("stop", "idiom", rf"c{A}est\s+la\s+fin\s+(?:de\s+l{A}aventure\s+)?(?:pour|de|d{A}|du)|(?:la\s+)?fin\s+de\s+l{A}aventure\s+(?:pour|de|d{A}|du)|rideau\s+(?:pour|sur)", 0.7),
    ("stop", "noun", rf"(?:l{A}|son\s+|leur\s+)arrêt|(?:la\s+|sa\s+)?fin\s+programmée", 0.7),
    # "la fin de la série" is a decision only after a verb that states one (not "après la fin de la série",
    # "la fin de la série a divisé")
    ("stop", "idiom", rf"(?:{{v:annoncer}}|{{v:officialiser}}|{{v:acter}}|{{v:confirmer}}|{{v:signer}}|{{v:décider}}|{{v:sonner}})\s+la\s+fin\s+(?:de\s+la\s+série|d{A}|de|du|des)", 0.75),
    # ======== ending: a final season
    ("ending", "noun", r"(?:{ord}\s+et\s+)?(?:dernière|ultime)\s+saison", 0.8),
    # "la cinquième saison sera la dernière": the season is named before the cue
    ("ending", "idiom", r"(?:sera|est|seront|sont)\s+(?:la\s+|sa\s+|leur\s+|l[’'])(?:dernière|ultime)(?=\s*[.,;:!?»]|\s*$|\s+(?:saison|de|du|des|pour)\s)", 0.8),
    ("ending", "idiom", r",\s+la\s+dernière(?=\s*[.,;:!?»]|\s*$)", 0.8),
    ("ending", "noun", r"saison\s+finale|chapitre\s+final|(?:dernier|ultime)\s+chapitre|dernier\s+tour\s+de\s+piste|baroud\s+d[’']honneur", 0.65),
    ("ending", "idiom", r"clap\s+de\s+fin", 0.7),
    # ======== revived: back after a cancellation or an ending
    ("revived", "idiom", rf"(?:{{v:revenir}}|ressort|ressortent|{{v:faire}}\s+(?:son|leur)\s+(?:grand\s+)?retour|est\s+de\s+retour|sont\s+de\s+retour)\s+(?:\S+\s+){{0,5}}?après\s+(?:\S+\s+){{1,3}}(?:ans|années)(?:\s+d{A}(?:absence|interruption|attente))?", 0.75),
    ("revived", "idiom", rf"trouve(?:nt)?\s+(?:une\s+)?nouvelle\s+(?:maison|plate-?forme|chaîne|diffuseur)|trouve(?:nt)?\s+refuge|trouve(?:nt)?\s+preneur", 0.8),
    ("revived", "idiom", rf"{{v:renaître}}(?:\s+de\s+ses\s+cendres)?|revient\s+d{A}entre\s+les\s+morts|(?:seconde|deuxième|nouvelle)\s+vie", 0.75),
    ("revived", "idiom", rf"sort(?:ent)?\s+" + GAP + r"\s+du\s+placard|(?:est\s+)?sortie?s?\s+du\s+placard", 0.75),
    ("revived", "passive", r"(?:{p:ressusciter}|{p:repêcher}|{p:exhumer})|(?:{p:sauver}|{p:récupérer}|{p:relancer}|{p:reprendre}|{p:racheter})\s+par", 0.85),
    ("revived", "active", r"(?:{a:ressusciter}|{a:sauver}|{a:récupérer}|{a:repêcher}|{a:exhumer})", 0.75),
    ("revived", "active", r"{a:relancer}(?!\s+(?:la\s+machine|les\s+audiences|le\s+débat|la\s+polémique|la\s+rumeur|les\s+rumeurs|le\s+suspense))", 0.7),
    ("revived", "noun", r"(?:revival|résurrection)", 0.7),
    # ======== renewed: another season
    ("renewed", "idiom", r"(?:{v:avoir})\s+(?:bien\s+|finalement\s+|donc\s+)?(?:droit\s+à\s+)?une\s+(?:" + NEW_SEASON + r"|suite)", 0.85),
    ("renewed", "idiom", rf"(?:{{season}})\s+(?:de|d{A})\s*" + GAP + r"\s+(?:est|a\s+été)\s+(?:officiellement\s+|bel\s+et\s+bien\s+|déjà\s+)?(?:confirmée|commandée|officialisée|validée|actée|annoncée)", 0.85),
    ("renewed", "idiom", r"(?:{season})\s+(?:est\s+|a\s+été\s+|sont\s+|ont\s+été\s+)?(?:officiellement\s+|bel\s+et\s+bien\s+|déjà\s+)?(?:confirmée?s?|commandée?s?|officialisée?s?|validée?s?|actée?s?|annoncée?s?)", 0.9),
    ("renewed", "idiom", r"(?:{v:commander}|{v:confirmer}|{v:officialiser}|{v:valider}|{v:acter}|{v:annoncer})\s+(?:une|la|sa|leur|deux|trois|quatre)?\s*" + NEW_SEASON, 0.85),
    ("renewed", "idiom", rf"(?:{{v:décrocher}}|{{v:obtenir}}|{{v:signer}}\s+pour|{{v:repartir}}\s+pour|{{v:rempiler}}\s+pour|s{A}offre|s{A}offrent|est\s+assurée?\s+d{A}|{{v:arracher}}|{{v:gagner}}|{{v:empocher}})\s+(?:une|un|sa|leur|deux|trois)\s+" + NEW_SEASON, 0.85),
    ("renewed", "idiom", rf"(?:donne|donnent|a\s+donné|ont\s+donné|accorde|accordent|a\s+accordé)?\s*(?:son|leur|le)?\s*feu\s+vert\s+(?:pour|à)\s+(?:une|la|sa|un)\s+" + NEW_SEASON, 0.85),
    ("renewed", "idiom", r"(?:sera|seront)\s+de\s+retour\s+pour\s+une\s+(?:{season}|nouvelle\s+saison)", 0.65),
    ("renewed", "idiom", r"(?:{v:offrir}|{v:accorder}|{v:donner})\s+(?:une\s+)?" + NEW_SEASON, 0.8),
    ("renewed", "idiom", rf"(?:{{v:offrir}}|{{v:accorder}}|{{v:donner}})\s+(?:à\s+)?" + GAP + r"\s+une\s+" + NEW_SEASON, 0.8),
    # the complement inside the cue: "a confirmé la commande de nouveaux épisodes"
    ("renewed", "idiom", rf"commande\s+(?:de\s+nouveaux\s+épisodes|d{A}une\s+(?:nouvelle\s+saison|{{season}}|saison\s+supplémentaire))", 0.8),
    ("renewed", "idiom", rf"(?:se\s+poursuivra|se\s+poursuivront|continuera|continueront|repart|repartira)\s+(?:donc\s+|bien\s+)?(?:avec|pour)\s+une\s+" + NEW_SEASON + rf"|l{A}aventure\s+continue\s+pour|ce\s+n{A}est\s+pas\s+fini\s+pour", 0.75),
    ("renewed", "idiom", rf"saisons?\s+supplémentaires?", 0.75),
    ("renewed", "passive", r"{p:renouveler}", 0.95),
    ("renewed", "active", r"{a:renouveler}", 0.9),
    ("renewed", "noun", r"renouvellements?", 0.85),
    ("renewed", "passive", r"(?:{p:reconduire}|{v:rempiler})", 0.8),
    ("renewed", "passive", r"{p:prolonger}(?=\s+(?:pour|jusqu|d[’']une|de\s+(?:deux|trois|une)|par))", 0.85),
    ("renewed", "active", r"{a:prolonger}|{a:reconduire}", 0.8),
    # ======== back: a renewal, or a revival when the text speaks of a cancellation or an ending
    ("return", "idiom", rf"(?:{{v:revenir}}|est\s+de\s+retour|sont\s+de\s+retour|(?:sera|seront)\s+de\s+retour)\s+pour\s+(?:une|un|sa)\s+" + NEW_SEASON, 0.65),
    ("return", "idiom", rf"(?:reviennent|reviendra|reviendront|revient|(?:sera|seront|est|sont)\s+de\s+retour|{{v:faire}}\s+(?:son|leur)\s+(?:grand\s+)?retour)(?!\s+(?:sur|à|au|aux|dans|chez|en)\b|\s+(?:{PREMIERE_AFTER}))", 0.55),
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
#: Words that make a built-in negation provisional: "pas de saison 5 pour l'instant" is undecided.
PENDING = (r"encore", r"toujours\s+pas", r"pour\s+l[’']instant", r"pour\s+le\s+moment", r"pour\s+l[’']heure",
           r"à\s+ce\s+stade", r"jusqu[’']à\s+nouvel\s+ordre", r"pas\s+(?:encore\s+)?(?:de\s+)?décision", r"rien\s+décidé")
#: A cue spelled in the conditional is hearsay ("TF1 annulerait la série").
CONDITIONAL = r"\w(?:er|ir|r)ai(?:t|ent)\b"
#: Words that make a "retour" cue a revival: the series had been cancelled or had ended.
REVIVAL_CONTEXT = (r"annul\w*", r"arrêtée?s?", r"arrêt", r"revival", r"ressusc\w*", r"sauvée?s?", r"absence", r"interruption",
                   r"(?:ans|années)\s+(?:après|plus\s+tard)", r"après\s+(?:\S+\s+){1,2}(?:ans|années)", r"fin\s+de\s+la\s+série",
                   r"s[’']était\s+(?:arrêtée|achevée|terminée)", r"terminée\s+en\s+\d{4}", r"reboot", r"dernière\s+saison\s+(?:avait|remonte)")
#: Words whose negation makes a denial ("dément l'annulation").
DENIAL = (r"dément\w*", r"démenti\w*", r"contrairement\s+aux\s+rumeurs", r"faux", r"infirm\w*")
#: Questions whose answer presupposes the decision ("Pourquoi X a été annulée ?").
PRESUPPOSING_QUESTIONS = (r"pourquoi", r"comment\s+expliquer", r"comment")

#: Rumour words that are an undecided cue's own question ("n'a pas décidé si la série continuerait").
OPEN_QUESTION = (r"si\s+(?:la|le|les)", r"si")
#: Time words right after a stop: a finale airs, nothing is decided ("s'achève ce soir").
BROADCAST_AFTER = (r"ce\s+soir", r"demain", r"cette\s+semaine", r"(?:ce|cet)\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|après-midi|week-end)",
                   r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\s+soir)?")
#: After a cue: the series comes back as something else ("va renaître sous la forme d'un film"): no series claim.
NON_SERIES_FORM = (r"sous\s+(?:la\s+)?forme\s+d[’']\s*(?:un|une)\s+(?:[\w-]+\s+){0,2}(?:films?|long(?:-|\s)métrage|téléfilm|podcast|spectacle|jeu\s+vidéo|livre)",
                   r"(?:en|au)\s+(?:film|long(?:-|\s)métrage|cinéma)")
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
#: People of a series: "the creators of X return", "les créateurs de X reviennent" say nothing of X's future.
PEOPLE_OF = (r"créat(?:eur|rice)s?", r"showrunn(?:er|euse)s?", r"acteurs?", r"actrices?", r"stars?", r"héro(?:s|ïnes?)",
             r"casting", r"équipe", r"scénaristes?", r"réalisat(?:eur|rice)s?", r"auteurs?", r"autrices?", r"producteurs?",
             r"productrices?", r"interprètes?")
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
    # prédicats coordonnés : « X », annulée par ABC, puis récupérée par Netflix
    r"puis", r"ensuite", r"aussitôt", r"rapidement", r"quelques", r"jours", r"semaines", r"mois", r"ans", r"mais",
    r"toutes?", r"tous", r"deux",
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
#: Function words too frequent to be a cue's prefilter trigger (see :mod:`pipeline.nlp.triggers`).
COMMON_WORDS = ("les", "des", "une", "est", "pour", "par", "sur", "dans", "avec", "pas", "plus", "son", "sa", "ses",
                "leur", "leurs", "aux", "qui", "que", "elle", "ils", "elles", "après", "avant", "été", "être",
                "encore", "sont", "ont", "mais", "cette", "ces", "tout", "toute", "nouvelle", "nouveau", "saison",
                "saisons", "série", "séries", "fin", "entre", "sans", "sera", "avait", "fait", "bien", "déjà")
#: Cue words a person can be the subject of too ("Dana Whitfield returns for season 4", "rempile pour une saison"):
#: the capitalised subject of such a cue is no title when it looks like a person's name.
PERSON_SUBJECT_CUES = ("rempil", "revien", "retour", "sign", "décroch", "obtien", "adieu", "révérence", "quitt", "repart",
                       "jette", "s[’']offre", "renonce")
