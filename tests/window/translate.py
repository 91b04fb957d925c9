"""Tests name things in Vietnamese; in an English run the same test finds the English text.

The program's own strings come from resources/translations/dvdesk_en.ts (Vietnamese
source → English), Qt's own buttons from qt_vi.ts (English source → Vietnamese), so
``click("Đồng ý")`` finds "OK" in English. Texts with placeholders ("Duyệt lịch tháng
%1") are translated with their values ("Duyệt lịch tháng 12/2026" → "Approve …
12/2026"). A text with no translation (a name, a number) is looked for as it is.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import cache

from dvdesk.paths import resource_path

_PLACEHOLDER = re.compile(r"%\d|\{\w+\}")


def _norm(text: str) -> str:
    text = (text or "").replace("&&", "\x00").replace("&", "").replace("\x00", "&")
    text = " ".join(text.split())
    return text[:-1].rstrip() if text.endswith(":") else text


def _pairs(name: str):
    root = ET.parse(resource_path("translations", name)).getroot()
    for message in root.iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation").text or ""
        if source and translation:
            yield source, translation


@cache
def _tables():
    exact: dict[str, list[str]] = {}
    templates: list[tuple[re.Pattern, str]] = []

    def add(vi: str, en: str) -> None:
        key = _norm(vi)
        exact.setdefault(key, [])
        if _norm(en) not in exact[key]:
            exact[key].append(_norm(en))
        if _PLACEHOLDER.search(vi):
            parts = _PLACEHOLDER.split(_norm(vi))
            if not any(part.strip(" ·,.:;()") for part in parts):
                return  # "{n} {unit}" has no words of its own: it would match any text
            names = _PLACEHOLDER.findall(_norm(vi))
            pattern = "".join(re.escape(p) + (f"(?P<p{i}>.+?)" if i < len(names) else "")
                              for i, p in enumerate(parts))
            templates.append((re.compile("^" + pattern + "$"), _norm(en), names))

    for vi, en in _pairs("dvdesk_en.ts"):
        add(vi, en)
    for en, vi in _pairs("qt_vi.ts"):
        add(vi, en)
    return exact, templates


def english(text: str) -> list[str]:
    """The English texts a Vietnamese ``text`` may be shown as (itself included last)."""
    exact, templates = _tables()
    key = _norm(text)
    found = list(exact.get(key, []))
    for pattern, en, names in templates:
        match = pattern.match(key)
        if match:
            result = en
            for i, name in enumerate(names):
                value = match.group(f"p{i}")
                # A value may itself be a translated text ("… — Bản 1" → "… — Version 1").
                result = result.replace(name, english(value)[0] if value != key else value, 1)
            if result not in found:
                found.append(result)
    return [*found, key] if key not in found else found
