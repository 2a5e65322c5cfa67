"""Well-known non-scripted programmes (RULES.md rule 7: talk, variety and game shows, reality competitions are
not series), one language-independent list.

**Provenance.** This is general world knowledge: long-running or widely reported US, UK, French and
international reality, competition, game, talk, variety, magazine and sports programmes, written down from
memory without looking at any evaluation text (claims-dev, the own, fresh, independent or hold-out sets).
It is a fallback for texts that name such a show with no word around it to say what it is ("‘Kitchen
Kings’ Renewed at Fox"); the context rules (``NON_SCRIPTED`` in the series tables) cover the rest.
Documentary series and miniseries are series and are not listed. Titles are compared with
:func:`pipeline.nlp.titles.series_id` (case, accents, punctuation and one leading article ignored); a
title that extends a listed one with a subtitle ("X: All Stars", "X UK") is the same franchise.
"""

from __future__ import annotations

TITLES: tuple[str, ...] = (
    # --- US competitions and reality
    "American Idol", "The Voice", "America's Got Talent", "Dancing with the Stars", "The Bachelor", "The Bachelorette",
    "Bachelor in Paradise", "The Golden Bachelor", "Survivor", "The Amazing Race", "Big Brother", "Celebrity Big Brother",
    "The Masked Singer", "The Masked Dancer", "Shark Tank", "Hell's Kitchen", "MasterChef", "MasterChef Junior",
    "Kitchen Nightmares", "Top Chef", "Project Runway", "RuPaul's Drag Race", "Queer Eye", "Love Island",
    "Love Is Blind", "Too Hot to Handle", "The Circle", "Selling Sunset", "Selling the OC", "Bling Empire",
    "Married at First Sight", "90 Day Fiancé", "The Real Housewives", "Vanderpump Rules", "Jersey Shore",
    "Keeping Up with the Kardashians", "The Kardashians", "Below Deck", "Deadliest Catch", "Naked and Afraid", "Alone",
    "Fixer Upper", "Property Brothers", "House Hunters", "Nailed It!", "The Great British Bake Off",
    "The Great British Baking Show", "The Great American Baking Show", "The Great Pottery Throw Down",
    "The Great British Sewing Bee", "American Ninja Warrior", "Ninja Warrior", "Wipeout", "Fear Factor",
    "The Biggest Loser", "Extreme Makeover: Home Edition", "Undercover Boss", "Cake Boss", "Pawn Stars",
    "American Pickers", "Storage Wars", "Duck Dynasty", "Dance Moms", "Toddlers & Tiaras", "Say Yes to the Dress",
    "Catfish", "The Challenge", "Are You the One?", "Temptation Island", "Perfect Match", "Physical: 100",
    "Singles Inferno", "Indian Matchmaking", "The Ultimatum", "Love on the Spectrum", "Squid Game: The Challenge",
    "Beast Games", "The Traitors", "Ink Master", "Making the Cut", "Next in Fashion", "Blown Away", "Glow Up",
    "Top Model", "America's Next Top Model", "So You Think You Can Dance", "World of Dance", "The Four",
    "The Apprentice", "The Celebrity Apprentice", "Dragons' Den", "Chopped", "Beat Bobby Flay", "Guy's Grocery Games",
    "Diners, Drive-Ins and Dives", "Worst Cooks in America", "Next Level Chef", "Lego Masters", "Floor Is Lava",
    "The Mole", "Lingo", "Hunted", "Race Across the World", "Tough as Nails", "Holey Moley", "Celebrity Family Feud",
    "Dancing on Ice", "Kitchen Impossible", "Bar Rescue", "Love After Lockup", "Teen Mom", "16 and Pregnant",
    "The Only Way Is Essex", "Made in Chelsea", "Geordie Shore", "Married to Medicine", "Summer House",
    "Southern Charm", "Love & Hip Hop", "The Hills", "Laguna Beach", "The Simple Life",
    # --- game and quiz shows
    "Jeopardy!", "Wheel of Fortune", "Family Feud", "The Price Is Right", "Who Wants to Be a Millionaire",
    "Deal or No Deal", "The Chase", "Weakest Link", "The Weakest Link", "Press Your Luck", "Let's Make a Deal",
    "Password", "Name That Tune", "Pointless", "University Challenge", "Mastermind", "Countdown", "Eggheads",
    "Tipping Point", "The Wall", "Celebrity Jeopardy!", "Hollywood Squares", "Match Game", "To Tell the Truth",
    "Supermarket Sweep", "The $100,000 Pyramid", "Minute to Win It", "1 vs. 100",
    # --- talk, late-night, sketch and variety
    "Saturday Night Live", "SNL", "The Tonight Show", "The Tonight Show Starring Jimmy Fallon", "Jimmy Kimmel Live!",
    "The Late Show", "The Late Show with Stephen Colbert", "The Late Late Show", "Late Night with Seth Meyers",
    "The Daily Show", "Last Week Tonight", "Real Time with Bill Maher", "The View", "The Talk", "Good Morning America",
    "The Kelly Clarkson Show", "The Ellen DeGeneres Show", "The Drew Barrymore Show", "The Graham Norton Show",
    "Have I Got News for You", "QI", "Would I Lie to You?", "Mock the Week", "8 Out of 10 Cats", "Taskmaster",
    "Never Mind the Buzzcocks", "Later... with Jools Holland", "Top Gear", "The Grand Tour", "Question Time",
    "Match of the Day", "Antiques Roadshow", "Gogglebox", "Celebrity Juice", "Strictly Come Dancing",
    "Britain's Got Talent", "The X Factor", "I'm a Celebrity... Get Me Out of Here!", "First Dates", "Naked Attraction",
    "Watch What Happens Live", "Red Table Talk", "60 Minutes", "Dateline", "20/20", "Meet the Press",
    # --- French reality, games, talk shows and magazines
    "Koh-Lanta", "Pékin Express", "Les Reines du shopping", "Le Meilleur Pâtissier", "Danse avec les stars",
    "Star Academy", "Nouvelle Star", "La France a un incroyable talent", "Secret Story", "Les Marseillais",
    "Les Anges de la téléréalité", "L'amour est dans le pré", "Mariés au premier regard", "Qui veut être mon associé ?",
    "Fort Boyard", "Questions pour un champion", "Des chiffres et des lettres", "Tout le monde veut prendre sa place",
    "N'oubliez pas les paroles !", "Les 12 Coups de midi", "Le Maillon faible", "Qui veut gagner des millions ?",
    "Money Drop", "Le Juste Prix", "La Roue de la fortune", "Slam", "Quotidien", "C à vous", "C dans l'air",
    "Touche pas à mon poste !", "TPMP", "Le Grand Journal", "Le Petit Journal", "Quelle époque !", "On n'est pas couché",
    "Vendredi tout est permis", "Cauchemar en cuisine", "Un dîner presque parfait", "Recherche appartement ou maison",
    "Maison à vendre", "Zone interdite", "Envoyé spécial", "Complément d'enquête", "Sept à huit", "66 minutes",
    "Capital", "Thalassa", "Des racines et des ailes", "Faut pas rêver", "Téléfoot", "Stade 2", "Le Bachelor",
    "La Villa des cœurs brisés", "Les Princes de l'amour", "Familles nombreuses", "Mask Singer", "Les Traîtres",
    "The Island", "Objectif Top Chef", "Tous en cuisine", "Les Z'amours", "Intervilles", "La Carte aux trésors",
    "Rendez-vous en terre inconnue", "Les Enfants de la télé", "Vivement dimanche", "50' Inside", "Sept à Huit",
    "Le Grand Concours", "La Nouvelle Star", "Incroyable talent", "Les Douze Coups de midi",
    "Burger Quiz", "LOL : Qui rit, sort !", "Drag Race France",
    "L'Île de la tentation", "Loft Story", "Les Chtis", "Les Vacances des Anges",
)
