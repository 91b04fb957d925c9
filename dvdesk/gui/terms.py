"""The domain's Vietnamese terms (roles, unit kinds, levels) as the window shows them.

The domain keeps its labels in Vietnamese and knows nothing of Qt; the window
passes them through ``term()`` so the English translation can name them too.
A test checks that every label in dvdesk.domain.roles is listed here.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

TERMS = (
    QT_TRANSLATE_NOOP("Terms", "Trưởng cụm"),
    QT_TRANSLATE_NOOP("Terms", "cụm có trưởng cụm"),
    QT_TRANSLATE_NOOP("Terms", "Cấp ủy phụ trách xã"),
    QT_TRANSLATE_NOOP("Terms", "xã có cấp ủy phụ trách"),
    QT_TRANSLATE_NOOP("Terms", "Lãnh đạo tỉnh phụ trách"),
    QT_TRANSLATE_NOOP("Terms", "xã có lãnh đạo tỉnh phụ trách"),
    QT_TRANSLATE_NOOP("Terms", "Cán bộ theo dõi, hỗ trợ ấp"),
    QT_TRANSLATE_NOOP("Terms", "ấp có cán bộ theo dõi"),
    QT_TRANSLATE_NOOP("Terms", "Dự sinh hoạt chi bộ"),
    QT_TRANSLATE_NOOP("Terms", "chi bộ có cấp ủy dự"),
    QT_TRANSLATE_NOOP("Terms", "Theo dõi tổ NDTQ"),
    QT_TRANSLATE_NOOP("Terms", "tổ NDTQ có cán bộ theo dõi"),
    QT_TRANSLATE_NOOP("Terms", "Cụm"),
    QT_TRANSLATE_NOOP("Terms", "Cụm vùng"),
    QT_TRANSLATE_NOOP("Terms", "Xã"),
    QT_TRANSLATE_NOOP("Terms", "Ấp"),
    QT_TRANSLATE_NOOP("Terms", "Chi bộ"),
    QT_TRANSLATE_NOOP("Terms", "Tổ NDTQ"),
    QT_TRANSLATE_NOOP("Terms", "Thị trấn"),
    QT_TRANSLATE_NOOP("Terms", "Phường"),
    QT_TRANSLATE_NOOP("Terms", "Khu phố"),
    QT_TRANSLATE_NOOP("Terms", "Thôn"),
    QT_TRANSLATE_NOOP("Terms", "Tổ dân phố"),
    QT_TRANSLATE_NOOP("Terms", "Đặc khu"),
    QT_TRANSLATE_NOOP("Terms", "Bản"),
    QT_TRANSLATE_NOOP("Terms", "Buôn"),
    QT_TRANSLATE_NOOP("Terms", "Làng"),
    QT_TRANSLATE_NOOP("Terms", "Sóc"),
    QT_TRANSLATE_NOOP("Terms", "Tỉnh"),
    QT_TRANSLATE_NOOP("Terms", "Huyện"),
)


def term(text: str) -> str:
    """The translation of a domain term (the Vietnamese text itself when none is loaded)."""
    return QCoreApplication.translate("Terms", text)
