"""The per-language people cues, compiled once per language into regexes.

``rules_for(lang)`` turns ``tables/people_<lang>.py`` into anchored patterns
that look at the text just before a name (``*_left``, anchored at the end)
or just after it (``*_right``, anchored at the start). Compiled patterns are
cached for the process, so no document pays for compilation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.nlp.tables import for_language

_DET = (r"(?:le|la|les|l['’]|un|une|des|son|sa|ses|leur|the|a|an|its|his|her|their|this|that|"
        r"cette|ce|cet)")
#: Words that may stand between a role noun and the name ("la comédienne belge Ada Lenz").
_FILLER = r"(?!(?:de|du|des|d|of|by|par|et|and|à|au|aux|for|pour|in|dans|on|sur|with|avec|est|is|a|has)\b)[a-zà-ÿ][\w'’-]*"


@dataclass(frozen=True, slots=True)
class PeopleRules:
    lang: str
    roles: tuple[str, ...]          # role of named group r<i>
    agent_roles: tuple[str, ...]    # role of named group a<i>
    verb_roles: tuple[str, ...]     # role of named group v<i>
    prefix_left: re.Pattern         # "le créateur ⟨X⟩", "Showrunner ⟨X⟩"
    suffix_right: re.Pattern        # "⟨X⟩, créateur du show", "⟨X⟩ | Journaliste"
    copula_right: re.Pattern        # "⟨X⟩ is also among the executive producers"
    copula_left: re.Pattern         # "The music writers for the show were ⟨X⟩"
    agent_left: re.Pattern          # "créée par ⟨X⟩", "starring ⟨X⟩"
    with_left: re.Pattern           # "avec ⟨X⟩" (actor only after a series)
    series_noun_left: re.Pattern    # a series noun shortly before "avec"
    verb_right: re.Pattern          # "⟨X⟩ Joins", "⟨X⟩-Starring", "⟨X⟩ incarne", "⟨X⟩ signe"
    anaphora_role: re.Pattern       # a sentence opening on "L’animateur," refers back to the last person
    list_gap: re.Pattern            # the text between two names of one list
    character_right: re.Pattern     # "⟨X⟩ playing the role of ⟨Y⟩"
    character_marker_left: re.Pattern  # "le personnage de ⟨Y⟩"
    character_before_left: re.Pattern  # "⟨Y⟩, incarné par ⟨X⟩"
    character_object_left: re.Pattern  # "elle avait joué la si rêveuse ⟨Y⟩"
    alias_right: re.Pattern         # "⟨X⟩, alias ⟨X'⟩": the same person
    family_left: re.Pattern         # "les frères ⟨Castel⟩": a family, not a person
    character_filler: re.Pattern    # skipped before the character's name
    anaphora_left: re.Pattern       # "La comédienne ... incarne ⟨Y⟩": subject refers back
    role_word: re.Pattern           # a single token that is a role noun
    byline_left: re.Pattern
    honorific: re.Pattern
    not_person: frozenset[str]
    breakers: frozenset[str]        # headline/reporting verbs and function words that end a name
    particles: frozenset[str]       # "de", "van": lower-case words inside names
    surname_template: str           # "{name} said", "mr {name}": a surname referring back to a person

    def surname_reference(self, word: str) -> re.Pattern:
        return _surname_pattern(self.surname_template, word)


def _alternation(table: dict[str, str], prefix: str) -> tuple[str, tuple[str, ...]]:
    parts, roles = [], []
    for i, (pattern, role) in enumerate(table.items()):
        parts.append(f"(?P<{prefix}{i}>{pattern})")
        roles.append(role)
    return "(?:" + "|".join(parts) + ")", tuple(roles)


@lru_cache(maxsize=None)
def rules_for(lang: str) -> PeopleRules:
    t = for_language("people", lang)
    role_alt, roles = _alternation(t.ROLE_NOUNS, "r")
    agent_alt, agent_roles = _alternation(t.AGENT_CUES, "a")
    verb_alt, verb_roles = _alternation(t.VERB_ROLES, "v")
    role = rf"(?<![\w-])(?i:{role_alt}(?:s|x)?)(?![\w-])"
    flags = re.UNICODE
    return PeopleRules(
        lang=lang,
        roles=roles,
        agent_roles=agent_roles,
        verb_roles=verb_roles,
        prefix_left=re.compile(
            rf"{role}(?:\s+{_FILLER}){{0,2}}(?:\s*[:,]?|\s+(?i:de|du|des|d['’]|of)\s*[^,.;:!?()]{{1,60}},)\s*$", flags),
        suffix_right=re.compile(
            rf"^\s*(?:,|\||–|—|-|\()\s*(?:(?i:{_DET})\s*)?(?:[\w'’-]+\s+){{0,2}}?{role}", flags),
        copula_right=re.compile(
            rf"^\s*,?\s*(?i:(?:qui|who)\s+)?(?i:is|was|est|était|sera|will be|has been|a été|remains|reste)\s+"
            rf"(?i:(?:also|aussi|également|now|désormais|still|toujours)\s+)?"
            rf"(?i:(?:one of|l['’]une? des)\s+)?(?i:{_DET}\s*)?(?i:(?:other|autres?|show['’]s|series['’])\s+)?"
            rf"(?:[\w-]+\s+)??{role}",
            flags),
        copula_left=re.compile(
            rf"{role}[^.!?;:]{{0,60}}?\s(?i:is|are|was|were|est|sont|était|étaient|include|includes|including|"
            rf"comprend|comprennent|tels? que|such as|comme)\s*:?\s*$", flags),
        agent_left=re.compile(
            rf"(?<![\w-])(?i:{agent_alt})\s*(?:(?i:{_DET})\s*(?:{_FILLER}\s+){{0,2}}{role}\s+)?$", flags),
        with_left=re.compile(rf"(?<![\w-])(?i:{t.WITH_WORDS})\s*$", flags),
        series_noun_left=re.compile(rf"(?<![\w-])(?i:{t.SERIES_NOUNS})(?![\w-])", flags),
        verb_right=re.compile(rf"^\s*,?\s*(?i:{verb_alt})(?![\w])", flags),
        anaphora_role=re.compile(rf"\W*(?i:{_DET})\s*(?:{_FILLER}\s+){{0,2}}{role}", flags),
        list_gap=re.compile(rf"^\s*(?i:{t.LIST_SEPARATORS})?\s*(?i:{t.LIST_SEPARATORS})?\s*$", flags),
        character_right=re.compile(rf"^\s*(?i:{t.CHARACTER_AFTER})\s+", flags),
        character_marker_left=re.compile(rf"(?<![\w-])(?i:{t.CHARACTER_MARKERS})\s*$", flags),
        character_before_left=re.compile(t.CHARACTER_BEFORE, flags | re.IGNORECASE),
        character_object_left=re.compile(
            rf"(?<![\w-])(?i:{t.CHARACTER_OBJECT})\s+(?:{t.CHARACTER_FILLERS}(?:\s+|(?<=['’])))*$", flags),
        alias_right=re.compile(rf"^\s*(?i:{t.ALIAS})\s+", flags),
        family_left=re.compile(rf"(?<![\w-])(?i:{t.FAMILY})\s+$", flags),
        character_filler=re.compile(rf"(?:{t.CHARACTER_FILLERS}(?:\s+|(?<=['’])))", flags),
        anaphora_left=re.compile(rf"^\s*(?i:{t.ANAPHORA})[^.!?;]{{0,40}}?$", flags),
        role_word=re.compile(rf"{role}$", flags),
        byline_left=re.compile(rf"(?i:{t.BYLINE})\s*:?\s*$", flags),
        honorific=re.compile(rf"(?i:{t.HONORIFICS})$", flags),
        not_person=frozenset(t.NOT_PERSON_WORDS),
        breakers=frozenset(t.NAME_BREAKERS),
        particles=frozenset(t.PARTICLES),
        surname_template=t.SURNAME_REFERENCE,
    )


@lru_cache(maxsize=4096)
def _surname_pattern(template: str, word: str) -> re.Pattern:
    return re.compile(template.replace("{name}", re.escape(word)), re.IGNORECASE)


def matched_role(m: re.Match, roles: tuple[str, ...], prefix: str) -> str | None:
    """The role of the named group that matched (``r3`` → ``roles[3]``)."""
    for name, value in m.groupdict().items():
        if value is not None and name.startswith(prefix) and name[len(prefix):].isdigit():
            return roles[int(name[len(prefix):])]
    return None
