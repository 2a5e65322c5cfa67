"""English words for finding series titles, seasons and aliases.

Same layout as :mod:`pipeline.nlp.tables.series_fr`.
"""

from __future__ import annotations

A = "[’']"

NUMBERS: dict[str, int] = {
    "one": 1, "a single": 1, "just one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
}
ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5,
    "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7, "eighth": 8, "8th": 8, "ninth": 9, "9th": 9,
    "tenth": 10, "10th": 10, "eleventh": 11, "11th": 11, "twelfth": 12, "12th": 12, "thirteenth": 13,
    "13th": 13, "fourteenth": 14, "14th": 14, "fifteenth": 15, "15th": 15, "sixteenth": 16, "16th": 16,
    "seventeenth": 17, "17th": 17, "eighteenth": 18, "18th": 18, "nineteenth": 19, "19th": 19,
    "twentieth": 20, "20th": 20, "21st": 21, "22nd": 22, "23rd": 23, "24th": 24, "25th": 25,
}

SEASONS: tuple[tuple[str, str], ...] = (
    # British usage: a "series" is a season ("a third series", "after two series")
    ("last", r"(?:with|after|following|beyond|past)\s+(?:its\s+|their\s+|the\s+)?(?:upcoming\s+|current\s+)?(?:season\s+(?P<n>{num})|(?P<o>{ord})\s+(?:and\s+final\s+)?(?:season|series))"),
    # "won't go beyond a third season" names the last one; "move forward with a third season" does not
    ("last", r"(?:beyond|past)\s+an?\s+(?P<o>{ord})\s+(?:season|series)"),
    ("count", r"(?:after|following|with)\s+(?:just\s+|only\s+)?(?P<n>{num})\s+(?:seasons?|series)"),
    ("target", r"(?P<o>{ord})(?:\s+and\s+(?:final|last))?[\s-]+(?:season|series)"),
    ("target", r"(?:seasons?|series)\s+(?P<n>{num})(?!\s*(?:episodes?|years?))"),
    ("target", r"season\s+(?P<o>{ord})"),
    # "a third go-round", "Lives On for a Fourth": a season named without the word
    ("target", r"(?P<o>{ord})[\s-]+(?:go-round|go-around|outing|installment|instalment|run)"),
    ("target", r"(?:for|into)\s+an?\s+(?P<o>{ord})(?=\s*(?:[.,;:!?—–]|$))"),
)
SEASON_WORD = r"seasons?"
SEASON_STEMS = ("season", "series")
#: Lower-case strings each anchor pattern needs: a sentence without any skips that pattern (speed).
PRECEDER_STEMS = (" of ",)
FOLLOWER_STEMS = ("star", "author", "creator", "showrunner", "revival", "reboot", "spinoff", "spin-off", "prequel",
                  "fans", "boss")
INTRO_STEMS = ("series", "show", "sitcom", "drama", "comedy", "anime", "thriller", "spinoff", "spin-off", "prequel",
               "sequel", "dramedy", "docu")
COPULA_STEMS = (" is ", " was ")
#: A possessive title before its seasons: "Paper Kingdom's first two seasons".
POSSESSIVE_SEASON = r"[’']s\s+(?:(?:{ord}|{num}|final|last|new|next|latest|upcoming)\s+){1,2}seasons?"
SEASON_EXPR = r"(?:season\s+{num}|{ord}[\s-]+season)"
SERIES_WORDS = (r"series", r"sitcoms?", r"showrunners?", r"miniseries", r"docuseries", r"dramas?", r"seasons?")
OTHER_WORDS = (r"films?", r"movies?", r"talk\s+shows?", r"game\s+shows?", r"quiz\s+shows?", r"reality", r"concerts?",
               r"tours?", r"albums?", r"gigs?", r"singer", r"band", r"festival", r"box\s+office", r"novels?",
               r"host", r"hosts", r"podcasts?", r"stand-?up", r"songs?", r"singles?")
#: An indefinite article right before a quote: "an ‘oxygen bar’" is rarely a title.
BEFORE_WEAK = (r"an?",)
#: A title ending like this is a talk show or a product line ("the ‘Master Builder Series’ of sets").
NON_SERIES_TITLE = (r"Show(?:\s+with\s+.*)?", r"(?<=\w\s)Series")
SUBJECT_AUX = (r"is", r"are", r"was", r"were", r"has", r"have", r"had", r"been", r"be", r"being", r"will", r"to",
               r"officially", r"already", r"reportedly", r"now", r"also", r"finally", r"just", r"quietly", r"not",
               r"n[’']t", r"never", r"won[’']t", r"isn[’']t", r"hasn[’']t", r"wasn[’']t", r"gets", r"got", r"get")
SERIES_VOCAB = (r"series", r"seasons?", r"episodes?", r"sitcoms?", r"showrunners?", r"miniseries", r"docuseries",
                r"revival", r"reboot", r"spin-?off", r"tv",
                r"tv\s+shows?")

SERIES_NOUNS = (
    r"series", r"tv\s+series", r"(?:the|a|hit|tv|new|this)\s+show", r"sitcom", r"drama", r"comedy", r"miniseries",
    r"limited\s+series", r"docuseries", r"docu-?series", r"anime", r"animated\s+series", r"dramedy",
    r"thriller", r"spinoff", r"spin-off", r"prequel\s+series", r"sequel\s+series", r"reboot", r"revival",
)
BEFORE_SERIES = (
    r"(?:the|a|an|its|their|new|hit|cult)\s+(?:[\w’'+-]+\s+){0,3}(?:series|sitcom|drama|dramedy|comedy|miniseries|docuseries|show|anime|spinoff|spin-off|prequel|thriller)",
    r"(?:series|sitcom|drama|comedy|miniseries|docuseries|show|anime)",
    r"(?:season\s+\d+|(?:{ord})\s+season|final\s+season|episodes?|star|stars|creator|showrunner|cast|fans|finale|premiere|revival|reboot|return|prequel|sequel)\s+of",
    r"(?:renews?|cancels?|axes|revives?|orders?|picks\s+up|rescues?|saves?|greenlights?)",
    r"[A-Z][\w+]*[’']s",
    r"(?:renewed|canceled|cancelled|axed|revived|rescued)",
    r"(?:cancell?ation|renewal|revival|return|end|ending|finale|success)\s+of",
    r"(?:joins?|joined|joining|leaves|left|exits?|exited|exiting|quits?|stars?\s+in|starring\s+in|cast\s+in|return\s+to|returns\s+to|back\s+to|on)",
)
AFTER_WEAK = (r",?\s+(?:on|at)\s+(?:[A-Z]|the\s+CW)",)
AFTER_SERIES = (
    r"[’']?s?[,:]?\s+(?:season|seasons|series\s+\d|s\d)\b",
    r"[’']?s?\s+(?:star|stars|creator|creators|showrunner|cast|finale|revival|reboot|spinoff|spin-off|prequel|episode|episodes|premiere|trailer|teaser|boss|writers?|fans|actor|actress|alum|alums)\b",
    r"\s+(?:is|has\s+been|was|gets|got)?\s*(?:officially\s+)?(?:renewed|canceled|cancelled|axed|revived|ending|rescued|saved|picked\s+up)\b",
    r"\s+(?:renewed|canceled|cancelled|axed|revived|ends|to\s+end|will\s+end)\b",
    r"\s+(?:to\s+return|returns|is\s+back|will\s+return|is\s+returning|to\s+end|ends)\b",
    r"\s+(?:[\w-]+\s+)?(?:drama|comedy|series|sitcom|thriller|anime|miniseries|docuseries|dramedy)\b",
    r"\s+and\s+[‘“\"']",
)
BEFORE_OTHER = (
    r"(?:the|a|an|new|his|her|their|its)\s+(?:[\w’'+-]+\s+){0,2}(?:film|movie|feature|album|song|single|tour|book|novel|podcast|musical|play|game|video\s+game|concert|festival|talk\s+show|game\s+show|quiz\s+show|reality\s+show|reality\s+series|competition\s+series|special|documentary\s+film|biopic|franchise)",
    r"(?:film|movie|album|song|single|tour|book|novel|podcast|musical|talk\s+show|game\s+show|quiz\s+show|reality\s+show|late-night\s+show)",
    r"(?:director|directed|author)\s+(?:of|by)",
    r"(?:says?|said|tells?|told|calls?|called|claims?|described|describes|promises?|promised|writes?|wrote|adds?|added|insists?|teases?|teased)",
    r"(?:saying|promises?\s+an?|promised\s+an?|calls?\s+it|called\s+it|dubbed|dubs|search\s+for|use\s+code|code)",
    r"(?:slogan|motto|mantra|catchphrase|tagline|hashtag|caption|headline|message|words|phrase|chant|sign)s?\s*:?",
    r"(?:the\s+)?(?:name|handle|username|account|brand|nickname)\s+(?:of\s+\w+\s+)?(?:is\s+)?",
    r"(?:due\s+to|be|feel|feels|felt|sounds?|looks?)",
    r"(?:he|she|it|that|who|what|there|i|you|we|they)[’'](?:s|m|re)",
)
SPEECH_AFTER = r",?\s+(?:[\w.’'-]+\s+){0,3}(?:says?|said|tells?|told|teases?|promises?|claims?|added|asked|explained|wrote|continued)\b"
AFTER_OTHER = (
    r"\s+(?:show|tour|album|film|movie|concert|single|song|musical|special)\b",
    r"\s+(?:tv\s+)?shows\b",
    r"\s+(?:is\s+)?(?:being\s+)?(?:adapted|turned|made)\s+into\s+a\s+(?:tv\s+)?series",
    r"[’'\"]?,?\s+(?:are|is|were|was)\s+(?:just\s+)?(?:some|one|a\s+few|among)\s+(?:of\s+)?(?:the\s+)?(?:\w+\s+)?(?:songs|tracks|films|movies|albums|books|novels)\b",
    r"\s+(?:in\s+theaters|at\s+the\s+box\s+office|box\s+office)",
    r"[’'\"]?,?\s+who\b", r"[’'\"]?\s+(?:your|my|our)\b",
    r"[’'\"]?\s+(?:campaign|festival|exhibit|exhibition|initiative|program|plan|project|app|brand|label|store|bar|"
    r"restaurant|hotel|award|prize|trophy|conference|summit|rally|movement|bundle|kit)\b",
)
SPEECH = (
    r"i", r"i[’']m", r"i[’']ve", r"i[’']d", r"we", r"we[’']re", r"we[’']ve", r"you[’']re",
    r"me", r"us", r"he[’']s", r"she[’']s", r"they[’']re", r"don[’']t", r"can[’']t", r"won[’']t", r"isn[’']t",
    r"very", r"so", r"really", r"just", r"not",
)
#: A quotation that starts with one of these is speech ("Could Be the Perfect Goodbye", "So Proud of Everyone").
SPEECH_STARTS = (
    r"would", r"will(?!\s*(?:&|and)\s)", r"could", r"should", r"is", r"are", r"was", r"were", r"be", r"been",
    r"in", r"on", r"over", r"so", r"very", r"too", r"not", r"no", r"always", r"it[’']s\s+(?:a|an|the|not|so|very)",
    r"same", r"more", r"less", r"just", r"really", r"totally", r"absolutely", r"incredibly", r"pretty",
)

TITLE_CONNECTORS = (r"of", r"the", r"and", r"in", r"on", r"a", r"an", r"to", r"for", r"with", r"at", r"&",
                    r"from", r"de", r"la", r"le", r"vs\.?", r"or")
#: Capitalised articles that open a title ("The Iron Road"): a run keeps them and stops there.
ARTICLES = ("The", "A", "An")
#: Capitalised connectors a headline-case run may cross ("Lords Of Dust", "Salt & Pepper").
CAPITAL_CONNECTORS = ("Of", "And", "&")
#: Words that end a capitalised run (function words, pronouns, auxiliaries, dates).
NOT_TITLES = (
    r"the", r"a", r"an", r"this", r"that", r"these", r"those", r"it", r"its", r"he", r"she", r"they", r"we",
    r"i", r"you", r"his", r"her", r"their", r"our", r"my", r"is", r"are", r"was", r"were", r"will", r"would",
    r"can", r"could", r"should", r"does", r"did", r"do", r"has", r"have", r"had", r"why", r"how", r"what",
    r"when", r"where", r"who", r"which", r"after", r"before", r"with", r"without", r"in", r"on", r"at",
    r"for", r"from", r"by", r"to", r"of", r"and", r"but", r"or", r"as", r"if", r"so", r"than", r"then",
    r"here[’']s", r"here", r"there", r"there[’']s", r"watch", r"exclusive", r"review", r"trailer", r"teaser",
    r"interview", r"recap", r"breaking", r"update", r"video", r"photos?", r"official", r"officially",
    r"season", r"seasons", r"series", r"episode", r"episodes", r"finale", r"premiere", r"netflix", r"tv",
    r"streaming", r"release", r"date", r"january", r"february", r"march", r"april", r"may", r"june",
    r"july", r"august", r"september", r"october", r"november", r"december",
    r"hollywood", r"emmy", r"emmys", r"fans", r"latest",
    r"also", r"read", r"must-read", r"now", r"today", r"yesterday", r"tonight", r"ever", r"not", r"no",
    r"yes", r"finally", r"confirmed", r"announced", r"comedy", r"drama", r"sitcom", r"anime", r"docu-comedy",
    r"musical", r"dramas", r"show", r"shows", r"interview", r"concert", r"concerts", r"deal", r"uh", r"said", r"says",
)
#: Words that may sit inside a title but not at its edges ("Iron Valley: New Dawn", not "New Photos").
EDGE_WORDS = (r"new", r"first", r"look", r"one", r"two", r"all", r"every", r"some", r"more", r"cast", r"story",
              r"plot", r"stay", r"tuned", r"us", r"uk", r"american", r"british", r"original", r"classic")
#: Word shapes that end a headline subject: a participle is a verb, not the end of a title.
VERB_SHAPES = (r"\w+ing", r"\w+ed")
#: Headline verbs that end a headline-initial title ("Tidewater Begins Shoot ...").
TITLE_END_VERBS = (
    r"begins?", r"brings?", r"gets?", r"sets?", r"joins?", r"returns?", r"reveals?", r"says?", r"teases?",
    r"confirms?", r"is", r"are", r"was", r"will", r"to", r"has", r"have", r"lands?", r"launches?", r"drops?",
    r"shares?", r"unveils?", r"premieres?", r"debuts?", r"star", r"stars", r"starring", r"author", r"creator",
    r"boss", r"showrunner", r"cast", r"finale", r"trailer", r"teaser", r"release", r"date", r"review",
    r"recap", r"ending", r"ends?", r"explained", r"scores?", r"earns?", r"wins?", r"adds?", r"taps?",
    r"starts?", r"wraps?", r"films?", r"orders?", r"hits?", r"nabs?", r"gains?", r"loses?", r"faces?",
    r"casts?", r"books?", r"finds?", r"makes?", r"takes?", r"heads?", r"moves?", r"goes", r"sees?", r"could",
    r"would", r"might", r"may", r"can", r"should", r"does", r"did", r"won[’']t", r"isn[’']t", r"interview",
    r"anime", r"reboot", r"revival", r"spinoff", r"sequel", r"prequel", r"fans", r"officially", r"finally",
)
GENRE_SUFFIXES = (r"series", r"season", r"anime", r"reboot", r"revival", r"show", r"tv\s+series", r"docuseries")
TITLE_FOLLOWERS = (r"star", r"stars", r"author", r"creator", r"creators", r"showrunner", r"revival", r"reboot",
                   r"spinoff", r"spin-off", r"prequel", r"fans", r"boss")
SEASON_PRECEDERS = (r"(?:season\s+\d+|(?:{ord})\s+season|final\s+season|last\s+season)\s+of",)
TITLE_PRECEDERS = (
    r"(?:star|stars|creator|creators|showrunner|cast|fans|finale|revival|reboot|return|spinoff|spin-off|prequel)\s+of",
    r"(?:the\s+)?(?:end|ending|return|cancell?ation|renewal|revival)\s+of",
)
TITLE_TAILS = (r"\s+(?:[-–:]\s+)?(?:The\s+)?(?:Final\s+Season|Season\s+\d{1,2})(?:\s*[-–:]\s*Part\s+\d+)?",
               r"\s*[-–:]\s*Part\s+\d+")
CHARACTER_CUES = (r"plays?", r"playing", r"played", r"role\s+of", r"character\s+of", r"portrays?", r"portraying", r"as")

ALIASES = (
    r"\(\s*(?:also\s+)?(?:known\s+as|aka|a\.k\.a\.|titled|originally\s+titled|original\s+title:?)\s+[‘“\"']?(?P<alias>[^()‘’“”\"]{2,60}?)[’”\"']?\s*\)",
    r"\(\s*[‘“\"'](?P<alias>[^()‘’“”\"]{2,60}?)[’”\"']\s+in\s+(?:the\s+)?(?:US|UK|France|French|English|the\s+original)\s*\)",
    r",?\s+(?:also\s+)?(?:known\s+as|aka|a\.k\.a\.)\s+[‘“\"'](?P<alias>[^‘’“”\"]{2,60}?)[’”\"']",
)
NETWORK_LINKS = (r"on", r"at", r"by", r"from", r"for", r"streaming\s+on", r"airs?\s+on", r"aired\s+on", r"to")
LIST_INTRO = r"(?:shows|series|sitcoms|dramas|comedies)(?:\s+[\w’'-]+){0,3}\s*:\s*"
LIST_SEPARATORS = r"\s*(?:,|\band\b|&)\s*"
COPULA_SERIES = r"\s+(?:is|was)\s+(?:now\s+|also\s+)?(?:a|an|the)\s+(?:[\w’'-]+\s+){0,5}?(?:series|sitcom|drama|show|miniseries|docuseries)\b"
EPISODES = r"(?P<n>{num})\s+episodes"
#: Words that make a capitalised run before a colon a rubric ("TV Ratings: …", "Exclusive: …"), not a title.
RUBRICS = (r"ratings?", r"exclusive", r"breaking", r"watch", r"video", r"review", r"interview", r"recap", r"update",
           r"tv", r"news", r"casting", r"report", r"analysis", r"opinion", r"streaming", r"box", r"office", r"podcast",
           r"trailer", r"photos?", r"bubble", r"scorecard", r"renewals?", r"cancellations?", r"emmys?", r"oscars?")
#: Phrases that call the title next to them a non-scripted show or a film (no series, RULES rule 7).
NON_SCRIPTED = (
    r"(?:talk|game|quiz|dating|cooking|cookery|baking|reality|variety|panel|makeover|competition|talent|singing|dance|entertainment|"
    r"dancing|chat|sketch|news|travel|prank|hidden[-\s]camera)\s+(?:shows?|series|competitions?|contests?|formats?|programmes?|programs?)",
    r"late[-\s]night(?:\s+talk)?\s+shows?", r"reality\s+(?:tv|television|stars?|franchise)",
    r"(?:cooking|cookery|baking|dating|singing|dance|dancing|talent)\s+competitions?", r"docu-?soaps?",
    r"(?:hosted|fronted|presented)\s+by", r"(?<!a\s)(?<!an\s)hosts?\s+of", r"(?:stand-?up|comedy)\s+specials?",
    r"films?", r"movies?", r"sequels?(?!\s+(?:series|show))", r"biopics?", r"blockbusters?", r"box[-\s]office", r"podcasts?",
)
#: Scripted genre words: nearer to a title than a NON_SCRIPTED phrase, they speak for it.
SCRIPTED = (r"dramas?", r"dramedy", r"comedy", r"sitcoms?", r"thrillers?", r"procedurals?", r"miniseries", r"limited\s+series",
            r"anime", r"animated\s+series", r"soaps?", r"scripted", r"spinoff", r"spin-off", r"prequel\s+series",
            r"docuseries", r"tv\s+series", r"series")
#: "Says She Is ‘Heartbroken’", "says the team is ‘Back in Business’": a quote after a speech verb and a copula
#: is what someone says something is, not a title.
SPEECH_PREDICATE = (r"(?<!\w)(?:says?|said|insists?|insisted|admits?|admitted|thinks?|feels?|believes?|claims?|tells?)"
                    r"(?:[\s\u00a0]+[\w’'-]+){0,4}?[\s\u00a0]+(?:is|are|was|were|am|feels?|felt|sounds?|looks?|seems?|"
                    r"’s|'s|’re|'re)[\s\u00a0]*$")
#: English titles are written in Title Case: a quotation of three words or more with a lower-case content word is
#: a sentence ("Put first things first").
TITLE_CASE = True
#: Words a Title Case title may leave in lower case.
MINOR_WORDS = (r"with", r"from", r"into", r"onto", r"over", r"upon", r"than", r"about", r"under", r"after", r"before",
               r"without", r"through", r"versus", r"and", r"the", r"for", r"nor", r"but", r"yet", r"via")
#: Words joining quoted titles of one list ("‘A’, ‘B’ and ‘C’", "from ‘A’ to ‘B’").
LIST_JOINERS = ("and", "or", "to", "nor")
#: Screen talk that is neither series nor film vocabulary: quotes in a text with these are not penalised as
#: general news.
SCREEN_VOCAB = (r"emmys?", r"golden\s+globes?", r"baftas?", r"top\s+10", r"binge(?:-?watch\w*)?", r"streamers?",
                r"trailers?", r"critics[’']?\s+picks", r"(?:new|best|tv|streaming)\s+shows", r"tv\s+ratings",
                r"streaming", r"showrunners?")
#: One-word runs that are nationalities, not titles ("Spanish fans", "The Portuguese boss").
DEMONYMS = (r"american", r"british", r"english", r"french", r"spanish", r"german", r"italian", r"portuguese", r"dutch",
            r"belgian", r"irish", r"scottish", r"welsh", r"canadian", r"australian", r"korean", r"japanese", r"chinese",
            r"indian", r"mexican", r"brazilian", r"argentine", r"russian", r"ukrainian", r"polish", r"swedish",
            r"norwegian", r"danish", r"finnish", r"greek", r"turkish", r"israeli", r"egyptian", r"nigerian", r"european",
            r"african", r"asian", r"latin", r"senior", r"junior", r"democrats?", r"republicans?")
#: The last word of an organisation's name: a run ending with it is no title ("The Northern League").
ORG_SUFFIXES = (r"League", r"Association", r"Federation", r"Union", r"Council", r"Committee", r"Party", r"University",
                r"College", r"Institute", r"Foundation", r"Ministry", r"Department", r"Agency", r"Commission",
                r"Corporation", r"Company", r"Inc\.?", r"Corp\.?", r"Ltd\.?", r"Bank", r"Group", r"Society", r"Authority",
                r"Court", r"Senate", r"Congress", r"Parliament", r"Museum", r"Hospital", r"Airlines?", r"Motors")

# --- caseless copy (pipeline.nlp.caseless): texts written without capitals --------------------------------
#: A series noun before a title: "its sitcom office hours", "the soap river lane", "abc serial …".
CASELESS_INTRO = (r"(?:tv\s+|hit\s+|new\s+)?(?:series|sitcoms?|soaps?(?:\s+opera)?|dramas?|comedy|comedies|serial|"
                  r"docu-?dramas?|miniseries|thrillers?|cartoons?|animated\s+series|spin-?off|programmes?|show)",)
#: Words before a title: "creator of …", "series such as …".
CASELESS_PRECEDERS = (r"(?:creators?|stars?|cast|return|episodes?|remake|edition|finale|writers?|producers?|spin-?off|"
                      r"revival|version)\s+of", r"(?:series|shows|hits|dramas|sitcoms|soaps|comedies)\s+(?:such\s+as|like)",
                      r"(?:starred|starring|appeared|appearing)\s+in")
#: Role nouns after a title: "former grange hollow actress", "a paper kingdom spin-off".
CASELESS_FOLLOWERS = (r"star", r"actress", r"actor", r"creator", r"writer", r"co-?star", r"spin-?off")
#: A possessive title before a season: "… s second series".
CASELESS_POSSESSIVE_SEASON = (r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|new|next|latest|"
                              r"final|last)\s+(?:series|season)",)
#: Words a caseless title never holds: verbs, auxiliaries, pronouns, prepositions, role and schedule nouns.
CASELESS_STOPS = """
is was are were be been being am has have had having will would could can should may might must shall do does did
done to which who whom whose that this these those it its his her hers their our my your he she they we i you me him
them us after before since during until till while when where whereas as at on in into onto for from by with without
about over under than then but or nor if so because although though also not no yet still just now here there said
says say told tells tell added according reported reports announced confirmed revealed won wins win became
become becomes return returns returned returning starring starred stars star makes made make drew draws pulled
attract attracted include includes including included follows followed following set sets s t ll ve re d m award
awards prize trophy category show shows series season seasons episode episodes actor actress actors writer
writers creator creators producer producers director fans viewers audience audiences ratings slot schedule channel
network festival night special role character deal contract version remake format project pilot boss chief executive
head spokesman spokeswoman year years month months week weeks day days monday tuesday wednesday thursday friday
saturday sunday january february march april june july august september october november december million millions
billion per cent percent bbc itv tv comedy drama sitcom soap such each all every other many most some any several few
both same another new part contestant contestants host presenter judge judges winner fellow film films movie movies
version musical play book novel album talent reality quiz game chat talk cookery variety entertainment
""".strip().replace("\n", " ")
#: Words that end a caseless title on its left ("former grange hollow actress", "pop star").
CASELESS_LEFT_STOPS = """
former fellow new hit popular rival veteran pop film movie hollywood football soccer tennis golf rock rap country music
reality television sport sports chat radio stage theatre theater broadway screen child co a an us uk british american
last first next final one two three his her their its whose top best big reggae jazz blues punk metal soul folk hip-hop
dance opera classical distributor singer rapper dj label manager director producer presenter host comedian model
""".strip().replace("\n", " ")
#: Words a caseless title may hold but not end with.
CASELESS_CONNECTORS = "of the a an and s"
#: Series nouns and genre words skipped before a caseless title ("its comedy drama the crimson club").
CASELESS_GENRE = """
series sitcom sitcoms soap soaps opera drama dramas comedy comedies serial show docu-drama docudrama miniseries thriller
cartoon programme program tv hit
""".strip().replace("\n", " ")
#: Words a caseless title does not start with (verbs and time words after a series noun).
CASELESS_FIRST_STOPS = """
beat last next first final went won saw got one two three four five six seven eight nine ten based given
""".strip().replace("\n", " ")
#: Words after a verb: an -ed or -ing word right before one of these is a verb ("saying it", "based on").
CASELESS_OBJECTS = "it him her them the a an his their its this that these those up out off on to how what why with"
CASELESS_ARTICLE = "the"
#: Possessives mark speech only in long quotations: ‘My Brilliant Neighbour’ is a title.
SPEECH_POSSESSIVES = (r"my", r"our")
