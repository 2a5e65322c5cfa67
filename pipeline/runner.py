"""The one place that composes the stages and turns every failure into a report.

``extract_stream`` takes inputs (documents, URLs still to fetch, or inputs
that already failed to read) and yields, in input order, either a
:class:`~pipeline.records.Record` or a :class:`Failure` that names the input,
the stage and the reason. Nothing raised while handling one page stops the
others; only configuration problems (a missing spaCy pipeline) propagate,
because they would fail every page the same way.

With ``workers > 1`` the per-page work runs in a process pool: each worker
loads the models once, chunks are submitted in order with a bounded number
in flight (memory stays flat however long the input), and results come back
in input order, identical to a single worker's.
"""

from __future__ import annotations

import logging
import traceback
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from multiprocessing import get_context
from typing import Iterable, Iterator, Sequence

from pipeline.config import Settings
from pipeline.errors import ExtractError, FetchError, InputError, ModelError, PipelineError, Skip
from pipeline.extract import Extractor, Prepared, prepare
from pipeline.inputs import Input, InputDocument, InputFailure, UrlInput
from pipeline.records import Record

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Failure:
    """One input that produced no record, as written to ``errors.jsonl``."""

    label: str
    stage: str
    code: str
    reason: str
    id: str | None = None
    url: str | None = None
    attempts: int = 1

    def to_json_dict(self) -> dict:
        return {"input": self.label, "id": self.id, "url": self.url, "stage": self.stage,
                "code": self.code, "reason": self.reason, "attempts": self.attempts}

    def message(self) -> str:
        reason = self.reason if self.reason.startswith(self.label) else f"{self.label}: {self.reason}"
        return f"{reason} [{self.stage}]"


Outcome = Record | Failure


def stage_of(exc: BaseException) -> str:
    if isinstance(exc, InputError):
        return "read"
    if isinstance(exc, FetchError):
        return "fetch"
    if isinstance(exc, (ExtractError, Skip)):
        return "clean"
    if isinstance(exc, ModelError):
        return "nlp"
    return "internal"


def failure_from(exc: BaseException, *, label: str, stage: str | None = None, id: str | None = None,
                 url: str | None = None, attempts: int = 1) -> Failure:
    if isinstance(exc, PipelineError):
        code = exc.reason if isinstance(exc, Skip) else exc.code
        reason = str(exc)
    else:
        # A bug, not an expected failure: keep the run going, keep the trace for -v.
        log.debug("internal error on %s\n%s", label, "".join(traceback.format_exception(exc)))
        code, reason = "internal", f"internal error: {type(exc).__name__}: {exc}"
    return Failure(label=label, stage=stage or stage_of(exc), code=code, reason=reason,
                   id=id, url=url, attempts=attempts)


def process_documents(docs: Sequence[InputDocument], extractor: Extractor) -> list[Outcome]:
    """Prepare each document, run the NLP stage over the batch, build records."""
    results: list[Outcome | None] = [None] * len(docs)
    prepared: list[tuple[int, Prepared]] = []
    for i, doc in enumerate(docs):
        try:
            prepared.append((i, prepare(doc, settings=extractor.settings)))
        except ModelError:
            raise
        except Exception as exc:  # noqa: BLE001 - the runner reports every per-page failure
            results[i] = failure_from(exc, label=doc.label, id=doc.id, url=doc.url)
    try:
        records = extractor.records([p for _, p in prepared])
    except ModelError:
        raise
    except Exception:  # noqa: BLE001 - retry one by one so one bad page costs only itself
        records = []
        for i, p in prepared:
            try:
                records.extend(extractor.records([p]))
            except ModelError:
                raise
            except Exception as exc:  # noqa: BLE001
                records.append(failure_from(exc, label=p.doc.label, stage="nlp", id=p.doc.id, url=p.doc.url))
    for (i, _), record in zip(prepared, records):
        results[i] = record
    return [r for r in results if r is not None]


# --- process pool ------------------------------------------------------------

_worker_extractor: Extractor | None = None


def _init_worker(settings: Settings) -> None:
    global _worker_extractor
    _worker_extractor = Extractor(settings)


def _work(docs: list[InputDocument]) -> list[Outcome]:
    assert _worker_extractor is not None, "worker not initialised"
    return process_documents(docs, _worker_extractor)


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _resolve(items: list[Input], settings: Settings) -> list[InputDocument | Failure]:
    """Fetch the URLs of a chunk (concurrently) and turn read failures into Failures."""
    urls = [item.url for item in items if isinstance(item, UrlInput)]
    fetched: dict[str, object] = {}
    if urls:
        from pipeline.fetch import fetch_many

        for url, page in zip(urls, fetch_many(urls, settings=settings)):
            fetched[url] = page
    out: list[InputDocument | Failure] = []
    for item in items:
        if isinstance(item, InputFailure):
            out.append(failure_from(item.error, label=item.label, stage=item.stage, id=item.id, url=item.url))
        elif isinstance(item, UrlInput):
            page = fetched[item.url]
            if isinstance(page, BaseException):
                out.append(failure_from(page, label=item.label, url=item.url,
                                        attempts=getattr(page, "attempts", 1)))
            else:
                out.append(InputDocument(label=item.label, kind=item.kind, content=page.text,
                                         url=page.final_url or item.url))
        else:
            out.append(item)
    return out


def extract_stream(inputs: Iterable[Input], *, settings: Settings, workers: int = 1,
                   batch_size: int = 32, extractor: Extractor | None = None) -> Iterator[Outcome]:
    """Yield one outcome per input, in input order (see module docstring)."""
    if workers <= 1:
        extractor = extractor or Extractor(settings)
        for chunk in _chunks(inputs, batch_size):
            yield from _merge(_resolve(chunk, settings), lambda docs: process_documents(docs, extractor))
        return
    ctx = get_context("fork")
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_init_worker,
                             initargs=(settings,)) as pool:
        pending: deque[tuple[list[InputDocument | Failure], Future]] = deque()
        for chunk in _chunks(inputs, batch_size):
            resolved = _resolve(chunk, settings)
            docs = [d for d in resolved if isinstance(d, InputDocument)]
            pending.append((resolved, pool.submit(_work, docs)))
            # Bounded in-flight work keeps memory flat on endless inputs.
            while len(pending) > 2 * workers:
                yield from _collect(*pending.popleft())
        while pending:
            yield from _collect(*pending.popleft())


def _merge(resolved: list[InputDocument | Failure], run) -> Iterator[Outcome]:
    docs = [d for d in resolved if isinstance(d, InputDocument)]
    yield from _interleave(resolved, run(docs) if docs else [])


def _collect(resolved: list[InputDocument | Failure], future: Future) -> Iterator[Outcome]:
    yield from _interleave(resolved, future.result())


def _interleave(resolved: list[InputDocument | Failure], outcomes: list[Outcome]) -> Iterator[Outcome]:
    produced = iter(outcomes)
    for item in resolved:
        yield item if isinstance(item, Failure) else next(produced)
