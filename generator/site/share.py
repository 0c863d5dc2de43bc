"""Share images: the picture a link preview (og:image) and a search engine (JSON-LD `image`)
show for an article, and the publisher's logo.

Drawn at build time from the headline, the site's name and the date, with one font kept in
the repository (`fonts/DejaVuSans-Bold.ttf`, every Vietnamese letter), so no network is
needed and the same text always gives the same bytes, on any machine with the same Pillow.
Text is laid out with FreeType's basic engine, not Raqm, for the same reason: whether Raqm
is installed would otherwise change the pixels.

A card is a 16-colour PNG: fifteen steps from the background to white for anti-aliased
text, and one gold accent. That keeps drawing and compressing one card to a few
milliseconds, so the build stays linear in the number of articles and barely slower.
"""

from __future__ import annotations

import io
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 1200, 630  # 1.91:1, the size link previews ask for (above Google's 50K px)
LOGO_SIZE = 256  # Google asks for a logo of at least 112 x 112
FONT_FILE = "fonts/DejaVuSans-Bold.ttf"

BACKGROUND = (176, 28, 34)  # the site's header red (--md-primary-fg-color)
WHITE = (255, 255, 255)
GOLD = (255, 205, 0)
LOGO_RED = (218, 37, 29)  # the favicon's red (docs/assets/favicon.svg)
INK_STEPS = 15  # palette 0..14: background to white; anti-aliasing needs no more
GOLD_INDEX = 15

MARGIN = 80
TEXT_WIDTH = WIDTH - 2 * MARGIN
HEADLINE_SIZES = (64, 56, 48)  # the largest at which the headline fits HEADLINE_LINES
HEADLINE_LINES = 4
HEADLINE_TOP = 170
SMALL_SIZE = 32
SMALL_INK = 230  # site name and date: a little softer than the headline
ELLIPSIS = "…"

# The favicon's star, in its 32 x 32 box (docs/assets/favicon.svg).
STAR = (
    (16, 6),
    (18.9, 14.9),
    (28.3, 14.9),
    (20.7, 20.4),
    (23.6, 29.3),
    (16, 23.8),
    (8.4, 29.3),
    (11.3, 20.4),
    (3.7, 14.9),
    (13.1, 14.9),
)
SUPERSAMPLE = 4  # shapes are drawn this much larger, then shrunk: smooth edges


@dataclass(frozen=True)
class Card:
    """What a share image says: plain text, never markup."""

    headline: str
    site_name: str
    dateline: str = ""  # the publication date as the page writes it, or nothing


def card_png(card: Card) -> bytes:
    """The share image of `card`: the site's name with its star, the headline, the date."""
    ink = Image.new("L", (WIDTH, HEIGHT), 0)
    draw = ImageDraw.Draw(ink)
    star_size = 56
    ink.paste(_star_mask(star_size, 255), (MARGIN, 60))
    draw.text(
        (MARGIN + star_size + 20, 70), _text(card.site_name), font=_font(SMALL_SIZE), fill=SMALL_INK
    )
    size, lines = fit_headline(_text(card.headline))
    line_height = round(size * 1.25)
    for number, line in enumerate(lines):
        draw.text((MARGIN, HEADLINE_TOP + number * line_height), line, font=_font(size), fill=255)
    if card.dateline:
        draw.text(
            (MARGIN, HEIGHT - 70 - SMALL_SIZE),
            _text(card.dateline),
            font=_font(SMALL_SIZE),
            fill=SMALL_INK,
        )
    image = _paletted(ink)
    accent_top = HEIGHT - 100 - SMALL_SIZE
    ImageDraw.Draw(image).rectangle((MARGIN, accent_top, MARGIN + 96, accent_top + 7), GOLD_INDEX)
    return _png(image, bits=4)


def logo_png() -> bytes:
    """The publisher's logo for JSON-LD: the favicon (a gold star on red) as a PNG."""
    big = LOGO_SIZE * SUPERSAMPLE
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((0, 0, big - 1, big - 1), radius=big * 6 // 32, fill=LOGO_RED)
    draw.polygon([(x * big / 32, y * big / 32) for x, y in STAR], fill=GOLD)
    return _png(image.resize((LOGO_SIZE, LOGO_SIZE), Image.Resampling.LANCZOS))


def fit_headline(headline: str) -> tuple[int, list[str]]:
    """The largest size at which the headline fits, and its lines; cut with "…" if none does."""
    for size in HEADLINE_SIZES:
        lines = wrap(headline, _font(size), TEXT_WIDTH)
        if len(lines) <= HEADLINE_LINES:
            return size, lines
    font = _font(HEADLINE_SIZES[-1])
    lines = wrap(headline, font, TEXT_WIDTH)[:HEADLINE_LINES]
    lines[-1] = _with_ellipsis(lines[-1], font, TEXT_WIDTH)
    return HEADLINE_SIZES[-1], lines


def wrap(text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """Lines of `text` no wider than `width`, broken between words (inside a word only when
    the word alone is wider)."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if font.getlength(candidate) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = word
        while font.getlength(current) > width:
            head = _longest_prefix(current, font, width)
            lines.append(head)
            current = current[len(head) :]
    if current:
        lines.append(current)
    return lines or [""]


def missing_glyphs(text: str) -> list[str]:
    """The characters of `text` the font has no glyph for (they would show as boxes)."""
    font = _font(SMALL_SIZE)
    unknown = _glyph("\U0010fffd", font)  # a private-use character: the "no glyph" box
    letters = sorted({char for char in _text(text) if not char.isspace()})
    return [char for char in letters if _glyph(char, font) == unknown]


def _glyph(char: str, font: ImageFont.FreeTypeFont) -> bytes:
    canvas = Image.new("L", (SMALL_SIZE * 2, SMALL_SIZE * 2), 0)
    ImageDraw.Draw(canvas).text((0, 0), char, font=font, fill=255)
    return canvas.tobytes()


def _longest_prefix(word: str, font: ImageFont.FreeTypeFont, width: int) -> str:
    end = len(word)
    while end > 1 and font.getlength(word[:end]) > width:
        end -= 1
    return word[:end]


def _with_ellipsis(line: str, font: ImageFont.FreeTypeFont, width: int) -> str:
    while line and font.getlength(line + ELLIPSIS) > width:
        line = line[:-1].rstrip()
    return line + ELLIPSIS


def _text(value: str) -> str:
    """Composed letters (the font has "ệ" as one glyph) on one line."""
    return " ".join(unicodedata.normalize("NFC", value).split())


@cache  # the same star on every card
def _star_mask(size: int, level: int) -> Image.Image:
    big = size * SUPERSAMPLE
    mask = Image.new("L", (big, big), 0)
    ImageDraw.Draw(mask).polygon([(x * big / 32, y * big / 32) for x, y in STAR], fill=level)
    return mask.resize((size, size), Image.Resampling.BOX)


def _paletted(ink: Image.Image) -> Image.Image:
    """The grey ink as palette indices 0..14 over the background-to-white ramp."""
    steps = ink.point([(value * (INK_STEPS - 1) + 127) // 255 for value in range(256)])
    steps.putpalette(_palette())
    return steps


@cache
def _palette() -> list[int]:
    colours = [
        tuple(b + (w - b) * step // (INK_STEPS - 1) for b, w in zip(BACKGROUND, WHITE, strict=True))
        for step in range(INK_STEPS)
    ]
    return [channel for colour in [*colours, GOLD] for channel in colour]


def _png(image: Image.Image, **options) -> bytes:
    buffer = io.BytesIO()
    # zlib's fastest level: a flat card is 20 KB instead of 17 KB, in half the time.
    image.save(buffer, "PNG", compress_level=1, **options)
    return buffer.getvalue()


@cache
def _font_bytes() -> bytes:
    return resources.files("generator.site").joinpath(FONT_FILE).read_bytes()


@cache
def _font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(io.BytesIO(_font_bytes()), size, layout_engine=ImageFont.Layout.BASIC)
