"""The README and CI agree, and every command is documented."""

from __future__ import annotations

import re

from conftest import ROOT


def _readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```sh\n(.*?)```", text, flags=re.S)
    return [line.strip() for block in blocks[:2] for line in block.strip().splitlines()]


def test_readme_opens_with_setup_and_test_commands_that_ci_runs():
    setup, tests = _readme_commands()[:2]
    assert "pip install" in setup and "pytest" in tests
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    ci_commands = [line.strip() for line in ci if line.strip() and not line.lstrip().startswith("#")]
    assert ci_commands[-2:] == [setup, tests], "CI must run exactly the README's two commands, last"


def test_every_command_has_help_and_is_in_the_readme():
    from pipeline.cli import build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name, subparser in sub.choices.items():
        assert subparser.description or subparser.format_help(), name
        assert any(a.help for a in sub._choices_actions if a.dest == name), f"{name} has no help text"
        assert f"cliffhanger {name}" in readme, f"`cliffhanger {name}` is not documented in README.md"
