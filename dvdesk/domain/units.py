"""The one table of unit kinds: cụm → xã → ấp / chi bộ → tổ NDTQ.

Each kind names its parent kind and the column that points to it, its entity
class and table, the key of its level name in the settings ("level_names") and
its short Vietnamese label. Services, queries, the importer, the exports and the
window read the hierarchy from here instead of keeping their own copies.

``LevelNames`` gives each level the name the settings give it ("Thôn, tổ dân phố",
"Xã, phường" …): documents, workbooks, sentences and the window name levels through
it, never with words of their own. The cluster level is optional: a level name left
empty means the organization has no such level.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from dvdesk.domain.messages import Term
from dvdesk.domain.models import Base, Cell, Cluster, Commune, Group, Hamlet
from dvdesk.domain.roles import UNIT_LABELS, UnitKind
from dvdesk.domain.settings import DEFAULT_SETTINGS


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


def names_commune(settings: Mapping, communes: Iterable[object]) -> bool:
    """Whether a cell's label names its commune ("Chi bộ Ấp 1 (xã An Khánh)"), for the
    cells of ``communes`` shown together (a month's calendar): a commune's own committee
    (preset "xa") with one commune leaves it out, a district or a province always says it.
    ``communes`` is read only for a commune's committee."""
    preset = (settings.get("structure") or {}).get("preset") if isinstance(
        settings, Mapping) else None
    return preset != "xa" or len(set(communes)) > 1


def kind_of_model(model: type[Base]) -> str:
    for level in UNIT_LEVELS.values():
        if level.model is model:
            return level.kind.value
    raise ValueError(model)


# ---------------------------------------------------------------------------
# level names from the settings


class LevelTerm(Term):
    """A level name as the settings give it, translated where the catalogue's "Terms"
    know it ("Thôn, tổ dân phố": "Villages and residential groups")."""


# The district's level names: what a database that never changed them says.
DEFAULT_LEVEL_NAMES: Mapping[str, str] = DEFAULT_SETTINGS["level_names"]
OPTIONAL_LEVELS = frozenset({UnitKind.CLUSTER.value})


@dataclass(frozen=True)
class LevelNames:
    """The level names of one organization (``level_names(settings)``)."""

    names: Mapping[str, str]

    def name(self, kind: str) -> str:
        """The name as typed in the settings ("Thôn, tổ dân phố"); an optional level left
        empty, or a required one, falls back to the district's name."""
        kind = UnitKind(kind).value
        return (self.names.get(kind) or "").strip() or DEFAULT_LEVEL_NAMES[kind]

    def title(self, kind: str) -> LevelTerm:
        """A heading or a column title: "Thôn, tổ dân phố" ("Villages and residential
        groups" in English)."""
        return LevelTerm(self.name(kind))

    def phrase(self, kind: str) -> LevelTerm:
        """Inside a sentence: "thôn, tổ dân phố"."""
        return LevelTerm(self.name(kind), lower=True)

    def word(self, kind: str) -> LevelTerm:
        """The level's first word, as role names and counters say it: "thôn" of "Thôn, tổ
        dân phố" ("35/35 thôn có cán bộ theo dõi")."""
        name = self.name(kind)
        if name == DEFAULT_LEVEL_NAMES[UnitKind(kind).value]:  # the district's own short word
            return LevelTerm(UNIT_LABELS[UnitKind(kind)], lower=True)
        return LevelTerm(name.split(",")[0].strip(), lower=True)

    def used(self, kind: str) -> bool:
        """False for an optional level the settings leave without a name (a commune has
        no clusters)."""
        kind = UnitKind(kind).value
        return kind not in OPTIONAL_LEVELS or bool((self.names.get(kind) or "").strip())


def level_names(settings: Mapping) -> LevelNames:
    """The level names of ``settings`` (the merged settings of ``domain.settings``)."""
    names = settings.get("level_names") if isinstance(settings, Mapping) else None
    return LevelNames(dict(names) if isinstance(names, Mapping) else {})


DISTRICT_LEVELS = LevelNames(DEFAULT_LEVEL_NAMES)
