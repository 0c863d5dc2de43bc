"""What an editor knows about a seed and its text does not say: `x.yml` next to `x.txt`.

A sidecar gives the original's address, its publication date, its author and its
publisher; anything else in it is refused with its line.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from pathlib import Path

from generator.contract import frontmatter
from generator.errors import PageError, SeedError
from generator.ingest.seeds import read_bytes
from generator.text.chars import clean_text

SIDECAR_KEYS = {"url", "published", "author", "publisher"}
SIDECAR_SUFFIXES = (".yml", ".yaml")
_ISO_DATE = re.compile(r"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$")


def read_sidecar(seed_path: Path) -> dict:
    """What an editor knows about a seed and the text does not say (`x.yml` next to `x.txt`)."""
    for suffix in SIDECAR_SUFFIXES:
        path = seed_path.with_suffix(suffix)
        if not path.is_file():
            continue
        try:
            text = read_bytes(path, 64 * 1024).decode("utf-8-sig")
            data, lines = frontmatter.load_mapping(text, path.as_posix())
        except UnicodeDecodeError:
            raise SeedError(path, "sidecar is not UTF-8 text") from None
        except PageError as error:
            cause = error.message.replace("front matter", "sidecar")
            where = error.line if error.line and error.line > 0 else None
            raise SeedError(path, f"{error.key}: {cause}" if error.key else cause, where) from None
        return _sidecar_values(path, data, lines)
    return {}


def _sidecar_values(path: Path, data: dict, line: dict) -> dict:
    for key in data:
        if key not in SIDECAR_KEYS:
            raise SeedError(
                path,
                f"unknown sidecar key {key!r} (known: {', '.join(sorted(SIDECAR_KEYS))})",
                line.get(key),
            )
    values = {}
    for key, value in data.items():
        if value is None:
            continue
        if key == "published" and isinstance(value, int) and not isinstance(value, bool):
            value = f"{value:04d}"
        if not isinstance(value, str) or not value.strip():
            raise SeedError(path, f"{key}: {value!r} is not text", line.get(key))
        # Cleaned as seed text is: one line, NFC, only characters a reader sees.
        value = " ".join(clean_text(unicodedata.normalize("NFC", value)).split())
        if not value:
            raise SeedError(path, f"{key}: holds no text a reader can see", line.get(key))
        if key == "published" and not _is_iso_date(value):
            raise SeedError(
                path,
                f"published: {value!r} is not an ISO 8601 date (1975-05-19, 1975-05 or 1975)",
                line.get(key),
            )
        if key == "url" and not value.startswith(("http://", "https://")):
            raise SeedError(path, f"url: {value!r} is not a web address", line.get(key))
        values[key] = value
    return values


def _is_iso_date(value: str) -> bool:
    if not _ISO_DATE.match(value):
        return False
    if len(value) == 10:
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            return False
    return True
