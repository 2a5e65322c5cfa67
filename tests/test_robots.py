"""robots.txt parsing and matching as RFC 9309 says (pure functions, no network)."""

from __future__ import annotations

from pipeline.robots import parse_robots, policy_for_response, product_token

ROBOTS = """\ufeff# a comment
User-agent: *
Disallow: /private/
Allow: /private/public$
Disallow: /*.pdf$
Crawl-delay: 2

User-Agent: CliffHanger
user-agent: otherbot
Disallow: /series/caf%c3%a9
Allow: /news
Disallow: /
Crawl-delay: 0.5

Sitemap: https://example.org/sitemap.xml
"""


def test_product_token_is_the_name_before_the_version():
    assert product_token("cliffhanger/0.1 (+https://example.org/contact)") == "cliffhanger"
    assert product_token("My_Bot-2") == "my_bot-"


def test_our_own_group_wins_over_star_and_is_matched_case_insensitively():
    policy = parse_robots(ROBOTS, agent="cliffhanger")
    assert policy.crawl_delay == 0.5
    assert policy.allowed("https://example.org/news/today") is True
    assert policy.allowed("https://example.org/series/x") is False  # "Disallow: /" is the longest match
    assert policy.sitemaps == ("https://example.org/sitemap.xml",)


def test_star_group_applies_to_other_agents():
    policy = parse_robots(ROBOTS, agent="somebot")
    assert policy.crawl_delay == 2.0
    assert policy.allowed("/private/x") is False
    assert policy.allowed("/private/public") is True
    assert policy.allowed("/private/public2") is False  # $ anchors the end
    assert policy.allowed("/docs/file.pdf") is False and policy.allowed("/docs/file.pdf?x=1") is True
    assert policy.allowed("/anything") is True


def test_longest_match_wins_and_allow_wins_a_tie():
    policy = parse_robots("User-agent: *\nDisallow: /a\nAllow: /a\nDisallow: /b/\nAllow: /b/c\n", agent="x")
    assert policy.allowed("/a/page") is True
    assert policy.allowed("/b/c/d") is True and policy.allowed("/b/d") is False


def test_percent_encoding_and_non_ascii_paths_compare_equal():
    policy = parse_robots(ROBOTS, agent="cliffhanger")
    assert policy.allowed("/series/café") is False
    policy = parse_robots("User-agent: *\nDisallow: /séries/\n", agent="x")
    assert policy.allowed("/s%C3%A9ries/x") is False and policy.allowed("/s%c3%a9ries/x") is False
    assert policy.allowed("/series/x") is True


def test_empty_disallow_and_missing_groups_allow_everything():
    assert parse_robots("User-agent: *\nDisallow:\n", agent="x").allowed("/x") is True
    assert parse_robots("", agent="x").allowed("/x") is True
    # rules before any user-agent line belong to no group
    assert parse_robots("Disallow: /\n", agent="x").allowed("/x") is True


def test_consecutive_user_agent_lines_share_one_group():
    policy = parse_robots("User-agent: a\nUser-agent: cliffhanger\nDisallow: /x\n", agent="cliffhanger")
    assert policy.allowed("/x") is False


def test_robots_txt_itself_is_always_allowed():
    assert parse_robots("User-agent: *\nDisallow: /\n", agent="x").allowed("/robots.txt") is True


def test_fetch_outcomes_per_rfc_9309():
    assert policy_for_response(200, b"User-agent: *\nDisallow: /x\n", agent="a").allowed("/x") is False
    unavailable = policy_for_response(404, b"", agent="a")
    assert unavailable.allowed("/anything") and not unavailable.unreachable
    for status in (500, 503, 429):
        policy = policy_for_response(status, b"", agent="a")
        assert policy.unreachable and not policy.allowed("/anything")
    offline = policy_for_response(None, None, agent="a", error="connection refused")
    assert offline.unreachable and "connection refused" in offline.reason


def test_unreachable_robots_uses_an_earlier_copy_when_there_is_one():
    cached = parse_robots("User-agent: *\nDisallow: /x\n", agent="a")
    policy = policy_for_response(503, None, agent="a", cached=cached)
    assert not policy.unreachable and policy.allowed("/y") and not policy.allowed("/x")
    assert "earlier" in policy.reason
