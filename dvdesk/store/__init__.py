"""Storage: engine and sessions, migrations, queries."""

from dvdesk.store.database import Database, open_database

__all__ = ["Database", "open_database"]
