"""Reading units across their history: who looked after a unit on a day, across renames
and merges (``holders_on``, ``dvdesk units who``), and the list of units with their
former names and what they were merged into (``list_units``, ``dvdesk units list``).
The changes themselves (rename, merge and their inverses) are ``unit_changes``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from dvdesk.domain.messages import msg
from dvdesk.domain.models import (
    Assignment,
    Cluster,
    Commune,
    Hamlet,
    Officer,
)
from dvdesk.domain.roles import ROLES
from dvdesk.domain.units import UNIT_LEVELS, unit_level
from dvdesk.errors import InvalidInput
from dvdesk.services.unit_changes import checked_kind, unit_row, unit_title
from dvdesk.services.validation import checked_date
from dvdesk.store import queries
from dvdesk.store.database import Database
from dvdesk.store.unit_history import UnitHistoryIndex

# who looked after a unit, across merges


@dataclass(frozen=True)
class HolderOn:
    role: str
    officer_id: int
    officer: str
    unit_kind: str
    unit_id: int
    unit: str  # the unit whose assignment it is ("xã An Khánh", or the merged one)


def holders_on(db: Database, kind: str, unit_id: int, day: dt.date) -> list[HolderOn]:
    """Ai phụ trách đơn vị X ngày D: who held a role for the unit on ``day``. Across a
    merge: for a merged unit on a day after it, the new unit's holders; for the new unit
    on a day before it existed, the holders of each unit merged into it."""
    kind = checked_kind(kind)
    day = checked_date(day, msg("Ngày"))
    if day is None:
        raise InvalidInput(msg("Cần ngày (YYYY-MM-DD)."))
    with db.read() as session:
        unit_row(session, kind, unit_id, lock=False)
        history = UnitHistoryIndex(session, (kind,))
        targets = [unit_id]
        seen = set()
        while True:  # follow merges forward: X went into Y (and Y maybe into Z) before D
            went = history.merged_into(kind, targets[-1])
            if went is None or went[1] > day or went[0] in seen:
                break
            seen.add(went[0])
            targets = [went[0]]
        frontier = list(targets)
        while frontier:  # and back: the units that became this one after D
            current = frontier.pop()
            for old_id, last_day in history.merged_from(kind, current):
                if last_day >= day and old_id not in targets:
                    targets.append(old_id)
                    frontier.append(old_id)
        roles = [r.value for r, info in ROLES.items() if info.unit == kind]
        rows = session.execute(
            select(Assignment.role, Assignment.unit_id, Officer.id, Officer.full_name)
            .join(Officer, Officer.id == Assignment.officer_id)
            .where(Assignment.role.in_(roles), Assignment.unit_id.in_(targets),
                   queries.valid_on(day))
            .order_by(Assignment.role, Assignment.effective_from, Assignment.id))
        return [HolderOn(role, officer_id, name, kind, held_unit,
                         queries.unit_label(session, kind, held_unit))
                for role, held_unit, officer_id, name in rows]


# ---------------------------------------------------------------------------
# listing units (``dvdesk units list``)


def list_units(db: Database, kind: str | None = None, *,
               include_inactive: bool = False) -> list[dict]:
    """Every unit (of ``kind``) in hierarchy order: id, kind, name, parent_id, parent,
    active (and, for a merged unit, ``merged_into``)."""
    kinds = [checked_kind(kind)] if kind else [k.value for k in UNIT_LEVELS]
    with db.read() as session:
        history = UnitHistoryIndex(session)
        titles = {  # parents are named even when inactive (a unit under a merged one)
            "cluster": dict(session.execute(select(Cluster.id, Cluster.name)).all()),
            "commune": {r.id: unit_title("commune", r) for r in session.execute(
                select(Commune.id, Commune.name, Commune.kind))},
            "hamlet": dict(session.execute(select(Hamlet.id, Hamlet.name)).all()),
        }
        found = []
        for kind_name in kinds:
            level = unit_level(kind_name)
            model = level.model
            columns = [model.id, model.name, model.active]
            if level.parent_column:
                columns.append(getattr(model, level.parent_column).label("parent_id"))
            if kind_name == "commune":
                columns.append(Commune.kind)
            stmt = select(*columns).order_by(model.position, model.id)
            if not include_inactive:
                stmt = stmt.where(model.active.is_(True))
            for r in session.execute(stmt):
                parent_id = getattr(r, "parent_id", None)
                parent = titles.get(level.parent.value, {}).get(parent_id, "") \
                    if level.parent is not None and parent_id is not None else ""
                entry = {"id": r.id, "kind": kind_name, "name": r.name,
                         "title": unit_title(kind_name, r), "parent_id": parent_id,
                         "parent": parent, "active": bool(r.active)}
                went = history.merged_into(kind_name, r.id)
                if went is not None:
                    entry["merged_into"] = went[0]
                    entry["merged_on"] = went[1].isoformat()
                found.append(entry)
        return found


# ---------------------------------------------------------------------------
# a unit's story: its former names and the units merged into it (the window's "Lịch sử")


@dataclass(frozen=True)
class FormerHolder:
    role: str
    officer: str
    effective_from: dt.date
    effective_to: dt.date | None


@dataclass(frozen=True)
class FormerUnit:
    """A unit merged into this one: its name, its last day, who looked after it."""

    unit_id: int
    title: str
    last_day: dt.date
    holders: list[FormerHolder]


@dataclass(frozen=True)
class UnitStory:
    names: list[tuple[str, dt.date]]  # (a former name as a list shows it, its last day)
    merged_from: list[FormerUnit]
    merged_into: tuple[int, str, dt.date] | None  # (unit, its title, the first day there)

    def __bool__(self) -> bool:
        return bool(self.names or self.merged_from or self.merged_into)


def unit_story(db: Database, kind: str, unit_id: int) -> UnitStory:
    """What a unit was before: its former names with their last day, the units merged
    into it (each with who looked after it and when), and the unit it went into."""
    from types import SimpleNamespace

    kind = checked_kind(kind)
    with db.read() as session:
        unit = unit_row(session, kind, unit_id, lock=False)
        history = UnitHistoryIndex(session, (kind,))
        names = []
        for row in history.rows.get((kind, unit_id), ()):
            if row.change != "rename":
                continue
            day = row.valid_to
            then = SimpleNamespace(
                name=history.value(kind, unit_id, "name", day, unit.name),
                kind=history.value(kind, unit_id, "kind", day, getattr(unit, "kind", None)))
            names.append((unit_title(kind, then), day))
        roles = [r.value for r, info in ROLES.items() if info.unit == kind]
        merged_from = []
        for old_id, last_day in history.merged_from(kind, unit_id):
            holders = [FormerHolder(*r) for r in session.execute(
                select(Assignment.role, Officer.full_name, Assignment.effective_from,
                       Assignment.effective_to)
                .join(Officer, Officer.id == Assignment.officer_id)
                .where(Assignment.role.in_(roles), Assignment.unit_id == old_id)
                .order_by(Assignment.effective_from, Assignment.role, Assignment.id))]
            old = unit_row(session, kind, old_id, lock=False)
            merged_from.append(FormerUnit(old_id, unit_title(kind, old), last_day, holders))
        went = history.merged_into(kind, unit_id)
        into = None
        if went is not None:
            into = (went[0], unit_title(kind, unit_row(session, kind, went[0], lock=False)),
                    went[1])
        return UnitStory(names, merged_from, into)
