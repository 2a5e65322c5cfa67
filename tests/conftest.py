"""Shared test helpers: paths, the ../shared corpus (skipped when absent), schema validation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "corpus").is_dir():
        pytest.skip("../shared is not present (fresh clone): evaluation tests skipped")
    return SHARED


@pytest.fixture(scope="session")
def record_validator():
    import jsonschema

    from pipeline import schema

    validator_cls = jsonschema.validators.validator_for(schema.load())
    return validator_cls(schema.load())


def validate_records(validator, lines) -> list[dict]:
    """Parse JSON lines and validate each against the record schema."""
    records = [json.loads(line) for line in lines if line.strip()]
    for record in records:
        errors = sorted(validator.iter_errors(record), key=lambda e: list(e.path))
        assert not errors, f"record {record.get('id')} does not match the schema: {errors[0].message} at {list(errors[0].path)}"
    return records


@pytest.fixture(scope="session")
def nlp_stage():
    """The real NLP stage (real spaCy models), loaded once for the whole test session."""
    from pipeline.config import Settings
    from pipeline.nlp import NlpStage

    return NlpStage(Settings())


@pytest.fixture(scope="session")
def extractor(nlp_stage):
    from pipeline.config import Settings
    from pipeline.extract import Extractor

    return Extractor(Settings(), nlp=nlp_stage)


# --- golden records (tests/test_golden.py) --------------------------------------------------------

def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", default=False,
                     help="rewrite the expected records of tests/fixtures/pages from the current output "
                          "(then review the diff with git diff --word-diff)")
