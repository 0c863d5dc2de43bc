"""Check every link inside a built site: the file exists and so does the anchor.

`mkdocs build --strict` checks links between Markdown pages; this checks what
the templates add (timeline, fact boxes, language switcher, article lists)
in the HTML a reader gets. Links to other hosts are counted, not followed:
the site must work offline, and CI has no network.
"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit


class _Links(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if value is None:
                continue
            if name == "id":
                self.ids.add(value)
            elif (name == "href" and tag in ("a", "link")) or (
                name == "src" and tag in ("img", "script", "iframe")
            ):
                self.links.append(value)


def _parse(path: Path) -> _Links:
    parser = _Links()
    parser.feed(path.read_text("utf-8", errors="replace"))
    return parser


def _target(site: Path, page: Path, path: str) -> Path | None:
    base = page.parent if path and not path.startswith("/") else site
    try:
        target = (base / unquote(path).lstrip("/")).resolve() if path else page
        if target.is_dir():
            target = target / "index.html"
        return target if target.is_file() else None
    except (ValueError, OSError):  # "%00", a name too long: no file can be there
        return None


def check_site(site: Path, site_url: str = "") -> tuple[list[str], int]:
    """Broken links as `page: link: problem` lines, and the number of external links."""
    site = site.resolve()
    problems: list[str] = []
    external = 0
    parsed: dict[Path, _Links] = {}

    def links_of(path: Path) -> _Links:  # each page is parsed once, however often it is linked
        if path not in parsed:
            parsed[path] = _parse(path)
        return parsed[path]

    for page in sorted(site.rglob("*.html")):
        links = links_of(page)
        for link in links.links:
            if site_url and link.startswith(site_url):
                link = "/" + link[len(site_url) :]
            try:
                parts = urlsplit(link)
            except ValueError as error:  # "http://[": not an address at all
                problems.append(f"{page.relative_to(site)}: {link}: not a valid address ({error})")
                continue
            if parts.scheme in ("http", "https") or link.startswith("//"):
                external += 1
                continue
            if parts.scheme:  # mailto:, data:, javascript: is never written by us
                if parts.scheme == "javascript":
                    problems.append(f"{page.relative_to(site)}: {link}: javascript: link")
                continue
            target = _target(site, page, parts.path)
            if target is None:
                problems.append(f"{page.relative_to(site)}: {link}: no such file")
                continue
            fragment = unquote(parts.fragment)
            if fragment and not fragment.startswith(":~:") and target.suffix == ".html":
                ids = links_of(target).ids
                if fragment not in ids:
                    problems.append(f"{page.relative_to(site)}: {link}: no anchor #{fragment}")
    return problems, external
