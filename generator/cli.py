"""The command line: the one place that prints, and that turns errors into exit codes.

    python -m generator import [--seeds DIR] [--docs DIR] [--force]
    python -m generator check [--docs DIR]

Exit status: 0 all good, 1 some seeds or pages have problems (one line each,
naming the file), 2 a usage error.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

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
        return {"import": _import, "check": _check}[args.command](args, parser)
    except GeneratorError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_PROBLEMS


def _import(args, parser) -> int:
    from generator.importer import run_import

    if not args.seeds.is_dir():
        parser.error(f"--seeds {args.seeds}: no such folder")
    if args.jobs is not None and args.jobs < 1:
        parser.error("--jobs must be 1 or more")
    report = run_import(args.seeds, args.docs, force=args.force, jobs=args.jobs)
    for outcome in report.outcomes:
        if outcome.status == "failed":
            print(f"error: {outcome.line()}", file=sys.stderr)
        elif outcome.status in {"kept", "missing"}:
            print(f"warning: {outcome.line()}", file=sys.stderr)
        elif outcome.status == "written" and not args.quiet:
            print(f"wrote {args.docs / outcome.page}")
    if not args.quiet:
        print(f"import: {report.summary()}")
    return EXIT_PROBLEMS if report.failed else EXIT_OK


def _check(args, parser) -> int:
    from generator.check import check_docs

    if not args.docs.is_dir():
        parser.error(f"--docs {args.docs}: no such folder")
    problems, pages = check_docs(args.docs)
    for problem in problems:
        print(problem, file=sys.stderr)
    if not args.quiet:
        print(f"check: {pages} pages, {len(problems)} problems")
    return EXIT_PROBLEMS if problems else EXIT_OK
