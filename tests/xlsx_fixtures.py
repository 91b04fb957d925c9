"""Hand-made assignment lists, as secretaries keep them, built as real .xlsx files.

Each builder writes one workbook into the given folder and returns its path.
The contents are described in each docstring so importer tests can state
exact expectations. Text marked NFD is typed with combining accents; it must
read back equal to the precomposed form.
"""

from __future__ import annotations

import datetime
import unicodedata
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def _title_rows(ws, lines: list[str], width: int) -> None:
    for row, line in enumerate(lines, 1):
        ws.cell(row, 1, line).font = Font(bold=True)
        ws.cell(row, 1).alignment = Alignment(horizontal="center")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)


def hamlet_support_list(folder: Path, name: str = "ho_tro_ap.xlsx") -> Path:
    """Danh sách cán bộ theo dõi, hỗ trợ ấp — sheet "Hỗ trợ ấp".

    Rows 1–2: merged title lines; row 3 empty; row 4 header, columns in this
    order: "STT", "Xã, thị trấn", "Họ tên", "Ấp/Khu phố", "SĐT", "Chức vụ",
    "Đơn vị công tác", "Cụm vùng". Data (Excel row: content):

    5: 1, "Xã An Khánh", "Nguyễn Văn An", "Ấp 1", 912345678 (int), "Phó Chánh Văn phòng",
       "Văn phòng Huyện ủy", "Cụm 1"
    6: 2, "Xã An Khánh", "Trần Thị Bích" (NFD), "Ấp 2", "0987 654 321", "Chuyên viên",
       "Ban Dân vận Huyện ủy" (NFD), "Cụm 1"
    7: blank
    8: 3, "Xã Tân Thạch", "Nguyễn Văn An", "Ấp 1", 918765432.0 (float), "Phó Trưởng phòng",
       "Phòng Nội vụ", "Cụm 1"   (same name as row 5, another person)
    9: 4, "  TT  Châu Thành ", " Lê   Minh  Tuấn ", "Khu phố 2", "+84 90 111 2233",
       "Cán bộ", "UBMTTQ huyện", "Cụm 2"
    10: 5 (STT only — counts as blank)
    11: 6, "Thị trấn Châu Thành", None (no name), "Khu phố 3", None, None, None, "Cụm 2"
    12: 7, "Xã Phú Túc" (NFD), "Phạm Văn Đức", 3 (number), 2753861234 (int landline),
        datetime(2026, 1, 5) (a date in Chức vụ), True (bool in Đơn vị), "Cụm 2"
    """
    wb = Workbook()
    ws = wb.active
    ws.title = "Hỗ trợ ấp"
    headers = ["STT", "Xã, thị trấn", "Họ tên", "Ấp/Khu phố", "SĐT", "Chức vụ",
               "Đơn vị công tác", "Cụm vùng"]
    _title_rows(ws, ["HUYỆN ỦY CHÂU THÀNH",
                     "DANH SÁCH CÁN BỘ THEO DÕI, HỖ TRỢ ẤP, KHU PHỐ"], len(headers))
    for col, title in enumerate(headers, 1):
        ws.cell(4, col, title)
    rows = {
        5: [1, "Xã An Khánh", "Nguyễn Văn An", "Ấp 1", 912345678, "Phó Chánh Văn phòng",
            "Văn phòng Huyện ủy", "Cụm 1"],
        6: [2, "Xã An Khánh", nfd("Trần Thị Bích"), "Ấp 2", "0987 654 321", "Chuyên viên",
            nfd("Ban Dân vận Huyện ủy"), "Cụm 1"],
        8: [3, "Xã Tân Thạch", "Nguyễn Văn An", "Ấp 1", 918765432.0, "Phó Trưởng phòng",
            "Phòng Nội vụ", "Cụm 1"],
        9: [4, "  TT  Châu Thành ", " Lê   Minh  Tuấn ", "Khu phố 2", "+84 90 111 2233",
            "Cán bộ", "UBMTTQ huyện", "Cụm 2"],
        10: [5],
        11: [6, "Thị trấn Châu Thành", None, "Khu phố 3", None, None, None, "Cụm 2"],
        12: [7, nfd("Xã Phú Túc"), "Phạm Văn Đức", 3, 2753861234,
             datetime.datetime(2026, 1, 5), True, "Cụm 2"],
    }
    for row, values in rows.items():
        for col, value in enumerate(values, 1):
            ws.cell(row, col, value)
    path = Path(folder) / name
    wb.save(path)
    return path


def cell_attendance_list(folder: Path, name: str = "du_chi_bo.xlsx") -> Path:
    """Phân công cấp ủy dự sinh hoạt chi bộ — sheet "Dự chi bộ", header on row 1.

    Columns: "Họ và tên", "Chức vụ", "Chi bộ", "Loại hình chi bộ", "Xã" (one cell
    merged down over rows 2–4, E2:E4), "Số điện thoại".

    2: "Võ Thị Hoa", "Bí thư Đảng ủy", "Chi bộ Ấp 1", "Nông thôn", "Xã An Khánh" (merged 2–4), 909000111
    3: "Võ Thị Hoa", "Bí thư Đảng ủy", "Chi bộ Ấp 2", "Nông thôn", (merged), 909000111
    4: "Đặng Văn Nam", "Phó Bí thư", "Chi bộ Trường THCS An Khánh", "Trường học", (merged), None
    5: "Huỳnh Văn Sơn", None, None (no cell), None, "Xã Tân Thạch", None
    """
    wb = Workbook()
    ws = wb.active
    ws.title = "Dự chi bộ"
    ws.append(["Họ và tên", "Chức vụ", "Chi bộ", "Loại hình chi bộ", "Xã", "Số điện thoại"])
    ws.append(["Võ Thị Hoa", "Bí thư Đảng ủy", "Chi bộ Ấp 1", "Nông thôn", "Xã An Khánh", 909000111])
    ws.append(["Võ Thị Hoa", "Bí thư Đảng ủy", "Chi bộ Ấp 2", "Nông thôn", None, 909000111])
    ws.append(["Đặng Văn Nam", "Phó Bí thư", "Chi bộ Trường THCS An Khánh", "Trường học", None, None])
    ws.append(["Huỳnh Văn Sơn", None, None, None, "Xã Tân Thạch", None])
    ws.merge_cells("E2:E4")
    path = Path(folder) / name
    wb.save(path)
    return path


def leads_list(folder: Path, name: str = "phu_trach.xlsx") -> Path:
    """Phân công phụ trách cụm, xã — sheet "Phụ trách".

    Row 1: merged title; row 2 header: "TT", "Họ và tên" (NFD), "Chức vụ",
    "VAI TRÒ", "Cụm", "Xã, thị trấn"; row 3: column numbers (1)…(6).
    A heading row merged across the table ("I. CỤM 1") on row 4.

    5: 1, "Nguyễn Thanh Bình", "Phó Bí thư Huyện ủy", "Trưởng cụm", "Cụm 1", None
    6: 2, "Lê Văn Hùng", "Huyện ủy viên", "cấp ủy phụ trách xã" (NFD), "Cụm 1", "Xã An Khánh"
    7: 3, "Trần Quốc Việt", "Phó Chủ tịch UBND tỉnh", "LÃNH ĐẠO TỈNH PHỤ TRÁCH", "Cụm 1",
       "Xã An Khánh"
    8: 4, "Phan Văn Tài", "Huyện ủy viên", "Thư ký", "Cụm 1", "Xã Tân Thạch"   (unknown role)
    9: 5, "Mai Thị Lan", "Huyện ủy viên", "Phụ trách xã", "Cụm 2", None   (no commune)
    """
    wb = Workbook()
    ws = wb.active
    ws.title = "Phụ trách"
    headers = ["TT", nfd("Họ và tên"), "Chức vụ", "VAI TRÒ", "Cụm", "Xã, thị trấn"]
    _title_rows(ws, ["PHÂN CÔNG PHỤ TRÁCH CỤM, XÃ"], len(headers))
    ws.append(headers)
    ws.append([f"({i})" for i in range(1, 7)])
    ws.append(["I. CỤM 1"])
    ws.merge_cells("A4:F4")
    ws.append([1, "Nguyễn Thanh Bình", "Phó Bí thư Huyện ủy", "Trưởng cụm", "Cụm 1", None])
    ws.append([2, "Lê Văn Hùng", "Huyện ủy viên", nfd("cấp ủy phụ trách xã"), "Cụm 1",
               "Xã An Khánh"])
    ws.append([3, "Trần Quốc Việt", "Phó Chủ tịch UBND tỉnh", "LÃNH ĐẠO TỈNH PHỤ TRÁCH",
               "Cụm 1", "Xã An Khánh"])
    ws.append([4, "Phan Văn Tài", "Huyện ủy viên", "Thư ký", "Cụm 1", "Xã Tân Thạch"])
    ws.append([5, "Mai Thị Lan", "Huyện ủy viên", "Phụ trách xã", "Cụm 2", None])
    path = Path(folder) / name
    wb.save(path)
    return path


def missing_column_list(folder: Path, name: str = "thieu_cot.xlsx") -> Path:
    """Sheet "Thiếu xã": header "Họ và tên", "Ấp", "Điện thoại" — no commune column.

    A second sheet "Ghi chú" holds free text only (no header: skipped), and a
    hidden sheet "Cũ" holds a full hamlet list (hidden: skipped).
    """
    wb = Workbook()
    ws = wb.active
    ws.title = "Thiếu xã"
    ws.append(["Họ và tên", "Ấp", "Điện thoại"])
    ws.append(["Nguyễn Văn An", "Ấp 1", "0912345678"])
    notes = wb.create_sheet("Ghi chú")
    notes.append(["Danh sách này cập nhật đến tháng 11/2026."])
    old = wb.create_sheet("Cũ")
    old.append(["Họ và tên", "Ấp", "Xã"])
    old.append(["Người Cũ", "Ấp 9", "Xã Cũ"])
    old.sheet_state = "hidden"
    path = Path(folder) / name
    wb.save(path)
    return path


def not_a_workbook(folder: Path, name: str = "khong_phai_excel.xlsx") -> Path:
    """A text file with an .xlsx name."""
    path = Path(folder) / name
    path.write_text("Họ và tên;Ấp;Xã\nNguyễn Văn An;Ấp 1;An Khánh\n", encoding="utf-8")
    return path
