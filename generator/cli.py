"""The command line: the one place that prints, and that turns errors into exit codes.

    python -m generator import [--seeds DIR] [--docs DIR] [--force]
    python -m generator check [--docs DIR]
    python -m generator review [--docs DIR] [--json]

Exit status: 0 all good, 1 some seeds or pages have problems (one line each,
naming the file), 2 a usage error.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from generator import languages
from generator.errors import GeneratorError

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


class _OneLine(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return f"{record.levelname.lower()}: {record.getMessage()}"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m generator",
        description="Import news seeds into the bilingual microsite and check its pages.",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="print problems only")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    importer = commands.add_parser(
        "import",
        help="import seeds into docs/articles as Markdown pages",
        description="Import every seed (*.txt) into one Markdown page with front matter. "
        "Unchanged seeds are skipped; pages edited by a person are kept unless --force.",
    )
    importer.add_argument(
        "--seeds",
        type=Path,
        default=Path("seeds"),
        help="folder of seed .txt files (default: seeds)",
    )
    importer.add_argument(
        "--docs", type=Path, default=Path("docs"), help="the MkDocs docs folder (default: docs)"
    )
    importer.add_argument(
        "--force",
        action="store_true",
        help="re-import every seed and overwrite pages edited by a person",
    )
    importer.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        default=argparse.SUPPRESS,  # keeps `python -m generator -q import` working too
        help="print problems only",
    )
    importer.add_argument(
        "--jobs",
        type=int,
        default=None,
        help="processes for parsing changed seeds (default: up to 4)",
    )

    check = commands.add_parser(
        "check",
        help="validate every page's front matter",
        description="Validate the front matter of every article page against the schema "
        "(generator/article.schema.json) and across pages; print file:line: key: problem.",
    )
    check.add_argument(
        "--docs", type=Path, default=Path("docs"), help="the MkDocs docs folder (default: docs)"
    )
    check.add_argument(
        "-q", "--quiet", action="store_true", default=argparse.SUPPRESS, help="print problems only"
    )
    check.add_argument(
        "--missing",
        action="store_true",
        help="also list, as notes, every article that has no translation yet",
    )
    review = commands.add_parser(
        "review",
        help="list every item the importer is not sure of",
        description="List every event, figure, person, organisation and publication date "
        "still marked for review, one `file:line: reason: text` line each. Check the item, "
        "correct it if needed, and delete its `review` key (or `published_inferred`).",
    )
    review.add_argument(
        "--docs", type=Path, default=Path("docs"), help="the MkDocs docs folder (default: docs)"
    )
    review.add_argument("--json", action="store_true", help="print the queue as JSON, for tools")
    review.add_argument(
        "-q", "--quiet", action="store_true", default=argparse.SUPPRESS, help="print problems only"
    )
    linkcheck = commands.add_parser(
        "linkcheck",
        help="check every link and anchor inside a built site",
        description="Check that every internal link of a built site (default: site) points to "
        "a file and anchor that exist; links to other hosts are counted, not followed.",
    )
    linkcheck.add_argument(
        "site",
        type=Path,
        nargs="?",
        default=Path("site"),
        help="the built site folder (default: site)",
    )
    linkcheck.add_argument(
        "--config",
        type=Path,
        default=Path("mkdocs.yml"),
        help="the MkDocs config whose site_url links count as internal (default: mkdocs.yml)",
    )
    migrate = commands.add_parser(
        "migrate",
        help="bring pages written for an older front matter up to date",
        description="Rewrite the article pages whose front matter an older version of the "
        "importer wrote: people and organisations listed as plain names get an id each "
        "(`{id, name}`). Nothing else on a page changes; pages already current are left alone.",
    )
    migrate.add_argument(
        "--docs", type=Path, default=Path("docs"), help="the MkDocs docs folder (default: docs)"
    )
    migrate.add_argument(
        "-q", "--quiet", action="store_true", default=argparse.SUPPRESS, help="print problems only"
    )
    translate = commands.add_parser(
        "translate",
        help="start a translation of an article as a draft page",
        description="Write docs/articles/SLUG.LANG.md from the original: front matter carried "
        "over, every text marked TODO(translate), draft: true (check and the build refuse a "
        "draft until it is finished).",
    )
    translate.add_argument("slug", help="the article's slug (its file name before .en.md/.vi.md)")
    translate.add_argument(
        "--to",
        required=True,
        choices=languages.codes(),
        dest="to_lang",
        help="the language to translate into",
    )
    translate.add_argument(
        "--docs", type=Path, default=Path("docs"), help="the MkDocs docs folder (default: docs)"
    )
    translate.add_argument(
        "--text",
        type=Path,
        help="a finished translation as plain text (headline line, then paragraphs): write a "
        "complete page from it, with events and figures found in the translation",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_OneLine())
    root = logging.getLogger("generator")
    root.handlers[:] = [handler]
    root.setLevel(logging.WARNING if args.quiet else logging.INFO)
    root.propagate = False
    try:
        commands = {
            "import": _import,
            "check": _check,
            "linkcheck": _linkcheck,
            "translate": _translate,
            "migrate": _migrate,
            "review": _review,
        }
        return commands[args.command](args, parser)
    except GeneratorError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_PROBLEMS
    except OSError as error:  # a folder that cannot be written, a disk that is full
        where = f"{error.filename}: " if error.filename else ""
        print(f"error: {where}{error.strerror or error}", file=sys.stderr)
        return EXIT_PROBLEMS
    except KeyboardInterrupt:  # every write is atomic: nothing half-written is left
        print("error: interrupted", file=sys.stderr)
        return 130


def _import(args, parser) -> int:
    from generator.ingest.importer import run_import

    try:
        str(args.seeds.resolve()).encode("utf-8")
    except UnicodeEncodeError:
        shown = str(args.seeds).encode("utf-8", "backslashreplace").decode("utf-8")
        parser.error(f"--seeds {shown}: the folder's name is not valid UTF-8; rename it")
    if not args.seeds.is_dir():
        parser.error(f"--seeds {args.seeds}: no such folder")
    if args.jobs is not None and args.jobs < 1:
        parser.error("--jobs must be 1 or more")
    if args.docs.exists() and not args.docs.is_dir():
        parser.error(f"--docs {args.docs}: not a folder")
    report = run_import(args.seeds, args.docs, force=args.force, jobs=args.jobs)
    for notice in report.notices:
        print(f"warning: {notice}", file=sys.stderr)
    for outcome in report.outcomes:
        for warning in outcome.warnings:
            print(f"warning: {warning}", file=sys.stderr)
        if outcome.status == "failed":
            print(f"error: {outcome.line()}", file=sys.stderr)
        elif outcome.status in {"kept", "missing"}:
            print(f"warning: {outcome.line()}", file=sys.stderr)
        elif outcome.status == "written" and not args.quiet:
            print(f"wrote {(args.docs / outcome.page).as_posix()}")
    if not args.quiet:
        print(f"import: {report.summary()}")
    return EXIT_PROBLEMS if report.failed else EXIT_OK


def _check(args, parser) -> int:
    from generator.contract.check import check_docs_with_notes
    from generator.contract.pages import article_files

    if not args.docs.is_dir():
        parser.error(f"--docs {args.docs}: no such folder")
    problems, notes = check_docs_with_notes(args.docs)
    for problem in problems:
        print(problem, file=sys.stderr)
    if args.missing:  # not problems: the site shows an "only available in" page
        for note in notes:
            print(f"note: {note}")
    if not args.quiet:
        pages = len(article_files(args.docs))
        print(f"check: {pages} pages, {len(problems)} problems")
    return EXIT_PROBLEMS if problems else EXIT_OK


def _review(args, parser) -> int:
    import json

    from generator.contract.review import review_queue

    if not args.docs.is_dir():
        parser.error(f"--docs {args.docs}: no such folder")
    items, problems = review_queue(args.docs)
    for problem in problems:  # a page that cannot be read cannot be reviewed: check says why
        print(problem, file=sys.stderr)
    if args.json:
        print(json.dumps([item.to_json() for item in items], ensure_ascii=False, indent=2))
    else:
        for item in items:
            print(item)
        if not args.quiet:
            pages = len({item.file for item in items})
            print(f"review: {len(items)} items to check on {pages} pages", file=sys.stderr)
    return EXIT_PROBLEMS if problems else EXIT_OK


def _linkcheck(args, parser) -> int:
    from generator.site.linkcheck import check_site

    if not (args.site / "index.html").is_file():
        parser.error(f"{args.site}: not a built site (no index.html); run mkdocs build first")
    site_url = ""
    if args.config.is_file():
        from mkdocs.config import load_config

        site_url = load_config(str(args.config)).site_url or ""
    problems, external = check_site(args.site, site_url)
    for problem in problems:
        print(problem, file=sys.stderr)
    if not args.quiet:
        print(f"linkcheck: {len(problems)} broken, {external} links to other hosts not followed")
    return EXIT_PROBLEMS if problems else EXIT_OK


def _translate(args, parser) -> int:
    from generator.contract import frontmatter
    from generator.contract.pages import write_atomic
    from generator.contract.translations import start_translation

    articles = args.docs / "articles"
    target = articles / f"{args.slug}.{args.to_lang}.md"
    candidates = [articles / f"{args.slug}.{code}.md" for code in languages.others(args.to_lang)]
    original_path = next((path for path in candidates if path.is_file()), candidates[0])
    if not original_path.is_file():
        from_lang = languages.other(args.to_lang)
        parser.error(f"{original_path}: no such article in {from_lang!r}")
    if target.exists():
        print(f"error: {target}: exists already; edit it instead", file=sys.stderr)
        return EXIT_PROBLEMS
    original = frontmatter.load(original_path.read_text("utf-8"), str(original_path))
    if "translation_of" in original.meta:
        print(
            f"error: {original_path}: is itself a translation; translate the original",
            file=sys.stderr,
        )
        return EXIT_PROBLEMS
    if args.text:
        from generator.ingest.translate import finished_translation

        try:
            page = finished_translation(original, args.text.read_text("utf-8-sig"), args.to_lang)
        except (OSError, ValueError, GeneratorError) as error:
            print(f"error: {args.text}: {error}", file=sys.stderr)
            return EXIT_PROBLEMS
        write_atomic(target, page.encode("utf-8"))
        if not args.quiet:
            print(f"wrote {target}: check its events and figures against the original")
        return EXIT_OK
    write_atomic(target, start_translation(original, args.to_lang).encode("utf-8"))
    if not args.quiet:
        print(f"wrote {target}: translate every TODO(translate), then delete 'draft: true'")
    return EXIT_OK


def _migrate(args, parser) -> int:
    from generator.contract import frontmatter
    from generator.contract.migrate import migrate_entities
    from generator.contract.pages import article_files, write_atomic

    if not args.docs.is_dir():
        parser.error(f"--docs {args.docs}: no such folder")
    changed = failed = 0
    for path in article_files(args.docs):
        try:
            page = frontmatter.load(path.read_bytes().decode("utf-8-sig"), path.as_posix())
        except (OSError, UnicodeDecodeError, GeneratorError) as error:
            print(f"error: {path}: cannot read it: {error}", file=sys.stderr)
            failed += 1
            continue
        migrated = migrate_entities(page.meta)
        if migrated is None:
            continue
        write_atomic(path, frontmatter.dump(migrated, page.body).encode("utf-8"))
        changed += 1
        if not args.quiet:
            print(f"migrated {path.as_posix()}")
    if not args.quiet:
        print(f"migrate: {changed} pages brought up to date")
    return EXIT_PROBLEMS if failed else EXIT_OK
