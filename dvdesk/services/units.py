"""Add, rename, move and remove units (cụm, xã, ấp, chi bộ, tổ NDTQ).

Removing a unit never deletes it: it is marked inactive so that its history of
assignments and meetings stays readable; ``restore_unit`` undoes a removal.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dvdesk.domain.messages import msg
from dvdesk.domain.models import Assignment, CellType
from dvdesk.domain.roles import COMMUNE_KINDS, HAMLET_KINDS, ROLES, UnitKind
from dvdesk.domain.text import clean
from dvdesk.domain.units import unit_level, unit_model
from dvdesk.errors import ConcurrentEditError, InvalidInput, NotFound
from dvdesk.services.audit import add_recorded, recorded
from dvdesk.services.validation import checked_date, checked_text
from dvdesk.services.versions import expect_values, expect_version
from dvdesk.store import queries
from dvdesk.store.database import Database


def _required_name(name: str, model) -> str:
    name = checked_text(model, "name", name, msg("Tên đơn vị"))
    if not name:
        raise InvalidInput(msg("Tên đơn vị không được để trống."))
    return name


def _get(session: Session, kind: str, unit_id: int, *, lock: bool = False):
    """The unit or NotFound; ``lock``: its row stays locked to the end of the transaction."""
    unit = session.get(unit_model(kind), unit_id, with_for_update=True if lock else None)
    if unit is None:
        raise NotFound(msg("Không có đơn vị {kind} mã {id}.", kind=kind, id=unit_id))
    return unit


def _next_position(session: Session, model, **parent) -> int:
    stmt = select(func.coalesce(func.max(model.position), 0))
    for column, value in parent.items():
        stmt = stmt.where(getattr(model, column) == value)
    return int(session.scalar(stmt)) + 1


def add_unit_in(session: Session, unit_kind: str, name: str, parent_id: int | None = None,
                **fields) -> int:
    kind = UnitKind(unit_kind)
    level = unit_level(kind)
    name = _required_name(name, level.model)
    values = {"name": name}
    if level.parent is not None:
        # The cluster level is optional: only a commune may stand without its parent.
        if parent_id is None and kind != UnitKind.COMMUNE:
            raise InvalidInput(msg("Cần chọn đơn vị cấp trên cho {name}.", name=name))
        if parent_id is not None:
            _get(session, level.parent, parent_id)
        values[level.parent_column] = parent_id
    if kind == UnitKind.COMMUNE and fields.get("kind", "xa") not in COMMUNE_KINDS:
        raise InvalidInput(msg("Loại xã không hợp lệ: {kind}.", kind=fields.get("kind")))
    if kind == UnitKind.HAMLET and fields.get("kind", "ap") not in HAMLET_KINDS:
        raise InvalidInput(msg("Loại ấp không hợp lệ: {kind}.", kind=fields.get("kind")))
    values.update(fields)
    parent_filter = {level.parent_column: parent_id} if level.parent is not None else {}
    if "position" not in values:  # setdefault would run the query even when given
        values["position"] = _next_position(session, level.model, **parent_filter)
    unit = level.model(**values)
    return add_recorded(session, unit, f"{kind.value}.create", kind.value)


def add_unit(db: Database, unit_kind: str, name: str, parent_id: int | None = None,
             **fields) -> int:
    """Thêm đơn vị: a cluster, commune (parent cluster), hamlet or cell (parent commune), group."""
    with db.write() as session:
        return add_unit_in(session, unit_kind, name, parent_id, **fields)


def update_unit(db: Database, unit_kind: str, unit_id: int, *,
                expected_version: int | None = None, expected_values: dict | None = None,
                **fields) -> int:
    """Rename or change a unit's fields (kind, cell type …); returns the new version.
    ``expected_version`` is the version the user saw, ``expected_values`` what an undo or
    redo expects the fields to hold (``services.versions``)."""
    kind = UnitKind(unit_kind).value
    model = unit_model(kind)
    with db.write() as session:
        unit = _get(session, kind, unit_id, lock=True)
        expect_version(unit, expected_version)
        if expected_values:  # a name is compared as it was stored (cleaned)
            expect_values(unit, {key: clean(value) if key == "name" else value
                                 for key, value in expected_values.items()})
        if "name" in fields:
            fields["name"] = _required_name(fields["name"], model)
        with recorded(session, f"{kind}.update", kind, unit):
            for key, value in fields.items():
                if key in ("id", "row_version", "active"):
                    raise InvalidInput(msg("Không sửa được trường {field}.", field=key))
                setattr(unit, key, value)
        return unit.row_version


def rename_unit(db: Database, kind: str, unit_id: int, name: str, *,
                expected_version: int | None = None, expected_name: str | None = None) -> int:
    """Đổi tên; returns the new version. An undo passes ``expected_name``: the name the
    rename gave, refused if someone renamed the unit again since."""
    expected = {"name": expected_name} if expected_name is not None else None
    return update_unit(db, kind, unit_id, name=name, expected_version=expected_version,
                       expected_values=expected)


def unit_version(db: Database, kind: str, unit_id: int) -> int:
    """The version of a unit as it is now (what a window shows and an edit then expects)."""
    with db.read() as session:
        return _get(session, kind, unit_id).row_version


_UNSET = object()


def move_unit(db: Database, kind: str, unit_id: int, new_parent_id: int | None, *,
              expected_version: int | None = None, expected_parent: object = _UNSET) -> int:
    """Move a commune to another cluster, a hamlet or cell to another commune, a group to
    another hamlet; returns the new version. An undo or redo passes ``expected_parent``:
    where the step before left the unit (None too: a commune outside any cluster)."""
    kind = UnitKind(kind)
    level = unit_level(kind)
    if level.parent is None:
        raise InvalidInput(msg("Cụm vùng không có đơn vị cấp trên để chuyển."))
    with db.write() as session:
        unit = _get(session, kind, unit_id, lock=True)
        expect_version(unit, expected_version)
        if expected_parent is not _UNSET:
            expect_values(unit, {level.parent_column: expected_parent})
        if new_parent_id is not None:
            _get(session, level.parent, new_parent_id)
        with recorded(session, f"{kind.value}.move", kind.value, unit):
            setattr(unit, level.parent_column, new_parent_id)
        return unit.row_version


def remove_unit(db: Database, kind: str, unit_id: int, on_date: dt.date | None = None, *,
                expected_version: int | None = None,
                expected_values: dict | None = None) -> list[int]:
    """Xóa đơn vị: mark it inactive and end its current assignments the day before ``on_date``.

    Returns the ids of the assignments that were ended, so the removal can be undone.
    ``expected_version`` / ``expected_values`` as for ``update_unit``.
    """
    on_date = checked_date(on_date, msg("Ngày xóa")) or dt.date.today()
    roles = [r.value for r, info in ROLES.items() if info.unit == kind]
    with db.write() as session:
        unit = _get(session, kind, unit_id, lock=True)
        expect_version(unit, expected_version)
        expect_values(unit, expected_values)
        ended = []
        with recorded(session, f"{kind}.remove", kind, unit):
            unit.active = False
            for row in list(session.scalars(select(Assignment).where(
                    Assignment.role.in_(roles), Assignment.unit_id == unit_id,
                    queries.open_from(on_date)))):
                with recorded(session, "assignment.end", "assignment", row):
                    row.effective_to = max(on_date - dt.timedelta(days=1),
                                           row.effective_from - dt.timedelta(days=1))
                ended.append(row.id)
        return ended


def restore_unit(db: Database, kind: str, unit_id: int, reopen: list[int] = (), *,
                 expected_version: int | None = None,
                 expected_values: dict | None = None) -> None:
    """Undo a removal: the unit is active again and the listed assignments run on.
    ``expected_version`` / ``expected_values`` as for ``update_unit``; an assignment to
    reopen that someone has reopened meanwhile is refused too."""
    with db.write() as session:
        unit = _get(session, kind, unit_id, lock=True)
        expect_version(unit, expected_version)
        expect_values(unit, expected_values)
        with recorded(session, f"{kind}.restore", kind, unit):
            unit.active = True
            for assignment_id in reopen:
                row = session.get(Assignment, assignment_id)
                if row is not None:
                    if row.effective_to is None:
                        raise ConcurrentEditError()
                    with recorded(session, "assignment.reopen", "assignment", row):
                        row.effective_to = None


def ensure_cell_type(session: Session, code: str, name: str,
                     window: tuple[int, int] | None = None, same_id: int | None = None) -> int:
    """The cell type of ``code``, created when missing (with ``same_id`` when given)."""
    existing = session.scalars(select(CellType).where(CellType.code == code)).first()
    if existing:
        return existing.id
    cell_type = CellType(id=same_id, code=code,
                         name=checked_text(CellType, "name", name, msg("Loại hình chi bộ")),
                         window_from=window[0] if window else None,
                         window_to=window[1] if window else None)
    session.add(cell_type)
    session.flush()
    return cell_type.id

