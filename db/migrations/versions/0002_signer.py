"""approval carries its signer

An approved version keeps who signs it and in what capacity, so a later change of
the organization settings never changes what an older version prints. Versions
approved before this revision get the signer the settings name today: that is
what they printed until now.

Revision ID: 0002_signer
Revises: 0001
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0002_signer"
down_revision = "0001"
branch_labels = None
depends_on = None

COLUMNS = ("signer_name", "signer_title", "signer_on_behalf")


def upgrade() -> None:
    with op.batch_alter_table("calendars", schema=None) as batch_op:
        for name in COLUMNS:
            batch_op.add_column(sa.Column(name, sa.String(length=200), nullable=False,
                                          server_default=""))
    conn = op.get_bind()
    stored = conn.execute(sa.text("SELECT value FROM settings WHERE key = 'organization'")).scalar()
    if isinstance(stored, str):
        stored = json.loads(stored)
    org = stored if isinstance(stored, dict) else {}
    defaults = {"signer_on_behalf": "T/M BAN THƯỜNG VỤ", "signer_position": "PHÓ BÍ THƯ",
                "signer_name": ""}
    values = {key: str(org.get(key, default) or "") for key, default in defaults.items()}
    conn.execute(
        sa.text("UPDATE calendars SET signer_name = :name, signer_title = :title, "
                "signer_on_behalf = :on_behalf WHERE status = 'approved'"),
        {"name": values["signer_name"][:200], "title": values["signer_position"][:200],
         "on_behalf": values["signer_on_behalf"][:200]},
    )


def downgrade() -> None:
    with op.batch_alter_table("calendars", schema=None) as batch_op:
        for name in reversed(COLUMNS):
            batch_op.drop_column(name)
