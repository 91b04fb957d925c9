"""The sample merged commune: ``dvdesk demo --scale commune``.

A commune as the two-level structure made it on 1 July 2025: three former communes
(xã Tân Phú, xã Xuân Sơn and thị trấn Thanh Sơn) merged into Xã Tân Phú, headed by its
Đảng ủy directly under the province. About 30 thôn / tổ dân phố with their cells and
self-governing groups (tổ tự quản), about 40 cells of every type, about 60 officers:
the committee (standing members attend three to five cells, the others one), the
commune officers who follow each thôn and the groups, and a provincial leader in
charge of the commune. The merge itself goes through ``unit_changes.merge_in``, so the
former communes, their provincial leaders until 30/06/2025 and the units they had are
history the program answers for. Settings are the ``xa`` preset: no cluster level.
"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from dvdesk.domain import models as m
from dvdesk.domain.presets import preset_sections
from dvdesk.domain.text import officer_name_keys
from dvdesk.services.demo import TERM_START, _insert, _People
from dvdesk.services.settings import set_section_in

MERGED_ON = dt.date(2025, 7, 1)
PREVIOUS_TERM = dt.date(2020, 11, 1)
NAME = "Tân Phú"
# (name, kind, hamlets: kind and how many) of each former commune.
FORMER = [("Tân Phú", "xa", "thon", 12), ("Xuân Sơn", "xa", "thon", 10),
          ("Thanh Sơn", "thi_tran", "to_dan_pho", 8)]
CELL_TYPES = [
    ("thon", "Chi bộ thôn"),
    ("to_dan_pho", "Chi bộ tổ dân phố"),
    ("co_quan", "Chi bộ cơ quan"),
    ("truong_hoc", "Chi bộ trường học"),
    ("cong_an", "Chi bộ công an"),
    ("quan_su", "Chi bộ quân sự"),
    ("y_te", "Chi bộ y tế"),
]
OTHER_CELLS = [("co_quan", "Chi bộ Cơ quan Đảng ủy xã"), ("co_quan", "Chi bộ Cơ quan UBND xã"),
               ("co_quan", "Chi bộ Mặt trận và các đoàn thể"),
               ("truong_hoc", "Chi bộ Trường THCS Tân Phú"),
               ("truong_hoc", "Chi bộ Trường Tiểu học Xuân Sơn"),
               ("truong_hoc", "Chi bộ Trường Mầm non Thanh Sơn"),
               ("cong_an", "Chi bộ Công an xã"), ("quan_su", "Chi bộ Quân sự xã"),
               ("y_te", "Chi bộ Trạm Y tế xã"), ("co_quan", "Chi bộ Hợp tác xã Tân Phú")]
STANDING, MEMBERS, CADRES = 7, 18, 34


def build_commune(session: Session, data: dict, seed: int) -> dict:
    """Inside the demo's one transaction: units, people, assignments and the merge."""
    from dvdesk.services.unit_changes import merge_in

    rng = random.Random(seed)
    people = _People(data, rng)
    _settings(session)
    dec_old, dec_prov, dec_commune = _insert(session, m.Decision, [
        {"number": "87-QĐ/TU", "signed_on": dt.date(2020, 10, 20),
         "signer": "Ban Thường vụ Tỉnh ủy", "summary": "Phân công lãnh đạo tỉnh phụ trách xã",
         "row_version": 1},
        {"number": "35-QĐ/TU", "signed_on": dt.date(2025, 10, 10),
         "signer": "Ban Thường vụ Tỉnh ủy",
         "summary": "Phân công lãnh đạo tỉnh phụ trách xã, phường", "row_version": 1},
        {"number": "12-QĐ/ĐU", "signed_on": dt.date(2025, 10, 25), "signer": "Ban Thường vụ",
         "summary": "Phân công cấp ủy dự sinh hoạt chi bộ, cán bộ theo dõi thôn, tổ dân phố "
                    "và tổ tự quản", "row_version": 1},
    ])
    type_ids = dict(zip([c for c, _ in CELL_TYPES], _insert(session, m.CellType, [
        {"code": code, "name": name, "row_version": 1} for code, name in CELL_TYPES]),
        strict=True))
    former = _insert(session, m.Commune, [
        {"cluster_id": None, "name": name, "kind": kind, "position": i + 1, "active": True,
         "row_version": 1} for i, (name, kind, _h, _n) in enumerate(FORMER)])
    pool = rng.sample(data["hamlet_names"], k=sum(n for *_x, n in FORMER))
    hamlet_rows = []
    for commune_id, (_name, _kind, hamlet_kind, count) in zip(former, FORMER, strict=True):
        for j in range(count):
            name = (f"Thôn {pool.pop()}" if hamlet_kind == "thon" else f"Tổ dân phố {j + 1}")
            hamlet_rows.append({"commune_id": commune_id, "name": name, "kind": hamlet_kind,
                                "position": len(hamlet_rows) + 1, "active": True,
                                "row_version": 1})
    hamlets = _insert(session, m.Hamlet, hamlet_rows)
    cell_rows = [{"commune_id": row["commune_id"], "hamlet_id": hamlet_id,
                  "cell_type_id": type_ids[row["kind"]], "name": f"Chi bộ {row['name']}",
                  "position": row["position"], "active": True, "row_version": 1}
                 for hamlet_id, row in zip(hamlets, hamlet_rows, strict=True)]
    cell_rows += [{"commune_id": former[k % len(former)], "hamlet_id": None,
                   "cell_type_id": type_ids[code], "name": name, "position": 100 + k,
                   "active": True, "row_version": 1}
                  for k, (code, name) in enumerate(OTHER_CELLS)]
    cells = _insert(session, m.Cell, cell_rows)
    group_rows = [{"hamlet_id": hamlet_id, "name": f"Tổ tự quản số {j + 1}",
                   "position": j + 1, "active": True, "row_version": 1}
                  for hamlet_id in hamlets for j in range(rng.randint(2, 4))]
    groups = _insert(session, m.Group, group_rows)

    officers: list[dict] = []

    def officer(level: str, title: str, workplace: str, committee=False, standing=False):
        name = people.name()
        officers.append({"full_name": name, **officer_name_keys(name), "title": title,
                         "workplace": workplace, "level": level, "phone": people.phone(),
                         "is_committee_member": committee, "is_standing_member": standing,
                         "active": True, "note": "", "row_version": 1})
        return len(officers) - 1

    titles = data["province_titles"]
    old_liaisons = [officer("tinh", titles[(i + 1) % len(titles)], "Tỉnh ủy", committee=True)
                    for i in range(len(former))]
    liaison = officer("tinh", titles[0], "Tỉnh ủy", committee=True)
    workplace = f"Đảng ủy xã {NAME}"
    standing_titles = data["commune_standing_titles"]
    standing = [officer("xa", standing_titles[k] if k < len(standing_titles)
                        else "Ủy viên Ban Thường vụ Đảng ủy", workplace, True, True)
                for k in range(STANDING)]
    member_titles = data["commune_member_titles"]
    members = [officer("xa", member_titles[k % len(member_titles)], workplace, True)
               for k in range(MEMBERS)]
    cadres = [officer("xa", rng.choice(data["commune_cadre_titles"]), workplace)
              for _ in range(CADRES)]
    officer_ids = _insert(session, m.Officer, officers)

    # Before the merge: a provincial leader in charge of each former commune.
    session.execute(insert(m.Assignment), [
        {"officer_id": officer_ids[o], "role": "province_liaison", "unit_id": commune_id,
         "decision_id": dec_old, "effective_from": PREVIOUS_TERM, "effective_to": None,
         "note": "", "row_version": 1} for o, commune_id in zip(old_liaisons, former,
                                                                  strict=True)])
    merged = merge_in(session, "commune", former, f"Xã {NAME}", MERGED_ON)

    assignments = [(liaison, "province_liaison", merged.new_id, dec_prov)]
    order = list(cells)
    rng.shuffle(order)
    attending: dict[int, set[int]] = {p: set() for p in standing + members}
    for k, cell_id in enumerate(order):  # every cell gets one committee member
        person = members[k] if k < len(members) else standing[(k - len(members)) % STANDING]
        attending[person].add(cell_id)
    for k, person in enumerate(standing):  # standing members attend three to five cells
        want = rng.randint(3, 5)
        start = k * len(order) // STANDING  # each from another part of the list
        for cell_id in order[start:] + order[:start]:
            if len(attending[person]) >= want:
                break
            attending[person].add(cell_id)
    assignments += [(p, "cell_attendance", c, dec_commune)
                    for p, cell_ids in attending.items() for c in sorted(cell_ids)]
    assignments += [(cadres[k], "hamlet_support", h, dec_commune)
                    for k, h in enumerate(hamlets)]
    followers = cadres + members
    assignments += [(followers[k % len(followers)], "group_support", g, dec_commune)
                    for k, g in enumerate(groups)]
    rows = [{"officer_id": officer_ids[o], "role": role, "unit_id": unit, "decision_id": dec,
             "effective_from": TERM_START, "effective_to": None, "note": "", "row_version": 1}
            for o, role, unit, dec in assignments]
    session.execute(insert(m.Assignment), rows)
    communes = session.scalar(select(m.Commune.id).where(m.Commune.active.is_(True)))
    return {"scale": "commune", "clusters": 0, "communes": 1 if communes else 0,
            "hamlets": len(hamlets), "cells": len(cells), "groups": len(groups),
            "officers": len(officer_ids), "assignments": len(rows) + len(former),
            "place": "xã", "merged_from": [name for name, *_rest in FORMER]}


def _settings(session: Session) -> None:
    organization = {"superior_body": "ĐẢNG BỘ TỈNH PHÚ THỌ", "place": NAME}
    sections = preset_sections("xa", {"organization": organization}, commune=("xa", NAME))
    sections["organization"].update({
        "name": f"Đảng ủy xã {NAME} (DỮ LIỆU MẪU)", "place": NAME,
        "signer_name": "Hoàng Văn Mẫu"})
    for section, values in sections.items():
        set_section_in(session, section, values)
