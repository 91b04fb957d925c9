"""Write the small databases of released schemas that tests/test_migrations.py upgrades.

Run once per released schema and commit the result; never regenerate an old
file with a newer program (it must stay what the released version wrote):

    .venv/bin/python tests/data/make_old_databases.py 0001

The rows are written with plain SQL of that schema, not with today's ORM
classes, so this script keeps producing the old layout after the models move on.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from alembic import command  # noqa: E402

from dvdesk.store import open_database  # noqa: E402
from dvdesk.store.migrate import alembic_config  # noqa: E402

# A small district at schema 0001: 2 clusters, 3 communes, 4 hamlets, cells,
# groups, 7 officers, one decision, assignments with a reassignment, settings,
# a draft calendar with a meeting, an attendance row and audit entries.
SCHEMA_0001 = """
INSERT INTO settings (key, value, row_version) VALUES
 ('organization', '{"name": "Huyện ủy Mỏ Cày (CŨ)", "issuing_body": "HUYỆN ỦY MỎ CÀY"}', 1);
INSERT INTO clusters (id, name, position, active, row_version) VALUES
 (1, 'Cụm 1', 1, 1, 1), (2, 'Cụm 2', 2, 1, 1);
INSERT INTO communes (id, cluster_id, name, kind, position, active, row_version) VALUES
 (1, 1, 'Tân Thạch', 'xa', 1, 1, 1), (2, 1, 'Quới Sơn', 'xa', 2, 1, 1),
 (3, 2, 'Châu Thành', 'thi_tran', 3, 1, 1);
INSERT INTO hamlets (id, commune_id, name, kind, position, active, row_version) VALUES
 (1, 1, 'Ấp Thạnh Hưng', 'ap', 1, 1, 1), (2, 1, 'Ấp 1', 'ap', 2, 1, 1),
 (3, 2, 'Ấp 1', 'ap', 1, 1, 1), (4, 3, 'Khu phố 2', 'khu_pho', 1, 1, 1);
INSERT INTO cell_types (id, code, name, window_from, window_to, row_version) VALUES
 (1, 'ap', 'Chi bộ ấp (nông thôn)', NULL, NULL, 1),
 (2, 'truong_hoc', 'Chi bộ trường học', 12, 14, 1);
INSERT INTO cells (id, commune_id, hamlet_id, cell_type_id, name, position, active, row_version) VALUES
 (1, 1, 1, 1, 'Chi bộ Ấp Thạnh Hưng', 1, 1, 1),
 (2, 1, NULL, 2, 'Chi bộ Trường THCS Tân Thạch', 100, 1, 1);
INSERT INTO groups (id, hamlet_id, name, position, active, row_version) VALUES
 (1, 1, 'Tổ 1', 1, 1, 1), (2, 1, 'Tổ 2', 2, 1, 1), (3, 2, 'Tổ 1', 1, 1, 1);
INSERT INTO officers (id, full_name, search_name, title, workplace, level, phone,
  is_committee_member, is_standing_member, active, note, row_version) VALUES
 (1, 'Nguyễn Văn Thạnh', 'nguyen van thanh', 'Phó Bí thư', 'Huyện ủy', 'huyen', '0912345678', 1, 1, 1, '', 1),
 (2, 'Trần Thị Hồng Nhung', 'tran thi hong nhung', 'Huyện ủy viên', 'Ban Dân vận', 'huyen', '0987654321', 1, 0, 1, '', 1),
 (3, 'Lê Hoàng Phúc', 'le hoang phuc', 'Chuyên viên', 'Phòng Nội vụ', 'huyen', '0901112223', 0, 0, 1, '', 2),
 (4, 'Phạm Minh Đức', 'pham minh duc', 'Chuyên viên', 'Văn phòng Huyện ủy', 'huyen', '0933444555', 0, 0, 1, '', 1),
 (5, 'Võ Thị Mai', 'vo thi mai', 'Phó Bí thư Đảng ủy', 'Đảng ủy xã Tân Thạch', 'xa', '0377888999', 1, 1, 1, '', 1),
 (6, 'Đặng Quốc Bảo', 'dang quoc bao', 'Phó Chủ tịch UBND tỉnh', 'Tỉnh ủy', 'tinh', '', 1, 0, 1, '', 1),
 (7, 'Huỳnh Văn Út', 'huynh van ut', 'Cán bộ', 'Đảng ủy xã Tân Thạch', 'xa', '0355000111', 0, 0, 0, 'Đã nghỉ hưu', 1);
INSERT INTO decisions (id, number, signed_on, signer, summary, row_version) VALUES
 (1, '245-QĐ/HU', '2025-10-20', 'Ban Thường vụ', 'Phân công theo dõi cơ sở', 1);
INSERT INTO assignments (id, officer_id, role, unit_id, decision_id, effective_from,
  effective_to, note, row_version) VALUES
 (1, 1, 'cluster_leader', 1, 1, '2025-11-01', NULL, '', 1),
 (2, 2, 'commune_lead', 1, 1, '2025-11-01', NULL, '', 1),
 (3, 6, 'province_liaison', 1, NULL, '2025-11-01', NULL, '', 1),
 (4, 3, 'hamlet_support', 1, 1, '2025-11-01', '2026-02-28', '', 2),
 (5, 4, 'hamlet_support', 1, 1, '2026-03-01', NULL, 'Chuyển giao', 1),
 (6, 5, 'cell_attendance', 1, 1, '2025-11-01', NULL, '', 1),
 (7, 5, 'group_support', 1, 1, '2025-11-01', NULL, '', 1);
INSERT INTO calendars (id, month, version, status, number, approved_by, approved_on,
  windows, note, snapshot, created_at, row_version) VALUES
 (1, '2026-04', 1, 'draft', '', '', NULL, NULL, '', NULL, '2026-03-25 09:00:00', 1);
INSERT INTO meetings (id, calendar_id, kind, unit_id, day, session, start, place, pinned,
  note, row_version) VALUES
 (1, 1, 'committee', 1, '2026-04-08', 'sang', '07:30', 'Hội trường Đảng ủy xã', 1, '', 1);
INSERT INTO attendance (id, meeting_id, officer_id, status, reason, row_version) VALUES
 (1, 1, 2, 'excused', 'Đi công tác tỉnh', 1);
INSERT INTO audit_log (id, at, user, action, entity, entity_id, before, after) VALUES
 (1, '2026-02-27 10:00:00', 'thu.ky', 'assignment.end', 'assignment', 4,
  '{"effective_to": null}', '{"effective_to": "2026-02-28"}'),
 (2, '2026-02-27 10:00:00', 'thu.ky', 'assignment.create', 'assignment', 5,
  NULL, '{"officer_id": 4}');
"""

# 0002_signer added the approval's signer to calendars (defaults for a draft), and
# 0003_attendance_feedback the expected-attendance columns (with defaults): the same
# district, written by the release that had it.
# 0004_soft_delete added the hidden flags of officers and calendar versions (default:
# shown); 0005_email_unavailability officers' e-mail (default empty) and a table of
# absences.
# 0006_accepted_conflicts the accepted conflicts of a month: the same district, now with
# an officer's e-mail and one business trip.
SCHEMA_0006 = SCHEMA_0001 + """
UPDATE officers SET email = 'nhung.ttt@example.vn' WHERE id = 2;
INSERT INTO unavailability (id, officer_id, first_day, last_day, reason, created_at,
  row_version) VALUES
 (1, 2, '2026-04-07', '2026-04-09', 'Đi công tác', '2026-03-20 08:00:00', 1);
"""
SCHEMAS = {"0001": SCHEMA_0001, "0002_signer": SCHEMA_0001,
           "0003_attendance_feedback": SCHEMA_0001, "0004_soft_delete": SCHEMA_0001,
           "0005_email_unavailability": SCHEMA_0001,
           "0006_accepted_conflicts": SCHEMA_0006, "0007_unit_history": SCHEMA_0006,
           "0008_database_identity": SCHEMA_0006}


def make(revision: str, target: Path) -> Path:
    target.unlink(missing_ok=True)
    db = open_database(str(target), migrate=False)
    try:
        with db.engine.begin() as conn:
            config = alembic_config()
            config.attributes["connection"] = conn
            command.upgrade(config, revision)
    finally:
        db.dispose()
    conn = sqlite3.connect(str(target))
    try:
        conn.executescript(SCHEMAS[revision])
        conn.execute("PRAGMA journal_mode=DELETE")  # one self-contained file to commit
        conn.execute("VACUUM")
    finally:
        conn.close()
    return target


if __name__ == "__main__":
    for rev in sys.argv[1:] or sorted(SCHEMAS):
        print(make(rev, HERE / f"schema-{rev}.db"))
