"""The sample district (and province) for trying DV Desk: ``dvdesk demo``.

A deterministic, realistic structure modelled on Châu Thành district (Bến Tre) —
6 clusters, 21 communes, 117 hamlets, a cell per hamlet plus school / agency /
police / military cells, commune committees whose members attend one cell and
standing members three to five, 1,702 self-governing groups followed by 1,091
commune cadres — or a province (~3,000 hamlets, ~20,000 officers, ~40,000
groups) with the same shape. Rows are written
with set-based INSERTs so the province takes seconds, not minutes. Approved
months with their attendance and the grassroots feedback follow
(``demo_meetings``).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from dvdesk.domain import models as m
from dvdesk.domain.messages import msg
from dvdesk.domain.text import officer_name_keys
from dvdesk.errors import InvalidInput
from dvdesk.paths import db_path
from dvdesk.services.settings import set_section_in
from dvdesk.store.database import Database
from dvdesk.store.queries import IDENTITY_KEY

TERM_START = dt.date(2025, 11, 1)


@dataclass(frozen=True)
class Scale:
    name: str
    clusters: int
    communes: int
    hamlets: int
    groups: int
    commune_cadres: int
    liaisons: int  # provincial leaders in charge of communes (each may take two)
    standing_per_commune: int = 3
    members_per_commune: int = 10


SCALES = {
    "district": Scale("district", clusters=6, communes=21, hamlets=117, groups=1702,
                      commune_cadres=1091, liaisons=21),
    "province": Scale("province", clusters=40, communes=400, hamlets=3000, groups=40000,
                      commune_cadres=16360, liaisons=200),
}

CELL_TYPES = [
    ("ap", "Chi bộ ấp (nông thôn)"),
    ("khu_pho", "Chi bộ khu phố (đô thị)"),
    ("co_quan", "Chi bộ cơ quan"),
    ("truong_hoc", "Chi bộ trường học"),
    ("cong_an", "Chi bộ công an"),
    ("quan_su", "Chi bộ quân sự"),
]


def _spread(total: int, parts: int, rng: random.Random) -> list[int]:
    """Split ``total`` into ``parts`` near-equal positive counts, extra ones placed at random."""
    base, extra = divmod(total, parts)
    counts = [base] * parts
    for index in rng.sample(range(parts), extra):
        counts[index] += 1
    return counts


class _People:
    """Unique-looking Vietnamese names and phone numbers."""

    def __init__(self, data: dict, rng: random.Random):
        self.data = data
        self.rng = rng
        self.used: set[str] = set()
        self.phones: set[str] = set()

    def name(self) -> str:
        d, rng = self.data, self.rng
        for _ in range(50):
            female = rng.random() < 0.4
            middle = rng.choice(d["middle_female" if female else "middle_male"])
            given = rng.choice(d["given_female" if female else "given_male"])
            name = f"{rng.choice(d['family'])} {middle} {given}"
            if name not in self.used:
                break
        self.used.add(name)
        return name

    def phone(self) -> str:
        while True:
            phone = self.rng.choice(["09", "08", "03", "07"]) + f"{self.rng.randrange(10**8):08d}"
            if phone not in self.phones:
                self.phones.add(phone)
                return phone


def _place_names(data: dict, count: int, rng: random.Random) -> list[str]:
    syllables = data["place_syllables"]
    pairs = [f"{a} {b}" for a in syllables for b in syllables if a != b]
    rng.shuffle(pairs)
    return pairs[:count]


def is_empty(db: Database) -> bool:
    with db.read() as session:
        return not any(
            session.scalar(select(func.count()).select_from(model))
            for model in (m.Cluster, m.Commune, m.Hamlet, m.Officer, m.Assignment)
        )


def _wipe(session: Session) -> None:
    for model in (m.FeedbackEvent, m.Feedback, m.Attendance, m.Meeting, m.MonthlyCalendar,
                  m.Assignment, m.Decision, m.Group, m.Cell, m.CellType, m.Hamlet, m.Commune,
                  m.Cluster, m.Officer, m.Setting, m.AuditEntry, m.UnitHistory,
                  m.Unavailability):
        session.execute(delete(model))
    # Another database now: a workbook exported before must not be matched by its ids.
    session.add(m.Setting(key=IDENTITY_KEY, value=uuid.uuid4().hex))


def _insert(session: Session, model, rows: list[dict]) -> list[int]:
    if not rows:
        return []
    stmt = insert(model).returning(model.id, sort_by_parameter_order=True)
    return list(session.scalars(stmt, rows))


def build_demo(db: Database, scale: str = "district", *, force: bool = False,
               seed: int = 2026) -> dict:
    """Fill the database with the sample data; refuses a non-empty database unless ``force``."""
    if scale not in (*SCALES, "commune"):
        raise InvalidInput(msg("Quy mô không hợp lệ: {scale} (district, province hoặc "
                               "commune).", scale=scale))
    if not force and not is_empty(db):
        raise InvalidInput(msg("Cơ sở dữ liệu {db} đã có dữ liệu; dùng --force để thay bằng "
                               "dữ liệu mẫu.", db=db.display_name))
    from dvdesk.services.demo_meetings import build_after_meetings

    with db.write() as session:  # one transaction: a demo stopped half-way leaves nothing
        if force:
            _wipe(session)
        if scale == "commune":
            from dvdesk.services.demo_commune import build_commune

            data = json.loads(db_path("demo", "names.json").read_text(encoding="utf-8"))
            summary = build_commune(session, data, seed)
        else:
            summary = _Builder(session, SCALES[scale], seed).build()
        summary.update(build_after_meetings(session, scale, seed))
        return summary


class _Builder:
    def __init__(self, session: Session, scale: Scale, seed: int):
        self.s = session
        self.scale = scale
        self.rng = random.Random(seed)
        self.data = json.loads(db_path("demo", "names.json").read_text(encoding="utf-8"))
        self.people = _People(self.data, self.rng)
        self.officers: list[dict] = []
        self.assignments: list[tuple[int, str, int, int | None]] = []  # officer idx, role, unit, decision

    def officer(self, level: str, title: str, workplace: str, committee=False,
                standing=False) -> int:
        name = self.people.name()
        self.officers.append({
            "full_name": name, **officer_name_keys(name), "title": title,
            "workplace": workplace, "level": level, "phone": self.people.phone(),
            "is_committee_member": committee, "is_standing_member": standing, "active": True,
            "note": "", "row_version": 1,
        })
        return len(self.officers) - 1

    def build(self) -> dict:
        sc, rng, d = self.scale, self.rng, self.data
        district = sc.name == "district"
        self._settings(district)
        decisions = _insert(self.s, m.Decision, [
            {"number": "245-QĐ/HU", "signed_on": dt.date(2025, 10, 20), "signer": "Ban Thường vụ",
             "summary": "Phân công Ủy viên Ban Thường vụ, Huyện ủy viên phụ trách cụm, xã", "row_version": 1},
            {"number": "246-QĐ/HU", "signed_on": dt.date(2025, 10, 20), "signer": "Ban Thường vụ",
             "summary": "Phân công cán bộ huyện theo dõi, hỗ trợ ấp, khu phố", "row_version": 1},
            {"number": "112-QĐ/TU", "signed_on": dt.date(2025, 10, 10), "signer": "Ban Thường vụ Tỉnh ủy",
             "summary": "Phân công lãnh đạo tỉnh phụ trách xã", "row_version": 1},
            {"number": "15-QĐ/ĐU", "signed_on": dt.date(2025, 10, 25), "signer": "Đảng ủy xã",
             "summary": "Phân công cấp ủy dự sinh hoạt chi bộ, theo dõi tổ NDTQ", "row_version": 1},
        ])
        dec_lead, dec_hamlet, dec_prov, dec_commune = decisions
        type_ids = dict(zip([c for c, _ in CELL_TYPES], _insert(self.s, m.CellType, [
            {"code": code, "name": name, "row_version": 1} for code, name in CELL_TYPES]),
            strict=True))

        clusters = _insert(self.s, m.Cluster, [
            {"name": f"Cụm {i + 1}", "position": i + 1, "active": True, "row_version": 1}
            for i in range(sc.clusters)])
        names = (d["district_communes"] if district
                 else ["Trung tâm"] + _place_names(d, sc.communes - 1, rng))
        per_cluster = _spread(sc.communes, sc.clusters, rng)
        commune_rows, cluster_of = [], []
        for cluster_index, n in enumerate(per_cluster):
            cluster_of += [cluster_index] * n
        for i, name in enumerate(names[: sc.communes]):
            town = name.startswith("Thị trấn") or (not district and i % 25 == 0)
            commune_rows.append({
                "cluster_id": clusters[cluster_of[i]],
                "name": name.removeprefix("Thị trấn ") if town else name,
                "kind": "thi_tran" if town else "xa", "position": i + 1, "active": True,
                "row_version": 1})
        communes = _insert(self.s, m.Commune, commune_rows)

        hamlet_counts = _spread(sc.hamlets, sc.communes, rng)
        hamlet_rows, hamlet_commune = [], []
        for ci, n in enumerate(hamlet_counts):
            town = commune_rows[ci]["kind"] == "thi_tran"
            pool = rng.sample(d["hamlet_names"], k=min(n, len(d["hamlet_names"])))
            for j in range(n):
                if town:
                    name, kind = f"Khu phố {j + 1}", "khu_pho"
                elif j < len(pool) and rng.random() < 0.7:
                    name, kind = f"Ấp {pool[j]}", "ap"
                else:
                    name, kind = f"Ấp {j + 1}", "ap"
                hamlet_rows.append({"commune_id": communes[ci], "name": name, "kind": kind,
                                    "position": j + 1, "active": True, "row_version": 1})
                hamlet_commune.append(ci)
        hamlets = _insert(self.s, m.Hamlet, hamlet_rows)

        cell_rows, cell_commune = [], []
        for hi, hamlet_id in enumerate(hamlets):
            row = hamlet_rows[hi]
            cell_rows.append({"commune_id": row["commune_id"], "hamlet_id": hamlet_id,
                              "cell_type_id": type_ids[row["kind"]],
                              "name": f"Chi bộ {row['name']}", "position": row["position"],
                              "active": True, "row_version": 1})
            cell_commune.append(hamlet_commune[hi])
        for ci, commune_id in enumerate(communes):
            label = "thị trấn" if commune_rows[ci]["kind"] == "thi_tran" else "xã"
            extra = [("co_quan", f"Chi bộ Cơ quan {label}"),
                     ("truong_hoc", f"Chi bộ Trường THCS {commune_rows[ci]['name']}"),
                     ("cong_an", f"Chi bộ Công an {label}"),
                     ("quan_su", f"Chi bộ Quân sự {label}")]
            for k, (code, name) in enumerate(extra):
                cell_rows.append({"commune_id": commune_id, "hamlet_id": None,
                                  "cell_type_id": type_ids[code], "name": name,
                                  "position": 100 + k, "active": True, "row_version": 1})
                cell_commune.append(ci)
        cells = _insert(self.s, m.Cell, cell_rows)

        group_counts = _spread(sc.groups, sc.hamlets, rng)
        group_rows, group_commune = [], []
        for hi, n in enumerate(group_counts):
            for j in range(n):
                group_rows.append({"hamlet_id": hamlets[hi], "name": f"Tổ {j + 1}",
                                   "position": j + 1, "active": True, "row_version": 1})
                group_commune.append(hamlet_commune[hi])
        groups = _insert(self.s, m.Group, group_rows)

        # District / provincial people.
        place = "huyện" if district else "tỉnh"
        for i, cluster_id in enumerate(clusters):
            title = d["standing_titles"][i % len(d["standing_titles"])]
            o = self.officer("huyen", title, "Huyện ủy Châu Thành" if district else "Tỉnh ủy",
                             committee=True, standing=True)
            self.assignments.append((o, "cluster_leader", cluster_id, dec_lead))
        for commune_id in communes:
            office = rng.choice(d["district_offices"])
            o = self.officer("huyen", f"Huyện ủy viên, Trưởng {office}"
                             if not office.startswith(("Phòng", "Ban", "Văn")) else
                             f"Huyện ủy viên, lãnh đạo {office}", office, committee=True)
            self.assignments.append((o, "commune_lead", commune_id, dec_lead))
        liaison_ids = [self.officer("tinh", rng.choice(d["province_titles"]), "Tỉnh ủy Bến Tre",
                                    committee=True) for _ in range(sc.liaisons)]
        for i, commune_id in enumerate(communes):
            self.assignments.append((liaison_ids[i % len(liaison_ids)], "province_liaison",
                                     commune_id, dec_prov))
        for hamlet_id in hamlets:
            office = rng.choice(d["district_offices"])
            o = self.officer("huyen", rng.choice(d["district_titles"]), office)
            self.assignments.append((o, "hamlet_support", hamlet_id, dec_hamlet))

        # Commune committees and cadres.
        cadre_counts = _spread(sc.commune_cadres, sc.communes, rng)
        cells_of = [[] for _ in communes]
        for index, ci in enumerate(cell_commune):
            cells_of[ci].append(cells[index])
        groups_of = [[] for _ in communes]
        for index, ci in enumerate(group_commune):
            groups_of[ci].append(groups[index])
        for ci in range(len(communes)):
            workplace = ("Đảng ủy thị trấn " if commune_rows[ci]["kind"] == "thi_tran"
                         else "Đảng ủy xã ") + commune_rows[ci]["name"]
            commune_cells = cells_of[ci]
            standing = [self.officer("xa", d["commune_standing_titles"][k], workplace,
                                     committee=True, standing=True)
                        for k in range(sc.standing_per_commune)]
            members = [self.officer("xa", d["commune_member_titles"][k], workplace,
                                    committee=True)
                       for k in range(sc.members_per_commune)]
            order = list(commune_cells)
            rng.shuffle(order)
            attending: dict[int, set[int]] = {p: set() for p in standing + members}

            def attend(person: int, cell_id: int, attending=attending) -> None:
                attending[person].add(cell_id)
                self.assignments.append((person, "cell_attendance", cell_id, dec_commune))

            for k, cell_id in enumerate(order):  # every cell gets one committee member
                if k < len(members):
                    attend(members[k], cell_id)
                else:
                    attend(standing[(k - len(members)) % len(standing)], cell_id)
            for person in standing:  # standing members attend three to five cells
                want = rng.randint(3, 5)
                for cell_id in order:
                    if len(attending[person]) >= want:
                        break
                    if cell_id not in attending[person]:
                        attend(person, cell_id)
            others = [self.officer("xa", rng.choice(d["commune_cadre_titles"]), workplace)
                      for _ in range(max(0, cadre_counts[ci] - len(standing) - len(members)))]
            cadres = standing + members + others
            for k, group_id in enumerate(groups_of[ci]):
                self.assignments.append((cadres[k % len(cadres)], "group_support", group_id,
                                         dec_commune))
        officer_ids = _insert(self.s, m.Officer, self.officers)
        rows = [{"officer_id": officer_ids[o], "role": role, "unit_id": unit,
                 "decision_id": dec, "effective_from": TERM_START, "effective_to": None,
                 "note": "", "row_version": 1} for o, role, unit, dec in self.assignments]
        for chunk in _chunks(rows, 5000):
            self.s.execute(insert(m.Assignment), chunk)
        self._history(hamlets[:3], officer_ids, dec_hamlet)
        return {"scale": sc.name, "clusters": len(clusters), "communes": len(communes),
                "hamlets": len(hamlets), "cells": len(cells), "groups": len(groups),
                "officers": len(officer_ids), "assignments": len(rows), "place": place}

    def _history(self, hamlet_ids: list[int], officer_ids: list[int], decision: int) -> None:
        """A few earlier holders, so the history views have something to show."""
        for hamlet_id in hamlet_ids:
            name = self.people.name()
            previous = _insert(self.s, m.Officer, [{
                "full_name": name, **officer_name_keys(name), "title": "Chuyên viên",
                "workplace": "Phòng Nội vụ", "level": "huyen", "phone": self.people.phone(),
                "is_committee_member": False, "is_standing_member": False, "active": True,
                "note": "", "row_version": 1}])[0]
            self.s.execute(insert(m.Assignment), [{
                "officer_id": previous, "role": "hamlet_support", "unit_id": hamlet_id,
                "decision_id": decision, "effective_from": dt.date(2020, 11, 1),
                "effective_to": TERM_START - dt.timedelta(days=1), "note": "Nhiệm kỳ trước",
                "row_version": 1}])

    def _settings(self, district: bool) -> None:
        if district:
            org = {"superior_body": "ĐẢNG BỘ TỈNH BẾN TRE", "issuing_body": "HUYỆN ỦY CHÂU THÀNH",
                   "name": "Huyện ủy Châu Thành (DỮ LIỆU MẪU)", "short_name": "Huyện ủy",
                   "place": "Châu Thành", "number_suffix": "-LT/HU",
                   "signer_on_behalf": "T/M BAN THƯỜNG VỤ", "signer_position": "PHÓ BÍ THƯ",
                   "signer_name": "Nguyễn Văn Mẫu"}
        else:
            org = {"superior_body": "ĐẢNG BỘ TỈNH BẾN TRE", "issuing_body": "TỈNH ỦY BẾN TRE",
                   "name": "Tỉnh ủy Bến Tre (DỮ LIỆU MẪU, quy mô tỉnh)", "short_name": "Tỉnh ủy",
                   "place": "Bến Tre", "number_suffix": "-LT/TU",
                   "signer_on_behalf": "T/M BAN THƯỜNG VỤ", "signer_position": "PHÓ BÍ THƯ",
                   "signer_name": "Trần Thị Mẫu"}
        set_section_in(self.s, "organization", org)


def _chunks(rows: list, size: int) -> Iterator[list]:
    for start in range(0, len(rows), size):
        yield rows[start:start + size]
