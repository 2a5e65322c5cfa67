"""``cliffhanger eval NAME``: quality measurements on the ../shared corpora.

Each evaluation is a module of :mod:`pipeline.evaluation` exposing
``register(subparsers)``; they print their figures and skip cleanly (exit 0
with a message) when the corpus they need is absent.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil


def register(sub: argparse._SubParsersAction) -> None:
    import pipeline.evaluation as evaluation

    parser = sub.add_parser("eval", help="measure quality on the ../shared evaluation corpora",
                            description="Quality measurements; each skips cleanly when its corpus is absent.")
    inner = parser.add_subparsers(dest="evaluation", metavar="EVALUATION", required=True)
    for module in sorted(m.name for m in pkgutil.iter_modules(evaluation.__path__) if not m.name.startswith("_")):
        importlib.import_module(f"pipeline.evaluation.{module}").register(inner)
