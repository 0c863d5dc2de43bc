"""`mkdocs serve`, as an editor uses it: fix a date, save, and the timeline changes."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request

from generator.contract.pages import article_files
from generator.contract.frontmatter import dump, load
from tests.helpers import copy_project


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return None


def _wait_for(url: str, condition, seconds: float = 90) -> str:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        text = _get(url)
        if text is not None and condition(text):
            return text
        time.sleep(0.5)
    raise AssertionError(f"{url} did not show the change within {seconds} s")


def test_a_saved_front_matter_edit_shows_on_the_served_timeline(tmp_path):
    project = copy_project(tmp_path / "project")
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=project,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    try:
        timeline = f"http://127.0.0.1:{port}/timeline/"
        _wait_for(timeline, lambda html: "nsg-timeline__event" in html)
        path = next(
            p
            for p in article_files(project / "docs")
            if p.name.endswith(".en.md") and "seed:" in p.read_text("utf-8")
        )
        page = load(path.read_text("utf-8"))
        page.meta["events"][0]["date"] = "1974-12-31"
        path.write_text(dump(page.meta, page.body), "utf-8")  # the editor saves
        html = _wait_for(timeline, lambda html: 'datetime="1974-12-31"' in html)
        assert "31 December 1974" in html
        assert html.index('id="y1974"') < html.index('id="y1975"')
        feed = _get(f"http://127.0.0.1:{port}/timeline.json")
        assert feed and '"year": 1974' in feed
    finally:
        server.terminate()
        _, errors = server.communicate(timeout=30)
    assert "Traceback" not in errors.decode("utf-8", "replace")
