"""English status cues (same layout as :mod:`pipeline.nlp.tables.claims_fr`)."""

from __future__ import annotations

A = "[’']"

CUES: tuple[tuple[str, str, str, float], ...] = (
    # --- undecided
    ("undecided", "idiom", r"in\s+limbo", 0.85),
    ("undecided", "idiom", r"(?:has|have)\s+(?:yet\s+to\s+be|not\s+yet\s+been|not\s+been)\s+(?:officially\s+)?(?:renewed|cancell?ed|picked\s+up)(?:\s+or\s+(?:renewed|cancell?ed))?(?:\s+yet)?", 0.85),
    ("undecided", "idiom", r"(?:yet|not\s+yet)\s+(?:been\s+)?(?:renewed|cancell?ed)", 0.8),
    ("undecided", "idiom", r"(?:fate|future)\s+(?:is\s+|remains\s+|still\s+)*(?:undecided|uncertain|unclear|unknown|up\s+in\s+the\s+air|undetermined)", 0.8),
    # the title inside the cue: "the fate of ‘X’ remains uncertain"
    ("undecided", "idiom", r"(?:fate|future)\s+of\s+\S+(?:\s+\S+){0,6}?\s+(?:is\s+|remains\s+|still\s+)+(?:undecided|uncertain|unclear|unknown|up\s+in\s+the\s+air|undetermined)", 0.8),
    ("undecided", "idiom", r"(?:has|have)\s+(?:yet\s+to|not\s+yet)\s+(?:decide|make\s+a\s+(?:final\s+)?decision)", 0.75),
    ("undecided", "idiom", r"no\s+(?:final\s+)?decision\s+(?:has\s+been\s+made|yet|on)", 0.75),
    ("undecided", "idiom", rf"(?:we\s+)?(?:don{A}t|do\s+not)\s+(?:yet\s+)?know\s+(?:yet\s+)?(?:if|whether)", 0.55),
    ("undecided", "idiom", r"(?:put\s+)?on\s+(?:indefinite\s+)?hold", 0.55),
    # --- cancelled: idioms with a built-in negation
    ("cancelled", "idiom", rf"(?:won{A}t|will\s+not|isn{A}t\s+going\s+to|is\s+not\s+going\s+to|not\s+going\s+to)\s+(?:be\s+)?(?:return(?:ing)?|come\s+back|coming\s+back|be\s+back|get\s+an?\s+(?:{{season}}|new\s+season))", 0.85),
    ("cancelled", "idiom", r"not\s+(?:be\s+)?(?:returning|coming\s+back|moving\s+forward|getting\s+an?\s+(?:{season}|new\s+season))", 0.8),
    ("cancelled", "idiom", rf"(?:won{A}t|will\s+not|not|isn{A}t\s+going\s+to)\s+(?:be\s+)?mov(?:e|ing)\s+forward\s+with", 0.8),
    ("cancelled", "idiom", r"no\s+(?:{season}|new\s+season|more\s+seasons)", 0.85),
    ("cancelled", "idiom", r"(?:pull(?:s|ed|ing)?)\s+the\s+plug(?:\s+on)?", 0.9),
    ("cancelled", "idiom", r"(?:gets|got|given|getting)\s+the\s+(?:axe|ax|boot|chop)", 0.9),
    # --- cancelled: verbs and nouns
    ("cancelled", "passive", r"(?:cancell?ed|axed|scrapped|canned|shelved|dropped\s+by)", 0.95),
    ("cancelled", "active", r"dropped", 0.75),
    ("cancelled", "active", r"(?:cancel(?:s|ing|ling)?|ax(?:e|es|ing)|scraps?|scrapping|drops)", 0.85),
    ("cancelled", "noun", r"cancell?ations?", 0.9),
    ("cancelled", "passive", r"not\s+renewed", 0.9),
    # --- ending
    ("ending", "idiom", r"(?:to|will|set\s+to|is\s+set\s+to|is\s+going\s+to)\s+(?:end|conclude|wrap(?:\s+up)?)\s+(?:with|after)", 0.9),
    ("ending", "idiom", r"(?:ends|ending|concludes|concluding|wraps\s+up|wrapping\s+up)\s+(?:with|after)\s+(?:its\s+|the\s+)?(?:upcoming\s+|current\s+)?(?:{season}|\S+\s+seasons?)", 0.85),
    ("ending", "idiom", r"(?:will\s+be|to\s+be|is)\s+(?:its|their|the)\s+(?:last|final)(?:\s+(?:one|season)|(?=\s*[.,;!?]|\s*$))", 0.85),
    ("ending", "noun", r"(?:{ord}\s+and\s+)?(?:final|farewell)\s+season", 0.85),
    ("ending", "idiom", r"(?:to\s+end|will\s+end|is\s+ending|coming\s+to\s+an\s+end|will\s+come\s+to\s+an\s+end)", 0.6),
    # --- renewed
    ("cancelled", "idiom", r"after\s+(?:being|it\s+was|getting)\s+(?:cancell?ed|axed)", 0.8),
    ("revived", "idiom", r"(?:to\s+return|will\s+return|is\s+returning|returns|to\s+come\s+back)\s+(?:in\s+(?:a\s+)?(?:new\s+)?series|after\s+(?:a\s+)?\S+[-\s](?:year|decade)s?\s+(?:hiatus|absence|break))", 0.7),
    ("revived", "idiom", r"finds?\s+(?:a\s+)?new\s+(?:tv\s+|streaming\s+)?home", 0.8),
    ("revived", "idiom", r"(?:is|are)\s+(?:officially\s+)?coming\s+back(?!\s+for\s+(?:an?\s+)?(?:season|{ord}|new|another))", 0.6),
    ("renewed", "idiom", r"(?:{season}|new\s+season)\s+(?:of\s+\S+(?:\s+\S+){0,5}?\s+)?(?:is\s+|has\s+been\s+|was\s+)?(?:officially\s+)?(?:confirmed|ordered|announced|greenlit|green-lit|a\s+go|happening)(?!\s+(?:for|at)\s+(?:san\s+diego|comic-?con|sdcc|d23|the\s+\w+\s+panel))", 0.85),
    ("renewed", "idiom", r"(?:to\s+get|gets|getting|got|lands?|landed|scores?|scored|earns?|earned|set\s+for|confirmed\s+for|ordered\s+for|picked\s+up\s+for)\s+(?:an?\s+|its\s+)?(?:{season}|new\s+season|another\s+season)(?!\s+(?:promo|trailer|teaser|poster|premiere|release|date|first|photos?|images?|footage|clip|sneak|look|key\s+art|title))", 0.85),
    ("renewed", "idiom", r"(?:will\s+)?(?:be\s+)?(?:back|return(?:ing)?|coming\s+back)\s+for\s+(?:an?\s+)?(?:{season}|new\s+season|another\s+season)", 0.5),
    # the title inside the cue: "Apple TV+ Picks Up ‘X’ for Second Season"
    ("renewed", "idiom", r"(?:picks?|picked)\s+up\s+\S+(?:\s+\S+){0,6}?\s+for\s+(?:an?\s+|its\s+)?(?:{season}|another\s+season|new\s+season|(?:{ord})\s+series)", 0.85),
    ("renewed", "idiom", r"(?:orders?|ordered|commissions?|commissioned)\s+(?:an?\s+)?(?:{season}|more\s+episodes|another\s+(?:season|series)|new\s+season|(?:{ord})\s+series)", 0.85),
    ("renewed", "passive", r"(?:renewed|greenlit|green-lit)", 0.95),
    ("renewed", "active", r"renew(?:s|ing)?", 0.9),
    ("renewed", "noun", r"(?:renewals?|green[\s-]?light|greenlight)", 0.8),
    # --- revived
    ("revived", "passive", r"(?:revived|resurrected|rescued|saved\s+by|picked\s+up\s+by|brought\s+back)", 0.85),
    ("revived", "active", r"(?:revives?|resurrects?|rescues?|saves)", 0.75),
    ("revived", "active", r"(?:bring|brings|bringing|is\s+to\s+bring)\s+back", 0.75),
    ("revived", "noun", r"revival", 0.7),
)

#: Lower-case stems one of which every cue contains: only sentences holding one are searched for
#: cues (a test checks that this finds every cue the full search finds).
CUE_TRIGGERS = (
    "limbo", "renew", "cancel", "picked", "fate", "future", "decision", "know", "hold", "return", "back",
    "season", "plug", "ax", "boot", "chop", "scrap", "canned", "shelved", "dropped", "drops", "end", "conclud",
    "wrap", "last", "final", "farewell", "order", "green", "reviv", "resurrect", "rescu", "saved", "saves",
    "brought", "home", "forward", "coming", "come", "commission", "decide", "pick", "bring",
)

RUMOR = (
    # "may" but not the month ("in May 2021", "since May")
    r"could", r"might", r"(?<!\bin\s)(?<!\bon\s)(?<!\bsince\s)(?<!\bby\s)(?<!\buntil\s)may(?!\s+\d)", r"would", r"rumou?r(?:s|ed)?", r"reportedly", r"likely", r"possibly",
    r"possible", r"expected\s+to", r"in\s+talks", r"eyeing", r"eyes", r"considering", r"consider",
    r"hopes?", r"hoping", r"wants?", r"teases?", r"hints?", r"speculat\w*", r"if", r"whether", r"potential",
    r"predict\w*", r"bubble", r"odds", r"should", r"attempts?", r"tried", r"trying", r"efforts?", r"plans?\s+to",
    r"campaign\w*", r"petition\w*", r"talks?\s+of", r"chances?", r"addresses", r"wanting", r"wanted",
    r"(?:are|is)\s+in\s+for", r"or\s+(?:a\s+)?movie",
)
#: Modals that are only the sequence of tenses after a reporting verb ("announced that there would be no
#: season 2" states a decision), and the reporting verbs that license them.
REPORTED_MODALS = (r"would",)
REPORTING_THAT = r"(?:announced|confirmed|said|revealed|stated|explained|told\s+\w+)\s+(?:[\w’']+\s+){0,4}that"
#: ("\w*n't": the contraction is glued to its verb, "isn't", "wasn't")
NEGATION_BEFORE = (r"not", r"never", r"no\s+longer", r"\w*n[’']t", r"almost", r"nearly")
NEGATION_NE = ()
NEGATION_AFTER = ()
NOT_YET = (r"yet", r"still")
DENIAL = (r"denies", r"denied", r"deny", r"dismiss\w*", r"debunk\w*", r"contrary\s+to", r"false", r"untrue", r"rumou?rs\s+of")
PRESUPPOSING_QUESTIONS = (r"why", r"how\s+come", r"what\s+(?:led|caused)")

ATTRIBUTION = (
    r"according\s+to", r"per", r"as\s+(?:first\s+)?reported\s+by", r"(?:reports?|reported|reveals?|revealed|confirms?|confirmed|learned|has\s+learned)",
    r"(?:told|confirmed\s+to|tells)",
)
CREDITS = (
    r"(?:according\s+to|as\s+(?:first\s+)?reported\s+by|first\s+reported\s+by|per)\s+(?P<outlet>.{2,60})",
    r"(?P<outlet>.{2,60}?)\s+(?:first\s+)?(?:reports|reported|has\s+learned|broke\s+the\s+news)",
)

DECIDER_BEFORE = r"(?:by|from)\s+(?:the\s+)?$"
DECIDER_AFTER = r"^[’']?s?\s+(?:has\s+|have\s+)?(?:confirmed|announced|decided|officially|renewed|canceled|cancelled|axed|ordered|picked\s+up|renews|cancels|axes|orders|confirms|announces|decides)"
CLAUSE_BREAKS = (r";", r"\|", r"\s[–—]\s", r",?\s+but\s", r",?\s+while\s", r",?\s+whereas\s",
                 r"\s+as\s+(?=it\s|the\s)", r"\s*:\s")

ANAPHORS = (r"(?:the|this)\s+(?:(?-i:[A-Z][\w+]*)\s+)?(?:(?:hit|beloved|acclaimed|popular|musical|cult|animated|critically\s+acclaimed)\s+)?(?:show|series|drama|comedy|sitcom|miniseries|anime|program|programme)",
            r"it")
#: A title followed by one of these is a modifier: the cue is about the spinoff, the film, the pilot.
NON_SERIES_AFTER = (r"spinoff", r"spin-off", r"prequel", r"sequel", r"movie", r"film", r"pilot", r"special", r"tour",
                    r"concert", r"musical", r"video\s+game", r"game", r"podcast", r"book", r"documentary")
#: Possessive determiners: "its final season" belongs to the series under discussion.
POSSESSIVES = (r"its", r"their")
COMPLEMENT = (r"of", r"for")
DETERMINERS = (r"the", r"a", r"an", r"its", r"their", r"this")
INDEFINITES = (r"a", r"an")
#: Statements that look like a cue but are not a status claim.
NOT_CLAIMS = (
    r"series\s+(?:order|greenlit|green-lit|green\s+light|pick-?up)", r"(?:ordered|picked\s+up|greenlit)\s+to\s+series",
    r"pilot\s+(?:order|pickup)", r"revival\s+(?:character|cast\s+member|costume|set|star)s?",
)
NON_SERIES_TARGETS = (
    r"film", r"movie", r"concert", r"concerts", r"tour", r"gig", r"gigs", r"shows", r"show\s+dates", r"dates",
    r"festival", r"event", r"events", r"ceremony", r"album", r"release", r"premiere", r"screening",
    r"appearance", r"episode\s+of", r"musical\s+guest", r"debut", r"deal", r"contract", r"carriage",
    r"talk\s+show", r"game\s+show", r"quiz\s+show", r"pilot", r"sequel", r"book", r"launch", r"trip",
    r"panels?", r"trailers?", r"teasers?", r"promos?", r"clips?", r"posters?", r"footage", r"first\s+look",
    r"table\s+read", r"(?:an?|one|the|this|that)\s+episode", r"season\s+(?:of\s+the\s+)?(?:league|tour|championship)",
)
#: A target noun and its complement right before the title: the cue is about that thing ("Comic-Con Panel for ‘X’
#: Canceled", "an episode of ‘X’ pulled").
TARGET_LINKS = (r"for", r"of", r"from")
SUBJECT_FILLERS = (
    r"is", r"are", r"was", r"were", r"has", r"have", r"had", r"been", r"be", r"being", r"will", r"to",
    r"officially", r"already", r"reportedly", r"now", r"also", r"finally", r"just", r"quietly", r"been",
    r"the", r"series", r"show", r"season", r"not", r"n[’']t", r"never", r"gets", r"got", r"get", r"getting",
    r"by", r"at", r"on", r"after", r"for", r"a", r"an", r"its", r"s", r"’s", r"'s", r"and", r"has",
    r"won[’']t", r"isn[’']t", r"hasn[’']t", r"wasn[’']t", r"set", r"that", r"which", r"who", r"it", r"of",
    r"comedy", r"drama", r"docu-comedy", r"docu-drama", r"sitcom", r"anime", r"thriller", r"miniseries",
    r"docuseries", r"dramedy", r"sci-fi", r"animated", r"tv", r"hit", r"cult", r"beloved", r"acclaimed",
)
#: "has renewed", "have axed": a participle cue after these (not after "been") is an active verb.
PERFECT_AUX = (r"has", r"have", r"had")
#: Adverbs between the auxiliary and the participle ("has officially renewed").
PERFECT_ADVERBS = (r"officially", r"already", r"just", r"quietly", r"finally", r"now", r"also", r"reportedly",
                   r"formally", r"swiftly")
#: Capitalised words that may stand between a cue and its series in running text ("renews French drama X"):
#: nationalities and languages, not names.
MODIFIERS = (r"American", r"British", r"English", r"French", r"Spanish", r"German", r"Italian", r"Danish", r"Swedish",
             r"Norwegian", r"Dutch", r"Belgian", r"Irish", r"Scottish", r"Welsh", r"Canadian", r"Australian",
             r"Korean", r"Japanese", r"Chinese", r"Indian", r"Mexican", r"Brazilian", r"Israeli", r"Turkish",
             r"Polish", r"Icelandic", r"Finnish", r"European", r"Latin", r"Nordic", r"Scandinavian", r"BBC", r"ITV")
#: A network right after a cue and one of these is that cue's agent ("Revived at Peacock", "canceled by NBC").
AGENT_LINKS = (r"at", r"by", r"on", r"over\s+at")
#: Plural series nouns of a header over a list of titles ("Every TV Show Canceled in 2023": one claim per line).
LIST_HEADERS = (r"(?:tv\s+)?shows?", r"series", r"sitcoms", r"dramas", r"comedies", r"(?:tv\s+)?programmes")
