"""Status claims (placeholder until issue 6 lands)."""


def find_claims(ctx, *, series, dates):
    return []
