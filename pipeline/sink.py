"""Where a run's results land: ``DIR/YYYY-MM-DD/<run-id>.jsonl``, ``.errors.jsonl``, ``.summary.json``.

Every file is written whole and atomically: into a temporary file in the same
directory, flushed and fsynced, then renamed over the final name (and the
directory fsynced), so a reader never sees a partial line and a crash leaves
either the previous content or the complete new one. Writing the same run
again produces the same bytes, which is what makes recovery idempotent.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable


@dataclass(frozen=True, slots=True)
class RunFiles:
    directory: Path
    run_id: str

    @classmethod
    def for_run(cls, output_dir: str | Path, run_id: str, *, day: str) -> "RunFiles":
        return cls(Path(output_dir) / day, run_id)

    @property
    def records(self) -> Path:
        return self.directory / f"{self.run_id}.jsonl"

    @property
    def errors(self) -> Path:
        return self.directory / f"{self.run_id}.errors.jsonl"

    @property
    def summary(self) -> Path:
        return self.directory / f"{self.run_id}.summary.json"


def _fsync_dir(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:  # not supported on this platform (Windows)
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_lines(path: Path, lines: Iterable[str]) -> int:
    """Write ``lines`` (without newlines) to ``path`` atomically; returns how many."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    count = 0
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            for line in lines:
                handle.write(line)
                handle.write("\n")
                count += 1
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    _fsync_dir(path.parent)
    return count


def write_json(path: Path, data: dict) -> None:
    write_lines(path, [json.dumps(data, ensure_ascii=False, indent=2)])


def remove_temporaries(directory: Path) -> None:
    """Temporary files a killed writer left behind (their content is rewritten from the state)."""
    if directory.is_dir():
        for leftover in directory.glob(".*.tmp"):
            leftover.unlink(missing_ok=True)
