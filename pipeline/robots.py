"""robots.txt as RFC 9309 says: parsing, group selection, rule matching, fetch outcomes.

Pure functions over strings and status codes; the fetcher does the network.

* The group whose ``user-agent`` equals our product token (case-insensitive)
  applies; several such groups are merged; else the ``*`` groups; else no rule.
* Among the rules that match a path, the longest pattern wins; on a tie
  ``allow`` wins. ``*`` matches any sequence, a final ``$`` anchors the end.
  ``/robots.txt`` is always allowed.
* Outcome of fetching robots.txt (section 2.3.1): 2xx → parse the first
  500 KiB; 4xx ("unavailable") → everything allowed; 5xx or a network error
  ("unreachable") → everything disallowed, unless a copy fetched earlier is
  at hand, which the RFC allows us to keep using. 429 is treated as
  unreachable: the server asks us to slow down, not to crawl everything.
* ``Crawl-delay`` is not in the RFC but widely used; we read it from the
  selected group and the fetcher waits the larger of it and our own delay.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from typing import Literal
from urllib.parse import quote, urlsplit

#: RFC 9309 section 2.5: crawlers must parse at least 500 kibibytes.
MAX_ROBOTS_BYTES = 500 * 1024

Mode = Literal["rules", "allow_all", "disallow_all"]

# Paths are compared in one canonical spelling (RFC 3986 section 6.2.2): non-ASCII as
# UTF-8 percent-encoding in upper case, unreserved characters decoded.
_PERCENT = re.compile(r"(%[0-9A-Fa-f]{2})")
_UNRESERVED = frozenset(string.ascii_letters + string.digits + "-._~")
_SAFE = "/?=&;:@!$'()*+,[]#-._~"


@dataclass(frozen=True, slots=True)
class Rule:
    allow: bool
    pattern: str
    regex: re.Pattern[str]
    #: octets of the normalised pattern: the most specific (longest) matching rule wins
    length: int


@dataclass(frozen=True, slots=True)
class RobotsPolicy:
    mode: Mode
    rules: tuple[Rule, ...] = ()
    crawl_delay: float | None = None
    sitemaps: tuple[str, ...] = ()
    #: why this policy (for messages): "robots.txt", "robots.txt unavailable (HTTP 404)", ...
    reason: str = "robots.txt"
    #: robots.txt could not be fetched and no earlier copy was at hand (a temporary state)
    unreachable: bool = False

    def allowed(self, url: str) -> bool:
        path = _target(url)
        if path == "/robots.txt" or self.mode == "allow_all":
            return True
        if self.mode == "disallow_all":
            return False
        best: Rule | None = None
        for rule in self.rules:
            if rule.regex.match(path) is None:
                continue
            if best is None or rule.length > best.length or (
                    rule.length == best.length and rule.allow and not best.allow):
                best = rule
        return best is None or best.allow


ALLOW_ALL = RobotsPolicy(mode="allow_all", reason="robots checks disabled")


def product_token(user_agent: str) -> str:
    """``cliffhanger/0.1 (+https://…)`` → ``cliffhanger``."""
    token = re.match(r"[A-Za-z_-]+", user_agent.strip())
    return token.group(0).lower() if token else user_agent.strip().lower()


def _normalize(path: str) -> str:
    """One spelling per path: "/caf%c3%a9" and "/café" → "/caf%C3%A9"; "%7E" → "~"; "%2F" stays."""
    out = []
    for token in _PERCENT.split(path):
        if _PERCENT.fullmatch(token):
            char = chr(int(token[1:], 16))
            out.append(char if char in _UNRESERVED else token.upper())
        else:
            out.append(quote(token, safe=_SAFE))
    return "".join(out)


def _target(url: str) -> str:
    if url.startswith("/"):
        path = url
    else:
        parts = urlsplit(url)
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return _normalize(path)


def _compile(pattern: str) -> re.Pattern[str]:
    anchored = pattern.endswith("$")
    body = _normalize(pattern[:-1] if anchored else pattern)
    regex = ".*".join(re.escape(piece) for piece in body.split("*"))
    return re.compile(regex + ("$" if anchored else ""), re.DOTALL)


def parse_robots(text: str, *, agent: str) -> RobotsPolicy:
    """Select and compile the rules that apply to ``agent`` (a product token)."""
    agent = agent.lower()
    groups: list[tuple[list[str], list[tuple[str, str]]]] = []
    sitemaps: list[str] = []
    current: tuple[list[str], list[tuple[str, str]]] | None = None
    in_agents = False
    for raw in text[:MAX_ROBOTS_BYTES].lstrip("\ufeff").splitlines():
        line = raw.split("#", 1)[0].strip()
        if ":" not in line:
            continue
        key, value = (part.strip() for part in line.split(":", 1))
        key = key.lower().replace("_", "-")
        if key == "sitemap":
            if value:
                sitemaps.append(value)
            continue
        if key == "user-agent":
            if not in_agents:
                current = ([], [])
                groups.append(current)
            current[0].append(value)
            in_agents = True
        elif current is not None and key in ("allow", "disallow", "crawl-delay"):
            current[1].append((key, value))
            in_agents = False
    mine = [g for g in groups if any(product_token(a) == agent for a in g[0] if a != "*")]
    selected = mine or [g for g in groups if any(a.strip() == "*" for a in g[0])]
    rules: list[Rule] = []
    delay: float | None = None
    for _, lines in selected:
        for key, value in lines:
            if key == "crawl-delay":
                try:
                    seconds = float(value)
                except ValueError:
                    continue
                if seconds >= 0:
                    delay = max(delay or 0.0, seconds)
            elif value:  # an empty Disallow means "nothing is disallowed": no rule
                pattern = value if value.startswith(("/", "*")) else "/" + value
                rules.append(Rule(allow=key == "allow", pattern=pattern, regex=_compile(pattern),
                                  length=len(_normalize(pattern))))
    return RobotsPolicy(mode="rules", rules=tuple(rules), crawl_delay=delay, sitemaps=tuple(sitemaps))


def policy_for_response(status: int | None, body: bytes | None, *, agent: str,
                        cached: RobotsPolicy | None = None, error: str | None = None) -> RobotsPolicy:
    """The policy for one origin from the outcome of fetching its robots.txt.

    ``status`` is ``None`` when the server could not be reached (``error`` says
    why); ``cached`` is the policy parsed from an earlier successful fetch.
    """
    if status is not None and 200 <= status < 300:
        text = (body or b"")[:MAX_ROBOTS_BYTES].decode("utf-8", errors="replace")
        return parse_robots(text, agent=agent)
    if status is not None and 400 <= status < 500 and status != 429:
        return RobotsPolicy(mode="allow_all", reason=f"robots.txt unavailable (HTTP {status}): all allowed")
    why = f"HTTP {status}" if status is not None else (error or "unreachable")
    if cached is not None and cached.mode == "rules":
        return RobotsPolicy(mode="rules", rules=cached.rules, crawl_delay=cached.crawl_delay,
                            sitemaps=cached.sitemaps, reason=f"robots.txt unreachable ({why}): using the copy from an earlier run")
    return RobotsPolicy(mode="disallow_all", reason=f"robots.txt unreachable ({why}): complete disallow assumed",
                        unreachable=True)
