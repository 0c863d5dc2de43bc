"""Score the importer on real news: sets of published articles annotated by hand.

A set is a folder with `seeds/*.txt` and `answers.yaml` in the format of
`../shared/real-dev/` (its `meta.guidelines` say what counts): for every seed, the
events (date at its precision, with the true year), the figures (value, unit, the
period they describe), the people and organisations, the source tag and the true
publication date. The sets are third-party texts kept beside the project, never in
it: this module reads them where they are and skips a set that is not there.

Matching follows the set's own scorer (`real-dev/score.py`): an event matches a gold
event of the same date (and, in the lenient score, of the same month and day when
the gold year was inferred), a figure one of the same value, unit and period
(`as_of`, or one of its `as_of_alternatives`); each pairs once, sentences of
similar words first. Precision counts every event the importer wrote; recall only
the gold items marked `required`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import re
import shutil
import tempfile
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from generator.contract import frontmatter
from generator.ingest.importer import run_import

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
SETS = {
    "real-dev": SHARED / "real-dev",
    "dev-a": SHARED / "real-more" / "dev-a",
    "dev-b": SHARED / "real-more" / "dev-b",
    "dev-c": SHARED / "real-more" / "dev-c",
    # the first holdout, scored blind once and then used for development
    "dev-d": SHARED / "real-more" / "dev-d",
}
HOLDOUT = {"holdout-2": SHARED / "real-more" / "holdout-2"}


# --- text normalisation as the set's scorer does it -----------------------------------------


def nfc(text):
    return unicodedata.normalize("NFC", text) if isinstance(text, str) else text


def strip_accents(text: str) -> str:
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in text if unicodedata.category(c) != "Mn")


def norm_name(text: str) -> str:
    text = nfc(text).casefold().replace("’", "'").replace("–", "-").replace("—", "-")
    text = re.sub(r"[\"“”()\[\],.:;]", " ", text)
    return " ".join(text.split())


def similarity(a: str | None, b: str | None) -> float:
    if not a or not b:
        return 0.0
    words_a, words_b = set(norm_name(a).split()), set(norm_name(b).split())
    return len(words_a & words_b) / max(1, len(words_a | words_b))


UNITS = {
    "usd": "USD", "us$": "USD", "$": "USD", "dollars": "USD", "vnd": "VND", "đồng": "VND",
    "%": "%", "percent": "%", "per cent": "%", "phần trăm": "%", "rank": "rank",
    "hạng": "rank", "thứ hạng": "rank", "position": "rank", "times": "times", "lần": "times",
    "x": "times", "fold": "times", "years": "years", "year": "years", "năm": "years",
}  # fmt: skip


def norm_unit(unit) -> str | None:
    if unit is None:
        return None
    key = nfc(str(unit)).strip().casefold()
    if key in UNITS:
        return UNITS[key]
    if key.endswith("s") and key[:-1] in UNITS:
        return UNITS[key[:-1]]
    return key.rstrip("s")


def as_text(value) -> str | None:
    if value is None or value == "" or value == "null":
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    return str(value)


def month_day(date: str | None) -> str | None:
    if date is None:
        return None
    if date.startswith("--"):
        return date[2:]
    parts = date.split("-")
    return "-".join(parts[1:]) if len(parts) > 1 else None


# --- matching ------------------------------------------------------------------------------


def _pair(gold: list[dict], found: list[dict], fits) -> tuple[list, list[int], list[int]]:
    """Pairs (found index, gold index), found ones left over, gold ones left over."""
    used_gold, used_found, pairs = set(), set(), []
    for strict_sentences in (True, False):
        for i, item in enumerate(found):
            if i in used_found:
                continue
            best = None
            for j, expected in enumerate(gold):
                if j in used_gold or not fits(expected, item):
                    continue
                sim = similarity(expected.get("quote"), item.get("quote"))
                if strict_sentences and sim < 0.8:
                    continue
                key = (sim, bool(expected.get("required")))
                if best is None or key > best[0]:
                    best = (key, j)
            if best:
                used_gold.add(best[1])
                used_found.add(i)
                pairs.append((i, best[1]))
    left_found = [i for i in range(len(found)) if i not in used_found]
    left_gold = [j for j in range(len(gold)) if j not in used_gold]
    return pairs, left_found, left_gold


def event_fits(lenient: bool):
    def fits(gold: dict, found: dict) -> bool:
        if gold["date"] == found["date"]:
            return True
        if lenient and gold.get("inferred"):
            a, b = month_day(gold["date"]), month_day(found["date"])
            return a is not None and a == b
        return False

    return fits


def _close(a, b) -> bool:
    try:
        return abs(abs(float(a)) - abs(float(b))) <= 1e-6 * max(1.0, abs(float(b)))
    except (TypeError, ValueError):
        return False


def figure_fits(strict: bool):
    def fits(gold: dict, found: dict) -> bool:
        values = [gold["value"], *(gold.get("value_alternatives") or [])]
        if not any(_close(found.get("value"), v) for v in values):
            return False
        if norm_unit(found.get("unit")) != norm_unit(gold.get("unit")):
            return False
        if not strict:
            return True
        periods = [as_text(gold.get("as_of"))]
        periods += [as_text(p) for p in gold.get("as_of_alternatives") or []]
        return as_text(found.get("as_of")) in periods

    return fits


def entity_names(items) -> list[str]:
    """Names of people or organisations as a page lists them (`{id, name}` or plain text)."""
    return [item["name"] if isinstance(item, dict) else str(item) for item in items or []]


def match_entities(gold: list[dict], names: list[str]):
    pairs, used, extra = [], set(), []
    for i, name in enumerate(names):
        n, bare = norm_name(name), strip_accents(norm_name(name))
        acronym = re.match(r"^(.*\S)\s*\(([^()]+)\)\s*$", nfc(name))
        head = norm_name(acronym.group(1)) if acronym else None
        hit = None
        for j, expected in enumerate(gold):
            aliases = [expected["name"], *(expected.get("aliases") or [])]
            if (
                any(n == norm_name(a) for a in aliases)
                or any(bare == strip_accents(norm_name(a)) for a in aliases)
                or (head and any(head == norm_name(a) for a in aliases))
            ):
                hit = j
                break
        if hit is not None and hit not in used:
            used.add(hit)
            pairs.append((i, hit))
        else:
            extra.append(name if hit is None else f"{name} (twice)")
    missed = [gold[j]["name"] for j in range(len(gold)) if j not in used]
    return pairs, extra, missed


# --- scores --------------------------------------------------------------------------------


@dataclass
class Score:
    """Precision over every item found, recall over the required gold items."""

    right: int = 0  # found items that match
    found: int = 0
    required_hit: int = 0
    required: int = 0

    def add(self, right: int, found: int, required_hit: int, required: int) -> None:
        self.right += right
        self.found += found
        self.required_hit += required_hit
        self.required += required

    @property
    def precision(self) -> float | None:
        return self.right / self.found if self.found else None

    @property
    def recall(self) -> float | None:
        return self.required_hit / self.required if self.required else None


@dataclass
class SetResult:
    name: str
    articles: int = 0
    scores: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    sources: Counter = field(default_factory=Counter)
    reviewed: Counter = field(default_factory=Counter)
    wrong_years_unflagged: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)


def read_set(folder: Path) -> dict:
    return yaml.safe_load((folder / "answers.yaml").read_text("utf-8"))["files"]


def import_set(folder: Path, work: Path, with_dates: bool) -> dict[str, dict]:
    """Import a set's seeds into `work` (sidecars with the publication date when asked)."""
    seeds = work / "seeds"
    shutil.copytree(folder / "seeds", seeds)
    if with_dates:
        for name, answer in read_set(folder).items():
            published = answer.get("published_known") or answer.get("published_true")
            if published:
                sidecar = seeds / name.replace(".txt", ".yml")
                sidecar.write_text(f"published: '{as_text(published)}'\n", "utf-8")
    with contextlib.redirect_stdout(io.StringIO()):
        run_import(seeds, work / "docs", jobs=1)
    pages = {}
    for path in sorted((work / "docs" / "articles").glob("*.md")):
        page = frontmatter.load(path.read_text("utf-8"), path.name)
        pages[Path(page.meta.get("seed", "")).name] = page.meta
    return pages


def score_set(name: str, folder: Path, with_dates: bool) -> SetResult:
    result = SetResult(name)
    answers = read_set(folder)
    with tempfile.TemporaryDirectory() as work:
        pages = import_set(folder, Path(work), with_dates)
    for file, gold in answers.items():
        result.articles += 1
        page = pages.get(file)
        if page is None:
            result.misses.append(f"{file}: not imported")
            continue
        _score_events(result, file, gold, page)
        _score_figures(result, file, gold, page)
        _score_entities(result, file, gold, page)
        expected = gold.get("source_expected")
        got = (page.get("source") or {}).get("name")
        right = (
            (not got)
            if not expected
            else bool(got) and norm_name(got) in {norm_name(x) for x in expected}
        )
        result.sources["right" if right else "wrong"] += 1
        if not right:
            result.misses.append(f"{file}: source {got!r}, expected {expected!r}")
        for group in ("events", "facts", "people", "organisations"):
            result.reviewed[group] += sum(
                1 for item in page.get(group) or [] if isinstance(item, dict) and item.get("review")
            )
    return result


def _score_events(result: SetResult, file: str, gold: dict, page: dict) -> None:
    expected = [
        dict(e, date=as_text(e["date"]), end=as_text(e.get("end")))
        for e in gold.get("events") or []
    ]
    found = [
        dict(e, date=as_text(e["date"]), end=as_text(e.get("end")))
        for e in page.get("events") or []
    ]
    for mode in ("strict", "lenient"):
        pairs, extra, missed = _pair(expected, found, event_fits(mode == "lenient"))
        required = sum(1 for e in expected if e.get("required"))
        hit = sum(1 for _, j in pairs if expected[j].get("required"))
        result.scores[f"events {mode}"].add(len(pairs), len(found), hit, required)
        if mode == "strict":
            for i in extra:
                result.misses.append(f"{file}: extra event {found[i]['date']} {found[i]['text']!r}")
            for j in missed:
                if expected[j].get("required"):
                    e = expected[j]
                    result.misses.append(f"{file}: missed event {e['date']} {e['text']!r}")
    # A wrong year shown as certain: an event whose month and day are a gold event's,
    # in the same sentence, with another year, and no review mark.
    exact = {e["date"] for e in expected}
    for item in found:
        if item["date"] in exact:
            continue  # right, or another happening of the sentence
        for e in expected:
            same_day = month_day(item["date"]) and month_day(item["date"]) == month_day(e["date"])
            if (
                same_day
                and item["date"][:4] != e["date"][:4]
                and similarity(item.get("quote"), e.get("quote")) >= 0.5
                and not item.get("review")
            ):
                result.wrong_years_unflagged.append(f"{file}: {item['date']} (true {e['date']})")


def _dated(event: dict) -> dict:
    return dict(event, date=as_text(event["date"]), end=as_text(event.get("end")))


def _score_figures(result: SetResult, file: str, gold: dict, page: dict) -> None:
    expected = [dict(f, as_of=as_text(f.get("as_of"))) for f in gold.get("figures") or []]
    found = [dict(f, as_of=as_text(f.get("as_of"))) for f in page.get("facts") or []]
    for mode in ("strict", "lenient"):
        pairs, extra, missed = _pair(expected, found, figure_fits(mode == "strict"))
        required = sum(1 for f in expected if f.get("required"))
        hit = sum(1 for _, j in pairs if expected[j].get("required"))
        result.scores[f"figures {mode}"].add(len(pairs), len(found), hit, required)
        if mode == "strict":
            for i in extra:
                f = found[i]
                result.misses.append(
                    f"{file}: extra figure {f.get('value')} {f.get('unit')} as_of {f.get('as_of')}"
                )
            for j in missed:
                f = expected[j]
                if f.get("required"):
                    result.misses.append(
                        f"{file}: missed figure {f['as_written']!r} -> {f['value']} {f['unit']} "
                        f"as_of {f.get('as_of')}"
                    )


def _score_entities(result: SetResult, file: str, gold: dict, page: dict) -> None:
    for group, key in (("people", "people"), ("organisations", "organisations")):
        expected = gold.get(key) or []
        names = entity_names(page.get(key))
        pairs, extra, missed = match_entities(expected, names)
        required = [e for e in expected if e.get("required")]
        hit = sum(1 for _, j in pairs if expected[j].get("required"))
        result.scores[group].add(len(pairs), len(names), hit, len(required))
        for name in extra:
            result.misses.append(f"{file}: extra {group[:-1]} {name!r}")
        for name in missed:
            if any(e["name"] == name and e.get("required") for e in expected):
                result.misses.append(f"{file}: missed {group[:-1]} {name!r}")


# --- dateparser, side by side on event dates ------------------------------------------------


def dateparser_events(folder: Path, with_dates: bool) -> Score:
    """dateparser's `search_dates` on each seed, scored on event dates as the importer is."""
    from dateparser.date import DateDataParser
    from dateparser.search import search_dates

    score = Score()
    for file, gold in read_set(folder).items():
        text = (folder / "seeds" / file).read_text("utf-8")
        lang = gold["language"]
        published = gold.get("published_known") or gold.get("published_true")
        base = _base(published) if with_dates and published else dt.datetime(2026, 6, 1)
        settings = {"RETURN_AS_TIMEZONE_AWARE": False, "RELATIVE_BASE": base}
        parser = DateDataParser(languages=[lang], settings=settings)
        found = []
        for words, when in search_dates(text, languages=[lang], settings=settings) or []:
            data = parser.get_date_data(words)
            period = data.period if data and data.date_obj else "day"
            iso = {"year": f"{when.year:04d}", "month": f"{when.year:04d}-{when.month:02d}"}.get(
                period, when.date().isoformat()
            )
            at = text.find(words)
            start = max(text.rfind("\n", 0, at), text.rfind(". ", 0, at))
            stop = text.find("\n", at)
            found.append({"date": iso, "quote": text[start + 1 : stop if stop > 0 else None]})
        expected = [dict(e, date=as_text(e["date"])) for e in gold.get("events") or []]
        pairs, _, _ = _pair(expected, found, event_fits(False))
        required = sum(1 for e in expected if e.get("required"))
        hit = sum(1 for _, j in pairs if expected[j].get("required"))
        score.add(len(pairs), len(found), hit, required)
    return score


def _base(published) -> dt.datetime:
    text = as_text(published)
    year = int(text[:4])
    month = int(text[5:7]) if len(text) >= 7 else 6
    day = int(text[8:10]) if len(text) >= 10 else 15
    return dt.datetime(year, month, day, 12, 0)
