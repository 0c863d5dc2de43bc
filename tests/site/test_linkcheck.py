"""`generator linkcheck` on a built site: every internal link and anchor resolves."""

from __future__ import annotations

from generator.site import linkcheck
from tests.helpers import write_built_page as write


def test_each_page_is_parsed_once_however_often_it_is_linked(tmp_path, monkeypatch):
    links = "".join(f'<a href="../target/#a{n}">{n}</a>' for n in range(20))
    for number in range(5):
        write(tmp_path, f"page{number}", f"<html><body>{links}</body></html>")
    ids = "".join(f'<p id="a{n}"></p>' for n in range(20))
    write(tmp_path, "target", f"<html><body>{ids}</body></html>")
    parsed = []
    real = linkcheck._parse
    monkeypatch.setattr(linkcheck, "_parse", lambda path: parsed.append(path) or real(path))
    problems, external = linkcheck.check_site(tmp_path)
    assert problems == [] and external == 0
    assert len(parsed) == len(set(parsed)) == 6
