"""The record JSON Schema: generated from :mod:`pipeline.records`, shipped as a file.

``python -m pipeline.schema`` prints the schema; ``--write`` updates the file
in the package. A test fails when the file and the models disagree, so the
schema can only change on purpose.
"""

from __future__ import annotations

import json
import sys
from functools import lru_cache
from pathlib import Path

from pipeline.records import SCHEMA_VERSION, Record

SCHEMA_PATH = Path(__file__).with_name("record.schema.json")


def generate() -> dict:
    schema = Record.model_json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://cliffhanger.invalid/schema/record-v{SCHEMA_VERSION}.json"
    schema["title"] = f"Cliffhanger record v{SCHEMA_VERSION}"
    return schema


def dumps(schema: dict) -> str:
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


@lru_cache(maxsize=1)
def load() -> dict:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def main(argv: list[str]) -> int:
    text = dumps(generate())
    if "--write" in argv:
        SCHEMA_PATH.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
