"""Vietnamese typed in the pre-Unicode code tables TCVN3 (ABC) and VNI (or in VIQR), converted.

Many lists were typed before Unicode, in the .VnTime fonts (TCVN3, the ABC
table of TCVN 5712:1993, "VN3") or in the VNI-Times fonts (VNI for Windows).
Excel keeps such a cell as the Windows-1252 characters of its bytes, so it
reads as "NguyÔn V¨n An" (TCVN3) or "Nguyeãn Vaên An" (VNI). ``convert_cell``
tells, cell by cell, whether a text is such a legacy text and gives it back as
Unicode NFC; ``decode`` and ``encode`` are the two tables. VIQR, the plain-ASCII
writing of e-mail days ("Nguye^~n Va(n An"), is read too: only plain ASCII can be
VIQR, and only a mark no ordinary text puts after a vowel (( ^ + ` ~) makes a cell
VIQR on its own; a cell with only ' . ? after vowels ("Thi. Ba'") needs its sheet
or row to be VIQR.

Detection is conservative, because a wrong guess silently corrupts a name:

- a text with any letter beyond Latin-1 (ă đ ơ ư ạ ễ …, or a combining mark)
  is Unicode, and plain ASCII has nothing to convert: both are left alone
  without further thought;
- a text whose every word with an accented Latin-1 letter is a well-formed
  Vietnamese syllable ("Tân Phú", "Hòa") is genuine Unicode: left alone;
- otherwise the text is decoded with each table, and a table is taken only
  when every word it changes becomes a well-formed Vietnamese syllable
  (onset, rhyme, tone on the right vowel, and only sắc or nặng before -c -ch
  -p -t: "tèt" is not Vietnamese, "tốt" is), no stray legacy character is left,
  and some legacy word has two characters or more. French or German text
  ("Café", "Hôtel", "Müller") decodes to nothing well-formed: left alone.

Some texts read well both ways: "Cao Bích Hoàng" is Unicode and also VNI for
"Cao Bích Hồng"; "Cao Chí Höng" is VNI "Cao Chí Hưng" and TCVN3 "Cao Chớ Hửng".
A lone cell like that is left as written (``alternatives`` gives its readings).
What settles it is the cells typed with it: ``typed_in`` tells the table of a
sheet or a row from the cells that read only one way, and ``convert_cell``
follows it (``prevailing``). The cell's font settles nothing on its own (a cell
converted to Unicode often keeps its old font) but breaks a tie between the two
tables. Measured on 88,000 names built from the demo's name parts: within a
sheet typed in one table every name comes back exactly; alone, 0.4% (TCVN3)
and 1.2% (VNI) are left as written, and none is converted wrongly.

Capitals in TCVN3: the VN3 table has codes for the lower-case letters and
only seven capitals (Ă Â Ê Ô Ơ Ư Đ). Other capitals were typed in the
upper-case fonts (.VnTimeH, .VnArialH …), which draw the lower-case codes as
capitals, so an xlsx cell carries them as lower-case codes plus its font name.
We therefore upper-case a converted cell whose font is a TCVN3 "…H" font, and a
cell whose plain letters are all capitals (with a word of two or more), which is
how such a heading or name was typed. A capital could not be typed at all in an
ordinary .VnTime font: a name typed that way shows "Nguyễn Thị ánh", so for
people's names (``proper_name=True``) the first letter of each word is made a
capital, and for other cells the first letter of the cell ("ủy ban" → "Ủy ban").
A cell mixing fonts run by run is read as its plain text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from dvdesk.domain.syllables import is_syllable

TCVN3 = "TCVN3"
VNI = "VNI"
VIQR = "VIQR"
UNICODE = "unicode"
ENCODING_LABELS = {TCVN3: "TCVN3 (ABC)", VNI: "VNI", VIQR: "VIQR"}

# Tone marks in the tables' column order: none, huyền, hỏi, ngã, sắc, nặng.
_TONES = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")
# The twelve vowels with their letter marks (a ă â e ê i o ô ơ u ư y).
_VOWELS = "aăâeêioôơuưy"

# TCVN 5712:1993 VN3 chart, one row per vowel, columns in _TONES order; each
# code written as the Windows-1252 character of its byte ("-" = the plain ASCII
# vowel, which needs no code). Then đ and the seven capitals the table has.
_TCVN3_ROWS = {
    "a": "- µ ¶ · ¸ ¹",
    "ă": "¨ » ¼ ½ ¾ Æ",
    "â": "© Ç È É Ê Ë",
    "e": "- Ì Î Ï Ð Ñ",
    "ê": "ª Ò Ó Ô Õ Ö",
    "i": "- × Ø Ü Ý Þ",
    "o": "- ß á â ã ä",
    "ô": "« å æ ç è é",
    "ơ": "¬ ê ë ì í î",
    "u": "- ï ñ ò ó ô",
    "ư": "\u00ad õ ö ÷ ø ù",  # ư is byte AD, the soft hyphen in Windows-1252
    "y": "- ú û ü ý þ",
}
_TCVN3_OTHERS = {"đ": "®", "Ă": "¡", "Â": "¢", "Ê": "£", "Ô": "¤", "Ơ": "¥", "Ư": "¦", "Đ": "§"}

# VNI for Windows: a base letter followed by one mark byte, or one byte for
# some letters. Marks (lower case / upper case, chosen by the base's case):
_VNI_TONE = ("", "øØ", "ûÛ", "õÕ", "ùÙ", "ïÏ")        # on a e i o u y ơ ư and ô ê
_VNI_HAT = ("âÂ", "àÀ", "åÅ", "ãÃ", "áÁ", "äÄ")       # â ê ô, with each tone
_VNI_BREVE = ("êÊ", "èÈ", "úÚ", "üÜ", "éÉ", "ëË")     # ă, with each tone
_VNI_SINGLE = {"ơ": "ôÔ", "ư": "öÖ", "đ": "ñÑ", "ì": "ìÌ", "í": "íÍ", "ỉ": "æÆ",
               "ĩ": "óÓ", "ị": "òÒ", "ỵ": "îÎ"}

# Letters beyond Latin-1 or combining marks: their presence means Unicode.
_UNICODE_ONLY = re.compile(r"[\u0100-\u024f\u0300-\u036f\u1e00-\u1eff]")
# A word as a legacy table writes it, letters and Latin-1 signs ("V¨n", "Tr\xadêng"),
# or as it reads once decoded ("Văn").
_RUN = re.compile(r"[A-Za-z\u00a1-\u00ff\u0100-\u024f\u1e00-\u1eff]+")


def _compose(vowel: str, tone: str) -> str:
    return unicodedata.normalize("NFC", vowel + tone)


def _tcvn3_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for vowel, row in _TCVN3_ROWS.items():
        for tone, code in zip(_TONES, row.split(" "), strict=True):
            if code != "-":
                table[_compose(vowel, tone)] = code
    table.update(_TCVN3_OTHERS)
    return table


def _vni_table() -> dict[str, str]:
    lower: dict[str, tuple[str, int]] = {}  # letter -> (base written before the mark, mark)
    for base in "aeiouy":
        for tone, marks in zip(_TONES[1:], range(1, 6), strict=True):
            lower[_compose(base, tone)] = (base, marks)
    table: dict[str, str] = {}
    for case in (0, 1):
        def cased(letter: str, case: int = case) -> str:
            return letter.upper() if case else letter

        for letter, (base, tone) in lower.items():
            table[cased(letter)] = cased(base) + _VNI_TONE[tone][case]
        for hatted, base in (("â", "a"), ("ê", "e"), ("ô", "o")):
            for tone, marks in zip(_TONES, _VNI_HAT, strict=True):
                table[cased(_compose(hatted, tone))] = cased(base) + marks[case]
        for tone, marks in zip(_TONES, _VNI_BREVE, strict=True):
            table[cased(_compose("ă", tone))] = cased("a") + marks[case]
        for horned in "ơư":
            single = _VNI_SINGLE[horned][case]
            for tone, marks in zip(_TONES[1:], _VNI_TONE[1:], strict=True):
                table[cased(_compose(horned, tone))] = single + marks[case]
        for letter, codes in _VNI_SINGLE.items():
            table[cased(letter)] = codes[case]  # one byte: ơ ư đ, the i tones but "i", and ỵ
    return table


_ENCODE = {TCVN3: _tcvn3_table(), VNI: _vni_table()}
_DECODE = {name: {code: letter for letter, code in table.items()}
           for name, table in _ENCODE.items()}
# VNI marks read after a base of the other case too (a font draws them the same).
for _code, _letter in list(_DECODE[VNI].items()):
    if len(_code) == 2 and _code[0].isalpha() and _code[0].isascii():
        _DECODE[VNI].setdefault(_code[0] + _code[1].swapcase(), _letter)
_DECODE_PATTERN = {
    name: re.compile("|".join(re.escape(c) for c in sorted(table, key=len, reverse=True)))
    for name, table in _DECODE.items()
}


class NotEncodable(ValueError):
    """A letter the table has no code for (a TCVN3 capital outside an upper-case font)."""


def encode(text: str, encoding: str, *, capitals_font: bool = False, strict: bool = True) -> str:
    """Unicode text as the legacy table writes it (the inverse of ``decode``).

    ``capitals_font``: TCVN3 typed in an upper-case font (.VnTimeH), where
    every letter is written with its lower-case code. ``strict=False`` writes a
    TCVN3 capital the table lacks with its lower-case code, as a typist in an
    ordinary .VnTime font had to; otherwise such a capital raises NotEncodable.
    """
    if encoding == VIQR:
        return _viqr_encode(text)
    table = _ENCODE[encoding]
    out = []
    for ch in unicodedata.normalize("NFC", text):
        lower_code = encoding == TCVN3 and ch.isupper() and ch.lower() in table
        if lower_code and (capitals_font or (ch not in table and not strict)):
            out.append(table[ch.lower()])
        elif ch in table:
            out.append(table[ch])
        elif ch.isascii() or not ch.isalpha():
            out.append(ch)
        else:
            where = " outside an upper-case font" if lower_code else ""
            raise NotEncodable(f"“{ch}” has no code in {ENCODING_LABELS[encoding]}{where}.")
    return "".join(out)


def decode(text: str, encoding: str, *, capitals_font: bool = False) -> str:
    """Legacy text to Unicode NFC, code by code; characters without a code are kept."""
    if encoding == VIQR:
        return _viqr_decode(text)
    table = _DECODE[encoding]
    result = _DECODE_PATTERN[encoding].sub(lambda m: table[m.group(0)], text)
    if capitals_font:
        result = result.upper()
    return unicodedata.normalize("NFC", result)


# ---------------------------------------------------------------------------
# VIQR (RFC 1456): plain ASCII, each vowel followed by its letter mark and its tone
# ("Nguye^~n Va(n An"); dd is đ. A backslash keeps a mark literal ("An\\.").

_VIQR_SHAPES = {"(": "\u0306", "^": "\u0302", "+": "\u031b"}
_VIQR_SHAPE_OF = {v: k for k, v in _VIQR_SHAPES.items()}
_VIQR_ALLOWED = {"a": "(^", "e": "^", "o": "^+", "u": "+"}
_VIQR_TONES = {"`": "\u0300", "?": "\u0309", "~": "\u0303", "'": "\u0301", ".": "\u0323"}
_VIQR_TONE_OF = {v: k for k, v in _VIQR_TONES.items()}
_VIQR_LETTER = re.compile(r"\\(.)|([aeiouyAEIOUY])([(^+]?)([`?~'.]?)|([dD])([dD])")
# Marks no ordinary text puts right after a vowel: a cell with one is VIQR if it decodes.
_VIQR_SURE = re.compile(r"[aA][(^]|[eE]\^|[oO][\^+]|[uU]\+|[aeiouyAEIOUY][(^+]?[`~]")
_VIQR_ANY = re.compile(r"[aeiouyAEIOUY][(^+`?~'.]|[dD][dD]")
_VIQR_LEFT = re.compile(r"[A-Za-z][(^+`~]")


def _viqr_encode(text: str) -> str:
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in "đĐ":
            out.append("dd" if ch == "đ" else "DD")
            continue
        parts = unicodedata.normalize("NFD", ch)
        marks = [_VIQR_SHAPE_OF.get(m, "") for m in parts[1:]]
        tones = [_VIQR_TONE_OF.get(m, "") for m in parts[1:]]
        out.append(parts[0] + "".join(marks) + "".join(tones) if len(parts) > 1 else ch)
    return "".join(out)


def _viqr_decode(text: str) -> str:
    def letter(m: re.Match) -> str:
        literal, vowel, shape, tone, d1, _d2 = m.groups()
        if literal is not None:
            return literal
        if d1 is not None:
            return "Đ" if d1 == "D" else "đ"
        if shape and shape not in _VIQR_ALLOWED.get(vowel.lower(), ""):
            return m.group(0)
        return unicodedata.normalize("NFC", vowel + _VIQR_SHAPES.get(shape, "")
                                     + _VIQR_TONES.get(tone, ""))

    return unicodedata.normalize("NFC", _VIQR_LETTER.sub(letter, text))


# ---------------------------------------------------------------------------
# detection


@dataclass(frozen=True)
class Conversion:
    """A cell found typed in a legacy table: what it held, and the same text in Unicode."""

    encoding: str
    before: str
    after: str

    @property
    def label(self) -> str:
        return ENCODING_LABELS[self.encoding]


@dataclass(frozen=True)
class Reading:
    """How one cell's text can be read.

    ``unicode``: the text is plausible as it stands (every accented word a
    Vietnamese syllable, written in lower case, Title case or capitals);
    ``legacy``: table -> the text decoded with it, for each table under which
    it reads as Vietnamese; ``certain``: the text has a letter beyond Latin-1,
    so it can only be Unicode.
    """

    unicode: bool
    legacy: dict[str, str]
    certain: bool = False
    plain: bool = False

    @property
    def kind(self) -> str | None:
        """The one way this cell can be read (UNICODE, TCVN3, VNI, VIQR), or None when
        the text is plain ASCII (the same in every table) or can be read several ways."""
        if self.plain:
            return None
        if self.certain or (self.unicode and not self.legacy):
            return UNICODE
        if not self.unicode and len(self.legacy) == 1:
            return next(iter(self.legacy))
        return None


_PLAIN = Reading(True, {}, plain=True)
_CERTAIN = Reading(True, {}, certain=True)


def font_encoding(font: str | None) -> tuple[str | None, bool]:
    """(table, upper-case font) a font name implies: ".VnTimeH" -> (TCVN3, True)."""
    name = (font or "").strip()
    if name.lower().startswith(".vn"):
        return TCVN3, name.endswith("H")
    if name.lower().startswith(("vni-", "vni ")):
        return VNI, False
    return None, False


def _reads_as_unicode(text: str) -> bool:
    """True when every run with a Latin-1 letter is a Vietnamese syllable in Unicode."""
    for run in _RUN.findall(text):
        if run.isascii() or not any(ch.isalpha() for ch in run):
            continue  # plain ASCII, or a sign on its own: "5 × 3", "½ ha"
        if any(not ch.isalpha() for ch in run) or not is_syllable(run):
            return False
        # Legacy codes include capitals used for small letters ("ChÝ" is TCVN3 "Chí").
        if not (run.islower() or run.isupper() or run.istitle()):
            return False
    return True


def _decoded(text: str, encoding: str, capitals_font: bool) -> str | None:
    """The text decoded with one table, or None when it does not read as Vietnamese."""
    if encoding == VIQR:
        decoded = _viqr_decode(text)
        if _VIQR_LEFT.search(decoded) or decoded.count(")") > decoded.count("("):
            return None  # a mark left after a letter, or "ma(n)": a bracket, not a breve
    else:
        decoded = decode(text, encoding, capitals_font=capitals_font)
    if decoded == text:
        return None
    for run in _RUN.findall(decoded):
        if run.isascii() or not any(ch.isalpha() for ch in run):
            continue
        if any(not ch.isalpha() for ch in run) or not is_syllable(run):
            return None  # a legacy sign left inside a word, or not Vietnamese
    if encoding == VIQR:
        return decoded
    # A lone sign ("ß", "Ö") is no evidence: a legacy word has two characters or more.
    words = (run for run in _RUN.findall(text) if not run.isascii())
    return decoded if any(len(run) > 1 for run in words) else None


@lru_cache(maxsize=1 << 16)
def read_cell(text: str, font: str | None = None) -> Reading:
    """Every way the cell's text can be read (see ``Reading``)."""
    if not isinstance(text, str):
        return _PLAIN
    if text.isascii():
        decoded = _decoded(text, VIQR, False) if _VIQR_ANY.search(text) else None
        if decoded is None:
            return _PLAIN
        # Only a tone after a vowel ("Ba'", "Thi. Ba"): plain text could do that too.
        return Reading(not _VIQR_SURE.search(text), {VIQR: decoded})
    if _UNICODE_ONLY.search(text) or any(ch.isalpha() and ord(ch) > 0xFF for ch in text):
        return _CERTAIN  # Vietnamese beyond Latin-1, or another script
    hinted, capitals_font = font_encoding(font)
    legacy = {}
    for encoding in (TCVN3, VNI):
        decoded = _decoded(text, encoding, capitals_font and encoding == hinted)
        if decoded is not None:
            legacy[encoding] = decoded
    return Reading(_reads_as_unicode(text), legacy)


def typed_in(readings) -> str | None:
    """What cells typed together (a sheet, a row) were typed in: UNICODE, TCVN3 or VNI when
    every cell that can be read only one way reads that way; None when they disagree or
    when none can be read only one way."""
    return single_kind({r.kind for r in readings})


def single_kind(kinds: set[str | None]) -> str | None:
    """``typed_in`` of cells whose kinds (``Reading.kind``) are ``kinds``."""
    kinds = kinds - {None}
    return next(iter(kinds)) if len(kinds) == 1 else None


def prevailing_encoding(readings) -> str | None:
    """The legacy table cells typed together were typed in (see ``typed_in``), or None."""
    kind = typed_in(readings)
    return kind if kind in (TCVN3, VNI, VIQR) else None


def _recase(text: str, decoded: str, capitals_font: bool, proper_name: bool) -> str:
    """Capitals a TCVN3 typist could not type in an ordinary font (see the module docstring)."""
    if capitals_font:
        return decoded.upper()
    words = decoded.split(" ")
    if any(sum(ch.isascii() and ch.isalpha() for ch in w) >= 2 for w in text.split(" ")):
        plain = [ch for ch in text if ch.isascii() and ch.isalpha()]
        if all(ch.isupper() for ch in plain):
            return decoded.upper()  # "NGUYÔN V¡N AN" was typed in capitals
    if proper_name:
        return " ".join(w[:1].upper() + w[1:] for w in words)
    first = decoded[:1]
    if first.islower() and not first.isascii() and first.upper() not in _ENCODE[TCVN3]:
        return first.upper() + decoded[1:]  # "ñy ban" was "Ủy ban"
    return decoded


@lru_cache(maxsize=1 << 16)  # a list repeats its communes, hamlets, titles and workplaces
def convert_cell(text: str, font: str | None = None, *, proper_name: bool = False,
                 prevailing: str | None = None) -> Conversion | None:
    """The conversion of one cell's text when it was typed in TCVN3 or VNI, else None.

    ``font``: the cell's font name when known (".VnTime", "VNI-Times"): it breaks a
    tie between the two tables and marks TCVN3 upper-case fonts. ``prevailing``: the
    table the whole sheet was typed in (``prevailing_encoding``): a cell that reads
    both as it stands and in that table ("Hoàng" is VNI for "Hồng") follows the
    sheet; without it such a cell is left as written (see ``alternatives``).
    ``proper_name``: the cell holds a person's name, each word of which starts with
    a capital (see the module docstring for TCVN3 capitals).
    """
    reading = read_cell(text, font)
    hinted, capitals_font = font_encoding(font)
    choices = reading.legacy
    if not choices and prevailing == TCVN3 and not reading.plain and not reading.certain:
        # Same codes in both ("Cao Duy ý"): only a capital the table lacks can differ.
        choices = {TCVN3: text}
    if not choices:
        return None
    if reading.unicode or len(choices) > 1:
        # Ambiguous: only the sheet's own table, or the font between two tables, decides.
        pick = prevailing if prevailing in choices else None
        if pick is None and not reading.unicode and hinted in choices:
            pick = hinted
        if pick is None:
            return None
        choices = {pick: choices[pick]}
    (encoding, decoded), = choices.items()
    after = decoded
    if encoding == TCVN3:
        after = _recase(text, decoded, capitals_font and hinted == TCVN3, proper_name)
    after = unicodedata.normalize("NFC", after)
    return Conversion(encoding, text, after) if after != text else None


def alternatives(text: str, font: str | None = None, *,
                 proper_name: bool = False) -> list[Conversion]:
    """The legacy readings of a cell that ``convert_cell`` leaves as written (ambiguous)."""
    if convert_cell(text, font, proper_name=proper_name) is not None:
        return []
    found = (convert_cell(text, font, proper_name=proper_name, prevailing=encoding)
             for encoding in read_cell(text, font).legacy)
    return [c for c in found if c is not None]
