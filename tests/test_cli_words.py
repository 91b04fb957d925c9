"""The command line speaks one language, argparse's own words included.

A secretary who mistypes a command reads "cách dùng:", "lỗi:", "thiếu: month" in
Vietnamese (the default) and argparse's English with DVDESK_LANG=en, never half of each;
the help reads the same way. Each case runs dvdesk as a real process.
"""

from __future__ import annotations

import argparse
import ast
import gettext
from pathlib import Path

import pytest

from dvdesk.i18n import ARGPARSE_COUNTED, ARGPARSE_WORDS
from tests.conftest import run_dvdesk
from tests.english import VIETNAMESE

# What argparse says in English, as a reader would spot it in Vietnamese output.
ARGPARSE_ENGLISH = ["usage", "error", "argument", "required", "invalid", "choose from",
                    "unrecognized", "expected", "not allowed", "ambiguous", "positional",
                    "options:", "show this help", "version number", "and exit"]


def _vietnamese_letters(text: str) -> set[str]:
    return set(VIETNAMESE.findall(text))


def _english_words(text: str) -> list[str]:
    lowered = text.lower()
    return [word for word in ARGPARSE_ENGLISH if word in lowered]


def dvdesk(tmp_path: Path, language: str, *args: str):
    return run_dvdesk("--db", tmp_path / "desk.db", *args, env={"DVDESK_LANG": language},
                      timeout=120)


# args, what the Vietnamese error says, what the English one says
MISTAKES = [
    (["nosuch"], "lỗi: tham số COMMAND: không có lựa chọn 'nosuch' (chọn một trong: 'gui',",
     "error: argument COMMAND: invalid choice: 'nosuch' (choose from 'gui',"),
    (["calendar", "show"], "dvdesk calendar show: lỗi: thiếu: month",
     "dvdesk calendar show: error: the following arguments are required: month"),
    (["calendar", "show", "2026-12", "--colour"], "dvdesk: lỗi: không hiểu tham số: --colour",
     "dvdesk: error: unrecognized arguments: --colour"),
    (["calendar", "show", "2026-12", "--version"], "lỗi: tham số --version: cần một giá trị",
     "error: argument --version: expected one argument"),
    (["calendar", "show", "2026-12", "--version", "hai"],
     "tham số --version: giá trị không đúng dạng: 'hai'",
     "argument --version: invalid int value: 'hai'"),
    (["calendar", "pdf", "2026-12", "-o", "x.pdf", "--commune", "1", "--cluster", "2"],
     "lỗi: tham số --cluster: không dùng cùng với --commune",
     "error: argument --cluster: not allowed with argument --commune"),
    (["feedback", "list", "--o"], "lỗi: tùy chọn --o chưa rõ: có thể là --overdue, --on,",
     "error: ambiguous option: --o could match --overdue, --on, --officer"),
    (["units", "merge", "--into", "X", "--on", "2027-01-01", "--kind", "tỉnh", "1", "2"],
     "lỗi: tham số --kind: không có lựa chọn 'tỉnh' (chọn một trong: 'commune', 'hamlet')",
     "error: argument --kind: invalid choice: 'tỉnh' (choose from 'commune', 'hamlet')"),
    (["units", "who", "abc", "--on", "2026-01-01"],
     "lỗi: tham số ID: mã phải là số nguyên dương, không phải 'abc'",
     "error: argument ID: an id must be a positive whole number, not 'abc'"),
    (["calendar", "show", "2026-13"], "lỗi: tham số month: tháng phải có dạng YYYY-MM",
     "error: argument month: the month must be YYYY-MM"),
]


@pytest.mark.parametrize(("args", "vietnamese", "english"), MISTAKES,
                         ids=[" ".join(case[0]) for case in MISTAKES])
def test_a_usage_mistake_is_said_in_the_language_of_the_command_line(tmp_path, args,
                                                                     vietnamese, english):
    said = dvdesk(tmp_path, "vi", *args)
    assert said.code == 2 and said.out == "", said
    lines = said.err.splitlines()
    assert len(lines) == 2 and lines[0].startswith("cách dùng: dvdesk"), said.err
    assert vietnamese in lines[1], said.err
    assert _english_words(said.err) == [], said.err
    assert not (tmp_path / "desk.db").exists()  # nothing opened, nothing written

    told = dvdesk(tmp_path, "en", *args)
    assert told.code == 2 and told.out == "", told
    lines = told.err.splitlines()
    assert len(lines) == 2 and lines[0].startswith("usage: dvdesk"), told.err
    assert english in lines[1], told.err
    typed = {c for arg in args for c in arg}  # what the user typed is data
    assert _vietnamese_letters(told.err) - typed == set(), told.err


@pytest.mark.parametrize("args", [[], ["calendar", "pdf"], ["feedback"], ["units", "merge"]],
                         ids=["dvdesk", "calendar pdf", "feedback", "units merge"])
def test_the_help_reads_in_one_language(tmp_path, args):
    vietnamese = dvdesk(tmp_path, "vi", *args, "--help")
    assert vietnamese.code == 0 and vietnamese.err == "", vietnamese
    text = vietnamese.out
    assert text.startswith("cách dùng: dvdesk") and "tùy chọn:" in text
    assert "-h, --help" in text and "in hướng dẫn này rồi thoát" in text
    assert _english_words(text) == [], text

    english = dvdesk(tmp_path, "en", *args, "--help")
    assert english.code == 0 and english.err == "", english
    text = english.out
    assert text.startswith("usage: dvdesk") and "\noptions:\n" in text
    assert "show this help message and exit" in text
    # Examples of names typed in Vietnamese are data, the rest is English.
    data = "Xã Tân Phú Phường An Hội"
    assert _vietnamese_letters(text) - _vietnamese_letters(data) == set(), text
    if not args:
        assert "positional arguments:" in text and "show program's version number" in text
        assert "open the program's window" in text and "import an Excel list" in text
        assert "in số phiên bản của chương trình rồi thoát" in vietnamese.out
        assert "mở cửa sổ chương trình" in vietnamese.out


def test_vietnamese_is_the_default(tmp_path):
    said = run_dvdesk("--db", tmp_path / "desk.db", "calendar", "new",
                      env={"DVDESK_LANG": ""}, timeout=120)
    assert said.code == 2 and said.err.splitlines()[-1] == \
        "dvdesk calendar new: lỗi: thiếu: month"


def _argparse_words() -> tuple[set[str], set[tuple[str, str]]]:
    """The literal texts argparse of this Python passes to ``_`` and ``ngettext``."""
    words, counted = set(), set()
    tree = ast.parse(Path(argparse.__file__).read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            literal = [a.value for a in node.args if isinstance(a, ast.Constant)
                       and isinstance(a.value, str)]
            if node.func.id == "_" and len(literal) == 1:
                words.add(literal[0])
            elif node.func.id == "ngettext" and len(literal) == 2:
                counted.add(tuple(literal))
    return words, counted


def test_every_word_argparse_says_has_its_vietnamese():
    words, counted = _argparse_words()
    assert words and counted
    assert words - set(ARGPARSE_WORDS) == set()
    assert counted - set(ARGPARSE_COUNTED) == set()
    for english, vietnamese in ARGPARSE_WORDS.items():
        fields = {f for f in ("%s", "%r", "%(prog)s", "%(message)s") if f in english}
        assert all(f in vietnamese for f in fields), (english, vietnamese)


def test_argparse_speaks_its_own_english_again_after_a_command(cli, tmp_path):
    said = cli("--db", tmp_path / "desk.db", "calendar", "show")
    assert said.code == 2 and "lỗi: thiếu: month" in said.err
    assert argparse._ is gettext.gettext and argparse.ngettext is gettext.ngettext
