"""Series titles, aliases, networks and seasons (placeholder until issue 5 lands)."""


def find_series(ctx):
    return []
