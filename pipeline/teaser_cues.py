"""Language data for the chrome filter (:mod:`pipeline.teasers`), keyed by language.

Each table lists what a news site prints around an article that is not the
article: teaser cues pointing at other articles, ad labels, headings that open
a block of related links or tags, photo credits, bylines and datelines. The
filter runs before language detection (it cleans the text that language
detection reads), so it uses the union of every language's entries.

Every entry was checked against ../shared/corpus (aeb, fr-pages,
entertainment): a cue that removed article text there was dropped or made
stricter. Matching is case-insensitive and accent-sensitive, on lines whose
spacing has been collapsed; write entries in lower case.
"""

from __future__ import annotations

#: A line starting with one of these, then a separator (``:``, ``-``, ``»``, ``>``, ``|``),
#: an ellipsis or an upper-case word, links to another article: "À lire aussi : …",
#: "LIRE AUSSI Netflix annule …", "MUST-READ: …", "Read more: …", "[Related: …]".
TEASER_PREFIXES: dict[str, tuple[str, ...]] = {
    "fr": (
        "à lire aussi", "a lire aussi", "à lire également", "lire aussi", "lire également",
        "voir aussi", "à voir aussi", "à voir également", "à voir", "à découvrir", "à découvrir aussi",
        "découvrez aussi", "lire la suite", "sur le même sujet", "sur le même thème", "en savoir plus",
        "notre sélection", "retrouvez aussi", "vous aimerez aussi", "vous aimerez peut-être",
        "ceci pourrait vous intéresser", "ça peut vous intéresser", "dans la même rubrique",
        "en vidéo", "vidéo", "diaporama", "podcast", "lire notre article", "lire notre critique",
        "regarder aussi", "relire", "à relire", "à (re)lire", "à (re)voir",
    ),
    "en": (
        "must-read", "must read", "also read", "read more", "read also", "read next", "see also",
        "see more", "also see", "also watch", "watch more", "more on this", "more from",
        "you may also like", "you might also like", "related", "related post", "related story",
        "related stories", "related articles", "related coverage", "recommended", "recommended reading",
        "don't miss", "dont miss", "further reading", "also on", "trending", "more:", "also:",
        "click here to read", "sponsored content", "watch", "listen", "popular",
    ),
}

#: Teaser cues that are only cues when written in capitals at the start of a line
#: (in lower case they start ordinary sentences: "Watch the trailer below.").
UPPERCASE_ONLY = frozenset({"watch", "listen", "popular", "trending", "vidéo", "podcast", "diaporama",
                            "relire", "recommended", "en vidéo", "à voir", "more from"})

#: A whole line that is one of these is an advertising label.
AD_LABELS: dict[str, tuple[str, ...]] = {
    "fr": ("publicité", "la suite après la publicité", "la suite après cette publicité",
           "la suite de l'article après la publicité", "la suite de l’article après la publicité",
           "contenu sponsorisé", "annonce", "pub", "article sponsorisé", "sponsorisé"),
    "en": ("advertisement", "advertisement:", "ad", "sponsored", "sponsored content",
           "story continues below advertisement", "article continues below advertisement",
           "continue reading below", "continue reading the main story", "paid content",
           "promoted content", "partner content"),
}

#: A line equal to one of these headings opens a block of related links, tags or
#: latest news: the heading and the headline-like lines under it are dropped,
#: up to the next paragraph of prose (so, at the end of a page, everything).
SECTION_HEADINGS: dict[str, tuple[str, ...]] = {
    "fr": ("sur le même thème", "sur le même sujet", "les articles similaires", "articles similaires",
           "dernières actualités", "dernières news", "dernières infos", "mots clés", "mots-clés", "tags",
           "tendances", "à lire aussi", "lire aussi", "à voir aussi", "voir aussi", "à découvrir",
           "dans la même rubrique", "les plus lus", "articles les plus lus", "les plus partagés",
           "vous aimerez aussi", "vous aimerez peut-être", "nos articles", "sur le même sujet",
           "voir tous les people", "voir toutes les séries", "plus d'actualités", "toute l'actualité",
           "partager", "partager cet article", "commentaires", "réagir", "à la une", "en continu",
           "articles liés", "articles associés", "pour aller plus loin", "pour approfondir"),
    "en": ("related", "related articles", "related stories", "related posts", "related content",
           "related coverage", "more stories", "more from", "more news", "read next",
           "you may also like", "you might also like", "recommended", "recommended for you",
           "most read", "most popular", "most viewed", "trending", "trending now", "latest news",
           "latest stories", "tags", "topics", "filed under", "filed under:", "share this",
           "share this article", "comments", "don't miss", "more on this story",
           "around the web", "from around the web", "what to read next", "keep reading"),
}

#: Photo and image credits: "Crédits photos : Bestimage", "Image illustrative : …", "Photo: AP".
CREDIT_PREFIXES: dict[str, tuple[str, ...]] = {
    "fr": ("crédits photos", "crédit photo", "crédits photo", "crédit", "crédits", "photo",
           "image illustrative", "illustration", "légende"),
    "en": ("photo credit", "photo credits", "image credit", "credit", "credits", "photo",
           "image", "pictured", "picture"),
}

#: Visible dateline cues; the kind says which metadata field the date belongs to.
DATELINE_PREFIXES: dict[str, tuple[tuple[str, str], ...]] = {
    "fr": (("publié le", "published"), ("publié", "published"), ("mis à jour le", "modified"),
           ("mis à jour", "modified"), ("modifié le", "modified"), ("actualisé le", "modified"),
           ("màj", "modified"), ("mise à jour", "modified"), ("le", "published")),
    "en": (("published on", "published"), ("published", "published"), ("posted on", "published"),
           ("posted", "published"), ("updated on", "modified"), ("updated", "modified"),
           ("last updated", "modified"), ("first published", "published"), ("on", "published")),
}

#: Byline cues: "Par Marie Piat | Journaliste", "By Jane Doe and John Smith".
BYLINE_PREFIXES: dict[str, tuple[str, ...]] = {
    "fr": ("par", "de", "propos recueillis par"),
    "en": ("by", "written by", "words by", "story by"),
}

#: Words that join several authors in a byline.
AUTHOR_JOINERS: dict[str, tuple[str, ...]] = {
    "fr": ("et", "avec"),
    "en": ("and", "&", "with"),
}

#: Words of what follows an author's name in a byline and is not a name ("| Journaliste",
#: ", Senior TV Writer", "avec AFP"): a part of the byline with one of these words is dropped.
BYLINE_ROLES: dict[str, tuple[str, ...]] = {
    "fr": ("journaliste", "rédacteur", "rédactrice", "rédaction", "chef", "correspondant", "correspondante",
           "envoyé", "envoyée", "spécial", "spéciale", "pigiste", "chroniqueur", "chroniqueuse", "critique",
           "afp", "avec", "service", "équipe"),
    "en": ("journalist", "writer", "editor", "reporter", "correspondent", "critic", "columnist", "contributor",
           "contributing", "staff", "senior", "associated", "press", "reuters", "ap", "team", "desk"),
}

#: An author biography line starts with the author's name, then one of these.
AUTHOR_BIO_CUES: dict[str, tuple[str, ...]] = {
    "fr": ("est journaliste", "est une journaliste", "est un journaliste", "est rédacteur", "est rédactrice",
           "est chroniqueur", "est chroniqueuse", "est critique", "est pigiste", "écrit sur", "travaille pour"),
    "en": ("is a journalist", "is a writer", "is a reporter", "is a staff writer", "is a senior writer",
           "is an editor", "is a freelance", "is a contributing", "is the author", "writes about",
           "covers ", "is an entertainment", "is a tv", "is a culture"),
}

#: Icon-font ligatures that leak into text as words ("… play_circle").
ICON_WORDS: tuple[str, ...] = (
    "play_circle", "play_circle_filled", "play_circle_outline", "play_arrow", "chevron_right",
    "chevron_left", "arrow_forward", "arrow_back", "open_in_new", "photo_camera", "videocam",
    "slideshow", "headphones", "bookmark_border", "share",
)

#: Newsletter, subscription and follow-us lines: a line starting with one of these is promotion
#: when it is short (or is nothing but a link). "Follow" needs a social network in the line.
PROMO_PREFIXES: dict[str, tuple[str, ...]] = {
    "fr": ("abonnez-vous", "inscrivez-vous", "suivez-nous", "recevez notre newsletter",
           "recevez gratuitement", "téléchargez l'application", "téléchargez notre application",
           "pour ne rien manquer", "pour rester informé"),
    "en": ("subscribe to", "subscribe now", "sign up for", "sign up to", "sign up now", "get the latest",
           "get access to", "like this story?", "have a tip?", "download the app", "download our app",
           "join our newsletter", "get our newsletter", "newsletter sign up", "follow us", "follow @"),
}
SOCIAL_NETWORKS: tuple[str, ...] = ("twitter", "facebook", "instagram", "youtube", "tiktok", "linkedin", "snapchat",
                                    "bluesky", "threads", "pinterest")
FOLLOW_VERBS: dict[str, tuple[str, ...]] = {"fr": ("suivez", "retrouvez"), "en": ("follow",)}

#: Share-widget words glued to the end of a quoted sentence ("… business.Click To Tweet"):
#: removed from the line, which is kept.
WIDGET_SUFFIXES: tuple[str, ...] = ("click to tweet", "tweet this", "cliquez pour tweeter", "tweeter")

#: Month names for date-only lines and dateline parsing.
MONTHS: dict[str, dict[str, int]] = {
    "fr": {"janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fév": 2, "mars": 3, "avril": 4,
           "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8, "septembre": 9,
           "sept": 9, "octobre": 10, "oct": 10, "novembre": 11, "nov": 11, "décembre": 12, "decembre": 12,
           "déc": 12},
    "en": {"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
           "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
           "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
           "dec": 12},
}

#: Week-day names, which may open a date line ("mardi 4 février 2020", "Tuesday, Feb. 4, 2020").
WEEKDAYS: dict[str, tuple[str, ...]] = {
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "en": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
           "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"),
}

#: Words linking a date and a time: "3 février 2020 à 18:36", "Feb 3, 2020 at 6:36 pm".
TIME_JOINERS: dict[str, tuple[str, ...]] = {
    "fr": ("à", "a", "-", "–", ","),
    "en": ("at", "-", "–", ","),
}


def union(table: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """Every language's entries, longest first (so "à lire aussi" wins over "lire aussi")."""
    return tuple(sorted({entry for entries in table.values() for entry in entries}, key=lambda e: (-len(e), e)))
