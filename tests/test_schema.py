"""The shipped JSON Schema is the one the record models generate."""

from __future__ import annotations

from pipeline import schema


def test_schema_file_matches_models():
    generated = schema.dumps(schema.generate())
    assert schema.SCHEMA_PATH.read_text(encoding="utf-8") == generated, (
        "pipeline/schema/record.schema.json is out of date: run `python -m pipeline.schema --write` "
        "and bump SCHEMA_VERSION if the JSON output changed")


def test_schema_requires_every_record_field():
    from pipeline.records import Record

    assert set(schema.load()["required"]) == set(Record.model_fields)
