"""The "Phân công" rows of a re-imported export, compared three ways (``importer_diff``).

- A row left as exported: nothing, whatever happened to its assignment since.
- An end date typed in a running assignment's row: it ends that day. A date changed
  or cleared in a row that had one: the end is corrected (reopened when cleared).
- The start, the decision or the note changed: that field of the assignment.
- Another officer typed in the row (another name, or another "Mã cán bộ"): the
  assignment is handed over: the holder's row ends the day before the new one
  starts (the row's start date when it was changed, else the import day), as a
  reassignment in the window does. The officer is found by the name and the columns
  typed with it (phone, workplace, title); a name nobody has is a new officer.
- The title, workplace or phone of the same officer changed in the row: the
  officer's field, as in the officer's own row ("Cán bộ"); the two may not disagree.
- The unit or the role typed over: a bad row (a unit is renamed in "Đơn vị"; work
  somewhere else is a new row), unless it only follows a rename made there.
- A running assignment's row deleted: it ends the day before the import.
- Rows without a key: new assignments, as the program's template makes them; one
  left without a start date starts on the import day.
"""

from __future__ import annotations

import datetime as dt

from dvdesk.documents.xlsx_export import SHEET_ASSIGNMENTS
from dvdesk.documents.xlsx_keys import key_text
from dvdesk.domain.roles import role_label, role_unit
from dvdesk.domain.text import clean
from dvdesk.services.assignments import DecisionRef
from dvdesk.services.importer_catalog import fold
from dvdesk.services.importer_diff import IGNORED, UNIT_FIELDS, PlannedEnd, shown

_PERSON_COLUMNS = ("title", "workplace", "phone")
_DECISION = ("decision", "decision_date", "signer")
_DAY = dt.timedelta(days=1)


def assignments(diff) -> None:
    matched, new, missing = diff.keyed(SHEET_ASSIGNMENTS, diff.book.assignments,
                                       "assignment_key")
    fields = diff.book.fields.get(SHEET_ASSIGNMENTS, set()) - {"assignment_key"}
    for key, row in matched:
        _keyed_row(diff, key, row, fields)
    history = 0
    for key in sorted(missing, key=lambda k: (len(k), k)):
        history += _deleted_row(diff, key)
    if history:
        diff.plan.warnings.append(
            f"{history} dòng phân công đã kết thúc bị xóa khỏi trang “Phân công”: lịch sử phân "
            "công vẫn giữ nguyên.")
    for row in new:
        _new_row(diff, row)


def _held(catalog, assignment_id: int):
    """(role, unit id, officer id, start, end) of an assignment as the database holds it."""
    found = catalog.assignment_by_id.get(assignment_id)
    if found is None:
        return None
    role, unit_id = found
    for a, officer_id, start, end in catalog.held[(role, unit_id)]:
        if a == assignment_id:
            return role, unit_id, officer_id, start, end
    return None


def _keyed_row(diff, key: str, row, fields: set[str]) -> None:
    catalog = diff.catalog
    origin, values = (row.sheet, row.row), row.values
    base, now = diff.base[SHEET_ASSIGNMENTS][key], diff.now[SHEET_ASSIGNMENTS].get(key)
    changed = diff.changed(base, values, fields)
    if not changed:
        return
    held = _held(catalog, int(key)) if key.isdigit() else None
    unit = catalog.by_id.get((role_unit(held[0]).value, held[1])) if held else None
    holder = catalog.person_by_id.get(held[2]) if held else None
    if now is None or unit is None or holder is None:
        diff.conflict("assignment", int(key) if key.isdigit() else 0, changed[0],
                      f"{base.get('name')}", base.get(changed[0]), "(đã xóa)",
                      values.get(changed[0]), origin)
        return
    role = held[0]
    if "role" in changed:
        diff.problem(origin, "role", "Không đổi được vai trò của một phân công đã có; hãy xóa "
                     "dòng này và thêm dòng mới.")
        return
    moved = [f for f in changed if f in UNIT_FIELDS and (unit.kind, f) not in IGNORED
             and not diff.agrees(unit, f, values.get(f))]
    if moved:
        diff.problem(origin, moved[0], "Không đổi được đơn vị của một phân công đã có: muốn "
                     "đổi tên đơn vị hãy sửa ở trang “Đơn vị”; muốn phân công nơi khác hãy xóa "
                     "dòng này và thêm dòng mới.")
        return
    person = _person(diff, values, changed, holder, origin)
    if person is None:
        return
    context = _Row(diff, int(key), role, unit, holder, held[3], held[4], base, now, values,
                   changed, origin)
    if person is holder:
        context.same_officer()
    else:
        context.hand_over(person)


def _person(diff, values: dict, changed: list[str], holder, origin):
    """Who the row names: the holder, or another officer typed over them."""
    if "officer_key" in changed:
        key = key_text(values.get("officer_key"))
        person = diff.people.get(key) or (
            diff.catalog.person_by_id.get(int(key)) if key.isdigit() else None)
        if person is None:
            diff.problem(origin, "officer_key", f"Không có cán bộ mã {key} trong trang “Cán bộ”.")
            return None
        name = clean(values.get("name"))
        if "name" in changed and name and fold(name) != fold(person.name):
            diff.problem(origin, "name", f"Mã cán bộ {key} là đồng chí {person.name}, dòng này "
                         f"ghi {name}.")
            return None
        return person
    if "name" not in changed or fold(values.get("name")) == fold(holder.name):
        return holder
    # Typed over: the name, and only the columns typed with it (the others are the holder's).
    typed = {"name": values.get("name"),
             **{f: values.get(f) for f in _PERSON_COLUMNS if f in changed}}
    if not clean(typed["name"]):
        diff.problem(origin, "name", "Thiếu họ và tên cán bộ.")
        return None
    return diff.planner.person(typed, origin)


class _Row:
    """One matched row whose fields the secretary changed."""

    def __init__(self, diff, assignment_id, role, unit, holder, start, end, base, now,
                 values, changed, origin):
        self.diff, self.id, self.role, self.unit, self.holder = (
            diff, assignment_id, role, unit, holder)
        self.start, self.end = start, end
        self.base, self.now, self.values, self.changed, self.origin = (
            base, now, values, changed, origin)
        self.subject = f"{role_label(role)} {unit.label()}: {holder.name}"

    def writable(self, field_name: str) -> bool:
        """The field changed only in the file (see ``ReimportDiff.three_way``)."""
        return self.diff.three_way("assignment", self.id, field_name, self.subject,
                                   self.base.get(field_name), self.now.get(field_name),
                                   self.values.get(field_name), self.origin)

    def edit(self, model_field: str, old, new, field_name: str) -> None:
        self.diff.edit("assignment", self.id, model_field, old, new, self.origin, field_name,
                       self.subject)

    def decision(self, row: dict) -> DecisionRef | None:
        number = clean(row.get("decision"))
        return DecisionRef(number, row.get("decision_date"), clean(row.get("signer"))) \
            if number else None

    def same_officer(self) -> None:
        diff, values = self.diff, self.values
        for field_name in _PERSON_COLUMNS:
            if field_name in self.changed:
                diff.officer_field(self.holder, field_name, self.base.get(field_name),
                                   self.now.get(field_name), values.get(field_name), self.origin)
        if "start" in self.changed and self.writable("start"):
            if values.get("start") is None:
                diff.problem(self.origin, "start", "Thiếu ngày bắt đầu của phân công.")
            else:
                self.edit("effective_from", self.start, values["start"], "start")
        if "end" in self.changed and self.writable("end"):
            self._end(values.get("end"))
        if any(f in self.changed for f in _DECISION):
            trio = [tuple(row.get(f) for f in _DECISION) for row in (self.base, self.now,
                                                                     self.values)]
            if diff.three_way("assignment", self.id, "decision", self.subject, *trio,
                              self.origin):
                self.edit("decision_id", self.decision(self.now), self.decision(values),
                          "decision")
        if "note" in self.changed and self.writable("note"):
            self.edit("note", self.now.get("note") or "", clean(values.get("note")), "note")

    def _end(self, last_day: dt.date | None) -> None:
        diff = self.diff
        start = self.values.get("start") or self.start
        if last_day is not None and last_day < start - _DAY:
            diff.problem(self.origin, "end", "Ngày kết thúc trước ngày bắt đầu.")
            return
        if self.end is None and last_day is not None:
            diff.plan.ends.append(PlannedEnd(self.id, last_day, "end_date", self.role,
                                             self.unit.label(), self.holder.name,
                                             self.holder.id, self.origin, self.unit.id))
            diff.catalog.end(self.id, last_day)
            return
        if last_day is None or (self.end is not None and last_day > self.end):
            other = _overlapping_holder(diff.catalog, self.id, self.role, self.unit.id,
                                        self.end or start, last_day)
            if other is not None:
                diff.problem(self.origin, "end", f"Kéo dài phân công này thì trùng với "
                             f"{other} đang phụ trách {self.unit.label()}.")
                return
        self.edit("effective_to", self.end, last_day, "end")

    def hand_over(self, person) -> None:
        """Another officer typed in the row: the holder's assignment ends the day before."""
        diff, values, planner = self.diff, self.values, self.diff.planner
        if self.end is not None:
            if self.base.get("end") is None:
                diff.conflict("assignment", self.id, "name", self.subject, self.holder.name,
                              f"{self.holder.name} (đến {shown(self.end)})",
                              clean(values.get("name")), self.origin)
            else:
                diff.problem(self.origin, "name", "Phân công này đã kết thúc nên không đổi người "
                             "được; muốn phân công người khác hãy thêm dòng mới.")
            return
        start = (values.get("start") if "start" in self.changed else None) or planner.on_date
        if start <= self.start:
            diff.problem(self.origin, "start", f"Người nhận bàn giao phải bắt đầu sau ngày "
                         f"{shown(self.start)} của đồng chí {self.holder.name}; hãy ghi ngày "
                         "bắt đầu ở cột “Từ ngày”.")
            return
        end = values.get("end") if "end" in self.changed else None
        decision = self.decision(values) if any(f in self.changed for f in _DECISION) else None
        note = clean(values.get("note")) if "note" in self.changed else ""
        diff.catalog.end(self.id, start - _DAY)
        plan = diff.plan
        before, problems = len(plan.assignments), len(plan.problems)
        planner.assign(self.origin, person, self.role, self.unit, start, end, decision, note,
                       list_mode=False)
        if len(plan.assignments) > before:
            planned = plan.assignments[-1]
            if all(a != self.id for a, _name in planned.replaces):
                planned.replaces.append((self.id, self.holder.name))
        elif len(plan.problems) == problems:  # already holds it: the holder's row still ends
            plan.ends.append(PlannedEnd(self.id, start - _DAY, "replaced", self.role,
                                        self.unit.label(), self.holder.name, self.holder.id,
                                        self.origin, self.unit.id))


def _overlapping_holder(catalog, assignment_id: int, role: str, unit_id: int,
                        first: dt.date, last: dt.date | None) -> str | None:
    """Another holder of a one-per-unit role in ``first``..``last`` (None: open-ended)."""
    limit = catalog.rules.get(role, {}).get("unit_max")
    if limit is None or int(limit) > 1:
        return None
    for a, officer_id, start, end in catalog.held[(role, unit_id)]:
        if a != assignment_id and (last is None or start <= last) \
                and (end is None or end >= first):
            person = catalog.person_by_id.get(officer_id)
            return person.name if person else f"cán bộ #{officer_id}"
    return None


def _deleted_row(diff, key: str) -> int:
    """A row of the export that is gone from the file: its running assignment ends the day
    before the import. Returns 1 for a row of a past assignment (kept as history)."""
    catalog = diff.catalog
    held = _held(catalog, int(key)) if key.isdigit() else None
    if held is None:
        return 0
    role, unit_id, officer_id, start, end = held
    if end is not None or diff.base[SHEET_ASSIGNMENTS][key].get("end") is not None:
        return int(end is not None and diff.base[SHEET_ASSIGNMENTS][key].get("end") is not None)
    unit = catalog.by_id.get((role_unit(role).value, unit_id))
    holder = catalog.person_by_id.get(officer_id)
    last_day = max(diff.planner.on_date - _DAY, start - _DAY)
    diff.plan.ends.append(PlannedEnd(
        int(key), last_day, "row_deleted", role,
        unit.label() if unit is not None else f"#{unit_id}",
        holder.name if holder is not None else f"#{officer_id}", officer_id, None, unit_id))
    catalog.end(int(key), last_day)
    return 0


def _new_row(diff, row) -> None:
    from dvdesk.services.importer_sources import assignment_row

    values = row.values
    if values.get("start") is None:
        values = {**values, "start": diff.planner.on_date}
    assignment_row(diff.planner, diff.people, row.sheet, row.row, values)


__all__ = ["assignments"]
