"""A re-imported export as a diff: what the secretary changed in Excel, field by field.

The program's export carries every row's key and the rows as exported
(``documents.xlsx_keys``). Importing it back into the database it came from, each
row is matched to what it came from by its key and compared three ways, field by
field, in the values the reader gives (``xlsx_import.canonical``):

- the row as the file holds it with the row as exported: what the secretary
  changed (a row left alone is not listed, whatever happened to it since);
- the row as exported with the row as the database holds it now: what someone
  else changed since the export.

A field only the secretary changed becomes a ``FieldEdit`` (old → new); a field both
changed, to different values, a ``Conflict`` shown with both values and never
written; a field both changed to the same value, nothing. Rows without a key (or
with a key the export does not know) are new rows, planned as any import plans
them. A deleted row of a running assignment, or an end date typed in it, ends it
(``PlannedEnd``); another officer typed in an assignment's row hands it over
(the old one ends the day before the new one starts). Rows of units and officers
deleted from the file are kept (a warning says how to remove them). What cannot
be applied (a unit typed over in an assignment's row, a level changed) is a bad
row with its reason, and as in every import nothing is written while one is left.

This module handles the units and officers and holds the plan's entries;
``importer_diff_rows`` the assignments; ``excel_export.current_rows`` the rows as an
export made now would hold them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dvdesk.documents.xlsx_export import (
    SHEET_OFFICERS,
    SHEET_UNITS,
)
from dvdesk.documents.xlsx_import import TITLES, canonical
from dvdesk.documents.xlsx_keys import key_text, parse_unit_key, unit_key
from dvdesk.domain.models import Officer
from dvdesk.domain.roles import COMMUNE_KINDS, HAMLET_KINDS, OFFICER_LEVELS
from dvdesk.domain.text import clean
from dvdesk.domain.units import unit_level, unit_model
from dvdesk.services.importer_catalog import Ambiguous, Ref, fold

UNIT_FIELDS = ("cluster", "commune", "commune_kind", "hamlet", "hamlet_kind", "cell",
               "cell_type", "group")
# The columns of a unit's row that are the unit's own (the others describe its parents).
OWN_FIELDS = {"cluster": ("cluster",), "commune": ("commune", "commune_kind"),
              "hamlet": ("hamlet", "hamlet_kind"), "cell": ("cell", "cell_type", "hamlet"),
              "group": ("group",)}
# The columns that say where a unit sits: changed, they move it.
PARENT_FIELDS = {"commune": ("cluster",), "hamlet": ("commune", "commune_kind"),
                 "cell": ("commune", "commune_kind"),
                 "group": ("hamlet", "commune", "commune_kind")}
# A cell row's "Loại ấp" is its hamlet's, which the cell row may change: not compared.
IGNORED = {("cell", "hamlet_kind")}
OFFICER_FIELDS = {"name": "full_name", "title": "title", "workplace": "workplace",
                  "officer_level": "level", "phone": "phone", "committee": "is_committee_member",
                  "standing": "is_standing_member", "active": "active", "note": "note"}


@dataclass(eq=False)
class FieldEdit:
    """One field of an existing row changed: ``old`` as the database holds it, ``new`` to
    write (a ``Ref`` when it is a unit or cell type the import also creates)."""

    entity: str  # "officer", a unit kind, "assignment"
    id: int
    field: str  # the model's field ("phone", "name", "commune_id", "effective_to" …)
    old: object
    new: object
    origin: tuple[str, int] | None
    column: str | None
    subject: str  # who or what, as the preview names it


@dataclass(eq=False)
class PlannedEnd:
    """A running assignment the import ends: its row deleted, or an end date typed."""

    assignment_id: int
    last_day: dt.date
    reason: str  # "row_deleted" | "end_date" | "replaced"
    role: str
    unit: str
    officer: str
    officer_id: int
    origin: tuple[str, int] | None = None
    unit_id: int | None = None


@dataclass(eq=False)
class Conflict:
    """A field both the secretary and someone else changed since the export: never written."""

    entity: str
    id: int
    field: str
    column: str | None
    subject: str
    exported: object
    database: object
    file: object
    origin: tuple[str, int] | None
    changed_by: str = ""
    changed_at: dt.datetime | None = None


def shown(value: object) -> str:
    """A value as the preview shows it: dates dd/mm/yyyy, yes/no, names of units."""
    if value is None or value == "":
        return "(trống)"
    if isinstance(value, bool):
        return "Có" if value else "Không"
    if isinstance(value, dt.date):
        return f"{value:%d/%m/%Y}"
    if isinstance(value, Ref):
        return value.label()
    return str(value)


class ReimportDiff:
    """The three-way comparison of an export's rows (see the module docstring)."""

    def __init__(self, planner, book, now: dict[str, dict[str, dict]]):
        self.planner = planner
        self.catalog = planner.catalog
        self.plan = planner.plan
        self.book = book
        self.now = now
        self.base = {sheet: {key: canonical(sheet, table.values(key)) for key in table.rows}
                     for sheet, table in book.keys.tables.items()}
        self.file_units: dict[str, dict] = {}
        self.people: dict[str, object] = {}  # "Mã cán bộ" -> the officer (existing or new)
        self.officer_edits: dict[tuple[int, str], FieldEdit] = {}
        self.officer_rows: dict[int, dict] = {}  # officer id -> the row as the file has it

    # -- shared ----------------------------------------------------------------

    def problem(self, origin, field_name: str | None, message: str) -> None:
        self.planner.problem(origin, TITLES.get(field_name) if field_name else None, message)

    def conflict(self, entity: str, entity_id: int, field_name: str, subject: str, exported,
                 database, file, origin) -> None:
        self.plan.conflicts.append(Conflict(entity, entity_id, field_name, TITLES.get(field_name),
                                            subject, exported, database, file, origin))

    def keyed(self, sheet: str, rows: list, key_field: str) -> tuple[list, list, set[str]]:
        """(rows matched to an exported row, new rows, exported keys missing from the file).

        A row copied in Excel carries its key along: of several rows with one key, the
        first left as exported keeps it (else the first), the others are new rows."""
        base = self.base.get(sheet, {})
        fields = self.book.fields.get(sheet, set()) - {key_field}
        by_key: dict[str, list] = {}
        new = []
        for row in rows:
            key = key_text(row.values.get(key_field))
            if key and key in base:
                by_key.setdefault(key, []).append(row)
            else:
                new.append(row)
        matched = []
        for key, found in by_key.items():
            untouched = [r for r in found if not self.changed(base[key], r.values, fields)]
            keeper = (untouched or found)[0]
            matched.append((key, keeper))
            new += [r for r in found if r is not keeper]
        new.sort(key=lambda r: r.row)
        matched.sort(key=lambda item: item[1].row)
        return matched, new, set(base) - set(by_key)

    @staticmethod
    def changed(base: dict, values: dict, fields) -> list[str]:
        """The fields whose value in the file differs from the export's."""
        return [f for f in fields if values.get(f) != base.get(f)
                and not (_blank(values.get(f)) and _blank(base.get(f)))]

    def three_way(self, entity: str, entity_id: int, field_name: str, subject: str,
                  base, now, file, origin) -> bool:
        """True when the secretary's change of the field can be written: the database
        still holds what was exported. A conflict is noted when someone else changed it
        to another value; nothing when they made the same change."""
        if now != base and not (_blank(now) and _blank(base)):
            if now != file and not (_blank(now) and _blank(file)):
                self.conflict(entity, entity_id, field_name, subject, base, now, file, origin)
            return False
        return True

    def edit(self, entity: str, entity_id: int, model_field: str, old, new, origin,
             field_name: str | None, subject: str) -> FieldEdit:
        found = FieldEdit(entity, entity_id, model_field, old, new, origin,
                          TITLES.get(field_name) if field_name else None, subject)
        self.plan.edits.append(found)
        return found

    def owner_value(self, ref: Ref, field_name: str):
        """The value of a unit column as the file's "Đơn vị" sheet gives it for ``ref`` (or
        its parent's row, for a parent's column); the database's when the row is gone."""
        if field_name in OWN_FIELDS[ref.kind] or ref.parent is None:
            key = unit_key(ref.kind, ref.id) if ref.id is not None else None
            row = self.file_units.get(key) or self.now[SHEET_UNITS].get(key) or {}
            return row.get(field_name)
        return self.owner_value(ref.parent, field_name)

    def agrees(self, ref: Ref, field_name: str, value) -> bool:
        owner = self.owner_value(ref, field_name)
        return fold(value or "") == fold(owner or "")

    # -- units -----------------------------------------------------------------

    def units(self) -> None:
        from dvdesk.services.importer_sources import _unit_of

        matched, new, missing = self.keyed(SHEET_UNITS, self.book.units, "unit_key")
        self.file_units = {key: row.values for key, row in matched}
        fields = self.book.fields.get(SHEET_UNITS, set()) - {"unit_key"}
        later = []
        for key, row in matched:  # the units' own fields first: renames come before moves
            found = parse_unit_key(key)
            ref = self.catalog.by_id.get(found) if found else None
            origin = (row.sheet, row.row)
            base, now = self.base[SHEET_UNITS][key], self.now[SHEET_UNITS].get(key)
            changed = self.changed(base, row.values, fields)
            if not changed:
                continue
            if ref is None or now is None:
                self.conflict(found[0] if found else "unit", found[1] if found else 0,
                              changed[0], _unit_subject(base), base.get(changed[0]), "(đã xóa)",
                              row.values.get(changed[0]), origin)
                continue
            if "level" in changed:
                self.problem(origin, "level", "Không đổi được cấp của một đơn vị đã có; hãy thêm "
                             "dòng mới cho đơn vị mới.")
                continue
            for field_name in changed:
                if field_name in OWN_FIELDS[ref.kind]:
                    self._own_field(ref, field_name, base, now, row.values, origin)
            later.append((ref, row, base, now, changed))
        for ref, row, base, now, changed in later:
            self._placement(ref, row, base, now, changed)
        for row in new:
            _unit_of(self.planner, row.values["level"], row.values, (row.sheet, row.row))
        for key in sorted(missing):
            if key in self.now[SHEET_UNITS]:
                self.plan.warnings.append(
                    f"Dòng của {_unit_subject(self.base[SHEET_UNITS][key])} đã bị xóa khỏi trang "
                    "“Đơn vị”: đơn vị vẫn giữ nguyên; muốn xóa đơn vị hãy xóa trong chương trình.")

    def _own_field(self, ref: Ref, field_name: str, base, now, values, origin) -> None:
        if (ref.kind, field_name) in IGNORED:
            return
        subject = ref.label()
        if not self.three_way(ref.kind, ref.id, field_name, subject, base.get(field_name),
                              now.get(field_name), values.get(field_name), origin):
            return
        new = values.get(field_name)
        if field_name == ref.kind:  # the unit's name
            if not clean(new):
                self.problem(origin, field_name, "Tên đơn vị không được để trống.")
            elif self.catalog.rename(ref, new):
                self.edit(ref.kind, ref.id, "name", now.get(field_name), clean(new), origin,
                          field_name, subject)
                self._text(origin, field_name, unit_model(ref.kind), "name", new)
            else:
                self.problem(origin, field_name, f"Đã có đơn vị tên “{clean(new)}” cùng cấp trên.")
        elif field_name in ("commune_kind", "hamlet_kind"):
            kinds = COMMUNE_KINDS if field_name == "commune_kind" else HAMLET_KINDS
            if new not in kinds:
                self.problem(origin, field_name, "Loại đơn vị không rõ.")
                return
            ref.fields["kind"] = new
            self.edit(ref.kind, ref.id, "kind", now.get(field_name), new, origin, field_name,
                      subject)
        elif field_name == "cell_type":
            cell_type = self.catalog.cell_type(new or "", origin)
            self.edit("cell", ref.id, "cell_type_id", now.get(field_name) or None, cell_type,
                      origin, field_name, subject)
        elif field_name == "hamlet":  # the hamlet a cell belongs to
            hamlet = self.catalog.find_child("hamlet", ref.parent, new) if clean(new) else None
            if clean(new) and hamlet is None:
                self.problem(origin, field_name, f"Không có {clean(new)} trong "
                             f"{ref.parent.label()}.")
                return
            self.edit("cell", ref.id, "hamlet_id", now.get(field_name) or None, hamlet, origin,
                      field_name, subject)

    def _placement(self, ref: Ref, row, base, now, changed) -> None:
        """The columns naming where the unit sits: agreeing with the parents' rows they are
        only their renames; otherwise a move (or, for a grandparent's column, a bad row)."""
        origin = (row.sheet, row.row)
        values = row.values
        moved = False
        for field_name in changed:
            if field_name in OWN_FIELDS[ref.kind] or (ref.kind, field_name) in IGNORED:
                continue
            if self.agrees(ref, field_name, values.get(field_name)):
                continue
            if field_name in PARENT_FIELDS.get(ref.kind, ()):
                moved = True
                continue
            owner = "xã" if field_name in ("cluster", "commune_kind") else "ấp"
            self.problem(origin, field_name, f"Cột này của {ref.label()} đi theo {owner} của nó; "
                         f"hãy sửa ở dòng của {owner} trong trang “Đơn vị”.")
        if moved:
            self._move(ref, values, base, now, origin)

    def _move(self, ref: Ref, values, base, now, origin) -> None:
        from dvdesk.services.importer_sources import _cluster, _commune

        fields = PARENT_FIELDS[ref.kind]
        if any(now.get(f) != base.get(f) and not (_blank(now.get(f)) and _blank(base.get(f)))
               for f in fields):
            self.conflict(ref.kind, ref.id, fields[0], ref.label(), base.get(fields[0]),
                          now.get(fields[0]), values.get(fields[0]), origin)
            return
        if ref.kind == "commune":
            parent = _cluster(self.planner, values, origin)
        else:
            commune = _commune(self.planner, {**values, "commune_kind": values.get(
                "commune_kind") or ""}, origin, {})
            if commune is None:
                return
            parent = commune
            if ref.kind == "group":
                name = clean(values.get("hamlet"))
                parent = self.catalog.find_child("hamlet", commune, name) if name else None
                if parent is None:
                    self.problem(origin, "hamlet", f"Không có {name or 'ấp'} trong "
                                 f"{commune.label()}.")
                    return
        if parent is ref.parent:
            return
        old = ref.parent
        self.catalog.move(ref, parent)
        self.edit(ref.kind, ref.id, unit_level(ref.kind).parent_column, old, parent, origin,
                  fields[0], ref.label())

    # -- officers ----------------------------------------------------------------

    def officers(self) -> None:
        matched, new, missing = self.keyed(SHEET_OFFICERS, self.book.officers, "officer_key")
        fields = self.book.fields.get(SHEET_OFFICERS, set()) - {"officer_key"}
        for key, row in matched:
            origin = (row.sheet, row.row)
            base, now = self.base[SHEET_OFFICERS][key], self.now[SHEET_OFFICERS].get(key)
            person = self.catalog.person_by_id.get(int(key)) if key.isdigit() else None
            changed = self.changed(base, row.values, fields)
            if person is None or now is None:
                if changed:
                    self.conflict("officer", int(key) if key.isdigit() else 0, changed[0],
                                  clean(base.get("name")), base.get(changed[0]), "(đã xóa)",
                                  row.values.get(changed[0]), origin)
                continue
            self.people[key] = person
            self.officer_rows[person.id] = row.values
            for field_name in changed:
                if field_name in OFFICER_FIELDS:
                    self.officer_field(person, field_name, base.get(field_name),
                                       now.get(field_name), row.values.get(field_name), origin)
        for row in new:
            origin = (row.sheet, row.row)
            key = key_text(row.values.get("officer_key"))
            if key and key in self.people:
                self.problem(origin, "officer_key", f"Mã cán bộ {key} lặp lại.")
                continue
            values = {**row.values, "level": row.values.get("officer_level")}
            person = self.planner.person(values, origin)
            if person is not None and key:
                self.people[key] = person
        for key in sorted(missing, key=lambda k: (len(k), k)):
            if key in self.now[SHEET_OFFICERS]:
                self.plan.warnings.append(
                    f"Dòng của đồng chí {clean(self.base[SHEET_OFFICERS][key].get('name'))} đã "
                    "bị xóa khỏi trang “Cán bộ”: cán bộ vẫn giữ nguyên; muốn cho thôi công tác "
                    "hãy ghi “Không” ở cột “Đang công tác”.")

    def officer_field(self, person, field_name: str, base, now, new, origin) -> None:
        """One officer field changed, in the officer's row or an assignment's row."""
        model_field = OFFICER_FIELDS[field_name]
        earlier = self.officer_edits.get((person.id, model_field))
        if earlier is not None:
            if earlier.new != _model_value(field_name, new):
                self.problem(origin, field_name, f"Dòng này ghi {TITLES[field_name].lower()} của "
                             f"đồng chí {person.name} là “{shown(new)}”, dòng {earlier.origin[1]} "
                             f"trang “{earlier.origin[0]}” ghi “{shown(earlier.new)}”.")
            return
        if not self.three_way("officer", person.id, field_name, person.name, base, now, new,
                              origin):
            return
        value = _model_value(field_name, new)
        if field_name == "name":
            if not clean(new):
                self.problem(origin, field_name, "Họ và tên cán bộ không được để trống.")
                return
            self.catalog.rename(person, new)
        if model_field in ("full_name", "title", "workplace", "note"):
            self._text(origin, field_name, Officer, model_field, value)
        if field_name == "officer_level" and value not in OFFICER_LEVELS:
            self.problem(origin, field_name, "Cấp không rõ (Tỉnh, Huyện, Xã, Ấp).")
            return
        self.officer_edits[(person.id, model_field)] = self.edit(
            "officer", person.id, model_field, _model_value(field_name, now), value, origin,
            field_name, person.name)
        if model_field in person.fields:
            person.fields[model_field] = value

    def _text(self, origin, field_name: str, model, model_field: str, value) -> None:
        from dvdesk.services.validation import text_problem

        reason = text_problem(model, model_field, value, TITLES[field_name])
        if reason:
            self.problem(origin, field_name, reason)

    def retired(self) -> None:
        """An officer marked as no longer working who still holds work the file keeps."""
        ended = {end.assignment_id for end in self.plan.ends}
        ended |= {a for item in self.plan.assignments for a, _n in item.replaces}
        for edit in self.plan.edits:
            if edit.entity != "officer" or edit.field != "active" or edit.new:
                continue
            running = [a for a, (role, unit) in self.catalog.assignment_by_id.items()
                       if a not in ended and any(
                           row[0] == a and row[1] == edit.id and row[3] is None
                           for row in self.catalog.held.get((role, unit), ()))]
            if running:
                self.plan.warnings.append(
                    f"Đồng chí {edit.subject} thôi công tác nhưng vẫn còn {len(running)} phân "
                    "công chưa kết thúc trong tệp; hãy xóa các dòng đó hoặc ghi ngày kết thúc.")


def _blank(value) -> bool:
    return value is None or value == ""


def _model_value(field_name: str, value):
    """A reader's value as the model's field holds it."""
    if field_name in ("committee", "standing", "active"):
        return bool(value)
    if field_name == "phone":
        from dvdesk.errors import InvalidInput
        from dvdesk.services.officers import normalise_phone

        try:
            return normalise_phone(value)
        except InvalidInput:  # the reader has reported the row already
            return clean(value)
    return clean(value) if isinstance(value, str) else value


def _unit_subject(values: dict) -> str:
    for field_name in ("group", "cell", "hamlet", "commune", "cluster"):
        if clean(values.get(field_name)):
            return clean(values[field_name])
    return "đơn vị"


def plan_reimport(planner, book) -> None:
    """Add to ``planner.plan`` the diff of an export re-imported into its own database."""
    from dvdesk.services.excel_export import current_rows
    from dvdesk.services.importer_diff_rows import assignments

    diff = ReimportDiff(planner, book, current_rows(planner.session))
    diff.units()
    diff.officers()
    assignments(diff)
    diff.retired()
    _name_the_others(planner.session, planner.plan, book.keys.exported_at)


def _name_the_others(session, plan, since: dt.datetime | None) -> None:
    """Who changed each conflicting row since the export, and when (the audit log)."""
    from sqlalchemy import select

    from dvdesk.domain.models import AuditEntry

    if not plan.conflicts or since is None:
        return
    wanted = {(c.entity, c.id) for c in plan.conflicts}
    ids = sorted({c.id for c in plan.conflicts})
    latest: dict[tuple[str, int], tuple[str, dt.datetime]] = {}
    for entity, entity_id, user, at in session.execute(
            select(AuditEntry.entity, AuditEntry.entity_id, AuditEntry.user, AuditEntry.at)
            .where(AuditEntry.entity_id.in_(ids), AuditEntry.at >= since)
            .order_by(AuditEntry.id)):
        if (entity, entity_id) in wanted:
            latest[(entity, entity_id)] = (user, at)
    for conflict in plan.conflicts:
        found = latest.get((conflict.entity, conflict.id))
        if found is not None:
            conflict.changed_by, conflict.changed_at = found


__all__ = ["Ambiguous", "Conflict", "FieldEdit", "PlannedEnd", "plan_reimport", "shown"]
