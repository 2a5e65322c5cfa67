"""Inputs of ``cliffhanger extract``: files, stdin, URLs and JSON-lines batches.

Readers are generators so a batch of any size streams through in constant
memory. A bad input never raises out of the generator: it is yielded as an
:class:`InputFailure` in its place, so the order of outputs matches the order
of inputs and every other input is still processed.
"""

from __future__ import annotations

import json
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterator, Literal

from pipeline.encoding import decode, sniff_binary
from pipeline.errors import BodyTooLarge, InputError, PipelineError

Kind = Literal["html", "text"]
InputFormat = Literal["html", "text", "jsonl"]


@dataclass(frozen=True, slots=True)
class InputDocument:
    #: how the user names this input in messages: a path, a URL, "stdin", "batch.jsonl:3"
    label: str
    kind: Kind
    content: str
    id: str | None = None
    url: str | None = None
    published: str | None = None
    language: str | None = None


@dataclass(frozen=True, slots=True)
class UrlInput:
    """A URL still to be fetched (only the fetch stage touches the network)."""

    label: str
    url: str
    kind: Kind = "html"


@dataclass(frozen=True, slots=True)
class InputFailure:
    label: str
    stage: str
    error: PipelineError
    id: str | None = None
    url: str | None = None


Input = InputDocument | UrlInput | InputFailure


def is_url(arg: str) -> bool:
    return arg.startswith(("http://", "https://"))


def _read_limited(stream: BinaryIO, *, max_bytes: int, label: str) -> bytes:
    body = stream.read(max_bytes + 1)
    if len(body) > max_bytes:
        raise BodyTooLarge(f"{label}: larger than max_bytes ({max_bytes:,} bytes)", url=label)
    return body


def _document(body: bytes, *, kind: Kind, label: str) -> InputDocument:
    if not body.strip():
        raise InputError(f"{label}: empty input")
    decoded = decode(body, label=label)
    if not decoded.text.strip():
        raise InputError(f"{label}: empty input")
    return InputDocument(label=label, kind=kind, content=decoded.text)


_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _sane(text: str) -> str:
    """JSON may carry lone surrogates ("\\ud800"), which no UTF-8 output can hold."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


def _bounded_lines(handle: BinaryIO, *, max_bytes: int) -> Iterator[bytes | None]:
    """The lines of ``handle``, never holding more than ``max_bytes`` of one line in memory:
    a longer line is skipped to its end and given as None."""
    while True:
        line = handle.readline(max_bytes + 1)
        if not line:
            return
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while True:
                rest = handle.readline(1 << 20)
                if not rest or rest.endswith(b"\n"):
                    break
            yield None
            continue
        yield line


def read_path(path: str, *, kind: Kind, max_bytes: int) -> InputDocument:
    try:
        size = os.stat(path).st_size
        if size > max_bytes:
            raise BodyTooLarge(f"{path}: {size:,} bytes is larger than max_bytes ({max_bytes:,})", url=path)
        with open(path, "rb") as handle:
            body = _read_limited(handle, max_bytes=max_bytes, label=path)
    except FileNotFoundError as exc:
        raise InputError(f"{path}: no such file") from exc
    except IsADirectoryError as exc:
        raise InputError(f"{path}: is a directory") from exc
    except PermissionError as exc:
        raise InputError(f"{path}: permission denied") from exc
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    return _document(body, kind=kind, label=path)


def _jsonl_documents(lines: Iterator[bytes | None], *, label: str, max_bytes: int) -> Iterator[Input]:
    for number, raw in enumerate(lines, start=1):
        where = f"{label}:{number}"
        if raw is None or len(raw) > max_bytes:
            yield InputFailure(where, "read", BodyTooLarge(f"{where}: line larger than max_bytes ({max_bytes:,})", url=where))
            continue
        if number == 1:
            kind = sniff_binary(raw)
            if kind:
                yield InputFailure(label, "read", InputError(f"{label}: binary content ({kind}), not JSON lines"))
                return
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            yield InputFailure(where, "read", InputError(f"{where}: not a JSON object ({exc})"))
            continue
        if not isinstance(obj, dict):
            yield InputFailure(where, "read", InputError(f"{where}: expected a JSON object, got {type(obj).__name__}"))
            continue
        doc_id = obj.get("id")
        doc_id = None if doc_id is None else str(doc_id)
        url = obj.get("url") if isinstance(obj.get("url"), str) else None
        name = f"{where} (id {doc_id})" if doc_id is not None else where
        html, text = obj.get("html"), obj.get("text")
        content, kind = (html, "html") if isinstance(html, str) else (text, "text")
        if not isinstance(content, str):
            yield InputFailure(name, "read", InputError(f"{name}: needs an 'html' or 'text' string"), id=doc_id, url=url)
            continue
        if not content.strip():
            yield InputFailure(name, "read", InputError(f"{name}: empty {kind}"), id=doc_id, url=url)
            continue
        yield InputDocument(
            label=name, kind=kind, content=_sane(content), id=doc_id, url=url,
            published=obj.get("published") if isinstance(obj.get("published"), str) else None,
            language=obj.get("language") if isinstance(obj.get("language"), str) else None,
        )


def iter_inputs(args: list[str], *, input_format: InputFormat | None, max_bytes: int,
                stdin: BinaryIO | None = None) -> Iterator[Input]:
    """Yield one item per input (per line for JSON lines), in order."""
    stdin = stdin if stdin is not None else sys.stdin.buffer
    for arg in args:
        if is_url(arg) and input_format != "jsonl":
            yield UrlInput(label=arg, url=arg, kind="text" if input_format == "text" else "html")
            continue
        label = "stdin" if arg == "-" else arg
        fmt = input_format or _guess_format(arg)
        if fmt == "jsonl":
            try:
                handle = stdin if arg == "-" else open(arg, "rb")
            except OSError as exc:
                yield InputFailure(label, "read", InputError(f"{label}: cannot open ({exc.strerror or exc})"))
                continue
            try:
                yield from _jsonl_documents(_bounded_lines(handle, max_bytes=max_bytes), label=label,
                                            max_bytes=max_bytes)
            finally:
                if handle is not stdin:
                    handle.close()
            continue
        try:
            if arg == "-":
                yield _document(_read_limited(stdin, max_bytes=max_bytes, label=label), kind=fmt, label=label)
            else:
                yield read_path(arg, kind=fmt, max_bytes=max_bytes)
        except PipelineError as exc:
            yield InputFailure(label, "read", exc)


def _guess_format(arg: str) -> Kind | Literal["jsonl"]:
    suffix = Path(arg).suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        return "jsonl"
    if suffix in (".txt", ".text", ".md"):
        return "text"
    return "html"
