"""What the window reads about units: the hierarchy tree, a unit's place, the unit index.

Plain frozen rows, read in a few set-based queries (a province has 45,000 units):
the tree's children one level at a time, the path from the top to a unit, every
unit of a kind with the text of its parents (for search and pickers), a unit's
details and history. Texts a person reads in the window (folder names, counts
as words) are left to the window, which translates them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from dvdesk.domain.messages import msg
from dvdesk.domain.models import Cell, Cluster, Commune, Group, Hamlet, UnitHistory
from dvdesk.domain.roles import UnitKind, commune_title
from dvdesk.domain.text import cached_search_key, search_key
from dvdesk.domain.units import UNIT_LEVELS, unit_level, unit_model
from dvdesk.errors import NotFound
from dvdesk.store import queries
from dvdesk.store.database import Database

ROOT = "root"
CELL_FOLDER = "cell_folder"  # the cells of a commune, under it (the folder's id is the commune's)
NO_CLUSTER = "no_cluster"  # communes outside any live cluster, so they can still be moved
_NO_CLUSTER_POSITION = 10**9  # in the hierarchy's order, after every cluster


# ---------------------------------------------------------------------------
# every unit of a kind, with its parents as text


@dataclass(frozen=True, slots=True)
class UnitEntry:
    id: int
    name: str
    parent_text: str  # "Xã An Khánh · Cụm 2"
    search: str  # accent-free name and parents, for filtering
    order: tuple  # the hierarchy's order (positions of the parents, then its own)


@dataclass
class UnitIndex:
    entries: dict[str, list[UnitEntry]]

    @classmethod
    def load(cls, session: Session, kind: str, head: int | None = None) -> UnitIndex:
        """The active units of ``kind`` in hierarchy order; ``head``: only the first so
        many, ordered by the database (a first screen; not searchable by former names)."""
        kind = UnitKind(kind)
        entries = _INDEX_LOADERS[kind](session, _Parents(session), head)
        former = _former_names(session, kind.value) if head is None else None
        if former:  # found by the names they had before a rename or a merge, too
            entries = [replace(e, search=f"{e.search} {former[e.id]}") if e.id in former
                       else e for e in entries]
        entries.sort(key=lambda e: e.order)
        return cls({kind.value: entries})

    def ordered(self, kind: str) -> list[UnitEntry]:
        return self.entries.get(UnitKind(kind).value, [])


def load_unit_index(db: Database, kind: str) -> UnitIndex:
    with db.read() as session:
        return UnitIndex.load(session, kind)


def _former_names(session: Session, kind: str) -> dict[int, str]:
    """Unit id -> the accent-free names it or the units merged into it had before (a
    commune merged in 2025 is still looked for by its old name)."""
    history = _rows(session, select(UnitHistory.unit_id, UnitHistory.merged_into,
                                    UnitHistory.values).where(UnitHistory.kind == kind))
    merged = {unit_id: into for unit_id, into, _values in history if into is not None}

    def now(unit_id: int) -> int:  # the unit a merged one lives on in, merges followed
        seen = set()
        while unit_id in merged and unit_id not in seen:
            seen.add(unit_id)
            unit_id = merged[unit_id]
        return unit_id

    names: dict[int, list[str]] = {}
    for unit_id, _into, values in history:
        name = values.get("name") if isinstance(values, dict) else None
        if name:
            names.setdefault(now(unit_id), []).append(cached_search_key(name))
    return {unit_id: " ".join(found) for unit_id, found in names.items()}


def _rows(session: Session, statement) -> list:
    """Core rows fetched at once: no ORM work per row, no fetch per row."""
    return session.connection().execute(statement).all()


def _head(statement, kind: UnitKind, head: int | None):
    """``statement`` over the units of ``kind``, limited to the first ``head`` in the
    order of ``UnitEntry.order``, worked out by the database: the parents' places first
    (a commune outside any cluster after the clusters, as ``_Parents.cluster_order``)."""
    if head is None:
        return statement
    if kind is UnitKind.CLUSTER:
        return statement.order_by(Cluster.position, Cluster.id).limit(head)
    own = ()
    if kind is UnitKind.GROUP:
        statement = statement.join(Hamlet, Hamlet.id == Group.hamlet_id) \
            .join(Commune, Commune.id == Hamlet.commune_id)
        own = (Hamlet.position, Hamlet.id, Group.position, Group.id)
    elif kind is not UnitKind.COMMUNE:
        model = unit_model(kind.value)
        statement = statement.join(Commune, Commune.id == model.commune_id)
        own = (model.position, model.id)
    return statement.outerjoin(Cluster, Cluster.id == Commune.cluster_id).order_by(
        func.coalesce(Cluster.position, _NO_CLUSTER_POSITION), func.coalesce(Cluster.id, 0),
        Commune.position, Commune.id, *own).limit(head)


def count_active(session: Session, kind: str) -> int:
    """How many active units of ``kind`` there are."""
    model = unit_model(kind)
    return session.connection().execute(
        select(func.count()).select_from(model).where(model.active.is_(True))).scalar_one()


class _Parents:
    """Clusters and communes (inactive ones too) with their places, for naming parents.

    Every read of the index goes through ``_rows``: 3,000 hamlets or 40,000 groups at
    province."""

    def __init__(self, session: Session):
        self.session = session
        self.clusters = {r.id: r for r in _rows(
            session, select(Cluster.id, Cluster.name, Cluster.position))}
        self.communes = {r.id: r for r in _rows(session, select(
            Commune.id, Commune.name, Commune.kind, Commune.cluster_id, Commune.position))}
        self._places: dict[int | None, tuple[str, tuple]] = {}

    def cluster_order(self, cluster) -> tuple:
        return (cluster.position, cluster.id) if cluster else (_NO_CLUSTER_POSITION, 0)

    def commune_place(self, commune_id: int | None) -> tuple[str, tuple]:
        found = self._places.get(commune_id)  # a commune's hamlets and cells share it
        if found is not None:
            return found
        c = self.communes.get(commune_id)
        if c is None:
            return "", (0, 0)
        cl = self.clusters.get(c.cluster_id)
        text = commune_title(c.kind, c.name) + (f" · {cl.name}" if cl else "")
        found = self._places[commune_id] = (text, (self.cluster_order(cl), (c.position, c.id)))
        return found


def _clusters(session: Session, parents: _Parents, head: int | None) -> list[UnitEntry]:
    return [UnitEntry(r.id, r.name, "", search_key(r.name), ((r.position, r.id),))
            for r in _rows(session, _head(select(Cluster.id, Cluster.name, Cluster.position)
                                          .where(Cluster.active.is_(True)),
                                          UnitKind.CLUSTER, head))]


def _communes(session: Session, parents: _Parents, head: int | None) -> list[UnitEntry]:
    entries = []
    for r in _rows(session, _head(select(Commune.id, Commune.name, Commune.kind,
                                         Commune.cluster_id, Commune.position)
                                  .where(Commune.active.is_(True)), UnitKind.COMMUNE, head)):
        cl = parents.clusters.get(r.cluster_id)
        name = commune_title(r.kind, r.name)
        entries.append(UnitEntry(
            r.id, name, cl.name if cl else "", search_key(f"{name} {cl.name if cl else ''}"),
            (parents.cluster_order(cl), (r.position, r.id))))
    return entries


def _commune_children(model, kind: UnitKind):
    def load(session: Session, parents: _Parents, head: int | None) -> list[UnitEntry]:
        entries = []
        for r in _rows(session, _head(select(model.id, model.name, model.commune_id,
                                             model.position).where(model.active.is_(True)),
                                      kind, head)):
            place, order = parents.commune_place(r.commune_id)
            entries.append(UnitEntry(
                r.id, r.name, place, f"{cached_search_key(r.name)} {cached_search_key(place)}",
                (*order, (r.position, r.id))))
        return entries
    return load


def _groups(session: Session, parents: _Parents, head: int | None) -> list[UnitEntry]:
    hamlets = {r.id: r for r in _rows(
        session, select(Hamlet.id, Hamlet.name, Hamlet.commune_id, Hamlet.position))}
    places: dict[int, tuple[str, tuple]] = {}
    entries = []
    for r in _rows(session, _head(select(Group.id, Group.name, Group.hamlet_id, Group.position)
                                  .where(Group.active.is_(True)), UnitKind.GROUP, head)):
        if r.hamlet_id not in places:
            h = hamlets.get(r.hamlet_id)
            place, order = parents.commune_place(h.commune_id if h else None)
            places[r.hamlet_id] = (f"{h.name if h else '?'} · {place}",
                                   (*order, (h.position, h.id) if h else (0, 0)))
        place, order = places[r.hamlet_id]
        entries.append(UnitEntry(
            r.id, r.name, place, f"{cached_search_key(r.name)} {cached_search_key(place)}",
            (*order, (r.position, r.id))))
    return entries


_INDEX_LOADERS = {
    UnitKind.CLUSTER: _clusters,
    UnitKind.COMMUNE: _communes,
    UnitKind.HAMLET: _commune_children(Hamlet, UnitKind.HAMLET),
    UnitKind.CELL: _commune_children(Cell, UnitKind.CELL),
    UnitKind.GROUP: _groups,
}


def units_mark(db: Database) -> tuple:
    """Changes whenever any unit is added, edited, moved, removed or restored.

    Every update bumps ``row_version`` and units are never deleted, so counts, the
    newest id and the sum of versions per table tell an unchanged hierarchy
    apart from a changed one without reading 40,000 rows again.
    """
    with db.read() as session:
        return units_mark_in(session)


def units_mark_in(session: Session) -> tuple:
    """``units_mark`` inside a read already open."""
    return tuple(
        tuple(session.connection().execute(select(
            func.count(), func.max(level.model.id), func.sum(level.model.row_version))).one())
        for level in UNIT_LEVELS.values())


# ---------------------------------------------------------------------------
# the tree, one level at a time


@dataclass(frozen=True, slots=True)
class TreeChild:
    """One child in the hierarchy tree; ``counts`` are what it holds, by unit kind
    ("communes", "hamlets", "cells", "groups"). The two folders have no name of their
    own: the window names them ("(Chưa thuộc cụm)", "Chi bộ")."""

    kind: str
    id: int | None
    name: str
    counts: dict[str, int] = field(default_factory=dict)


def tree_children(db: Database, kind: str, unit_id: int | None = None) -> list[TreeChild]:
    """The children of a tree node in their order: the root's clusters (and the folder of
    communes outside any cluster), a cluster's communes, a commune's hamlets and its cell
    folder, a hamlet's groups, a cell folder's cells."""
    loader = _CHILDREN.get(kind)
    if loader is None:
        return []
    with db.read() as session:
        return loader(session, unit_id)


def _root_children(session: Session, _unit_id) -> list[TreeChild]:
    sizes = dict(session.execute(select(Commune.cluster_id, func.count())
                                 .where(Commune.active.is_(True))
                                 .group_by(Commune.cluster_id)).all())
    rows = [TreeChild("cluster", r.id, r.name, {"communes": sizes.pop(r.id, 0)})
            for r in session.execute(select(Cluster.id, Cluster.name)
                                     .where(Cluster.active.is_(True))
                                     .order_by(Cluster.position, Cluster.id))]
    if sum(sizes.values()):
        rows.append(TreeChild(NO_CLUSTER, None, "", {"communes": sum(sizes.values())}))
    return rows


def _communes_of(session: Session, cluster_id: int | None) -> list[TreeChild]:
    if cluster_id is None:  # the folder of communes whose cluster is gone (or never was)
        live = select(Cluster.id).where(Cluster.active.is_(True))
        where = or_(Commune.cluster_id.is_(None), Commune.cluster_id.not_in(live))
    else:
        where = Commune.cluster_id == cluster_id
    communes = list(session.execute(select(Commune.id, Commune.name, Commune.kind)
                                    .where(where, Commune.active.is_(True))
                                    .order_by(Commune.position, Commune.id)))
    ids = [c.id for c in communes]
    hamlets = _active_counts(session, Hamlet, Hamlet.commune_id, ids)
    cells = _active_counts(session, Cell, Cell.commune_id, ids)
    return [TreeChild("commune", c.id, commune_title(c.kind, c.name),
                      {"hamlets": hamlets.get(c.id, 0), "cells": cells.get(c.id, 0)})
            for c in communes]


def _active_counts(session: Session, model, column, parent_ids: list[int]) -> dict[int, int]:
    if not parent_ids:
        return {}
    return dict(session.execute(select(column, func.count())
                                .where(column.in_(parent_ids), model.active.is_(True))
                                .group_by(column)).all())


def _commune_children_of(session: Session, commune_id: int) -> list[TreeChild]:
    hamlets = list(session.execute(select(Hamlet.id, Hamlet.name)
                                   .where(Hamlet.commune_id == commune_id,
                                          Hamlet.active.is_(True))
                                   .order_by(Hamlet.position, Hamlet.id)))
    groups = _active_counts(session, Group, Group.hamlet_id, [h.id for h in hamlets])
    cells = session.scalar(select(func.count()).select_from(Cell).where(
        Cell.commune_id == commune_id, Cell.active.is_(True)))
    return [*(TreeChild("hamlet", h.id, h.name, {"groups": groups.get(h.id, 0)})
              for h in hamlets),
            TreeChild(CELL_FOLDER, commune_id, "", {"cells": cells})]


def _leaves(model, column):
    def load(session: Session, parent_id: int) -> list[TreeChild]:
        return [TreeChild(unit_level_of(model), r.id, r.name) for r in session.execute(
            select(model.id, model.name).where(column == parent_id, model.active.is_(True))
            .order_by(model.position, model.id))]
    return load


def unit_level_of(model) -> str:
    return next(k.value for k, level in UNIT_LEVELS.items() if level.model is model)


_CHILDREN = {
    ROOT: _root_children,
    "cluster": _communes_of,
    NO_CLUSTER: lambda session, _id: _communes_of(session, None),
    "commune": _commune_children_of,
    "hamlet": _leaves(Group, Group.hamlet_id),
    CELL_FOLDER: _leaves(Cell, Cell.commune_id),
}


def unit_path(db: Database, kind: str, unit_id: int) -> list[tuple[str, int | None]]:
    """The tree nodes (kind, id) from the top down to the unit, the unit itself left out:
    a commune whose cluster was removed sits under the "no cluster" folder, a cell under
    its commune's cell folder. NotFound when the unit or a parent is gone."""
    with db.read() as session:
        return _path(session, kind, unit_id)


def _path(session: Session, kind: str, unit_id: int) -> list[tuple[str, int | None]]:
    level = unit_level(kind)
    unit = session.get(level.model, unit_id)
    if unit is None:
        raise NotFound(msg("Không có đơn vị {kind} mã {id}.", kind=kind, id=unit_id))
    if level.parent is None:
        return []
    parent_id = getattr(unit, level.parent_column)
    if kind == "commune":
        cluster = session.get(Cluster, parent_id) if parent_id else None
        return [("cluster", parent_id) if cluster and cluster.active else (NO_CLUSTER, None)]
    path = [*_path(session, level.parent.value, parent_id), (level.parent.value, parent_id)]
    return path + ([(CELL_FOLDER, parent_id)] if kind == "cell" else [])


# ---------------------------------------------------------------------------
# one unit


@dataclass(frozen=True)
class UnitDetails:
    kind: str
    id: int
    name: str
    label: str  # as a sentence names it: "Ấp Phú Hòa (xã An Khánh)"
    parent_id: int | None
    active: bool
    history: list[queries.HistoryRow]  # everyone ever assigned, newest first

    def current(self, day: dt.date) -> list[queries.HistoryRow]:
        """The assignments valid on ``day``."""
        return [h for h in self.history if h.effective_from <= day
                and (h.effective_to is None or h.effective_to >= day)]


def unit_details(db: Database, kind: str, unit_id: int) -> UnitDetails:
    level = unit_level(kind)
    with db.read() as session:
        unit = session.get(level.model, unit_id)
        if unit is None:
            raise NotFound(msg("Không có đơn vị {kind} mã {id}.", kind=kind, id=unit_id))
        return UnitDetails(
            level.kind.value, unit.id, unit.name, queries.unit_label(session, kind, unit_id),
            getattr(unit, level.parent_column) if level.parent_column else None, unit.active,
            queries.unit_history(session, kind, unit_id))


def cell_types(db: Database) -> dict[int, str]:
    """Loại hình chi bộ: id -> name."""
    with db.read() as session:
        return queries.cell_type_names(session)
