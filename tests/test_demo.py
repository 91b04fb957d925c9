"""The sample district and province, and `dvdesk check` on them."""

import json

import pytest
from sqlalchemy import func, select

from dvdesk.domain.models import Assignment, Cell, CellType, Commune, Officer
from dvdesk.services.demo import build_demo
from dvdesk.store import open_database


def test_demo_district_matches_the_practice(demo_db):
    from dvdesk.services.check import check

    report = check(demo_db)
    counts = report["counts"]
    assert (counts["clusters"], counts["communes"], counts["hamlets"], counts["groups"]) == (
        6, 21, 117, 1702)
    assert counts["assignments"]["cluster_leader"] == 6
    assert counts["assignments"]["commune_lead"] == 21
    assert counts["assignments"]["province_liaison"] == 21
    assert counts["assignments"]["hamlet_support"] == 117
    assert report["coverage"]["hamlet_support"] == {"covered": 117, "total": 117}
    assert report["errors"] == [] and report["warnings"] == []
    with demo_db.read() as s:
        towns = s.scalar(select(func.count()).select_from(Commune).where(
            Commune.kind == "thi_tran"))
        assert towns >= 1
        types = set(s.scalars(select(CellType.code).join(Cell, Cell.cell_type_id == CellType.id)))
        assert {"ap", "khu_pho", "truong_hoc", "co_quan", "cong_an"} <= types
        cadres = s.scalar(select(func.count(func.distinct(Assignment.officer_id))).where(
            Assignment.role == "group_support"))
        assert cadres == 1091
        # Standing members of commune committees attend three to five cells, members one.
        loads = dict(s.execute(
            select(Officer.id, func.count()).join(Assignment, Assignment.officer_id == Officer.id)
            .where(Assignment.role == "cell_attendance", Officer.level == "xa",
                   Officer.is_standing_member.is_(True)).group_by(Officer.id)).all())
        assert loads and min(loads.values()) >= 3 and max(loads.values()) <= 5
        people = s.execute(select(Officer.full_name, Officer.phone)).all()
        assert len(set(people)) == len(people)
        assert "MẪU" in json.dumps(s.get(__import__("dvdesk.domain.models", fromlist=["Setting"])
                                         .Setting, "organization").value, ensure_ascii=False)


def test_demo_is_deterministic(tmp_path):
    rows = []
    for name in ("a.db", "b.db"):
        db = open_database(str(tmp_path / name))
        build_demo(db, "district")
        with db.read() as s:
            rows.append(s.execute(select(Officer.full_name, Officer.phone, Officer.title)
                                  .order_by(Officer.id)).all())
        db.dispose()
    assert rows[0] == rows[1]


def test_demo_refuses_a_database_with_data_unless_forced(cli, demo_path):
    result = cli("--db", demo_path, "demo")
    assert result.code == 1 and "--force" in result.err and "Traceback" not in result.err
    assert cli("--db", demo_path, "demo", "--keep-existing").code == 0
    assert cli("--db", demo_path, "demo", "--force").code == 0
    assert json.loads(cli("--db", demo_path, "check", "--json").out)["counts"]["hamlets"] == 117


@pytest.mark.slow
def test_demo_province_has_the_sizes_of_a_province(tmp_path, cli):
    path = tmp_path / "province.db"
    assert cli("--db", path, "demo", "--scale", "province").code == 0
    report = json.loads(cli("--db", path, "check", "--json").out)
    counts = report["counts"]
    assert counts["hamlets"] == 3000 and counts["groups"] == 40000
    assert 19_000 <= counts["officers"] <= 21_000
    assert counts["communes"] + counts["cells"] == 5000  # meetings a month
    assert report["coverage"]["hamlet_support"] == {"covered": 3000, "total": 3000}
    assert report["errors"] == []
