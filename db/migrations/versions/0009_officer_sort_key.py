"""officers keep their name's Vietnamese sort key, so that the officers table reads its
first screen in name order (ORDER BY sort_key LIMIT n) instead of keying every name

Revision ID: 0009_officer_sort_key
Revises: 0008_database_identity
"""

import sqlalchemy as sa
from alembic import op

from dvdesk.domain.text import stored_name_key

revision = "0009_officer_sort_key"
down_revision = "0008_database_identity"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN (no table rebuild, which foreign keys would refuse on SQLite); the
    # default only stands until the rows below are keyed.
    op.add_column("officers", sa.Column("sort_key", sa.LargeBinary(), nullable=False,
                                        server_default=sa.text("''")))
    officers = sa.table("officers", sa.column("id", sa.Integer()),
                        sa.column("full_name", sa.String()),
                        sa.column("sort_key", sa.LargeBinary()))
    connection = op.get_bind()
    keys = [{"officer": officer_id, "key": stored_name_key(name)} for officer_id, name
            in connection.execute(sa.select(officers.c.id, officers.c.full_name))]
    if keys:
        connection.execute(officers.update().where(officers.c.id == sa.bindparam("officer"))
                           .values(sort_key=sa.bindparam("key")), keys)
    op.create_index("ix_officers_sort_key", "officers", ["sort_key"])


def downgrade() -> None:
    op.drop_index("ix_officers_sort_key", table_name="officers")
    with op.batch_alter_table("officers", schema=None) as batch_op:
        batch_op.drop_column("sort_key")
