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

from pathlib import Path

from generator import languages
from generator.contract import frontmatter
from generator.contract.pages import write_atomic
from generator.contract.schema import validate_meta
from generator.errors import SeedError
from generator.ingest.importer.discover import (
    folder_name,
    hash_file,
    name_problem,
    outside_problem,
    page_path,
    relative,
    seed_files,
    seed_name,
    seed_stamp,
    sha256,
)
from generator.ingest.importer.lock import LOCK, Lock, remove_temporary_files
from generator.ingest.importer.manifest import (
    FORMAT_VERSION,
    MANIFEST,
    STAT_CACHE,
    claims,
    load_json,
    load_manifest,
    page_names_seed,
    save_json,
    taken_slugs,
)
from generator.ingest.importer.prepare import Prepared, prepare_all
from generator.ingest.importer.report import Outcome, Report
from generator.ingest.seeds import shown
from generator.text.slug import unique_slug


def run_import(
    seeds_dir: Path, docs_dir: Path, *, force: bool = False, jobs: int | None = None
) -> Report:
    """Import every seed in `seeds_dir` into `docs_dir/articles`; see the module docstring."""
    seeds_dir, docs_dir = Path(seeds_dir), Path(docs_dir)
    docs_dir.mkdir(parents=True, exist_ok=True)
    with Lock(docs_dir / LOCK):
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
            self._claims = claims(self.docs_dir)
        return self._claims

    def run(self) -> Report:
        docs_dir = self.docs_dir
        remove_temporary_files(docs_dir)
        self.manifest, warnings = load_manifest(docs_dir / MANIFEST)
        self.report.notices.extend(warnings)
        stamps = load_json(docs_dir / STAT_CACHE) or {}
        todo: list[tuple[Path, str]] = []
        present = set()
        self.follow_renamed_pages()
        for seed_path in seed_files(self.seeds_dir):
            name = seed_name(self.seeds_dir, seed_path, docs_dir)  # as front matter has it
            problem = name_problem(name) or outside_problem(seed_path, self.seeds_dir)
            if problem:
                self.report.outcomes.append(
                    Outcome(shown(seed_path), "failed", message=f"{shown(seed_path)}: {problem}")
                )
                continue
            present.add(name)
            entry = self.manifest.get(name)
            stamp = seed_stamp(seed_path)
            page = page_path(docs_dir, entry["slug"], entry["lang"]) if entry else None
            unchanged = (
                entry
                and not self.force
                and entry.get("seed_hash")
                and page.exists()
                and (
                    (stamp is not None and stamps.get(name) == [stamp, entry["seed_hash"]])
                    or hash_file(seed_path, "") == entry["seed_hash"]
                )
            )
            if unchanged:
                stamps[name] = [stamp, entry["seed_hash"]]
                self.report.outcomes.append(
                    Outcome(shown(seed_path), "unchanged", relative(page, docs_dir))
                )
                continue
            todo.append((seed_path, name))

        taken = taken_slugs(docs_dir, self.manifest)
        for (seed_path, name), result in zip(todo, prepare_all(todo, self.jobs), strict=True):
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
                    "page_hash": hash_file(page),
                }
                stamps[name] = [seed_stamp(seed_path), result.seed_hash]
        self.report_missing(present, folder_name(self.seeds_dir, docs_dir))
        self.save(
            docs_dir / MANIFEST,
            {"format": FORMAT_VERSION, "seeds": dict(sorted(self.manifest.items()))},
        )
        self.save(
            docs_dir / STAT_CACHE, dict(sorted((k, v) for k, v in stamps.items() if k in present))
        )
        return self.report

    def save(self, path: Path, data: dict) -> None:
        """Write the importer's records; on a full disk say which file, and go on to report."""
        try:
            save_json(path, data)
        except OSError as error:
            self.report.notices.append(
                f"{shown(path)}: cannot write it: {error.strerror or error}; the pages above are "
                "written, and the next import will recognise them by their `seed:`"
            )

    def follow_renamed_pages(self) -> None:
        """A page an editor renamed (a new slug) is still its seed's page: the record follows.

        The page says which seed it came from (`seed:`), so the next import writes to the
        new name, rather than making the old page again beside it.
        """
        for name, entry in self.manifest.items():
            if page_path(self.docs_dir, entry["slug"], entry["lang"]).exists():
                continue
            claimed = self.claims().get(name)
            if claimed is not None:
                entry["slug"], entry["lang"] = claimed

    def report_missing(self, present: set[str], folder: str) -> None:
        """Seeds of this folder in the manifest that are gone: their pages stay, each reported."""
        for name in sorted(set(self.manifest) - present):
            if not name.startswith(folder):
                continue  # imported from another folder of seeds: not this run's business
            entry = self.manifest[name]
            page = page_path(self.docs_dir, entry["slug"], entry["lang"])
            if page.exists() and page_names_seed(page, name):
                rel = relative(page, self.docs_dir)
                seed_shown = shown(self.seeds_dir / name[len(folder) :])
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
        if entry and not page_path(self.docs_dir, entry["slug"], lang).exists():
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
            old = shown(page_path(self.docs_dir, entry["slug"], entry["lang"]))
            warnings.append(
                f"{seed_shown}: now reads as {languages.get(lang).english}; its "
                f"{languages.get(entry['lang']).english} page {old} is kept "
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
        page = page_path(self.docs_dir, slug, lang)
        rel = relative(page, self.docs_dir)
        page_shown = self.page_shown(rel)
        if page.exists():
            try:
                current = page.read_bytes()
            except OSError as error:
                return Outcome(
                    seed_shown,
                    "failed",
                    message=f"{page_shown}: cannot read the page it would replace: "
                    f"{error.strerror or error}",
                    warnings=tuple(warnings),
                )
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
