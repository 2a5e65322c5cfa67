"""English date words: months, numbers, relative expressions and the cues that give a date its kind.

Regex fragments are matched case-insensitively by ``pipeline.nlp.dates``.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "jan.": 1, "jan": 1, "february": 2, "feb.": 2, "feb": 2, "march": 3, "mar.": 3, "april": 4,
    "apr.": 4, "apr": 4, "may": 5, "june": 6, "jun.": 6, "july": 7, "jul.": 7, "august": 8, "aug.": 8, "aug": 8,
    "september": 9, "sept.": 9, "sep.": 9, "sept": 9, "october": 10, "oct.": 10, "oct": 10, "november": 11,
    "nov.": 11, "nov": 11, "december": 12, "dec.": 12, "dec": 12,
}
#: Month names that are also ordinary words and need a day or a year next to them to count.
AMBIGUOUS_MONTHS = frozenset({"may", "march", "mar.", "jan", "aug", "sept", "oct", "nov", "dec", "apr", "feb"})

#: "18th December"
ORDINAL_SUFFIX = r"st|nd|rd|th"
#: "at 6:36 pm", "at 18:36"
TIME = r"(?:at|@)\s+(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?:\s*(?P<ampm>[ap]\.m\.|[ap]m)(?![\w]))?"

#: Words before a bare year that make it a date ("in 2004", "since 2015", "early 2023").
YEAR_CUES = (
    r"in|since|from|to|until|till|by|before|after|during|of|year|early|late|mid-|spring|summer|fall|autumn|winter|"
    r"end of|start of|beginning of|back in|class of|circa"
)
#: Month without a year: "in January", "mid-January", "late March", "this June".
MONTH_ONLY_CUES = r"in|mid-|early|late|since|by|until|through|this|next|last|come"

#: Numeric dates: "12/18/2019" is month/day/year in English (US outlets dominate the trade press).
NUMERIC_ORDER = "mdy"
#: "December 18, 2019" as well as "18 December 2019".
MONTH_FIRST = True
#: How an ambiguous month word is written when it is the month ("May", not the verb "may").
AMBIGUOUS_MONTH_CASE = "title"
#: Durations relative to the publication date: template → sign ("two months ago" → -1).
DURATIONS: dict[str, int] = {r"{num}\s+{unit}\s+ago": -1, r"in {num}\s+{unit}": 1}
#: Literal words (lower case) a text must contain for DURATIONS to be tried at all.
DURATION_TRIGGERS = (" ago", "in ")

NUMBERS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "a few": 3,
    "several": 3, "a couple of": 2,
}
UNITS: dict[str, str] = {
    "day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month", "months": "month",
    "year": "year", "years": "year",
}
#: "two months ago" → minus (the word follows the duration); "in three weeks" → plus (precedes it).
AGO = r"ago|earlier|before"
AHEAD = r"in"

#: Fixed relative expressions → (unit, offset).
RELATIVE: dict[str, tuple[str, int]] = {
    r"today": ("day", 0),
    r"yesterday": ("day", -1),
    r"tomorrow": ("day", 1),
    r"last week|past week": ("week", -1),
    r"next week": ("week", 1),
    r"last month|past month": ("month", -1),
    r"next month": ("month", 1),
    r"last year|past year": ("year", -1),
    r"next year": ("year", 1),
    r"this year": ("year", 0),
}

#: Cues near a date → its kind. The nearest cue before the date wins, else the nearest after it.
KIND_CUES: dict[str, str] = {
    r"published(?: on)?|posted(?: on)?": "published",
    r"premieres?|premiered|premiering|premiere date|streaming(?:\s+[\w+]+){0,3}\s+since|on air since|debuts?|debuted|debuting|launch(?:es|ed)?|streaming since|"
    r"airs?|aired|bows?|bowed|arrives?|arrived|returns?|returned|kicks? off|first episode": "premiere",
    r"release date|released?|releases|releasing|drops?|dropped|available|hits? (?:netflix|theaters|screens)|"
    r"out on|comes out|came out": "release",
    r"announced|announces?|announcement|confirmed|confirms?|revealed|reveals?|unveiled|said|says|told": "announcement",
    r"finale|final episode|last episode|series finale|ends?|ended|ending|wraps? up|wrapped|concluded|end date|"
    r"signs? off": "finale",
    r"updated(?: on)?|modified": "other",
}
