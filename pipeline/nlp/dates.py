"""Dates normalised to ISO 8601 (placeholder until issue 5 lands)."""


def find_dates(ctx, *, series):
    return []
