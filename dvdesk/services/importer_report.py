"""An import plan as the user reviews it: items by kind, the JSON, and a selection.

Every import (a hand-made list, the program's workbook, an export brought back) is
shown the same way, as a diff:

- ``added``: units, cell types and officers it creates;
- ``changed``: fields of existing rows, old → new (a re-import);
- ``ended``: running assignments it ends (a row deleted, an end date typed, or the
  holder a newcomer replaces);
- ``assigned``: new assignments (a reassignment is one here, with the holder it
  replaces in ``ended``);
- ``conflicts``: fields someone else changed too since the export, with both
  values: never written;
- ``errors``: rows that cannot be applied, each with its sheet, row, column and reason.

Each item the user may leave out has a key (``"officer:3"``, ``"changed:0"`` …),
stable for one plan; ``selected`` makes the plan without them and without what
depends on them (a new officer's assignments, a new unit's units and assignments,
the newcomer to a hamlet whose holder's end was left out).
"""

from __future__ import annotations

import copy
import datetime as dt

from dvdesk.domain.roles import role_label
from dvdesk.services.importer_catalog import Ref
from dvdesk.services.importer_diff import shown

_REASONS = {"row_deleted": "dòng bị xóa", "end_date": "ghi ngày kết thúc",
            "replaced": "giao cho người khác"}


def _json_value(value):
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Ref):
        return value.label()
    if hasattr(value, "number"):  # a decision
        return value.number
    return value


def _origin(origin) -> dict:
    return {"sheet": origin[0], "row": origin[1]} if origin else {"sheet": None, "row": None}


def added_key(ref: Ref, plan) -> str:
    if ref.kind == "officer":
        return f"officer:{_index(plan.officers, ref)}"
    if ref.kind == "cell_type":
        return f"cell_type:{_index(plan.cell_types, ref)}"
    return f"unit:{_index(plan.units, ref)}"


def _index(items: list, item) -> int:
    return next(i for i, x in enumerate(items) if x is item)


def items(plan) -> dict[str, list[dict]]:
    """The plan by kind (see the module docstring), each item a JSON-ready dict."""
    added = []
    for ref in [*plan.cell_types, *plan.units, *plan.officers]:
        entry = {"item": added_key(ref, plan), "entity": ref.kind, "name": ref.name,
                 "label": ref.label(), **_origin(ref.origin)}
        if ref.parent is not None:
            entry["parent"] = ref.parent.label()
        added.append(entry)
    changed = [{"item": f"changed:{i}", "entity": e.entity, "id": e.id, "field": e.field,
                "old": _json_value(e.old), "new": _json_value(e.new), "column": e.column,
                "subject": e.subject, **_origin(e.origin)} for i, e in enumerate(plan.edits)]
    ended = [{"item": f"ended:{i}", "id": e.assignment_id, "role": e.role, "unit": e.unit,
              "officer": e.officer, "officer_id": e.officer_id,
              "last_day": e.last_day.isoformat(), "reason": e.reason, **_origin(e.origin)}
             for i, e in enumerate(plan.ends)]
    assigned = []
    for i, a in enumerate(plan.assignments):
        assigned.append({
            "item": f"assigned:{i}", "role": a.role, "unit": a.unit.label(),
            "officer": a.person.name, "officer_id": a.person.id if not a.person.is_new else None,
            "start": a.start.isoformat(), "end": a.end.isoformat() if a.end else None,
            "replaces": [old for old, _name in a.replaces], **_origin(a.origin)})
        for old, name in a.replaces:  # the holder's row ends the day before
            ended.append({"item": f"assigned:{i}", "id": old, "role": a.role,
                          "unit": a.unit.label(), "officer": name, "officer_id": None,
                          "last_day": (a.start - dt.timedelta(days=1)).isoformat(),
                          "reason": "replaced", **_origin(a.origin)})
    conflicts = [{"entity": c.entity, "id": c.id, "field": c.field, "column": c.column,
                  "subject": c.subject, "exported": _json_value(c.exported),
                  "database": _json_value(c.database), "file": _json_value(c.file),
                  "changed_by": c.changed_by or None,
                  "changed_at": _json_value(c.changed_at), **_origin(c.origin)}
                 for c in plan.conflicts]
    errors = [{"sheet": p.sheet, "row": p.row, "column": p.column, "message": p.message}
              for p in plan.problems]
    return {"added": added, "changed": changed, "ended": ended, "assigned": assigned,
            "conflicts": conflicts, "errors": errors}


def as_json(plan) -> dict:
    """What ``import --dry-run --json`` prints (a contract: keys added, never renamed)."""
    found = items(plan)
    cells = [{"sheet": c.sheet, "row": c.row, "column": c.column, "before": c.before,
              "after": c.after, "encoding": c.label} for c in plan.conversions]
    doubts = [{"sheet": c.sheet, "row": c.row, "column": c.column, "before": c.before,
               "after": c.after, "encoding": c.label} for c in plan.doubts]
    return {"kind": plan.kind, **found, "conversions": cells, "doubts": doubts,
            "warnings": list(plan.warnings), "counts": plan.counts(),
            "exported_at": _json_value(plan.exported_at)}


def selected(plan, leave_out) -> tuple[object, list[str]]:
    """(the plan without the items ``leave_out`` names and what depends on them, every key
    left out). The plan given is not changed."""
    out = set(leave_out)
    units = {u for i, u in enumerate(plan.units) if f"unit:{i}" in out}
    types = {t for i, t in enumerate(plan.cell_types) if f"cell_type:{i}" in out}
    people = {p for i, p in enumerate(plan.officers) if f"officer:{i}" in out}
    ended = {(e.role, e.unit_id) for i, e in enumerate(plan.ends) if f"ended:{i}" in out}
    changing = True
    while changing:  # a unit left out takes the units under it along
        changing = False
        for unit in plan.units:
            if unit not in units and (unit.parent in units
                                      or unit.fields.get("cell_type") in types
                                      or unit.fields.get("hamlet") in units):
                units.add(unit)
                changing = True
    for i, unit in enumerate(plan.units):
        if unit in units:
            out.add(f"unit:{i}")
    gone = units | types | people
    for i, edit in enumerate(plan.edits):
        if edit.new in gone:
            out.add(f"changed:{i}")
    for i, a in enumerate(plan.assignments):
        if a.person in people or a.unit in units or (a.role, a.unit.id) in ended:
            out.add(f"assigned:{i}")
    kept = copy.copy(plan)
    kept.cell_types = [t for t in plan.cell_types if t not in types]
    kept.units = [u for u in plan.units if u not in units]
    kept.officers = [p for p in plan.officers if p not in people]
    kept.deactivate = [p for p in plan.deactivate if p not in people]
    kept.edits = [e for i, e in enumerate(plan.edits) if f"changed:{i}" not in out]
    kept.ends = [e for i, e in enumerate(plan.ends) if f"ended:{i}" not in out]
    kept.assignments = [a for i, a in enumerate(plan.assignments) if f"assigned:{i}" not in out]
    return kept, sorted(out)


def lines(plan) -> dict[str, list[str]]:
    """The diff as sentences, by kind, for the command line and the window."""
    found = items(plan)
    added = [f"{_added_word(a['entity'])} {a['label']}" for a in found["added"]]
    changed = [f"{e.subject}: {e.column or e.field} “{shown(e.old)}” → “{shown(e.new)}”"
               for e in plan.edits]
    ended = [f"{role_label(e['role'])} {e['unit']}: {e['officer']} đến "
             f"{dt.date.fromisoformat(e['last_day']):%d/%m/%Y} ({_REASONS[e['reason']]})"
             for e in found["ended"]]
    assigned = [f"{role_label(a.role)} {a.unit.label()}: {a.person.name} "
                f"(từ {a.start:%d/%m/%Y})" for a in plan.assignments]
    conflicts = [f"{c.subject}: {c.column or c.field} — lúc xuất “{shown(c.exported)}”, "
                 f"trong cơ sở dữ liệu “{shown(c.database)}”"
                 + (f" ({c.changed_by} sửa {c.changed_at:%d/%m/%Y %H:%M})"
                    if c.changed_by and c.changed_at else "")
                 + f", trong tệp “{shown(c.file)}”: không ghi" for c in plan.conflicts]
    return {"added": added, "changed": changed, "ended": ended, "assigned": assigned,
            "conflicts": conflicts}


def _added_word(entity: str) -> str:
    from dvdesk.domain.units import UNIT_LEVELS

    if entity == "officer":
        return "Cán bộ"
    if entity == "cell_type":
        return "Loại hình chi bộ"
    return next((level.label for kind, level in UNIT_LEVELS.items() if kind.value == entity),
                entity)


def reimport_summary(plan) -> str:
    c = plan.counts()
    added = len(plan.units) + len(plan.officers)
    if not (added or c["changed"] or c["ended"] or c["assignments"] or c["conflicts"]
            or plan.months or plan.settings):
        return "không có thay đổi nào so với lúc xuất."
    text = (f"{c['officers']} cán bộ mới, {added - c['officers']} đơn vị mới, "
            f"{c['changed']} trường sửa, {c['ended'] + c['changes']} phân công kết thúc, "
            f"{c['assignments']} phân công mới")
    if plan.months:
        text += f"; {len(plan.months)} bản lịch tháng tạo mới hoặc cập nhật"
    if c["conflicts"]:
        text += f"; {c['conflicts']} chỗ người khác đã sửa sau khi xuất, không ghi"
    return text + "."
