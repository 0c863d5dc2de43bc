"""Import seeds into article pages: incremental, atomic, and never over a person's edit.

The importer is the only part of the generator that writes into `docs/`.
It keeps a manifest (`docs/.import-manifest.json`, committed with the pages)
of what it wrote: for each seed, the seed's hash, the page's slug and the hash
of the page it wrote. That tells it three things without re-parsing anything:

- a seed that has not changed since (same hash; on the same machine, same size
  and time, from a local cache that is not committed) is skipped;
- a page whose bytes differ from what it wrote was edited by a person, and is
  kept unless `--force` says otherwise;
- a seed that has disappeared leaves its page in place, reported, not deleted.

Every file is written to a temporary name and renamed over the target, so a
crash leaves the old page or the new one, never half of one; a lock file keeps
two imports on the same folder from interleaving.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from generator import frontmatter
from generator.clean import DecodeError, decode, normalise
from generator.errors import GeneratorError, LockedError, SeedError
from generator.parse import PUBLISHERS, Article, ParseError, parse_article
from generator.schema import validate_meta
from generator.slug import slugify, unique_slug

log = logging.getLogger(__name__)

# Bump when the importer's output changes for the same seed, so pages are rewritten.
FORMAT_VERSION = 1
MANIFEST = ".import-manifest.json"  # committed: what the importer wrote, by hash
STAT_CACHE = ".import-cache.json"  # not committed: sizes and times on this machine
LOCK = ".import.lock"
ARTICLES = "articles"
MAX_SEED_BYTES = 4 * 1024 * 1024
SIDECAR_KEYS = {"url", "published", "author", "publisher"}
SEED_SUFFIX = ".txt"
SIDECAR_SUFFIXES = (".yml", ".yaml")


@dataclass(frozen=True)
class Outcome:
    """What happened to one seed: a status and, for anything but a plain write, why."""

    seed: str
    status: str  # written | unchanged | kept | failed | missing
    page: str | None = None
    message: str = ""

    def line(self) -> str:
        where = self.seed if self.status in {"failed", "missing"} else (self.page or self.seed)
        return f"{where}: {self.message}" if self.message else where


@dataclass
class Report:
    outcomes: list[Outcome] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(outcome.status == status for outcome in self.outcomes)

    @property
    def failed(self) -> bool:
        return any(outcome.status == "failed" for outcome in self.outcomes)

    def summary(self) -> str:
        counts = [
            (status, self.count(status))
            for status in ("written", "unchanged", "kept", "failed", "missing")
        ]
        return ", ".join(f"{number} {status}" for status, number in counts if number) or "no seeds"


@dataclass(frozen=True)
class Prepared:
    """A seed read and understood, before a slug is given to it."""

    seed: str  # the seed's path as written into front matter, "seeds/x.txt"
    seed_hash: str
    base_slug: str
    meta: dict
    body: str


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_seed(path: Path) -> tuple[str, str | None]:
    """The seed's normalised text and, when it was not UTF-8, the encoding used."""
    size = path.stat().st_size
    if size > MAX_SEED_BYTES:
        raise SeedError(
            path,
            f"{size:,} bytes is larger than the limit of {MAX_SEED_BYTES:,} bytes for one article",
        )
    try:
        text, encoding = decode(path.read_bytes())
    except DecodeError as error:
        raise SeedError(path, str(error)) from None
    return normalise(text), None if encoding in ("utf-8", "utf-8-sig") else encoding


def read_sidecar(seed_path: Path) -> dict:
    """What an editor knows about a seed and the text does not say (`x.yml` next to `x.txt`)."""
    for suffix in SIDECAR_SUFFIXES:
        path = seed_path.with_suffix(suffix)
        if not path.exists():
            continue
        try:
            data = yaml.safe_load(path.read_text("utf-8-sig")) or {}
        except (yaml.YAMLError, UnicodeDecodeError) as error:
            raise SeedError(path, f"sidecar is not valid YAML: {error}".splitlines()[0]) from None
        if not isinstance(data, dict):
            raise SeedError(path, "sidecar must be a mapping such as 'url: https://…'")
        unknown = sorted(set(map(str, data)) - SIDECAR_KEYS)
        if unknown:
            raise SeedError(
                path,
                f"unknown sidecar key {unknown[0]!r} (known: {', '.join(sorted(SIDECAR_KEYS))})",
            )
        return {key: frontmatter._plain(value) for key, value in data.items()}
    return {}


def article_meta(article: Article, seed: str, sidecar: dict) -> dict:
    """The front matter of an imported article (everything but the slug)."""
    from generator.extract import extract
    from generator.people import people_and_organisations

    published = sidecar.get("published")
    found = extract(article.paragraphs, article.lang, str(published) if published else None)
    inferred = False
    if not published:
        years = sorted({event.date[:4] for event in found.events if event.inferred})
        published, inferred = (years[-1], True) if years else (None, False)
    source = {}
    publisher = sidecar.get("publisher") or article.publisher
    if publisher:
        source["name"] = (
            PUBLISHERS.get(publisher, publisher) if not sidecar.get("publisher") else publisher
        )
    if sidecar.get("url"):
        source["url"] = sidecar["url"]
    people, organisations = people_and_organisations(article.paragraphs, article.lang)
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
    meta["people"] = people
    meta["organisations"] = organisations
    meta["events"] = [event.to_dict() for event in found.events]
    meta["facts"] = [figure.to_dict() for figure in found.figures]
    if any(item.get("review") for item in meta["events"] + meta["facts"]):
        meta["review"] = True
    return meta


def prepare(seed_path: Path, seed_name: str) -> Prepared:
    """Read, clean, parse and extract one seed: the pure, parallel part of an import."""
    data = seed_path.read_bytes()
    text, encoding = read_seed(seed_path)
    try:
        article = parse_article(text)
    except ParseError as error:
        raise SeedError(seed_path, str(error)) from None
    meta = article_meta(article, seed_name, read_sidecar(seed_path))
    if encoding:
        log.warning("%s: read as %s (not UTF-8)", seed_path, encoding)
    body = "\n\n".join(frontmatter.escape_markdown(p) for p in article.paragraphs)
    base_slug = slugify(article.title) or slugify(seed_path.stem) or "article"
    return Prepared(seed_name, sha256(data), base_slug, meta, body)


def _prepare_or_error(args: tuple[Path, str]) -> Prepared | SeedError:
    try:
        return prepare(*args)
    except SeedError as error:
        return error
    except GeneratorError as error:
        return SeedError(args[0], str(error))
    except OSError as error:
        return SeedError(args[0], f"cannot read: {error.strerror}")


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` so that readers see the old file or the new one, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class _Lock:
    """An exclusive lock on the docs folder for the length of one import."""

    def __init__(self, path: Path):
        from filelock import FileLock, Timeout

        self._lock = FileLock(str(path), timeout=0)
        self._timeout = Timeout
        self.path = path

    def __enter__(self):
        try:
            self._lock.acquire()
        except self._timeout:
            raise LockedError(
                f"{self.path}: another import is running on this docs folder; wait for it to finish"
            ) from None
        return self

    def __exit__(self, *exc):
        self._lock.release()
        self.path.unlink(missing_ok=True)


def _load_json(path: Path) -> dict:
    try:
        data = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        return {}
    except (ValueError, UnicodeDecodeError):
        log.warning("%s: unreadable, starting afresh (existing pages are kept as edited)", path)
        return {}
    return data if isinstance(data, dict) else {}


def _load_manifest(path: Path) -> dict:
    data = _load_json(path)
    seeds = data.get("seeds", {}) if isinstance(data.get("seeds"), dict) else {}
    if data.get("format") != FORMAT_VERSION:  # the importer's output changed: redo every seed
        return {seed: {**entry, "seed_hash": None} for seed, entry in seeds.items()}
    return seeds


def _save_json(path: Path, data: dict) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    if not path.exists() or path.read_text("utf-8") != text:
        write_atomic(path, text.encode("utf-8"))


def _seed_files(seeds_dir: Path) -> Iterator[Path]:
    return iter(
        sorted(
            p
            for p in seeds_dir.iterdir()
            if p.suffix == SEED_SUFFIX and not p.name.startswith(".") and p.is_file()
        )
    )


def _page_path(docs_dir: Path, slug: str, lang: str) -> Path:
    return docs_dir / ARTICLES / f"{slug}.{lang}.md"


def _taken_slugs(docs_dir: Path, manifest: dict) -> set[str]:
    """Slugs in use by any page, imported or written by a person (translations share theirs)."""
    taken = {entry["slug"] for entry in manifest.values() if entry.get("slug")}
    articles = docs_dir / ARTICLES
    if articles.is_dir():
        taken.update(path.name.split(".")[0] for path in articles.glob("*.md"))
    return taken


def run_import(
    seeds_dir: Path, docs_dir: Path, *, force: bool = False, jobs: int | None = None
) -> Report:
    """Import every seed in `seeds_dir` into `docs_dir/articles`; see the module docstring."""
    seeds_dir, docs_dir = Path(seeds_dir), Path(docs_dir)
    docs_dir.mkdir(parents=True, exist_ok=True)
    with _Lock(docs_dir / LOCK):
        return _import_locked(seeds_dir, docs_dir, force=force, jobs=jobs)


def _import_locked(seeds_dir: Path, docs_dir: Path, *, force: bool, jobs: int | None) -> Report:
    articles = docs_dir / ARTICLES
    for stale in articles.glob(".*.tmp") if articles.is_dir() else ():
        stale.unlink(missing_ok=True)  # left by an import that was killed mid-write
    manifest = _load_manifest(docs_dir / MANIFEST)
    stamps = _load_json(docs_dir / STAT_CACHE)
    report = Report()
    todo: list[tuple[Path, str]] = []
    present = set()
    for seed_path in _seed_files(seeds_dir):
        name = _seed_name(seed_path, seeds_dir)
        present.add(name)
        entry = manifest.get(name)
        stamp = _stamp(seed_path)
        page = _page_path(docs_dir, entry["slug"], entry["lang"]) if entry else None
        unchanged = (
            entry
            and not force
            and entry.get("seed_hash")
            and page.exists()
            and (
                stamps.get(name) == [stamp, entry["seed_hash"]]
                or _hash_file(seed_path) == entry["seed_hash"]
            )
        )
        if unchanged:
            stamps[name] = [stamp, entry["seed_hash"]]
            report.outcomes.append(Outcome(name, "unchanged", _rel(page, docs_dir)))
            continue
        todo.append((seed_path, name))

    taken = _taken_slugs(docs_dir, manifest)
    for (seed_path, name), result in zip(todo, _prepare_all(todo, jobs), strict=True):
        if isinstance(result, SeedError):
            report.outcomes.append(Outcome(name, "failed", message=result.message))
            continue
        entry = manifest.get(name, {})
        outcome = _write_page(result, entry, docs_dir, taken, force)
        report.outcomes.append(outcome)
        if outcome.status in {"written", "unchanged"}:
            page = docs_dir / outcome.page
            manifest[name] = {
                "slug": page.name.split(".")[0],
                "lang": result.meta["lang"],
                "seed_hash": result.seed_hash,
                "page_hash": _hash_file(page),
            }
            stamps[name] = [_stamp(seed_path), result.seed_hash]
    for name in sorted(set(manifest) - present):
        entry = manifest[name]
        page = _page_path(docs_dir, entry["slug"], entry["lang"])
        if page.exists():
            rel = _rel(page, docs_dir)
            report.outcomes.append(
                Outcome(
                    name,
                    "missing",
                    rel,
                    f"seed is gone; its page {rel} is kept (delete the page by hand if intended)",
                )
            )
        else:
            del manifest[name]
    _save_json(
        docs_dir / MANIFEST, {"format": FORMAT_VERSION, "seeds": dict(sorted(manifest.items()))}
    )
    _save_json(
        docs_dir / STAT_CACHE, dict(sorted((k, v) for k, v in stamps.items() if k in present))
    )
    return report


def _seed_name(seed_path: Path, seeds_dir: Path) -> str:
    """How front matter names a seed: relative to the project, "seeds/x.txt"."""
    return f"{seeds_dir.name}/{seed_path.name}"


def _stamp(seed_path: Path) -> list:
    """Size and modification time of a seed and its sidecar: cheap to compare, local only."""
    stat = seed_path.stat()
    return [stat.st_size, stat.st_mtime_ns, _sidecar_stamp(seed_path)]


def _hash_file(path: Path) -> str:
    return sha256(path.read_bytes())


def _rel(path: Path, docs_dir: Path) -> str:
    return path.relative_to(docs_dir).as_posix()


def _sidecar_stamp(seed_path: Path) -> int:
    stamps = [seed_path.with_suffix(s) for s in SIDECAR_SUFFIXES]
    return max((p.stat().st_mtime_ns for p in stamps if p.exists()), default=0)


def _prepare_all(todo: list[tuple[Path, str]], jobs: int | None) -> list[Prepared | SeedError]:
    """Parse and extract the seeds that changed; across processes when there are many."""
    jobs = jobs if jobs is not None else min(os.cpu_count() or 1, 4)
    if jobs <= 1 or len(todo) < 64:
        return [_prepare_or_error(item) for item in todo]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        return list(pool.map(_prepare_or_error, todo, chunksize=32))


def _write_page(
    prepared: Prepared, entry: dict, docs_dir: Path, taken: set[str], force: bool
) -> Outcome:
    name, lang = prepared.seed, prepared.meta["lang"]
    slug = entry.get("slug")
    if not slug or entry.get("lang") != lang:
        slug = unique_slug(prepared.base_slug, taken)
        if slug != prepared.base_slug:
            log.warning(
                "%s: slug %r is taken by another article; using %r", name, prepared.base_slug, slug
            )
        taken.add(slug)
    meta = {**prepared.meta}
    ordered = {"title": meta.pop("title"), "lang": meta.pop("lang"), "slug": slug, **meta}
    problems = validate_meta(ordered, name)
    if problems:  # a bug in the importer, not in the seed: say so plainly
        return Outcome(
            name,
            "failed",
            message=f"importer produced invalid front matter: "
            f"{problems[0].key}: {problems[0].message}",
        )
    data = frontmatter.dump(ordered, prepared.body).encode("utf-8")
    page = _page_path(docs_dir, slug, lang)
    rel = _rel(page, docs_dir)
    if page.exists():
        current = page.read_bytes()
        if current == data:
            return Outcome(name, "unchanged", rel)
        if not force:
            if not entry.get("page_hash"):
                return Outcome(
                    name,
                    "kept",
                    rel,
                    "page exists and was not written by the "
                    "importer; kept it (use --force to overwrite)",
                )
            if sha256(current) != entry["page_hash"]:
                return Outcome(
                    name,
                    "kept",
                    rel,
                    "page was edited since it was imported; "
                    "kept the edits (use --force to overwrite)",
                )
    write_atomic(page, data)
    return Outcome(name, "written", rel)
