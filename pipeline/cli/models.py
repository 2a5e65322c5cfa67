"""``cliffhanger models``: which spaCy pipeline each language uses."""

from __future__ import annotations

import argparse
import json

from pipeline.cli import EXIT_OK, EXIT_USAGE, add_sources_option, settings_from


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("models", help="list the spaCy pipeline used per language",
                            description="Per language: the pipeline in use (name or path), its version, "
                                        "its entity labels. Exit 2 if a configured pipeline is missing.")
    parser.add_argument("--json", action="store_true", help='print {"en": {"path": ...}, "fr": {...}}')
    add_sources_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from pipeline.nlp.models import describe

    info = describe(settings_from(args))
    if args.json:
        print(json.dumps(info, indent=2, ensure_ascii=False))
    else:
        for lang, entry in info.items():
            if entry["error"]:
                print(f"{lang}  MISSING  {entry['error']}")
                continue
            print(f"{lang}  {entry['name']} {entry['version']} (spaCy {entry['spacy_version']})  "
                  f"labels: {', '.join(entry['labels']) or '-'}\n    {entry['path']}")
    return EXIT_USAGE if any(e["error"] for e in info.values()) else EXIT_OK
