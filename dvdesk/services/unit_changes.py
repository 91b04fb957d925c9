"""Renaming and merging units with their history (đổi tên, sáp nhập).

- ``rename_on``: a unit takes a new name (a commune may change kind too: xã → phường)
  from a date; months before it still show and print the old name.
- ``merge``: communes (or hamlets) become one new unit from a date. The hamlets, cells
  and groups move under it; the merged units' assignments end the day before and are
  offered for the new unit (``merge_proposals``, ``apply_proposals``); the merged units
  stay, inactive, with their history, so the months before the merge and "who looked
  after X on D" (``holders_on``) still answer.

Each change is one transaction with its inverse (``undo_rename``, ``unmerge``,
``withdraw_proposals``) for the window's undo; redo repeats the change with the same
ids. Reading the units and who held them on a day is ``unit_lookup``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from types import SimpleNamespace

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from dvdesk.domain.messages import msg
from dvdesk.domain.models import (
    Assignment,
    Meeting,
    Officer,
    UnitHistory,
)
from dvdesk.domain.roles import COMMUNE_KINDS, HAMLET_KINDS, ROLES, Role, UnitKind
from dvdesk.domain.units import level_names, unit_level, unit_model
from dvdesk.errors import ConcurrentEditError, InvalidInput, NotFound
from dvdesk.services.audit import record, recorded, snapshot
from dvdesk.services.validation import checked_date, checked_text
from dvdesk.services.versions import expect_values, expect_version
from dvdesk.store import queries
from dvdesk.store.database import Database
from dvdesk.store.unit_history import UnitHistoryIndex

MERGEABLE = (UnitKind.COMMUNE.value, UnitKind.HAMLET.value)
# What moves when units merge: (child kind, the child's column pointing to the merged kind).
_CHILDREN = {
    "commune": (("hamlet", "commune_id"), ("cell", "commune_id")),
    "hamlet": (("group", "hamlet_id"), ("cell", "hamlet_id")),
}
_KIND_CODES = {"commune": COMMUNE_KINDS, "hamlet": HAMLET_KINDS}


def checked_kind(kind: str) -> str:
    try:
        return UnitKind(kind).value
    except ValueError:
        raise InvalidInput(msg("Không có cấp đơn vị {kind}; có: {known}.", kind=kind,
                               known=", ".join(k.value for k in UnitKind))) from None


def _levels(session: Session):
    return level_names(queries.settings(session))


def unit_row(session: Session, kind: str, unit_id: int, *, lock: bool = True):
    unit = session.get(unit_model(kind), unit_id, with_for_update=True if lock else None)
    if unit is None:
        raise NotFound(msg("Không có {level} mã {id} (xem: dvdesk units list --kind {kind}).",
                           level=_levels(session).word(kind), id=unit_id, kind=kind))
    return unit


def unit_title(kind: str, row) -> str:
    """A unit as a list names it: "Xã An Khánh" for a commune, the name itself otherwise."""
    if kind == "commune":
        from dvdesk.domain.roles import commune_title

        return commune_title(row.kind, row.name)
    return row.name


def _name(session: Session, kind: str, name: str) -> str:
    name = checked_text(unit_model(kind), "name", name, msg("Tên đơn vị"))
    if not name:
        raise InvalidInput(msg("Tên đơn vị không được để trống."))
    return name


def _split_kind(kind: str, name: str, kind_code: str | None) -> tuple[str, str | None]:
    """A commune written with its kind ("Phường An Hội") gives the kind; a hamlet keeps
    its word in the name ("Thôn Đông") and gets the kind from it."""
    from dvdesk.documents.xlsx_lists import hamlet_kind, split_commune

    if kind == "commune":
        bare, found = split_commune(name)
        return bare, kind_code or found or None
    if kind == "hamlet":
        return name, kind_code or hamlet_kind(name) or None
    return name, None


def _check_kind_code(kind: str, code: str | None) -> None:
    codes = _KIND_CODES.get(kind)
    if code is not None and codes is not None and code not in codes:
        raise InvalidInput(msg("Loại đơn vị không hợp lệ: {code} (có: {known}).", code=code,
                               known=", ".join(codes)))


def _after_history(history: UnitHistoryIndex, kind: str, unit_id: int, on: dt.date,
                   label: str) -> None:
    last = history.last_change(kind, unit_id)
    if last is not None and on <= last + dt.timedelta(days=1):
        raise InvalidInput(msg("{unit} đã đổi tên hoặc sáp nhập từ ngày {day}; ngày mới phải "
                               "sau ngày đó.", unit=label,
                               day=(last + dt.timedelta(days=1)).strftime("%d/%m/%Y")))


# ---------------------------------------------------------------------------
# rename


@dataclass
class Renamed:
    kind: str
    unit_id: int
    name: str  # the new name
    kind_code: str | None
    on_date: dt.date
    history_id: int = 0
    old: dict = field(default_factory=dict)  # the fields it had before
    old_title: str = ""  # "Xã Tân Phú" before, "Phường Tân Phú" after
    title: str = ""


def rename_on(db: Database, kind: str, unit_id: int, name: str, on_date: dt.date, *,
              kind_code: str | None = None, expected_version: int | None = None,
              expected_name: str | None = None) -> Renamed:
    """Đổi tên từ ngày ``on_date``: the unit has ``name`` from that day, its old name before
    it. A commune's kind follows the name when written ("Phường An Hội") or ``kind_code``.
    ``expected_version``: the version the user saw; a redo passes ``expected_name`` (the
    name the undo gave back)."""
    kind = checked_kind(kind)
    on_date = checked_date(on_date, msg("Ngày đổi tên"))
    if on_date is None:
        raise InvalidInput(msg("Cần ngày đổi tên (YYYY-MM-DD)."))
    with db.write() as session:
        unit = unit_row(session, kind, unit_id)
        expect_version(unit, expected_version)
        if expected_name is not None:
            expect_values(unit, {"name": expected_name})
        bare, code = _split_kind(kind, name, kind_code)
        bare = _name(session, kind, bare)
        _check_kind_code(kind, code)
        label = queries.unit_label(session, kind, unit_id)
        if not unit.active:
            raise InvalidInput(msg("{unit} không còn hoạt động (đã xóa hoặc sáp nhập).",
                                   unit=label))
        old = {"name": unit.name}
        unit_kind = getattr(unit, "kind", None)
        if code is not None and getattr(unit, "kind", None) != code:
            old["kind"] = unit.kind
        if bare == unit.name and len(old) == 1:
            raise InvalidInput(msg("{unit} đã mang tên “{name}”.", unit=label, name=bare))
        _after_history(UnitHistoryIndex(session, (kind,)), kind, unit_id, on_date, label)
        history = UnitHistory(kind=kind, unit_id=unit_id, change="rename", merged_into=None,
                              valid_to=on_date - dt.timedelta(days=1), values=old,
                              created_at=dt.datetime.now().replace(microsecond=0))
        session.add(history)
        with recorded(session, f"{kind}.rename", kind, unit):
            unit.name = bare
            if "kind" in old:
                unit.kind = code
        session.flush()
        return Renamed(kind, unit_id, bare, code, on_date, history.id, old,
                       unit_title(kind, SimpleNamespace(name=old["name"],
                                                    kind=old.get("kind", unit_kind))),
                       unit_title(kind, unit))


def undo_rename(db: Database, renamed: Renamed) -> None:
    """Take a rename back: the old name (and kind) again, the history row gone. Refused
    when the unit was renamed again meanwhile."""
    with db.write() as session:
        unit = unit_row(session, renamed.kind, renamed.unit_id)
        expect_values(unit, {"name": renamed.name})
        history = session.get(UnitHistory, renamed.history_id)
        if history is None:
            raise ConcurrentEditError()
        with recorded(session, f"{renamed.kind}.rename", renamed.kind, unit):
            for key, value in renamed.old.items():
                setattr(unit, key, value)
        session.delete(history)


# ---------------------------------------------------------------------------
# merge


@dataclass
class Merged:
    """What a merge did, for its undo and redo."""

    kind: str
    unit_ids: list[int]
    name: str
    on_date: dt.date
    kind_code: str | None = None
    new_id: int = 0
    ended: dict[int, str | None] = field(default_factory=dict)  # assignment -> end before
    moved: list[tuple[str, int, str, int]] = field(default_factory=list)  # kind, id, col, from
    history_ids: list[int] = field(default_factory=list)
    title: str = ""  # "Xã Tân Phú"


def merge(db: Database, kind: str, unit_ids: list[int], into_name: str, on_date: dt.date, *,
          kind_code: str | None = None, same_id: int | None = None) -> Merged:
    """Sáp nhập: ``unit_ids`` (communes, or hamlets of one commune) become one new unit
    named ``into_name`` from ``on_date``. Returns what was done (``Merged``): the new
    unit's id, the assignments ended, the units moved. ``same_id``: a redo, which gives
    the new unit the id it had."""
    kind = checked_kind(kind)
    if kind not in MERGEABLE:
        raise InvalidInput(msg("Chỉ sáp nhập được các xã (cấp xã) hoặc các thôn, ấp (cấp "
                               "thôn); không sáp nhập {level}.", level=kind))
    ids = list(dict.fromkeys(int(i) for i in unit_ids))
    if len(ids) < 2:
        raise InvalidInput(msg("Cần ít nhất hai đơn vị để sáp nhập."))
    on_date = checked_date(on_date, msg("Ngày sáp nhập"))
    if on_date is None:
        raise InvalidInput(msg("Cần ngày sáp nhập (YYYY-MM-DD)."))
    with db.write() as session:
        return merge_in(session, kind, ids, into_name, on_date, kind_code=kind_code,
                        same_id=same_id)


def merge_in(session: Session, kind: str, ids: list[int], into_name: str, on_date: dt.date,
             *, kind_code: str | None = None, same_id: int | None = None) -> Merged:
    """``merge`` inside an open transaction (the demo commune is built by merging)."""
    level = unit_level(kind)
    model = level.model
    levels = _levels(session)
    units = [unit_row(session, kind, unit_id) for unit_id in sorted(ids)]
    units.sort(key=lambda u: ids.index(u.id))
    history = UnitHistoryIndex(session, (kind,))
    for unit in units:
        label = queries.unit_label(session, kind, unit.id)
        if not unit.active:
            raise InvalidInput(msg("{unit} không còn hoạt động (đã xóa hoặc sáp nhập).",
                                   unit=label))
        _after_history(history, kind, unit.id, on_date, label)
    parents = {getattr(u, level.parent_column) for u in units}
    if kind == "hamlet" and len(parents) > 1:
        raise InvalidInput(msg("Chỉ sáp nhập các {level} cùng một {parent}.",
                               level=levels.word(kind), parent=levels.word("commune")))
    bare, code = _split_kind(kind, into_name, kind_code)
    bare = _name(session, kind, bare)
    code = code or units[0].kind
    _check_kind_code(kind, code)
    if same_id is not None and session.get(model, same_id) is not None:
        raise ConcurrentEditError()
    new = model(id=same_id, name=bare, kind=code, active=True, position=units[0].position,
                **{level.parent_column: getattr(units[0], level.parent_column)})
    session.add(new)
    session.flush()
    record(session, f"{kind}.merge", kind, new.id, {"merged": ids}, snapshot(new))
    done = Merged(kind, ids, bare, on_date, code, new.id, title=unit_title(kind, new))
    last_day = on_date - dt.timedelta(days=1)
    now = dt.datetime.now().replace(microsecond=0)
    written: list[UnitHistory] = []
    roles = [r.value for r, info in ROLES.items() if info.unit == kind]
    for unit in units:
        written.append(UnitHistory(kind=kind, unit_id=unit.id, change="merge",
                                   merged_into=new.id, valid_to=last_day, created_at=now,
                                   values={"name": unit.name, "kind": unit.kind}))
        session.add(written[-1])
        with recorded(session, f"{kind}.merged", kind, unit):
            unit.active = False
        for assignment in session.scalars(select(Assignment).where(
                Assignment.role.in_(roles), Assignment.unit_id == unit.id,
                queries.open_from(on_date)).order_by(Assignment.id)):
            done.ended[assignment.id] = assignment.effective_to.isoformat() \
                if assignment.effective_to else None
            with recorded(session, "assignment.end", "assignment", assignment):
                assignment.effective_to = max(last_day, assignment.effective_from
                                              - dt.timedelta(days=1))
        for child_kind, column in _CHILDREN[kind]:
            child_model = unit_model(child_kind)
            for child in session.scalars(select(child_model).where(
                    getattr(child_model, column) == unit.id,
                    child_model.active.is_(True)).order_by(child_model.id)):
                written.append(UnitHistory(kind=child_kind, unit_id=child.id, change="move",
                                           merged_into=None, valid_to=last_day,
                                           created_at=now, values={column: unit.id}))
                session.add(written[-1])
                with recorded(session, f"{child_kind}.move", child_kind, child):
                    setattr(child, column, new.id)
                done.moved.append((child_kind, child.id, column, unit.id))
    session.flush()
    done.history_ids = [row.id for row in written]
    return done


def unmerge(db: Database, merged: Merged) -> None:
    """Take a merge back: the units are as they were, the new unit is gone. Refused when
    the new unit was used since (assigned, given a calendar meeting or new children) or
    anything the merge moved or ended changed meanwhile."""
    kind = merged.kind
    model = unit_model(kind)
    with db.write() as session:
        new = session.get(model, merged.new_id, with_for_update=True)
        if new is None or not new.active or new.name != merged.name:
            raise ConcurrentEditError()
        roles = [r.value for r, info in ROLES.items() if info.unit == kind]
        used = session.scalar(select(func.count()).select_from(Assignment).where(
            Assignment.role.in_(roles), Assignment.unit_id == new.id))
        if kind == "commune":
            used += session.scalar(select(func.count()).select_from(Meeting).where(
                Meeting.kind == "committee", Meeting.unit_id == new.id))
        moved_ids = {(k, i) for k, i, _c, _f in merged.moved}
        for child_kind, column in _CHILDREN[kind]:
            child_model = unit_model(child_kind)
            for child_id in session.scalars(select(child_model.id).where(
                    getattr(child_model, column) == new.id)):
                if (child_kind, child_id) not in moved_ids:
                    used += 1
        if used:
            raise InvalidInput(msg("Không hoàn tác được việc sáp nhập: {unit} đã có phân công, "
                                   "lịch họp hoặc đơn vị mới; hãy hoàn tác những việc đó trước.",
                                   unit=queries.unit_label(session, kind, new.id)))
        for child_kind, child_id, column, from_id in merged.moved:
            child = session.get(unit_model(child_kind), child_id, with_for_update=True)
            if child is None or getattr(child, column) != new.id:
                raise ConcurrentEditError()
            with recorded(session, f"{child_kind}.move", child_kind, child):
                setattr(child, column, from_id)
        for assignment_id, end in merged.ended.items():
            row = session.get(Assignment, assignment_id)
            if row is None or row.effective_to != max(
                    merged.on_date - dt.timedelta(days=1),
                    row.effective_from - dt.timedelta(days=1)):
                raise ConcurrentEditError()
            with recorded(session, "assignment.reopen", "assignment", row):
                row.effective_to = dt.date.fromisoformat(end) if end else None
        for unit_id in merged.unit_ids:
            unit = session.get(model, unit_id, with_for_update=True)
            if unit is None or unit.active:
                raise ConcurrentEditError()
            with recorded(session, f"{kind}.restore", kind, unit):
                unit.active = True
        session.execute(delete(UnitHistory).where(UnitHistory.id.in_(merged.history_ids)))
        record(session, f"{kind}.unmerge", kind, new.id, snapshot(new), None)
        session.delete(new)


def redo_merge(db: Database, merged: Merged) -> Merged:
    """The merge again, the new unit with the id it had."""
    return merge(db, merged.kind, merged.unit_ids, merged.name, merged.on_date,
                 kind_code=merged.kind_code, same_id=merged.new_id)


# ---------------------------------------------------------------------------
# the merged units' assignments, offered for the new unit


@dataclass(frozen=True)
class Proposal:
    """One assignment a merge ended, offered for the new unit from the merge date."""

    role: str
    officer_id: int
    officer: str
    from_unit: str  # "xã An Khánh"
    assignment_id: int  # the assignment the merge ended
    on_date: dt.date


def merge_proposals(db: Database, kind: str, unit_id: int) -> list[Proposal]:
    """The assignments of the units merged into ``unit_id`` that the merge ended, each
    offered to go on for the new unit (those already holding the role there left out)."""
    kind = checked_kind(kind)
    with db.read() as session:
        history = UnitHistoryIndex(session, (kind,))
        sources = history.merged_from(kind, unit_id)
        roles = [r.value for r, info in ROLES.items() if info.unit == kind]
        proposals = []
        for old_id, last_day in sources:
            on_date = last_day + dt.timedelta(days=1)
            holding = {o for (o,) in session.execute(select(Assignment.officer_id).where(
                Assignment.role.in_(roles), Assignment.unit_id == unit_id,
                queries.open_from(on_date)))}
            rows = session.execute(
                select(Assignment.id, Assignment.role, Assignment.officer_id, Officer.full_name)
                .join(Officer, Officer.id == Assignment.officer_id)
                .where(Assignment.role.in_(roles), Assignment.unit_id == old_id,
                       Assignment.effective_to == last_day, Officer.active.is_(True),
                       queries.officer_listed())
                .order_by(Assignment.role, Assignment.id))
            label = queries.unit_label(session, kind, old_id)
            for assignment_id, role, officer_id, name in rows:
                if officer_id not in holding:
                    proposals.append(Proposal(role, officer_id, name, label, assignment_id,
                                              on_date))
        return sorted(proposals, key=lambda p: (list(Role).index(Role(p.role)), p.from_unit))


def apply_proposals(db: Database, kind: str, unit_id: int, chosen: list[Proposal], *,
                    accept_warnings: bool = False,
                    same_ids: list[int] | None = None) -> list[int]:
    """Assign the chosen proposals to the new unit from the merge date, all or none (the
    rules checked for each, as for any assignment). Returns the new assignments' ids;
    ``same_ids``: a redo, which writes them with the ids they had."""
    from dvdesk.services.assignments import assign_in

    kind = checked_kind(kind)
    created = []
    with db.write() as session:
        unit_row(session, kind, unit_id)
        for index, proposal in enumerate(chosen):
            if ROLES[Role(proposal.role)].unit != kind:
                raise InvalidInput(msg("Vai trò {role} không dùng cho cấp này.",
                                       role=proposal.role))
            result = assign_in(session, proposal.officer_id, proposal.role, unit_id,
                               proposal.on_date, accept_warnings=accept_warnings,
                               note=msg("Tiếp tục sau sáp nhập ({unit})",
                                        unit=proposal.from_unit).render("vi"),
                               same_id=same_ids[index] if same_ids is not None else None)
            created.append(result.assignment_id)
        return created


def withdraw_proposals(db: Database, assignment_ids: list[int]) -> None:
    """Undo ``apply_proposals``: the assignments it made are gone again (refused when one
    was ended or changed meanwhile)."""
    with db.write() as session:
        for assignment_id in assignment_ids:
            row = session.get(Assignment, assignment_id)
            if row is None:
                raise ConcurrentEditError()
            expect_values(row, {"effective_to": None})
            record(session, "assignment.withdraw", "assignment", row.id, snapshot(row), None)
            session.delete(row)


# ---------------------------------------------------------------------------
