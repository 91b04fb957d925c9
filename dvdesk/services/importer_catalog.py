"""What the database already holds, and what an import plans to add, for matching rows.

``Catalog`` loads every unit, cell type, officer and assignment once (set-based
SELECTs, so a province loads in a second) and answers the matching questions
of an import without writing:

- units are matched by name within their parent (a hamlet within its commune,
  so "Ấp 1" of two communes stays two hamlets); communes by name and kind,
  clusters by name; names compare after NFC, case ignored;
- an officer is the existing (or already planned) person with the same name and
  the same phone, else the same workplace, else the same title; a different
  phone or workplace makes a different person; a name shared by several people
  with nothing to tell them apart is ambiguous (the row is refused, not guessed).

Planned units and officers are ``Ref`` objects whose ``id`` is filled in when
the plan is applied.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from dvdesk.domain.messages import msg
from dvdesk.domain.models import (
    Assignment,
    Cell,
    CellType,
    Cluster,
    Commune,
    Group,
    Hamlet,
    Officer,
)
from dvdesk.domain.roles import commune_phrase
from dvdesk.domain.text import clean, search_key
from dvdesk.domain.units import level_names
from dvdesk.errors import InvalidInput
from dvdesk.services.officers import normalise_phone
from dvdesk.store import queries


@lru_cache(maxsize=1 << 16)  # a province's rows name the same few thousand units again and again
def fold(text: object) -> str:
    """Comparison form of a name: NFC, single spaces, case ignored."""
    return clean(text).casefold()


@dataclass(eq=False)
class Ref:
    """An existing or planned unit / officer / cell type; ``id`` is None until created."""

    kind: str
    name: str
    id: int | None = None
    parent: Ref | None = None
    fields: dict = field(default_factory=dict)
    origin: tuple[str, int] | None = None  # sheet, row that asked for it

    @property
    def is_new(self) -> bool:
        return self.origin is not None

    def label(self) -> str:
        if self.kind == "commune":
            return commune_phrase(self.fields.get("kind", "xa"), self.name)
        if self.parent is not None and self.kind in ("hamlet", "cell", "group"):
            return f"{self.name} ({self.parent.label()})"
        return self.name


@dataclass(eq=False)
class Person(Ref):
    """An officer: ``fields`` holds title, workplace, phone, level and flags."""


class Ambiguous(Exception):
    """Several people share the name and nothing in the row tells which one is meant."""


class Catalog:
    def __init__(self, session: Session):
        self.settings = queries.settings(session)
        self.levels = level_names(self.settings)
        self.rules = self.settings.get("rules", {})
        self.clusters: dict[str, Ref] = {}
        self.communes: dict[str, list[Ref]] = defaultdict(list)
        self.children: dict[tuple[int, str, str], Ref] = {}  # (id(parent), kind, name)
        self.cell_types: dict[str, Ref] = {}
        self.people: dict[str, list[Person]] = defaultdict(list)
        self.new_units: list[Ref] = []
        self.new_people: list[Person] = []
        self.new_types: list[Ref] = []
        by_id: dict[tuple[str, int], Ref] = {}
        for c in session.scalars(select(Cluster).where(Cluster.active.is_(True))):
            by_id[("cluster", c.id)] = self.clusters[fold(c.name)] = Ref("cluster", c.name, c.id)
        for c in session.scalars(select(Commune).where(Commune.active.is_(True))):
            ref = Ref("commune", c.name, c.id, by_id.get(("cluster", c.cluster_id)),
                      {"kind": c.kind})
            by_id[("commune", c.id)] = ref
            self.communes[fold(c.name)].append(ref)
        for h in session.scalars(select(Hamlet).where(Hamlet.active.is_(True))):
            parent = by_id.get(("commune", h.commune_id))
            if parent is not None:
                by_id[("hamlet", h.id)] = self._child(Ref("hamlet", h.name, h.id, parent,
                                                          {"kind": h.kind}))
        for t in session.scalars(select(CellType)):
            ref = Ref("cell_type", t.name, t.id, fields={"code": t.code})
            for key in (fold(t.name), fold(t.code), type_key(t.name)):
                self.cell_types.setdefault(key, ref)
        for c in session.scalars(select(Cell).where(Cell.active.is_(True))):
            parent = by_id.get(("commune", c.commune_id))
            if parent is not None:
                by_id[("cell", c.id)] = self._child(Ref("cell", c.name, c.id, parent))
        for g in session.scalars(select(Group).where(Group.active.is_(True))):
            parent = by_id.get(("hamlet", g.hamlet_id))
            if parent is not None:
                by_id[("group", g.id)] = self._child(Ref("group", g.name, g.id, parent))
        self.by_id = by_id
        for o in session.scalars(select(Officer).where(queries.officer_listed())):
            person = Person("officer", o.full_name, o.id, fields={
                "title": o.title, "workplace": o.workplace, "phone": o.phone,
                "level": o.level, "is_standing_member": o.is_standing_member,
                "active": o.active})
            self.people[fold(o.full_name)].append(person)
        self.person_by_id = {p.id: p for ps in self.people.values() for p in ps}
        # (role, unit id) -> [(assignment id, officer id, from, to)]
        self.held: dict[tuple[str, int], list[tuple[int, int, dt.date, dt.date | None]]] = \
            defaultdict(list)
        rows = session.execute(select(Assignment.id, Assignment.role, Assignment.unit_id,
                                      Assignment.officer_id, Assignment.effective_from,
                                      Assignment.effective_to))
        self.open_by_officer: dict[tuple[int, str], set[int]] = defaultdict(set)
        self.assignment_by_id: dict[int, tuple[str, int]] = {}  # id -> (role, unit id)
        for a_id, role, unit_id, officer_id, start, end in rows:
            self.held[(role, unit_id)].append((a_id, officer_id, start, end))
            self.assignment_by_id[a_id] = (role, unit_id)
            if end is None:
                self.open_by_officer[(officer_id, role)].add(unit_id)

    # -- units ---------------------------------------------------------------

    def _child(self, ref: Ref) -> Ref:
        self.children[(id(ref.parent), ref.kind, fold(ref.name))] = ref
        return ref

    def _new(self, ref: Ref) -> Ref:
        self.new_units.append(ref)
        return ref

    def cluster(self, name: str, origin) -> Ref:
        key = fold(name)
        if key not in self.clusters:
            self.clusters[key] = self._new(Ref("cluster", clean(name), origin=origin))
        return self.clusters[key]

    def only_commune(self) -> Ref | None:
        """The commune of a commune's own database (it has exactly one), else None."""
        found = [ref for refs in self.communes.values() for ref in refs]
        return found[0] if len(found) == 1 else None

    def commune(self, name: str, kind: str, origin, cluster: Ref | None = None) -> Ref:
        """The commune of that name and kind ("" = whichever single one exists)."""
        candidates = self.communes[fold(name)]
        if kind:
            found = [c for c in candidates if c.fields.get("kind") == kind]
        else:
            found = candidates
        if len(found) > 1:
            raise Ambiguous(msg("Có {count} xã, thị trấn cùng tên “{name}”; hãy ghi rõ Xã, Thị "
                                "trấn hay Phường.", count=len(found), name=clean(name)))
        if found:
            return found[0]
        ref = self._new(Ref("commune", clean(name), parent=cluster,
                            fields={"kind": kind or "xa"}, origin=origin))
        candidates.append(ref)
        return ref

    def child(self, unit_kind: str, parent: Ref, name: str, origin, **fields) -> Ref:
        kind = unit_kind
        key = (id(parent), kind, fold(name))
        found = self.children.get(key)
        if found is None and kind == "cell":
            # "Chi bộ Ấp 1" and "Ấp 1" name the same cell in lists.
            bare = fold(name).removeprefix("chi bộ ").strip()
            for other in (bare, f"chi bộ {bare}"):
                found = found or self.children.get((id(parent), kind, other))
        if found is not None:
            return found
        return self._new(self._child(Ref(kind, clean(name), parent=parent, fields=fields,
                                         origin=origin)))

    def rename(self, ref: Ref, name: str) -> bool:
        """Give a unit or officer its new name in the lookups (a re-import renames it);
        False when a unit of that kind already has the name in the same parent."""
        old, new = fold(ref.name), fold(name)
        if isinstance(ref, Person):
            self.people[old] = [p for p in self.people[old] if p is not ref]
            self.people[new].append(ref)
        elif ref.kind == "cluster":
            if new != old and new in self.clusters:
                return False
            self.clusters.pop(old, None)
            self.clusters[new] = ref
        elif ref.kind == "commune":
            kind = ref.fields.get("kind")
            if new != old and any(c.fields.get("kind") == kind for c in self.communes[new]):
                return False
            self.communes[old] = [c for c in self.communes[old] if c is not ref]
            self.communes[new].append(ref)
        else:
            key = (id(ref.parent), ref.kind, new)
            if new != old and key in self.children:
                return False
            self.children.pop((id(ref.parent), ref.kind, old), None)
            self.children[key] = ref
        ref.name = clean(name)
        return True

    def move(self, ref: Ref, parent: Ref | None) -> None:
        """Put a unit under another parent in the lookups (a re-import moves it)."""
        if ref.kind in ("hamlet", "cell", "group"):
            self.children.pop((id(ref.parent), ref.kind, fold(ref.name)), None)
            ref.parent = parent
            self._child(ref)
        else:
            ref.parent = parent

    def end(self, assignment_id: int, last_day: dt.date) -> None:
        """An assignment the plan ends: it no longer holds its unit after ``last_day``."""
        role, unit_id = self.assignment_by_id[assignment_id]
        rows = self.held[(role, unit_id)]
        for index, (a, o, s, e) in enumerate(rows):
            if a == assignment_id:
                rows[index] = (a, o, s, last_day)
                if e is None:
                    self.open_by_officer.get((o, role), set()).discard(unit_id)

    def find_child(self, kind: str, parent: Ref, name: str) -> Ref | None:
        return self.children.get((id(parent), kind, fold(name)))

    def cell_type(self, name: str, origin) -> Ref | None:
        name = clean(name)
        if not name:
            return None
        for key in (fold(name), type_key(name), type_key(f"Chi bộ {name}")):
            if key in self.cell_types:
                return self.cell_types[key]
        ref = Ref("cell_type", name, fields={"code": type_key(name)}, origin=origin)
        self.cell_types[fold(name)] = self.cell_types[type_key(name)] = ref
        self.new_types.append(ref)
        return ref

    # -- officers --------------------------------------------------------------

    def person(self, values: dict, origin) -> tuple[Person, bool]:
        """(the officer, created?) for a row's name, phone, workplace and title."""
        name = clean(values.get("name"))
        try:
            phone = normalise_phone(values.get("phone"))
        except InvalidInput:  # the reader has already reported this row's phone
            phone = clean(values.get("phone"))
        workplace = fold(values.get("workplace"))
        title = fold(values.get("title"))
        candidates = self.people[fold(name)]
        match = self._match(candidates, phone, workplace, title)
        if match is not None:
            return match, False
        person = Person("officer", name, fields={
            "title": clean(values.get("title")), "workplace": clean(values.get("workplace")),
            "phone": phone, "level": values.get("level") or "huyen",
            "is_committee_member": bool(values.get("committee")),
            "is_standing_member": bool(values.get("standing")),
            "note": clean(values.get("note")), "active": values.get("active", True)},
            origin=origin)
        candidates.append(person)
        self.new_people.append(person)
        return person, True

    @staticmethod
    def _match(candidates: list[Person], phone: str, workplace: str,
               title: str) -> Person | None:
        if not candidates:
            return None
        if phone:
            same = [p for p in candidates if p.fields.get("phone") == phone]
            if len(same) == 1:
                return same[0]
            if same:
                raise Ambiguous(msg("Có {count} cán bộ cùng tên và cùng số điện thoại "
                                    "{phone}.", count=len(same), phone=phone))
        # A different phone on record means a different person.
        usable = [p for p in candidates if not (phone and p.fields.get("phone"))]
        if workplace:
            same = [p for p in usable if fold(p.fields.get("workplace")) == workplace]
            if len(same) == 1:
                return same[0]
            if same:
                raise Ambiguous(msg("Có {count} cán bộ cùng tên cùng đơn vị công tác.",
                                    count=len(same)))
            usable = [p for p in usable if not fold(p.fields.get("workplace"))]
        if phone or workplace:
            return None
        if title:
            same = [p for p in usable if fold(p.fields.get("title")) == title]
            if len(same) == 1:
                return same[0]
        if len(usable) == 1:
            return usable[0]
        if len(usable) > 1:
            raise Ambiguous(msg(
                "Có {count} cán bộ tên “{name}” mà dòng này không có điện thoại, đơn vị công tác "
                "hay chức vụ để phân biệt.", count=len(usable), name=usable[0].name))
        return None

    # -- assignments -------------------------------------------------------------

    def holders(self, role: str, unit: Ref) -> list[tuple[int, int, dt.date, dt.date | None]]:
        return self.held.get((role, unit.id), []) if unit.id is not None else []

    def open_units(self, officer: Person, role: str) -> set[int]:
        if officer.id is None:
            return set()
        return self.open_by_officer.get((officer.id, role), set())


def type_key(name: str) -> str:
    """A cell type code made from its name ("Chi bộ trường học" -> "chi_bo_truong_hoc")."""
    return "_".join(search_key(name).replace(",", " ").split())
