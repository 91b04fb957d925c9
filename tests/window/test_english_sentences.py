"""The English window says the services' sentences in English: an import whose file has a
bad row (its problem with sheet, row and column, and what the import would create), and an
officer saved with a bad e-mail address. Only the user's data (names, the file's sheet and
column titles) keeps its Vietnamese letters."""

from __future__ import annotations

import pytest
from openpyxl import Workbook

from dvdesk.services.officers import add_officer
from dvdesk.store import open_database
from tests.english import VIETNAMESE

TWINS = "Đinh Thị Quế"  # two officers of this name: a row naming her is ambiguous


def _program_words(text: str, *data: str) -> str:
    for value in data:
        text = text.replace(value, "")
    return text


def _list_with_an_ambiguous_row(db_path, folder):
    db = open_database(str(db_path))
    try:
        add_officer(db, TWINS, phone="0912000001")
        add_officer(db, TWINS, phone="0912000002")
    finally:
        db.dispose()
    wb = Workbook()
    ws = wb.active
    ws.title = "List"
    ws.append(["Họ và tên", "Chức vụ", "Ấp", "Xã"])
    ws.append(["Lê Thị Mai", "Chuyên viên", "Ấp Mới", "Xã An Khánh"])
    ws.append([TWINS, "", "Ấp Mới 2", "Xã An Khánh"])
    path = folder / "list.xlsx"
    wb.save(path)
    return path


WORDS = {
    "en": ("2 officers are named “Đinh Thị Quế” and this row has no phone, workplace or "
           "position to tell them apart.",
           "1 new officer (0 already recorded), 1 assignment."),
    "vi": ("Có 2 cán bộ tên “Đinh Thị Quế” mà dòng này không có điện thoại, đơn vị công tác hay "
           "chức vụ để phân biệt.",
           "1 cán bộ mới (0 cán bộ đã có), 1 phân công."),
}


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_an_import_with_a_bad_row_reads_in_the_users_language(launch, demo_path, tmp_path,
                                                              lang):
    path = _list_with_an_ambiguous_row(demo_path, tmp_path)
    app = launch(lang=lang, db=demo_path)
    app.menu("Tệp", "Nhập Excel…")
    wizard = app.dialog("Nhập Excel")
    wizard.type_into("Đường dẫn tệp .xlsx", str(path))
    wizard.click("Tiếp >")
    reason, counts = WORDS[lang]
    wizard.wait_for(reason)
    app.screenshot("problems")
    summary = next(t for t in wizard.texts() if counts in t)
    if lang == "en":
        for text in (summary, reason):
            assert not VIETNAMESE.search(_program_words(text, f"“{TWINS}”")), text
    wizard.click("Hủy")
    app.wait_gone("Nhập Excel")
    assert app.close() == 0


def test_an_officer_with_a_bad_address_is_refused_in_english(launch, demo_path):
    app = launch(lang="en", page="officers")
    app.click("Thêm…")
    form = app.dialog("Thêm cán bộ")
    form.type_into("Họ và tên", "Trần Thị Thu Hà")
    form.type_into("E-mail", "thuha@")
    form.click("Đồng ý")
    refusal = app.dialog("DV Desk", match="exact")
    sentence = "The e-mail address 'thuha@' is not valid (a valid one: name@example.vn)."
    refusal.wait_for(sentence)
    app.screenshot("refused")
    assert not any(VIETNAMESE.search(t) for t in refusal.texts()), refusal.texts()
    refusal.key("Return")
    app.wait_gone("DV Desk", match="exact")
    app.screenshot("after")
    assert app.close() == 0
