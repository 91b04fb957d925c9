"""officers get an optional e-mail address; officers' unavailability (leave, business trips)

Revision ID: 0005_email_unavailability
Revises: 0004_soft_delete
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_email_unavailability"
down_revision = "0004_soft_delete"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN (no table rebuild, which foreign keys would refuse on SQLite).
    op.add_column("officers", sa.Column("email", sa.String(length=200), nullable=False,
                                        server_default=""))
    op.create_table(
        "unavailability",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("officer_id", sa.Integer(), nullable=False),
        sa.Column("first_day", sa.Date(), nullable=False),
        sa.Column("last_day", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(length=300), nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime(), nullable=True),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["officer_id"], ["officers.id"],
                                name=op.f("fk_unavailability_officer_id_officers")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_unavailability")),
    )
    op.create_index(op.f("ix_unavailability_officer_id"), "unavailability", ["officer_id"])
    op.create_index("ix_unavailability_days", "unavailability", ["first_day", "last_day"])


def downgrade() -> None:
    op.drop_index("ix_unavailability_days", table_name="unavailability")
    op.drop_index(op.f("ix_unavailability_officer_id"), table_name="unavailability")
    op.drop_table("unavailability")
    with op.batch_alter_table("officers", schema=None) as batch_op:
        batch_op.drop_column("email")
