"""Writing a re-import's changes to existing rows, and taking an import back.

A re-import changes rows that exist: fields of units, officers and assignments
(``FieldEdit``) and running assignments it ends (``PlannedEnd``). Each is written
inside the import's one transaction (``importer.apply_plan``), the row read under
the write lock, with one audit entry per change (the row before and after).

What each field held before and holds after is kept in the import's result
(``edited``), as the columns store them: the undo puts every field back, refused
unless it still holds what the import wrote; a redo writes them again, refused
unless they hold what they held before (``services.versions``: values, not
versions). Ended assignments join ``created["ended"]``, which the undo reopens like
the holders an import's newcomer replaced.

``withdraw_import`` is the undo of a whole import: the fields put back, what it
created deleted, what it ended reopened.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from dvdesk.domain.messages import msg
from dvdesk.domain.models import Assignment, Officer
from dvdesk.domain.roles import ROLES, Role
from dvdesk.domain.text import clean
from dvdesk.domain.units import UNIT_LEVELS, unit_model
from dvdesk.errors import ConcurrentEditError, InvalidInput
from dvdesk.services.assignments import DecisionRef, find_or_create_decision
from dvdesk.services.audit import snapshot
from dvdesk.services.importer_catalog import Ref
from dvdesk.services.importer_checks import own_rows
from dvdesk.services.validation import checked_text
from dvdesk.store.database import Database

_DAY = dt.timedelta(days=1)


def _model(entity: str):
    if entity == "officer":
        return Officer
    if entity == "assignment":
        return Assignment
    return unit_model(entity)


def _stored(session: Session, edit) -> dict:
    """The columns ``edit`` writes, as the row stores them."""
    new = edit.new
    if isinstance(new, Ref):
        return {edit.field: new.id}
    if isinstance(new, DecisionRef) or (edit.field == "decision_id" and new is None):
        return {edit.field: find_or_create_decision(session, new)}
    if edit.entity == "officer" and edit.field != "active":
        from dvdesk.services.officers import _validated

        return _validated({edit.field: new})  # the name brings its search key along
    if edit.field == "name":
        return {"name": checked_text(_model(edit.entity), "name", new, "Tên đơn vị")}
    if edit.field == "note":
        return {"note": checked_text(Assignment, "note", clean(new), "Ghi chú")}
    return {edit.field: new}


def _row(session: Session, entity: str, entity_id: int, message: str):
    row = session.get(_model(entity), entity_id, with_for_update=True)
    if row is None:
        raise ConcurrentEditError(message)
    return row


def write_changes(session: Session, plan, created: dict, audit: list,
                  earlier: list[dict] | None = None) -> list[dict]:
    """Write the plan's field edits and ends; returns what each edit changed (``edited``).

    ``earlier``: the ``edited`` of a first application now redone: each field must hold
    what it held before then."""
    from dvdesk.services.importer import stale_message

    stale = stale_message(plan)
    edited: list[dict] = []
    befores: dict[tuple[str, int], dict] = {}
    for index, edit in enumerate(plan.edits):
        row = _row(session, edit.entity, edit.id, stale)
        values = _stored(session, edit)
        before = {name: getattr(row, name) for name in values}
        if earlier is not None and before != earlier[index]["before"]:
            raise ConcurrentEditError(stale)
        shot = snapshot(row)
        for name, value in values.items():
            setattr(row, name, value)
        session.flush()
        befores.setdefault((edit.entity, edit.id), shot)
        audit.append((f"{edit.entity}.update", edit.entity, edit.id, shot, snapshot(row)))
        edited.append({"entity": edit.entity, "id": edit.id, "before": before,
                       "after": {name: getattr(row, name) for name in values}})
    for end in plan.ends:
        row = _row(session, "assignment", end.assignment_id, stale)
        if row.effective_to is not None:
            raise ConcurrentEditError(stale)
        if end.last_day < row.effective_from - _DAY:
            raise InvalidInput(msg("Ngày kết thúc {last} trước ngày bắt đầu {first} của "
                                   "phân công.", last=f"{end.last_day:%d/%m/%Y}",
                                   first=f"{row.effective_from:%d/%m/%Y}"))
        shot = snapshot(row)
        row.effective_to = end.last_day
        session.flush()
        audit.append(("assignment.end", "assignment", row.id, shot, snapshot(row)))
        created["ended"].append(row.id)
    return edited


def withdraw_changes(session: Session, edited: list[dict], message: str) -> list[tuple]:
    """Put back every field an import changed (the last change first); refused with
    ``message`` when one no longer holds what the import wrote. Returns audit entries."""
    audit = []
    for change in reversed(edited):
        row = _row(session, change["entity"], change["id"], message)
        if {name: getattr(row, name) for name in change["after"]} != change["after"]:
            raise ConcurrentEditError(message)
        shot = snapshot(row)
        for name, value in change["before"].items():
            setattr(row, name, value)
        session.flush()
        audit.append((f"{change['entity']}.update", change["entity"], change["id"], shot,
                      snapshot(row)))
    return audit


def withdraw_import(db: Database, result: dict) -> None:
    """Undo an import just applied: delete what it created and reopen what it ended.

    Refused, with nothing changed, when something made since then relies on the
    imported rows (an assignment, a meeting or a unit added under them), or when
    someone changed those rows since (``result["left"]``, see ``importer_checks``).
    """
    from sqlalchemy import delete, exc, func, or_, select, update

    from dvdesk.domain.models import Assignment, CellType, Meeting, Officer
    from dvdesk.services.audit import record, record_many

    made = result.get("created", {})
    own = set(made.get("assignment", []))
    refused = InvalidInput(msg("Không hoàn tác được lần nhập Excel này vì dữ liệu nhập vào "
                               "đã được dùng tiếp (phân công, lịch họp hoặc đơn vị mới); hãy "
                               "sửa trực tiếp."))
    changed_since = msg("Dữ liệu nhập từ Excel đã được người khác sửa sau khi nhập; không "
                        "hoàn tác được lần nhập này, hãy tải lại rồi sửa trực tiếp.")
    with db.write() as session:
        if "left" in result and own_rows(session, made) != result["left"]:
            raise ConcurrentEditError(changed_since)
        # Fields put back first: a unit moved under a unit the import made must leave it.
        record_many(session, withdraw_changes(session, result.get("edited", []), changed_since))
        unit_roles = [(role.value, ROLES[role].unit.value) for role in Role]
        users = [Assignment.officer_id.in_(made.get("officer", []))]
        users += [(Assignment.role == role) & Assignment.unit_id.in_(made.get(kind, []))
                  for role, kind in unit_roles]
        others = session.scalar(select(func.count()).select_from(Assignment).where(
            or_(*users), Assignment.id.not_in(own)))
        meetings = session.scalar(select(func.count()).select_from(Meeting).where(or_(
            (Meeting.kind == "committee") & Meeting.unit_id.in_(made.get("commune", [])),
            (Meeting.kind == "cell") & Meeting.unit_id.in_(made.get("cell", [])))))
        if others or meetings:
            raise refused
        try:
            session.execute(delete(Assignment).where(Assignment.id.in_(own)))
            session.execute(update(Assignment).where(Assignment.id.in_(made.get("ended", [])))
                            .values(effective_to=None, row_version=Assignment.row_version + 1))
            session.execute(delete(Officer).where(Officer.id.in_(made.get("officer", []))))
            for level in reversed(UNIT_LEVELS.values()):  # children before their parents
                session.execute(delete(level.model).where(
                    level.model.id.in_(made.get(level.kind.value, []))))
            session.execute(delete(CellType).where(CellType.id.in_(made.get("cell_type", []))))
            session.flush()
        except exc.IntegrityError as error:
            raise refused from error
        record(session, "import.withdraw", "import", None, {"created": made}, None)
