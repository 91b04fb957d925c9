"""Running the Alembic migrations of db/migrations against an open database.

Before a SQLite file with data is migrated, a copy is written next to it
(``name.backup-YYYYmmdd-HHMMSS.db``; a PostgreSQL database is dumped as JSON
into the user's data folder, backups/); the migration itself runs in one
transaction, so a failure leaves the original untouched. A database stamped
with a revision this program does not know was written by a newer version and
is refused.
"""

from __future__ import annotations

import datetime as dt
import errno
import re
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import exc, inspect, text

from dvdesk.domain.messages import msg
from dvdesk.errors import DatabaseError, DvDeskError
from dvdesk.paths import db_path

if TYPE_CHECKING:
    from alembic.config import Config

    from dvdesk.store.database import Database

_REVISION = re.compile(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN = re.compile(r"^down_revision\s*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)


def alembic_config(script_location: str | Path | None = None) -> Config:
    """Alembic's settings; ``script_location`` replaces db/migrations (tests use a copy)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(script_location or db_path("migrations")))
    return config


def head_revision(script_location: str | Path | None = None) -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(script_location)).get_current_head()


def known_revisions(script_location: str | Path | None = None) -> set[str]:
    """Every schema revision this program can open (older ones are migrated)."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config(script_location))
    return {rev.revision for rev in script.walk_revisions()}


def quick_head(script_location: str | Path | None = None) -> str | None:
    """The head revision read straight from the migration files, or None if unsure.

    Opening a database that is already up to date is the common case; reading
    the few revision lines avoids importing Alembic at every start.
    """
    folder = Path(script_location or db_path("migrations")) / "versions"
    revisions, parents = set(), set()
    for path in folder.glob("*.py"):
        source = path.read_text(encoding="utf-8")
        found = _REVISION.search(source)
        if not found:
            return None
        revisions.add(found.group(1))
        parents.update(_DOWN.findall(source))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def stamped_revision(db: Database) -> str | None:
    """The revision in alembic_version, read with plain SQL (None if there is none)."""
    try:
        with db.engine.connect() as conn:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except exc.DBAPIError:
        return None


def current_revision(db: Database) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy a live SQLite database with the online backup API (consistent even while in use).

    Written whole or not at all (``copy_sqlite``), so a crash never leaves a torn file
    that looks like a good backup.
    """
    src = sqlite3.connect(str(source))
    try:
        return copy_sqlite(src, target)
    finally:
        src.close()


def copy_sqlite(source: sqlite3.Connection, target: Path) -> Path:
    """Copy the database open on ``source`` to ``target`` with the backup API, through
    ``dvdesk.safe_files.replacing``: under a temporary name in the target's folder,
    renamed when complete; never through a symlink or onto a device. A full disk or a
    read-only folder is one sentence (InvalidInput) and leaves no partial file."""
    from dvdesk.safe_files import replacing

    with replacing(target) as partial:
        copy = sqlite3.connect(str(partial))
        try:
            source.backup(copy)
        except sqlite3.OperationalError as error:  # the copy's side: full or read-only
            code = errno.ENOSPC if "full" in str(error).lower() else errno.EACCES
            raise OSError(code, str(error)) from error
        finally:
            copy.close()
    return target


def _backup_name(path: Path) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    suffix = path.suffix or ".db"
    candidate = path.with_name(f"{path.stem}.backup-{stamp}{suffix}")
    counter = 2
    while candidate.exists():  # two upgrades in one second must not share a copy
        candidate = path.with_name(f"{path.stem}.backup-{stamp}-{counter}{suffix}")
        counter += 1
    return candidate


def _dump_server_database(db: Database, current: str) -> Path:
    """A shared server has no file to copy: its tables go to a JSON file in the user's data folder."""
    from sqlalchemy.engine import make_url

    from dvdesk.paths import user_data_dir
    from dvdesk.store.dump import write_json_dump

    folder = user_data_dir() / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    name = make_url(db.url).database or "server"
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return write_json_dump(db, folder / f"{name}.backup-{stamp}-{current}.json")


def upgrade(db: Database, script_location: str | Path | None = None) -> Path | None:
    """Bring the schema to the newest revision; returns the backup copy made, if any."""
    head = quick_head(script_location)
    if head is not None and stamped_revision(db) == head:
        return None
    from alembic import command
    from alembic.script import ScriptDirectory

    config = alembic_config(script_location)
    script = ScriptDirectory.from_config(config)
    head = script.get_current_head()
    current = current_revision(db)
    if current == head:
        return None
    known = {rev.revision for rev in script.walk_revisions()}
    if current is not None and current not in known:
        raise DatabaseError(msg("Cơ sở dữ liệu {db} được tạo bởi một phiên bản DV Desk mới hơn "
                                "(lược đồ {revision}); hãy cài phiên bản mới để mở nó.",
                                db=db.display_name, revision=current))
    with db.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
    if current is None and tables - {"alembic_version"}:
        raise DatabaseError(msg("Cơ sở dữ liệu {db} đã có dữ liệu nhưng không phải của DV Desk.",
                                db=db.display_name))
    backup = None
    if current is not None and db.path is not None:
        backup = _backup_name(db.path)
        backup_sqlite(db.path, backup)
    elif current is not None:
        backup = _dump_server_database(db, current)
    try:
        # One transaction for every step: SQLite and PostgreSQL both roll DDL back,
        # so a failing step leaves the database exactly as it was.
        with db.engine.execution_options(dvdesk_write=True).begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
    except DvDeskError:
        raise
    except Exception as error:
        kept = msg(" (bản sao trước khi nâng cấp: {name})", name=backup.name) if backup else ""
        raise DatabaseError(msg(
            "Không nâng cấp được cơ sở dữ liệu {db} lên lược đồ {revision}, dữ liệu vẫn giữ "
            "nguyên như trước{kept}: {reason}.", db=db.display_name, revision=head, kept=kept,
            reason=_reason(error))) from error
    return backup


def _reason(error: Exception) -> str:
    text = str(getattr(error, "orig", None) or error).strip().splitlines()
    return (text[0] if text else type(error).__name__).rstrip(".")
