"""What a user who chose English reads when something is wrong: the services' real
failures (against a real SQLite file, real workbooks, real files on disk) say themselves in
English, with no Vietnamese word of the program's own; only the user's data (names, sheet
and column titles of their file) stays as typed. The same failures still say
themselves in Vietnamese where that is asked."""

from __future__ import annotations

import datetime as dt
import re

from openpyxl import Workbook

from dvdesk import i18n
from dvdesk.domain import messages
from tests.english import VIETNAMESE, refused

QUOTED = re.compile(r"“[^”]*”")


def program_words(sentence) -> str:
    """The sentence without the data it names (names, sheet and column titles, quoted
    column titles a file must have): what is left is the program's own words."""
    text = str(sentence)
    if isinstance(sentence, messages.Message):
        for value in _data(sentence):
            text = text.replace(str(value), "")
    return QUOTED.sub("", text)


def _data(sentence: messages.Message) -> list:
    found = []
    for value in sentence.params.values():
        parts = value if isinstance(value, list | tuple) else [value]
        for part in parts:
            found += _data(part) if isinstance(part, messages.Message) else [part]
    return found


def assert_english(sentence) -> None:
    assert messages.untranslated(sentence, "en") == [], sentence
    assert not VIETNAMESE.search(program_words(sentence)), sentence




def _list(folder, rows, headers=("Họ và tên", "Điện thoại", "Ấp", "Xã"), sheet="List"):
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(list(headers))
    for row in rows:
        ws.append(list(row))
    path = folder / "list.xlsx"
    wb.save(path)
    return path


def test_an_import_with_bad_rows_speaks_english(db, tmp_path, english):
    from dvdesk.services.importer import ImportFailed, import_file, plan_import
    from dvdesk.services.officers import add_officer

    add_officer(db, "Nguyễn Văn An", phone="0912000001")
    add_officer(db, "Nguyễn Văn An", phone="0912000002")
    path = _list(tmp_path, [["Lê Thị Mai", "0913000003", "Ấp 1", "Xã An Khánh"],
                            ["Nguyễn Văn An", "", "Ấp 2", "Xã An Khánh"]],
                 headers=("Họ và tên", "Chức vụ", "Ấp", "Xã"))
    plan = plan_import(db, path)
    assert plan.problem_lines() == [
        "Sheet “List”, row 3, column “Họ và tên”: 2 officers are named “Nguyễn Văn An” and "
        "this row has no phone, workplace or position to tell them apart."]
    # English counts say one thing in the singular, others in the plural.
    assert plan.summary() == ("0 clusters, 1 commune, 1 hamlet, 0 party cells, 0 self-governing "
                              "groups, 1 new officer (0 already recorded), 1 assignment.")
    for sentence in [*plan.problem_lines(), plan.summary(), *plan.sources]:
        assert_english(sentence)
    failed = refused(lambda: import_file(db, path))
    assert isinstance(failed, ImportFailed)
    assert_english(failed.args[0])
    # The same plan, read in Vietnamese, says what it said before.
    assert plan.summary().render("vi") == (
        "0 cụm, 1 xã, 1 ấp, 0 chi bộ, 0 tổ NDTQ, 1 cán bộ mới (0 cán bộ đã có), 1 phân công.")
    assert failed.sentence("vi").startswith("Trang “List”, dòng 3, cột “Họ và tên”: có 2 cán bộ")


def test_an_import_that_replaces_a_holder_and_an_unreadable_file_speak_english(
        db, tmp_path, english):
    from dvdesk.services.importer import plan_import

    path = _list(tmp_path, [["Lê Thị Mai", "0913000003", "Ấp 1", "Xã An Khánh"]])
    plan = plan_import(db, path)
    assert plan.summary().startswith("0 clusters, 1 commune, 1 hamlet, 0 party cells")
    assert plan.sources == ["Sheet “List”: list of hamlet support officers (1 rows)"]
    twice = _list(tmp_path, [["Lê Thị Mai", "0913000003", "Ấp 1", "Xã An Khánh"],
                             ["Trần Văn Bình", "0913000004", "Ấp 1", "Xã An Khánh"]])
    # A reason that starts with a name keeps its capital after the place.
    assert plan_import(db, twice).problem_lines() == [
        "Sheet “List”, row 3, column “Họ và tên”: Ấp 1 (xã An Khánh) already has a support "
        "officer of the hamlet: Lê Thị Mai (row 2); Trần Văn Bình cannot be assigned as well "
        "(at most 1)."]
    folder = tmp_path / "a folder.xlsx"
    folder.mkdir()
    error = refused(lambda: plan_import(db, folder))
    assert str(error) == "“a folder.xlsx” is a folder, not an Excel file; choose an .xlsx file."
    empty = _list(tmp_path, [], headers=("Ngày", "Ghi chú"))
    error = refused(lambda: plan_import(db, empty))
    assert str(error).startswith("No list was recognised in “list.xlsx”")
    assert_english(error.args[0])


def test_officer_and_unit_forms_refuse_in_english(db, english):
    from dvdesk.services.officers import add_officer, delete_officer, update_officer
    from dvdesk.services.units import add_unit

    error = refused(lambda: add_officer(db, "Trần Văn Bình", email="binh@"))
    assert str(error) == ("The e-mail address 'binh@' is not valid (a valid one: "
                          "name@example.vn).")
    errors = [error,
              refused(lambda: add_officer(db, "  ")),
              refused(lambda: add_officer(db, "Trần Văn Bình", level="thon")),
              refused(lambda: update_officer(db, 999, title="X")),
              refused(lambda: add_unit(db, "hamlet", "Ấp 9")),
              refused(lambda: add_unit(db, "commune", "")),
              ]
    assert str(errors[1]) == "The officer's full name cannot be empty."
    assert str(errors[3]) == "There is no officer with id 999."
    assert str(errors[4]) == "Choose the unit above Ấp 9."
    for error in errors:
        assert_english(error.args[0])
    officer = add_officer(db, "Trần Văn Bình")
    commune = add_unit(db, "commune", "An Khánh")
    hamlet = add_unit(db, "hamlet", "Ấp 1", commune)
    from dvdesk.services.assignments import assign, end_assignment

    assigned = assign(db, officer, "hamlet_support", hamlet, dt.date(2026, 1, 1))
    ended = refused(lambda: end_assignment(db, assigned.assignment_id, dt.date(2025, 1, 1)))
    assert str(ended) == ("The end date 01/01/2025 is before the assignment's start date "
                          "01/01/2026.")
    assert_english(ended.args[0])
    kept = refused(lambda: delete_officer(db, officer))
    assert str(kept) == ("Comrade Trần Văn Bình has a history of assignments and cannot be "
                         "deleted; mark them as left instead.")
    assert kept.sentence("vi") == ("Đồng chí Trần Văn Bình đã có lịch sử phân công nên không "
                                   "thể xóa; hãy cho thôi công tác.")


def test_settings_absences_and_mail_refuse_in_english(db, english):
    from dvdesk.services.mail import mail_settings
    from dvdesk.services.officers import add_officer
    from dvdesk.services.settings import set_value
    from dvdesk.services.unavailability import add_unavailability, remove_unavailability

    officer = add_officer(db, "Trần Văn Bình")
    errors = [
        refused(lambda: set_value(db, "mail.port", "abc")),
        refused(lambda: set_value(db, "nothing.here", "1")),
        refused(lambda: set_value(db, "mail.port", "70000")),
        refused(lambda: add_unavailability(db, officer, "2026-12-10", "2026-12-01")),
        refused(lambda: add_unavailability(db, officer, "10/12/2026", "2026-12-11")),
        refused(lambda: remove_unavailability(db, 4242)),
        refused(lambda: mail_settings({"mail": {}})),
        refused(lambda: mail_settings({"mail": {"host": "smtp.x.vn", "port": 0}})),
    ]
    assert str(errors[0]) == "mail.port must be a whole number, not 'abc'."
    assert str(errors[3]) == "The start date 10/12/2026 is after the end date 01/12/2026."
    assert str(errors[4]) == ("Start date must look like YYYY-MM-DD (for example 2026-12-10), "
                              "not '10/12/2026'.")
    for error in errors:
        assert_english(error.args[0])


def test_files_and_databases_refuse_in_english(tmp_path, english):
    from dvdesk.safe_files import write_bytes
    from dvdesk.services.backup import check_backup_file
    from dvdesk.store import open_database

    not_a_db = tmp_path / "notes.db"
    not_a_db.write_text("không phải cơ sở dữ liệu", encoding="utf-8")
    errors = [
        refused(lambda: open_database(str(not_a_db))),
        refused(lambda: open_database(str(tmp_path / "missing" / "x.db"))),
        refused(lambda: open_database("postgresql://u:secret@localhost:99999/x")),
        refused(lambda: check_backup_file(tmp_path / "none.db")),
        refused(lambda: write_bytes(tmp_path, b"x")),
        refused(lambda: write_bytes(tmp_path / "no folder" / "a.pdf", b"x")),
    ]
    assert str(errors[0]) == f"The file {not_a_db} is not a DV Desk database (SQLite)."
    assert "secret" not in str(errors[2]) and "1 to 65535" in str(errors[2])
    assert str(errors[5]).startswith(f"The folder {tmp_path / 'no folder'} does not exist")
    for error in errors:
        assert_english(error.args[0])
    assert errors[0].sentence("vi") == (f"Tệp {not_a_db} không phải là cơ sở dữ liệu DV Desk "
                                        "(SQLite).")


def test_the_command_line_reports_an_import_in_english_only_when_asked(db, db_path, tmp_path,
                                                                       cli, monkeypatch):
    path = _list(tmp_path, [["Lê Thị Mai", "0913000003", "Ấp 1", "Xã An Khánh"],
                            ["Trần Văn Bình", "0913000004", "Ấp 1", "Xã An Khánh"]])
    vietnamese = cli("--db", db_path, "import", path)
    assert vietnamese.code == 1
    assert ("Trang “List”, dòng 3, cột “Họ và tên”: Ấp 1 (xã An Khánh) đã có cán bộ theo dõi, "
            "hỗ trợ ấp: Lê Thị Mai (dòng 2)") in vietnamese.err
    monkeypatch.setenv("DVDESK_LANG", "en")
    try:
        english = cli("--db", db_path, "import", path)
    finally:
        i18n.use_language("vi")
    assert english.code == 1
    assert ("Sheet “List”, row 3, column “Họ và tên”: Ấp 1 (xã An Khánh) already has a support "
            "officer of the hamlet: Lê Thị Mai (row 2)") in english.err


def test_a_workbook_exported_in_english_is_vietnamese_paper_and_reads_back(db, tmp_path,
                                                                          english):
    from openpyxl import load_workbook

    from dvdesk.services.assignments import assign
    from dvdesk.services.excel_export import export_workbook
    from dvdesk.services.importer import plan_import
    from dvdesk.services.officers import add_officer
    from dvdesk.services.units import add_unit

    commune = add_unit(db, "commune", "An Khánh")
    hamlet = add_unit(db, "hamlet", "Ấp 1", commune)
    assign(db, add_officer(db, "Trần Văn Bình"), "hamlet_support", hamlet, dt.date(2026, 1, 1))
    path = tmp_path / "export.xlsx"
    export_workbook(db, path)
    book = load_workbook(path, read_only=True)
    cells = {str(c) for sheet in ("Đơn vị", "Phân công")
             for row in book[sheet].iter_rows(values_only=True) for c in row if c}
    book.close()
    assert {"Xã", "Ấp", "Cán bộ theo dõi, hỗ trợ ấp"} <= cells
    assert not {"Commune", "Hamlet"} & cells
    plan = plan_import(db, path)
    assert plan.problems == [] and plan.kind == "reimport"
