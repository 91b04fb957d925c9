"""Every other dialog of the window, opened from where the secretary opens it: each must be
a visible window of its own, not blank, with its fields inside (Scope.dialog checks
that), in Vietnamese and in English. The forms of ui/ and the calendar's dialogs have
their own tests; here each dialog is opened, used where it is short, and closed."""

from __future__ import annotations

import pytest


def _units(app) -> None:
    app.open_page("Đơn vị")
    app.click("Thêm…")
    add = app.dialog("Thêm đơn vị")
    add.type_into("Tên", "Ấp Thử Nghiệm")
    add.click("Đồng ý")
    app.wait_gone("Thêm đơn vị")
    app.wait_for("Ấp Thử Nghiệm")
    app.click("Đổi tên…")
    rename = app.dialog("Đổi tên đơn vị")
    rename.type_into("Tên mới", "Ấp Thử Nghiệm Mới")
    rename.click("Đồng ý")
    app.wait_gone("Đổi tên đơn vị")
    app.wait_for("Ấp Thử Nghiệm Mới")
    app.click("Chuyển…")
    app.dialog("Chuyển Ấp Thử Nghiệm Mới sang…").click("Hủy")
    app.wait_gone("Chuyển Ấp Thử Nghiệm Mới")
    app.click("Xóa")
    app.dialog("DV Desk").click("&Không")
    app.wait_gone("DV Desk", match="exact")


def _officers(app) -> None:
    app.open_page("Cán bộ")
    app.click("Sửa…")
    app.dialog("Sửa cán bộ").click("Hủy")
    app.wait_gone("Sửa cán bộ")
    app.click("Xóa")
    app.dialog("DV Desk").click("&Không")
    app.wait_gone("DV Desk", match="exact")


def _assignments(app) -> None:
    app.open_page("Phân công")
    app.click("Khu phố 1", kinds=["item"])
    for button, title in (("Phân công…", "Phân công"), ("Thay cán bộ…", "Thay cán bộ"),
                          ("Kết thúc…", "Kết thúc phân công")):
        app.click(button)
        dialog = app.dialog(title, match="exact")
        if button != "Kết thúc…":
            dialog.type_into("Gõ tên cán bộ (không cần dấu)…", "nguyen")
        dialog.click("Hủy")
        app.wait_gone(title, match="exact")


def _menus(app) -> None:
    app.menu("Công cụ", "Cài đặt…")
    settings = app.dialog("Cài đặt")
    settings.click("Tên các cấp")
    settings.click("Hủy")
    app.wait_gone("Cài đặt")
    app.menu("Tệp", "Nhập Excel…")
    app.dialog("Nhập Excel").click("Hủy")
    app.wait_gone("Nhập Excel")
    for entry, title in (("Mở…", "Mở cơ sở dữ liệu"), ("Tạo CSDL mới…", "Tạo cơ sở dữ liệu mới"),
                         ("Xuất Excel…", "Xuất Excel")):
        app.menu("Tệp", entry)
        app.dialog(title).click("Hủy")
        app.wait_gone(title)
    app.menu("Trợ giúp", "Giới thiệu")
    app.dialog("Giới thiệu DV Desk").click("Đồng ý")
    app.wait_gone("Giới thiệu DV Desk")


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_dialog_is_a_real_window(launch, lang):
    app = launch(lang=lang)
    _units(app)
    _officers(app)
    _assignments(app)
    _menus(app)
    assert app.close() == 0
