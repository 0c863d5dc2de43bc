"""The currencies news text names, and the ISO 4217 code of each name.

Names in every language of the site are in one table: English news about Vietnam
writes "đồng" too, and a currency's signs ("US$", "€") are the same everywhere.
"""

from __future__ import annotations

import re

_CODES = {
    "us$": "USD", "us $": "USD", "u.s.$": "USD", "usd": "USD", "$": "USD", "dollar": "USD",
    "dollars": "USD", "us dollar": "USD", "us dollars": "USD", "u.s. dollars": "USD",
    "đô la mỹ": "USD", "đô-la mỹ": "USD", "đô la": "USD", "đôla": "USD",
    "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR",
    "£": "GBP", "gbp": "GBP", "pound": "GBP", "pounds": "GBP",
    "¥": "JPY", "jpy": "JPY", "yen": "JPY", "yên": "JPY",
    "vnd": "VND", "vnđ": "VND", "đồng": "VND", "đ": "VND", "dong": "VND",
    "mxn": "MXN", "mex$": "MXN", "mexican peso": "MXN", "mexican pesos": "MXN",
    "peso mexico": "MXN", "peso": "MXN", "pesos": "MXN",
    "cny": "CNY", "rmb": "CNY", "yuan": "CNY", "nhân dân tệ": "CNY",
    "krw": "KRW", "won": "KRW", "brl": "BRL", "r$": "BRL", "reais": "BRL",
    "thb": "THB", "baht": "THB", "myr": "MYR", "ringgit": "MYR", "idr": "IDR", "rupiah": "IDR",
    "sgd": "SGD", "s$": "SGD", "singapore dollar": "SGD", "singapore dollars": "SGD",
    "đô la singapore": "SGD", "clp": "CLP", "ars": "ARS",
}  # fmt: skip
# A bare "pesos" could be Chilean or Argentine: read as MXN but marked for review.
_UNSURE = frozenset({"peso", "pesos"})
_SPACES = re.compile(r"\s+")

# A sign or code written before the amount, and a name or code written after it.
PREFIX = (
    r"(?<![\w$])(?P<cur>US\s?\$|U\.S\.\$|USD|Mex\$|S\$|R\$|\$|€|EUR|£|GBP|¥|JPY|VND|VNĐ|MXN"
    r"|CNY|RMB|KRW|BRL|SGD)"
)
SUFFIX = (
    r"(?P<cur>USD|U\.?S\.? dollars?|US dollars?|Singapore dollars?|dollars?|đô la Mỹ|đô-la Mỹ"
    r"|đô la Singapore|đô la|đôla|Mexican pesos?|peso Mexico|pesos?|yen|yên|Yên|JPY|euros?|EUR"
    r"|€|pounds?|GBP|đồng(?!\s+(?:chí|bào|minh|thời|đội|ý|tình|hương|bằng|nghiệp|phục|hồ|loạt))"
    r"|VND|VNĐ|đ|yuan|nhân dân tệ|CNY|RMB|won|KRW|reais|BRL|baht|THB|ringgit|MYR|rupiah|IDR|SGD"
    r"|MXN|CLP|ARS)(?![\w])"
)
# Words one of which must be in a sentence (lower-cased) for a money rule to be worth running.
SIGNS = (
    "$", "€", "£", "¥", "usd", "eur", "gbp", "jpy", "vnd", "vnđ", "mxn", "cny", "rmb", "krw",
    "brl", "sgd",
)  # fmt: skip
NAMES = (
    *SIGNS, "dollar", "yen", "euro", "pound", "peso", "yuan", "won", "reais", "baht", "ringgit",
    "rupiah", "dong", "đồng", "clp", "ars",
)  # fmt: skip


def _key(written: str) -> str:
    return _SPACES.sub(" ", written).lower().replace("us $", "us$")


def currency_code(written: str) -> str | None:
    """ISO 4217 code of a currency as written: "US$" → "USD", "đồng" → "VND"."""
    return _CODES.get(_key(written))


def is_unsure(written: str) -> bool:
    """Whether the name leaves the currency open ("pesos": Mexican, Chilean, Argentine?)."""
    return _key(written) in _UNSURE
