"""The language of the core's sentences: loads a catalogue and sets it in force.

The core's sentences (``dvdesk.domain.messages``) are translated in
resources/translations/dvdesk_core_<lang>.ts, the contexts "Messages" (the core's
sentences) and "Terms" (level names and other domain words): the window's file format,
so one tool (Qt Linguist) for the translator, but a file of its own, since the window's
is rewritten by lupdate from the window's sources. It is read here with the standard XML
parser, so the core, the command line and the tests need no Qt.
``resources/translations/update.py`` adds the core's new templates to it.

The window calls ``use_language`` with the language of its translator; the command line
with ``DVDESK_LANG`` (Vietnamese unless asked), and says argparse's own words ("usage:",
"error:", "the following arguments are required") in that language too: ``argparse_words``.
"""

from __future__ import annotations

import argparse
import os
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from dvdesk.domain import messages
from dvdesk.domain.messages import N_

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


# argparse's own words (every ``_(...)`` of Python 3.11's argparse.py) -> their Vietnamese.
# The catalogue's English is argparse's text itself. The %-fields stay as argparse fills
# them; a translation may leave one out (argparse fills them from a mapping).
ARGPARSE_WORDS = {
    "usage: ": N_("cách dùng: "),
    "%(prog)s: error: %(message)s\n": N_("%(prog)s: lỗi: %(message)s\n"),
    "argument %(argument_name)s: %(message)s": N_("tham số %(argument_name)s: %(message)s"),
    "positional arguments": N_("tham số"),
    "options": N_("tùy chọn"),
    "show this help message and exit": N_("in hướng dẫn này rồi thoát"),
    "the following arguments are required: %s": N_("thiếu: %s"),
    "one of the arguments %s is required": N_("thiếu một trong các tham số: %s"),
    "unrecognized arguments: %s": N_("không hiểu tham số: %s"),
    "invalid choice: %(value)r (choose from %(choices)s)":
        N_("không có lựa chọn %(value)r (chọn một trong: %(choices)s)"),
    "invalid %(type)s value: %(value)r": N_("giá trị không đúng dạng: %(value)r"),
    "expected one argument": N_("cần một giá trị"),
    "expected at most one argument": N_("cần nhiều nhất một giá trị"),
    "expected at least one argument": N_("cần ít nhất một giá trị"),
    "not allowed with argument %s": N_("không dùng cùng với %s"),
    "ambiguous option: %(option)s could match %(matches)s":
        N_("tùy chọn %(option)s chưa rõ: có thể là %(matches)s"),
    "ignored explicit argument %r": N_("tùy chọn này không nhận giá trị %r"),
    "unexpected option string: %s": N_("tùy chọn không đúng chỗ: %s"),
    "unknown parser %(parser_name)r (choices: %(choices)s)":
        N_("không có lệnh %(parser_name)r (chọn một trong: %(choices)s)"),
    "can't open '%(filename)s': %(error)s": N_("không mở được '%(filename)s': %(error)s"),
    'argument "-" with mode %r': N_('tham số "-" với chế độ %r'),
    # Mistakes in building the parser itself (the program's, never the user's).
    "conflicting subparser: %s": N_("lệnh con bị trùng: %s"),
    "conflicting subparser alias: %s": N_("tên khác của lệnh con bị trùng: %s"),
    "cannot merge actions - two groups are named %r": N_("không gộp được: hai nhóm cùng tên %r"),
    "'required' is an invalid argument for positionals":
        N_("không dùng 'required' cho tham số không có dấu gạch"),
    "invalid option string %(option)r: must start with a character %(prefix_chars)r":
        N_("tùy chọn %(option)r không hợp lệ: phải bắt đầu bằng ký tự %(prefix_chars)r"),
    "dest= is required for options like %r": N_("cần dest= cho tùy chọn như %r"),
    "invalid conflict_resolution value: %r": N_("giá trị conflict_resolution không hợp lệ: %r"),
    "mutually exclusive arguments must be optional":
        N_("các tham số loại trừ nhau phải là tùy chọn"),
    "cannot have multiple subparser arguments": N_("không thể có hai nhóm lệnh con"),
    "%r is not callable": N_("%r không gọi được"),
    ".__call__() not defined": N_(".__call__() chưa được viết"),
}
# ngettext's (singular, plural) -> the Vietnamese, which has no plural.
ARGPARSE_COUNTED = {
    ("expected %s argument", "expected %s arguments"): N_("cần %s giá trị"),
    ("conflicting option string: %s", "conflicting option strings: %s"):
        N_("tùy chọn bị trùng: %s"),
}


def argparse_word(text):
    """argparse's ``_``: ``text`` in the language in force (as argparse wrote it when the
    catalogue has no translation; argparse also passes None)."""
    template = ARGPARSE_WORDS.get(text) if isinstance(text, str) else None
    if template is None:
        return text
    return messages.translation(template, messages.current_language()) or text


def argparse_counted(singular: str, plural: str, n: int) -> str:
    """argparse's ``ngettext``: in Vietnamese one form; other languages have argparse's
    English forms."""
    template = ARGPARSE_COUNTED.get((singular, plural))
    if template is not None and messages.current_language() == messages.SOURCE_LANGUAGE:
        return template
    return singular if n == 1 else plural


@contextmanager
def argparse_words() -> Iterator[None]:
    """While building a parser and parsing with it, argparse speaks the language in force:
    argparse looks its module-level ``_`` and ``ngettext`` up at each call."""
    before = argparse._, argparse.ngettext
    argparse._, argparse.ngettext = argparse_word, argparse_counted
    try:
        yield
    finally:
        argparse._, argparse.ngettext = before
