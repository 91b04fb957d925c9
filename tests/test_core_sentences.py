"""The core's sentences reach an English user in English.

Every template the services and the domain write (``msg(...)``) has a finished English
translation in resources/translations/dvdesk_core_en.ts with the same placeholders;
sentences the services return and raise, made with English in force, have no
untranslated part; the command line stays Vietnamese unless asked.
"""

from __future__ import annotations

import ast
import datetime as dt
import shutil
import sys
from pathlib import Path

import pytest

from dvdesk import i18n
from dvdesk.domain import messages
from dvdesk.errors import DvDeskError

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "resources" / "translations"))
from core_catalogue import read, templates, update  # noqa: E402

CATALOGUE = ROOT / "resources" / "translations" / "dvdesk_core_en.ts"


def test_the_catalogue_holds_every_template_finished_with_its_placeholders(tmp_path):
    copy = tmp_path / CATALOGUE.name
    shutil.copyfile(CATALOGUE, copy)
    assert update(copy) == {"Messages": 0, "Terms": 0}  # nothing new, nothing unfinished
    assert copy.read_text(encoding="utf-8") == CATALOGUE.read_text(encoding="utf-8"), \
        "run resources/translations/update.py"
    catalogue = read(CATALOGUE)["Messages"]
    for template in templates()["Messages"]:
        text, finished = catalogue[template]
        assert finished and messages.placeholders(text) == messages.placeholders(template), \
            template


def _raised(call) -> DvDeskError:
    with pytest.raises(DvDeskError) as caught:
        call()
    return caught.value


def test_the_services_sentences_come_in_english(demo_db, english):
    from dvdesk.services import calendar as calendar_service
    from dvdesk.services import unit_changes, unit_lookup
    from dvdesk.services.assignments import assign
    from dvdesk.services.check import check
    from dvdesk.services.settings import apply_preset

    db = demo_db
    calendar_service.new_month(db, "2026-12")
    sentences = [c.message for c in calendar_service.conflicts(db, "2026-12")]
    assert any("has no meeting day yet" in s for s in sentences)
    units = unit_lookup.list_units(db, "commune")
    assert check(db)["coverage"]["commune_lead"]["covered"] == len(units)  # each has one
    lead = units[0]["id"]
    errors = [
        _raised(lambda: unit_changes.merge(db, "commune", [units[0]["id"]], "X",
                                           dt.date(2027, 1, 1))),
        _raised(lambda: apply_preset(db, "thanh_pho")),
        _raised(lambda: unit_changes.rename_on(db, "commune", 999_999, "X",
                                               dt.date(2027, 1, 1))),
        _raised(lambda: assign(db, 1, "commune_lead", lead, dt.date(2026, 12, 1))),
    ]
    sentences += [e.args[0] for e in errors]
    assert "at least two units" in str(errors[0]) and "There is no commune" in str(errors[2])
    for sentence in sentences:
        assert messages.untranslated(sentence, "en") == [], sentence
    # ... and the same error says itself in Vietnamese where that is asked.
    assert errors[0].sentence("vi") == "Cần ít nhất hai đơn vị để sáp nhập."


def test_the_command_line_speaks_vietnamese_unless_asked(demo_path, cli, monkeypatch):
    wrong = cli("--db", demo_path, "units", "merge", "--into", "X", "--on", "2027-01-01", "1")
    assert wrong.code != 0 and "Cần ít nhất hai đơn vị" in wrong.err
    monkeypatch.setenv("DVDESK_LANG", "en")
    try:
        english = cli("--db", demo_path, "units", "merge", "--into", "X", "--on", "2027-01-01",
                      "1")
        assert english.code != 0 and "A merge needs at least two units." in english.err
    finally:
        i18n.use_language("vi")


# Modules whose sentences are still written as Vietnamese text, not yet as messages: the
# list only shrinks. A new module raising a bare sentence fails here.
NOT_YET_MESSAGES: set[str] = set()


def _bare_sentences(path: Path) -> list[int]:
    """Lines raising an error of ours with a literal or f-string sentence."""
    lines = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and node.exc.args:
            name = node.exc.func.id if isinstance(node.exc.func, ast.Name) else ""
            first = node.exc.args[0]
            if name.endswith(("Error", "Input", "NotFound", "Violation", "Busy")) \
                    and name not in ("ValueError", "TypeError", "KeyError", "OSError") \
                    and isinstance(first, ast.JoinedStr | ast.Constant):
                lines.append(node.lineno)
    return lines


def test_new_sentences_are_messages():
    found = {}
    for path in sorted((ROOT / "dvdesk").rglob("*.py")):
        name = str(path.relative_to(ROOT))
        if "/gui/" in name or name in NOT_YET_MESSAGES:
            continue
        lines = _bare_sentences(path)
        if lines:
            found[name] = lines
    assert found == {}
