"""Reading, cleaning, parsing and extracting seeds: the pure part of an import, in parallel.

Each seed becomes a `Prepared` (front matter and body, before it is given a slug), or a
`SeedError` that says why not. Many seeds are spread over worker processes, a few per
worker in flight, so pages are written as seeds finish and memory stays flat.
"""

from __future__ import annotations

import ctypes
import logging
import os
import signal
import sys
from collections import deque
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from generator.errors import GeneratorError, SeedError
from generator.ingest.dateline import publisher_name
from generator.ingest.importer.discover import sha256
from generator.ingest.parse import Article, ParseError, parse_article
from generator.ingest.seeds import read_seed
from generator.ingest.sidecar import read_sidecar
from generator.text.markdown import escape_markdown
from generator.text.slug import slugify

log = logging.getLogger(__name__)

IN_FLIGHT_PER_WORKER = 8  # seeds queued per worker process: enough to keep it busy


@dataclass(frozen=True)
class Prepared:
    """A seed read and understood, before a slug is given to it."""

    seed: str  # the seed's path as written into front matter, "seeds/x.txt"
    seed_hash: str
    base_slug: str
    meta: dict
    body: str
    warnings: tuple[str, ...] = ()  # causes only; the importer adds the file name


def article_meta(article: Article, seed: str, sidecar: dict) -> dict:
    """The front matter of an imported article (everything but the slug)."""
    from generator.ingest.entities import find_entities
    from generator.ingest.extract import extract

    found = extract(article.paragraphs, article.lang, sidecar.get("published"), article.timestamp)
    published = sidecar.get("published") or found.published
    inferred = not sidecar.get("published") and found.published_inferred and bool(published)
    source = {}
    publisher = sidecar.get("publisher") or article.publisher
    if publisher:
        source["name"] = publisher_name(publisher) if not sidecar.get("publisher") else publisher
    if sidecar.get("url"):
        source["url"] = sidecar["url"]
    entities = find_entities(article.paragraphs, article.lang)
    meta = {
        "title": article.title,
        "lang": article.lang,
        "seed": seed,
        "published": str(published) if published else None,
    }
    if inferred:
        meta["published_inferred"] = True
    meta["source"] = source
    if sidecar.get("author"):
        meta["author"] = sidecar["author"]
    meta["people"] = [person.to_dict() for person in entities.people]
    meta["organisations"] = [organisation.to_dict() for organisation in entities.organisations]
    meta["events"] = [event.to_dict() for event in found.events]
    meta["facts"] = [figure.to_dict() for figure in found.figures]
    return meta


def prepare(seed_path: Path, seed_name: str) -> Prepared:
    """Read, clean, parse and extract one seed: the pure, parallel part of an import."""
    data, text, warning = read_seed(seed_path)
    if not data:
        raise SeedError(seed_path, "empty: the file has no bytes at all")
    try:
        article = parse_article(text)
    except ParseError as error:
        raise SeedError(seed_path, str(error)) from None
    meta = article_meta(article, seed_name, read_sidecar(seed_path))
    warnings = (warning,) if warning else ()
    body = "\n\n".join(escape_markdown(p) for p in article.paragraphs)
    base_slug = slugify(article.title) or slugify(seed_path.stem) or "article"
    return Prepared(seed_name, sha256(data), base_slug, meta, body, warnings)


def _prepare_or_error(args: tuple[Path, str]) -> Prepared | SeedError:
    seed_path = args[0]
    try:
        return prepare(*args)
    except SeedError as error:
        return error
    except GeneratorError as error:
        return SeedError(seed_path, str(error))
    except OSError as error:
        return SeedError(seed_path, f"cannot read: {error.strerror or error}")
    except RecursionError:
        return SeedError(seed_path, "the text is nested too deeply to read")
    except Exception as error:  # a bug must cost one seed, not the whole import
        log.debug("while importing %s", seed_path, exc_info=True)
        return SeedError(
            seed_path, f"could not be imported (internal error {type(error).__name__}: {error})"
        )


def prepare_all(todo: list[tuple[Path, str]], jobs: int | None) -> Iterator[Prepared | SeedError]:
    """Parse and extract the seeds that changed; across processes when there are many.

    A generator, in the order of `todo`: each page is written as soon as its
    seed is ready, so memory stays flat however many seeds there are.
    """
    jobs = jobs if jobs is not None else min(os.cpu_count() or 1, 4)
    if jobs <= 1 or len(todo) < 64:
        yield from map(_prepare_or_error, todo)
        return
    # Executor.map would queue every seed at once, and finished seeds would pile
    # up while pages are written; keep only a few per worker in flight.
    pending = iter(todo)
    with ProcessPoolExecutor(
        max_workers=jobs, initializer=_start_worker, initargs=(os.getpid(),)
    ) as pool:
        window = deque(
            pool.submit(_prepare_or_error, item)
            for item in islice(pending, jobs * IN_FLIGHT_PER_WORKER)
        )
        while window:
            result = window.popleft().result()
            following = next(pending, None)
            if following is not None:
                window.append(pool.submit(_prepare_or_error, following))
            yield result


def _start_worker(parent: int) -> None:
    """A worker answers to the importer: it ignores Ctrl-C and dies with it.

    Ctrl-C reaches every process of the group, and only the importer itself answers
    it. When the importer is killed (SIGKILL, SIGTERM), the kernel kills its workers
    too (Linux's parent-death signal), so none is left holding its output pipes; where
    there is no such signal, a worker whose parent is already gone stops at once.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent()
    if os.getppid() != parent:  # the importer died before the signal was asked for
        os._exit(1)


_PR_SET_PDEATHSIG = 1  # prctl(2)


def _die_with_parent() -> None:
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # no prctl here: the parent check above still holds
        pass
