"""after the meetings: expected attendance, grassroots feedback

Attendance rows become one per expected attendance of an approved month
(status NULL until recorded, the role the officer is expected in); approved
months already in the database get theirs from their frozen snapshot. Feedback
items (phản ánh, kiến nghị) and their status history are new tables.

Revision ID: 0003_attendance_feedback
Revises: 0002_signer
"""

import json

import sqlalchemy as sa
from alembic import op

revision = '0003_attendance_feedback'
down_revision = '0002_signer'
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    # The old service upserted one row per (meeting, officer); a race could still have
    # left two. Keep the newest before the pair becomes unique.
    bind.execute(sa.text(
        "DELETE FROM attendance WHERE id NOT IN "
        "(SELECT max(id) FROM attendance GROUP BY meeting_id, officer_id)"))
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.alter_column('status', existing_type=sa.String(length=20), nullable=True)
        batch_op.add_column(sa.Column('role', sa.String(length=30), nullable=False,
                                      server_default=''))
        batch_op.create_unique_constraint('uq_attendance_meeting_officer',
                                          ['meeting_id', 'officer_id'])

    op.create_table('feedback',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('hamlet_id', sa.Integer(), nullable=False),
    sa.Column('officer_id', sa.Integer(), nullable=False),
    sa.Column('raised_by', sa.String(length=300), nullable=False),
    sa.Column('field', sa.String(length=100), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('is_complex', sa.Boolean(), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('forwarded_to', sa.String(length=300), nullable=False),
    sa.Column('forwarded_on', sa.Date(), nullable=True),
    sa.Column('answer', sa.Text(), nullable=False),
    sa.Column('answered_on', sa.Date(), nullable=True),
    sa.Column('resolution', sa.Text(), nullable=False),
    sa.Column('finished_on', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['hamlet_id'], ['hamlets.id'], name=op.f('fk_feedback_hamlet_id_hamlets')),
    sa.ForeignKeyConstraint(['officer_id'], ['officers.id'], name=op.f('fk_feedback_officer_id_officers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_feedback'))
    )
    with op.batch_alter_table('feedback', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_feedback_answered_on'), ['answered_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_feedback_field'), ['field'], unique=False)
        batch_op.create_index(batch_op.f('ix_feedback_finished_on'), ['finished_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_feedback_hamlet_id'), ['hamlet_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_feedback_officer_id'), ['officer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_feedback_received_on'), ['received_on'], unique=False)
        batch_op.create_index('ix_feedback_status_deadline', ['status', 'deadline'], unique=False)

    op.create_table('feedback_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('feedback_id', sa.Integer(), nullable=False),
    sa.Column('on_date', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('previous_status', sa.String(length=20), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('user', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['feedback_id'], ['feedback.id'], name=op.f('fk_feedback_events_feedback_id_feedback'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_feedback_events'))
    )
    with op.batch_alter_table('feedback_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_feedback_events_feedback_id'), ['feedback_id'], unique=False)

    _expect_approved_months(bind)


def _expect_approved_months(bind) -> None:
    """One attendance row per expected officer of every approved version, from its snapshot;
    a row recorded before keeps its status and gets its role."""
    calendars = sa.table('calendars', sa.column('id', sa.Integer), sa.column('status', sa.String),
                         sa.column('snapshot', sa.JSON))
    attendance = sa.table('attendance', sa.column('id', sa.Integer),
                          sa.column('meeting_id', sa.Integer), sa.column('officer_id', sa.Integer),
                          sa.column('status', sa.String), sa.column('reason', sa.Text),
                          sa.column('role', sa.String), sa.column('row_version', sa.Integer))
    meetings = {row[0] for row in bind.execute(sa.text("SELECT id FROM meetings"))}
    officers = {row[0] for row in bind.execute(sa.text("SELECT id FROM officers"))}
    existing = {(m, o): i for i, m, o in bind.execute(
        sa.select(attendance.c.id, attendance.c.meeting_id, attendance.c.officer_id))}
    rows, roles = [], []
    approved = bind.execute(sa.select(calendars.c.snapshot).where(calendars.c.status == 'approved'))
    for (snapshot,) in approved:
        if isinstance(snapshot, str):
            snapshot = json.loads(snapshot)
        for meeting in ((snapshot or {}).get('view') or {}).get('meetings') or []:
            if meeting.get('id') not in meetings:
                continue
            for person in meeting.get('attendees') or []:
                key = (meeting['id'], person.get('id'))
                if key[1] not in officers:
                    continue
                if key in existing:
                    roles.append({'b_id': existing[key], 'b_role': person.get('role') or ''})
                else:
                    existing[key] = None
                    rows.append({'meeting_id': key[0], 'officer_id': key[1], 'status': None,
                                 'reason': '', 'role': person.get('role') or '',
                                 'row_version': 1})
    if rows:
        bind.execute(attendance.insert(), rows)
    if roles:
        bind.execute(attendance.update().where(attendance.c.id == sa.bindparam('b_id'))
                     .values(role=sa.bindparam('b_role')), roles)


def downgrade() -> None:
    op.drop_table('feedback_events')
    op.drop_table('feedback')
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.drop_constraint('uq_attendance_meeting_officer', type_='unique')
        batch_op.drop_column('role')
    # The older schema has no "expected, not recorded yet": those rows go.
    op.execute("DELETE FROM attendance WHERE status IS NULL")
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.alter_column('status', existing_type=sa.String(length=20), nullable=False)
