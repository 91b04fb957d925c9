"""Opening databases: SQLite files and PostgreSQL URLs, bad targets, migrations at head."""

from __future__ import annotations

from sqlalchemy import func, select

from dvdesk.domain.models import Officer
from dvdesk.services.officers import add_officer
from dvdesk.store import open_database
from dvdesk.store.migrate import current_revision, head_revision


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
