"""Fonts for the PDF documents.

Party documents are set in Times New Roman. Where the system has Times New Roman
(all four styles, with the Vietnamese letters) it is used; otherwise the bundled
Liberation Serif, which has the same metrics, so a page breaks at the same
place on every machine that has either of them.

``register_fonts()`` registers the chosen family with reportlab once and returns
its family name; ``font_set()`` gives the four face names for places where a
face must be named directly (table styles, canvas text). Every style of every
document must use these names: reportlab otherwise falls back to a Helvetica
that is neither embedded nor able to show Vietnamese.
"""

from __future__ import annotations

import glob
import os
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from dvdesk.domain.messages import msg
from dvdesk.paths import resource_path

BUNDLED_FAMILY = "LiberationSerif"
SYSTEM_FAMILY = "TimesNewRoman"

# Letters every Vietnamese document needs; a font missing any of them is not used.
_VIETNAMESE_PROBE = "ĂÂĐÊÔƠƯăâđêôơưẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸỹ"

_STYLES = ("regular", "bold", "italic", "bolditalic")

# File names of Times New Roman as shipped by Windows, macOS and the Linux
# core-fonts packages, per style.
_TIMES_FILE_NAMES = {
    "regular": ("times.ttf", "Times New Roman.ttf", "Times_New_Roman.ttf", "TimesNewRoman.ttf"),
    "bold": (
        "timesbd.ttf",
        "Times New Roman Bold.ttf",
        "Times_New_Roman_Bold.ttf",
        "TimesNewRomanBold.ttf",
    ),
    "italic": (
        "timesi.ttf",
        "Times New Roman Italic.ttf",
        "Times_New_Roman_Italic.ttf",
        "TimesNewRomanItalic.ttf",
    ),
    "bolditalic": (
        "timesbi.ttf",
        "Times New Roman Bold Italic.ttf",
        "Times_New_Roman_Bold_Italic.ttf",
        "TimesNewRomanBoldItalic.ttf",
    ),
}

_BUNDLED_FILES = {
    "regular": "LiberationSerif-Regular.ttf",
    "bold": "LiberationSerif-Bold.ttf",
    "italic": "LiberationSerif-Italic.ttf",
    "bolditalic": "LiberationSerif-BoldItalic.ttf",
}


@dataclass(frozen=True)
class FontSet:
    """The registered family and the reportlab names of its four faces."""

    family: str
    regular: str
    bold: str
    italic: str
    bold_italic: str
    files: tuple[Path, Path, Path, Path]


_lock = threading.Lock()
_registered: dict[bool, FontSet] = {}


def _font_folders() -> list[Path]:
    folders: list[Path] = []
    windir = os.environ.get("WINDIR") or os.environ.get("SystemRoot")
    if windir:
        folders.append(Path(windir) / "Fonts")
    if sys.platform.startswith("win"):
        folders.append(Path("C:/Windows/Fonts"))
        local = os.environ.get("LOCALAPPDATA")
        if local:
            folders.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    home = Path.home()
    folders += [
        home / "Library" / "Fonts",
        Path("/Library/Fonts"),
        Path("/System/Library/Fonts/Supplemental"),
        Path("/System/Library/Fonts"),
        home / ".local" / "share" / "fonts",
        home / ".fonts",
    ]
    # Linux: every sub-folder of the usual font roots (core-fonts packages and
    # fonts copied by hand live at varying depths).
    for root in ("/usr/share/fonts", "/usr/local/share/fonts", str(home / ".local/share/fonts")):
        if os.path.isdir(root):
            folders += [Path(p) for p in glob.glob(os.path.join(root, "**", ""), recursive=True)]
    seen: set[Path] = set()
    unique = []
    for folder in folders:
        if folder not in seen and folder.is_dir():
            seen.add(folder)
            unique.append(folder)
    return unique


def _files_in(folder: Path) -> dict[str, Path]:
    """The files of a folder by their lower-case names (read once per folder: the first
    document of a session waits for this scan of every font folder)."""
    try:
        with os.scandir(folder) as entries:
            return {e.name.lower(): Path(e.path) for e in entries if e.is_file()}
    except OSError:
        return {}


def _find_in(present: dict[str, Path], names: tuple[str, ...]) -> Path | None:
    for name in names:
        hit = present.get(name.lower())
        if hit is not None:
            return hit
    return None


def find_system_times() -> tuple[Path, Path, Path, Path] | None:
    """The four Times New Roman files of one folder, or None when any is missing."""
    for folder in _font_folders():
        present = _files_in(folder)
        found = [_find_in(present, _TIMES_FILE_NAMES[style]) for style in _STYLES]
        if all(found):
            return tuple(found)  # type: ignore[return-value]
    return None


def bundled_files() -> tuple[Path, Path, Path, Path]:
    files = tuple(resource_path("fonts", _BUNDLED_FILES[style]) for style in _STYLES)
    missing = [str(f) for f in files if not f.is_file()]
    if missing:
        raise FileNotFoundError(msg("Thiếu tệp phông chữ của chương trình: {files}.",
                                    files=", ".join(missing)))
    return files  # type: ignore[return-value]


def _covers_vietnamese(font: TTFont) -> bool:
    cmap = font.face.charToGlyph
    return all(ord(ch) in cmap for ch in _VIETNAMESE_PROBE)


def _load_family(family: str, files: tuple[Path, ...], check: bool) -> FontSet | None:
    names = (family, f"{family}-Bold", f"{family}-Italic", f"{family}-BoldItalic")
    fonts = []
    for name, path in zip(names, files, strict=True):
        try:
            font = TTFont(name, str(path))
        except Exception:  # an unreadable or unsupported font file: use another family
            if check:
                return None
            raise
        if check and not _covers_vietnamese(font):
            return None
        fonts.append(font)
    for font in fonts:
        pdfmetrics.registerFont(font)
    pdfmetrics.registerFontFamily(
        family, normal=names[0], bold=names[1], italic=names[2], boldItalic=names[3]
    )
    # Mapping for <b>/<i> in paragraphs, whatever the case of the family name.
    for bold, italic, name in ((0, 0, names[0]), (1, 0, names[1]), (0, 1, names[2]), (1, 1, names[3])):
        addMapping(family, bold, italic, name)
    return FontSet(family, *names, files=tuple(files))  # type: ignore[arg-type]


def font_set(prefer_system: bool = True) -> FontSet:
    """Register (once) and return the document font family.

    ``prefer_system=False`` always uses the bundled Liberation Serif, which gives
    the same output on every machine (tests, reproducible builds).
    """
    with _lock:
        cached = _registered.get(prefer_system)
        if cached is not None:
            return cached
        chosen: FontSet | None = None
        if prefer_system:
            system = find_system_times()
            if system is not None:
                chosen = _load_family(SYSTEM_FAMILY, system, check=True)
        if chosen is None:
            chosen = _registered.get(False) or _load_family(BUNDLED_FAMILY, bundled_files(), False)
        assert chosen is not None
        _registered[prefer_system] = chosen
        if chosen.family == BUNDLED_FAMILY:
            _registered[False] = chosen
        return chosen


def register_fonts(prefer_system: bool = True) -> str:
    """Register the document font family once and return its family name."""
    return font_set(prefer_system).family
