"""The importer: seeds in, article pages out, incremental, atomic and never over a person's edit.

Its jobs, one module each: `discover` (the seeds of a folder, and whether one
changed), `manifest` (what the importer wrote), `prepare` (read, clean, parse and
extract, in parallel), `run` (give each seed its slug and write its page, unless a
person edited it), `lock` (one import at a time) and `report` (what happened).
"""

from generator.ingest.importer.lock import LOCK
from generator.ingest.importer.manifest import FORMAT_VERSION, MANIFEST, STAT_CACHE
from generator.ingest.importer.prepare import Prepared, article_meta
from generator.ingest.importer.report import Outcome, Report
from generator.ingest.importer.run import run_import
from generator.ingest.seeds import MAX_SEED_BYTES

__all__ = [
    "FORMAT_VERSION",
    "LOCK",
    "MANIFEST",
    "MAX_SEED_BYTES",
    "STAT_CACHE",
    "Outcome",
    "Prepared",
    "Report",
    "article_meta",
    "run_import",
]
