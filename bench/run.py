"""The benchmark suite: how the importer and the build scale, next to their floors.

One run prints every figure the project promises (issue 7), each as seconds
(or bytes) and as a ratio to its floor (bench/floors.py), and a PASS or
FALL-SHORT line per target; a missed target is printed, never hidden, and does
not change the exit status. A step that fails (the importer or `mkdocs build`
exits non-zero, or writes the wrong number of pages) makes the run exit 1.

    python bench/run.py                  # the full run: several minutes
    python bench/run.py --smoke          # 50 articles, one of everything: under a minute
    python bench/run.py --import-sizes 100,1000 --build-sizes 500 --repeat 5

Figures go to stdout, progress to stderr. Work folders are made under
bench/out/ (git-ignored) and removed at the end unless --keep. See
bench/README.md for what each figure means.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.metadata
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: make `bench` importable as a package
    sys.path.insert(0, str(ROOT))

from bench.corpus import DEFAULT_SEED, write_corpus  # noqa: E402
from bench.floors import load_mkdocs_config, make_build_floor  # noqa: E402

PYTHON = sys.executable
OUT = ROOT / "bench" / "out"
TIME = "/usr/bin/time"
STEP_TIMEOUT = 600  # seconds: no subprocess may take longer than this
KB, MB = 1000, 1000 * 1000  # targets in decimal units: 40 KB = 40,000 bytes, 1 MB = 10^6 bytes

FULL_IMPORT_SIZES = (100, 1_000, 10_000)
FULL_BUILD_SIZES = (100, 500, 1_000, 2_000)
SMOKE_SIZES = (50,)

# Targets of issue 7.
IMPORT_COLD_MAX = 3.0  # cold import per seed, as a multiple of the floor loop per seed
IMPORT_UNCHANGED_MAX = 0.3  # re-import with nothing changed, as a multiple of the floor loop
IMPORT_MEMORY_MAX = 150 * MB  # at 10,000 seeds, whole process tree
IMPORT_MEMORY_AT = 10_000
BUILD_OVERHEAD_MAX = 1.2  # our build over Material + i18n alone on the same pages
DOUBLING_MAX = 2.2  # twice the articles: at most twice the time and size, +10%
SEARCH_AT = 2_000
SEARCH_FIRST_QUERY_MAX = 1 * MB
ARTICLE_HTML_MAX = 40 * KB


class StepFailed(Exception):
    """A step of the benchmark did not do its job: the run must fail loudly."""


def progress(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# --- running and measuring one subprocess ----------------------------------------------------


@dataclass
class Run:
    """One measured subprocess."""

    command: list[str]
    returncode: int
    wall: float  # seconds, time.perf_counter around the subprocess
    max_rss: int | None  # bytes: the largest single process (the child or a child it waited for)
    tree_peak: int | None  # bytes: the whole process tree, PSS summed, sampled
    stdout: str
    stderr: str

    def check(self, what: str) -> Run:
        if self.returncode != 0:
            lines = (self.stderr or self.stdout).strip().splitlines()
            tail = "\n".join([line for line in lines if not line.startswith("INFO ")][-20:])
            raise StepFailed(f"{what} exited with status {self.returncode}:\n{tail}")
        return self


def memory_method() -> str:
    if Path(TIME).exists():
        return f"{TIME} -v (largest single process)"
    return "os.wait4 rusage (largest single process)"


class TreeSampler:
    """Samples the memory of a process and all its descendants (PSS, so shared pages count once)."""

    def __init__(self, root: int, interval: float = 0.05):
        self.root, self.interval = root, interval
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self._thread.start()

    def stop(self) -> int:
        self._stop.set()
        self._thread.join()
        return self.peak

    def _loop(self) -> None:
        while not self._stop.is_set():
            with contextlib.suppress(OSError):
                self.peak = max(self.peak, sum(map(_pss, _descendants(self.root))))
            self._stop.wait(self.interval)


def _descendants(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(entry.path, "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, ()))
    return found


def _pss(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    try:
        resident = int(Path(f"/proc/{pid}/statm").read_text().split()[1])
        return resident * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def child_env() -> dict[str, str]:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONHASHSEED": "0"}
    # Measure the code, not the byte-compiler: let Python keep its .pyc caches.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run(command: list[str], cwd: Path, *, sample: bool = False) -> Run:
    """Run `command` in its own process group, measured; killed after STEP_TIMEOUT seconds."""
    use_time = Path(TIME).exists()
    with tempfile.TemporaryDirectory(prefix="bench-run-") as scratch:
        time_file = Path(scratch, "time.txt")
        out_path, err_path = Path(scratch, "stdout"), Path(scratch, "stderr")
        full = [TIME, "-v", "-o", str(time_file), *command] if use_time else command
        with out_path.open("wb") as out, err_path.open("wb") as err:
            start = time.perf_counter()
            process = subprocess.Popen(
                full, cwd=cwd, stdout=out, stderr=err, env=child_env(), start_new_session=True
            )
            sampler = TreeSampler(process.pid) if sample else None
            killed = threading.Event()
            timer = threading.Timer(STEP_TIMEOUT, _kill_group, (process.pid, killed))
            timer.start()
            try:
                if use_time:
                    returncode, max_rss = process.wait(), None
                else:
                    _, status, usage = os.wait4(process.pid, 0)
                    returncode = os.waitstatus_to_exitcode(status)
                    process.returncode = returncode
                    max_rss = usage.ru_maxrss * 1024
                wall = time.perf_counter() - start
            finally:
                timer.cancel()
                tree_peak = sampler.stop() if sampler else None
        if use_time and time_file.exists():
            match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", time_file.read_text())
            max_rss = int(match.group(1)) * 1024 if match else None
        stdout = out_path.read_text("utf-8", "replace")
        stderr = err_path.read_text("utf-8", "replace")
    if killed.is_set():
        stderr += f"\n(killed: longer than {STEP_TIMEOUT} s)"
    return Run(command, returncode, wall, max_rss, tree_peak, stdout, stderr)


def _kill_group(pid: int, killed: threading.Event) -> None:
    killed.set()
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pid, signal.SIGKILL)  # only the group this benchmark started


def median(values: Iterable[float]) -> float:
    return statistics.median(list(values))


# --- the import ---------------------------------------------------------------------------


@dataclass
class ImportFigures:
    size: int
    floor: float = 0.0
    floor_rss: int | None = None
    floor_tree: int | None = None
    cold: float = 0.0
    unchanged: float = 0.0
    one_changed: float = 0.0
    max_rss: int | None = None
    tree_peak: int | None = None
    runs: int = 0


_SUMMARY = re.compile(r"^import: (.*)$", re.MULTILINE)


def import_counts(result: Run) -> dict[str, int]:
    """The importer's summary line, "import: 99 unchanged, 1 written", as counts."""
    match = _SUMMARY.search(result.stdout)
    if not match:
        raise StepFailed(f"no summary line in the importer's output:\n{result.stdout[-500:]}")
    counts = {}
    for part in match.group(1).split(", "):
        number, _, status = part.partition(" ")
        if number.isdigit():
            counts[status] = int(number)
    return counts


def expect_counts(result: Run, expected: dict[str, int], what: str) -> None:
    counts = import_counts(result)
    if counts != expected:
        raise StepFailed(f"{what}: the importer reported {counts}, expected {expected}")


def importer(seeds: Path, docs: Path, cwd: Path, *, sample: bool = False) -> Run:
    command = [PYTHON, "-m", "generator", "import", "--seeds", str(seeds), "--docs", str(docs)]
    return run(command, cwd, sample=sample)


def change_seed(seeds: Path, index: int, revision: int) -> Path:
    """Edit one seed as an editor would: a new last paragraph, in the seed's language."""
    paths = sorted(seeds.glob("*.txt"))
    path = paths[index % len(paths)]
    data = path.read_bytes()
    vietnamese = any(letter in data.decode("utf-8-sig") for letter in "ăâđêôơư")
    sentence = (
        f"Bộ Ngoại giao sẽ công bố số liệu chính thức sau (bản sửa {revision})."
        if vietnamese
        else f"The ministry will publish the final figures later (revision {revision})."
    )
    path.write_bytes(data.rstrip(b"\r\n") + b"\n" + sentence.encode("utf-8") + b"\n")
    return path


def bench_import(size: int, work: Path, seeds: Path, times: int) -> ImportFigures:
    """Each repeat runs the floor loop, then a cold import, a re-import with nothing
    changed and one with one seed changed, so that a machine busy with other work
    slows the floor and the importer alike."""
    runs: dict[str, list[Run]] = {"floor": [], "cold": [], "unchanged": [], "one": []}
    for index in range(times):
        label = f"import N={size:,} ({index + 1}/{times})"
        out = _fresh(work / "floor-import")
        progress(f"{label}: floor loop")
        command = [PYTHON, str(ROOT / "bench" / "floors.py"), "import"]
        runs["floor"].append(
            run([*command, "--seeds", str(seeds), "--out", str(out)], work, sample=True).check(
                "the import floor loop"
            )
        )
        written = len(list((out / "articles").glob("*.md")))
        if written != size:
            raise StepFailed(f"the import floor wrote {written} pages for {size} seeds")
        shutil.rmtree(out)

        docs = _fresh(work / "import" / "docs")
        progress(f"{label}: cold import")
        result = importer(seeds, docs, work, sample=True).check(f"import of {size} seeds")
        expect_counts(result, {"written": size}, f"cold import of {size} seeds")
        runs["cold"].append(result)

        progress(f"{label}: re-import, nothing changed")
        result = importer(seeds, docs, work).check("re-import with nothing changed")
        expect_counts(result, {"unchanged": size}, "re-import with nothing changed")
        runs["unchanged"].append(result)

        progress(f"{label}: re-import, one seed changed")
        change_seed(seeds, 7919 * index + size // 2, index)
        result = importer(seeds, docs, work).check("re-import with one seed changed")
        expected = {"written": 1, "unchanged": size - 1} if size > 1 else {"written": 1}
        expect_counts(result, expected, "re-import with one seed changed")
        runs["one"].append(result)
        shutil.rmtree(work / "import")
    return ImportFigures(
        size,
        floor=median(r.wall for r in runs["floor"]),
        floor_rss=_max(r.max_rss for r in runs["floor"]),
        floor_tree=_max(r.tree_peak for r in runs["floor"]),
        cold=median(r.wall for r in runs["cold"]),
        unchanged=median(r.wall for r in runs["unchanged"]),
        one_changed=median(r.wall for r in runs["one"]),
        max_rss=_max(r.max_rss for r in runs["cold"]),
        tree_peak=_max(r.tree_peak for r in runs["cold"]),
        runs=times,
    )


def _fresh(path: Path) -> Path:
    if path.exists():
        shutil.rmtree(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def _max(values: Iterable[int | None]) -> int | None:
    known = [v for v in values if v is not None]
    return max(known) if known else None


# --- the build ----------------------------------------------------------------------------


@dataclass
class SiteFigures:
    wall: float = 0.0
    max_rss: int | None = None
    size: int = 0  # bytes of the whole site folder
    files: int = 0
    pages: int = 0  # index.html files
    article_html: dict[str, list[int]] = field(default_factory=dict)  # lang -> sizes
    search: dict[str, tuple[int | None, str]] = field(default_factory=dict)  # lang -> bytes, how
    index: dict[str, tuple[int, int, int]] = field(default_factory=dict)  # see search_index_sizes
    # (lang, "home" | "article") -> bytes by resource type, as a fresh browser downloads them
    weight: dict[tuple[str, str], dict[str, int]] = field(default_factory=dict)


@dataclass
class BuildFigures:
    size: int
    ours: SiteFigures
    floor: SiteFigures
    floor_contents: list[str]
    hosts: HostReport | None = None
    runs: int = 0


def make_project(target: Path, seeds: Path) -> Path:
    """A copy of what `mkdocs build` reads, with the corpus imported in place of the articles.

    Like tests/conftest.py `copy_project`: mkdocs.yml, overrides/, docs/ (and any
    hook files mkdocs.yml names); the real article pages are left out so that
    the site has exactly the corpus's articles, plus the home, archive,
    timeline and key-figures pages.
    """
    _fresh(target).mkdir()
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
    for lang, prefix in (("en", site), ("vi", site / "vi")):
        figures.article_html[lang] = sorted(
            p.stat().st_size for p in prefix.glob("articles/*/index.html")
        )
        figures.search[lang] = search_payload(site, lang)
        figures.weight.update(page_weight(site, lang))
    figures.index = search_index_sizes(site)
    return figures


def page_weight(site: Path, lang: str) -> dict[tuple[str, str], dict[str, int]]:
    """What a first visit to the home page and to an article downloads, by type.

    A fresh browser context (nothing cached), the site served on loopback;
    every response's body is counted by Chromium's resource type (document,
    stylesheet, script, font, image, other). Empty when Chromium is missing.
    """
    browser = BROWSER.get()
    prefix = "" if lang == "en" else f"{lang}/"
    article = next(iter(sorted((site / prefix).glob("articles/*/index.html"))), None)
    if browser is None or article is None:
        return {}
    from generator.search import _serving as serving  # the same loopback server search uses

    paths = {"home": prefix, "article": article.parent.relative_to(site).as_posix() + "/"}
    weights = {}
    with serving(site) as base:
        for kind, path in paths.items():
            context = browser.new_context()
            page = context.new_page()
            responses = []
            page.on("response", lambda response, seen=responses: seen.append(response))
            page.goto(base + path, wait_until="networkidle")
            by_type: dict[str, int] = {}
            for response in responses:
                try:
                    body = len(response.body())
                except Exception:  # a redirect or an aborted request has no body
                    continue
                kind_of = response.request.resource_type
                kind_of = kind_of if kind_of in WEIGHT_TYPES else "other"
                by_type[kind_of] = by_type.get(kind_of, 0) + body
            weights[(lang, kind)] = by_type
            context.close()
    return weights


WEIGHT_TYPES = ("document", "stylesheet", "script", "font", "image")


def has_search(site: Path) -> bool:
    """Does a built site ship a search index of any kind?"""
    return any(site.glob("**/search_index.json")) or any(
        p.is_dir() for p in site.glob("**/pagefind")
    )


def bench_build(size: int, work: Path, seeds: Path, times: int) -> BuildFigures:
    """Our build and the floor's, taking turns, so that other load on the machine
    slows both alike; the sites of the last turn are measured."""
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
            with_search = has_search(project / "site")
            floor = make_build_floor(project, work / "floor", with_search=with_search)
        progress(f"{label}: floor build (Material + i18n alone)")
        floor_runs.append(mkdocs_build(floor.project, strict=False).check("the floor build"))
    progress(f"build N={size:,}: measuring the sites")
    ours = measure_site(project / "site")
    ours.wall, ours.max_rss = median(r.wall for r in ours_runs), _max(r.max_rss for r in ours_runs)
    site_url = str(load_mkdocs_config(ROOT / "mkdocs.yml").get("site_url") or "")
    hosts = scan_hosts(project / "site", site_url)
    floor_figures = measure_site(floor.project / "site")
    floor_figures.wall = median(r.wall for r in floor_runs)
    floor_figures.max_rss = _max(r.max_rss for r in floor_runs)
    if floor_figures.pages != ours.pages:
        floor.contents.append(
            f"note: the floor wrote {floor_figures.pages} pages, ours {ours.pages}"
        )
    return BuildFigures(size, ours, floor_figures, floor.contents, hosts, times)


# --- search payload --------------------------------------------------------------------------

# The first query a reader types, per language: words every corpus article is likely to hold.
QUERIES = {"en": "trade", "vi": "hợp tác"}


class Browser:
    """One headless Chromium for all search measurements of a run, started when first needed."""

    def __init__(self):
        self._playwright = self._browser = None
        self.problem: str | None = None

    def get(self):
        if self._browser is None and self.problem is None:
            chromium = os.environ.get("CHROMIUM", "/usr/bin/chromium")
            try:
                from playwright.sync_api import sync_playwright

                if not Path(chromium).exists():
                    raise FileNotFoundError(f"{chromium} is missing")
                self._playwright = sync_playwright().start()
                self._browser = self._playwright.chromium.launch(
                    executable_path=chromium, headless=True, args=["--no-sandbox"]
                )
            except Exception as error:  # no browser: fall back to measuring files
                self.problem = f"no browser ({error.__class__.__name__}: {error})".splitlines()[0]
                self.close()
        return self._browser

    def close(self) -> None:
        if self._browser is not None:
            self._browser.close()
        if self._playwright is not None:
            self._playwright.stop()
        self._playwright = self._browser = None


BROWSER = Browser()


def search_payload(site: Path, lang: str) -> tuple[int | None, str]:
    """Bytes the first search query on `lang` pages downloads, and how it was measured.

    With generator/search.py (the search engineer's module) and Chromium: its
    `measure_query` opens the language's home page, types the query into the
    header search box and counts every byte downloaded until the first result
    shows, the page included. Without them, or if no result shows, a generic
    estimate from the index files: Material's lunr index (the whole
    search_index.json, the search worker and lunr's language files) or
    Pagefind (every file of the index except result fragments, plus five
    fragments of median size: an upper bound).
    """
    if not has_search(site):
        return None, "no search index in the site"
    note = ""
    try:
        from generator.search import measure_query
    except ImportError:
        measure_query, note = None, "generator.search.measure_query missing"
    browser = BROWSER.get() if measure_query else None
    if browser is not None:
        try:
            payload = measure_query(site, lang, QUERIES[lang], browser=browser, timeout=20)
        except Exception as error:  # a site without working search: say so, measure files
            note = f"no result in Chromium ({error.__class__.__name__})"
        else:
            return payload.total_bytes, _describe(payload, QUERIES[lang])
    elif measure_query:
        note = BROWSER.problem or "no browser"
    value, how = _generic_payload(site, lang)
    return value, f"{how}; {note}" if note else how


def _describe(payload, query: str) -> str:
    """How a browser measurement went, from whichever fields generator.search provides."""
    parts = [f"Chromium, {query!r}: page {size(payload.page_bytes)}"]
    parts.append(f"+ search {size(payload.search_bytes)}")
    downloads = getattr(payload, "search", None) or getattr(payload, "requests", None)
    if isinstance(downloads, (tuple, list)):
        parts.append(f"in {len(downloads)} requests")
    gzip_total = getattr(payload, "total_gzip_bytes", None)
    if isinstance(gzip_total, int):
        parts.append(f"({size(gzip_total)} gzipped)")
    return " ".join(parts)


def _generic_payload(site: Path, lang: str) -> tuple[int | None, str]:
    prefix = site if lang == "en" else site / lang
    for pagefind in (prefix / "pagefind", site / "pagefind"):
        if pagefind.is_dir():
            return _pagefind_payload(pagefind, lang)
    for index in (prefix / "search" / "search_index.json", site / "search" / "search_index.json"):
        if index.is_file():
            return _lunr_payload(site, index, lang)
    return None, "no search index in the site"


def search_index_sizes(site: Path) -> dict[str, tuple[int, int, int]]:
    """Per language: (articles indexed, index bytes, runtime bytes), from generator.search."""
    try:
        from generator.search import bundle_dir, index_report
    except ImportError:
        return {}
    languages = [lang for lang in ("en", "vi") if bundle_dir(site, lang).is_dir()]
    return {
        lang: (r.articles, r.index_bytes, r.runtime_bytes)
        for lang, r in index_report(site, languages).items()
    }


def _lunr_payload(site: Path, index: Path, lang: str) -> tuple[int, str]:
    files = [index, *site.glob("assets/javascripts/workers/search.*.min.js")]
    lunr = site / "assets" / "javascripts" / "lunr" / "min"
    if lang != "en":
        files += [lunr / name for name in ("lunr.stemmer.support.min.js", "lunr.multi.min.js")]
        files.append(lunr / f"lunr.{lang}.min.js")
    return sum(p.stat().st_size for p in files if p.is_file()), "lunr index + worker (files)"


def _pagefind_payload(pagefind: Path, lang: str) -> tuple[int, str]:
    other = {"en": "vi", "vi": "en"}[lang]
    total, fragments = 0, []
    for path in pagefind.rglob("*"):
        if not path.is_file() or f".{other}" in path.name or f"_{other}" in path.name:
            continue
        if "fragment" in path.parts:
            fragments.append(path.stat().st_size)
        else:
            total += path.stat().st_size
    if fragments:
        total += 5 * int(statistics.median(fragments))
    return total, "pagefind index but fragments, + 5 fragments (files, upper bound)"


# --- requests to other hosts -----------------------------------------------------------------


@dataclass
class HostReport:
    """Absolute URLs on the built pages that are not the site's own."""

    requests: dict[str, set[str]] = field(default_factory=dict)  # host -> example "file: url"
    links: dict[str, int] = field(default_factory=dict)  # host -> count (<a href>, not fetched)
    in_scripts: dict[str, int] = field(default_factory=dict)  # host -> count of mentions
    files: int = 0


_TAG = re.compile(r"<(?P<tag>[a-zA-Z][\w-]*)(?P<attrs>\s[^>]*)>")
_URL_ATTR = re.compile(
    r"""\b(?P<name>src|href|srcset|action|poster|data|formaction)\s*=\s*"""
    r"""(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|(?P<bare>[^\s>]+))""",
    re.IGNORECASE,
)
_REL = re.compile(r"""\brel\s*=\s*["']?([^"'>]+)""", re.IGNORECASE)
_ABSOLUTE = re.compile(r"(?:https?:)?//[^\s\"'<>),]+", re.IGNORECASE)
_CSS_URL = re.compile(r"""(?:url\(\s*["']?|@import\s+["'])((?:https?:)?//[^)"'\s]+)""")
_JS_URL = re.compile(r"""["'`](https?://[^"'`\s]+)""")
_HOSTNAME = re.compile(r"[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d+)?")
# <link rel=…> values that make the browser fetch the URL.
_FETCHING_RELS = {
    "stylesheet",
    "icon",
    "shortcut",
    "apple-touch-icon",
    "preload",
    "modulepreload",
    "prefetch",
    "preconnect",
    "dns-prefetch",
    "manifest",
    "mask-icon",
}
# Namespaces and licence notices inside bundles name hosts the page never contacts.
_NOT_FETCHED_IN_JS = re.compile(r"^https?://(?:www\.w3\.org|github\.com/[\w.-]+/[\w.-]+/blob/)")


def scan_hosts(site: Path, site_url: str) -> HostReport:
    own = urlparse(site_url).netloc.lower()
    report = HostReport()
    for path in site.rglob("*"):
        if path.suffix not in (".html", ".css", ".js") or not path.is_file():
            continue
        report.files += 1
        text = path.read_text("utf-8", "replace")
        if "//" not in text:
            continue
        where = path.relative_to(site).as_posix()
        if path.suffix == ".html":
            _scan_html(text, where, own, report)
        elif path.suffix == ".css":
            for url in _CSS_URL.findall(text):
                _note_request(report, own, url, where)
        else:
            for url in _JS_URL.findall(text):
                host = _host(url)
                if host and host != own and not _NOT_FETCHED_IN_JS.match(url):
                    report.in_scripts[host] = report.in_scripts.get(host, 0) + 1
    return report


def _scan_html(text: str, where: str, own: str, report: HostReport) -> None:
    for tag in _TAG.finditer(text):
        attrs = tag.group("attrs")
        if "//" not in attrs:
            continue
        name = tag.group("tag").lower()
        rel = _REL.search(attrs)
        rels = set(rel.group(1).lower().split()) if rel else set()
        for attr in _URL_ATTR.finditer(attrs):
            value = attr.group("dq") or attr.group("sq") or attr.group("bare") or ""
            for url in _ABSOLUTE.findall(value):
                if not url.lower().startswith(("http:", "https:", "//")):
                    continue
                if name == "a" or name == "area" or (name == "link" and not rels & _FETCHING_RELS):
                    host = _host(url)
                    if host and host != own:
                        report.links[host] = report.links.get(host, 0) + 1
                else:
                    _note_request(report, own, url, where)


def _note_request(report: HostReport, own: str, url: str, where: str) -> None:
    host = _host(url)
    if host and host != own:
        examples = report.requests.setdefault(host, set())
        if len(examples) < 3:
            examples.add(f"{where}: {url}")


def _host(url: str) -> str:
    host = urlparse(url if not url.startswith("//") else "https:" + url).netloc.lower()
    return host if _HOSTNAME.fullmatch(host) else ""  # not "${e}" from a template literal


# --- the report ---------------------------------------------------------------------------


@dataclass
class Target:
    name: str
    value: float | None
    limit: float
    shown: str  # the value as printed, with its ratio

    @property
    def verdict(self) -> str:
        if self.value is None:
            return "NOT MEASURED"
        return "PASS" if self.value <= self.limit else "FALL-SHORT"


def seconds(value: float) -> str:
    return f"{value:.3f} s" if value < 10 else f"{value:.1f} s"


def size(value: int | None) -> str:
    if value is None:
        return "n/a"
    if value >= MB:
        return f"{value / MB:.2f} MB"
    return f"{value / KB:.1f} KB" if value >= KB else f"{value} B"


def ratio(value: float | None, floor: float | None) -> str:
    if value is None or not floor:
        return "n/a"
    return f"{value / floor:.2f}x"


_FIGURE = re.compile(r"[\d.,]+(?: ?(?:s|ms|x|B|KB|MB))?|n/a")


def table(rows: list[list[str]]) -> str:
    """Rows as aligned columns: figures to the right, words to the left; a rule under the head."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    numeric = [
        i > 0 and all(_FIGURE.fullmatch(row[i]) for row in rows[1:]) for i in range(len(widths))
    ]
    lines = []
    for number, row in enumerate(rows):
        cells = (
            cell.rjust(width) if right else cell.ljust(width)
            for cell, width, right in zip(row, widths, numeric, strict=True)
        )
        lines.append("  ".join(cells).rstrip())
        if number == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def report_import(results: list[ImportFigures], targets: list[Target]) -> str:
    rows = [["seeds", "step", "seconds", "per seed", "floor s", "ratio to floor"]]
    for f in results:
        n = f.size
        per_floor = f.floor / n
        rows += [
            [
                f"{n:,}",
                "floor loop (read, NFC, safe_dump, write)",
                seconds(f.floor),
                f"{per_floor * 1000:.2f} ms",
                seconds(f.floor),
                "1.00x",
            ],
            [
                f"{n:,}",
                "cold import",
                seconds(f.cold),
                f"{f.cold / n * 1000:.2f} ms",
                seconds(f.floor),
                ratio(f.cold, f.floor),
            ],
            [
                f"{n:,}",
                "re-import, nothing changed",
                seconds(f.unchanged),
                f"{f.unchanged / n * 1000:.3f} ms",
                seconds(f.floor),
                ratio(f.unchanged, f.floor),
            ],
            [
                f"{n:,}",
                "re-import, one seed changed",
                seconds(f.one_changed),
                f"{f.one_changed / n * 1000:.3f} ms",
                seconds(f.floor),
                ratio(f.one_changed, f.floor),
            ],
        ]
        targets.append(
            Target(
                f"import cold, {n:,} seeds: per seed within {IMPORT_COLD_MAX:g}x the floor loop",
                f.cold / f.floor,
                IMPORT_COLD_MAX,
                f"{f.cold / n * 1000:.2f} ms vs {per_floor * 1000:.2f} ms = "
                f"{ratio(f.cold, f.floor)}",
            )
        )
        targets.append(
            Target(
                f"import nothing changed, {n:,} seeds: within {IMPORT_UNCHANGED_MAX:g}x the floor",
                f.unchanged / f.floor,
                IMPORT_UNCHANGED_MAX,
                f"{seconds(f.unchanged)} vs {seconds(f.floor)} = {ratio(f.unchanged, f.floor)}",
            )
        )
    memory = [
        [
            "seeds",
            "process tree (PSS)",
            "largest process (RSS)",
            "peak",
            "floor peak",
            "ratio to floor",
        ]
    ]
    for f in results:
        peak, floor_peak = _max([f.tree_peak, f.max_rss]), _max([f.floor_tree, f.floor_rss])
        memory.append(
            [
                f"{f.size:,}",
                size(f.tree_peak),
                size(f.max_rss),
                size(peak),
                size(floor_peak),
                ratio(peak, floor_peak),
            ]
        )
    largest = max(results, key=lambda f: f.size)
    peak = _max([largest.tree_peak, largest.max_rss])
    label = f"import peak memory, {largest.size:,} seeds: under {size(IMPORT_MEMORY_MAX)}" + (
        "" if largest.size >= IMPORT_MEMORY_AT else f" (target is for {IMPORT_MEMORY_AT:,})"
    )
    targets.append(
        Target(
            label,
            peak,
            IMPORT_MEMORY_MAX,
            f"{size(peak)}; ratio to the floor loop "
            f"{ratio(peak, _max([largest.floor_tree, largest.floor_rss]))}",
        )
    )
    return (
        table(rows)
        + "\n\nPeak memory of the cold import (max over the repeats; PSS counts pages shared"
        " after fork once):\n" + table(memory)
    )


def report_build(results: list[BuildFigures], targets: list[Target]) -> str:
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
            ]
        )
        targets.append(
            Target(
                f"build, {b.size:,} articles: at most {BUILD_OVERHEAD_MAX - 1:.0%} over "
                "Material + i18n alone",
                b.ours.wall / b.floor.wall,
                BUILD_OVERHEAD_MAX,
                f"{seconds(b.ours.wall)} vs {seconds(b.floor.wall)} = "
                f"{ratio(b.ours.wall, b.floor.wall)}",
            )
        )
    out = [table(rows)]

    by_size = {b.size: b for b in results}
    doubling = [
        [
            "articles",
            "build time ratio",
            "output size ratio",
            "floor time ratio",
            "floor size ratio",
        ]
    ]
    for b in results:
        if b.size * 2 not in by_size:
            continue
        d = by_size[b.size * 2]
        doubling.append(
            [
                f"{b.size:,} -> {d.size:,}",
                ratio(d.ours.wall, b.ours.wall),
                ratio(d.ours.size, b.ours.size),
                ratio(d.floor.wall, b.floor.wall),
                ratio(d.floor.size, b.floor.size),
            ]
        )
        for what, new, old in (
            ("time", d.ours.wall, b.ours.wall),
            ("output size", d.ours.size, b.ours.size),
        ):
            targets.append(
                Target(
                    f"doubling {b.size:,} -> {d.size:,} articles: {what} at most {DOUBLING_MAX:g}x",
                    new / old,
                    DOUBLING_MAX,
                    ratio(new, old),
                )
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
        for lang in ("en", "vi"):
            value, how = b.ours.search[lang]
            floor_value, _ = b.floor.search[lang]
            search.append(
                [
                    f"{b.size:,}",
                    "/" if lang == "en" else "/vi/",
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
        for lang, (articles, index_bytes, runtime) in sorted(b.ours.index.items()):
            index.append(
                [
                    f"{b.size:,}",
                    lang,
                    f"{articles:,}",
                    size(index_bytes),
                    size(index_bytes // articles if articles else None),
                    size(runtime),
                ]
            )
    if len(index) > 1:
        out.append("\nSearch index as published (generator.search.index_report):")
        out.append(table(index))
    largest = max(results, key=lambda b: b.size)
    value, how = largest.ours.search["vi"]
    targets.append(
        Target(
            f"search, {largest.size:,} articles: first query on /vi/ under "
            f"{size(SEARCH_FIRST_QUERY_MAX)}"
            + ("" if largest.size >= SEARCH_AT else f" (target is for {SEARCH_AT:,})"),
            value,
            SEARCH_FIRST_QUERY_MAX,
            f"{size(value)} ({how}); floor {size(largest.floor.search['vi'][0])}",
        )
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
        for lang in ("en", "vi"):
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
    if largest.ours.weight:
        rows = []
        for (lang, kind), by_type in sorted(largest.ours.weight.items()):
            cells = [by_type.get(t, 0) for t in (*WEIGHT_TYPES, "other")]
            rows.append(
                [f"/{'' if lang == 'en' else 'vi/'} {kind}", *map(size, cells), size(sum(cells))]
            )
        out.append(
            f"\nPage weight, first visit, nothing cached ({largest.size:,} articles; "
            "uncompressed bytes as served, by Chromium's resource type):"
        )
        out.append(
            table([["page", "HTML", "CSS", "JS", "fonts", "images", "other", "total"], *rows])
        )
    out.append(
        "\nArticle page HTML (site/articles/*/index.html and site/vi/articles/*/index.html,"
        " including the 'only available in …' pages):"
    )
    out.append(table(pages))
    biggest = max(largest.ours.article_html["en"] + largest.ours.article_html["vi"], default=None)
    targets.append(
        Target(
            f"article page HTML, {largest.size:,} articles: every page under "
            f"{size(ARTICLE_HTML_MAX)}",
            biggest,
            ARTICLE_HTML_MAX,
            f"largest {size(biggest)}",
        )
    )

    hosts = largest.hosts
    out.append(
        f"\nOther hosts ({largest.size:,} articles; {hosts.files:,} HTML/CSS/JS files scanned,"
        " site_url's host allowed):"
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
    targets.append(
        Target(
            f"no request to another host ({largest.size:,} articles)",
            float(len(hosts.requests)),
            0,
            f"{len(hosts.requests)} other hosts requested",
        )
    )

    out.append("\nWhat the floor build contains (bench/floors.py make_build_floor):")
    out.extend(f"  - {line}" for line in largest.floor_contents)
    return "\n".join(out)


def _median_or_none(values: list[int]) -> int | None:
    return int(statistics.median(values)) if values else None


def report_targets(targets: list[Target]) -> str:
    width = max(len(t.name) for t in targets)
    return "\n".join(f"{t.verdict:<12} {t.name:<{width}}  {t.shown}" for t in targets)


def versions() -> str:
    found = []
    for package in ("mkdocs", "mkdocs-material", "mkdocs-static-i18n", "pagefind", "PyYAML"):
        with contextlib.suppress(importlib.metadata.PackageNotFoundError):
            found.append(f"{package} {importlib.metadata.version(package)}")
    return ", ".join(found)


def load_average() -> str:
    return ", ".join(f"{value:.2f}" for value in os.getloadavg())


def startup_time(work: Path) -> float:
    return median(run([PYTHON, "-c", "pass"], work).wall for _ in range(5))


# --- main ---------------------------------------------------------------------------------


def parse_sizes(text: str) -> tuple[int, ...]:
    try:
        sizes = tuple(
            int(part.replace("_", "").replace(",", "")) for part in text.split(",") if part
        )
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a list of numbers: {text!r}") from None
    if any(n < 1 for n in sizes):
        raise argparse.ArgumentTypeError("sizes must be 1 or more")
    return sizes


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python bench/run.py",
        description="Benchmark the importer and the build against their floors; print every "
        "figure and a PASS / FALL-SHORT line per target.",
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="50 articles, one run of each step: a quick check that every step works",
    )
    parser.add_argument(
        "--import-sizes",
        type=parse_sizes,
        help="seed counts for the import, comma-separated (default 100,1000,10000); '' to skip",
    )
    parser.add_argument(
        "--build-sizes",
        type=parse_sizes,
        help="article counts for the build (default 100,500,1000,2000); '' to skip",
    )
    parser.add_argument("--repeat", type=int, help="runs per measurement, median printed (3)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="the corpus's random seed")
    parser.add_argument("--keep", action="store_true", help="keep the work folder under bench/out")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    import_sizes = (
        args.import_sizes
        if args.import_sizes is not None
        else (SMOKE_SIZES if args.smoke else FULL_IMPORT_SIZES)
    )
    build_sizes = (
        args.build_sizes
        if args.build_sizes is not None
        else (SMOKE_SIZES if args.smoke else FULL_BUILD_SIZES)
    )
    times = args.repeat or (1 if args.smoke else 3)
    if times < 1:
        build_parser().error("--repeat must be 1 or more")
    OUT.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="run-", dir=OUT))
    started = time.perf_counter()
    targets: list[Target] = []
    sections: list[str] = []
    failed = None
    try:
        header = [
            f"Benchmark of the bilingual microsite ({'smoke' if args.smoke else 'full'} run)",
            f"corpus: bench/corpus.py, seed {args.seed}; median of {times} run(s) per figure",
            f"machine: {os.cpu_count()} CPUs, {platform.system()} {platform.release()}, "
            f"Python {platform.python_version()}; {versions()}",
            f"memory: {memory_method()}, and the whole process tree "
            "(PSS from /proc, sampled every 0.05 s); peak = the larger of the two",
            f"python start-up alone (python -c pass): {seconds(startup_time(work))}",
            f"load average at the start (1, 5, 15 min): {load_average()}; our runs and the"
            " floor's take turns, so other work on the machine slows both alike",
        ]
        sections.append("\n".join(header))
        import_results = []
        for n in import_sizes:
            seeds = work / f"import-{n}" / "seeds"
            progress(f"import N={n:,}: writing the corpus")
            write_corpus(seeds, n, args.seed)
            import_results.append(bench_import(n, work / f"import-{n}", seeds, times))
            shutil.rmtree(work / f"import-{n}")
        if import_results:
            sections.append(
                "== Import: python -m generator import --seeds … --docs … ==\n"
                + report_import(import_results, targets)
            )
        build_results = []
        for n in build_sizes:
            seeds = work / f"build-{n}" / "seeds"
            progress(f"build N={n:,}: writing the corpus")
            write_corpus(seeds, n, args.seed)
            build_results.append(bench_build(n, work / f"build-{n}", seeds, times))
            if not args.keep:
                shutil.rmtree(work / f"build-{n}")
        if build_results:
            sections.append(
                "== Build: mkdocs build --strict, vs Material + mkdocs-static-i18n alone ==\n"
                + report_build(build_results, targets)
            )
    except StepFailed as error:
        failed = str(error)
    except Exception:  # a bug of the benchmark itself: still print what was measured
        failed = traceback.format_exc()
    finally:
        BROWSER.close()
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    if targets:
        sections.append("== Targets ==\n" + report_targets(targets))
    sections.append(
        f"total benchmark time: {seconds(time.perf_counter() - started)}; "
        f"load average at the end: {load_average()}"
    )
    print("\n\n".join(sections), flush=True)
    if failed:
        print(f"\nFAILED: {failed}", flush=True)
        return 1
    if args.keep:
        progress(f"work folder kept: {work}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
