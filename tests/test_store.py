"""Opening databases: SQLite files and PostgreSQL URLs, bad targets, migrations at head."""

from __future__ import annotations

import json
import sqlite3

import pytest
from sqlalchemy import func, select

from dvdesk.domain.models import Base, Officer
from dvdesk.errors import InvalidInput
from dvdesk.services.backup import backup_database, restore_database
from dvdesk.services.officers import add_officer
from dvdesk.store import open_database
from dvdesk.store.migrate import current_revision, head_revision
from tests.helpers import table_counts


def test_new_database_is_created_at_head_and_keeps_data(any_db_url):
    db = open_database(any_db_url)
    try:
        assert current_revision(db) == head_revision()
        officer_id = add_officer(db, "Nguyễn Văn An", phone="0912345678")
    finally:
        db.dispose()
    again = open_database(any_db_url)
    try:
        with again.read() as session:
            assert session.scalar(select(func.count()).select_from(Officer)) == 1
            assert session.get(Officer, officer_id).full_name == "Nguyễn Văn An"
    finally:
        again.dispose()


@pytest.mark.parametrize("make", [
    lambda tmp: tmp / "missing-folder" / "x.db",
    lambda tmp: tmp,
    lambda tmp: _write(tmp / "notes.txt", b"not a database at all"),
    lambda tmp: _write(tmp / "torn.db", b"SQLite format 3\x00" + b"\xff" * 200),
], ids=["missing-folder", "directory", "text-file", "damaged-sqlite"])
def test_bad_targets_are_one_sentence_exit_2(make, tmp_path, cli):
    target = make(tmp_path)
    before = target.read_bytes() if target.is_file() else None
    result = cli("--db", target, "check")
    assert result.code == 2, result
    assert len(result.err.strip().splitlines()) == 1 and "Traceback" not in result.err
    if before is not None:
        assert target.read_bytes() == before


def test_unreachable_server_is_one_sentence(cli):
    result = cli("--db", "postgresql+psycopg://nobody@127.0.0.1:1/none", "check")
    assert result.code == 2
    assert "Không có máy chủ cơ sở dữ liệu nào trả lời ở 127.0.0.1 cổng 1" in result.err
    assert len(result.err.strip().splitlines()) == 1


def _write(path, data: bytes):
    path.write_bytes(data)
    return path


def test_backup_command_writes_a_consistent_copy(demo_path, tmp_path, cli):
    out = tmp_path / "copy.db"
    result = cli("--db", demo_path, "backup", "-o", out)
    assert result.code == 0, result
    assert str(out) in result.out
    assert table_counts(out) == table_counts(demo_path)
    assert table_counts(out)["officers"] > 1000
    conn = sqlite3.connect(str(out))
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert not list(tmp_path.glob(".copy.db.partial-*"))


def test_backup_includes_changes_still_in_the_write_ahead_log(db, tmp_path):
    # A fresh write lives only in test.db-wal until a checkpoint: a file copy would miss it.
    officer_id = add_officer(db, "Lê Thị Bích Vân")
    wal = db.path.with_name(db.path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0
    copy = backup_database(db, tmp_path / "b.db")
    conn = sqlite3.connect(str(copy))
    assert conn.execute("SELECT full_name FROM officers WHERE id=?", (officer_id,)).fetchone() \
        == ("Lê Thị Bích Vân",)
    conn.close()


def test_backup_refuses_to_overwrite_the_open_database(db, cli):
    add_officer(db, "Trần Văn Hai")
    before = table_counts(db.path)
    for target in (db.path, db.path.with_name(db.path.name + "-wal")):
        result = cli("--db", db.path, "backup", "-o", target)
        assert result.code == 1 and "đang mở" in result.err
    assert table_counts(db.path) == before


def test_backup_to_a_folder_or_missing_folder_is_refused(db, tmp_path, cli):
    assert cli("--db", db.path, "backup", "-o", tmp_path).code == 1
    assert cli("--db", db.path, "backup", "-o", tmp_path / "no" / "x.db").code == 1


def test_restore_keeps_the_current_content_and_brings_back_the_copy(db, tmp_path):
    first = add_officer(db, "Nguyễn Văn Một")
    copy = backup_database(db, tmp_path / "monday.db")
    add_officer(db, "Nguyễn Văn Hai")
    db.dispose()

    previous = restore_database(db.path, copy)

    assert previous is not None and previous.exists()
    assert table_counts(previous)["officers"] == 2
    again = open_database(str(db.path))
    try:
        with again.read() as session:
            names = session.scalars(select(Officer.full_name)).all()
            assert names == ["Nguyễn Văn Một"]
            assert session.get(Officer, first).full_name == "Nguyễn Văn Một"
    finally:
        again.dispose()


def test_the_secretary_restores_yesterdays_copy_from_the_command_line(db, tmp_path, cli):
    add_officer(db, "Nguyễn Văn Một")
    copy = tmp_path / "hom-qua.db"
    assert cli("--db", db.path, "backup", "-o", copy).code == 0
    add_officer(db, "Nguyễn Văn Nhập Nhầm")
    db.dispose()

    restored = cli("--db", db.path, "restore", copy)
    assert restored.code == 0, restored
    assert "hom-qua.db" in restored.out and "before-restore" in restored.out
    listed = cli("--db", db.path, "check", "--json")
    assert json.loads(listed.out)["counts"]["officers"] == 1
    assert cli("--db", db.path, "restore", tmp_path / "khong-co.db").code == 1


def test_a_json_dump_is_restored_into_an_empty_database(db, tmp_path, cli):
    add_officer(db, "Trần Thị Hai")
    dump = tmp_path / "may-chu.json"
    assert cli("--db", db.path, "backup", "-o", dump).code == 0
    fresh = tmp_path / "moi.db"
    loaded = cli("--db", fresh, "restore", dump)
    assert loaded.code == 0, loaded
    assert json.loads(cli("--db", fresh, "check", "--json").out)["counts"]["officers"] == 1
    again = cli("--db", fresh, "restore", dump)  # only into an empty database
    assert again.code == 1 and "trống" in again.err


@pytest.mark.parametrize("content,why", [
    (b"hello", "không phải"),
    (None, "không phải là cơ sở dữ liệu DV Desk"),  # a SQLite file of another program
    ("newer", "mới hơn"),
])
def test_restore_refuses_what_is_not_a_known_dv_desk_copy(db, tmp_path, content, why):
    add_officer(db, "Phạm Thị Ba")
    bad = tmp_path / "bad.db"
    if content is None:
        conn = sqlite3.connect(str(bad))
        conn.execute("CREATE TABLE songs (title TEXT)")
        conn.commit()
        conn.close()
    elif content == "newer":
        backup_database(db, bad)
        conn = sqlite3.connect(str(bad))
        conn.execute("UPDATE alembic_version SET version_num='ffff9999'")
        conn.commit()
        conn.close()
    else:
        bad.write_bytes(content)
    before = table_counts(db.path)
    with pytest.raises(InvalidInput, match=why):
        restore_database(db.path, bad)
    assert table_counts(db.path) == before
    assert not list(tmp_path.glob("test.before-restore-*"))


@pytest.mark.pg
def test_postgresql_backup_is_a_json_dump_of_every_table(pg_url, tmp_path, cli):
    assert cli("--db", pg_url, "demo").code == 0
    out = tmp_path / "shared.json"
    result = cli("--db", pg_url, "backup", "-o", out)
    assert result.code == 0, result
    dump = json.loads(out.read_text(encoding="utf-8"))
    assert dump["format"] == "dvdesk-json-dump" and dump["revision"] == head_revision()
    assert len(dump["tables"]["hamlets"]) == 117
    assert len(dump["tables"]["groups"]) == 1702
    assert set(dump["tables"]) == {t.name for t in Base.metadata.sorted_tables}


def test_the_command_line_works_the_same_on_either_database(any_db_url, cli, tmp_path):
    assert cli("--db", any_db_url, "demo").code == 0
    report = cli("--db", any_db_url, "check", "--json")
    assert report.code == 0, report
    data = json.loads(report.out)
    assert data["counts"]["hamlets"] == 117 and data["counts"]["groups"] == 1702
    assert data["coverage"]["hamlet_support"] == {"covered": 117, "total": 117}
    for args in (["calendar", "new", "2026-12"], ["calendar", "plan", "2026-12"]):
        result = cli("--db", any_db_url, *args)
        assert result.code == 0, result
    shown = json.loads(cli("--db", any_db_url, "calendar", "show", "2026-12", "--json").out)
    assert len(shown["meetings"]) == 21 + 201
    assert all(m["date"] for m in shown["meetings"])
    pdf = tmp_path / "phan-cong.pdf"
    assert cli("--db", any_db_url, "report", "assignments", "-o", pdf).code == 0
    assert pdf.read_bytes()[:5] == b"%PDF-"
    again = cli("--db", any_db_url, "demo")  # a second demo is refused, nothing changes
    assert again.code == 1 and len(again.err.strip().splitlines()) == 1
    assert json.loads(cli("--db", any_db_url, "check", "--json").out)["counts"] == data["counts"]


def test_reassign_on_either_database_keeps_the_history(any_db_url):
    import datetime as dt

    from dvdesk.domain.models import Assignment
    from dvdesk.services.assignments import reassign
    from dvdesk.services.demo import build_demo
    from dvdesk.store import queries

    db = open_database(any_db_url)
    try:
        build_demo(db, "district")
        with db.read() as s:
            current = s.scalars(select(Assignment).where(
                Assignment.role == "hamlet_support", Assignment.effective_to.is_(None))
                .order_by(Assignment.id)).first()
            newcomer = s.scalars(select(Officer.id).where(Officer.level == "xa")
                                 .order_by(Officer.id)).first()
        moved = reassign(db, current.id, newcomer, dt.date(2026, 6, 1), accept_warnings=True)
        with db.read() as s:
            before = queries.holders(s, "hamlet_support", current.unit_id, dt.date(2026, 5, 31))
            after = queries.holders(s, "hamlet_support", current.unit_id, dt.date(2026, 6, 1))
            assert [o.id for o in before] == [current.officer_id]
            assert [o.id for o in after] == [newcomer]
            assert s.get(Assignment, moved.ended_id).effective_to == dt.date(2026, 5, 31)
    finally:
        db.dispose()


def test_json_dump_moves_a_district_to_the_other_kind_of_database(any_db_url, tmp_path):
    from dvdesk.services.backup import load_dump
    from dvdesk.services.demo import build_demo

    source = open_database(str(tmp_path / "source.db") if "://" in any_db_url else any_db_url)
    target = open_database(any_db_url if "://" in any_db_url else str(tmp_path / "target.db"))
    try:
        build_demo(source, "district")
        dump = backup_database(source, tmp_path / "district.json")
        counts = load_dump(target, dump)
        assert counts["groups"] == 1702 and counts["officers"] == 1259
        with source.read() as a, target.read() as b:
            for table in Base.metadata.sorted_tables:
                rows_a = a.execute(select(table).order_by(*table.primary_key.columns)).all()
                rows_b = b.execute(select(table).order_by(*table.primary_key.columns)).all()
                assert rows_a == rows_b, table.name
        new_id = add_officer(target, "Người Mới Đến")  # ids go on after the loaded ones
        assert new_id == 1260
        with pytest.raises(InvalidInput, match="trống"):
            load_dump(target, dump)
    finally:
        source.dispose()
        target.dispose()


def test_restore_while_the_program_has_the_database_open(db, tmp_path):
    """The open program sees the restored content on its next read, never a torn mix."""
    add_officer(db, "Trước Khi Sao Lưu")
    copy = backup_database(db, tmp_path / "copy.db")
    for i in range(50):  # later work, partly still in the write-ahead log
        add_officer(db, f"Sau Sao Lưu {i}")
    previous = restore_database(db.path, copy)
    with db.read() as session:
        assert session.scalars(select(Officer.full_name)).all() == ["Trước Khi Sao Lưu"]
    assert table_counts(previous)["officers"] == 51
    new_id = add_officer(db, "Nhập Lại")  # and keeps working on the restored data
    with db.read() as session:
        assert session.get(Officer, new_id).full_name == "Nhập Lại"
    conn = sqlite3.connect(str(db.path))
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
