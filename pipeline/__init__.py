"""Cliffhanger: structured, trustworthy records from French and English entertainment news."""

__version__ = "0.1.0"
