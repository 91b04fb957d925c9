"""Vietnamese text helpers: normalisation, accent-insensitive search, sorting.

Pure functions, no Qt and no I/O, so the command line, the importer and the
window all normalise, search and sort the same way.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

_SPACES = re.compile(r"\s+")
# Characters nobody sees but that make two names differ: controls (NUL, BEL, ESC, as an
# Excel "_x0007_" escape brings them in), zero-width spaces and joiners, bidi marks, the
# BOM, the soft hyphen. Tabs and line breaks are whitespace and collapse to one space.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f"
    "\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]"
)

# Vietnamese alphabet order (bảng chữ cái): ă and â follow a, đ follows d ...
_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_LETTER_RANK = {ch: i for i, ch in enumerate(_ALPHABET)}

# Combining tone marks in dictionary order: ngang (none), huyền, hỏi, ngã, sắc, nặng.
_TONE_RANK = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
# Marks that make a distinct letter (ă â ê ô ơ ư), kept when the tone is removed.
_LETTER_MARKS = {"\u0306", "\u0302", "\u031b"}


def clean(value: object) -> str:
    """NFC-normalise, drop invisible and control characters, trim and collapse inner
    whitespace; None becomes ""."""
    if value is None:
        return ""
    if type(value) is str:
        return _clean_text(value)
    return _clean_text(str(value))


# An import cleans the same unit names, titles and roles hundreds of thousands of times.
@lru_cache(maxsize=1 << 16)
def _clean_text(text: str) -> str:
    return _SPACES.sub(" ", _INVISIBLE.sub("", unicodedata.normalize("NFC", text))).strip()


def search_key(value: object) -> str:
    """Lower-case, accent-free form used for matching ("Thạnh" -> "thanh", "Đ" -> "d")."""
    text = unicodedata.normalize("NFD", clean(value).lower())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.replace("đ", "d")


def matches(query: str, text: str) -> bool:
    """True when every word of the query occurs in the text, accents and case ignored."""
    haystack = search_key(text)
    return all(word in haystack for word in search_key(query).split())


def _split_letters(word: str) -> tuple[list[str], list[int]]:
    """Split a word into base letters (with ă â ê ô ơ ư kept) and the tone of each."""
    letters: list[str] = []
    tones: list[int] = []
    for ch in unicodedata.normalize("NFD", word.lower()):
        if ch in _TONE_RANK:
            if tones:
                tones[-1] = _TONE_RANK[ch]
        elif ch in _LETTER_MARKS and letters:
            letters[-1] = unicodedata.normalize("NFC", letters[-1] + ch)
        elif unicodedata.combining(ch):
            continue
        else:
            letters.append(ch)
            tones.append(0)
    return letters, tones


def word_key(word: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Collation key of one word: letters in Vietnamese order first, tones second."""
    letters, tones = _split_letters(clean(word))
    primary = tuple(_LETTER_RANK.get(ch, 100 + ord(ch)) for ch in letters)
    return primary, tuple(tones)


def text_sort_key(value: object) -> tuple:
    """Key that orders any text (unit names, titles) the Vietnamese way."""
    words = clean(value).split(" ")
    keys = [word_key(w) for w in words]
    return tuple(k[0] for k in keys), tuple(k[1] for k in keys)


def name_sort_key(full_name: object) -> tuple:
    """Key that orders people the Vietnamese way: given name, then middle, then family.

    "Nguyễn Văn An" sorts under "An"; ties fall back to the middle names and
    then the family name, each compared letter by letter before tones.
    """
    words = clean(full_name).split(" ")
    if len(words) > 1:
        words = [words[-1], *words[1:-1], words[0]]
    keys = [word_key(w) for w in words]
    return tuple(k[0] for k in keys), tuple(k[1] for k in keys)


@cache
def cached_search_key(text: str) -> str:
    """search_key for the many repeated short strings (unit names, places, words)."""
    return search_key(text)


@cache
def _word_codes(word: str) -> tuple[str, str]:
    """One word's collation key (letters, tones) packed into two short strings."""
    letters, tones = word_key(word)
    return "".join(chr(rank + 2) for rank in letters), "".join(chr(t + 2) for t in tones)


@lru_cache(maxsize=1 << 16)  # a reload after each edit finds every name already keyed
def fast_name_sort_key(full_name: str) -> str:
    """The order of name_sort_key, as one string, for a stored (already clean) name.

    Vietnamese names draw on a few hundred distinct words, so per-word keys are
    cached; and a string compares far faster than nested tuples when sorting
    20,000 rows. Words are joined by a code below every letter, so a shorter
    name sorts first exactly as with tuples, and the tones follow all letters.
    """
    words = full_name.split(" ")
    if len(words) > 1:
        words = [words[-1], *words[1:-1], words[0]]
    codes = [_word_codes(w) for w in words]
    return "\x01".join(c[0] for c in codes) + "\x00" + "\x01".join(c[1] for c in codes)


def stored_name_key(full_name: str) -> bytes:
    """``fast_name_sort_key`` as the bytes an officer row keeps (``officers.sort_key``).

    Bytes compare byte by byte in SQLite and PostgreSQL alike, whatever the database's
    collation, and UTF-8 keeps the order of the code points: a query can then read a
    screenful of officers in the Vietnamese order (ORDER BY sort_key LIMIT n). Stored keys
    are made by this function only; if it ever orders differently, a migration remakes
    them.
    """
    return fast_name_sort_key(full_name).encode("utf-8")


def officer_name_keys(full_name: str) -> dict[str, object]:
    """The columns an officer row derives from its name: accent-free search, sort key."""
    return {"search_name": search_key(full_name), "sort_key": stored_name_key(full_name)}


def thousands(value: int) -> str:
    """A count with Vietnamese digit grouping: 1.259, 300.000."""
    return f"{value:,}".replace(",", ".")
