"""units keep their history: the names and parents they had before a rename or a merge
(sáp nhập), and which unit a merged one went into

Revision ID: 0007_unit_history
Revises: 0006_accepted_conflicts
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_unit_history"
down_revision = "0006_accepted_conflicts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A new table only: every existing row keeps its meaning (no history = always so).
    op.create_table(
        "unit_history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=False),
        sa.Column("change", sa.String(length=20), nullable=False),
        sa.Column("merged_into", sa.Integer(), nullable=True),
        sa.Column("values", sa.JSON(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_unit_history")),
    )
    op.create_index("ix_unit_history_unit", "unit_history", ["kind", "unit_id"])
    op.create_index("ix_unit_history_merged_into", "unit_history", ["kind", "merged_into"])


def downgrade() -> None:
    op.drop_index("ix_unit_history_merged_into", table_name="unit_history")
    op.drop_index("ix_unit_history_unit", table_name="unit_history")
    op.drop_table("unit_history")
