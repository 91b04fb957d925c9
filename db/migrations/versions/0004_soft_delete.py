"""officers and calendar versions are hidden, not deleted, so that redo brings back the same ids

Revision ID: 0004_soft_delete
Revises: 0003_attendance_feedback
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_soft_delete"
down_revision = "0003_attendance_feedback"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN (no table rebuild, which foreign keys would refuse on SQLite).
    for table in ("officers", "calendars"):
        op.add_column(table, sa.Column("deleted", sa.Boolean(), nullable=False,
                                       server_default=sa.false()))


def downgrade() -> None:
    for table in ("officers", "calendars"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("deleted")
