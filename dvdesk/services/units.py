"""Add, rename, move and remove units (cụm, xã, ấp, chi bộ, tổ NDTQ).

Removing a unit never deletes it: it is marked inactive so that its history of
assignments and meetings stays readable; ``restore_unit`` undoes a removal.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dvdesk.domain.models import Assignment, CellType, Cluster, Commune, Hamlet
from dvdesk.domain.roles import COMMUNE_KINDS, HAMLET_KINDS, ROLES, UnitKind
from dvdesk.domain.text import clean
from dvdesk.errors import InvalidInput, NotFound
from dvdesk.services.audit import record, snapshot
from dvdesk.services.validation import checked_date, checked_text
from dvdesk.services.versions import expect_values, expect_version
from dvdesk.store import queries
from dvdesk.store.database import Database

# For each kind: the parent column a move changes.
PARENT = {
    UnitKind.COMMUNE: ("cluster_id", Cluster),
    UnitKind.HAMLET: ("commune_id", Commune),
    UnitKind.CELL: ("commune_id", Commune),
    UnitKind.GROUP: ("hamlet_id", Hamlet),
}


def _required_name(name: str, model=Cluster) -> str:
    name = checked_text(model, "name", name, "Tên đơn vị")
    if not name:
        raise InvalidInput("Tên đơn vị không được để trống.")
    return name


def _get(session: Session, kind: str, unit_id: int):
    unit = session.get(queries.UNIT_TABLES[UnitKind(kind)], unit_id)
    if unit is None:
        raise NotFound(f"Không có đơn vị {kind} mã {unit_id}.")
    return unit


def _next_position(session: Session, model, **parent) -> int:
    stmt = select(func.coalesce(func.max(model.position), 0))
    for column, value in parent.items():
        stmt = stmt.where(getattr(model, column) == value)
    return int(session.scalar(stmt)) + 1


def add_unit_in(session: Session, unit_kind: str, name: str, parent_id: int | None = None,
                **fields) -> int:
    kind = UnitKind(unit_kind)
    model = queries.UNIT_TABLES[kind]
    name = _required_name(name, model)
    values = {"name": name}
    if kind in PARENT:
        column, parent_model = PARENT[kind]
        if parent_id is None and kind != UnitKind.COMMUNE:
            raise InvalidInput(f"Cần chọn đơn vị cấp trên cho {name}.")
        if parent_id is not None:
            _get(session, _kind_of(parent_model), parent_id)
        values[column] = parent_id
    if kind == UnitKind.COMMUNE and fields.get("kind", "xa") not in COMMUNE_KINDS:
        raise InvalidInput(f"Loại xã không hợp lệ: {fields.get('kind')}.")
    if kind == UnitKind.HAMLET and fields.get("kind", "ap") not in HAMLET_KINDS:
        raise InvalidInput(f"Loại ấp không hợp lệ: {fields.get('kind')}.")
    values.update(fields)
    parent_filter = {PARENT[kind][0]: parent_id} if kind in PARENT else {}
    if "position" not in values:  # setdefault would run the query even when given
        values["position"] = _next_position(session, model, **parent_filter)
    unit = model(**values)
    session.add(unit)
    session.flush()
    record(session, f"{kind.value}.create", kind.value, unit.id, None, snapshot(unit))
    return unit.id


def _kind_of(model) -> str:
    for kind, table in queries.UNIT_TABLES.items():
        if table is model:
            return kind.value
    raise ValueError(model)


def add_unit(db: Database, unit_kind: str, name: str, parent_id: int | None = None,
             **fields) -> int:
    """Thêm đơn vị: a cluster, commune (parent cluster), hamlet or cell (parent commune), group."""
    with db.write() as session:
        return add_unit_in(session, unit_kind, name, parent_id, **fields)


def update_unit(db: Database, unit_kind: str, unit_id: int, *,
                expected_version: int | None = None, expected_values: dict | None = None,
                **fields) -> int:
    """Rename or change a unit's fields (kind, cell type …); returns the new version.
    ``expected_version`` is the version the user saw, ``expected_values`` what an undo
    expects the fields to hold (see ``services.versions``)."""
    kind = UnitKind(unit_kind).value
    model = queries.UNIT_TABLES[UnitKind(kind)]
    with db.write() as session:
        unit = _get(session, kind, unit_id)
        expect_version(unit, expected_version)
        expect_values(unit, expected_values)
        before = snapshot(unit)
        if "name" in fields:
            fields["name"] = _required_name(fields["name"], model)
        for key, value in fields.items():
            if key in ("id", "row_version", "active"):
                raise InvalidInput(f"Không sửa được trường {key}.")
            setattr(unit, key, value)
        session.flush()
        record(session, f"{kind}.update", kind, unit_id, before, snapshot(unit))
        return unit.row_version


def rename_unit(db: Database, kind: str, unit_id: int, name: str, *,
                expected_version: int | None = None, expected_name: str | None = None) -> int:
    """Đổi tên; returns the new version. An undo passes ``expected_name``: the name the
    rename gave, refused if someone renamed the unit again since."""
    expected = {"name": clean(expected_name)} if expected_name is not None else None
    return update_unit(db, kind, unit_id, name=name, expected_version=expected_version,
                       expected_values=expected)


def unit_version(db: Database, kind: str, unit_id: int) -> int:
    """The version of a unit as it is now (what a window shows and an edit then expects)."""
    with db.read() as session:
        return _get(session, kind, unit_id).row_version


def move_unit(db: Database, kind: str, unit_id: int, new_parent_id: int | None, *,
              expected_version: int | None = None, expected_parent: object = None) -> int:
    """Move a commune to another cluster, a hamlet or cell to another commune, a group to
    another hamlet; returns the new version."""
    kind = UnitKind(kind)
    if kind not in PARENT:
        raise InvalidInput("Cụm vùng không có đơn vị cấp trên để chuyển.")
    column, parent_model = PARENT[kind]
    with db.write() as session:
        unit = _get(session, kind, unit_id)
        expect_version(unit, expected_version)
        if expected_parent is not None:  # an undo: the unit must still be where it was moved
            expect_values(unit, {column: expected_parent})
        if new_parent_id is not None:
            _get(session, _kind_of(parent_model), new_parent_id)
        before = snapshot(unit)
        setattr(unit, column, new_parent_id)
        session.flush()
        record(session, f"{kind.value}.move", kind.value, unit_id, before, snapshot(unit))
        return unit.row_version


def unit_has_history(db: Database, kind: str, unit_id: int) -> bool:
    roles = [r.value for r, info in ROLES.items() if info.unit == kind]
    with db.read() as session:
        return bool(session.scalar(select(func.count()).select_from(Assignment).where(
            Assignment.role.in_(roles), Assignment.unit_id == unit_id)))


def remove_unit(db: Database, kind: str, unit_id: int, on_date: dt.date | None = None, *,
                expected_version: int | None = None) -> list[int]:
    """Xóa đơn vị: mark it inactive and end its current assignments the day before ``on_date``.

    Returns the ids of the assignments that were ended, so the removal can be undone.
    """
    on_date = checked_date(on_date, "Ngày xóa") or dt.date.today()
    roles = [r.value for r, info in ROLES.items() if info.unit == kind]
    with db.write() as session:
        unit = _get(session, kind, unit_id)
        expect_version(unit, expected_version)
        before = snapshot(unit)
        unit.active = False
        ended = []
        for row in session.scalars(select(Assignment).where(
                Assignment.role.in_(roles), Assignment.unit_id == unit_id,
                queries.open_from(on_date))):
            row_before = snapshot(row)
            row.effective_to = max(on_date - dt.timedelta(days=1),
                                   row.effective_from - dt.timedelta(days=1))
            record(session, "assignment.end", "assignment", row.id, row_before, snapshot(row))
            ended.append(row.id)
        session.flush()
        record(session, f"{kind}.remove", kind, unit_id, before, snapshot(unit))
        return ended


def restore_unit(db: Database, kind: str, unit_id: int, reopen: list[int] = (), *,
                 expected_version: int | None = None) -> None:
    """Undo a removal: the unit is active again and the listed assignments run on."""
    with db.write() as session:
        unit = _get(session, kind, unit_id)
        expect_version(unit, expected_version)
        before = snapshot(unit)
        unit.active = True
        for assignment_id in reopen:
            row = session.get(Assignment, assignment_id)
            if row is not None:
                row_before = snapshot(row)
                row.effective_to = None
                session.flush()
                record(session, "assignment.reopen", "assignment", row.id, row_before,
                       snapshot(row))
        session.flush()
        record(session, f"{kind}.restore", kind, unit_id, before, snapshot(unit))


def ensure_cell_type(session: Session, code: str, name: str,
                     window: tuple[int, int] | None = None) -> int:
    existing = session.scalars(select(CellType).where(CellType.code == code)).first()
    if existing:
        return existing.id
    cell_type = CellType(code=code, name=checked_text(CellType, "name", name, "Loại hình chi bộ"),
                         window_from=window[0] if window else None,
                         window_to=window[1] if window else None)
    session.add(cell_type)
    session.flush()
    return cell_type.id

