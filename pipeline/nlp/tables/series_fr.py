"""French words for finding series titles, seasons and aliases.

Patterns are regular expressions matched case-insensitively unless the name
says otherwise; ``{num}`` and ``{ord}`` expand to :data:`NUMBERS` and
:data:`ORDINALS`.
"""

from __future__ import annotations

A = "[’']"

NUMBERS: dict[str, int] = {
    "un": 1, "une": 1, "une seule": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
    "seize": 16, "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19, "vingt": 20,
}
ORDINALS: dict[str, int] = {
    "première": 1, "premier": 1, "1re": 1, "1ère": 1, "deuxième": 2, "seconde": 2, "second": 2, "2e": 2,
    "2ème": 2, "2nde": 2, "troisième": 3, "3e": 3, "3ème": 3, "quatrième": 4, "4e": 4, "4ème": 4,
    "cinquième": 5, "5e": 5, "5ème": 5, "sixième": 6, "6e": 6, "6ème": 6, "septième": 7, "7e": 7, "7ème": 7,
    "huitième": 8, "8e": 8, "8ème": 8, "neuvième": 9, "9e": 9, "9ème": 9, "dixième": 10, "10e": 10,
    "10ème": 10, "onzième": 11, "douzième": 12, "treizième": 13, "quatorzième": 14, "quinzième": 15,
    "seizième": 16, "dix-septième": 17, "dix-huitième": 18, "dix-neuvième": 19, "vingtième": 20,
}

#: Season expressions. ``target`` names the season itself ("saison 3", "troisième saison");
#: ``count`` counts seasons already made ("après deux saisons"); ``last`` names the last
#: one made ("à l'issue de la saison 5"). Named groups: ``n`` (number) or ``o`` (ordinal).
SEASONS: tuple[tuple[str, str], ...] = (
    # "avec une sixième saison", "avec sa cinquième partie" (a season split in parts is named by its parts)
    ("last", rf"(?:à\s+l{A}issue\s+de|au\s+terme\s+de|avec|après|au-delà\s+de)\s+(?:la|sa|leur|une)\s+(?:saison\s+(?P<n>{{num}})|(?P<o>{{ord}})\s+(?:et\s+dernière\s+)?(?:saison|partie))"),
    ("count", rf"(?:après|au\s+bout\s+d[e’']|à\s+l{A}issue\s+d[e’']|au\s+terme\s+d[e’']|en)\s*(?:seulement\s+|à\s+peine\s+)?(?P<n>{{num}})\s+(?:seule\s+)?saisons?"),
    ("target", r"(?P<o>{ord})\s+(?:et\s+(?:dernière|ultime)\s+)?saison"),
    ("target", r"saisons?\s+(?P<n>{num})(?!\s*(?:épisodes?|ans|années))"),
)
#: How a season is named next to a title ("Port Sauvage saison 3").
SEASON_WORD = r"saisons?"
#: Lower-case stems of every season expression (cheap test before the season patterns run).
SEASON_STEMS = ("saison",)
#: Lower-case strings each anchor pattern needs (see series_en).
PRECEDER_STEMS = (" de", " d’", " d'")
FOLLOWER_STEMS = ()
INTRO_STEMS = ("série", "feuilleton", "sitcom", "saga", "fiction", "show", "anime", "dessin", "comédie", "dramédie",
               "thriller", "drame", "docu")
COPULA_STEMS = (" est ", " était ")
POSSESSIVE_SEASON = ""
#: A season named in a cue ("aucune saison 4", "une troisième saison").
SEASON_EXPR = r"(?:saison\s+{num}|{ord}\s+saison)"
#: Counted (case-sensitive) to tell a text about series from one about films or shows that are not
#: series: a quoted name in a text with only the latter is not a series.
SERIES_WORDS = (r"séries?(?!\s+B\b)(?!\s+d[e’']\s*[a-zé])", r"feuilletons?", r"sitcoms?", r"showrunners?",
                r"mini-?séries?", r"webséries?", r"fictions?")
OTHER_WORDS = (r"films?", r"long(?:-|\s)métrages?", r"émissions?", r"télé-?réalités?", r"talk-?shows?",
               r"jeux?\s+télévisés?", r"téléfilms?", r"documentaires?(?!\s+en\s+\w+\s+épisodes)", r"concerts?",
               r"tournées?", r"romans?", r"albums?", r"animateur", r"animatrice", r"présentateur", r"présentatrice",
               r"photographes?", r"photographies?", r"galeries?", r"expositions?", r"théâtre", r"pièces?", r"opéras?",
               r"radio", r"podcasts?", r"livres?", r"conférences?", r"chansons?")
#: Bare determiners right before a quote: "les « Années folles »", "la « Golden Age »" are rarely titles.
BEFORE_WEAK = (r"les", r"la", r"aux", r"une", r"un")
#: A title ending like this is not a series.
NON_SERIES_TITLE = ()
#: Words that show a text is about series at all.
SERIES_VOCAB = (r"séries?", r"saisons?", r"épisodes?", r"feuilletons?", r"sitcoms?", r"showrunner", r"mini-?séries?",
                r"revival", r"reboot", r"spin-?off")

#: Nouns that introduce a title: "la série X", "le feuilleton X".
SERIES_NOUNS = (
    r"série", r"séries", r"mini-?série", r"feuilleton", r"sitcom", r"saga", r"fiction", r"show",
    r"série\s+télévisée", r"série\s+documentaire", r"docu-?série", r"anime", r"dessin\s+animé",
    r"série\s+d[’']animation", r"comédie", r"dramédie", r"thriller", r"drame",
)
#: Context right before a quoted title that makes it a series.
BEFORE_SERIES = (
    r"(?:la|une|cette|sa|leur|nouvelle|de\s+la|dans\s+la)\s+(?:\w+\s+)?(?:série|mini-?série|sitcom|fiction|saga)(?:\s+\w+){0,2}",
    r"(?:le|du|ce)\s+(?:\w+\s+)?(?:feuilleton|show|programme)",
    r"(?:saison|épisode|épisodes|fin|retour|finale)\s+(?:[\w’']+\s+){0,2}(?:de|d[’']|du)",
    rf"(?:saison\s+\d+|{{ord}}\s+saison|dernière\s+saison|épisodes?|créateur|créatrice|showrunner|scénariste|star|héros|héroïne|casting|fans|personnage|acteurs?|actrices?|suite|retour|reboot|revival|préquel(?:le)?|spin-off|final)\s+(?:de|d{A}|du|des)",
    r"(?:annule|annulation\s+de|renouvelle|renouvellement\s+de|arrêt\s+de|arrête|ressuscit\w*|relance\w*)(?:\s+(?:les|la|le|l[’']))?",
    rf"(?:saison\s+\d+|{{ord}}\s+saison)\s+pour",
)
#: Context right after a title that makes it a series.
AFTER_SERIES = (
    r",?\s*(?:saisons?\s+\d|saison\s+{ord}|\(\s*saison)",
    r"\s+(?:est|a\s+été|sera)\s+(?:annulée|renouvelée|arrêtée)",
    r"\s+(?:annulée|renouvelée|rempile|arrêtée|revient|saison)",
    r"\s*\((?:«|saison|en\s+VF|VF)",
)
#: Weaker context after a title: where it airs (films and shows air too).
AFTER_WEAK = (r",?\s+(?:sur|diffusée?\s+sur|disponible\s+sur)\s+(?:[A-Z0-9]|la\s+plate-?forme)",)
#: Context that makes a quoted name something other than a series.
BEFORE_OTHER = (
    r"(?:le|du|un|au|ce|son|leur|nouveau|dernier)\s+(?:\w+\s+)?(?:film|long(?:-|\s)métrage|court(?:-|\s)métrage|documentaire|téléfilm|biopic|blockbuster)(?:\s+\w+){0,2}",
    r"(?:l[’']|une|cette|son|leur)\s*(?:\w+\s+)?(?:émission|album|chanson|single|tournée|pièce|opération|exposition|podcast|application|pièce\s+de\s+théâtre|comédie\s+musicale)(?:\s+[\w’']+){0,4}",
    r"(?:le|du|au|un|ce)\s+(?:\w+\s+)?(?:livre|roman|jeu|jeu\s+vidéo|magazine|journal|quotidien|hebdomadaire|concours|spectacle|festival|talk-?show|jeu\s+télévisé|télé-?crochet|divertissement)(?:\s+\w+){0,2}",
    r"(?:la|une|de\s+la)\s+(?:\w+\s+)?(?:bande\s+dessinée|BD|télé-?réalité|saga\s+cinématographique|franchise\s+cinématographique|trilogie)(?:\s+\w+){0,2}",
    r"(?:journaliste|éditorialiste|chroniqueur|chroniqueuse|critique|correspondant|correspondante|rédaction)\s+(?:au|du|à)",
    r"(?:l[’']univers|la\s+franchise|la\s+famille|le\s+monde)\s+(?:de\s+|d[’'])?",
    # "journaliste au « Monde »": a newspaper ("à « X »" is too often a verb's object: "met fin à « X »")
    r"au",
)
#: A verb of saying after a quotation of four words or more: speech ("« … », confie l'actrice").
SPEECH_AFTER = r"\s*,\s+(?:confie|dit|explique|raconte|affirme|déclare|assure|souligne|ajoute|estime|résume|reconnaît|lance|précise|admet|avoue|insiste|prévient|répond)\b"
AFTER_OTHER = (
    r",?\s+(?:le\s+film|un\s+film|film|long(?:-|\s)métrage|l[’']émission|émission|l[’']album|album|la\s+chanson|le\s+livre|le\s+roman|la\s+pièce)\b",
    r",?\s+(?:au\s+cinéma|en\s+salles?|dans\s+les\s+salles)",
    r"\s*:\s*(?:\w+\s+){0,2}(?:l[’']émission|le\s+film|la\s+télé-?réalité|le\s+talk-?show|le\s+jeu|le\s+documentaire)",
    r"\s+(?:va\s+être\s+|sera\s+|est\s+)?(?:déclinée?|adaptée?|transposée?)\s+en\s+série",
    # radio stations: their "séries" are radio drama
    r",?\s+sur\s+(?:France\s+(?:Inter|Culture|Musique|Bleu|Info)|RTL|Europe\s*1|RMC|Radio\s+France|Fip|Mouv)\b",
)
#: Quoted speech, not a title: first/second-person words, or a verb-led clause.
SPEECH = (
    r"je", r"j[’']", r"me", r"m[’']", r"moi", r"tu", r"nous", r"vous", r"on", r"c[’']est", r"il\s+y\s+a", r"est", r"sont", r"ai",
    r"avons", r"avez", r"ont", r"était", r"serait", r"sera", r"faut", r"peut", r"veut", r"si", r"ce\s+que",
    r"qu[’']", r"moi", r"toi", r"cela", r"ça",
)
#: Possessives mark speech only in long quotations: « Mon voisin le héros » is a title.
SPEECH_POSSESSIVES = (r"mon", r"ma", r"mes", r"notre", r"votre", r"nos", r"vos")

#: Lower-case words allowed inside an unquoted title ("Demain nous appartient" is the kind of exception French
#: style makes: unquoted titles are capitalised runs).
TITLE_CONNECTORS = (r"de", r"du", r"des", r"la", r"le", r"les", r"et", r"à", r"en", r"d[’']", r"l[’']", r"&", r"of", r"the", r"and")
#: Capitalised articles that open a title ("Les Rivages"): a run keeps them and stops there.
ARTICLES = ("La", "Le", "Les", "L’", "L'")
#: Capitalised connectors a headline-case run may cross.
CAPITAL_CONNECTORS = ("Et", "De", "Du", "Des", "&")
#: Capitalised words that never start an unquoted title.
NOT_TITLES = (
    r"la", r"le", r"les", r"un", r"une", r"des", r"ce", r"cette", r"a", r"à", r"il", r"elle", r"ils", r"elles", r"on",
    r"après", r"avant", r"selon", r"pour", r"par", r"dans", r"avec", r"sans", r"sur", r"en", r"au", r"aux",
    r"et", r"mais", r"ou", r"donc", r"or", r"ni", r"car", r"malgré", r"depuis", r"pendant", r"quand",
    r"lorsque", r"si", r"comme", r"pourquoi", r"comment", r"qui", r"que", r"quoi", r"où", r"c[’']est",
    r"séries?", r"saisons?", r"épisodes?", r"pause", r"exclusif", r"exclu", r"vidéo", r"photos?",
    r"bande-annonce", r"interview", r"critique", r"netflix", r"tendances", r"mots\s+clés", r"publicité",
    r"janvier", r"février", r"mars", r"avril", r"mai", r"juin", r"juillet", r"août", r"septembre",
    r"octobre", r"novembre", r"décembre", r"lundi", r"mardi", r"mercredi", r"jeudi", r"vendredi",
    r"samedi", r"dimanche", r"france", r"paris", r"hollywood", r"voici", r"voilà", r"alors", r"enfin",
    r"ensuite", r"puis", r"aujourd[’']hui", r"demain", r"hier", r"cinéma", r"télé", r"tv",
)
#: Words that may sit inside a title but not at its edges.
EDGE_WORDS = (r"nouvelle", r"nouveau", r"premier", r"première")
VERB_SHAPES = ()
#: Trailing genre words that are not part of a title ("Harbor Lights Anime").
GENRE_SUFFIXES = (r"série", r"saison", r"anime", r"reboot", r"revival")
#: Words right after a capitalised run that make it a title (people and roles of a series).
TITLE_FOLLOWERS = ()
#: Words allowed between a series and its passive cue ("X est donc déjà annulée", "X n'a pas été renouvelée").
SUBJECT_AUX = (r"est", r"a", r"été", r"sera", r"seront", r"sont", r"ont", r"va", r"vont", r"être", r"bien", r"bel",
               r"et", r"donc", r"déjà", r"officiellement", r"finalement", r"définitivement", r"désormais",
               r"aussi", r"également", r"n[’']", r"ne", r"pas", r"plus", r"encore", r"toujours", r"jamais",
               r"vient", r"d[’']être", r"enfin", r"n[’']a", r"n[’']est", r"se", r"s[’']")
#: "<role> de X": a capitalised run after these is a title.
SEASON_PRECEDERS = (rf"(?:la\s+)?(?:saison\s+\d+|{{ord}}\s+saison|dernière\s+saison|ultime\s+saison)\s+(?:de|d{A})",)
TITLE_PRECEDERS = (
    rf"(?:créateur|créatrice|showrunner|star|stars|héros|héroïne|casting|acteurs?|actrices?|fans)\s+(?:de|d{A})",
    rf"(?:la\s+fin|le\s+retour|l{A}annulation|le\s+renouvellement|l{A}arrêt)\s+(?:de|d{A})",
    rf"(?:reboot|remake|spin-off|préquel(?:le)?|suite|adaptation)\s+(?:de|d{A})",
)
#: Trailing words that are not part of a quoted title ("Port Sauvage saison 3").
TITLE_TAILS = (r"[\s,:]+saison\s+\d{1,2}",)
#: Characters are introduced by these; what follows is not a series.
CHARACTER_CUES = (r"incarne", r"interprète", r"joue", r"le\s+rôle\s+de", r"personnage\s+de", r"dans\s+le\s+rôle\s+de")

#: Aliases given in the text: "Paper Kingdom (« Le Royaume de papier » en VF)".
ALIASES = (
    r"\(\s*(?:«\s*)?(?P<alias>[^()«»]{2,60}?)(?:\s*»)?\s+en\s+(?:VF|version\s+française|français|France|VO|version\s+originale)\s*\)",
    r"\(\s*(?:titre\s+original|en\s+VO|VO|alias|aka)\s*:?\s*(?:«\s*)?(?P<alias>[^()«»]{2,60}?)(?:\s*»)?\s*\)",
    r"\(\s*«\s*(?P<alias>[^()«»]{2,60}?)\s*»\s*\)",
    r",?\s+(?:alias|aussi\s+appelée?|connue?\s+sous\s+le\s+nom\s+de|rebaptisée?)\s+«\s*(?P<alias>[^«»]{2,60}?)\s*»",
)
#: Words before a network that make it the series' network ("diffusée sur Netflix", "annulée par TF1").
NETWORK_LINKS = (r"sur", r"par", r"chez", r"pour", r"de", r"diffusée?\s+sur", r"disponible\s+sur", r"produite?\s+par",
                 r"la\s+plate-?forme", r"la\s+chaîne", r"en\s+ligne\s+sur")
#: A list of titles after a plural series noun and a colon: "Les séries annulées : Brumes, Port Sauvage et Marée haute".
LIST_INTRO = r"(?:séries|feuilletons|sitcoms|fictions)(?:\s+[\w’'-]+){0,3}\s*:\s*"
LIST_SEPARATORS = r"\s*(?:,|\bet\b|&)\s*"
#: "X est une série …": a copula and a series noun after a capitalised run.
COPULA_SERIES = r"\s+(?:est|était)\s+(?:désormais\s+|aussi\s+)?(?:une|la|un|le)\s+(?:[\w’'-]+\s+){0,5}?(?:série|feuilleton|sitcom|mini-?série)\b"
#: Episode counts ("dix épisodes", "10 épisodes").
EPISODES = r"(?P<n>{num})\s+épisodes"
#: Words that make a capitalised run before a colon a rubric ("Audiences TV : …", "Programme TV : …"), not a title.
RUBRICS = (r"audiences?", r"programmes?", r"replay", r"exclu(?:sif|sive)?", r"vidéos?", r"critiques?", r"interviews?",
           r"info", r"infos", r"alerte", r"direct", r"séries?", r"télé", r"tv", r"people", r"cinéma", r"streaming",
           r"récap", r"actu", r"actus", r"box-office", r"bande-annonce", r"casting", r"tournage", r"rumeurs?")
#: Phrases that call the title next to them a non-scripted show or a film (no series, RULES rule 7).
NON_SCRIPTED = (
    r"émissions?", r"télé-?réalités?", r"jeux?\s+(?:télévisés?|tv)", r"(?:le|du|au|un|son)\s+jeu(?=\s*[«“\"])",
    r"talk-?shows?", r"concours(?:\s+(?:culinaire|de\s+\w+|de\s+chant))?", r"divertissements?", r"télé-?crochets?",
    r"(?:animée?|présentée?)\s+par", r"magazines?", r"films?", r"long(?:-|\s)métrages?", r"au\s+cinéma", r"en\s+salles?",
    r"podcasts?", r"spectacles?",
)
#: Scripted genre words: nearer to a title than a NON_SCRIPTED phrase, they speak for it.
SCRIPTED = (r"séries?", r"mini-?séries?", r"fictions?", r"feuilletons?", r"sitcoms?", r"comédies?(?!\s+musicales?)",
            r"drames?", r"polars?", r"thrillers?", r"sagas?", r"dessins?\s+animés?", r"docu-?séries?")
#: French titles are written in sentence case ("Chemins de traverse"): no Title Case test.
TITLE_CASE = False
MINOR_WORDS = (r"de",)
#: Words joining quoted titles of one list ("« A », « B » et « C »", "de « A » à « B »").
LIST_JOINERS = ("et", "ou", "à")
#: Screen talk that is neither series nor film vocabulary (see series_en).
SCREEN_VOCAB = (r"audiences?\s+(?:tv|télé)", r"programmes?\s+(?:tv|télé)", r"nouveautés", r"plateformes?",
                r"streaming", r"bandes?-annonces?", r"césars?", r"emmys?", r"top\s+10", r"replay")
#: One-word runs that are nationalities, not titles (French writes them in lower case: only nouns).
DEMONYMS = (r"américains?", r"britanniques?", r"anglais", r"français", r"espagnols?", r"allemands?", r"italiens?",
            r"belges?", r"suisses?", r"canadiens?", r"québécois", r"européens?", r"africains?")
#: The first word of an organisation's name is French word order: a run that is an organisation.
ORG_SUFFIXES = (r"SA", r"SAS", r"Inc\.?")

# --- caseless copy (pipeline.nlp.caseless): see series_en ------------------------------------------------
CASELESS_INTRO = (r"(?:la\s+|une\s+)?(?:série|feuilleton|sitcom|fiction|saga|comédie|polar|soap|mini-?série)",)
CASELESS_PRECEDERS = (r"(?:créat(?:eur|rice)|star|héros|héroïne|acteurs?|actrices?|fans|retour|saison\s+\d+)\s+(?:de|du|des)",)
CASELESS_FOLLOWERS = ()
CASELESS_POSSESSIVE_SEASON = ()
CASELESS_STOPS = """
est sont a ont était étaient sera seront va vont qui que qu dont où avec sur par pour dans en après avant depuis
pendant selon sans mais ou donc car il elle ils elles on ce cette ces son sa ses leur leurs a été être avait saison
saisons épisode épisodes série séries chaîne plateforme
""".strip().replace("\n", " ")
CASELESS_LEFT_STOPS = "nouvelle nouveau ancienne ancien célèbre populaire"
CASELESS_CONNECTORS = "de du des la le les l d et"
CASELESS_GENRE = "série feuilleton sitcom fiction saga comédie polar soap mini-série policière médicale culte télévisée"
CASELESS_ARTICLE = "la"
CASELESS_FIRST_STOPS = "est sera a va revient arrive"
CASELESS_OBJECTS = "le la les un une son sa ses"
