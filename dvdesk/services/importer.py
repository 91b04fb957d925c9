"""Import an Excel workbook: plan first (nothing written), then apply all or nothing.

Two kinds of workbook are read:

- the program's own export ("Đơn vị", "Cán bộ", "Phân công" sheets), so that
  export → import into an empty database gives back the same units, officers
  and assignments (with their dates and decisions, history included);
- the lists secretaries already keep (hamlet support, cell attendance, leads),
  recognised by their columns (``dvdesk.documents.xlsx_lists``); their
  assignments start on the import day.

``plan_import(db, path)`` reads the file and the database (one read session)
and returns an ``ImportPlan``: units, officers and assignments to create, the
assignments that change hands, soft-rule warnings and every bad row (sheet,
row, column, reason). ``apply_plan(db, plan)`` writes the plan in ONE
transaction, set by set (``importer_apply``: chunked multi-row inserts, audit
entries in bulk); a plan with any problem is refused and nothing is written.

A "one per unit" role (cluster leader, commune lead, provincial liaison, hamlet
support) whose unit already has another current holder is a CHANGE, not an
error: the list is the newer word, so the current holder's assignment ends the
day before the new one starts (history is kept) and the preview lists every such
change by name. Two holders of such a role for the same unit in the same file
are a hard-rule break (bad row).

Writing is helped by ``importer_apply`` (bulk inserts) and ``importer_changes`` (a
re-import's field edits, and ``withdraw_import``, the undo of an import); the checks
against what the plan read are ``importer_checks``.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from dvdesk.documents.xlsx_legacy import CellConversion
from dvdesk.documents.xlsx_lists import ListReadError, RowProblem
from dvdesk.domain.messages import count, lowered, msg, term
from dvdesk.domain.phrases import Joined, Listed, sentences
from dvdesk.domain.roles import role_label, role_name
from dvdesk.domain.rules import officer_limit
from dvdesk.domain.units import UNIT_LEVELS, UNIT_ORDER
from dvdesk.errors import ConcurrentEditError, InvalidInput
from dvdesk.services.assignments import DecisionRef
from dvdesk.services.importer_catalog import Ambiguous, Catalog, Person, Ref
from dvdesk.services.importer_checks import footing, own_rows, value_problems
from dvdesk.services.importer_sentences import place, problem_sentence
from dvdesk.store import queries
from dvdesk.store.database import Database


class ImportFailed(InvalidInput):
    """The file has bad rows; ``problems`` holds one sentence per row."""

    def __init__(self, problems: list[str]):
        super().__init__(sentences(problems))
        self.problems = problems


@dataclass(eq=False)
class PlannedAssignment:
    origin: tuple[str, int]
    person: Person
    role: str
    unit: Ref
    start: dt.date
    end: dt.date | None = None
    decision: DecisionRef | None = None
    note: str = ""
    replaces: list[tuple[int, str]] = field(default_factory=list)  # (assignment id, holder)


@dataclass
class ImportPlan:
    path: str
    sources: list[str] = field(default_factory=list)
    cell_types: list[Ref] = field(default_factory=list)
    units: list[Ref] = field(default_factory=list)
    officers: list[Person] = field(default_factory=list)
    matched_officers: int = 0
    assignments: list[PlannedAssignment] = field(default_factory=list)
    unchanged: int = 0
    deactivate: list[Person] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    # The database as the plan saw it (``queries.data_marks``): applying re-checks it under
    # the write lock, since a preview may stay open for minutes while others edit.
    seen: tuple = ()
    # Cells typed in TCVN3, VNI or VIQR, converted; and cells left as written that may be.
    conversions: list[CellConversion] = field(default_factory=list)
    doubts: list[CellConversion] = field(default_factory=list)
    # The month and the settings of an own export (importer_month).
    months: list = field(default_factory=list)
    settings: dict = field(default_factory=dict)
    extra_changes: list[str] = field(default_factory=list)
    # "list" (hand-made lists), "export" (the program's workbook into another database or
    # filled in by hand), "reimport" (an export back into its own database: a diff).
    kind: str = "list"
    exported_at: dt.datetime | None = None
    # A re-import's changes to existing rows (importer_diff): fields, ends, and the fields
    # someone else changed too since the export (never written).
    edits: list = field(default_factory=list)
    ends: list = field(default_factory=list)
    conflicts: list = field(default_factory=list)
    levels: object = None  # the level names the roles are said with (units.LevelNames)

    @property
    def changes(self) -> list[PlannedAssignment]:
        return [a for a in self.assignments if a.replaces]

    def counts(self) -> dict:
        units = defaultdict(int)
        for unit in self.units:
            units[unit.kind] += 1
        return {"clusters": units["cluster"], "communes": units["commune"],
                "hamlets": units["hamlet"], "cells": units["cell"], "groups": units["group"],
                "officers": len(self.officers), "matched_officers": self.matched_officers,
                "assignments": len(self.assignments), "changes": len(self.changes),
                "unchanged": self.unchanged, "warnings": len(self.warnings),
                "problems": len(self.problems), "changed": len(self.edits),
                "ended": len(self.ends), "conflicts": len(self.conflicts)}

    def summary(self) -> str:
        c = self.counts()
        if self.kind == "reimport":
            from dvdesk.services.importer_report import reimport_summary

            return reimport_summary(self)
        nouns = {"clusters": term("Cụm", lower=True), "communes": term("Xã", lower=True),
                 "hamlets": term("Ấp", lower=True), "cells": term("Chi bộ", lower=True),
                 "groups": term("Tổ NDTQ", lower=True), "officers": msg("cán bộ mới"),
                 "assignments": msg("phân công")}
        counted = {key: count(c[key], noun) for key, noun in nouns.items()}
        parts = [msg("{clusters}, {communes}, {hamlets}, {cells}, {groups}, {officers} "
                     "({matched_officers} cán bộ đã có), {assignments}",
                     matched_officers=c["matched_officers"], **counted)]
        if c["changes"]:
            parts.append(msg(", trong đó {changes} phân công thay người đang phụ trách", **c))
        if c["unchanged"]:
            parts.append(msg("; {unchanged} phân công đã có, giữ nguyên", **c))
        if self.months:
            parts.append(msg("; {count} bản lịch tháng tạo mới hoặc cập nhật",
                             count=len(self.months)))
        if self.settings:
            parts.append(msg("; {count} mục cài đặt",
                             count=sum(len(v) for v in self.settings.values())))
        return msg("{parts}.", parts=Joined(parts))

    def change_lines(self) -> list[str]:
        return [msg("{role} {unit}: {before} → {after} (từ {start})", role=self._role(a.role),
                    unit=a.unit.label(), before=", ".join(n for _i, n in a.replaces),
                    after=a.person.name, start=f"{a.start:%d/%m/%Y}") for a in self.changes] \
            + self.extra_changes

    def _role(self, role: str) -> str:
        return role_name(role, self.levels) if self.levels is not None else role_label(role)

    def problem_lines(self) -> list[str]:
        return [problem_sentence(p) for p in self.problems]

    def conversion_lines(self) -> list[str]:
        """Each converted cell, before → after."""
        return [msg("{place}: “{before}” → “{after}” ({encoding}).",
                    place=place(c.sheet, c.row, c.column), before=c.before, after=c.after,
                    encoding=c.label) for c in self.conversions]

    def doubt_lines(self) -> list[str]:
        return [msg("{place}: để nguyên “{before}”; nếu ô này gõ bằng {encoding} thì là "
                    "“{after}”.", place=place(c.sheet, c.row, c.column), before=c.before,
                    encoding=c.label, after=c.after) for c in self.doubts]


def stale_message(plan: ImportPlan) -> str:
    return msg("Dữ liệu đã được người khác thay đổi sau khi xem trước tệp “{file}”; không nhập "
               "gì, hãy xem trước rồi nhập lại.", file=Path(plan.path).name)


class Planner:
    """Turns rows into a plan against a ``Catalog`` (see the module docstring for the rules)."""

    def __init__(self, catalog: Catalog, plan: ImportPlan, on_date: dt.date):
        self.catalog = catalog
        self.plan = plan
        self.on_date = on_date
        # (role, unit identity) -> planned assignments; (person, role) -> open unit identities
        self.planned: dict[tuple[str, object], list[PlannedAssignment]] = defaultdict(list)
        self.load: dict[tuple[int, str], set] = defaultdict(set)
        self.matched: set[int] = set()
        self.warned: set[tuple[int, int]] = set()
        self.labels: dict[str, object] = {}  # role -> its name inside a sentence
        plan.levels = catalog.levels

    @staticmethod
    def unit_identity(unit: Ref) -> object:
        return ("id", unit.id) if unit.id is not None else id(unit)

    def problem(self, origin, column: str | None, message: str) -> None:
        self.plan.problems.append(RowProblem(origin[0], origin[1], column, message))

    def person(self, values: dict, origin) -> Person | None:
        try:
            person, created = self.catalog.person(values, origin)
        except Ambiguous as error:
            self.problem(origin, "Họ và tên", error.args[0])
            return None
        if not created and person.id is not None:
            self.matched.add(person.id)
        return person

    def assign(self, origin, person: Person, role: str, unit: Ref, start: dt.date,
               end: dt.date | None = None, decision: DecisionRef | None = None,
               note: str = "", list_mode: bool = True) -> None:
        rule = self.catalog.rules.get(role, {})
        label = self.labels.get(role)
        if label is None:  # once per role: a province's export is 50,000 assignment rows
            label = self.labels[role] = lowered(role_name(role, self.catalog.levels))
        key = (role, self.unit_identity(unit))
        last = end or dt.date.max
        existing = self.catalog.holders(role, unit)
        for _a, officer_id, s, e in existing:
            if officer_id == person.id and person.id is not None:
                if (list_mode and (e is None or e >= start)) or s == start:
                    self.plan.unchanged += 1
                    return
        if not person.is_new and not person.fields.get("active", True):
            self.problem(origin, "Họ và tên", msg("Đồng chí {officer} đã thôi công tác, không "
                                                  "thể phân công.", officer=person.name))
            return
        others_planned = []
        for other in self.planned[key]:
            overlap = other.start <= last and (other.end is None or other.end >= start)
            if other.person is person and overlap:
                self.plan.warnings.append(msg(
                    "{place}: trùng với dòng {other} ({officer}, {role} {unit}); chỉ nhập một "
                    "lần.", place=place(*origin), other=other.origin[1], officer=person.name,
                    role=label, unit=unit.label()))
                return
            if overlap:
                others_planned.append(other)
        overlapping = [(a, o, s, e) for a, o, s, e in existing
                       if o != person.id and s <= last and (e is None or e >= start)]
        replaces: list[tuple[int, str]] = []
        unit_max = rule.get("unit_max")
        if unit_max is not None and len(overlapping) + len(others_planned) + 1 > int(unit_max):
            who = Listed([self._name(o) for _a, o, _s, _e in overlapping]
                          + [msg("{officer} (dòng {row})", officer=p.person.name,
                                 row=p.origin[1]) for p in others_planned])
            message = msg("{unit} đã có {role}: {holders}; không thể phân công thêm đồng chí "
                          "{officer} (tối đa {limit}).",
                          unit=unit.label()[:1].upper() + unit.label()[1:], role=label,
                          holders=who, officer=person.name, limit=unit_max)
            if not rule.get("unit_hard", True):
                self.plan.warnings.append(msg("{place}: {warning}", place=place(*origin),
                                              warning=message))
            else:
                movable = [(a, o) for a, o, s, e in overlapping if e is None and s <= start]
                if others_planned or len(overlapping) - len(movable) + 1 > int(unit_max):
                    self.problem(origin, "Họ và tên", message)
                    return
                replaces = [(a, self._name(o)) for a, o in movable]
                self._end_existing(role, unit, {a for a, _o in movable}, start)
        if end is None:
            self._check_load(origin, person, role, rule, unit, label)
        planned = PlannedAssignment(origin, person, role, unit, start, end, decision, note,
                                    replaces)
        self.planned[key].append(planned)
        self.plan.assignments.append(planned)

    def _name(self, officer_id: int) -> str:
        person = self.catalog.person_by_id.get(officer_id)
        return person.name if person else msg("cán bộ #{id}", id=officer_id)

    def _end_existing(self, role: str, unit: Ref, ids: set[int], start: dt.date) -> None:
        rows = self.catalog.held[(role, unit.id)]
        day_before = start - dt.timedelta(days=1)
        for index, (a, o, s, _e) in enumerate(rows):
            if a in ids:
                rows[index] = (a, o, s, day_before)
                self.catalog.open_by_officer.get((o, role), set()).discard(unit.id)

    def _check_load(self, origin, person: Person, role: str, rule: dict, unit: Ref,
                    label: str) -> None:
        units = self.load[(id(person), role)]
        if not units:
            units.update(("id", u) for u in self.catalog.open_units(person, role))
        identity = self.unit_identity(unit)
        if identity in units:
            return
        units.add(identity)
        limit = officer_limit(rule, bool(person.fields.get("is_standing_member")))
        if limit is not None and len(units) > limit:
            message = msg("Đồng chí {officer} sẽ là {role} của {count} đơn vị, vượt mức thường "
                          "lệ {limit} (thêm {unit}).", officer=person.name, role=label,
                          count=len(units), limit=limit, unit=unit.label())
            if rule.get("officer_hard", False):
                self.problem(origin, "Họ và tên", message)
            else:
                self.plan.warnings.append(msg("{place}: {warning}", place=place(*origin),
                                              warning=message))

    def finish(self) -> ImportPlan:
        plan = self.plan
        plan.cell_types = list(self.catalog.new_types)
        plan.units = sorted(self.catalog.new_units, key=lambda u: UNIT_ORDER[u.kind])
        plan.officers = list(self.catalog.new_people)
        plan.matched_officers = len(self.matched)
        plan.deactivate = [p for p in plan.officers if not p.fields.get("active", True)]
        plan.problems.extend(value_problems(plan))
        return plan


def readable_workbook(path: str | Path) -> Path:
    """``path`` as a Path once it is a file DV Desk may read as a workbook; InvalidInput for a
    folder or a file whose unpacked size passes the limits."""
    from dvdesk.documents.xlsx_guard import WorkbookTooLarge, check_workbook

    path = Path(path)
    if path.is_dir():
        raise InvalidInput(msg("“{name}” là một thư mục, không phải tệp Excel; hãy chọn một tệp "
                               ".xlsx.", name=path.name))
    try:
        check_workbook(path)  # before a reader lays out a grid the file only pretends to need
    except WorkbookTooLarge as error:
        raise InvalidInput(error.args[0]) from error
    return path


def plan_import(db: Database, path: str | Path, on_date: dt.date | None = None) -> ImportPlan:
    """Read the workbook and build the plan; nothing is written."""
    from dvdesk.documents.xlsx_guard import WorkbookTooLarge
    from dvdesk.documents.xlsx_import import is_own_workbook
    from dvdesk.services import importer_sources as sources

    path = readable_workbook(path)
    on_date = on_date or dt.date.today()
    try:
        own = is_own_workbook(path)
    except (WorkbookTooLarge, ListReadError) as error:
        raise InvalidInput(error.args[0]) from error
    plan = ImportPlan(str(path))
    with db.read() as session:
        plan.seen = queries.data_marks(session)
        planner = Planner(Catalog(session), plan, on_date)
        planner.session = session  # the month of an own export is compared with the database's
        try:
            if own:
                sources.plan_own(planner, path)
            else:
                sources.plan_lists(planner, path)
        except ListReadError as error:
            raise InvalidInput(error.args[0]) from error
    plan = planner.finish()
    if plan.kind != "reimport" and not plan.problems and not plan.assignments and not plan.units and not plan.officers \
            and not plan.unchanged and not plan.matched_officers and not plan.months \
            and not plan.settings:
        if not plan.sources:
            raise InvalidInput(msg(
                "Không nhận ra danh sách nào trong tệp “{name}”: cần một trang có các cột như Họ "
                "và tên, Ấp/Khu phố, Xã/Thị trấn (hoặc Chi bộ, Vai trò).", name=path.name))
        raise InvalidInput(msg("Tệp “{name}” có tiêu đề bảng nhưng không có dòng dữ liệu nào để "
                               "nhập.", name=path.name))
    return plan


def apply_plan(db: Database, plan: ImportPlan, progress=None, *,
               same_ids: dict[str, list[int]] | None = None,
               redo_of: dict | None = None, leave_out=()) -> dict:
    """Write the whole plan in one transaction; refused when the plan has any problem.

    ``leave_out``: the items (``importer_report.items``) the user unticked in the
    preview; what depends on them is left out too (the result's ``left_out``).

    ``progress(done, total)`` is called now and then with the rows written so far.
    Refused with the concurrent-edit sentence, nothing written, when the database
    changed since the preview (``plan.seen``, re-checked under the write lock).
    ``redo_of`` is the result of an earlier application of the same plan that was
    withdrawn: a redo writes the rows back with the ids they had (``same_ids`` alone
    does that too, for callers that checked already), refused unless the values the
    plan relies on are what they were then (``importer_checks.footing``). The result
    holds that footing and the digest of the rows written (``left``, for the undo).
    """
    from sqlalchemy import select

    from dvdesk.domain.models import Officer
    from dvdesk.services import importer_apply as bulk
    from dvdesk.services.audit import record_many, snapshot
    from dvdesk.services.importer_changes import write_changes
    from dvdesk.services.importer_report import selected
    from dvdesk.services.units import ensure_cell_type

    if plan.problems:
        raise ImportFailed(plan.problem_lines())
    left_out: list[str] = []
    if redo_of is not None:
        left_out = list(redo_of.get("left_out", []))
    elif leave_out:
        left_out = sorted(set(leave_out))
    full = plan
    if left_out:
        plan, left_out = selected(plan, left_out)
    created: dict[str, list[int]] = defaultdict(list)
    total = len(plan.units) + len(plan.officers) + len(plan.assignments)
    step = [0]

    def tick() -> None:
        step[0] += 1
        if progress is not None and (step[0] % 200 == 0 or step[0] == total):
            progress(step[0], total)

    try:
        with db.write() as session:
            base = footing(session, plan)
            if redo_of is not None:
                same_ids = redo_of["created"]
                stale = base != redo_of["footing"]
            else:
                stale = same_ids is None and queries.data_marks(session) != plan.seen
            if stale:
                # Someone changed units, officers, assignments or rules since the preview:
                # the plan (who replaces whom, what is new) may no longer hold.
                raise ConcurrentEditError(stale_message(plan))
            audit: list[tuple] = []
            positions = _next_positions(session)
            earlier_types = list((same_ids or {}).get("cell_type", []))
            for cell_type in plan.cell_types:
                cell_type.id = ensure_cell_type(
                    session, cell_type.fields["code"], cell_type.name,
                    same_id=earlier_types.pop(0) if earlier_types else None)
                created["cell_type"].append(cell_type.id)
            bulk.write_units(session, plan, positions, created, audit, tick, same_ids)
            bulk.write_officers(session, plan, created, audit, tick, same_ids)
            edited = write_changes(session, plan, created, audit,
                                   redo_of.get("edited") if redo_of is not None else None)
            bulk.write_assignments(session, plan, created, audit, tick, same_ids)
            from dvdesk.services.importer_month import write_month

            write_month(session, plan, audit)
            ids = [p.id for p in plan.deactivate]
            for officer in session.scalars(select(Officer).where(Officer.id.in_(ids))):
                before = snapshot(officer)
                officer.active = False
                session.flush()
                audit.append(("officer.deactivate", "officer", officer.id, before,
                              snapshot(officer)))
            audit.append(("import.apply", "import", None, None,
                          {"file": Path(plan.path).name, **plan.counts()}))
            record_many(session, audit)
            left = own_rows(session, created)
    except BaseException:
        # The transaction rolled back: the refs must not keep ids that no longer exist.
        for ref in [*full.cell_types, *full.units, *full.officers]:
            if ref.is_new:
                ref.id = None
        raise
    return {"counts": plan.counts(), "created": dict(created), "footing": base, "left": left,
            "edited": edited, "left_out": left_out}


def _next_positions(session) -> dict[tuple[str, int | None], int]:
    """(unit kind, parent id) -> the highest position used, in one query per table."""
    from sqlalchemy import func, select

    highest: dict[tuple[str, int | None], int] = defaultdict(int)
    for kind, level in UNIT_LEVELS.items():
        model = level.model
        if level.parent_column is None:
            highest[(kind.value, None)] = int(session.scalar(
                select(func.coalesce(func.max(model.position), 0))))
            continue
        column = getattr(model, level.parent_column)
        for parent, top in session.execute(select(column, func.max(model.position))
                                           .group_by(column)):
            highest[(kind.value, parent)] = int(top or 0)
    return highest


def import_file(db: Database, path: str | Path, *, dry_run: bool = False,
                on_date: dt.date | None = None) -> ImportPlan:
    """Plan and (unless ``dry_run``) apply; raises ImportFailed when a row is bad."""
    plan = plan_import(db, path, on_date)
    if not dry_run:
        apply_plan(db, plan)
    return plan

