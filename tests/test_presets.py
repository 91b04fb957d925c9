"""The three organizations (Huyện ủy, Tỉnh ủy, Đảng ủy xã): every document and workbook
says the level names, header lines and number symbol of the settings.

A merged commune (``demo --scale commune``) plans, approves and prints with no district
word; the demo district under each preset prints its preset's words; the workbook's
headers follow the settings and read back in.
"""

from __future__ import annotations

import json
import re
import zipfile

import openpyxl
import pytest

from tests.helpers import pdf_text

MONTH = "2026-11"


def _documents(cli, db: str, folder) -> dict[str, str]:
    """Every document of a month, made as a secretary makes them: name -> its text."""
    assert cli("--db", db, "calendar", "new", MONTH).code == 0
    assert cli("--db", db, "calendar", "plan", MONTH).code == 0
    assert cli("--db", db, "calendar", "approve", MONTH, "--number", "15",
               "--date", "2026-10-28").code == 0
    assert cli("--db", db, "calendar", "revise", MONTH).code == 0
    assert cli("--db", db, "calendar", "approve", MONTH, "--number", "16",
               "--date", "2026-11-05").code == 0
    made = {
        "calendar": ("calendar", "pdf", MONTH),
        "assignments": ("report", "assignments", "--number", "3"),
        "personal": ("report", "personal", MONTH),
        "attendance": ("report", "attendance", "2026-10", "--number", "4"),
        "feedback": ("report", "feedback", "2026"),
        "changes": ("report", "changes", MONTH),
        "draft": ("calendar", "pdf", "2026-12"),
    }
    assert cli("--db", db, "calendar", "new", "2026-12", "--copy-previous").code == 0
    texts = {}
    for name, args in made.items():
        path = folder / f"{name}.pdf"
        done = cli("--db", db, *args, "-o", path)
        assert done.code == 0, (name, done)
        texts[name] = " ".join(pdf_text(path).split())  # a wrapped line is one sentence
    docx = folder / "calendar.docx"
    assert cli("--db", db, "calendar", "docx", MONTH, "-o", docx).code == 0
    with zipfile.ZipFile(docx) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    texts["calendar.docx"] = " ".join(re.sub(r"<[^>]+>", " ", xml).split())
    return texts


def _headers(path) -> dict[str, list[str]]:
    """The header row of each sheet of the program's workbook."""
    wb = openpyxl.load_workbook(path, read_only=True)
    found = {}
    for ws in wb.worksheets:
        for row in ws.iter_rows(max_row=6, values_only=True):
            if row and ("STT" in row or "Họ và tên" in row or "Cấp đơn vị" in row
                        or "Vai trò" in row or "Ngày" in row):
                found[ws.title] = [str(v) for v in row if v is not None]
                break
    wb.close()
    return found


DISTRICT_WORDS = re.compile(r"\b(huyện ủy|huyện|cụm|ấp|NDTQ|thị trấn)\b", re.IGNORECASE)


def test_a_merged_commune_plans_approves_and_prints_without_district_words(cli, tmp_path):
    db = str(tmp_path / "xa.db")
    made = cli("--db", db, "demo", "--scale", "commune")
    assert made.code == 0, made
    assert "1 xã, 30 thôn, 40 chi bộ" in made.out and "cụm" not in made.out
    check = cli("--db", db, "check")
    assert "30/30 thôn có cán bộ theo dõi" in check.out and "40/40 chi bộ có cấp ủy dự" in \
        check.out and not DISTRICT_WORDS.search(check.out)
    texts = _documents(cli, db, tmp_path)
    conflicts = cli("--db", db, "calendar", "conflicts", MONTH, "--json")
    assert conflicts.code == 0 and json.loads(conflicts.out) == []
    for name, text in texts.items():
        assert "ĐẢNG BỘ TỈNH PHÚ THỌ" in text and "ĐẢNG ỦY XÃ TÂN PHÚ" in text, name
        assert not DISTRICT_WORDS.search(text), (name, DISTRICT_WORDS.search(text))
    assert "-LT/ĐU" in texts["draft"] and "-TB/ĐU" in texts["changes"]
    assert "Cán bộ theo dõi, hỗ trợ thôn" in texts["calendar"]
    # One commune: its cells are named without it on every row.
    assert "Chi bộ Thôn Bến Đình" in texts["calendar"]
    assert "(xã Tân Phú)" not in texts["calendar"] and "(xã Tân Phú)" not in texts[
        "calendar.docx"]
    assert "theo dõi, hỗ trợ thôn, tổ dân phố" in texts["assignments"]
    assert "Lưu Văn phòng Đảng ủy" in texts["assignments"]

    book = tmp_path / "xa.xlsx"
    assert cli("--db", db, "export-xlsx", "-o", book, "--month", MONTH).code == 0
    headers = _headers(book)
    assert headers["Đơn vị"][:5] == ["Cấp đơn vị", "Xã", "Loại xã", "Thôn, tổ dân phố",
                                     "Loại thôn"]
    assert "Tổ tự quản" in headers["Phân công"] and not any(
        DISTRICT_WORDS.search(h) for sheet in headers.values() for h in sheet)
    again = cli("--db", db, "import", book, "--dry-run")
    assert again.code == 0, again  # the commune's own workbook reads back in


@pytest.mark.slow
@pytest.mark.timeout(900)  # every document of the district, personal slips included
@pytest.mark.parametrize(("preset", "heading", "symbol", "hamlets", "clusters"), [
    ("huyen", "HUYỆN ỦY CHÂU THÀNH", "-LT/HU", "Ấp, khu phố", "Cụm vùng"),
    ("tinh", "TỈNH ỦY BẾN TRE", "-LT/TU", "Thôn, ấp, tổ dân phố", "Cụm"),
    ("xa", "ĐẢNG ỦY XÃ CHÂU THÀNH", "-LT/ĐU", "Thôn, tổ dân phố", None),
])
def test_each_preset_heads_and_names_every_document(cli, demo_path, tmp_path, preset, heading,
                                                    symbol, hamlets, clusters):
    db = str(demo_path)
    applied = cli("--db", db, "settings", "preset", preset)
    assert applied.code == 0, applied
    shown = json.loads(cli("--db", db, "settings", "show", "--json").out)
    assert shown["organization"]["number_suffix"] == symbol
    assert shown["level_names"]["hamlet"] == hamlets
    texts = _documents(cli, db, tmp_path)
    for name, text in texts.items():
        assert "ĐẢNG BỘ TỈNH BẾN TRE" in text and heading in text, name
    assert symbol in texts["draft"] and symbol.replace("LT", "TB") in texts["changes"]
    summary = texts["assignments"]
    assert f"theo dõi, hỗ trợ {hamlets.lower()}" in summary
    if clusters is None:  # a commune's committee: no cluster heading, no cluster leader
        assert "CỤM 1" not in summary and "Trưởng cụm" not in summary
    else:
        assert "CỤM 1" in summary and "Trưởng cụm" in summary
    book = tmp_path / f"{preset}.xlsx"
    assert cli("--db", db, "export-xlsx", "-o", book, "--month", MONTH).code == 0
    headers = _headers(book)
    assert hamlets in headers["Đơn vị"] and hamlets in headers["Phân công"]
    assert (clusters in headers["Đơn vị"]) if clusters else not any(
        h.startswith("Cụm") for h in headers["Đơn vị"])
    assert cli("--db", db, "import", book, "--dry-run").code == 0


def test_a_level_name_set_by_hand_reaches_documents_and_sentences(cli, demo_path, tmp_path):
    db = str(demo_path)
    assert cli("--db", db, "settings", "set", "level_names.hamlet", "Khóm, ấp").code == 0
    checked = cli("--db", db, "check")
    assert "117/117 khóm có cán bộ theo dõi" in checked.out
    book = tmp_path / "b.xlsx"
    assert cli("--db", db, "export-xlsx", "-o", book).code == 0
    assert "Khóm, ấp" in _headers(book)["Phân công"]
    empty = cli("--db", db, "settings", "set", "level_names.hamlet", "")
    assert empty.code != 0 and "không được để trống" in empty.err


def test_a_communes_own_list_needs_no_commune_column_and_knows_the_new_words(cli, tmp_path):
    from openpyxl import Workbook
    from sqlalchemy import select

    from dvdesk.domain import models as m
    from dvdesk.store import open_database

    db = str(tmp_path / "xa.db")
    assert cli("--db", db, "demo", "--scale", "commune").code == 0
    wb = Workbook()
    ws = wb.active
    ws.title = "Theo dõi thôn"
    ws.append(["DANH SÁCH CÁN BỘ THEO DÕI, HỖ TRỢ THÔN, BẢN"])
    ws.append(["STT", "Họ và tên", "Chức vụ", "Thôn, bản", "Điện thoại"])
    ws.append([1, "Lò Văn Páo", "Công chức Văn hóa – Xã hội", "Bản Nà Phặc", "0912000111"])
    ws.append([2, "H'Hen Niê", "Phó Chủ tịch Hội LHPN", "Buôn Ea Sol", "0912000222"])
    path = tmp_path / "thon_ban.xlsx"
    wb.save(path)
    done = cli("--db", db, "import", path)
    assert done.code == 0, done
    database = open_database(db)
    try:
        with database.read() as s:
            commune = s.scalar(select(m.Commune).where(m.Commune.active.is_(True)))
            made = {h.name: (h.kind, h.commune_id) for h in s.scalars(select(m.Hamlet).where(
                m.Hamlet.name.in_(["Bản Nà Phặc", "Buôn Ea Sol"])))}
    finally:
        database.dispose()
    assert made == {"Bản Nà Phặc": ("ban", commune.id), "Buôn Ea Sol": ("buon", commune.id)}


@pytest.mark.parametrize("preset", ["huyen", "tinh", "xa"])
def test_a_brand_new_file_given_to_settings_preset_is_a_ready_empty_database(cli, tmp_path,
                                                                              preset):
    db = tmp_path / "moi.db"
    assert not db.exists()
    made = cli("--db", db, "settings", "preset", preset)
    assert made.code == 0, made
    shown = json.loads(cli("--db", db, "settings", "show", "--json").out)
    assert shown["structure"]["preset"] == preset
    assert shown["organization"]["number_suffix"] == {"huyen": "-LT/HU", "tinh": "-LT/TU",
                                                      "xa": "-LT/ĐU"}[preset]
    assert json.loads(cli("--db", db, "units", "list", "--json").out) == []
    checked = json.loads(cli("--db", db, "check", "--json").out)
    assert checked["errors"] == [] and checked["counts"]["officers"] == 0
    # Ready for work: a month can be started, and check counts in the preset's words.
    assert cli("--db", db, "calendar", "new", "2026-12").code == 0
    words = cli("--db", db, "check").out
    assert ("thôn" in words) == (preset != "huyen") and ("Cụm" in words or "cụm" in words) \
        == (preset != "xa"), words


def test_what_a_preset_would_change_is_shown_before_and_nothing_is_written(demo_db):
    from dvdesk.services.settings import apply_preset, get_settings, preset_changes
    from dvdesk.services.status import database_mark

    before, mark = get_settings(demo_db), database_mark(demo_db)
    changes = {(section, key): (old, new)
               for section, key, old, new in preset_changes(demo_db, "xa")}
    assert changes[("level_names", "hamlet")] == ("Ấp, khu phố", "Thôn, tổ dân phố")
    assert changes[("level_names", "cluster")] == ("Cụm vùng", "")
    assert changes[("organization", "number_suffix")] == ("-LT/HU", "-LT/ĐU")
    assert ("level_names", "cell") not in changes  # "Chi bộ" either way: not a change
    assert get_settings(demo_db) == before and database_mark(demo_db) == mark
    sections, _previous = apply_preset(demo_db, "xa")
    assert {(s, k): v for s, values in sections.items() for k, v in values.items()
            if (s, k) in changes} == {key: new for key, (_old, new) in changes.items()}
    assert preset_changes(demo_db, "xa") == []  # applied: nothing left to change
