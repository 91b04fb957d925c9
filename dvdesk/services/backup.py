"""Sao lưu và khôi phục: back up the open database, restore a SQLite file from a copy.

A live SQLite database is never copied as a file (a copy taken mid-write can
be torn, and the WAL file holds the newest pages): the backup goes through
SQLite's online backup API on the program's own engine, into a temporary file
that is renamed into place only when complete. A shared PostgreSQL database is
dumped as JSON, every table read in one consistent snapshot.

Restoring writes the copy into the target through the same backup API, which
takes the write lock and replaces the pages in one step; the current content is
backed up first, so a restore never loses what was there.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Date, DateTime, LargeBinary, func, select, text

from dvdesk.domain.messages import lowered, msg
from dvdesk.domain.models import Base
from dvdesk.errors import DatabaseError, InvalidInput
from dvdesk.safe_files import check_target, shown
from dvdesk.store.database import SQLITE_MAGIC, Database, storage_sentence, translate_errors
from dvdesk.store.dump import DUMP_FORMAT, write_json_dump
from dvdesk.store.migrate import backup_sqlite, copy_sqlite, known_revisions
from dvdesk.store.queries import IDENTITY_KEY


def _output_path(path: str | os.PathLike) -> Path:
    return check_target(path)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return a.resolve() == b.resolve()


def backup_database(db: Database, path: str | os.PathLike) -> Path:
    """Write a complete, consistent copy of the open database to ``path``; returns it.

    SQLite gives a SQLite file, unless ``path`` ends in .json; PostgreSQL always
    gives the JSON dump, which ``load_dump`` reads into an empty database of
    either kind (how a district moves from its file to a shared server).
    """
    target = _output_path(path)
    if db.is_sqlite and target.suffix.lower() != ".json":
        return _backup_sqlite_online(db, target)
    return _dump_json(db, target)


def _backup_sqlite_online(db: Database, target: Path) -> Path:
    assert db.path is not None
    live = [db.path, db.path.with_name(db.path.name + "-wal"),
            db.path.with_name(db.path.name + "-shm")]
    if any(_same_file(target, f) or target.resolve() == f.resolve() for f in live):
        raise InvalidInput(msg("Không thể sao lưu đè lên chính cơ sở dữ liệu đang mở; hãy chọn "
                               "tệp khác."))
    with translate_errors(), db.engine.connect() as conn:
        # A damaged database copied is a damaged backup that looks like a good one.
        verdict = conn.exec_driver_sql("PRAGMA integrity_check(1)").scalar()
        if verdict != "ok":
            raise DatabaseError(msg("Cơ sở dữ liệu {db} bị hỏng (kiểm tra tính toàn vẹn không "
                                    "đạt); không sao lưu để khỏi tạo một bản sao hỏng.",
                                    db=db.display_name))
        copy_sqlite(conn.connection.dbapi_connection, target)
    return target


def _dump_json(db: Database, target: Path) -> Path:
    return write_json_dump(db, target)


def check_backup_file(path: str | os.PathLike) -> str:
    """The schema revision of a DV Desk SQLite copy; raises if it is not one we can use."""
    source = Path(path).expanduser()
    if not source.is_file():
        raise InvalidInput(msg("Không có tệp sao lưu {file}.", file=source))
    with source.open("rb") as handle:
        if handle.read(16) != SQLITE_MAGIC:
            raise InvalidInput(msg("Tệp {file} không phải là bản sao lưu DV Desk (SQLite).",
                                   file=source))
    try:
        conn = sqlite3.connect(f"file:{quote(os.fsencode(source))}?mode=ro", uri=True)
        try:
            ok = conn.execute("PRAGMA quick_check").fetchone()[0]
            names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            revision = (conn.execute("SELECT version_num FROM alembic_version").fetchone()
                        if "alembic_version" in names else None)
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        raise InvalidInput(msg("Tệp {file} bị hỏng hoặc không phải cơ sở dữ liệu: {reason}.",
                               file=source, reason=error)) from error
    if ok != "ok":
        raise InvalidInput(msg("Tệp sao lưu {file} bị hỏng ({reason}).", file=source, reason=ok))
    if revision is None or "officers" not in names:
        raise InvalidInput(msg("Tệp {file} không phải là cơ sở dữ liệu DV Desk.", file=source))
    if revision[0] not in known_revisions():
        raise InvalidInput(msg("Tệp {file} được tạo bởi một phiên bản DV Desk mới hơn (lược đồ "
                               "{revision}); hãy cài phiên bản mới để khôi phục.", file=source,
                               revision=revision[0]))
    return revision[0]


def restore_database(db_path_target: str | os.PathLike, from_path: str | os.PathLike) -> Path | None:
    """Replace the SQLite database at ``db_path_target`` with the copy at ``from_path``.

    The copy is checked first (a DV Desk database of a known schema, not
    damaged); the current content is backed up next to the target and that
    backup's path is returned (None when there was no database there yet). An
    older copy is migrated the next time it is opened.
    """
    if "://" in str(db_path_target):
        raise InvalidInput(msg("Chỉ khôi phục được cơ sở dữ liệu SQLite (tệp trên máy)."))
    # The database to overwrite is checked like any output: never through a symlink, never
    # a device, a name the file system takes.
    target = check_target(db_path_target)
    source = Path(from_path).expanduser()
    check_backup_file(source)
    if target.exists() and _same_file(source, target):
        raise InvalidInput(msg("Tệp sao lưu chính là cơ sở dữ liệu cần khôi phục."))
    previous = None
    src = sqlite3.connect(f"file:{quote(os.fsencode(source))}?mode=ro", uri=True)
    try:
        if not (target.exists() and target.stat().st_size):
            copy_sqlite(src, target)  # nothing there yet: written whole or not at all
            return None
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        previous = target.with_name(f"{target.stem}.before-restore-{stamp}{target.suffix or '.db'}")
        backup_sqlite(target, previous)
        dst = sqlite3.connect(str(target), timeout=5)
        try:
            # The backup API takes the destination's write lock and swaps every
            # page at once: a program holding the file open sees old or new, never a mix.
            src.backup(dst)
        except sqlite3.OperationalError as error:
            text = str(error).lower()
            if "locked" in text or "busy" in text:
                raise DatabaseError(msg("Không khôi phục được vì cơ sở dữ liệu {db} đang bận; "
                                        "hãy đóng chương trình đang dùng nó rồi thử lại.",
                                        db=shown(target))) from error
            raise DatabaseError(msg("Không khôi phục được {db}: {reason}", db=shown(target),
                                    reason=lowered(storage_sentence(error)))) from error
        finally:
            dst.close()
    finally:
        src.close()
    return previous


def _from_json(column, value):
    if value is None:
        return None
    if isinstance(column.type, DateTime):
        return dt.datetime.fromisoformat(value)
    if isinstance(column.type, Date):
        return dt.date.fromisoformat(value)
    if isinstance(column.type, LargeBinary):  # written as hex (store/dump.py)
        return bytes.fromhex(value)
    return value


def load_dump(db: Database, path: str | os.PathLike) -> dict[str, int]:
    """Fill an empty database from a JSON dump of the same schema; returns rows per table."""
    from dvdesk.store.migrate import current_revision

    source = Path(path).expanduser()
    try:
        document = json.loads(source.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InvalidInput(msg("Không đọc được bản sao lưu {file}.", file=source)) from error
    if not isinstance(document, dict) or document.get("format") != DUMP_FORMAT:
        raise InvalidInput(msg("Tệp {file} không phải là bản sao lưu JSON của DV Desk.",
                               file=source))
    if document.get("revision") != current_revision(db):
        raise InvalidInput(msg(
            "Bản sao lưu {file} thuộc lược đồ {revision}, cơ sở dữ liệu đang ở lược đồ {current}; "
            "hãy dùng phiên bản DV Desk cùng lược đồ.", file=source.name,
            revision=document.get("revision"), current=current_revision(db)))
    tables = document.get("tables") or {}
    counts = {}
    settings = Base.metadata.tables["settings"]
    own_identity = settings.c.key == IDENTITY_KEY
    with db.write() as session:
        conn = session.connection()
        for table in Base.metadata.sorted_tables:
            counted = select(func.count()).select_from(table)
            if table is settings:  # a new database holds only its identity
                counted = counted.where(~own_identity)
            if conn.execute(counted).scalar():
                raise InvalidInput(msg("Chỉ nạp bản sao lưu vào một cơ sở dữ liệu trống."))
        # The dump carries the identity of the database it came from: its exported
        # workbooks then re-import here as they did there.
        conn.execute(settings.delete().where(own_identity))
        for table in Base.metadata.sorted_tables:
            rows = [{c.name: _from_json(c, row.get(c.name)) for c in table.columns}
                    for row in tables.get(table.name, [])]
            for start in range(0, len(rows), 5000):
                conn.execute(table.insert(), rows[start:start + 5000])
            counts[table.name] = len(rows)
        if db.engine.dialect.name == "postgresql":
            # Rows came with their ids: move each id sequence past them.
            for table in Base.metadata.sorted_tables:
                if "id" in table.c:
                    conn.execute(text(
                        f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                        f"coalesce((SELECT max(id) FROM {table.name}), 0) + 1, false)"))
    return counts
