"""Creating the QApplication: names for QSettings, a Vietnamese-capable font, translations."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from dvdesk.paths import resource_path

ORGANIZATION = "DVDesk"
APPLICATION = "DVDesk"
# Sans fonts with the full Vietnamese repertoire, in order of preference.
UI_FONTS = ("Segoe UI", "Noto Sans", "DejaVu Sans", "Liberation Sans", "Arial")


def settings() -> QSettings:
    """The user's window preferences (tests isolate them through XDG_CONFIG_HOME)."""
    return QSettings(ORGANIZATION, APPLICATION)


def language() -> str:
    """"vi" (the default) or "en": DVDESK_LANG wins, then the saved preference."""
    wanted = os.environ.get("DVDESK_LANG") or str(settings().value("language", "vi") or "vi")
    return "en" if wanted.lower().startswith("en") else "vi"


def _pick_font(app: QApplication) -> None:
    families = set(QFontDatabase.families())
    for family in UI_FONTS:
        if family in families:
            font = QFont(family)
            font.setPointSize(max(app.font().pointSize(), 10))
            app.setFont(font)
            return
    # No suitable system font (a bare offscreen machine): use the bundled serif,
    # which has every Vietnamese letter, rather than show empty boxes.
    for path in sorted(resource_path("fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(path))
    app.setFont(QFont("Liberation Serif", 10))


def install_translator(app: QApplication) -> QTranslator | None:
    from dvdesk.i18n import use_language

    use_language(language())  # the services' sentences in the window's language
    if language() != "en":
        # Qt has no Vietnamese for its own buttons (OK, Cancel, Yes, No …): ours.
        translator = QTranslator(app)
        if translator.load(str(resource_path("translations", "qt_vi.qm"))):
            app.installTranslator(translator)
            return translator
        return None
    translator = QTranslator(app)
    if translator.load(str(resource_path("translations", "dvdesk_en.qm"))):
        app.installTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English))
        return translator
    return None


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (reused when one exists, as in tests)."""
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv or ["dvdesk"])
    if not app.property("dvdesk_ready"):
        app.setProperty("dvdesk_ready", True)
        _pick_font(app)
        install_translator(app)
    app.setApplicationDisplayName("DV Desk")
    return app
