"""The Excel export: gather every sheet's data (one read session), then write the workbook.

``export_workbook(db, path, month=None)`` writes the units, officers and
assignments, and for the month (the latest calendar when not given) every
version of its calendar, the personal schedules of its latest version, the
versions' approval data and the organization settings (``dvdesk.documents.
xlsx_export`` lays them out). Importing the file into an empty database gives
all of it back (``importer``).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from dvdesk.documents.xlsx_export import (
    ASSIGNMENT_COLUMNS,
    ASSIGNMENT_KEY,
    OFFICER_COLUMNS,
    SHEET_ASSIGNMENTS,
    SHEET_OFFICERS,
    SHEET_UNITS,
    UNIT_COLUMNS,
    UNIT_KEY,
    YES,
    level_label,
    reorder_assignment,
    reorder_officer,
    write_workbook,
)
from dvdesk.documents.xlsx_import import canonical
from dvdesk.documents.xlsx_keys import key_text, unit_key
from dvdesk.domain.messages import paper
from dvdesk.domain.models import (
    Assignment,
    Cell,
    CellType,
    Cluster,
    Commune,
    Decision,
    Group,
    Hamlet,
    Officer,
)
from dvdesk.domain.roles import (
    COMMUNE_KINDS,
    HAMLET_KINDS,
    OFFICER_LEVELS,
    ROLE_ORDER,
    ROLES,
    Role,
    role_name,
)
from dvdesk.domain.text import fast_name_sort_key, text_sort_key
from dvdesk.domain.units import UNIT_LEVELS, level_names
from dvdesk.store import queries
from dvdesk.store.calendar_queries import calendars_of, latest_month
from dvdesk.store.database import Database


def _by_id(session, model, columns: tuple[str, ...]) -> dict:
    """id -> a row of these columns (read by name, as an object's attributes are)."""
    return {row.id: row for row in session.execute(
        select(*(getattr(model, name) for name in columns)))}


class UnitColumns:
    """Every unit with the names of its parents, loaded in six queries.

    ``row(kind, id)`` gives a sort key (cluster, commune, then the commune's own
    rows, its hamlets each followed by its groups, then its cells) and the unit
    columns of the sheets.
    """

    def __init__(self, session):
        # Plain rows of the columns used, not ORM objects: a province has 48,000 units.
        common = ("id", "name", "position", "active", "row_version")
        self.clusters = _by_id(session, Cluster, common)
        self.communes = _by_id(session, Commune, (*common, "cluster_id", "kind"))
        self.hamlets = _by_id(session, Hamlet, (*common, "commune_id", "kind"))
        self.cells = _by_id(session, Cell, (*common, "commune_id", "hamlet_id", "cell_type_id"))
        self.groups = _by_id(session, Group, (*common, "hamlet_id"))
        self.types = dict(session.execute(select(CellType.id, CellType.name)).all())
        self._commune_cache: dict[int, tuple] = {}
        self._name_keys: dict[str, tuple] = {}

    def _cluster(self, cluster_id) -> tuple[tuple, str]:
        cluster = self.clusters.get(cluster_id)
        if cluster is None:
            return (10**9, 0), ""
        return (cluster.position, cluster.id), cluster.name

    def _commune(self, commune_id) -> tuple[tuple, tuple, list[str]]:
        # Asked once per assignment: the sort key of a name is worth keeping.
        cached = self._commune_cache.get(commune_id)
        if cached is None:
            commune = self.communes[commune_id]
            cluster_key, cluster_name = self._cluster(commune.cluster_id)
            cached = (cluster_key, (commune.position, text_sort_key(commune.name), commune.id),
                      [cluster_name, commune.name, COMMUNE_KINDS.get(commune.kind, "")])
            self._commune_cache[commune_id] = cached
        return cached[0], cached[1], list(cached[2])

    def _name_key(self, name: str) -> tuple:
        key = self._name_keys.get(name)
        if key is None:
            key = self._name_keys[name] = text_sort_key(name)
        return key

    def _hamlet_cols(self, hamlet) -> list[str]:
        return [hamlet.name, HAMLET_KINDS.get(hamlet.kind, "")]

    def row(self, kind: str, unit_id: int) -> tuple[tuple, list[str]] | None:
        """(sort key, the unit columns after "Cấp đơn vị") of one unit, None if unknown."""
        if kind == "cluster":
            if unit_id not in self.clusters:
                return None
            key, name = self._cluster(unit_id)
            return (key, (), 0, ()), [name] + [""] * 7
        if kind == "commune":
            if unit_id not in self.communes:
                return None
            cluster_key, commune_key, cols = self._commune(unit_id)
            return (cluster_key, commune_key, 1, ()), cols + [""] * 5
        if kind in ("hamlet", "group"):
            group = self.groups.get(unit_id) if kind == "group" else None
            hamlet = self.hamlets.get(group.hamlet_id if group else unit_id)
            if hamlet is None or (kind == "group" and group is None):
                return None
            cluster_key, commune_key, cols = self._commune(hamlet.commune_id)
            sub = (hamlet.position, self._name_key(hamlet.name), hamlet.id,
                   group.position if group else -1, group.id if group else 0)
            return (cluster_key, commune_key, 2, sub), \
                cols + self._hamlet_cols(hamlet) + ["", "", group.name if group else ""]
        cell = self.cells.get(unit_id)
        if cell is None or cell.commune_id not in self.communes:
            return None
        cluster_key, commune_key, cols = self._commune(cell.commune_id)
        hamlet = self.hamlets.get(cell.hamlet_id) if cell.hamlet_id else None
        sub = (cell.position, self._name_key(cell.name), cell.id, 0, 0)
        return (cluster_key, commune_key, 3, sub), \
            cols + (self._hamlet_cols(hamlet) if hamlet else ["", ""]) + \
            [cell.name, self.types.get(cell.cell_type_id, ""), ""]

    def tables(self):
        return (("cluster", self.clusters), ("commune", self.communes), ("hamlet", self.hamlets),
                ("cell", self.cells), ("group", self.groups))

    def all_active(self):
        """(kind, id, (sort key, columns)) of every active unit."""
        for kind, table in self.tables():
            for unit_id, unit in table.items():
                if unit.active:
                    found = self.row(kind, unit_id)
                    if found is not None:
                        yield kind, unit_id, found

    def versions(self) -> dict[str, int]:
        """The row version of every unit, by its key in the export."""
        return {unit_key(kind, unit_id): unit.row_version
                for kind, table in self.tables() for unit_id, unit in table.items()}


def _yes(value: bool) -> str:
    return YES if value else ""


def officer_rows(session) -> list[list]:
    """The "Cán bộ" rows, in the order of their names (plain columns: a province has
    20,000 officers)."""
    officers = session.execute(select(
        Officer.id, Officer.full_name, Officer.title, Officer.workplace, Officer.level,
        Officer.phone, Officer.is_committee_member, Officer.is_standing_member,
        Officer.active, Officer.note).where(queries.officer_listed())).all()
    officers.sort(key=lambda o: (fast_name_sort_key(o.full_name), o.id))
    return [[o.id, o.full_name, o.title, o.workplace, OFFICER_LEVELS.get(o.level, o.level),
             o.phone, _yes(o.is_committee_member), _yes(o.is_standing_member),
             YES if o.active else "Không", o.note] for o in officers]


def unit_rows(units: UnitColumns) -> list[list]:
    """The "Đơn vị" rows, each ending with the unit's key (a hidden column). The level's
    word is written by the workbook, which knows the settings' names."""
    found = sorted(units.all_active(), key=lambda item: item[2][0])
    return [[UNIT_LEVELS[kind].kind.value, *cols, unit_key(kind, unit_id)]
            for kind, unit_id, (_key, cols) in found]


def assignment_rows(session, units: UnitColumns, current_only: bool = False) -> list[list]:
    """The "Phân công" rows in the order the rows are built in, each ending with the
    assignment's id (a hidden column)."""
    levels = level_names(queries.settings(session))
    # The workbook is paper: its roles in Vietnamese whatever language the window speaks.
    names = {role.value: role_name(role.value, levels).render("vi") for role in Role}
    # Plain columns, not ORM objects: a province has ~55,000 assignments.
    officers = {row[0]: row[1:] for row in session.execute(select(
        Officer.id, Officer.full_name, Officer.title, Officer.workplace, Officer.phone))}
    decisions = {row[0]: row[1:] for row in session.execute(select(
        Decision.id, Decision.number, Decision.signed_on, Decision.signer))}
    stmt = select(Assignment.id, Assignment.role, Assignment.unit_id, Assignment.officer_id,
                  Assignment.decision_id, Assignment.effective_from, Assignment.effective_to,
                  Assignment.note)
    if current_only:
        stmt = stmt.where(Assignment.effective_to.is_(None))
    no_decision = ("", None, "")
    keyed = []
    for a_id, role, unit_id, officer_id, decision_id, start, end, note in session.execute(stmt):
        info = ROLES[Role(role)]
        found = units.row(info.unit.value, unit_id)
        if found is None:
            continue
        key, cols = found
        name, title, workplace, phone = officers[officer_id]
        number, signed_on, signer = decisions.get(decision_id, no_decision)
        keyed.append(((key, ROLE_ORDER.get(role, 9), start, a_id),
                      [*cols, names[role], officer_id, name, title, workplace, phone, start, end,
                       number, signed_on, signer, note, a_id]))
    keyed.sort(key=lambda item: item[0])
    return [row for _key, row in keyed]


def row_versions(session, units: UnitColumns) -> dict[str, dict[str, int]]:
    """Sheet -> key -> the row's version, for the key sheet."""
    return {
        SHEET_UNITS: units.versions(),
        SHEET_OFFICERS: {str(i): v for i, v in session.execute(
            select(Officer.id, Officer.row_version))},
        SHEET_ASSIGNMENTS: {str(i): v for i, v in session.execute(
            select(Assignment.id, Assignment.row_version))},
    }


def month_versions_data(db: Database, month: str) -> list[dict]:
    """Every version of the month as its document prints it (signer included), oldest
    first; [] when the month has no calendar."""
    from dvdesk.services.documents import calendar_document

    with db.read() as session:
        versions = [cal.version for cal in calendars_of(session, month)]
    return [calendar_document(db, month, v)["view"] for v in versions]


def _latest_month(db: Database) -> str | None:
    with db.read() as session:
        return latest_month(session)


@paper
def export_workbook(db: Database, path, month: str | None = None) -> dict:
    """Write the workbook; returns how many rows each sheet got.

    ``month`` (YYYY-MM) adds that month's calendar and personal schedules (the
    latest calendar when not given); a month without a calendar adds none and
    the result's ``month`` is None. The workbook carries the export time, the
    database's identity and every row as exported, for a re-import
    (``documents.xlsx_keys``).
    """
    month = month or _latest_month(db)
    with db.read() as session:
        exported_at = dt.datetime.now().replace(microsecond=0)
        units = UnitColumns(session)
        officers = officer_rows(session)
        data = {
            "exported_at": exported_at,
            "database": queries.database_identity(session),
            "row_versions": row_versions(session, units),
            "officers": [reorder_officer(r) for r in officers],
            "units": unit_rows(units),
            "assignments": [reorder_assignment(r) for r in assignment_rows(session, units)],
            "officer_info": {r[0]: (r[2], r[5]) for r in officers},  # id: (title, phone)
            "settings": queries.settings(session),
        }
    data["versions"] = month_versions_data(db, month) if month else []
    return write_workbook(data, path)


def _titled(columns: list[str], row: list) -> dict:
    return dict(zip(columns, row, strict=False))


def current_rows(session) -> dict[str, dict[str, dict]]:
    """Every row as an export made now would hold it, by sheet and key, in the reader's
    values: what a re-import compares the rows as exported and as edited with
    (``importer_diff``)."""

    units = UnitColumns(session)
    unit_titles = [*UNIT_COLUMNS, UNIT_KEY]
    assignment_titles = [*ASSIGNMENT_COLUMNS, ASSIGNMENT_KEY]
    found: dict[str, dict[str, dict]] = {SHEET_UNITS: {}, SHEET_OFFICERS: {},
                                         SHEET_ASSIGNMENTS: {}}
    levels = level_names(queries.settings(session))
    for kind, *rest in unit_rows(units):  # the level's word as the workbook writes it
        row = [level_label(kind, levels), *rest]
        found[SHEET_UNITS][key_text(row[-1])] = canonical(SHEET_UNITS, _titled(unit_titles, row))
    for row in officer_rows(session):
        found[SHEET_OFFICERS][key_text(row[0])] = canonical(
            SHEET_OFFICERS, _titled(OFFICER_COLUMNS, reorder_officer(row)))
    for row in assignment_rows(session, units):
        row = reorder_assignment(row)
        found[SHEET_ASSIGNMENTS][key_text(row[-1])] = canonical(
            SHEET_ASSIGNMENTS, _titled(assignment_titles, row))
    return found
