"""The one table of unit kinds: cụm → xã → ấp / chi bộ → tổ NDTQ.

Each kind names its parent kind and the column that points to it, its entity
class and table, the key of its level name in the settings ("level_names") and
its short Vietnamese label. Services, queries, the importer, the exports and the
window read the hierarchy from here instead of keeping their own copies.
"""

from __future__ import annotations

from dataclasses import dataclass

from dvdesk.domain.models import Base, Cell, Cluster, Commune, Group, Hamlet
from dvdesk.domain.roles import UNIT_LABELS, UnitKind


@dataclass(frozen=True)
class UnitLevel:
    kind: UnitKind
    parent: UnitKind | None  # the kind a unit of this kind belongs to
    parent_column: str | None  # the column holding the parent's id
    model: type[Base]
    table: str
    level_key: str  # its name in settings["level_names"] ("Ấp, khu phố", "Thôn" …)
    label: str  # short Vietnamese label ("Ấp")


def _level(kind: UnitKind, parent: UnitKind | None, column: str | None, model) -> UnitLevel:
    return UnitLevel(kind, parent, column, model, model.__tablename__, kind.value,
                     UNIT_LABELS[kind])


# In hierarchy order: a parent always comes before its children.
UNIT_LEVELS: dict[UnitKind, UnitLevel] = {
    UnitKind.CLUSTER: _level(UnitKind.CLUSTER, None, None, Cluster),
    # A commune may be outside any cluster: the cluster level is optional.
    UnitKind.COMMUNE: _level(UnitKind.COMMUNE, UnitKind.CLUSTER, "cluster_id", Commune),
    UnitKind.HAMLET: _level(UnitKind.HAMLET, UnitKind.COMMUNE, "commune_id", Hamlet),
    UnitKind.CELL: _level(UnitKind.CELL, UnitKind.COMMUNE, "commune_id", Cell),
    UnitKind.GROUP: _level(UnitKind.GROUP, UnitKind.HAMLET, "hamlet_id", Group),
}
UNIT_ORDER = {kind.value: number for number, kind in enumerate(UNIT_LEVELS)}


def unit_level(kind: str) -> UnitLevel:
    return UNIT_LEVELS[UnitKind(kind)]


def unit_model(kind: str) -> type[Base]:
    return UNIT_LEVELS[UnitKind(kind)].model


def parent_kind(kind: str) -> str | None:
    """The kind of a unit's parent ("hamlet" -> "commune"); None for a cluster."""
    parent = UNIT_LEVELS[UnitKind(kind)].parent
    return parent.value if parent is not None else None


def kind_of_model(model: type[Base]) -> str:
    for level in UNIT_LEVELS.values():
        if level.model is model:
            return level.kind.value
    raise ValueError(model)
