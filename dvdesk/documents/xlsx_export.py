"""The Excel export: officers, units, assignments, the month's calendar, personal schedules.

``export_workbook(db, path, month=None)`` writes a workbook the secretary can
edit and print (frozen header, autofilter, fitted widths, real dates shown
dd/mm/yyyy, A4 print setup, formula-safe text; see ``xlsx_common``). Its
"Đơn vị", "Cán bộ" and "Phân công" sheets are also the program's own import
template: importing the file into an empty database gives back the same units,
officers and assignments (``xlsx_import`` reads them). The workbook is written
in openpyxl's write-only mode, so a province (20,000 officers, ~55,000
assignments, 40,000 groups) streams out without holding every cell in memory.
"""

from __future__ import annotations

import io
from collections import defaultdict
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import select

from dvdesk.documents.xlsx_common import write_table_sheet_streaming
from dvdesk.domain.models import (
    Assignment,
    Cell,
    CellType,
    Cluster,
    Commune,
    Decision,
    Group,
    Hamlet,
    Officer,
)
from dvdesk.domain.roles import COMMUNE_KINDS, HAMLET_KINDS, OFFICER_LEVELS, ROLES, Role
from dvdesk.domain.text import name_sort_key, text_sort_key
from dvdesk.safe_files import write_bytes
from dvdesk.store.database import Database

# Sheet names and column titles: the import reads the same names (keep them in step).
SHEET_UNITS = "Đơn vị"
SHEET_OFFICERS = "Cán bộ"
SHEET_ASSIGNMENTS = "Phân công"
SHEET_PERSONAL = "Lịch cá nhân"

OFFICER_ID = "Mã cán bộ"
UNIT_COLUMNS = ["Cấp đơn vị", "Cụm", "Xã, thị trấn", "Loại xã", "Ấp, khu phố", "Loại ấp",
                "Chi bộ", "Loại hình chi bộ", "Tổ NDTQ"]
OFFICER_COLUMNS = [OFFICER_ID, "Họ và tên", "Chức vụ", "Đơn vị công tác", "Cấp", "Điện thoại",
                   "Cấp ủy viên", "Ủy viên thường vụ", "Đang công tác", "Ghi chú"]
ASSIGNMENT_COLUMNS = ["Cụm", "Xã, thị trấn", "Loại xã", "Ấp, khu phố", "Loại ấp", "Chi bộ",
                      "Loại hình chi bộ", "Tổ NDTQ", "Vai trò", OFFICER_ID, "Họ và tên",
                      "Chức vụ", "Đơn vị công tác", "Điện thoại", "Từ ngày", "Đến ngày",
                      "Số quyết định", "Ngày quyết định", "Người ký", "Ghi chú"]
CALENDAR_COLUMNS = ["Ngày", "Thứ", "Buổi", "Giờ", "Đơn vị", "Xã, thị trấn", "Loại hình chi bộ",
                    "Địa điểm", "Cán bộ dự"]
PERSONAL_COLUMNS = ["Họ và tên", "Chức vụ", "Điện thoại", "Ngày", "Buổi", "Giờ", "Đơn vị",
                    "Địa điểm", "Nhiệm vụ"]

LEVEL_NAMES = {"cluster": "Cụm", "commune": "Xã", "hamlet": "Ấp", "cell": "Chi bộ",
               "group": "Tổ NDTQ"}
YES = "Có"
ROLE_ORDER = {role.value: i for i, role in enumerate(Role)}


def calendar_sheet_name(month: str) -> str:
    """ "2026-12" -> "Lịch tháng 12-2026"."""
    return f"Lịch tháng {month[5:]}-{month[:4]}"


class _Units:
    """Every unit with the names of its parents, loaded in six queries.

    ``row(kind, id)`` gives a sort key (cluster, commune, then the commune's own
    rows, its hamlets each followed by its groups, then its cells) and the unit
    columns of the sheets.
    """

    def __init__(self, session):
        self.clusters = {c.id: c for c in session.scalars(select(Cluster))}
        self.communes = {c.id: c for c in session.scalars(select(Commune))}
        self.hamlets = {h.id: h for h in session.scalars(select(Hamlet))}
        self.cells = {c.id: c for c in session.scalars(select(Cell))}
        self.groups = {g.id: g for g in session.scalars(select(Group))}
        self.types = dict(session.execute(select(CellType.id, CellType.name)).all())
        self._commune_cache: dict[int, tuple] = {}
        self._name_keys: dict[str, tuple] = {}

    def _cluster(self, cluster_id) -> tuple[tuple, str]:
        cluster = self.clusters.get(cluster_id)
        if cluster is None:
            return (10**9, 0), ""
        return (cluster.position, cluster.id), cluster.name

    def _commune(self, commune_id) -> tuple[tuple, tuple, list[str]]:
        # Asked once per assignment: the sort key of a name is worth keeping.
        cached = self._commune_cache.get(commune_id)
        if cached is None:
            commune = self.communes[commune_id]
            cluster_key, cluster_name = self._cluster(commune.cluster_id)
            cached = (cluster_key, (commune.position, text_sort_key(commune.name), commune.id),
                      [cluster_name, commune.name, COMMUNE_KINDS.get(commune.kind, "")])
            self._commune_cache[commune_id] = cached
        return cached[0], cached[1], list(cached[2])

    def _name_key(self, name: str) -> tuple:
        key = self._name_keys.get(name)
        if key is None:
            key = self._name_keys[name] = text_sort_key(name)
        return key

    def _hamlet_cols(self, hamlet: Hamlet) -> list[str]:
        return [hamlet.name, HAMLET_KINDS.get(hamlet.kind, "")]

    def row(self, kind: str, unit_id: int) -> tuple[tuple, list[str]] | None:
        """(sort key, the unit columns after "Cấp đơn vị") of one unit, None if unknown."""
        if kind == "cluster":
            if unit_id not in self.clusters:
                return None
            key, name = self._cluster(unit_id)
            return (key, (), 0, ()), [name] + [""] * 7
        if kind == "commune":
            if unit_id not in self.communes:
                return None
            cluster_key, commune_key, cols = self._commune(unit_id)
            return (cluster_key, commune_key, 1, ()), cols + [""] * 5
        if kind in ("hamlet", "group"):
            group = self.groups.get(unit_id) if kind == "group" else None
            hamlet = self.hamlets.get(group.hamlet_id if group else unit_id)
            if hamlet is None or (kind == "group" and group is None):
                return None
            cluster_key, commune_key, cols = self._commune(hamlet.commune_id)
            sub = (hamlet.position, self._name_key(hamlet.name), hamlet.id,
                   group.position if group else -1, group.id if group else 0)
            return (cluster_key, commune_key, 2, sub), \
                cols + self._hamlet_cols(hamlet) + ["", "", group.name if group else ""]
        cell = self.cells.get(unit_id)
        if cell is None or cell.commune_id not in self.communes:
            return None
        cluster_key, commune_key, cols = self._commune(cell.commune_id)
        hamlet = self.hamlets.get(cell.hamlet_id) if cell.hamlet_id else None
        sub = (cell.position, self._name_key(cell.name), cell.id, 0, 0)
        return (cluster_key, commune_key, 3, sub), \
            cols + (self._hamlet_cols(hamlet) if hamlet else ["", ""]) + \
            [cell.name, self.types.get(cell.cell_type_id, ""), ""]

    def all_active(self):
        for kind, table in (("cluster", self.clusters), ("commune", self.communes),
                            ("hamlet", self.hamlets), ("cell", self.cells),
                            ("group", self.groups)):
            for unit_id, unit in table.items():
                if unit.active:
                    found = self.row(kind, unit_id)
                    if found is not None:
                        yield kind, found


def _yes(value: bool) -> str:
    return YES if value else ""


def officer_rows(session) -> list[list]:
    officers = sorted(session.scalars(select(Officer)),
                      key=lambda o: (name_sort_key(o.full_name), o.id))
    return [[o.id, o.full_name, o.title, o.workplace, OFFICER_LEVELS.get(o.level, o.level),
             o.phone, _yes(o.is_committee_member), _yes(o.is_standing_member),
             YES if o.active else "Không", o.note] for o in officers]


def unit_rows(units: _Units) -> list[list]:
    found = sorted(units.all_active(), key=lambda item: item[1][0])
    return [[LEVEL_NAMES[kind], *cols] for kind, (_key, cols) in found]


def assignment_rows(session, units: _Units, current_only: bool = False) -> list[list]:
    # Plain columns, not ORM objects: a province has ~55,000 assignments.
    officers = {row[0]: row[1:] for row in session.execute(select(
        Officer.id, Officer.full_name, Officer.title, Officer.workplace, Officer.phone))}
    decisions = {row[0]: row[1:] for row in session.execute(select(
        Decision.id, Decision.number, Decision.signed_on, Decision.signer))}
    stmt = select(Assignment.id, Assignment.role, Assignment.unit_id, Assignment.officer_id,
                  Assignment.decision_id, Assignment.effective_from, Assignment.effective_to,
                  Assignment.note)
    if current_only:
        stmt = stmt.where(Assignment.effective_to.is_(None))
    no_decision = ("", None, "")
    keyed = []
    for a_id, role, unit_id, officer_id, decision_id, start, end, note in session.execute(stmt):
        info = ROLES[Role(role)]
        found = units.row(info.unit.value, unit_id)
        if found is None:
            continue
        key, cols = found
        name, title, workplace, phone = officers[officer_id]
        number, signed_on, signer = decisions.get(decision_id, no_decision)
        keyed.append(((key, ROLE_ORDER.get(role, 9), start, a_id),
                      [*cols, info.label, officer_id, name, title, workplace, phone, start, end,
                       number, signed_on, signer, note]))
    keyed.sort(key=lambda item: item[0])
    return [row for _key, row in keyed]


def calendar_rows(view: dict, officers: dict[int, tuple[str, str]]) -> tuple[list, list]:
    """(calendar rows, personal-schedule rows) of one calendar version; ``officers`` maps an
    officer id to (title, phone)."""
    from dvdesk.documents.calendar_pdf import (
        SESSION_NAMES,
        WEEKDAYS,
        attendee_line,
        meeting_sort_key,
        parse_day,
        role_name,
        unit_text,
    )

    cal_rows, per_officer = [], defaultdict(list)
    names: dict[int, str] = {}
    for m in sorted(view.get("meetings") or [], key=meeting_sort_key):
        day = parse_day(m.get("date"))
        session_name = SESSION_NAMES.get(m.get("session"), "").removeprefix("Buổi ").strip()
        cal_rows.append([day, WEEKDAYS[day.weekday()] if day else "", session_name,
                         m.get("start") or "", unit_text(m), m.get("commune") or "",
                         m.get("cell_type") or "", m.get("place") or "",
                         "\n".join(attendee_line(a) for a in m.get("attendees") or [])])
        for a in m.get("attendees") or []:
            names[a["id"]] = a["name"]
            per_officer[a["id"]].append(
                [day, session_name, m.get("start") or "", unit_text(m), m.get("place") or "",
                 role_name(a.get("role", ""))])
    personal = []
    for officer_id in sorted(per_officer, key=lambda i: (name_sort_key(names[i]), i)):
        title, phone = officers.get(officer_id, ("", ""))
        personal += [[names[officer_id], title, phone, *rest] for rest in per_officer[officer_id]]
    return cal_rows, personal


def _latest_month(db: Database) -> str | None:
    from dvdesk.domain.models import MonthlyCalendar

    with db.read() as session:
        return session.scalar(select(MonthlyCalendar.month)
                              .order_by(MonthlyCalendar.month.desc()).limit(1))


def export_workbook(db: Database, path, month: str | None = None) -> dict:
    """Write the workbook; returns how many rows each sheet got.

    ``month`` (YYYY-MM) adds that month's calendar and personal schedules (the
    latest calendar when not given); a month without a calendar adds none and
    the result's ``month`` is None.
    """
    month = month or _latest_month(db)
    with db.read() as session:
        units = _Units(session)
        officers = officer_rows(session)
        units_out = unit_rows(units)
        assignments = assignment_rows(session, units)
        info = {o.id: (o.title, o.phone) for o in session.scalars(select(Officer))}
    view = None
    if month:
        from dvdesk.errors import NotFound
        from dvdesk.services.calendar import calendar_view

        try:
            view = calendar_view(db, month)
        except NotFound:
            view = None  # no calendar that month: the other sheets still go out
    wb = Workbook(write_only=True)
    counts = {}
    write_table_sheet_streaming(wb, SHEET_UNITS, UNIT_COLUMNS, units_out)
    counts[SHEET_UNITS] = len(units_out)
    write_table_sheet_streaming(wb, SHEET_OFFICERS, OFFICER_COLUMNS, officers)
    counts[SHEET_OFFICERS] = len(officers)
    write_table_sheet_streaming(wb, SHEET_ASSIGNMENTS, ASSIGNMENT_COLUMNS, assignments,
                                date_columns=["Từ ngày", "Đến ngày", "Ngày quyết định"])
    counts[SHEET_ASSIGNMENTS] = len(assignments)
    if view is not None:
        cal_rows, personal = calendar_rows(view, info)
        name = calendar_sheet_name(view["month"])
        write_table_sheet_streaming(wb, name, CALENDAR_COLUMNS, cal_rows, date_columns=["Ngày"])
        counts[name] = len(cal_rows)
        rows = personal
        write_table_sheet_streaming(wb, SHEET_PERSONAL, PERSONAL_COLUMNS, rows,
                                    date_columns=["Ngày"])
        counts[SHEET_PERSONAL] = len(rows)
    target = Path(path)
    # Built in memory (a province's workbook is ~8 MB), then written whole or not at all:
    # a disk that fills up half-way never leaves openpyxl's zip writer torn open.
    buffer = io.BytesIO()
    wb.save(buffer)
    write_bytes(target, buffer.getvalue())
    return {"path": str(target), "month": view["month"] if view else None, "sheets": counts}

