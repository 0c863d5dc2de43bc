"""Shared fixtures: a whole site built with `mkdocs build --strict`, served on
loopback, and a headless Chromium to read it as a reader would.

The site is built once per test session from a copy of the project (docs,
overrides, mkdocs.yml) in a temporary folder, so tests never touch the
working tree.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
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


def pytest_addoption(parser):
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite the golden files under tests/golden from the current output",
    )


@pytest.fixture(scope="session")
def update_golden(request) -> bool:
    return request.config.getoption("--update-golden")


def copy_project(target: Path) -> Path:
    """A copy of what `mkdocs build` reads: mkdocs.yml, docs/, overrides/ (and seeds/)."""
    target.mkdir(parents=True, exist_ok=True)
    shutil.copy2(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    for folder in ("docs", "overrides", "seeds"):
        shutil.copytree(ROOT / folder, target / folder, dirs_exist_ok=True)
    return target


def mkdocs_build(project: Path, site_dir: Path | None = None) -> subprocess.CompletedProcess:
    """Run `mkdocs build --strict` on a project folder, as a person would."""
    site_dir = site_dir or project / "site"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=project,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )


def run_generator(project: Path, *args: str) -> subprocess.CompletedProcess:
    """`python -m generator ARGS` in a project folder, as a person types it."""
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )


def windows_1258(text: str) -> bytes:
    """Vietnamese as Windows-1258 writes it: base letters, then the tone as a combining mark."""
    out = []
    for char in text:
        parts = unicodedata.normalize("NFD", char)
        tone = "".join(c for c in parts if c in VIETNAMESE_TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in VIETNAMESE_TONES))
        out.append((base + tone).encode("cp1258"))
    return b"".join(out)


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The project's site, built once for the session; returns the site folder."""
    project = copy_project(tmp_path_factory.mktemp("project"))
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    return project / "site"


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


@pytest.fixture(scope="session")
def site_url(built_site):
    server, url = serve(built_site)
    yield url
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium, headless, driven by Playwright."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield instance
        instance.close()


@pytest.fixture
def page(browser):
    """A fresh browser tab that fails the test on any JavaScript error."""
    context = browser.new_context(locale="en-US")
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    yield tab
    context.close()
    assert not errors, f"JavaScript errors on the page: {errors}"
