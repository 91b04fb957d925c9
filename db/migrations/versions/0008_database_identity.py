"""database identity: a random id each database gets once, carried by its Excel exports

A workbook exported from a database is re-imported as a diff (matched by ids) only into
the same database; the identity tells which. Made here rather than on the first export,
so that an export (even one refused for a full disk) never writes to the database.

Revision ID: 0008_database_identity
Revises: 0007_unit_history
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0008_database_identity"
down_revision = "0007_unit_history"
branch_labels = None
depends_on = None

KEY = "database_id"


def upgrade() -> None:
    settings = sa.table("settings", sa.column("key", sa.String(100)),
                        sa.column("value", sa.JSON()), sa.column("row_version", sa.Integer()))
    op.bulk_insert(settings, [{"key": KEY, "value": uuid.uuid4().hex, "row_version": 1}])


def downgrade() -> None:
    op.execute(sa.text("DELETE FROM settings WHERE key = :key").bindparams(key=KEY))
