"""French cues for people, their roles and the characters they play.

Every value is a regular-expression fragment matched case-insensitively on
the text around a name; ``pipeline.nlp.people`` compiles them once per
language. Role names are the record's ``RoleName`` values.
"""

from __future__ import annotations

#: Role nouns (singular; a plural ``s``/``x`` is accepted) → role.
ROLE_NOUNS: dict[str, str] = {
    r"co-?créat(?:eur|rice)": "creator",
    r"créat(?:eur|rice)": "creator",
    r"show-?runn(?:er|euse)": "showrunner",
    r"product(?:eur|rice) exécuti(?:f|ve)": "executive_producer",
    r"product(?:eur|rice)": "producer",
    r"compositeur|compositrice": "composer",
    r"réalisat(?:eur|rice)|metteu(?:r|se) en scène": "director",
    r"scénariste|auteur de la série|autrice de la série": "writer",
    r"acteur|actrice|comédien(?:ne)?|interprète|star|vedette|voix française|co-?vedette|partenaire": "actor",
    r"journaliste|rédact(?:eur|rice)(?: en chef)?|chroniqueu(?:r|se)|éditorialiste|critique|envoyée? spéciale?|correspondante?": "journalist",
    r"animat(?:eur|rice)|présentat(?:eur|rice)|chanteu(?:r|se)|musicien(?:ne)?|rappeu(?:r|se)|humoriste|"
    r"président(?:e)?|pdg|patron(?:ne)?|dirigeante?|direct(?:eur|rice) (?:des programmes|général(?:e)?|de la fiction)|"
    r"ministre|député(?:e)?|écrivain(?:e)?|romanci(?:er|ère)|auteure?|autrice|photographe|cinéaste|dessinat(?:eur|rice)|"
    r"basketteur|footballeur|quarterback|tennisman|athlète|joueu(?:r|se)|sportif|sportive|historien(?:ne)?|producteur de musique": "other",
}

#: Passive or prepositional cues written right before a name ("créée par X") → role.
AGENT_CUES: dict[str, str] = {
    r"(?:co-?)?cré(?:é|ée|és|ées) par|imaginée? par|conçue? par|signée? par|de et avec": "creator",
    r"(?:série|fiction|websérie|mini-?série|sitcom|comédie|saga|anthologie|docu-?série)"
    r"(?: (?!(?:inspiré|adapté|tiré|basé|issu|dérivé)e?s?\b)\w+){0,2}? (?:de|d['’])": "creator",
    r"réalisée? par|mise? en scène par|filmée? par": "director",
    r"produite? par|produit par": "producer",
    r"écrite? par|scénarisée? par": "writer",
    r"musique (?:de|signée)|composée? par|bande originale (?:de|signée)": "composer",
    r"incarnée? par|interprétée? par|jouée? par|campée? par|doublée? par|avec dans le rôle principal|"
    r"(?:qui )?(?:met|mettent|mettant) en scène|réunit|réunissait|réunira|rassemble|rassemblait|au casting(?: \w+){0,3}? (?:comme|avec)|"
    r"au générique(?: \w+){0,3}? (?:comme|avec)": "actor",
    r"présentée? par|animée? par": "other",
    # the author of the source work, not of the series
    r"(?:inspirée?s?|adaptée?s?|tirée?s?|d['’]après)(?: (?:de|du|des|d['’]))?(?: (?:l['’]œuvre|l['’]univers|"
    r"les romans|le roman|la bande dessinée|l['’]histoire))?(?: (?:de|d['’]))?": "other",
}

#: Verbs right after a name → role ("X incarne ...", "X rejoint ...", "X signe le scénario").
VERB_ROLES: dict[str, str] = {
    r"incarne|incarnait|incarnera|joue|jouait|jouera|interprète|interprétait|rejoint|rejoignent|reprend|"
    r"reprendra|retrouve son rôle|tient le rôle|prête sa voix|double|revient dans|est de retour dans|"
    r"renfilent|renfile|s['’]illustre|illumine|sera à l['’]affiche|partage l['’]affiche": "actor",
    r"signe|signent|a créé|ont créé|crée|créent|a imaginé|ont imaginé|imagine|imaginent": "creator",
}

#: "avec X" is an actor cue only after a series noun or a series title.
WITH_WORDS = r"(?:avec|aux côtés de)(?: (?:également|aussi|notamment|entre autres))?"
SERIES_NOUNS = (
    r"série|séries|show|sitcom|feuilleton|fiction|mini-?série|reboot|remake|spin-?off|saison|épisode|casting|"
    r"comédie|drame|thriller"
)

#: Between two names of one list ("A, B ou encore C").
LIST_SEPARATORS = r",|et|ou|ou encore|ainsi que|&|/"

#: After an actor: the character follows ("X incarne Y", "X dans le rôle de Y").
CHARACTER_AFTER = (
    r"(?:,\s*)?(?:qui\s+)?(?:incarne|incarnait|incarnera|interprète|interprétait|joue|jouait|jouera|"
    r"campe|campait|double|doublait|prête sa voix à|reprend le rôle de|retrouve le rôle de)|"
    r"(?:,\s*)?(?:(?:toujours|encore|aussi|également|déjà|de nouveau|désormais) )?(?:dans|pour) (?:le|son) rôle (?:de|d['’])|"
    r"(?:,\s*)?(?:connue? pour (?:avoir joué|avoir incarné|son rôle de|le rôle de)|"
    r"qui a (?:joué|incarné|interprété)|qui avait (?:joué|incarné|interprété)|"
    r"(?:la |le )?voix (?:française |québécoise )?(?:de|d['’]))|"
    r"(?:(?:qui|elle|il) )?(?:avait |a |aura |va )?(?:incarné|interprété|joué|campé|doublé|incarner|interpréter|jouer)"
)

#: Verbs whose object is a character, whoever the subject ("elle avait joué la si rêveuse Ada Frey").
CHARACTER_OBJECT = (
    r"incarne|incarnait|incarnera|incarner|incarné|incarnant|interprète|interprétait|interprété|interpréter|"
    r"interprétant|campe|campait|campé|camper|joue|jouait|joué|jouer|jouant|double|doublait|doublé|prête sa voix à|"
    r"reprend le rôle de|reprendre le rôle de"
)

#: After a name: another name for the same person ("Paul Mercier, alias Pulsar").
ALIAS = r"(?:,\s*)?(?:alias|dite?|surnommée?|de son vrai nom)"

#: Before a lone surname: a family, not a person ("les frères Castel", "la famille Morvan").
FAMILY = r"(?:frères|sœurs|soeurs|famille|clan|époux|couple)"

#: The character is the name right after these words, with or without an actor ("le personnage de Carol").
CHARACTER_MARKERS = r"(?:le |du |au )?personnage (?:de |d['’])|(?:le |son )?rôle (?:de |d['’])|(?:l['’]|son )?héroïne,?|(?:l['’]|son )?héros,?"

#: Before an actor: "Y, incarné par X".
CHARACTER_BEFORE = r"\s*,?\s*(?:incarnée?|interprétée?|jouée?|campée?|doublée?) par\s*$"

#: Words the character phrase may skip before the name ("la si rêveuse Ada Frey").
CHARACTER_FILLERS = (r"(?:l['’]|la|le|les|un|une|de|très|et|parfois|jeune|vieux|vieil|vieille|petite?|grande?|"
                     r"[a-zà-ÿ]+(?:e|é|ée|if|ive|al|ale|eux|euse|ain|aine|ique|ant|ante|ent|ente)s?)")

#: A sentence whose subject is a role noun phrase refers back to the last person ("La comédienne incarne Y").
ANAPHORA = r"(?:l['’]|la|le|cette|cet|ce)\s*(?:\w+\s+){0,2}?(?:actrice|acteur|comédienne|comédien|interprète|star)(?:\s+\w+){0,2}"

#: Written in a byline before the journalist's name.
BYLINE = r"(?:par|de notre (?:envoyée?|correspondante?)(?: spéciale?)?(?: à \w+)?)"

#: Honorifics kept in names as written but not counted as a first name.
HONORIFICS = r"m\.|mme|mlle|dr|me|mgr"

#: Single words that never make a name a person (awards, festivals, organisations).
NOT_PERSON_WORDS = frozenset({
    "girl", "girls", "boys", "guys", "comedy", "drama", "anime", "sitcom", "show", "movie", "film", "documentary",
    "docuseries", "miniseries", "soap", "reality", "news", "live", "twitter", "instagram", "facebook", "tiktok",
    "hollywood", "role", "roles", "rôle", "rôles", "part", "cast", "casting",
    "awards", "award", "globes", "globe", "emmy", "emmys", "oscars", "césar", "césars", "festival", "tv", "télé", "club",
    "studio", "studios", "productions", "production", "records", "entertainment", "groupe", "group", "inc", "sa",
    "mania", "académie", "academy", "fondation", "association", "théâtre", "opéra", "ministère", "gouvernement",
    "streaming", "netflix", "frères", "sœurs", "brothers", "sisters", "série", "séries", "saison", "épisode", "podcast", "bande-annonce", "covid-19", "covid",
    # adjectives that open a sentence in capitals ("Bonne nouvelle pour les fans")
    "bonne", "bonnes", "mauvaise", "mauvaises", "grande", "grandes", "petite", "belle", "nouvelle", "nouvelles", "dernière",
    "première", "énorme", "triste", "drôle", "coup", "gros", "grosse", "vraie", "fausse", "quelle", "quel",
})

#: Words that end a name in a title or a caseless text ("Hugo Tessier explique"): reporting verbs and
#: function words spaCy does not count as stop words.
NAME_BREAKERS = frozenset("""
explique expliquent raconte racontent annonce annoncent confie confient révèle révèlent dévoile dévoilent répond
répondent réagit réagissent tacle taclent dénonce dénoncent défend défendent évoque évoquent parle parlent signe
confirme confirment déclare déclarent affirme affirment estime estiment regrette regrettent quitte quittent
rejoint rejoignent s'explique revient reviennent rend rendent lance lancent présente présentent
selon via malgré face contre chez depuis pendant lors dès nouveau nouvelle ancien ancienne
""".split())

#: Lower-case name particles kept inside names ("Marc de la Roche", "Hans van Dijk").
PARTICLES = frozenset({"de", "du", "des", "d'", "d’", "van", "von", "der", "den", "di", "da", "del", "della", "la", "le", "bin", "al", "el"})

#: A surname standing for a person already named: "{name}" is the surname.
SURNAME_REFERENCE = (r"(?<![\w-])(?:(?:m\.|mme|mlle)\s+{name}|{name}\s+(?:a déclaré|a expliqué|a ajouté|explique|ajoute|"
                     r"déclare|raconte|confie|précise|affirme))(?![\w-])")
