"""Reading a seed: its bytes, within a size limit, decoded and cleaned into text.

The one place that turns a seed file into text: encodings are recognised (and said
when they had to be), mojibake is repaired or refused, and the text is normalised.
"""

from __future__ import annotations

import re
from pathlib import Path

from generator.errors import SeedError
from generator.ingest.clean import DecodeError, decode, normalise, repair_mojibake

# A long news article is 30 KB; no seed is read that could be a whole archive.
MAX_SEED_BYTES = 1024 * 1024
ENCODING_NAMES = {
    "utf-16-le": "UTF-16LE without a byte-order mark",
    "utf-16-be": "UTF-16BE without a byte-order mark",
    "windows-1258": "Windows-1258 (Vietnamese)",
    "windows-1252": "Windows-1252 (Western European)",
}

_DECLARED = ("utf-8", "utf-8-sig", "utf-16", "utf-32")  # plain UTF-8, or said by a byte-order mark
UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def shown(path: Path | str) -> str:
    """A path as one printable line: odd bytes and control characters escaped."""
    text = Path(path).as_posix().encode("utf-8", "backslashreplace").decode("utf-8")
    return UNPRINTABLE.sub(lambda m: m.group(0).encode("unicode_escape").decode(), text)


def read_bytes(path: Path, limit: int = MAX_SEED_BYTES) -> bytes:
    """The seed's bytes, refused before reading when there are more than `limit`."""
    size = path.stat().st_size
    if size > limit:
        raise SeedError(
            path,
            f"{size:,} bytes is larger than the limit of {limit:,} bytes for one article; "
            "split it, or check it is really one article",
        )
    with path.open("rb") as handle:
        data = handle.read(limit + 1)  # the file may have grown since the size was read
    if len(data) > limit:
        raise SeedError(path, f"larger than the limit of {limit:,} bytes for one article")
    return data


def read_seed(path: Path) -> tuple[bytes, str, str | None]:
    """The seed's bytes, its normalised text and, when it had to be recognised, how it was read."""
    data = read_bytes(path)
    try:
        text, encoding = decode(data)
        text, repaired = repair_mojibake(text)
    except DecodeError as error:
        raise SeedError(path, str(error)) from None
    if repaired:
        warning = "held mojibake (UTF-8 once read as Windows-1252, such as 'Ã©' for 'é'); repaired"
    elif encoding in _DECLARED:
        warning = None
    else:
        warning = f"not UTF-8; read as {ENCODING_NAMES.get(encoding, encoding)}"
    return data, normalise(text), warning
