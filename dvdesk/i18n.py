"""The language of the core's sentences: loads a catalogue and sets it in force.

The core's sentences (``dvdesk.domain.messages``) are translated in
resources/translations/dvdesk_core_<lang>.ts, the contexts "Messages" (the core's
sentences) and "Terms" (level names and other domain words): the window's file format,
so one tool (Qt Linguist) for the translator, but a file of its own, since the window's
is rewritten by lupdate from the window's sources. It is read here with the standard XML
parser, so the core, the command line and the tests need no Qt.
``resources/translations/update.py`` adds the core's new templates to it.

The window calls ``use_language`` with the language of its translator; the command line
with ``DVDESK_LANG`` (Vietnamese unless asked).
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from functools import lru_cache
from pathlib import Path

from dvdesk.domain import messages

CONTEXTS = ("Messages", "Terms")


def catalogue_path(language: str) -> Path:
    from dvdesk.paths import resource_path

    return resource_path("translations", f"dvdesk_core_{language}.ts")


@lru_cache(maxsize=4)
def read_catalogue(path: Path) -> dict[str, dict[str, str]]:
    """context -> {source: translation} of a .ts file, finished translations only."""
    found: dict[str, dict[str, str]] = {context: {} for context in CONTEXTS}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        if name not in found:
            continue
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or not translation.text:
                continue
            if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            found[name][source] = translation.text
    return found


def use_language(language: str | None) -> str:
    """Make ``language`` ("vi", "en") the one new sentences are made in; returns the one in
    force (Vietnamese when there is no catalogue for the one asked)."""
    language = (language or messages.SOURCE_LANGUAGE).split("_")[0].lower()
    if language != messages.SOURCE_LANGUAGE:
        path = catalogue_path(language)
        if path.is_file():
            catalogue = read_catalogue(path)
            messages.install_catalogue(language, catalogue["Messages"], catalogue["Terms"])
    messages.set_language(language)
    return messages.current_language()


def language_from_environment() -> str:
    """The language the command line speaks: DVDESK_LANG, else Vietnamese."""
    return use_language(os.environ.get("DVDESK_LANG") or messages.SOURCE_LANGUAGE)
