"""What an import checks besides its rows: values the schema cannot hold, and what its undo
and redo rely on.

- ``value_problems``: every text longer than its column, with its row and column,
  found before anything is written (the same on SQLite, which would store it, and on
  PostgreSQL, which would fail without saying where).
- ``footing``: the values a plan was made from (the units and officers it matched or
  would create, the holders it relies on, the rules, the months it writes), as one
  digest. A redo of an
  import that was undone writes the stored plan again without reading the file: it is
  refused unless the footing is what the preview saw.
- ``own_rows``: the values of the rows an import wrote (created, and the holders it
  ended), as one digest; its undo is refused when someone changed them since.

Both digests leave ``row_version`` out on purpose (``services.versions``): undoing and
redoing one's own later actions raises versions without changing a value, and must
not make the import's undo or redo look like someone else's change.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from dvdesk.documents.xlsx_lists import RowProblem
from dvdesk.domain.models import (
    Assignment,
    CellType,
    Decision,
    Meeting,
    MonthlyCalendar,
    Officer,
    Setting,
)
from dvdesk.domain.units import UNIT_LEVELS, unit_model
from dvdesk.store.queries import IDENTITY_KEY

_CHUNK = 900  # bound parameters per statement, well under SQLite's limit
_NOT_CONTENT = {"row_version", "search_name", "sort_key"}

_UNIT_COLUMNS = {"cluster": "Cụm", "commune": "Xã, thị trấn", "hamlet": "Ấp, khu phố",
                 "cell": "Chi bộ", "group": "Tổ NDTQ"}
_OFFICER_COLUMNS = {"title": "Chức vụ", "workplace": "Đơn vị công tác", "note": "Ghi chú"}


# ---------------------------------------------------------------------------
# values the schema cannot hold


def value_problems(plan) -> list[RowProblem]:
    """Values the schema cannot hold, found before anything is written, with their row and
    column: the same on SQLite (which would store them) and PostgreSQL (which would fail)."""
    from dvdesk.services.validation import text_problem

    found: list[RowProblem] = []

    def check(origin, column: str, model, field_name: str, value) -> None:
        reason = text_problem(model, field_name, value, column)
        if reason and origin is not None:
            found.append(RowProblem(origin[0], origin[1], column, reason))

    for ref in plan.cell_types:
        check(ref.origin, "Loại hình chi bộ", CellType, "name", ref.name)
        check(ref.origin, "Loại hình chi bộ", CellType, "code", ref.fields.get("code"))
    for unit in plan.units:
        check(unit.origin, _UNIT_COLUMNS[unit.kind], unit_model(unit.kind), "name", unit.name)
    for person in plan.officers:
        check(person.origin, "Họ và tên", Officer, "full_name", person.name)
        for field_name, column in _OFFICER_COLUMNS.items():
            check(person.origin, column, Officer, field_name, person.fields.get(field_name))
    for item in plan.assignments:
        check(item.origin, "Ghi chú", Assignment, "note", item.note)
        if item.decision is not None:
            check(item.origin, "Số quyết định", Decision, "number", item.decision.number)
            check(item.origin, "Người ký", Decision, "signer", item.decision.signer)
    for version in plan.months:  # the month of an own export (importer_month)
        for column, field_name, value in (
                ("Số văn bản", "number", version.number),
                ("Người duyệt", "approved_by", version.approved_by),
                *zip(("Thay mặt", "Chức vụ người ký", "Người ký"),
                     ("signer_on_behalf", "signer_title", "signer_name"), version.signer,
                     strict=True)):
            check(version.origin, column, MonthlyCalendar, field_name, value)
        for _unit, values in version.meetings:
            check((version.sheet, values["row"]), "Địa điểm", Meeting, "place",
                  values["place"])
    return found


# ---------------------------------------------------------------------------
# digests of values


def _chunks(ids: Iterable[int]) -> Iterable[list[int]]:
    ordered = sorted(set(ids))
    for start in range(0, len(ordered), _CHUNK):
        yield ordered[start:start + _CHUNK]


def _content(model) -> list:
    return [c for c in model.__table__.c if c.name not in _NOT_CONTENT]


def _rows(session: Session, model, ids: Iterable[int], columns=None) -> list[tuple]:
    """The rows of ``ids`` (their content columns, or ``columns``), in id order."""
    table = model.__table__
    chosen = columns or _content(model)
    found: list[tuple] = []
    for chunk in _chunks(ids):
        found += [tuple(r) for r in session.execute(
            select(*chosen).where(table.c.id.in_(chunk)).order_by(table.c.id))]
    return found


def _digest(parts: Iterable) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(repr(part).encode("utf-8", "backslashreplace"))
        digest.update(b"\n")
    return digest.hexdigest()


def own_rows(session: Session, created: dict[str, list[int]]) -> str:
    """The values of the rows an import wrote: every created row, and the end date of
    each holder it ended."""
    models = {"cell_type": CellType, "officer": Officer, "decision": Decision,
              "assignment": Assignment,
              **{level.kind.value: level.model for level in UNIT_LEVELS.values()}}
    parts: list = []
    for kind in sorted(models):
        parts.append((kind, _rows(session, models[kind], created.get(kind, []))))
    table = Assignment.__table__
    parts.append(("ended", _rows(session, Assignment, created.get("ended", []),
                                 [table.c.id, table.c.effective_to])))
    return _digest(parts)


def footing(session: Session, plan) -> str:
    """The values ``plan`` was made from, as one digest (see the module docstring): the
    units of the kinds it matches or creates (names decide what is new), the officers
    (names and phones decide who is who), who holds the roles it gives and what the
    officers it uses already hold, the rows it ends, the cell types, the settings and
    the months it writes."""
    kinds: set[str] = {unit.kind for unit in plan.units}
    holders: dict[str, set[int]] = {}
    officers: set[int] = set()
    replaced: set[int] = set()
    for unit in plan.units:
        if unit.parent is not None:
            kinds.add(unit.parent.kind)
    for item in plan.assignments:
        kinds.add(item.unit.kind)
        if item.unit.id is not None and not item.unit.is_new:
            holders.setdefault(item.role, set()).add(item.unit.id)
        if item.person.id is not None and not item.person.is_new:
            officers.add(item.person.id)
        replaced.update(old_id for old_id, _name in item.replaces)
    parts: list = []
    for kind in sorted(kinds):
        model = unit_model(kind)
        parts.append((kind, [tuple(r) for r in session.execute(
            select(*_content(model)).order_by(model.id))]))
    if plan.officers or plan.assignments:
        parts.append(("officers", [tuple(r) for r in session.execute(
            select(*_content(Officer)).order_by(Officer.id))]))
    table = Assignment.__table__
    columns = [table.c.id, table.c.officer_id, table.c.role, table.c.unit_id,
               table.c.effective_from, table.c.effective_to]
    for role, unit_ids in sorted(holders.items()):
        for chunk in _chunks(unit_ids):
            parts.append(("holders", role, [tuple(r) for r in session.execute(
                select(*columns).where(table.c.role == role, table.c.unit_id.in_(chunk))
                .order_by(table.c.id))]))
    for chunk in _chunks(officers):
        parts.append(("held", [tuple(r) for r in session.execute(
            select(*columns).where(table.c.officer_id.in_(chunk)).order_by(table.c.id))]))
    parts.append(("replaced", _rows(session, Assignment, replaced, columns)))
    parts.append(("cell types", [tuple(r) for r in session.execute(
        select(*_content(CellType)).order_by(CellType.id))]))
    # The rules and the other settings, except the sections the plan writes itself
    # (an undo leaves them as the import wrote them).
    parts.append(("settings", sorted(
        (row.key, repr(row.value)) for row in session.scalars(select(Setting))
        if row.key not in plan.settings and row.key != IDENTITY_KEY)))
    for version in plan.months:
        parts.append(("month", version.month, [tuple(r) for r in session.execute(
            select(MonthlyCalendar.id, MonthlyCalendar.version, MonthlyCalendar.status,
                   MonthlyCalendar.deleted)
            .where(MonthlyCalendar.month == version.month).order_by(MonthlyCalendar.id))]))
        if version.calendar_id is not None:
            parts.append(("draft", _rows(session, Meeting, version.updates)))
    return _digest(parts)
