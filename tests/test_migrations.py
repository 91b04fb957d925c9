"""Schema versions: old databases migrate with their data, failures change nothing, newer ones are refused."""

from __future__ import annotations

import shutil
import sqlite3
import textwrap
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import func, select

from dvdesk.domain import models as m
from dvdesk.errors import DatabaseError
from dvdesk.store import open_database
from dvdesk.store.migrate import current_revision, head_revision, upgrade
from tests.conftest import run_dvdesk

DATA = Path(__file__).parent / "data"
OLD_DATABASES = sorted(DATA.glob("schema-*.db"))


def _dump(path: Path) -> list[str]:
    """The whole content of a SQLite file as SQL text (schema and rows)."""
    conn = sqlite3.connect(str(path))
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def _migrations_with(tmp_path: Path, name: str, body: str) -> Path:
    """A copy of db/migrations with one extra step on top of today's head."""
    from dvdesk.paths import db_path

    folder = tmp_path / "migrations"
    shutil.copytree(db_path("migrations"), folder,
                    ignore=shutil.ignore_patterns("__pycache__"))
    head = head_revision()
    steps = textwrap.indent(textwrap.dedent(body).strip(), "    ")
    source = (
        "from alembic import op\nimport sqlalchemy as sa\n\n"
        f"revision = {name!r}\ndown_revision = {head!r}\n"
        "branch_labels = None\ndepends_on = None\n\n\n"
        f"def upgrade():\n{steps}\n\n\ndef downgrade():\n    pass\n"
    )
    (folder / "versions" / f"{name}.py").write_text(source, encoding="utf-8")
    return folder


def test_there_is_an_old_database_for_every_released_schema():
    from alembic.script import ScriptDirectory

    from dvdesk.store.migrate import alembic_config

    # The newest revision may still be unreleased; every older one shipped to users.
    revisions = {r.revision for r in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    released = revisions - {head_revision()} if len(revisions) > 1 else revisions
    kept = {p.stem.removeprefix("schema-") for p in OLD_DATABASES}
    assert released <= kept, (f"add tests/data/schema-<rev>.db (tests/data/make_old_databases.py) "
                              f"for {sorted(released - kept)}")


@pytest.mark.parametrize("old", OLD_DATABASES, ids=lambda p: p.stem)
def test_old_database_migrates_to_head_with_its_data(old, tmp_path):
    path = tmp_path / old.name
    shutil.copyfile(old, path)
    db = open_database(str(path))
    try:
        assert current_revision(db) == head_revision()
        # The steps since ran on the old file: its copy is kept, still at the old revision.
        copies = list(tmp_path.glob(f"{old.stem}.backup-*.db"))
        stepped = old.stem.removeprefix("schema-") != head_revision()
        assert len(copies) == int(stepped)
        for copy in copies:
            assert _revision(copy) == old.stem.removeprefix("schema-")
        with db.read() as s:
            count = lambda model: s.scalar(select(func.count()).select_from(model))  # noqa: E731
            assert [count(x) for x in (m.Cluster, m.Commune, m.Hamlet, m.Cell, m.Group,
                                       m.Officer, m.Decision, m.Assignment, m.MonthlyCalendar,
                                       m.Meeting, m.Attendance, m.AuditEntry)] == \
                [2, 3, 4, 2, 3, 7, 1, 7, 1, 1, 1, 2]
            assert s.get(m.Officer, 2).full_name == "Trần Thị Hồng Nhung"
            assert s.get(m.Officer, 7).active is False
            ended = s.get(m.Assignment, 4)
            assert (ended.effective_to.isoformat(), ended.row_version) == ("2026-02-28", 2)
            assert s.get(m.Decision, 1).number == "245-QĐ/HU"
            assert s.get(m.Meeting, 1).start == "07:30"
            assert s.get(m.Attendance, 1).reason == "Đi công tác tỉnh"
            assert s.get(m.Setting, "organization").value["issuing_body"] == "HUYỆN ỦY MỎ CÀY"
            assert s.get(m.AuditEntry, 1).after == {"effective_to": "2026-02-28"}
            # columns added since are filled for the old rows
            assert s.get(m.Officer, 7).deleted is False and s.get(m.MonthlyCalendar, 1).deleted \
                is False
            assert count(m.UnitHistory) == 0  # no unit was renamed or merged before
            if old.stem >= "schema-0006":
                assert s.get(m.Officer, 2).email == "nhung.ttt@example.vn"
                away = s.get(m.Unavailability, 1)
                assert (away.officer_id, away.first_day.isoformat(), away.reason) == \
                    (2, "2026-04-07", "Đi công tác")
    finally:
        db.dispose()


def test_pending_migration_copies_the_file_first_then_migrates(tmp_path):
    path = tmp_path / "district.db"
    shutil.copyfile(OLD_DATABASES[0], path)
    open_database(str(path)).dispose()  # today's head (itself a step from the old file)
    before = _dump(path)
    folder = _migrations_with(tmp_path, "9001", '''
        op.create_table("extra_notes", sa.Column("id", sa.Integer, primary_key=True),
                        sa.Column("text", sa.Text, nullable=False))
        op.execute("INSERT INTO extra_notes (text) SELECT full_name FROM officers")
    ''')
    earlier = set(tmp_path.glob("district.backup-*.db"))
    db = open_database(str(path), migrate=False)
    try:
        backup = upgrade(db, folder)
        assert current_revision(db) == "9001"
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM extra_notes").scalar() == 7
    finally:
        db.dispose()
    assert backup is not None and backup.parent == tmp_path and backup not in earlier
    assert backup.name.startswith("district.backup-") and backup.suffix == ".db"
    copy = sqlite3.connect(str(backup))
    try:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
        assert copy.execute("SELECT count(*) FROM officers").fetchone()[0] == 7
        assert not copy.execute(
            "SELECT name FROM sqlite_master WHERE name='extra_notes'").fetchall()
    finally:
        copy.close()
    assert _dump(backup) == before  # the copy is the database as it was just before the step


def test_failed_migration_leaves_the_sqlite_file_untouched(tmp_path):
    path = tmp_path / "district.db"
    shutil.copyfile(OLD_DATABASES[0], path)
    open_database(str(path)).dispose()  # today's head (its own backup copy when it migrated)
    earlier = set(tmp_path.glob("district.backup-*.db"))
    before = _dump(path)
    folder = _migrations_with(tmp_path, "9002", '''
        op.create_table("half_done", sa.Column("id", sa.Integer, primary_key=True))
        op.execute("UPDATE officers SET full_name = 'HỎNG'")
        op.add_column("officers", sa.Column("extra", sa.Integer))
        raise RuntimeError("step three failed")
    ''')
    db = open_database(str(path), migrate=False)
    try:
        with pytest.raises(DatabaseError) as caught:
            upgrade(db, folder)
        assert "giữ nguyên" in str(caught.value) and "step three failed" in str(caught.value)
        assert current_revision(db) == head_revision()
    finally:
        db.dispose()
    assert _dump(path) == before
    backups = set(tmp_path.glob("district.backup-*.db")) - earlier
    assert len(backups) == 1 and _dump(backups.pop()) == before


def test_failed_migration_changes_nothing_on_either_database(any_db_url, tmp_path):
    db = open_database(any_db_url)
    try:
        from dvdesk.services.officers import add_officer

        add_officer(db, "Nguyễn Thị Lan")
        folder = _migrations_with(tmp_path, "9003", '''
            op.create_table("half_done", sa.Column("id", sa.Integer, primary_key=True))
            op.execute("DELETE FROM officers")
            raise RuntimeError("boom")
        ''')
        with pytest.raises(DatabaseError):
            upgrade(db, folder)
        assert current_revision(db) == head_revision()
        with db.read() as s:
            assert s.scalar(select(m.Officer.full_name)) == "Nguyễn Thị Lan"
        with db.engine.connect() as conn:
            from sqlalchemy import inspect

            assert "half_done" not in inspect(conn).get_table_names()
    finally:
        db.dispose()


def _revision(path: Path) -> str:
    conn = sqlite3.connect(str(path))
    try:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        conn.close()


def _stamp(path: Path, revision: str) -> None:
    conn = sqlite3.connect(str(path))
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    conn.close()


def test_database_from_a_newer_program_is_refused(tmp_path, cli):
    path = tmp_path / "newer.db"
    shutil.copyfile(OLD_DATABASES[0], path)
    _stamp(path, "ffff9999")
    before = _dump(path)
    result = cli("--db", path, "check")
    assert result.code == 2
    assert result.out == ""
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and "mới hơn" in lines[0] and "ffff9999" in lines[0]
    assert _dump(path) == before
    assert not list(tmp_path.glob("newer.backup-*"))


@pytest.mark.slow
def test_newer_database_refused_by_a_real_process(tmp_path):
    path = tmp_path / "newer.db"
    shutil.copyfile(OLD_DATABASES[0], path)
    _stamp(path, "ffff9999")
    result = run_dvdesk("--db", path, "check")
    assert result.code == 2, result
    assert "Traceback" not in result.err
    assert len(result.err.strip().splitlines()) == 1


def test_models_and_migrations_agree(any_db_url):
    db = open_database(any_db_url)
    try:
        with db.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            differences = compare_metadata(context, m.Base.metadata)
    finally:
        db.dispose()
    assert differences == []


@pytest.mark.pg
def test_shared_server_is_dumped_before_it_is_migrated(pg_url, tmp_path, monkeypatch):
    import json

    monkeypatch.setenv("DVDESK_HOME", str(tmp_path / "home"))
    db = open_database(pg_url)
    try:
        from dvdesk.services.officers import add_officer

        add_officer(db, "Trần Văn Chung")
        folder = _migrations_with(tmp_path, "9004", '''
            op.add_column("officers", sa.Column("extra", sa.Integer, nullable=True))
        ''')
        backup = upgrade(db, folder)
        assert current_revision(db) == "9004"
    finally:
        db.dispose()
    assert backup is not None and backup.parent == tmp_path / "home" / "backups"
    dump = json.loads(backup.read_text(encoding="utf-8"))
    assert dump["revision"] == head_revision()
    assert [o["full_name"] for o in dump["tables"]["officers"]] == ["Trần Văn Chung"]
    assert "extra" not in dump["tables"]["officers"][0]
