"""The ``cliffhanger`` command: a thin layer over the library.

Each subcommand lives in its own module of this package and exposes
``register(subparsers)``; the module's handler returns an exit code. Library
errors become one clean line on stderr and an exit code, never a traceback:

    0  all good
    1  some inputs or URLs failed (each one reported)
    2  usage or configuration error
    3  another run holds the lock
"""

from __future__ import annotations

import argparse
import importlib
import logging
import pkgutil
import sys

from pipeline import __version__
from pipeline.errors import ConfigError, LockHeld, ModelError, PipelineError

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, EXIT_LOCKED = 0, 1, 2, 3

#: Order in ``--help``; modules not listed here are appended alphabetically.
ORDER = ("extract", "run", "sources", "demo", "models", "status", "eval")


def add_sources_option(parser: argparse.ArgumentParser, *, required_file: bool = False) -> None:
    parser.add_argument("--sources", metavar="FILE", default=None,
                        help="sources.toml to read (default: ./sources.toml if it exists)"
                        + ("" if not required_file else "; required"))


def add_workers_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--workers", type=_positive_int, default=1, metavar="N",
                        help="worker processes for extraction (default 1; same records, same order)")


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"expected a positive integer, got {value!r}") from exc
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a positive integer, got {value!r}")
    return number


def settings_from(args: argparse.Namespace):
    """Load sources.toml once, as the subcommand's --sources says."""
    from pathlib import Path

    from pipeline.config import load_settings

    path = getattr(args, "sources", None)
    if path is None and Path("sources.toml").is_file():
        path = "sources.toml"
    return load_settings(path)


def _command_modules() -> list[str]:
    found = [m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_")]
    return [n for n in ORDER if n in found] + sorted(n for n in found if n not in ORDER)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cliffhanger",
        description="Structured records (series, people, dates, status claims) from French and English "
                    "entertainment news.",
        epilog="exit codes: 0 all good, 1 some inputs failed, 2 usage or configuration error, "
               "3 another run holds the lock",
    )
    parser.add_argument("--version", action="version", version=f"cliffhanger {__version__}")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more log output (-vv for debug)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in _command_modules():
        importlib.import_module(f"pipeline.cli.{name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level={0: logging.WARNING, 1: logging.INFO}.get(args.verbose, logging.DEBUG),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    if not getattr(args, "handler", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return args.handler(args)
    except LockHeld as exc:
        print(f"cliffhanger: {exc}", file=sys.stderr)
        return EXIT_LOCKED
    except (ConfigError, ModelError) as exc:
        print(f"cliffhanger: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except PipelineError as exc:
        print(f"cliffhanger: {exc}", file=sys.stderr)
        return EXIT_PARTIAL
    except KeyboardInterrupt:
        print("cliffhanger: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # `cliffhanger extract ... | head` closes our stdout early; that is not an error.
        sys.stderr.close()
        return EXIT_OK
