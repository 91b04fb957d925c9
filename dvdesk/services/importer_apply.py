"""Writing an import plan set by set (see ``importer.apply_plan``).

A province's own export is ~48,000 units, ~20,000 officers and ~53,000
assignments. Written one service call at a time that is a few hundred thousand
statements (a next-position query per unit, the rules and unit labels reloaded
per assignment, an audit row each); here every kind of row goes in as a few
chunked multi-row inserts instead, inside the caller's one transaction.

The rules were already checked by the planner, in memory, against the holders
it loaded (one per unit, officer load, inactive officers, duplicate rows), so
nothing is checked again row by row. Every created unit, officer, decision and
assignment still gets its own audit entry (written in bulk), with the same
actions and snapshots the one-by-one services write, so an officer's or unit's
history reads the same whichever way it was imported.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from dvdesk.domain.messages import msg
from dvdesk.domain.models import Assignment, Decision, Officer
from dvdesk.domain.roles import COMMUNE_KINDS, HAMLET_KINDS, Role
from dvdesk.domain.text import clean
from dvdesk.domain.units import UNIT_LEVELS
from dvdesk.errors import InvalidInput
from dvdesk.services.audit import row_snapshot, snapshot

CHUNK = 2000


def _insert(session: Session, model, rows: list[dict], same_ids: list[int] | None = None
            ) -> tuple[list[int], dict[int, dict]]:
    """Ids of the inserted rows, in the order given (SQLite and PostgreSQL alike), and
    each row as stored, for its audit entry (``row_snapshot``), returned by the insert
    itself rather than read back.

    ``same_ids`` (a redo of an import that was undone) gives each row back the id it had.
    """
    if same_ids is not None and len(same_ids) == len(rows):
        rows = [{**row, "id": row_id} for row, row_id in zip(rows, same_ids, strict=True)]
    ids: list[int] = []
    stored: dict[int, dict] = {}
    # Core, not the ORM's bulk insert: the same rows and column defaults (row_version
    # starts at 1 either way) without the ORM's bookkeeping per row.
    table = model.__table__
    stmt = insert(table).returning(*table.c, sort_by_parameter_order=True)
    for start in range(0, len(rows), CHUNK):
        for row in session.execute(stmt, rows[start:start + CHUNK]):
            ids.append(row.id)
            stored[row.id] = row_snapshot(row._mapping)
    return ids, stored


def _created(entity: str, ids: list[int], stored: dict[int, dict], audit: list) -> None:
    audit.extend((f"{entity}.create", entity, i, None, stored[i]) for i in ids)


def write_units(session: Session, plan, positions: dict, created: dict, audit: list,
                tick, same_ids: dict | None = None) -> None:
    by_kind = defaultdict(list)
    for unit in plan.units:
        by_kind[unit.kind].append(unit)
    for level in UNIT_LEVELS.values():  # parents first: children need their ids
        kind = level.kind.value
        units = by_kind.get(kind, [])
        if not units:
            continue
        rows = []
        for unit in units:
            name = clean(unit.name)
            if not name:
                raise InvalidInput(msg("Tên đơn vị không được để trống."))
            values: dict = {"name": name}
            parent = unit.parent.id if unit.parent is not None else None
            if level.parent_column is not None:
                if parent is None and kind != "commune":
                    raise InvalidInput(msg("Cần chọn đơn vị cấp trên cho {name}.", name=name))
                values[level.parent_column] = parent
            if kind == "commune":
                values["kind"] = unit.fields.get("kind") or "xa"
                if values["kind"] not in COMMUNE_KINDS:
                    raise InvalidInput(msg("Loại xã không hợp lệ: {kind}.", kind=values["kind"]))
            if kind == "hamlet":
                values["kind"] = unit.fields.get("kind") or "ap"
                if values["kind"] not in HAMLET_KINDS:
                    raise InvalidInput(msg("Loại ấp không hợp lệ: {kind}.", kind=values["kind"]))
            if kind == "cell":
                hamlet, cell_type = unit.fields.get("hamlet"), unit.fields.get("cell_type")
                values["hamlet_id"] = hamlet.id if hamlet is not None else None
                values["cell_type_id"] = cell_type.id if cell_type is not None else None
            positions[(kind, parent)] += 1
            values["position"] = positions[(kind, parent)]
            rows.append(values)
        model = level.model
        ids, stored = _insert(session, model, rows, (same_ids or {}).get(kind))
        for unit, unit_id in zip(units, ids, strict=True):
            unit.id = unit_id
            tick()
        created[kind].extend(ids)
        _created(kind, ids, stored, audit)


def write_officers(session: Session, plan, created: dict, audit: list, tick,
                   same_ids: dict | None = None) -> None:
    from dvdesk.services.officers import _validated

    rows = []
    for person in plan.officers:
        f = person.fields
        rows.append(_validated({
            "full_name": person.name, "title": f.get("title", ""),
            "workplace": f.get("workplace", ""), "level": f.get("level") or "huyen",
            "phone": f.get("phone", ""), "is_committee_member": bool(f.get("is_committee_member")),
            "is_standing_member": bool(f.get("is_standing_member")), "note": f.get("note", "")}))
    ids, stored = _insert(session, Officer, rows, (same_ids or {}).get("officer"))
    for person, officer_id in zip(plan.officers, ids, strict=True):
        person.id = officer_id
        tick()
    created["officer"].extend(ids)
    _created("officer", ids, stored, audit)


def _decisions(session: Session, plan, created: dict, audit: list,
               same_ids: dict | None = None) -> dict[tuple, int]:
    """(number, signed_on or None) -> decision id; the new ones inserted, as
    ``assignments.find_or_create_decision`` would (same number, any date when none given)."""
    wanted = {}
    for item in plan.assignments:
        ref = item.decision
        if ref is not None and clean(ref.number):
            wanted.setdefault((clean(ref.number), ref.signed_on), clean(ref.signer))
    if not wanted:
        return {}
    first: dict[tuple, int] = {}
    any_date: dict[str, int] = {}
    numbers = sorted({number for number, _day in wanted})
    for start in range(0, len(numbers), CHUNK):
        for d_id, number, signed_on in session.execute(
                select(Decision.id, Decision.number, Decision.signed_on)
                .where(Decision.number.in_(numbers[start:start + CHUNK])).order_by(Decision.id)):
            first.setdefault((number, signed_on), d_id)
            any_date.setdefault(number, d_id)
    found: dict[tuple, int] = {}
    new_keys, new_rows = [], []
    for (number, day), signer in wanted.items():
        known = first.get((number, day)) if day else any_date.get(number)
        if known is not None:
            found[(number, day)] = known
        else:
            new_keys.append((number, day))
            new_rows.append({"number": number, "signed_on": day, "signer": signer})
    ids, stored = _insert(session, Decision, new_rows, (same_ids or {}).get("decision"))
    found.update(zip(new_keys, ids, strict=True))
    created["decision"].extend(ids)
    _created("decision", ids, stored, audit)
    return found


def write_assignments(session: Session, plan, created: dict, audit: list, tick,
                      same_ids: dict | None = None) -> None:
    decisions = _decisions(session, plan, created, audit, same_ids)
    items = sorted(plan.assignments, key=lambda a: (a.start, a.origin))
    _end_replaced(session, items, created, audit)
    rows = []
    for item in items:
        ref = item.decision
        decision_id = None
        if ref is not None and clean(ref.number):
            decision_id = decisions[(clean(ref.number), ref.signed_on)]
        rows.append({"officer_id": item.person.id, "role": Role(item.role).value,
                     "unit_id": item.unit.id, "decision_id": decision_id,
                     "effective_from": item.start, "effective_to": item.end,
                     "note": clean(item.note),
                     # An ended row has been written once more, as end_in would.
                     "row_version": 2 if item.end is not None else 1})
    ids, shots = _insert(session, Assignment, rows, (same_ids or {}).get("assignment"))
    ends = []
    for item, a_id in zip(items, ids, strict=True):
        after = shots[a_id]
        if item.end is None:
            audit.append(("assignment.create", "assignment", a_id, None, after))
        else:
            opened = {**after, "effective_to": None, "row_version": 1}
            audit.append(("assignment.create", "assignment", a_id, None, opened))
            ends.append(("assignment.end", "assignment", a_id, opened, after))
        tick()
    audit.extend(ends)
    created["assignment"].extend(ids)


def _end_replaced(session: Session, items: list, created: dict, audit: list) -> None:
    """End the current holders the plan replaces, the day before the newcomer starts."""
    last_day = {}
    for item in items:
        for old_id, _name in item.replaces:
            last_day[old_id] = item.start - dt.timedelta(days=1)
    if not last_day:
        return
    rows = list(session.scalars(select(Assignment).where(Assignment.id.in_(list(last_day)))))
    befores = {row.id: snapshot(row) for row in rows}
    for row in rows:
        day = last_day[row.id]
        if row.effective_to is not None and row.effective_to <= day:
            raise InvalidInput(msg("Phân công này đã kết thúc trước ngày đó."))
        row.effective_to = day
    session.flush()
    for row in rows:
        audit.append(("assignment.end", "assignment", row.id, befores[row.id], snapshot(row)))
        created["ended"].append(row.id)
