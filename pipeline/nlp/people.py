"""People and their roles (placeholder until issue 5 lands)."""


def find_people(ctx, *, series):
    return []
