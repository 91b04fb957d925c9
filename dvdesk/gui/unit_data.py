"""Units of one kind with their place in the hierarchy, loaded in a few set-based queries."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from dvdesk.domain.models import Cell, Cluster, Commune, Group, Hamlet
from dvdesk.domain.roles import UnitKind, commune_title
from dvdesk.domain.text import search_key
from dvdesk.gui.tables import cached_search_key


def commune_name(name: str, kind: str) -> str:
    """"Xã An Khánh", "Thị trấn Châu Thành"."""
    return commune_title(kind, name)


@dataclass(frozen=True)
class UnitEntry:
    id: int
    name: str
    parent_text: str  # "Xã An Khánh · Cụm 2"
    search: str
    order: tuple


@dataclass
class UnitIndex:
    entries: dict[str, list[UnitEntry]]

    @classmethod
    def load(cls, session, kind: str) -> UnitIndex:
        kind = UnitKind(kind)
        clusters = {r.id: r for r in session.execute(
            select(Cluster.id, Cluster.name, Cluster.position))}
        communes = {r.id: r for r in session.execute(
            select(Commune.id, Commune.name, Commune.kind, Commune.cluster_id, Commune.position))}

        def commune_place(commune_id: int | None) -> tuple[str, tuple]:
            c = communes.get(commune_id)
            if c is None:
                return "", (0, 0)
            cl = clusters.get(c.cluster_id)
            text = commune_name(c.name, c.kind) + (f" · {cl.name}" if cl else "")
            return text, ((cl.position, cl.id) if cl else (10**9, 0), (c.position, c.id))

        entries: list[UnitEntry] = []
        if kind == UnitKind.CLUSTER:
            for r in session.execute(select(Cluster.id, Cluster.name, Cluster.position)
                                     .where(Cluster.active.is_(True))):
                entries.append(UnitEntry(r.id, r.name, "", search_key(r.name),
                                         ((r.position, r.id),)))
        elif kind == UnitKind.COMMUNE:
            for r in session.execute(select(Commune.id, Commune.name, Commune.kind,
                                            Commune.cluster_id, Commune.position)
                                     .where(Commune.active.is_(True))):
                cl = clusters.get(r.cluster_id)
                name = commune_name(r.name, r.kind)
                entries.append(UnitEntry(
                    r.id, name, cl.name if cl else "",
                    search_key(f"{name} {cl.name if cl else ''}"),
                    ((cl.position, cl.id) if cl else (10**9, 0), (r.position, r.id))))
        elif kind in (UnitKind.HAMLET, UnitKind.CELL):
            model = Hamlet if kind == UnitKind.HAMLET else Cell
            for r in session.execute(select(model.id, model.name, model.commune_id,
                                            model.position).where(model.active.is_(True))):
                place, order = commune_place(r.commune_id)
                entries.append(UnitEntry(
                    r.id, r.name, place, f"{cached_search_key(r.name)} {cached_search_key(place)}",
                    (*order, (r.position, r.id))))
        else:
            hamlets = {r.id: r for r in session.execute(
                select(Hamlet.id, Hamlet.name, Hamlet.commune_id, Hamlet.position))}
            places = {}
            for r in session.connection().execute(select(Group.id, Group.name, Group.hamlet_id,
                                            Group.position).where(Group.active.is_(True))):
                h = hamlets.get(r.hamlet_id)
                if r.hamlet_id not in places:
                    place, order = commune_place(h.commune_id if h else None)
                    places[r.hamlet_id] = (f"{h.name if h else '?'} · {place}",
                                           (*order, (h.position, h.id) if h else (0, 0)))
                place, order = places[r.hamlet_id]
                entries.append(UnitEntry(
                    r.id, r.name, place, f"{cached_search_key(r.name)} {cached_search_key(place)}",
                    (*order, (r.position, r.id))))
        entries.sort(key=lambda e: e.order)
        return cls({kind.value: entries})

    def ordered(self, kind: str) -> list[UnitEntry]:
        return self.entries.get(UnitKind(kind).value, [])


def units_mark(session) -> tuple:
    """Changes whenever any unit is added, edited, moved, removed or restored.

    Every update bumps ``row_version`` and units are never deleted, so counts, the
    newest id and the sum of versions per table tell an unchanged hierarchy
    apart from a changed one without reading 40,000 rows again.
    """
    return tuple(
        tuple(session.execute(select(func.count(), func.max(model.id),
                                     func.sum(model.row_version))).one())
        for model in (Cluster, Commune, Hamlet, Cell, Group))
