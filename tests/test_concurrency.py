"""Two copies of DV Desk on one database: nothing corrupted, nothing silently overwritten."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from dvdesk.domain.models import AuditEntry, Officer
from dvdesk.errors import ConcurrentEditError, DatabaseBusy
from dvdesk.services.officers import add_officer, update_officer
from dvdesk.store import open_database

ROOT = Path(__file__).resolve().parent.parent

WRITER = textwrap.dedent("""
    import sys
    from dvdesk.services.officers import add_officer
    from dvdesk.store import open_database

    db = open_database(sys.argv[1])
    for i in range(int(sys.argv[3])):
        add_officer(db, f"{sys.argv[2]} số {i}", phone=f"09{i:08d}")
    db.dispose()
""")


def test_two_processes_writing_at_once_lose_nothing(any_db_url, tmp_path):
    open_database(any_db_url).dispose()  # created and migrated once, before the race
    script = tmp_path / "writer.py"
    script.write_text(WRITER, encoding="utf-8")
    each = 60
    procs = [subprocess.Popen([sys.executable, str(script), any_db_url, name, str(each)],
                              cwd=ROOT, stderr=subprocess.PIPE, text=True)
             for name in ("Nguyễn Văn Tây", "Trần Thị Đông")]
    for proc in procs:
        _out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
    db = open_database(any_db_url)
    try:
        with db.read() as s:
            assert s.scalar(select(func.count()).select_from(Officer)) == 2 * each
            assert s.scalar(select(func.count()).select_from(AuditEntry)
                            .where(AuditEntry.action == "officer.create")) == 2 * each
            names = set(s.scalars(select(Officer.full_name)))
        assert {f"Nguyễn Văn Tây số {i}" for i in range(each)} <= names
        assert {f"Trần Thị Đông số {i}" for i in range(each)} <= names
    finally:
        db.dispose()
    if "://" not in any_db_url:
        conn = sqlite3.connect(any_db_url)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()


def _hold_lock(any_db_url: str, officer_id: int):
    """Another program in the middle of a write: SQLite file lock or a PostgreSQL row lock."""
    if "://" not in any_db_url:
        conn = sqlite3.connect(any_db_url, isolation_level=None, check_same_thread=False)
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE officers SET note = 'khóa' WHERE id = ?", (officer_id,))
        return conn
    import psycopg

    conn = psycopg.connect(any_db_url.replace("postgresql+psycopg://", "postgresql://"))
    conn.execute("SELECT id FROM officers WHERE id = %s FOR UPDATE", (officer_id,))
    return conn


def test_a_writer_that_meets_a_lock_waits_then_says_busy(any_db_url, monkeypatch):
    monkeypatch.setenv("DVDESK_BUSY_TIMEOUT_MS", "300")
    db = open_database(any_db_url)
    try:
        officer_id = add_officer(db, "Lê Văn Khóa")
        holder = _hold_lock(any_db_url, officer_id)
        try:
            started = time.monotonic()
            with pytest.raises(DatabaseBusy, match="Cơ sở dữ liệu đang bận"):
                update_officer(db, officer_id, title="Chuyên viên")
            assert time.monotonic() - started >= 0.25  # it waited before giving up
        finally:
            holder.rollback()
            holder.close()
        update_officer(db, officer_id, title="Chuyên viên")  # the lock is gone: it goes through
        with db.read() as s:
            assert s.get(Officer, officer_id).title == "Chuyên viên"
    finally:
        db.dispose()


def test_a_short_lock_is_waited_out(any_db_url, monkeypatch):
    monkeypatch.setenv("DVDESK_BUSY_TIMEOUT_MS", "10000")
    db = open_database(any_db_url)
    try:
        officer_id = add_officer(db, "Phạm Thị Chờ")
        holder = _hold_lock(any_db_url, officer_id)
        release = threading.Timer(0.4, lambda: (holder.rollback(), holder.close()))
        release.start()
        try:
            update_officer(db, officer_id, workplace="Ban Dân vận")
        finally:
            release.join()
        with db.read() as s:
            assert s.get(Officer, officer_id).workplace == "Ban Dân vận"
    finally:
        db.dispose()


def test_busy_database_on_the_command_line_is_one_sentence(tmp_path, cli, monkeypatch):
    path = tmp_path / "busy.db"
    open_database(str(path)).dispose()
    monkeypatch.setenv("DVDESK_BUSY_TIMEOUT_MS", "200")
    holder = sqlite3.connect(str(path), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        result = cli("--db", path, "demo")
    finally:
        holder.rollback()
        holder.close()
    assert result.code == 1
    assert "đang bận" in result.err and len(result.err.strip().splitlines()) == 1
    conn = sqlite3.connect(str(path))
    assert conn.execute("SELECT count(*) FROM officers").fetchone()[0] == 0
    conn.close()


def test_second_of_two_edits_from_the_same_version_is_refused(any_db_url):
    db = open_database(any_db_url)
    try:
        officer_id = add_officer(db, "Võ Văn Hai", title="Chuyên viên")
        with db.read() as s:  # both secretaries open the officer form
            seen_by_a = s.get(Officer, officer_id).row_version
        with db.read() as s:
            seen_by_b = s.get(Officer, officer_id).row_version
        update_officer(db, officer_id, expected_version=seen_by_a, title="Trưởng phòng")
        with pytest.raises(ConcurrentEditError, match="đã được người khác thay đổi"):
            update_officer(db, officer_id, expected_version=seen_by_b, title="Phó phòng")
        with db.read() as s:
            officer = s.get(Officer, officer_id)
            assert (officer.title, officer.row_version) == ("Trưởng phòng", seen_by_a + 1)
    finally:
        db.dispose()


def test_stale_row_written_through_the_orm_is_refused(any_db_url):
    """Even without an explicit check, row_version stops an overwrite of someone's change."""
    db = open_database(any_db_url)
    other = open_database(any_db_url)  # the second copy of the program
    try:
        officer_id = add_officer(db, "Đỗ Thị Ngân", phone="0911222333")
        with db.read() as s:
            stale = s.get(Officer, officer_id)
        with other.write() as s:
            s.get(Officer, officer_id).phone = "0988777666"
        with pytest.raises(ConcurrentEditError, match="đã được người khác thay đổi"):
            with db.write() as s:
                s.add(stale)
                stale.phone = "0900000000"
        with db.read() as s:
            assert s.get(Officer, officer_id).phone == "0988777666"
    finally:
        other.dispose()
        db.dispose()


@pytest.mark.pg
def test_two_open_transactions_on_a_shared_server(pg_url):
    """PostgreSQL: both sessions read version 1 at once; the later commit loses."""
    db = open_database(pg_url)
    try:
        officer_id = add_officer(db, "Bùi Văn Chung")
        first = db._write_sessions()
        second = db._write_sessions()
        try:
            a = first.get(Officer, officer_id)
            b = second.get(Officer, officer_id)
            assert a.row_version == b.row_version == 1
            a.title = "Bí thư"
            first.commit()
            b.title = "Phó Bí thư"
            from dvdesk.store.database import translate_errors

            with pytest.raises(ConcurrentEditError), translate_errors():
                second.commit()
        finally:
            first.close()
            second.rollback()
            second.close()
        with db.read() as s:
            assert s.get(Officer, officer_id).title == "Bí thư"
    finally:
        db.dispose()


def test_a_duplicate_created_meanwhile_is_a_concurrent_edit_not_a_crash(any_db_url):
    """Two people create the same thing at once: the second hears why, nothing half-written."""
    from dvdesk.domain.models import Setting
    from dvdesk.services.settings import set_section

    db = open_database(any_db_url)
    try:
        set_section(db, "organization", {"name": "Huyện ủy A"})  # the first one's save
        with pytest.raises(ConcurrentEditError, match="người khác"):
            with db.write() as s:  # the second had seen no row and inserts its own
                add = Officer(full_name="Cán Bộ Mới", search_name="can bo moi")
                s.add(add)
                s.flush()
                s.add(Setting(key="organization", value={"name": "Huyện ủy B"}))
        with db.read() as s:
            assert s.get(Setting, "organization").value["name"] == "Huyện ủy A"
            assert s.scalar(select(func.count()).select_from(Officer)) == 0
    finally:
        db.dispose()
