"""The English translation is complete, covers every marked string, and is what the window shows."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from dvdesk.domain import roles
from dvdesk.paths import resource_path

ROOT = Path(__file__).resolve().parents[2]
TS = resource_path("translations", "dvdesk_en.ts")
QM = resource_path("translations", "dvdesk_en.qm")


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            found[name, message.find("source").text] = message.find("translation")
    return found


def test_every_string_has_an_english_translation():
    messages = _messages(TS)
    assert len(messages) > 200
    unfinished = [key for key, tr in messages.items()
                  if tr.get("type") in ("unfinished", "vanished", "obsolete")
                  or not (tr.text or "")]
    assert unfinished == []
    # Placeholders survive translation, so .format() and .arg() still fill them.
    for (_context, source), tr in messages.items():
        assert sorted(re.findall(r"\{\w+\}|%\d", source)) == \
            sorted(re.findall(r"\{\w+\}|%\d", tr.text)), source


def test_the_ts_covers_every_string_marked_in_the_sources(tmp_path):
    sources = [str(p) for p in sorted((ROOT / "dvdesk" / "gui").rglob("*.py"))]
    sources += [str(p) for p in sorted((ROOT / "ui").glob("*.ui"))]
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(lupdate), *sources, "-locations", "none", "-ts", str(fresh)],
                   check=True, capture_output=True)
    missing = set(_messages(fresh)) - set(_messages(TS))
    assert missing == set(), "run resources/translations/update.py and translate the new strings"


def test_literal_tr_calls_are_all_in_the_ts():
    # Independent of lupdate: every self.tr("…") literal in the window code.
    known = {source for _context, source in _messages(TS)}
    pattern = re.compile(r'self\.tr\(\s*"((?:[^"\\]|\\.)*)"\s*\)')
    literals = set()
    for path in (ROOT / "dvdesk" / "gui").rglob("*.py"):
        for match in pattern.finditer(path.read_text(encoding="utf-8")):
            literals.add(match.group(1).encode().decode("unicode_escape").encode(
                "latin-1").decode("utf-8"))
    assert literals and literals <= known, literals - known


def test_every_domain_label_is_a_translated_term():
    from dvdesk.gui.terms import TERMS

    labels = {info.label for info in roles.ROLES.values()}
    labels |= {info.coverage_label for info in roles.ROLES.values()}
    for table in (roles.UNIT_LABELS, roles.COMMUNE_KINDS, roles.HAMLET_KINDS,
                  roles.OFFICER_LEVELS):
        labels |= set(table.values())
    assert labels <= set(TERMS), labels - set(TERMS)


def test_the_window_speaks_english_with_the_translation(ctx, qtbot):
    from dvdesk.gui.main_window import MainWindow
    from dvdesk.i18n import use_language

    translator = QTranslator()
    assert translator.load(str(QM))
    QCoreApplication.installTranslator(translator)
    use_language("en")  # the level and role names are the core's words, as the app sets them
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        assert [window.nav.item(i).text() for i in range(window.nav.count())] == [
            "Units", "Officers", "Assignments", "Meeting calendar", "Attendance", "Feedback",
            "Reports"]
        assert window.undo_action.text() == "Undo"
        board = window.show_page("assignments")
        assert board.coverage.text() == "117/117 hamlets with a support officer"
        assert board.role_box.currentText() == "Support officer of the hamlet"
        assert window.counts_label.text().startswith("6 clusters · 21 communes · 117 hamlets · ")
    finally:
        use_language("vi")
        QCoreApplication.removeTranslator(translator)


def test_vietnamese_is_the_default(ctx, qtbot, monkeypatch):
    from dvdesk.gui.app import language

    monkeypatch.delenv("DVDESK_LANG", raising=False)
    assert language() == "vi"
    monkeypatch.setenv("DVDESK_LANG", "en")
    assert language() == "en"


def test_qt_buttons_speak_vietnamese_by_default(ctx):
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                           | QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Ok).text() == "Đồng ý"
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Hủy"
