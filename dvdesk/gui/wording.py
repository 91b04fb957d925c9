"""How the window names a calendar version and the files it proposes, the way paper does.

The printed calendar calls version 2 "(Điều chỉnh lần 1)"; the window says the same
("Bản 2 — điều chỉnh lần 1"), and a saved file carries it in its name, so a revision
never proposes the first version's file name.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

STATUS = {"draft": QT_TRANSLATE_NOOP("Wording", "dự thảo"),
          "approved": QT_TRANSLATE_NOOP("Wording", "đã duyệt")}
DOCUMENT_FILES = {"calendar": "lich-sinh-hoat-{month}", "assignments": "danh-sach-phan-cong",
                  "personal": "lich-ca-nhan-{month}", "attendance": "bao-cao-du-hop-{month}"}


def status_name(status: str) -> str:
    return QCoreApplication.translate("Wording", STATUS[status]) if status in STATUS else status


def version_name(version: int) -> str:
    """"Bản 1", "Bản 2 — điều chỉnh lần 1" …"""
    if version <= 1:
        return QCoreApplication.translate("Wording", "Bản %1").replace("%1", str(version))
    text = QCoreApplication.translate("Wording", "Bản %1 — điều chỉnh lần %2")
    return text.replace("%1", str(version)).replace("%2", str(version - 1))


def version_label(version: int, status: str, number: str = "") -> str:
    """A version as listed: "Bản 2 — điều chỉnh lần 1 (đã duyệt, số 15-LT/HU)"."""
    detail = status_name(status)
    if number:
        detail += ", " + QCoreApplication.translate("Wording", "số %1").replace("%1", number)
    return f"{version_name(version)} ({detail})"


def revise_text(next_version: int) -> str:
    text = QCoreApplication.translate("Wording", "Mở điều chỉnh lần %1")
    return text.replace("%1", str(next_version - 1))


def document_file_name(kind: str, month: str, version: int | None, status: str | None) -> str:
    """lich-sinh-hoat-2026-12.pdf, …-dieu-chinh-1.pdf for version 2, …-du-thao for a draft."""
    name = DOCUMENT_FILES[kind].format(month=month)
    if kind != "assignments":
        if version and version > 1:
            name += f"-dieu-chinh-{version - 1}"
        if status == "draft":
            name += "-du-thao"
    return name + ".pdf"
