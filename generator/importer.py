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

Without a manifest (lost, or never committed) the pages say which seed they
came from (`seed:`): a seed keeps the slug of the page that names it, and a
page the importer has no record of writing is kept, not overwritten.

Every file is written to a temporary name and renamed over the target, so a
crash leaves the old page or the new one, never half of one; a lock file keeps
two imports on the same folder from interleaving. A seed that cannot be read
is reported on one line, and every other seed is still imported.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import signal
import tempfile
from collections import deque
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from generator import frontmatter
from generator.clean import DecodeError, decode, normalise, repair_mojibake
from generator.errors import GeneratorError, LockedError, PageError, SeedError
from generator.parse import PUBLISHERS, Article, ParseError, parse_article
from generator.schema import validate_meta
from generator.slug import slugify, unique_slug

log = logging.getLogger(__name__)

# Bump when the importer's output changes for the same seed, so pages are rewritten.
FORMAT_VERSION = 1
IN_FLIGHT_PER_WORKER = 8  # seeds queued per worker process: enough to keep it busy
MANIFEST = ".import-manifest.json"  # committed: what the importer wrote, by hash
STAT_CACHE = ".import-cache.json"  # not committed: sizes and times on this machine
LOCK = ".import.lock"  # not committed; left in place (removing it would race a waiting import)
ARTICLES = "articles"
MAX_SEED_BYTES = 4 * 1024 * 1024
SIDECAR_KEYS = {"url", "published", "author", "publisher"}
SEED_SUFFIX = ".txt"
SIDECAR_SUFFIXES = (".yml", ".yaml")
LANGUAGE_NAMES = {"en": "English", "vi": "Vietnamese"}
ENCODING_NAMES = {
    "utf-16-le": "UTF-16LE without a byte-order mark",
    "utf-16-be": "UTF-16BE without a byte-order mark",
    "windows-1258": "Windows-1258 (Vietnamese)",
    "windows-1252": "Windows-1252 (Western European)",
}

_DECLARED = ("utf-8", "utf-8-sig", "utf-16", "utf-32")  # plain UTF-8, or said by a byte-order mark
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_ISO_DATE = re.compile(r"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$")


@dataclass(frozen=True)
class Outcome:
    """What happened to one seed: a status and, for anything but a plain write, why.

    `warnings` are lines to show even when the seed was written: an encoding
    that had to be recognised, a slug that was taken.
    """

    seed: str  # the seed's path as the user named it, "seeds/x.txt"
    status: str  # written | unchanged | kept | failed | missing
    page: str | None = None  # the page's path inside the docs folder, "articles/x.en.md"
    message: str = ""  # a whole line for kept, failed and missing: "<file>: <cause>"
    warnings: tuple[str, ...] = ()

    def line(self) -> str:
        return self.message or self.seed


@dataclass
class Report:
    outcomes: list[Outcome] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)  # warnings about the run, not one seed

    def count(self, status: str) -> int:
        return sum(outcome.status == status for outcome in self.outcomes)

    @property
    def failed(self) -> bool:
        return any(outcome.status == "failed" for outcome in self.outcomes)

    @property
    def warnings(self) -> list[str]:
        lines = self.notices + [line for outcome in self.outcomes for line in outcome.warnings]
        lines += [o.line() for o in self.outcomes if o.status in {"kept", "missing"}]
        return lines

    @property
    def errors(self) -> list[str]:
        return [outcome.line() for outcome in self.outcomes if outcome.status == "failed"]

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
    warnings: tuple[str, ...] = ()  # causes only; the importer adds the file name


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def shown(path: Path | str) -> str:
    """A path as one printable line: odd bytes and control characters escaped."""
    text = Path(path).as_posix().encode("utf-8", "backslashreplace").decode("utf-8")
    return _UNPRINTABLE.sub(lambda m: m.group(0).encode("unicode_escape").decode(), text)


def read_bytes(path: Path, limit: int = MAX_SEED_BYTES) -> bytes:
    """The seed's bytes, refused before reading when there are more than `limit`."""
    size = path.stat().st_size
    if size > limit:
        raise SeedError(
            path,
            f"{size:,} bytes is larger than the limit of {limit:,} bytes for one article; "
            "split it, or check it is really one article",
        )
    with path.open("rb") as handle:
        data = handle.read(limit + 1)  # the file may have grown since the size was read
    if len(data) > limit:
        raise SeedError(path, f"larger than the limit of {limit:,} bytes for one article")
    return data


def read_seed(path: Path) -> tuple[bytes, str, str | None]:
    """The seed's bytes, its normalised text and, when it had to be recognised, how it was read."""
    data = read_bytes(path)
    try:
        text, encoding = decode(data)
        text, repaired = repair_mojibake(text)
    except DecodeError as error:
        raise SeedError(path, str(error)) from None
    if repaired:
        warning = "held mojibake (UTF-8 once read as Windows-1252, such as 'Ã©' for 'é'); repaired"
    elif encoding in _DECLARED:
        warning = None
    else:
        warning = f"not UTF-8; read as {ENCODING_NAMES.get(encoding, encoding)}"
    return data, normalise(text), warning


def read_sidecar(seed_path: Path) -> dict:
    """What an editor knows about a seed and the text does not say (`x.yml` next to `x.txt`)."""
    for suffix in SIDECAR_SUFFIXES:
        path = seed_path.with_suffix(suffix)
        if not path.is_file():
            continue
        try:
            text = read_bytes(path, 64 * 1024).decode("utf-8-sig")
            page = frontmatter.load(f"---\n{text.rstrip()}\n---\n", path.as_posix())
        except UnicodeDecodeError:
            raise SeedError(path, "sidecar is not UTF-8 text") from None
        except PageError as error:
            line = error.line - 1 if error.line and error.line > 1 else None
            cause = error.message.replace("front matter", "sidecar")
            raise SeedError(path, f"{error.key}: {cause}" if error.key else cause, line) from None
        return _sidecar_values(path, page)
    return {}


def _sidecar_values(path: Path, page: frontmatter.Page) -> dict:
    data = page.meta
    line = {key: line - 1 for key, line in page.key_lines.items()}
    for key in data:
        if key not in SIDECAR_KEYS:
            raise SeedError(
                path,
                f"unknown sidecar key {key!r} (known: {', '.join(sorted(SIDECAR_KEYS))})",
                line.get(key),
            )
    values = {}
    for key, value in data.items():
        if value is None:
            continue
        if key == "published" and isinstance(value, int) and not isinstance(value, bool):
            value = f"{value:04d}"
        if not isinstance(value, str) or not value.strip():
            raise SeedError(path, f"{key}: {value!r} is not text", line.get(key))
        value = value.strip()
        if key == "published" and not _is_iso_date(value):
            raise SeedError(
                path,
                f"published: {value!r} is not an ISO 8601 date (1975-05-19, 1975-05 or 1975)",
                line.get(key),
            )
        if key == "url" and not value.startswith(("http://", "https://")):
            raise SeedError(path, f"url: {value!r} is not a web address", line.get(key))
        values[key] = value
    return values


def _is_iso_date(value: str) -> bool:
    if not _ISO_DATE.match(value):
        return False
    if len(value) == 10:
        import datetime as dt

        try:
            dt.date.fromisoformat(value)
        except ValueError:
            return False
    return True


def article_meta(article: Article, seed: str, sidecar: dict) -> dict:
    """The front matter of an imported article (everything but the slug)."""
    from generator.extract import extract
    from generator.people import people_and_organisations

    published = sidecar.get("published")
    found = extract(article.paragraphs, article.lang, published)
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
    data, text, warning = read_seed(seed_path)
    if not data:
        raise SeedError(seed_path, "empty: the file has no bytes at all")
    try:
        article = parse_article(text)
    except ParseError as error:
        raise SeedError(seed_path, str(error)) from None
    meta = article_meta(article, seed_name, read_sidecar(seed_path))
    warnings = (warning,) if warning else ()
    body = "\n\n".join(frontmatter.escape_markdown(p) for p in article.paragraphs)
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


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` so that readers see the old file or the new one, never half.

    Ctrl-C and SIGTERM wait until the file is in place (or its temporary
    file is gone): an interrupted import leaves whole files only.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    with _signals_deferred():
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(tmp, _file_mode(path))  # mkstemp makes 0600; a page is as readable as any
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


@contextmanager
def _signals_deferred():
    """Hold back SIGINT and SIGTERM for a moment (where the platform can)."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


def _file_mode(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        mask = os.umask(0o022)
        os.umask(mask)
        return 0o666 & ~mask


def _remove_temporary_files(docs_dir: Path) -> None:
    """Temporary files left by an import that was killed mid-write (this one holds the lock)."""
    patterns = [(docs_dir, f".{name}.*.tmp") for name in (MANIFEST, STAT_CACHE)]
    patterns.append((docs_dir / ARTICLES, ".*.md.*.tmp"))
    for folder, pattern in patterns:
        if folder.is_dir():
            for stale in folder.glob(pattern):
                stale.unlink(missing_ok=True)


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
                f"{shown(self.path.parent)}: another import is running on this docs folder "
                f"(it holds {shown(self.path)}); wait for it to finish and run this one again"
            ) from None
        return self

    def __exit__(self, *exc):
        self._lock.release()


def _load_json(path: Path) -> dict | None:
    """A JSON object from `path`; {} when there is none, None when it is unreadable."""
    try:
        data = json.loads(path.read_bytes().decode("utf-8"))
    except FileNotFoundError:
        return {}
    except (ValueError, UnicodeDecodeError, OSError):
        return None
    return data if isinstance(data, dict) else None


def _valid_entry(entry) -> bool:
    return (
        isinstance(entry, dict)
        and isinstance(entry.get("slug"), str)
        and _SLUG.match(entry["slug"]) is not None
        and entry.get("lang") in LANGUAGE_NAMES
        and isinstance(entry.get("seed_hash"), (str, type(None)))
        and isinstance(entry.get("page_hash"), (str, type(None)))
    )


def _load_manifest(path: Path) -> tuple[dict, list[str]]:
    """The manifest's entries by seed, and a warning line when some of it could not be used."""
    data = _load_json(path)
    if data is None:
        return {}, [
            f"{shown(path)}: unreadable, so the importer has no record of the pages it wrote; "
            "pages that name their seed keep their slug and are not overwritten"
        ]
    seeds = data.get("seeds", {}) if isinstance(data.get("seeds"), dict) else {}
    entries = {str(seed): entry for seed, entry in seeds.items() if _valid_entry(entry)}
    warnings = []
    if len(entries) != len(seeds):
        ignored = len(seeds) - len(entries)
        warnings.append(
            f"{shown(path)}: ignored {ignored} {'entry' if ignored == 1 else 'entries'} "
            "that are not valid (a seed, a slug, a language and hashes each)"
        )
    if data.get("format") != FORMAT_VERSION:  # the importer's output changed: redo every seed
        entries = {seed: {**entry, "seed_hash": None} for seed, entry in entries.items()}
    return entries, warnings


def _save_json(path: Path, data: dict) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    try:
        unchanged = path.read_bytes() == text.encode("utf-8")
    except OSError:
        unchanged = False
    if not unchanged:
        write_atomic(path, text.encode("utf-8"))


def _seed_files(seeds_dir: Path) -> Iterator[Path]:
    return iter(
        sorted(
            p
            for p in seeds_dir.iterdir()
            if p.suffix.lower() == SEED_SUFFIX and not p.name.startswith(".") and p.is_file()
        )
    )


def _page_path(docs_dir: Path, slug: str, lang: str) -> Path:
    return docs_dir / ARTICLES / f"{slug}.{lang}.md"


def _taken_slugs(docs_dir: Path, manifest: dict) -> set[str]:
    """Slugs in use by any page, imported or written by a person (translations share theirs)."""
    taken = {entry["slug"] for entry in manifest.values()}
    articles = docs_dir / ARTICLES
    if articles.is_dir():
        taken.update(path.name.split(".")[0] for path in articles.glob("*.md"))
    return taken


def _claims(docs_dir: Path) -> dict[str, tuple[str, str]]:
    """Which seed each page says it came from (`seed:`): the record when the manifest is lost."""
    claims: dict[str, tuple[str, str]] = {}
    articles = docs_dir / ARTICLES
    for path in sorted(articles.glob("*.md")) if articles.is_dir() else ():
        parts = path.name.split(".")
        if len(parts) != 3 or parts[1] not in LANGUAGE_NAMES or not _SLUG.match(parts[0]):
            continue
        try:
            page = frontmatter.load(path.read_bytes().decode("utf-8-sig"), path.as_posix())
        except (OSError, UnicodeDecodeError, PageError):
            continue
        seed = page.meta.get("seed")
        if isinstance(seed, str):
            claims.setdefault(seed, (parts[0], parts[1]))
    return claims


def _page_names_seed(page: Path, seed: str) -> bool:
    try:
        loaded = frontmatter.load(page.read_bytes().decode("utf-8-sig"), page.as_posix())
    except (OSError, UnicodeDecodeError, PageError):
        return True  # cannot tell: assume it is still the seed's page, and say so
    return loaded.meta.get("seed") == seed


def run_import(
    seeds_dir: Path, docs_dir: Path, *, force: bool = False, jobs: int | None = None
) -> Report:
    """Import every seed in `seeds_dir` into `docs_dir/articles`; see the module docstring."""
    seeds_dir, docs_dir = Path(seeds_dir), Path(docs_dir)
    docs_dir.mkdir(parents=True, exist_ok=True)
    with _Lock(docs_dir / LOCK):
        return _Import(seeds_dir, docs_dir, force=force, jobs=jobs).run()


class _Import:
    """One run of the importer, under the lock: what it knows, and what it found."""

    def __init__(self, seeds_dir: Path, docs_dir: Path, *, force: bool, jobs: int | None):
        self.seeds_dir, self.docs_dir = seeds_dir, docs_dir
        self.force, self.jobs = force, jobs
        self.report = Report()
        self.manifest: dict = {}
        self._claims: dict[str, tuple[str, str]] | None = None

    def page_shown(self, rel: str) -> str:
        return shown(self.docs_dir / rel)

    def claims(self) -> dict[str, tuple[str, str]]:
        if self._claims is None:
            self._claims = _claims(self.docs_dir)
        return self._claims

    def run(self) -> Report:
        docs_dir = self.docs_dir
        _remove_temporary_files(docs_dir)
        self.manifest, warnings = _load_manifest(docs_dir / MANIFEST)
        self.report.notices.extend(warnings)
        stamps = _load_json(docs_dir / STAT_CACHE) or {}
        todo: list[tuple[Path, str]] = []
        present = set()
        for seed_path in _seed_files(self.seeds_dir):
            name = f"{self.seeds_dir.resolve().name}/{seed_path.name}"  # as front matter has it
            problem = _name_problem(seed_path.name)
            if problem:
                self.report.outcomes.append(
                    Outcome(shown(seed_path), "failed", message=f"{shown(seed_path)}: {problem}")
                )
                continue
            present.add(name)
            entry = self.manifest.get(name)
            stamp = _stamp(seed_path)
            page = _page_path(docs_dir, entry["slug"], entry["lang"]) if entry else None
            unchanged = (
                entry
                and not self.force
                and entry.get("seed_hash")
                and page.exists()
                and (
                    (stamp is not None and stamps.get(name) == [stamp, entry["seed_hash"]])
                    or _hash_file(seed_path, "") == entry["seed_hash"]
                )
            )
            if unchanged:
                stamps[name] = [stamp, entry["seed_hash"]]
                self.report.outcomes.append(
                    Outcome(shown(seed_path), "unchanged", _rel(page, docs_dir))
                )
                continue
            todo.append((seed_path, name))

        taken = _taken_slugs(docs_dir, self.manifest)
        for (seed_path, name), result in zip(todo, _prepare_all(todo, self.jobs), strict=True):
            if isinstance(result, SeedError):
                message = " ".join(str(result).split())  # one line, whatever the cause said
                self.report.outcomes.append(Outcome(shown(seed_path), "failed", message=message))
                continue
            outcome = self.write_page(seed_path, result, taken)
            self.report.outcomes.append(outcome)
            if outcome.status in {"written", "unchanged"}:
                page = docs_dir / outcome.page
                self.manifest[name] = {
                    "slug": page.name.split(".")[0],
                    "lang": result.meta["lang"],
                    "seed_hash": result.seed_hash,
                    "page_hash": _hash_file(page),
                }
                stamps[name] = [_stamp(seed_path), result.seed_hash]
        self.report_missing(present, f"{self.seeds_dir.resolve().name}/")
        _save_json(
            docs_dir / MANIFEST,
            {"format": FORMAT_VERSION, "seeds": dict(sorted(self.manifest.items()))},
        )
        _save_json(
            docs_dir / STAT_CACHE, dict(sorted((k, v) for k, v in stamps.items() if k in present))
        )
        return self.report

    def report_missing(self, present: set[str], folder: str) -> None:
        """Seeds of this folder in the manifest that are gone: their pages stay, each reported."""
        for name in sorted(set(self.manifest) - present):
            if not name.startswith(folder):
                continue  # imported from another folder of seeds: not this run's business
            entry = self.manifest[name]
            page = _page_path(self.docs_dir, entry["slug"], entry["lang"])
            if page.exists() and _page_names_seed(page, name):
                rel = _rel(page, self.docs_dir)
                seed_shown = shown(self.seeds_dir / Path(name).name)
                self.report.outcomes.append(
                    Outcome(
                        seed_shown,
                        "missing",
                        rel,
                        f"{seed_shown}: seed is gone; its page {self.page_shown(rel)} is kept "
                        "(delete the page by hand if that was intended)",
                    )
                )
            else:  # the page is gone too, or a person made it their own (no `seed:`)
                del self.manifest[name]

    def slug_for(self, prepared: Prepared, entry: dict, taken: set[str]) -> tuple[str, str]:
        """The seed's slug, and a warning when it could not have the one its headline makes."""
        lang = prepared.meta["lang"]
        if entry.get("lang") == lang:
            return entry["slug"], ""
        if entry and not _page_path(self.docs_dir, entry["slug"], lang).exists():
            return entry["slug"], ""  # the seed changed language: the article keeps its slug
        claimed = self.claims().get(prepared.seed)
        if not entry and claimed and claimed[1] == lang:
            return claimed[0], ""
        slug = unique_slug(prepared.base_slug, taken)
        taken.add(slug)
        if slug == prepared.base_slug:
            return slug, ""
        return slug, (
            f"slug {prepared.base_slug!r} belongs to another article (the same headline?); "
            f"this one is {slug!r}"
        )

    def write_page(self, seed_path: Path, prepared: Prepared, taken: set[str]) -> Outcome:
        seed_shown = shown(seed_path)
        entry = self.manifest.get(prepared.seed, {})
        lang = prepared.meta["lang"]
        slug, slug_warning = self.slug_for(prepared, entry, taken)
        warnings = [f"{seed_shown}: {cause}" for cause in prepared.warnings]
        if slug_warning:
            warnings.append(f"{seed_shown}: {slug_warning}")
        if entry and entry.get("lang") != lang:
            old = shown(_page_path(self.docs_dir, entry["slug"], entry["lang"]))
            warnings.append(
                f"{seed_shown}: now reads as {LANGUAGE_NAMES[lang]}; its "
                f"{LANGUAGE_NAMES[entry['lang']]} page {old} is kept "
                "(delete it by hand if that was intended)"
            )
        meta = {**prepared.meta}
        ordered = {"title": meta.pop("title"), "lang": meta.pop("lang"), "slug": slug, **meta}
        problems = validate_meta(ordered, prepared.seed)
        if problems:  # a bug in the importer, not in the seed: say so plainly
            return Outcome(
                seed_shown,
                "failed",
                message=f"{seed_shown}: the importer made invalid front matter "
                f"({problems[0].key}: {problems[0].message}); please report it",
                warnings=tuple(warnings),
            )
        data = frontmatter.dump(ordered, prepared.body).encode("utf-8")
        page = _page_path(self.docs_dir, slug, lang)
        rel = _rel(page, self.docs_dir)
        page_shown = self.page_shown(rel)
        if page.exists():
            current = page.read_bytes()
            if current == data:
                return Outcome(seed_shown, "unchanged", rel, warnings=tuple(warnings))
            recorded = entry.get("page_hash") if entry.get("slug") == slug else None
            if not self.force and not recorded:
                return Outcome(
                    seed_shown,
                    "kept",
                    rel,
                    f"{page_shown}: kept as it is: the importer has no record of writing it "
                    f"(not in {MANIFEST}), so it may hold edits; --force overwrites it "
                    f"with {seed_shown}",
                    tuple(warnings),
                )
            if not self.force and sha256(current) != recorded:
                return Outcome(
                    seed_shown,
                    "kept",
                    rel,
                    f"{page_shown}: kept as it is: edited since it was imported; "
                    f"--force overwrites the edits with {seed_shown}",
                    tuple(warnings),
                )
        try:
            write_atomic(page, data)
        except OSError as error:  # a full disk, a read-only folder: this page, not the run
            return Outcome(
                seed_shown,
                "failed",
                message=f"{page_shown}: cannot write it: {error.strerror or error}",
                warnings=tuple(warnings),
            )
        return Outcome(seed_shown, "written", rel, warnings=tuple(warnings))


def _name_problem(name: str) -> str:
    """Why a seed's file name cannot go into front matter and messages, or ''."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return "the file name is not valid UTF-8; rename the file"
    if _UNPRINTABLE.search(name):
        return "the file name has control characters in it; rename the file"
    return ""


def _stamp(seed_path: Path) -> list | None:
    """Size and modification time of a seed and its sidecar: cheap to compare, local only."""
    try:
        stat = seed_path.stat()
        return [stat.st_size, stat.st_mtime_ns, _sidecar_stamp(seed_path)]
    except OSError:  # gone or unreadable since it was listed: reading it will say why
        return None


def _hash_file(path: Path, default: str | None = None) -> str:
    try:
        return sha256(path.read_bytes())
    except OSError:
        if default is None:
            raise
        return default


def _rel(path: Path, docs_dir: Path) -> str:
    return path.relative_to(docs_dir).as_posix()


def _sidecar_stamp(seed_path: Path) -> int:
    stamps = [seed_path.with_suffix(s) for s in SIDECAR_SUFFIXES]
    return max((p.stat().st_mtime_ns for p in stamps if p.exists()), default=0)


def _prepare_all(todo: list[tuple[Path, str]], jobs: int | None) -> Iterator[Prepared | SeedError]:
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
    with ProcessPoolExecutor(max_workers=jobs, initializer=_leave_interrupts_to_parent) as pool:
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


def _leave_interrupts_to_parent() -> None:
    """Ctrl-C reaches every process of the group: only the importer itself answers it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
