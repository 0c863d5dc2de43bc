"""Key figures in news text: one engine (`engine`), labels (`labels`), one rules module per
language (`en`, `vi`) and the currencies every language names (`currencies`)."""

from generator.ingest.figures.engine import FigureMention, exact, find_figures, parse_number
from generator.ingest.figures.labels import label_for

__all__ = ["FigureMention", "exact", "find_figures", "label_for", "parse_number"]
