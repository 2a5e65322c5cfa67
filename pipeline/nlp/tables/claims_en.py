"""English status cues (same layout as :mod:`pipeline.nlp.tables.claims_fr`)."""

from __future__ import annotations

A = "[’']"

#: What a cue's pattern may hold between its words and the title inside it ("hands ‘X’ a third season").
GAP = r"\S+(?:\s+\S+){0,6}?"
#: A season, counted or new, as a decision names it ("a third season", "season 4", "two more seasons",
#: "another go-round", British "a fourth series").
NEW_SEASON = (r"(?:{season}|(?:a\s+)?new\s+season|another\s+(?:season|series|round|run|go-round|go-around|outing|"
              r"installment|instalment|year|batch\s+of\s+episodes)|(?:{num}|a\s+couple\s+of)\s+more\s+(?:seasons?|series|years?)|"
              r"(?:{ord})\s+(?:series|go-round|go-around|outing|installment|instalment|round|run|cycle)|"
              r"(?:more|new)\s+episodes|season\s+(?:{ord}))")
#: What a season may be named for when it is not a renewal ("Season 3 Trailer", "Season 2 premiere date").
NOT_A_DECISION = (r"(?!\s+(?:promo|trailer|teaser|poster|premiere|release|date|first|photos?|images?|footage|clip|sneak|"
                  r"look|key\s+art|title|finale|opener|episode|review|recap|ratings|cast|preview))")
#: Words after a "return" cue that make it a premiere date, not a decision ("returns on March 3", "is back tonight").
PREMIERE_AFTER = (r"(?:on|in|this|next|later\s+this|early|late|for\s+(?:the\s+)?(?:holidays?|christmas))\s+"
                  r"(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|"
                  r"tuesday|wednesday|thursday|friday|saturday|sunday|spring|summer|fall|autumn|winter|year|month|week|"
                  r"weekend|\d)|tonight|tomorrow|today|this\s+(?:week|month|fall|spring|summer|winter|weekend|year)|"
                  r"next\s+(?:week|month|year)|premiere|debut|soon|with\s+(?:new\s+)?episodes?\s+(?:on|in|this|next)")

CUES: tuple[tuple[str, str, str, float], ...] = (
    # ======== undecided: the text says no decision has been made yet (RULES rule 6)
    ("undecided", "idiom", r"in\s+limbo", 0.85),
    ("undecided", "idiom", r"neither\s+(?:been\s+)?(?:renewed|{p:cancel}|picked\s+up|{p:axe})\s+nor\s+(?:been\s+)?(?:renewed|{p:cancel}|{p:axe})", 0.9),
    # "has not been renewed or cancelled": a negated pair is no denial
    (
        "undecided", "idiom",
        rf"(?:has|have|had)(?:n{A}t|\s+not)\s+(?:yet\s+)?(?:officially\s+)?(?:been\s+)?(?:renewed|{{p:cancel}}|picked\s+up)\s+or\s+(?:renewed|{{p:cancel}}|{{p:axe}})(?:\s+yet)?",
        0.85,
    ),
    ("undecided", "idiom", r"(?:has|have)\s+yet\s+to\s+be\s+(?:officially\s+)?(?:renewed|{p:cancel}|picked\s+up)(?:\s+or\s+(?:renewed|{p:cancel}))?(?:\s+yet)?", 0.85),
    ("undecided", "idiom", r"(?:yet|not\s+yet)\s+(?:been\s+)?(?:renewed|{p:cancel})", 0.8),
    ("undecided", "idiom", r"(?:fate|future)\s+(?:is\s+|remains\s+|still\s+|now\s+)*(?:undecided|uncertain|unclear|unknown|up\s+in\s+the\s+air|undetermined|in\s+(?:the\s+)?balance|in\s+question|in\s+doubt|hangs?\s+in\s+the\s+balance|hanging\s+in\s+the\s+balance|TBD|to\s+be\s+determined)", 0.8),
    # the title inside the cue: "the fate of ‘X’ remains uncertain"
    ("undecided", "idiom", r"(?:fate|future)\s+of\s+" + GAP + r"\s+(?:is\s+|remains\s+|still\s+|now\s+)+(?:undecided|uncertain|unclear|unknown|up\s+in\s+the\s+air|undetermined|in\s+(?:the\s+)?balance|in\s+question|in\s+doubt)", 0.8),
    ("undecided", "idiom", r"(?:hangs?|hanging|hung)\s+in\s+the\s+balance", 0.75),
    ("undecided", "idiom", rf"(?:has|have|had)(?:n{A}t|\s+not)?\s+(?:yet\s+to|not\s+yet|still\s+not)\s+(?:decide[ds]?|ma[dk]e\s+(?:a|its|their|any)\s+(?:final\s+)?(?:decision|call)|announced?\s+(?:a|its|any)\s+decision|reached?\s+a\s+decision)", 0.8),
    ("undecided", "idiom", rf"(?:has|have)(?:n{A}t|\s+not)\s+(?:yet\s+)?(?:officially\s+)?(?:decided|made\s+(?:a|any|its|their)\s+(?:final\s+)?(?:decision|call))(?:\s+(?:yet|whether|if|on|about))?", 0.75),
    ("undecided", "idiom", r"(?:still\s+|remains?\s+|is\s+)?undecided(?:\s+(?:on|about|whether|if))?", 0.7),
    ("undecided", "idiom", r"no\s+(?:final\s+)?decision\s+(?:has\s+been\s+(?:made|reached|taken)|yet|on|about|regarding|has\s+been\s+announced)", 0.75),
    ("undecided", "idiom", r"(?:the\s+)?jury\s+(?:is\s+|[’']s\s+)?(?:still\s+)?out(?:\s+on)?", 0.75),
    ("undecided", "idiom", r"(?:still\s+)?no\s+word\s+(?:yet\s+)?(?:on|about|regarding)\s+(?:whether|if|an?\s+|the\s+fate|its\s+(?:fate|future))?", 0.6),
    ("undecided", "idiom", r"(?:still\s+|is\s+|are\s+)?(?:waiting|awaiting|awaits|waits)\s+(?:on\s+|for\s+)?(?:an?\s+|its\s+|their\s+|the\s+|word\s+on\s+(?:a|its)\s+)?(?:renewal\s+)?(?:decision|verdict|fate)", 0.65),
    ("undecided", "idiom", rf"(?:we\s+)?(?:don{A}t|do\s+not)\s+(?:yet\s+)?know\s+(?:yet\s+)?(?:if|whether)", 0.55),
    ("undecided", "idiom", r"remains\s+to\s+be\s+seen", 0.5),
    ("undecided", "idiom", r"(?:remains?\s+|remained\s+|is\s+|was\s+|put\s+|placed\s+)?on\s+indefinite\s+(?:hold|hiatus)", 0.8),
    ("undecided", "idiom", r"(?:remains?\s+|remained\s+|put\s+|placed\s+)?on\s+(?:hold|ice)", 0.55),
    ("undecided", "idiom", r"(?:faces?|facing)\s+an?\s+uncertain\s+future|uncertain\s+future", 0.7),
    # ======== cancelled: idioms with a built-in negation
    ("cancelled", "idiom", rf"(?:won{A}t|will\s+not|isn{A}t\s+going\s+to|is\s+not\s+going\s+to|are\s+not\s+going\s+to|not\s+going\s+to)\s+(?:be\s+)?(?:{{a:return}}|come\s+back|coming\s+back|be\s+back|{{a:continue}}|go\s+on|get\s+an?\s+(?:{{season}}|new\s+season|another\s+season)|see\s+(?:an?|another)\s+(?:{{season}}|new\s+season|season)|{{a:proceed}}|be\s+renewed|be\s+picked\s+up)", 0.85),
    ("cancelled", "idiom", r"not\s+(?:be\s+)?(?:returning|coming\s+back|moving\s+forward|continuing|proceeding|getting\s+an?\s+(?:{season}|new\s+season|another\s+season))", 0.8),
    ("cancelled", "idiom", rf"(?:won{A}t|will\s+not|not|isn{A}t\s+going\s+to|no\s+longer)\s+(?:be\s+)?mov(?:e|ing)\s+forward\s+with", 0.8),
    ("cancelled", "idiom", r"no\s+(?:{season}|new\s+season|more\s+seasons|further\s+seasons|more\s+episodes|(?:{ord})\s+series)", 0.85),
    ("cancelled", "idiom", r"{v:pull}\s+the\s+plug(?:\s+on)?", 0.9),
    ("cancelled", "idiom", r"(?:{v:get}|given|{v:receive}|{v:face})\s+the\s+(?:axe|ax|boot|chop|hook|heave-ho|pink\s+slip|kibosh)", 0.9),
    ("cancelled", "idiom", r"(?:{v:fall}|{v:succumb})\s+(?:victim\s+)?to\s+the\s+(?:axe|ax|chopping\s+block|cancel(?:l)?ation\s+axe)", 0.85),
    ("cancelled", "idiom", r"the\s+(?:axe|ax)\s+(?:{v:fall}|{v:come}\s+down)\s+on", 0.85),
    ("cancelled", "idiom", r"{v:bite}\s+the\s+dust", 0.85),
    ("cancelled", "idiom", r"{p:send}\s+packing|{v:send}\s+" + GAP + r"\s+packing", 0.85),
    ("cancelled", "idiom", r"{p:show}\s+the\s+door|{v:show}\s+" + GAP + r"\s+the\s+door", 0.85),
    ("cancelled", "idiom", r"kicked\s+to\s+the\s+curb", 0.8),
    ("cancelled", "idiom", r"one[-\s]and[-\s]done", 0.75),
    ("cancelled", "idiom", r"(?:is|are)\s+no\s+more", 0.75),
    ("cancelled", "idiom", r"(?:run\s+)?(?:is\s+|was\s+|been\s+)?cut\s+short", 0.7),
    ("cancelled", "idiom", r"(?:is\s+|are\s+)?(?:officially\s+)?(?:done|dead|over|finished)\s+(?:at|on|over\s+at)(?=\s+(?:the\s+)?(?-i:[A-Z]))", 0.7),
    ("cancelled", "idiom", r"after\s+(?:being|it\s+was|getting|its|their|the)\s+(?:{p:cancel}|{p:axe}|cancel(?:l)?ation)", 0.8),
    ("cancelled", "idiom", r"{v:let}\s+" + GAP + r"\s+go(?!\s+(?:on|to|of|ahead|through))|let\s+go\s+(?:by|at)", 0.7),
    # the decider is the subject, the series after the idiom ("Max Brings Down the Curtain on ‘X’")
    ("cancelled", "active", r"(?:{v:bring}|{v:ring}|{v:draw})\s+(?:down\s+)?the\s+curtain\s+(?:down\s+)?on", 0.75),
    ("cancelled", "active", r"{v:call}\s+time\s+on|{v:close}\s+the\s+book\s+on|{v:close}\s+the\s+door\s+on|{v:slam}\s+the\s+door\s+on", 0.8),
    ("cancelled", "active", r"(?:{v:take}|{v:wield}|{v:swing})\s+the\s+(?:axe|ax)\s+(?:to|on)", 0.85),
    ("cancelled", "active", r"{v:decide}\s+against(?=\s+(?:an?\s|another|renewing|continuing|ordering|bringing|moving|picking|a\s+(?:{ord})))", 0.85),
    ("cancelled", "active", r"(?:{v:decide}|{v:opt}|{v:choose}|{v:elect}|{v:decline})\s+(?:not\s+)?to\s+(?:renew|continue|move\s+forward\s+with|proceed\s+with|order|pick\s+up|bring\s+back|commission)", 0.85),
    ("cancelled", "active", r"{v:pass}\s+on", 0.75),
    ("cancelled", "active", r"{v:cut}\s+ties\s+with", 0.75),
    # ======== cancelled: verbs (the participle also reads as active after a network or "has") and nouns
    ("cancelled", "passive", r"{p:cancel}|{p:axe}|{p:scrap}|{p:can}|{p:shelve}|{p:nix}|{p:ditch}|{p:discontinue}|{p:junk}|{p:deep-six}|{p:mothball}|dropped\s+(?:by|at|after)", 0.95),
    ("cancelled", "passive", r"{p:dump}|{p:jettison}|{p:bin}|{p:shutter}|{p:sink}", 0.8),
    ("cancelled", "passive", r"(?:{p:cut}|{p:kill}|{p:boot}|{p:ground}|{p:yank}|{p:trash}|{p:terminate})(?=\s+(?:by|at|after|from\s+the\s+schedule|following))", 0.8),
    ("cancelled", "active", r"dropped", 0.75),
    ("cancelled", "active", r"{a:cancel}|{a:axe}|{a:scrap}|{a:nix}|{a:ditch}|{a:discontinue}|{a:drop}|{a:junk}|{a:shelve}|{a:deep-six}", 0.85),
    ("cancelled", "active", r"{a:dump}|{a:jettison}|{a:mothball}|{a:shutter}|{a:bin}|{a:boot}|{a:sink}|{a:ground}|{a:yank}|{a:trash}|{a:kill}(?!\s+off)|{a:cut}(?!\s+(?:ties|back|down|off|short|the\s+(?:cord|check)|scenes?|\d))", 0.7),
    ("cancelled", "noun", r"cancel(?:l)?ations?|axing|scrapping", 0.9),
    ("cancelled", "noun", r"demise|death\s+knell", 0.6),
    ("cancelled", "passive", r"not\s+renewed|unrenewed", 0.9),
    # ======== ending: a final season, a series that stops by its makers' choice
    ("ending", "idiom", r"(?:to|will|set\s+to|is\s+set\s+to|is\s+going\s+to|are\s+set\s+to|plans?\s+to)\s+(?:end|conclude|wrap(?:\s+up)?|close\s+out|finish)\s+(?:its\s+run\s+)?(?:with|after)", 0.9),
    ("ending", "idiom", r"(?:ends|ending|concludes|concluding|wraps\s+up|wrapping\s+up|closes\s+out|finishes)\s+(?:its\s+run\s+)?(?:with|after)\s+(?:its\s+|the\s+)?(?:upcoming\s+|current\s+|next\s+)?(?:{season}|\S+\s+seasons?|(?:{ord})\s+series)", 0.85),
    ("ending", "idiom", r"(?:will\s+be|to\s+be|is|as)\s+(?:its|their|the|the\s+\S+[’']s?)\s+(?:last|final)(?:\s+(?:one|season|series)|(?=\s*[.,;!?—–]|\s*$))", 0.85),
    ("ending", "idiom", r"{v:set}\s+(?:{season}|season\s+\S+)\s+as\s+(?:its|their|the|the\s+\S+[’']s?)\s+(?:last|final)", 0.9),
    ("ending", "idiom", r"(?:{v:bow}\s+out|{v:sign}\s+off|{v:call}\s+it\s+quits|{v:take}\s+(?:its|their|a)\s+final\s+bow|{v:close}\s+(?:its|their)\s+doors|{v:end}\s+(?:its|their)\s+run|{v:wind}\s+down|{v:ride}\s+off\s+into\s+the\s+sunset)(?=\s+(?:with|after|following|at\s+the\s+end\s+of|in|next|this|when|once)|\s*[.,;:!?—–]|\s*$)", 0.85),
    # "Netflix Says Goodbye to ‘X’ With Its Fourth Season": only with the season it ends with
    ("ending", "idiom", r"(?:{v:say}|{v:bid}|{v:wave})\s+(?:goodbye|farewell|adieu)(?:\s+to)?(?=\s+(?:\S+\s+){0,7}?(?:with|after)\s)", 0.75),
    ("ending", "idiom", r"{v:conclude}\s+(?:the|its|their)\s+(?:story|saga|tale)", 0.75),
    ("ending", "noun", r"(?:(?:{ord})\s+and\s+(?:final|last)|final|farewell)\s+(?:season|series)", 0.85),
    ("ending", "noun", r"swan\s+song|last\s+ride|last\s+hurrah|final\s+(?:chapter|run|installment|instalment|outing|go-round|bow|curtain\s+call)|end\s+of\s+the\s+road", 0.7),
    ("ending", "idiom", r"(?:to\s+end|will\s+end|is\s+ending|coming\s+to\s+an\s+end|will\s+come\s+to\s+an\s+end|draws?\s+to\s+a\s+close|drawing\s+to\s+a\s+close)", 0.6),
    # ======== revived: back after a cancellation or an ending
    ("revived", "idiom", r"(?:to\s+return|will\s+return|is\s+returning|returns|returning|to\s+come\s+back|comes\s+back|is\s+coming\s+back|is\s+back)\s+(?:to\s+\S+(?:\s+\S+)?\s+)?(?:in\s+(?:a\s+)?(?:new\s+)?series|after\s+(?:a\s+|an\s+)?\S+[-\s](?:year|decade)s?(?:[-\s]long)?\s+(?:hiatus|absence|break|gap|wait)|after\s+(?:\S+\s+){1,2}(?:years|decades)(?:\s+off\s+(?:the\s+)?air)?)", 0.75),
    ("revived", "idiom", r"finds?\s+(?:a\s+)?new\s+(?:tv\s+|streaming\s+)?home|finds?\s+a\s+home", 0.8),
    ("revived", "idiom", r"(?:{v:rise}|back|{v:return}|{v:come}\s+back)\s+from\s+the\s+(?:dead|grave)|{v:live}\s+again|(?:brought|{v:come})\s+back\s+to\s+life", 0.85),
    ("revived", "idiom", r"new\s+lease\s+(?:on|of)\s+life|second\s+life|{v:throw}\s+(?:a\s+)?lifeline(?:\s+to)?", 0.7),
    ("revived", "idiom", r"{v:reverse}\s+(?:its\s+|their\s+|the\s+)?(?:course|decision|cancel(?:l)?ation)", 0.75),
    ("revived", "passive", r"{p:revive}|{p:resurrect}|{p:rescue}|{p:uncancel}|{p:un-cancel}|{p:salvage}|saved\s+(?:by|at)|picked\s+up\s+by|brought\s+back\s+(?:by|at|on|for\s+a\s+revival)", 0.85),
    ("revived", "passive", r"(?:is|was|has\s+been)\s+saved", 0.75),
    ("revived", "active", r"{a:revive}|{a:resurrect}|{a:rescue}|{a:uncancel}|{a:un-cancel}|{a:salvage}|saves|{a:swoop}\s+in\s+to\s+save", 0.75),
    ("revived", "noun", r"revival|resurrection", 0.7),
    # ======== renewed: another season
    ("renewed", "idiom", r"(?:{season}|new\s+season)\s+(?:of\s+" + GAP + r"\s+)?(?:is\s+|has\s+been\s+|was\s+)?(?:officially\s+)?(?:confirmed|ordered|announced|greenlit|green-lit|a\s+go|happening|official|on\s+the\s+way)(?!\s+(?:for|at)\s+(?:san\s+diego|comic-?con|sdcc|d23|the\s+\w+\s+panel))", 0.85),
    ("renewed", "idiom", r"(?:to\s+get|{v:get}|{v:land}|{v:score}|{v:earn}|{v:secure}|{v:nab}|{v:snag}|{v:grab}|{v:bag}|{v:win}|{v:receive}|{v:clinch}|{v:lock}\s+in|set\s+for|confirmed\s+for|ordered\s+for|picked\s+up\s+for)\s+(?:an?\s+|its\s+)?" + NEW_SEASON + r"(?:\s+(?:pickup|pick-up|renewal|order))?" + NOT_A_DECISION, 0.85),
    ("renewed", "idiom", r"(?:{season}|{num}[\s-]seasons?|(?:{ord})[\s-]season)\s+(?:pickup|pick-up|renewal|order)", 0.85),
    # the title inside the cue: "Apple TV+ Picks Up ‘X’ for Second Season", "AMC hands ‘X’ a third season"
    ("renewed", "idiom", r"{v:pick}\s+up\s+" + GAP + r"\s+for\s+(?:an?\s+|its\s+)?" + NEW_SEASON, 0.85),
    ("renewed", "idiom", r"(?:{v:hand}|{v:give}|{v:grant}|{v:award}|{v:offer})\s+" + GAP + r"\s+(?:an?\s+|another\s+|its\s+)?" + NEW_SEASON + NOT_A_DECISION, 0.85),
    ("renewed", "idiom", r"{v:keep}\s+" + GAP + r"\s+(?:around|alive|going|on\s+(?:the\s+)?air|for\s+(?:an?\s+|another\s+|its\s+)?" + NEW_SEASON + r")", 0.8),
    ("renewed", "idiom", r"{v:extend}\s+" + GAP + r"\s+(?:through|into|for|until)\s+(?:an?\s+|another\s+|its\s+)?" + NEW_SEASON, 0.85),
    ("renewed", "idiom", r"extended\s+(?:through|into|for|until)\s+(?:an?\s+|another\s+|its\s+)?" + NEW_SEASON, 0.85),
    ("renewed", "idiom", r"(?:{v:order}|{v:commission}|{v:recommission}|{v:greenlight}|{v:green-light}|{v:approve}|{v:confirm})\s+(?:an?\s+|its\s+)?" + NEW_SEASON + NOT_A_DECISION, 0.85),
    ("renewed", "idiom", r"{v:live}\s+on\s+(?:for|into|through)\s+(?:an?\s+|another\s+)?(?:(?:{ord})|{season}|season|year)|{v:live}\s+to\s+see\s+(?:another|an?\s+(?:{ord}))", 0.8),
    ("renewed", "idiom", r"{v:survive}\s+(?:the\s+)?(?:axe|ax|chopping\s+block|cut|cull|cancel(?:l)?ation\s+(?:axe|spree|wave))", 0.8),
    ("renewed", "idiom", rf"(?:isn{A}t|is\s+not|aren{A}t|are\s+not)\s+going\s+anywhere", 0.7),
    ("renewed", "passive", r"{p:renew}|{p:re-up}|{p:recommission}|greenlit|green-lit", 0.95),
    ("renewed", "active", r"{a:renew}|{a:re-up}|{a:recommission}", 0.9),
    ("renewed", "noun", r"renewals?|green[\s-]?light|greenlight|re-up", 0.8),
    # ======== back for more: a renewal, or a revival when the text speaks of a cancellation or an ending
    ("return", "idiom", r"(?:will\s+)?(?:be\s+)?(?:back|{v:return}|{v:come}\s+back|coming\s+back)\s+for\s+(?:an?\s+|its\s+)?(?:" + NEW_SEASON + r"|more(?!\s+than)|another)(?!\s+(?:" + PREMIERE_AFTER + r"))", 0.6),
    ("return", "idiom", rf"(?:(?:is|are|{A}s|{A}re)\s+(?:both\s+|all\s+|officially\s+|definitely\s+)*coming\s+back|will\s+(?:officially\s+)?(?:be\s+back|return|come\s+back)|to\s+return)(?!\s+(?:to|as|from|home)\b|\s+(?:{PREMIERE_AFTER}))", 0.55),
    ("return", "active", r"(?:{a:bring}|is\s+to\s+bring)\s+back", 0.7),
    ("return", "passive", r"brought\s+back", 0.75),
    # ======== picked up without a season: a revival after a cancellation; else a new show's order (no claim)
    ("pickup", "active", r"{a:pick}\s+up|{a:snap}\s+up|{a:scoop}\s+up|{a:grab}", 0.7),
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
#: Words that make a built-in negation provisional: "no season 3 yet" is undecided, not a cancellation.
PENDING = (r"yet", r"for\s+now", r"so\s+far", r"at\s+(?:the|this)\s+(?:moment|time|point)", r"as\s+of\s+(?:now|yet)")
#: A cue spelled in the conditional is hearsay (French "annulerait"); English says it with "would" (RUMOR).
CONDITIONAL = r"(?!)"
#: Words that make a "back for more" cue a revival: the series had been cancelled or had ended.
REVIVAL_CONTEXT = (r"cancel\w*", r"axed", r"axing", r"scrapped", r"dropped\s+by", r"revival", r"revive\w*", r"resurrect\w*",
                   r"rescue\w*", r"saved", r"absence", r"hiatus", r"(?:years?|decades?)\s+(?:after|later|since|off)",
                   r"off\s+the\s+air", r"originally\s+(?:ran|aired)", r"original\s+run", r"ended\s+(?:its\s+run|in\s+\d{4})",
                   r"reboot\w*", r"(?:a|one)\s+decade")
DENIAL = (r"denies", r"denied", r"deny", r"dismiss\w*", r"debunk\w*", r"contrary\s+to", r"false", r"untrue", r"rumou?rs\s+of")
PRESUPPOSING_QUESTIONS = (r"why", r"how\s+come", r"what\s+(?:led|caused)")

#: Rumour words that are an undecided cue's own question ("has not decided whether …").
OPEN_QUESTION = (r"if", r"whether")
#: Time words right after a stop: a finale airs, nothing is decided ("ends tonight").
BROADCAST_AFTER = (r"tonight", r"this\s+(?:week|weekend|sunday|monday|tuesday|wednesday|thursday|friday|saturday)", r"tomorrow")
#: After a cue: the series comes back as something else ("will return as a movie"): no series claim.
NON_SERIES_FORM = (r"as\s+an?\s+(?:\w+\s+){0,2}(?:movie|film|feature|podcast|stage\s+play|musical|video\s+game|book)",
                   r"in\s+(?:movie|film)\s+form", r"on\s+the\s+big\s+screen")
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
#: People of a series: "the creators of X return", "les créateurs de X reviennent" say nothing of X's future.
PEOPLE_OF = (r"creators?", r"stars?", r"cast", r"showrunners?", r"writers?", r"directors?", r"actors?", r"actresses?",
             r"producers?", r"team", r"hosts?", r"alums?")
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
    # chained predicates: "Canceled at Fox, Then Picked Up by NBC Within Days"
    r"then", r"later", r"again", r"quickly", r"soon", r"only", r"within", r"hours?", r"days?", r"weeks?", r"months?",
    r"years?", r"but", r"both",
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
#: Function words too frequent to be a cue's prefilter trigger (see :mod:`pipeline.nlp.triggers`).
COMMON_WORDS = ("the", "and", "for", "not", "has", "have", "had", "will", "with", "after", "are", "was", "were", "its",
                "his", "her", "their", "this", "that", "from", "but", "one", "two", "all", "who", "which", "been", "being",
                "into", "out", "more", "new", "also", "than", "then", "our", "you", "any", "can", "set",
                "now", "yet", "off", "over", "just", "show", "series", "season", "seasons", "another")
#: Cue words a person can be the subject of too ("Dana Whitfield returns for season 4", "rempile pour une saison"):
#: the capitalised subject of such a cue is no title when it looks like a person's name.
PERSON_SUBJECT_CUES = ("return", "back", "bow", "sign", "quit", "goodbye", "farewell", "exit", "leav", "stay", "stick", "done", "over",
                       "lands?", "scores?", "earns?", "secures?", "wins?", "nabs?", "snags?", "grabs?", "bags?", "gets?", "got",
                       "going\\s+anywhere", "lives?", "surviv")
