"""Evaluation commands (``cliffhanger eval ...``) over the ../shared corpora."""

from __future__ import annotations

from pathlib import Path

#: Where the shared corpora live relative to the repository (and to the working directory).
SHARED_CANDIDATES = (Path.cwd().parent / "shared", Path(__file__).resolve().parents[2].parent / "shared")


def shared_dir() -> Path | None:
    for candidate in SHARED_CANDIDATES:
        if (candidate / "corpus").is_dir():
            return candidate
    return None
