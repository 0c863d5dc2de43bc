"""What tests share: where things are, a copy of the project to build, MkDocs and the CLI
run in-process (and, where only a process shows it, as a subprocess), a loopback server.

Builds and CLI calls run in this process, the way MkDocs' own tests build: no new
interpreter per call. A few tests keep real subprocesses for what only they show
(exit codes, signals, a second process).
"""

from __future__ import annotations

import contextlib
import functools
import gzip
import http.server
import io
import json
import logging
import os
import shutil
import subprocess
import sys
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests"
FIXTURES = TESTS / "fixtures"
GOLD = TESTS / "gold"
GOLDEN = TESTS / "golden"
DOCS = ROOT / "docs"
WORKER = DOCS / "javascripts" / "search-worker.js"
VIETNAMESE_TONES = "\u0300\u0301\u0303\u0309\u0323"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@dataclass(frozen=True)
class Result:
    """What a command did, as a person at a terminal sees it."""

    returncode: int
    stdout: str
    stderr: str


def copy_project(target: Path) -> Path:
    """A copy of what `mkdocs build` reads: mkdocs.yml, docs/, overrides/ (and seeds/)."""
    target.mkdir(parents=True, exist_ok=True)
    shutil.copy2(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    for folder in ("docs", "overrides", "seeds"):
        shutil.copytree(ROOT / folder, target / folder, dirs_exist_ok=True)
    return target


@contextlib.contextmanager
def working_folder(folder: Path):
    previous = Path.cwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(previous)


class _Lines(logging.Handler):
    def __init__(self):
        super().__init__(logging.INFO)
        self.lines: list[str] = []

    def emit(self, record):
        self.lines.append(f"{record.levelname:<8}-  {record.getMessage()}")


def mkdocs_build(project: Path, site_dir: Path | None = None) -> Result:
    """`mkdocs build --strict` of a project folder, in this process, as MkDocs' tests build.

    The log MkDocs prints is `stderr`; a build that stops (strict warnings, a plugin's
    error) has returncode 1 and its reason last.
    """
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    site_dir = site_dir or project / "site"
    handler = _Lines()
    logger = logging.getLogger("mkdocs")
    level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    returncode = 0
    try:
        with working_folder(project):
            config = load_config(
                config_file=str(project / "mkdocs.yml"), site_dir=str(site_dir), strict=True
            )
            build(config)
    except (MkDocsException, SystemExit) as error:
        handler.lines.append(f"ERROR   -  {error}")
        returncode = 1
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
    return Result(returncode, "", "\n".join(handler.lines) + "\n")


def mkdocs_build_process(project: Path, site_dir: Path | None = None) -> Result:
    """`mkdocs build --strict` as a person runs it: a new process, its exit status."""
    site_dir = site_dir or project / "site"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=project,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    return Result(done.returncode, done.stdout, done.stderr)


def run_generator(project: Path, *args: str) -> Result:
    """`python -m generator ARGS` in a project folder, in this process."""
    from generator.cli import main

    out, err = io.StringIO(), io.StringIO()
    with working_folder(project), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(list(args))
        except SystemExit as exit_:  # argparse's usage errors
            code = exit_.code if isinstance(exit_.code, int) else 2
    return Result(code, out.getvalue(), err.getvalue())


def run_generator_process(project: Path, *args: str) -> Result:
    """`python -m generator ARGS` as a person types it: a new process, its exit status."""
    done = subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )
    return Result(done.returncode, done.stdout, done.stderr)


def windows_1258(text: str) -> bytes:
    """Vietnamese as Windows-1258 writes it: base letters, then the tone as a combining mark."""
    out = []
    for char in text:
        parts = unicodedata.normalize("NFD", char)
        tone = "".join(c for c in parts if c in VIETNAMESE_TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in VIETNAMESE_TONES))
        out.append((base + tone).encode("cp1258"))
    return b"".join(out)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep test output readable
        pass


def serve(folder: Path):
    """Serve `folder` on a free loopback port in a thread; returns (server, base URL)."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def write_built_page(site: Path, url: str, html: str) -> None:
    """A page of a built site at `url` (its folder's index.html), as MkDocs writes pages."""
    path = site / url / "index.html"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(html, "utf-8")


def pagefind_fragments(bundle: Path) -> list[dict]:
    """The pages a Pagefind index holds, read from its fragments (gzip, a signature, JSON)."""
    fragments = []
    for path in sorted(bundle.glob("fragment/*.pf_fragment")):
        fragments.append(
            json.loads(gzip.decompress(path.read_bytes()).removeprefix(b"pagefind_dcd"))
        )
    return fragments
