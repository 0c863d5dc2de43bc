"""The build figures: `mkdocs build --strict` of N imported articles, next to the floor.

The floor is Material for MkDocs + mkdocs-static-i18n alone on the same pages
(bench/floors.py `make_build_floor`). Each repeat runs our build and then the
floor's, so that other load on the machine slows both alike; the sites of the
last turn are measured: time, size, doubling, article page HTML, and what a
reader downloads (bench/payload.py).
"""

from __future__ import annotations

import shutil
import statistics
from dataclasses import dataclass, field
from pathlib import Path

from bench import payload
from bench.floors import load_mkdocs_config, make_build_floor
from bench.import_bench import fresh, import_counts, importer
from bench.measure import PYTHON, Run, StepFailed, largest, median, progress, run
from bench.report import ratio, seconds, size, table
from generator import languages

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class SiteFigures:
    wall: float = 0.0
    cpu: float = 0.0
    max_rss: int | None = None
    size: int = 0  # bytes of the whole site folder
    files: int = 0
    pages: int = 0  # index.html files
    article_html: dict[str, list[int]] = field(default_factory=dict)  # lang -> sizes
    search: dict[str, tuple[int | None, str]] = field(default_factory=dict)  # lang -> bytes, how
    index: dict[str, payload.IndexReport] = field(default_factory=dict)  # lang -> as published
    # (lang, "home" | "article") -> bytes by resource type, as a fresh browser downloads them
    weight: dict[tuple[str, str], dict[str, int]] = field(default_factory=dict)


@dataclass
class BuildFigures:
    size: int
    ours: SiteFigures
    floor: SiteFigures
    floor_contents: list[str]
    hosts: payload.HostReport
    runs: int = 0


def make_project(target: Path, seeds: Path) -> Path:
    """A copy of what `mkdocs build` reads, with the corpus imported in place of the articles.

    Like `copy_project` in tests/helpers.py (bench does not import the tests):
    mkdocs.yml, overrides/, docs/ (and any hook files mkdocs.yml names); the
    real article pages are left out so that the site has exactly the corpus's
    articles, plus the home, archive, timeline and key-figures pages.
    """
    fresh(target).mkdir()
    shutil.copy2(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    if (ROOT / "overrides").is_dir():
        shutil.copytree(ROOT / "overrides", target / "overrides")

    def ignore(folder: str, names: list[str]) -> set[str]:
        ignored = {n for n in names if n.startswith(".import") or n.endswith(".tmp")}
        if Path(folder).resolve() == (ROOT / "docs" / "articles").resolve():
            ignored |= {n for n in names if n.endswith(".md") and not n.startswith("index.")}
        return ignored

    shutil.copytree(ROOT / "docs", target / "docs", ignore=ignore)
    for hook in load_mkdocs_config(ROOT / "mkdocs.yml").get("hooks") or []:
        source = ROOT / str(hook)
        if source.is_file():
            (target / str(hook)).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / str(hook))
    result = importer(seeds, target / "docs", target).check("import into the build project")
    if import_counts(result).get("failed"):
        raise StepFailed("import into the build project: some seeds failed")
    return target


def mkdocs_build(project: Path, *, strict: bool) -> Run:
    """`mkdocs build` as a person runs it: a new process, measured from outside."""
    site = project / "site"
    if site.exists():
        shutil.rmtree(site)
    command = [PYTHON, "-m", "mkdocs", "build", "--site-dir", str(site)]
    return run([*command, "--strict"] if strict else command, project)


def measure_site(site: Path) -> SiteFigures:
    figures = SiteFigures()
    for path in site.rglob("*"):
        if path.is_file():
            figures.files += 1
            figures.size += path.stat().st_size
            figures.pages += path.name == "index.html"
    for lang in languages.codes():
        own = site / languages.prefix(lang)
        figures.article_html[lang] = sorted(
            p.stat().st_size for p in own.glob("articles/*/index.html")
        )
        figures.search[lang] = payload.search_payload(site, lang)
        figures.weight.update(payload.page_weight(site, lang))
    figures.index = payload.published_indexes(site)
    return figures


def bench_build(size: int, work: Path, seeds: Path, times: int) -> BuildFigures:
    """Our build and the floor's, `times` times in turn; then both sites measured."""
    progress(f"build N={size:,}: importing the corpus into a copy of the project")
    project = make_project(work / "project", seeds)
    ours_runs: list[Run] = []
    floor_runs: list[Run] = []
    floor = None
    for index in range(times):
        label = f"build N={size:,} ({index + 1}/{times})"
        progress(f"{label}: mkdocs build --strict")
        ours_runs.append(
            mkdocs_build(project, strict=True).check(f"mkdocs build of {size} articles")
        )
        if floor is None:
            with_search = payload.has_search(project / "site")
            floor = make_build_floor(project, work / "floor", with_search=with_search)
        progress(f"{label}: floor build (Material + i18n alone)")
        floor_runs.append(mkdocs_build(floor.project, strict=False).check("the floor build"))
    progress(f"build N={size:,}: measuring the sites")
    ours = measure_site(project / "site")
    floor_figures = measure_site(floor.project / "site")
    for figures, runs in ((ours, ours_runs), (floor_figures, floor_runs)):
        figures.wall = median(r.wall for r in runs)
        figures.cpu = median(r.cpu for r in runs)
        figures.max_rss = largest(r.max_rss for r in runs)
    site_url = str(load_mkdocs_config(ROOT / "mkdocs.yml").get("site_url") or "")
    hosts = payload.scan_hosts(project / "site", site_url)
    if floor_figures.pages != ours.pages:
        floor.contents.append(
            f"note: the floor wrote {floor_figures.pages} pages, ours {ours.pages}"
        )
    return BuildFigures(size, ours, floor_figures, floor.contents, hosts, times)


def doubling_pairs(results: list[BuildFigures]) -> list[tuple[BuildFigures, BuildFigures]]:
    """Each build size N measured together with 2N: (N, 2N)."""
    by_size = {b.size: b for b in results}
    return [(b, by_size[b.size * 2]) for b in results if b.size * 2 in by_size]


def largest_article_html(figures: SiteFigures) -> int | None:
    return max((n for sizes in figures.article_html.values() for n in sizes), default=None)


def _url(lang: str) -> str:
    return f"/{languages.prefix(lang)}"


def report_build(results: list[BuildFigures]) -> str:
    """The build section: time and size, doubling, search, page weight, HTML, other hosts."""
    rows = [
        [
            "articles",
            "pages",
            "ours s",
            "floor s",
            "ratio",
            "ours size",
            "floor size",
            "ratio",
            "ours max RSS",
            "floor max RSS",
            "ours CPU s",
            "floor CPU s",
        ]
    ]
    for b in results:
        rows.append(
            [
                f"{b.size:,}",
                f"{b.ours.pages:,}",
                seconds(b.ours.wall),
                seconds(b.floor.wall),
                ratio(b.ours.wall, b.floor.wall),
                size(b.ours.size),
                size(b.floor.size),
                ratio(b.ours.size, b.floor.size),
                size(b.ours.max_rss),
                size(b.floor.max_rss),
                seconds(b.ours.cpu),
                seconds(b.floor.cpu),
            ]
        )
    out = [table(rows)]

    doubling = [
        [
            "articles",
            "build time ratio",
            "output size ratio",
            "floor time ratio",
            "floor size ratio",
        ]
    ]
    for b, d in doubling_pairs(results):
        doubling.append(
            [
                f"{b.size:,} -> {d.size:,}",
                ratio(d.ours.wall, b.ours.wall),
                ratio(d.ours.size, b.ours.size),
                ratio(d.floor.wall, b.floor.wall),
                ratio(d.floor.size, b.floor.size),
            ]
        )
    out.append("\nDoubling the articles (ours, and the floor for comparison):")
    out.append(table(doubling) if len(doubling) > 1 else "  n/a: needs two sizes N and 2N")

    search = [
        [
            "articles",
            "language",
            "first query downloads",
            "floor (stock search)",
            "ratio",
            "measured with",
        ]
    ]
    for b in results:
        for lang in languages.codes():
            value, how = b.ours.search[lang]
            floor_value, _ = b.floor.search[lang]
            search.append(
                [
                    f"{b.size:,}",
                    _url(lang),
                    size(value),
                    size(floor_value),
                    ratio(value, floor_value),
                    how,
                ]
            )
    out.append("\nSearch payload, first query, per language (the page itself included):")
    out.append(table(search))
    index = [["articles", "language", "pages indexed", "index", "per article", "runtime"]]
    for b in results:
        for lang, report in sorted(b.ours.index.items()):
            index.append(
                [
                    f"{b.size:,}",
                    lang,
                    f"{report.articles:,}",
                    size(report.index_bytes),
                    size(int(report.index_bytes_per_article) if report.articles else None),
                    size(report.runtime_bytes),
                ]
            )
    if len(index) > 1:
        out.append("\nSearch index as published (bench/payload.py index_report):")
        out.append(table(index))

    largest_build = max(results, key=lambda b: b.size)
    if largest_build.ours.weight:
        weights = []
        for (lang, kind), by_type in sorted(largest_build.ours.weight.items()):
            cells = [by_type.get(t, 0) for t in (*payload.WEIGHT_TYPES, "other")]
            weights.append([f"{_url(lang)} {kind}", *map(size, cells), size(sum(cells))])
        out.append(
            f"\nPage weight, first visit, nothing cached ({largest_build.size:,} articles; "
            "uncompressed bytes as served, by Chromium's resource type):"
        )
        out.append(
            table([["page", "HTML", "CSS", "JS", "fonts", "images", "other", "total"], *weights])
        )

    pages = [
        [
            "articles",
            "language",
            "article pages",
            "median HTML",
            "max HTML",
            "floor median",
            "floor max",
            "ratio (max)",
        ]
    ]
    for b in results:
        for lang in languages.codes():
            ours, floor = b.ours.article_html[lang], b.floor.article_html[lang]
            pages.append(
                [
                    f"{b.size:,}",
                    lang,
                    f"{len(ours):,}",
                    size(_median_or_none(ours)),
                    size(max(ours, default=None)),
                    size(_median_or_none(floor)),
                    size(max(floor, default=None)),
                    ratio(max(ours, default=None), max(floor, default=None)),
                ]
            )
    out.append(
        "\nArticle page HTML (site/articles/*/index.html and site/vi/articles/*/index.html,"
        " including the 'only available in …' pages):"
    )
    out.append(table(pages))

    hosts = largest_build.hosts
    out.append(
        f"\nOther hosts ({largest_build.size:,} articles; {hosts.files:,} HTML/CSS/JS files"
        " scanned, site_url's host allowed):"
    )
    if hosts.requests:
        for host, examples in sorted(hosts.requests.items()):
            out.append(f"  REQUEST to {host}: " + "; ".join(sorted(examples)))
    else:
        out.append("  requests (src, srcset, <link rel=stylesheet|icon|preload…>, CSS url()): none")
    links = ", ".join(f"{h} ({n:,})" for h, n in sorted(hosts.links.items())) or "none"
    out.append(
        f"  links a reader may follow (<a href>, rel=canonical|alternate), not fetched: {links}"
    )
    scripts = ", ".join(f"{h} ({n})" for h, n in sorted(hosts.in_scripts.items())) or "none"
    out.append(f"  absolute URLs inside JavaScript bundles (not necessarily fetched): {scripts}")

    out.append("\nWhat the floor build contains (bench/floors.py make_build_floor):")
    out.extend(f"  - {line}" for line in largest_build.floor_contents)
    return "\n".join(out)


def _median_or_none(values: list[int]) -> int | None:
    return int(statistics.median(values)) if values else None
