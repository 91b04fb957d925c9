"""Every table of a database as one JSON document (the backup of a shared server).

The tables are read from the database itself (reflection), not from today's
models, so the dump also works on an older schema just before it is migrated.
All tables are read in one snapshot, even while other people keep writing.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import MetaData, select, text

from dvdesk.safe_files import replacing

if TYPE_CHECKING:
    from dvdesk.store.database import Database

DUMP_FORMAT = "dvdesk-json-dump"


def _json_value(value):
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, bytes | memoryview):  # a derived key (officers.sort_key), as hex
        return bytes(value).hex()
    return value


def write_json_dump(db: Database, target: Path) -> Path:
    """Write the dump to ``target`` (complete or not at all); returns ``target``."""
    from dvdesk.store.database import translate_errors

    tables = {}
    with translate_errors(), db.engine.connect() as conn:
        if db.engine.dialect.name == "postgresql":
            conn.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        # (SQLite: the connection's own BEGIN already makes one snapshot for every table.)
        metadata = MetaData()
        metadata.reflect(conn)
        revision = None
        for table in metadata.sorted_tables:
            if table.name == "alembic_version":
                revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
                continue
            order = list(table.primary_key.columns) or list(table.columns)
            rows = conn.execute(select(table).order_by(*order)).mappings()
            tables[table.name] = [{k: _json_value(v) for k, v in row.items()} for row in rows]
    document = {"format": DUMP_FORMAT, "revision": revision, "source": db.display_name,
                "written_at": dt.datetime.now().replace(microsecond=0).isoformat(),
                "tables": tables}
    with replacing(target) as partial, partial.open("w", encoding="utf-8") as handle:
        json.dump(document, handle, ensure_ascii=False)
    return target
