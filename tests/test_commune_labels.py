"""A commune's own committee names its cells without the commune on every paper and in
every sentence: the personal slips, the .ics files, the attendance review and sheet, the
Excel export, the conflicts and the attendance refusals say "Chi bộ Thôn Bến Đình", as its
calendar does. A district keeps "Chi bộ Ấp 1 (xã An Khánh)": there the commune tells its
cells apart.

Each test makes the organization as a secretary does (``demo``, then the month planned and
approved on the command line) and reads back what the program wrote.
"""

from __future__ import annotations

import json
import re

import openpyxl
import pytest

from tests.helpers import pdf_text

MONTH = "2026-11"
# A cell named with its commune: "Chi bộ Ấp 1 (xã An Khánh)", "… (thị trấn Tiên Thủy)".
WITH_COMMUNE = re.compile(r"\((xã|thị trấn|phường|đặc khu) [^)]+\)")


@pytest.fixture(params=["xa", "huyen"])
def committee(request, cli, demo_path, tmp_path) -> tuple[str, str]:
    """(preset, database): the merged commune or the demo district, November approved."""
    if request.param == "xa":
        db = str(tmp_path / "xa.db")
        assert cli("--db", db, "demo", "--scale", "commune").code == 0
    else:
        db = str(demo_path)
    assert cli("--db", db, "calendar", "new", MONTH).code == 0
    assert cli("--db", db, "calendar", "plan", MONTH).code == 0
    assert cli("--db", db, "calendar", "approve", MONTH, "--number", "15").code == 0
    return request.param, db


def _view(cli, db: str, month: str = MONTH) -> dict:
    shown = cli("--db", db, "calendar", "show", month, "--json")
    assert shown.code == 0, shown
    return json.loads(shown.out)


def _cell_meeting(view: dict, preset: str) -> dict:
    """A placed cell meeting with someone expected at it, with the ``label`` its
    organization's papers should print: the cell's own name in a commune, the cell and its
    commune ("Chi bộ Ấp 1 (xã An Khánh)") in a district."""
    meeting = next(m for m in view["meetings"]
                   if m["kind"] == "cell" and m["date"] and m["attendees"])
    commune = meeting["commune"]  # "Xã An Khánh" -> "xã An Khánh"
    label = meeting["unit"] if preset == "xa" else \
        f"{meeting['unit']} ({commune[:1].lower()}{commune[1:]})"
    return {**meeting, "label": label}


def _flat(text: str) -> str:
    return " ".join(text.split())  # a name wrapped in a table cell reads as one line


def _assert_named(preset: str, text: str, meeting: dict) -> None:
    """The cell of ``meeting`` is in ``text`` as its organization names it."""
    if preset == "xa":
        assert meeting["unit"] in text, meeting["unit"]
        assert not WITH_COMMUNE.search(text), WITH_COMMUNE.search(text)
    else:
        assert meeting["label"] in text, meeting["label"]


def _xlsx_strings(path) -> list[str]:
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        return [v for ws in wb.worksheets for row in ws.iter_rows(values_only=True)
                for v in row if isinstance(v, str)]
    finally:
        wb.close()


def test_the_calendar_as_shown_says_each_meetings_label(cli, committee):
    preset, db = committee
    view = _view(cli, db)
    assert all("label" not in m for m in view["meetings"])  # the contract's keys, exactly
    meeting = _cell_meeting(view, preset)
    shown = cli("--db", db, "calendar", "show", MONTH)
    assert shown.code == 0, shown
    line = next(x for x in shown.out.splitlines() if f" {meeting['unit']}" in x)
    assert f" {meeting['label']} — " in line, line
    if preset == "xa":
        assert not WITH_COMMUNE.search(shown.out) and "(Xã" not in shown.out, line


def test_the_personal_slips_and_calendar_files_name_the_cell_as_the_calendar_does(
        cli, committee, tmp_path):
    from dvdesk.documents.personal_pdf import write_personal_pdf
    from dvdesk.services.documents import personal_data
    from dvdesk.store import open_database

    preset, db = committee
    meeting = _cell_meeting(_view(cli, db), preset)
    officer_id = meeting["attendees"][0]["id"]
    # The slip the send dialog attaches: one officer's page (the whole district's slips
    # are 400 pages; the commune prints them all below).
    database = open_database(db)
    try:
        data = personal_data(database, MONTH, officer_ids={officer_id})
    finally:
        database.dispose()
    slip = tmp_path / "slip.pdf"
    write_personal_pdf(data, data["settings"], slip)
    _assert_named(preset, _flat(pdf_text(slip)), meeting)
    if preset == "xa":
        slips = tmp_path / "slips.pdf"
        assert cli("--db", db, "report", "personal", MONTH, "-o", slips).code == 0
        text = _flat(pdf_text(slips))
        assert text.count("Chi bộ ") > 40 and not WITH_COMMUNE.search(text)

    folder = tmp_path / "ics"
    assert cli("--db", db, "calendar", "ics", MONTH, "-o", folder).code == 0
    own = next(folder.glob(f"{officer_id}-*.ics"))
    for path in (own, folder / f"lich-{MONTH}.ics"):
        # Long lines are folded (a line break and a space): unfold before reading.
        text = path.read_text(encoding="utf-8").replace("\r\n ", "").replace("\n ", "")
        titles = re.findall(r"^SUMMARY:(.*)$", text, re.MULTILINE)
        if preset == "xa":
            assert f"Sinh hoạt {meeting['unit']}" in titles, titles
            assert not WITH_COMMUNE.search(text), WITH_COMMUNE.search(text)
        else:
            assert all(WITH_COMMUNE.search(t) for t in titles if t.startswith("Sinh hoạt"))


def test_the_attendance_review_and_sheet_name_the_cell_as_the_calendar_does(
        cli, committee, tmp_path):
    preset, db = committee
    meeting = _cell_meeting(_view(cli, db), preset)
    review = tmp_path / "review.pdf"
    assert cli("--db", db, "report", "attendance", MONTH, "-o", review).code == 0
    _assert_named(preset, _flat(pdf_text(review)), meeting)

    sheet = tmp_path / "sheet.xlsx"
    assert cli("--db", db, "attendance", "sheet", MONTH, "-o", sheet).code == 0
    strings = _xlsx_strings(sheet)
    if preset == "xa":
        assert meeting["unit"] in strings
        assert not any(WITH_COMMUNE.search(s) for s in strings)
    else:
        assert meeting["label"] in strings


def test_the_excel_calendar_names_the_cell_as_the_calendar_does(cli, committee, tmp_path):
    preset, db = committee
    meeting = _cell_meeting(_view(cli, db), preset)
    book = tmp_path / "book.xlsx"
    assert cli("--db", db, "export-xlsx", "-o", book, "--month", MONTH).code == 0
    wb = openpyxl.load_workbook(book, read_only=True)
    try:
        calendar = next(ws for ws in wb.worksheets if ws.title.startswith("Lịch tháng"))
        units = [row[4] for row in calendar.iter_rows(values_only=True) if len(row) > 4]
    finally:
        wb.close()
    if preset == "xa":
        assert meeting["unit"] in units
        assert not any(isinstance(u, str) and WITH_COMMUNE.search(u) for u in units)
    else:
        assert meeting["label"] in units


def test_conflicts_and_refusals_name_the_cell_as_the_calendar_does(cli, committee):
    preset, db = committee
    meeting = _cell_meeting(_view(cli, db), preset)
    officer = meeting["attendees"][0]
    # The officer goes away on the meeting's day: the approved calendar now has a conflict.
    assert cli("--db", db, "unavailable", "add", str(officer["id"]), meeting["date"],
               meeting["date"], "--reason", "đi công tác").code == 0
    found = cli("--db", db, "calendar", "conflicts", MONTH)
    assert found.code == 1, found
    sentence = next(line for line in found.out.splitlines() if officer["name"] in line)
    if preset == "xa":
        assert meeting["unit"] in sentence and not WITH_COMMUNE.search(found.out), sentence
    else:
        assert meeting["label"] in sentence, sentence

    # Recording the attendance of someone not expected there is refused, naming the meeting.
    october = _view(cli, db, "2026-10")
    held = _cell_meeting(october, preset)
    expected = {a["id"] for a in held["attendees"]}
    stranger = next(a["id"] for m in october["meetings"] for a in m["attendees"]
                    if a["id"] not in expected)
    refused = cli("--db", db, "attendance", "record", "2026-10", "--meeting", str(held["id"]),
                  "--officer", str(stranger), "--status", "present")
    assert refused.code != 0 and refused.err, refused
    if preset == "xa":
        assert held["unit"] in refused.err and not WITH_COMMUNE.search(refused.err), refused.err
    else:
        assert held["label"] in refused.err, refused.err


def _as_an_earlier_program_kept_it(db: str, month: str) -> None:
    """Rewrite the month's approved snapshot the way the program kept it before a commune
    named its cells without itself: each cell's label with its commune."""
    from sqlalchemy import select

    from dvdesk.domain.models import MonthlyCalendar
    from dvdesk.store import open_database

    database = open_database(db)
    try:
        with database.write() as session:
            cal = session.scalars(select(MonthlyCalendar).where(
                MonthlyCalendar.month == month, MonthlyCalendar.status == "approved")).one()
            snapshot = json.loads(json.dumps(cal.snapshot))
            for m in snapshot["view"]["meetings"]:
                if m["kind"] == "cell":
                    words = m["commune"][:1].lower() + m["commune"][1:]
                    snapshot["meetings"][str(m["id"])]["label"] = f"{m['unit']} ({words})"
            cal.snapshot = snapshot
    finally:
        database.dispose()


def test_a_month_approved_by_the_earlier_program_prints_as_its_calendar_does(
        cli, committee, tmp_path):
    preset, db = committee
    _as_an_earlier_program_kept_it(db, MONTH)
    view = _view(cli, db)
    meeting = _cell_meeting(view, preset)
    calendar = tmp_path / "calendar.pdf"
    assert cli("--db", db, "calendar", "pdf", MONTH, "-o", calendar).code == 0
    review = tmp_path / "review.pdf"
    assert cli("--db", db, "report", "attendance", MONTH, "-o", review).code == 0
    sheet = tmp_path / "sheet.xlsx"
    assert cli("--db", db, "attendance", "sheet", MONTH, "-o", sheet).code == 0
    for text in (_flat(pdf_text(calendar)), _flat(pdf_text(review)),
                 " | ".join(_xlsx_strings(sheet))):
        _assert_named(preset, text, meeting)
