"""The command-line contract (docs/ARCHITECTURE.md) for the foundation commands."""

import json

import pytest

from tests.conftest import run_dvdesk


def test_demo_then_check_json_has_the_contract_shape(cli, tmp_path):
    path = tmp_path / "d.db"
    assert cli("--db", path, "demo").code == 0
    result = cli("--db", path, "check", "--json")
    assert result.code == 0, result
    report = json.loads(result.out)
    assert set(report) >= {"counts", "coverage", "errors", "warnings"}
    counts = report["counts"]
    assert {k: counts[k] for k in ("clusters", "communes", "hamlets", "groups")} == {
        "clusters": 6, "communes": 21, "hamlets": 117, "groups": 1702}
    assert counts["cells"] > 117 and counts["officers"] > 300
    assert set(counts["assignments"]) == {"cluster_leader", "commune_lead", "province_liaison",
                                          "hamlet_support", "cell_attendance", "group_support"}
    for role, expected in (("hamlet_support", 117), ("cluster_leader", 6), ("commune_lead", 21)):
        assert report["coverage"][role] == {"covered": expected, "total": expected}
    assert report["errors"] == []


def test_check_exits_1_on_a_hard_error_and_names_it(cli, demo_db, demo_path):
    """Two leaders of one cluster at once (as a bad import could leave) is an error."""
    import datetime as dt

    from dvdesk.domain.models import Assignment, Officer

    with demo_db.write() as s:  # bypass the services on purpose: damaged data
        other = s.query(Officer).filter(Officer.level == "tinh").first()
        s.add(Assignment(officer_id=other.id, role="cluster_leader", unit_id=1,
                         effective_from=dt.date(2026, 1, 1)))
    result = cli("--db", demo_path, "check", "--json")
    assert result.code == 1
    errors = json.loads(result.out)["errors"]
    assert len(errors) == 1 and "Cụm 1" in errors[0]["message"]
    assert other.full_name in [o["name"] for o in errors[0]["officers"]]
    assert errors[0]["units"][0]["name"] == "Cụm 1"


def test_env_variable_names_the_database(tmp_path, monkeypatch, cli):
    path = tmp_path / "env.db"
    monkeypatch.setenv("DVDESK_DB", str(path))
    assert cli("demo").code == 0
    assert path.exists()


@pytest.mark.parametrize("target,fragment", [
    ("{tmp}/no/such/folder/x.db", "không tồn tại"),
    ("{tmp}/not-a-db.db", "không phải là cơ sở dữ liệu"),
    ("{tmp}", "thư mục"),
    ("postgresql+psycopg://nobody:secret@127.0.0.1:1/none", "trả lời ở 127.0.0.1 cổng 1"),
])
def test_database_mistakes_are_one_sentence_exit_2(cli, tmp_path, target, fragment):
    (tmp_path / "not-a-db.db").write_text("this is a letter, not a database")
    result = cli("--db", target.format(tmp=tmp_path), "check")
    assert result.code == 2
    assert fragment in result.err
    assert "Traceback" not in result.err and result.err.count("\n") == 1
    assert "secret" not in result.err


def test_new_path_is_created_as_an_empty_migrated_database(cli, tmp_path):
    path = tmp_path / "new.db"
    # `check` only reads: a path that does not exist is a typing slip, not a new database.
    assert cli("--db", path, "check", "--json").code == 2 and not path.exists()
    assert cli("--db", path, "calendar", "new", "2026-12").code == 0
    result = cli("--db", path, "check", "--json")
    assert result.code == 0
    assert json.loads(result.out)["counts"]["officers"] == 0
    import sqlite3

    assert sqlite3.connect(path).execute("select version_num from alembic_version").fetchone()


def test_version_and_unknown_command_in_a_real_process(tmp_path):
    from dvdesk import __version__

    version = run_dvdesk("--version")
    assert version.code == 0 and __version__ in version.out
    unknown = run_dvdesk("frobnicate", env={"DVDESK_LANG": ""})
    assert unknown.code == 2 and "Traceback" not in unknown.err
    assert unknown.err.startswith("cách dùng: dvdesk") and "lỗi:" in unknown.err
