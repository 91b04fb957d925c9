"""The window is on screen before its database is open, and answers a person meanwhile.

An older database (the first released schema) is copied and upgraded when opened: the
seconds a province or an upgrade takes, during which the person already clicks around.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

OLD = Path(__file__).resolve().parent.parent / "data" / "schema-0001.db"


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_clicks_while_the_database_opens_land_on_the_page_asked_for(launch, tmp_path, lang):
    old = tmp_path / "old.db"
    shutil.copyfile(OLD, old)
    app = launch(lang=lang, db=old, wait_open=False)
    # The window is there, with its navigation and toolbar, saying it is opening.
    assert app.sees("CSDL: đang mở…")
    app.screenshot("opening")
    app.open_page("Cán bộ")
    app.open_page("Phân công")
    app.open_page("Cán bộ")
    app.menu("Trợ giúp", "Giới thiệu")  # what needs no database works at once
    app.dialog("Giới thiệu DV Desk").click("Đồng ý")
    app.wait_opened()
    # The page asked for while opening shows its officers; nothing went wrong meanwhile.
    app.wait_for("6 / 7 cán bộ")
    assert app.sees("CSDL: old.db")
    app.menu("Tệp", "Lưu bản sao…")  # and what needs the database works now
    app.dialog("Lưu bản sao cơ sở dữ liệu").click("Hủy")
    assert app.close() == 0
