"""Which database the program works on: opening the one a user names.

The window reaches storage only through services (docs/ARCHITECTURE.md, "The layers"),
so it opens another database and names the open one's type here.
"""

from __future__ import annotations

from dvdesk.store.database import Database, open_database

__all__ = ["Database", "open_database"]
