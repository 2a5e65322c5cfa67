"""English cues for people, their roles and the characters they play.

Every value is a regular-expression fragment matched case-insensitively on
the text around a name; ``pipeline.nlp.people`` compiles them once per
language. Role names are the record's ``RoleName`` values.
"""

from __future__ import annotations

#: Role nouns (singular; a plural ``s`` is accepted) → role.
ROLE_NOUNS: dict[str, str] = {
    r"co-?creator|creator|series creator|show creator|creative force": "creator",
    r"show-?runner|co-?showrunner": "showrunner",
    r"executive producer|exec producer|ep": "executive_producer",
    r"co-?producer|producer": "producer",
    r"composer|score composer": "composer",
    r"director|filmmaker": "director",
    r"writer|screenwriter|head writer|scribe": "writer",
    r"actor|actress|co-?star|star|cast member|lead|leading lady|leading man|voice actor|voice actress|thespian|"
    r"series regular|series star|original series star": "actor",
    r"journalist|reporter|critic|columnist|correspondent|editor|tv editor|staff writer": "journalist",
    r"host|presenter|anchor|singer|musician|rapper|guitarist|drummer|bassist|bass player|songwriter|comedian|"
    r"ceo|chief executive|chairman|chairwoman|chair|president|chief|boss|executive|exec|head of [a-z ]{1,30}|"
    r"controller|commissioner|spokesman|spokeswoman|spokesperson|politician|senator|minister|prime minister|mayor|"
    r"author|novelist|writer of the books?|photographer|judge|model|quarterback|player|athlete|campaigner|"
    r"contestant|housemate|winner|champion|nominee|mogul|dj|beatle|organiser|organizer|librarian|curator|lawyer|attorney|analyst|agent|manager": "other",
}

#: Passive or prepositional cues written right before a name ("created by X") → role.
AGENT_CUES: dict[str, str] = {
    r"(?:co-?)?created by|developed by|from creator|from showrunner|series by|show by|the brainchild of|"
    r"(?:series|drama|comedy|show|thriller|sitcom|dramedy)(?: [\w-]+){0,2}? from": "creator",
    r"directed by|helmed by": "director",
    r"executive produced by|exec produced by": "executive_producer",
    r"produced by": "producer",
    r"written by|penned by|scripted by": "writer",
    r"music by|composed by|scored by|score by": "composer",
    r"starring|co-starring|stars|featuring|features|featured|reunites|played by|portrayed by|voiced by|led by|toplined by|"
    r"(?:cast|lineup) (?:includes?|including|of|features)|also stars": "actor",
    r"hosted by|presented by|fronted by": "other",
    # the author of the source work, not of the series
    r"(?:based on|adapted from|inspired by)(?: (?:the )?(?:[\w-]+ )?(?:books?|novels?|comics?|memoir|work) (?:of|by))?": "other",
}

#: Verbs right after a name → role ("X Joins ...", "X Returns For ...", "X-Starring").
VERB_ROLES: dict[str, str] = {
    r"joins?|joined|returns?|returning|stars?|starred|is back|are back|reprises?|reprising|plays?|played|"
    r"to star|will star|set to star|signs on|boards?|is cast|has been cast|cast as|co-stars?|guest stars?|"
    r"to return|will return|-starring|-led|-fronted": "actor",
    r"created|co-created|creates|developed|-created": "creator",
}

#: "with X" is an actor cue only after a series noun or a series title.
WITH_WORDS = r"(?:with|alongside|opposite)(?: (?:also|fellow|co-stars?))?"
SERIES_NOUNS = (
    r"series|show|sitcom|drama|comedy|dramedy|thriller|reboot|revival|remake|spinoff|spin-off|prequel|sequel|"
    r"season|episode|cast|pilot|miniseries|limited series|soap|anthology"
)

#: Between two names of one list ("A, B and C").
LIST_SEPARATORS = r",|and|, and|&|or|as well as|plus|/"

#: After an actor: the character follows ("X playing the role of Y", "X as Y").
CHARACTER_AFTER = (
    r"(?:,\s*)?(?:playing the (?:role|part) of|in the (?:role|part) of|(?:who|which) (?:plays|played|portrays|portrayed|voices|voiced)|"
    r"plays|played|portrays|portrayed|voices|voiced|won['’]t voice|will voice|to voice|reprises? (?:the )?role of|"
    r"(?:stars?|starring|starred|co-stars?) as|as|aka|a\.k\.a\.|best known as|known for playing|(?:the )?voice of)"
)

#: Verbs whose object is a character, whoever the subject ("the actress plays Y").
CHARACTER_OBJECT = (
    r"plays|played|playing|play|portrays|portrayed|portraying|portray|voices|voiced|voicing|voice|"
    r"reprises? the role of|reprising the role of|takes on the role of"
)

#: After a name: another name for the same person ("Curtis Jackson, better known as 50 Cent").
ALIAS = r"(?:,\s*)?(?:better known as|known professionally as|real name|née|born)"

#: Before a lone surname: a family, not a person ("the Castel brothers" is handled by NOT_PERSON_WORDS).
FAMILY = r"(?:family|clan|the|brothers|sisters)"

#: The character is the name right after these words, with or without an actor ("the character of Carol").
CHARACTER_MARKERS = r"(?:the )?character(?: of)?|(?:the )?role of|(?:the )?part of"

#: Before an actor: "Y, played by X".
CHARACTER_BEFORE = r"\s*,?\s*(?:played|portrayed|voiced) by\s*$"

#: Words the character phrase may skip before the name. English "as" takes the name at once ("as the coach" is no character).
CHARACTER_FILLERS = r"(?:the|servant|villainous|young|old|titular|iconic|beloved|infamous)"

#: A sentence whose subject is a role noun phrase refers back to the last person ("The actress plays Y").
ANAPHORA = r"(?:the|this|that)\s+(?:\w+\s+){0,2}?(?:actress|actor|star|comedian)"

#: Written in a byline before the journalist's name.
BYLINE = r"(?:by|written by|words by|reporting by)"

#: Honorifics kept in names as written but not counted as a first name.
HONORIFICS = r"mr\.?|mrs\.?|ms\.?|dr\.?|sir|dame|lord|lady"

#: Single words that never make a name a person (awards, events, organisations, title words).
NOT_PERSON_WORDS = frozenset({
    "girl", "girls", "boys", "guys", "comedy", "drama", "anime", "sitcom", "show", "movie", "film", "documentary",
    "docuseries", "miniseries", "soap", "reality", "news", "live", "twitter", "instagram", "facebook", "tiktok",
    "hollywood", "role", "roles", "rôle", "rôles", "part", "cast", "casting",
    "awards", "award", "globes", "globe", "emmy", "emmys", "oscars", "oscar", "grammy", "grammys", "baftas", "bafta",
    "festival", "tv", "club", "studio", "studios", "productions", "records", "entertainment", "group", "inc", "ltd",
    "network", "channel", "comic-con", "con", "academy", "foundation", "association", "theatre", "theater", "opera",
    "streaming", "brothers", "sisters", "season", "episode", "series", "trailer", "review", "podcast", "covid", "covid-19", "renewed",
    "cancelled", "canceled", "renews", "cancels", "finale", "premiere", "premieres", "revival", "reboot", "spinoff",
    "slogan", "campaign", "sequel", "budget", "production", "teaser", "nods", "nominations", "ratings",
})

#: Words that end a name in a Title Case headline or a caseless text ("Dana Whitfield Boards", "tom garvey said"):
#: reporting and headline verbs, and function words spaCy does not count as stop words.
NAME_BREAKERS = frozenset("""
says said say saying tells told adds added reveals revealed teases teased hints hinted confirms confirmed denies
denied admits admitted explains explained talks talked opens opened addresses addressed slams slammed blasts blasted
exits exited leaves left departs departed replaces replaced defends defended responds responded recalls recalled praises praised shares shared wants wanted gets got makes made
calls called thinks thought weighs weighed contracts contracted detained arrested sued sues mourns mourned
remembers remembered celebrates celebrated honors honoured honored lands landed signs signed exits exited quits
quit eyes eyeing eyed sets set teams teamed sparks sparked shows showed brings brought leads led lost loses wins won
discusses discussed details detailed drops dropped shuts shut breaks broke doubles dropped dishes dished
starring co-starring led fronted created produced directed written hosted named promises promised vows vowed insists
insisted urges urged warns warned hints reacts reacted reflects reflected questions questioned begin begins began start
starts started resume resumes resumed halt halts halted wrap wraps wrapped threatens threatened threaten face faces
faced announces announced unveils unveiled
amid via per despite versus vs vs. inside outside atop aboard onto toward towards upon reportedly officially
latest new former original next final first last exclusive breaking watch video photos trailer interview review
""".split())

#: Lower-case name particles kept inside names ("Marc de la Roche", "Hans van Dijk", "Anna von Berg").
PARTICLES = frozenset({"de", "van", "von", "der", "den", "di", "da", "del", "della", "la", "le", "bin", "al", "el", "st", "st.", "mc", "mac"})

#: A surname standing for a person already named: "{name}" is the surname.
SURNAME_REFERENCE = (r"(?<![\w-])(?:(?:mr|mrs|ms|miss|dr)\.?\s+{name}|{name}\s+(?:said|says|added|adds|told|explained|"
                     r"admitted|insisted|wrote|continued))(?![\w-])")
