"""The core's catalogue: every sentence template and domain word of ``dvdesk`` outside
the window, kept in ``dvdesk_core_<lang>.ts`` (Qt Linguist's format, contexts
"Messages" and "Terms"), read without Qt by ``dvdesk.i18n``.

``templates()`` finds the templates in the sources (the first argument of ``msg``,
``Message`` and ``N_``); ``terms()`` lists the words that are data of the settings
(level names of every preset, their short words) and of the calendar (sessions,
absences). ``update(path)`` rewrites the file: translations kept, new entries marked
unfinished, entries no longer in the sources dropped. ``update.py`` calls it; the test
suite fails while an entry is unfinished.
"""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
MARKERS = {"msg": "Messages", "Message": "Messages", "N_": "Messages", "term": "Terms"}


def templates(root: Path = ROOT) -> dict[str, set[str]]:
    """context -> the literal templates of the core's sources (the window excluded)."""
    found: dict[str, set[str]] = {"Messages": set(), "Terms": set()}
    for path in sorted((root / "dvdesk").rglob("*.py")):
        if "gui" in path.relative_to(root).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else \
                func.attr if isinstance(func, ast.Attribute) else None
            first = node.args[0]
            if name in MARKERS and isinstance(first, ast.Constant) \
                    and isinstance(first.value, str):
                found[MARKERS[name]].add(first.value)
    return found


def terms() -> set[str]:
    """The words that are data: level names (and their short words) of every preset and
    of the district, sessions and the usual absences."""
    from dvdesk.domain.calendar.types import SESSION_LABELS
    from dvdesk.domain.presets import PRESETS
    from dvdesk.domain.units import DEFAULT_LEVEL_NAMES, LevelNames

    words: set[str] = set(SESSION_LABELS.values()) | {"vắng", "nghỉ phép", "đi công tác",
                                                         "đi học", "ốm", "nghỉ ốm"}
    for names in [DEFAULT_LEVEL_NAMES] + [p.level_names for p in PRESETS.values()]:
        levels = LevelNames(names)
        for kind in names:
            words.add(levels.name(kind))
            words.add(levels.word(kind).template)
    return words


def read(path: Path) -> dict[str, dict[str, tuple[str, bool]]]:
    """context -> {source: (translation, finished)} of a .ts file (empty when missing)."""
    found: dict[str, dict[str, tuple[str, bool]]] = {"Messages": {}, "Terms": {}}
    if not path.is_file():
        return found
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        if name not in found:
            continue
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            text = (translation.text or "") if translation is not None else ""
            finished = translation is not None and translation.get("type") is None and bool(text)
            found[name][source] = (text, finished)
    return found


def update(path: Path, language: str = "en_US") -> dict[str, int]:
    """Rewrite the catalogue from the sources; returns how many entries are unfinished."""
    old = read(path)
    wanted = templates()
    wanted["Terms"] |= terms()
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="vi_VN")
    unfinished: dict[str, int] = {}
    for context, sources in wanted.items():
        element = ET.SubElement(root, "context")
        ET.SubElement(element, "name").text = context
        unfinished[context] = 0
        for source in sorted(sources):
            message = ET.SubElement(element, "message")
            ET.SubElement(message, "source").text = source
            text, finished = old[context].get(source, ("", False))
            translation = ET.SubElement(message, "translation")
            translation.text = text
            if not finished:
                translation.set("type", "unfinished")
                unfinished[context] += 1
    ET.indent(root)
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                    + ET.tostring(root, encoding="unicode") + "\n", encoding="utf-8")
    return unfinished
