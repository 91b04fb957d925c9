"""What the window reads about officers: the list with current work, pickers, one officer.

Plain frozen rows read with set-based queries (a province has 20,000 officers and
~50,000 current assignments); the window turns them into the words it shows.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select

from dvdesk.domain.models import Assignment, Cluster, Commune, Hamlet, Officer
from dvdesk.domain.roles import ROLE_ORDER, Role, commune_title, role_unit
from dvdesk.services.officers import EDITABLE, live_officer
from dvdesk.store import queries
from dvdesk.store.database import Database
from dvdesk.store.queries import plain_rows as _plain_rows

# Roles whose unit is named when an officer holds just one ("Theo dõi Ấp Phú Hòa");
# the others are counted ("3 chi bộ").
NAMED_ROLES = (Role.CLUSTER_LEADER.value, Role.COMMUNE_LEAD.value, Role.PROVINCE_LIAISON.value,
               Role.HAMLET_SUPPORT.value)


@dataclass(frozen=True, slots=True)
class Work:
    """What an officer holds in one role now: how many units, and the unit's name when
    the role is one of NAMED_ROLES and there is just one."""

    role: str
    count: int
    unit_name: str | None = None


@dataclass(frozen=True, slots=True)
class OfficerRow:
    id: int
    full_name: str
    search_name: str  # accent-free name
    title: str
    workplace: str
    level: str  # code: tinh / huyen / xa / ap
    phone: str
    active: bool
    work: tuple[Work, ...]  # current assignments by role, in ROLE_ORDER


def load_officer_rows(db: Database, day: dt.date) -> list[OfficerRow]:
    """Every officer with a summary of the work held on ``day``, in four set-based queries."""
    with db.read() as session:
        clusters = dict(session.execute(select(Cluster.id, Cluster.name)).all())
        communes = {cid: commune_title(kind, name) for cid, name, kind in session.execute(
            select(Commune.id, Commune.name, Commune.kind))}
        hamlets = dict(session.execute(select(Hamlet.id, Hamlet.name)).all())
        names = {Role.CLUSTER_LEADER.value: clusters, Role.COMMUNE_LEAD.value: communes,
                 Role.PROVINCE_LIAISON.value: communes, Role.HAMLET_SUPPORT.value: hamlets}
        held: dict[tuple[int, str], list[int]] = defaultdict(list)
        # Core rows (session.connection()) skip the ORM's per-row work: 50,000 rows at province.
        for officer_id, role, unit_id in session.connection().execute(
                select(Assignment.officer_id, Assignment.role, Assignment.unit_id)
                .where(queries.valid_on(day)).order_by(Assignment.id)):
            held[officer_id, role].append(unit_id)
        work: dict[int, list[Work]] = defaultdict(list)
        for (officer_id, role), units in held.items():
            unit_name = names[role].get(units[0], "?") \
                if len(units) == 1 and role in names else None
            work[officer_id].append(Work(role, len(units), unit_name))
        rows = []
        for id_, name, key, title, workplace, level, phone, active in \
                session.connection().execute(select(
                    Officer.id, Officer.full_name, Officer.search_name, Officer.title,
                    Officer.workplace, Officer.level, Officer.phone, Officer.active)
                    .where(queries.officer_listed())):
            mine = work.get(id_, ())
            rows.append(OfficerRow(id_, name, key, title, workplace, level, phone, active,
                                   tuple(sorted(mine, key=lambda w: ROLE_ORDER.get(w.role, 99)))))
        return rows


@dataclass(frozen=True, slots=True)
class OfficerTable:
    """Listed officers as columns, for a table of a province's 20,000 officers.

    Read with one query per table and kept as tuples (no object per officer): the window
    asks ``work_of`` only for the rows it paints. Column ``i`` of every tuple is the same
    officer. A table read with ``first`` holds only the first officers in name order
    (``complete`` is false; ``total`` says how many are listed in all).
    """

    ids: tuple[int, ...]
    full_names: tuple[str, ...]
    search_names: tuple[str, ...]  # accent-free names
    sort_keys: tuple[bytes, ...]  # the names' Vietnamese order (domain.text.stored_name_key)
    titles: tuple[str, ...]
    workplaces: tuple[str, ...]
    levels: tuple[str, ...]  # codes: tinh / huyen / xa / ap
    phones: tuple[str, ...]
    active: tuple[bool, ...]
    # Current work, one entry per (officer, role), ordered by officer id.
    work_officers: tuple[int, ...]
    work_roles: tuple[str, ...]
    work_counts: tuple[int, ...]
    work_units: tuple[int, ...]  # the unit held, when just one
    unit_names: dict[str, dict[int, str]]  # by role, the units of NAMED_ROLES
    total: int = 0  # officers listed in all

    def __len__(self) -> int:
        return len(self.ids)

    @property
    def complete(self) -> bool:
        return len(self.ids) >= self.total

    def work_of(self, officer_id: int) -> tuple[Work, ...]:
        """What the officer holds now, by role in ROLE_ORDER (as OfficerRow.work)."""
        low = bisect_left(self.work_officers, officer_id)
        high = bisect_right(self.work_officers, officer_id, low)
        work = []
        for at in range(low, high):
            role, count = self.work_roles[at], self.work_counts[at]
            names = self.unit_names.get(role)
            name = names.get(self.work_units[at], "?") if names is not None and count == 1 \
                else None
            work.append(Work(role, count, name))
        return tuple(sorted(work, key=lambda w: ROLE_ORDER.get(w.role, 99)))


def load_officer_table(db: Database, day: dt.date, first: int | None = None,
                       whole_up_to: int = 0) -> OfficerTable:
    """The listed officers and the work they hold on ``day``, as columns (see OfficerTable).

    ``first``: only the first so many in name order, a screenful read in milliseconds
    while the whole province follows; all of them when there are no more than
    ``whole_up_to`` (a district's are read whole about as fast).
    """
    with db.read() as session:
        # Core rows fetched whole (session.connection()): no ORM work per row.
        connection = session.connection()
        communes = {cid: commune_title(kind, name) for cid, name, kind in connection.execute(
            select(Commune.id, Commune.name, Commune.kind)).all()}
        unit_names = {
            Role.CLUSTER_LEADER.value: dict(connection.execute(
                select(Cluster.id, Cluster.name)).all()),
            Role.COMMUNE_LEAD.value: communes, Role.PROVINCE_LIAISON.value: communes,
            Role.HAMLET_SUPPORT.value: dict(connection.execute(
                select(Hamlet.id, Hamlet.name)).all())}
        listed = select(
            Officer.id, Officer.full_name, Officer.search_name, Officer.sort_key,
            Officer.title, Officer.workplace, Officer.level, Officer.phone, Officer.active,
        ).where(queries.officer_listed())
        work = select(
            Assignment.officer_id, Assignment.role, func.count(), func.min(Assignment.unit_id)
        ).where(queries.valid_on(day))
        total = None
        if first is not None:
            total = connection.execute(select(func.count()).select_from(Officer)
                                       .where(queries.officer_listed())).scalar_one()
            if total <= max(first, whole_up_to):
                first = None
        if first is None:
            officers = _plain_rows(connection, listed.order_by(Officer.id))
        else:  # the first screen, by the stored keys' index
            officers = _plain_rows(connection, listed.order_by(Officer.sort_key, Officer.id)
                                   .limit(first))
            work = work.where(Assignment.officer_id.in_([row[0] for row in officers]))
        work = _plain_rows(connection, work.group_by(Assignment.officer_id, Assignment.role)
                           # In the grouping's own order: SQLite then sorts once, not twice.
                           .order_by(Assignment.officer_id, Assignment.role))
    columns = list(zip(*officers, strict=True)) if officers else [()] * 9
    columns[8] = tuple(map(bool, columns[8]))  # SQLite's 0/1
    work_columns = list(zip(*work, strict=True)) if work else [()] * 4
    return OfficerTable(*(tuple(column) for column in columns),
                        *(tuple(column) for column in work_columns), unit_names,
                        total=len(officers) if total is None else total)


@dataclass(frozen=True, slots=True)
class OfficerChoice:
    """An active officer in a picker, with how many units of the role they hold now."""

    id: int
    full_name: str
    search_name: str
    title: str
    workplace: str
    held: int


def load_officer_choices(db: Database, role: str | None = None,
                         day: dt.date | None = None) -> list[OfficerChoice]:
    """Active officers for the assignment picker; with ``role``, each one's current number
    of units in that role, so the secretary sees who is busy before the rules warn."""
    day = day or dt.date.today()
    with db.read() as session:
        load: dict[int, int] = {}
        if role:
            load = dict(session.execute(
                select(Assignment.officer_id, func.count(func.distinct(Assignment.unit_id)))
                .where(Assignment.role == role, queries.valid_on(day))
                .group_by(Assignment.officer_id)).all())
        return [OfficerChoice(id_, name, key, title, workplace, load.get(id_, 0))
                for id_, name, key, title, workplace in session.execute(
                    select(Officer.id, Officer.full_name, Officer.search_name, Officer.title,
                           Officer.workplace).where(Officer.active.is_(True),
                                                    queries.officer_listed()))]


@dataclass(frozen=True)
class OfficerForm:
    """The editable fields of one officer and the version they were read at (an edit made
    meanwhile by someone else is then detected)."""

    id: int
    values: dict
    version: int
    active: bool


def officer_form(db: Database, officer_id: int) -> OfficerForm:
    with db.read() as session:
        officer = live_officer(session, officer_id)
        return OfficerForm(officer.id, {name: getattr(officer, name) for name in EDITABLE},
                           officer.row_version, officer.active)


@dataclass(frozen=True, slots=True)
class AssignmentLine:
    """One assignment of an officer's history, its unit named as a sentence names it."""

    assignment_id: int
    role: str
    unit_id: int
    unit_label: str
    effective_from: dt.date
    effective_to: dt.date | None
    decision: str


def officer_assignments(db: Database, officer_id: int) -> list[AssignmentLine]:
    """Everything the officer was ever assigned, newest first."""
    with db.read() as session:
        return [AssignmentLine(h.assignment_id, h.role, h.unit_id,
                               queries.unit_label(session, role_unit(h.role), h.unit_id),
                               h.effective_from, h.effective_to, h.decision)
                for h in queries.officer_history(session, officer_id)]
