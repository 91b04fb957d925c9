"""Running the Alembic migrations of db/migrations against an open database.

Before a SQLite file with data is migrated, a copy is written next to it
(``name.backup-YYYYmmdd-HHMMSS.db``); the migration itself runs in one
transaction, so a failure leaves the original untouched. A database stamped
with a revision this program does not know was written by a newer version and
is refused.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from dvdesk.errors import DatabaseError
from dvdesk.paths import db_path

if TYPE_CHECKING:
    from dvdesk.store.database import Database


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(db_path("migrations")))
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy a live SQLite database with the online backup API (consistent even while in use)."""
    src = sqlite3.connect(str(source))
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def upgrade(db: Database) -> Path | None:
    """Bring the schema to the newest revision; returns the backup copy made, if any."""
    config = alembic_config()
    script = ScriptDirectory.from_config(config)
    head = script.get_current_head()
    current = current_revision(db)
    if current == head:
        return None
    known = {rev.revision for rev in script.walk_revisions()}
    if current is not None and current not in known:
        raise DatabaseError(
            f"Cơ sở dữ liệu {db.display_name} được tạo bởi một phiên bản DV Desk mới hơn "
            f"(lược đồ {current}); hãy cài phiên bản mới để mở nó."
        )
    with db.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
    if current is None and tables - {"alembic_version"}:
        raise DatabaseError(
            f"Cơ sở dữ liệu {db.display_name} đã có dữ liệu nhưng không phải của DV Desk."
        )
    backup = None
    if current is not None and db.path is not None:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = db.path.with_name(f"{db.path.stem}.backup-{stamp}{db.path.suffix or '.db'}")
        backup_sqlite(db.path, backup)
    with db.engine.execution_options(dvdesk_write=True).begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    return backup
