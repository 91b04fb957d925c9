"""accepted conflicts: a month's conflicts the secretary accepted, with a note

Revision ID: 0006_accepted_conflicts
Revises: 0005_email_unavailability
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_accepted_conflicts"
down_revision = "0005_email_unavailability"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "accepted_conflicts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("key", sa.String(length=1000), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("accepted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_accepted_conflicts")),
        sa.UniqueConstraint("month", "key", name="uq_accepted_conflicts_month_key"),
    )


def downgrade() -> None:
    op.drop_table("accepted_conflicts")
