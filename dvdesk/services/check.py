"""Validate the assignments as they stand on a date (``dvdesk check``).

Errors are hard-rule breaks present in the data (two leaders of one cluster at
the same time); warnings are soft-rule breaks and units nobody looks after.
Each finding names the units and officers involved.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import select

from dvdesk.domain.messages import lowered, msg
from dvdesk.domain.models import Officer
from dvdesk.domain.presets import roles_in_use
from dvdesk.domain.roles import ROLES, Role, role_name
from dvdesk.domain.rules import coverage_roles, officer_limit
from dvdesk.domain.units import level_names
from dvdesk.store import queries
from dvdesk.store.database import Database

MAX_LISTED = 200  # beyond this, similar findings are summarised in one line


def _unit_ref(session, kind: str, unit_id: int) -> dict:
    return {"kind": kind, "id": unit_id, "name": queries.unit_label(session, kind, unit_id)}


def check(db: Database, day: dt.date | None = None) -> dict:
    """The report printed by ``dvdesk check --json`` (a contract: docs/ARCHITECTURE.md)."""
    day = day or dt.date.today()
    with db.read() as session:
        settings = queries.settings(session)
        rules = settings["rules"]
        report: dict = {"date": day.isoformat(), "counts": queries.counts(session, day),
                        "coverage": {}, "errors": [], "warnings": []}
        officers = {o.id: o for o in session.scalars(select(Officer))}

        def officer_ref(officer_id: int) -> dict:
            officer = officers.get(officer_id)
            return {"id": officer_id, "name": officer.full_name if officer else "?"}

        levels = level_names(settings)
        in_use = roles_in_use(settings)
        for role in Role:
            if role.value not in in_use:  # a commune assigns no cluster leader
                continue
            info = ROLES[role]
            label = lowered(role_name(role.value, levels))
            rule = rules.get(role.value, {})
            by_unit = queries.holders_by_unit(session, role.value, day)
            unit_ids = queries.active_unit_ids(session, info.unit)
            active = set(unit_ids)
            if role.value in coverage_roles(rules):
                covered = sum(1 for unit_id in unit_ids if by_unit.get(unit_id))
                report["coverage"][role.value] = {"covered": covered, "total": len(unit_ids)}
                missing = [u for u in sorted(unit_ids) if not by_unit.get(u)]
                for unit_id in missing[:MAX_LISTED]:
                    report["warnings"].append({
                        "message": msg("{unit} chưa có {role}.", role=label,
                                       unit=queries.unit_label(session, info.unit, unit_id)),
                        "rule": f"{role.value}.unit_min",
                        "units": [_unit_ref(session, info.unit, unit_id)], "officers": []})
                if len(missing) > MAX_LISTED:
                    report["warnings"].append({
                        "message": msg("Còn {count} đơn vị khác chưa có {role}.",
                                       count=len(missing) - MAX_LISTED, role=label),
                        "rule": f"{role.value}.unit_min", "units": [], "officers": []})
            unit_max = rule.get("unit_max")
            if unit_max is not None:
                for unit_id, holder_ids in sorted(by_unit.items()):
                    if len(holder_ids) > int(unit_max):
                        names = ", ".join(officer_ref(o)["name"] for o in holder_ids)
                        finding = {
                            "message": msg("{unit} có {count} {role} cùng lúc: {names}.",
                                           unit=queries.unit_label(session, info.unit, unit_id),
                                           count=len(holder_ids), role=label, names=names),
                            "rule": f"{role.value}.unit_max",
                            "units": [_unit_ref(session, info.unit, unit_id)],
                            "officers": [officer_ref(o) for o in holder_ids]}
                        report["errors" if rule.get("unit_hard", True) else "warnings"].append(
                            finding)
            load: dict[int, list[int]] = defaultdict(list)
            for unit_id, holder_ids in by_unit.items():
                for officer_id in holder_ids:
                    load[officer_id].append(unit_id)
                    officer = officers.get(officer_id)
                    if unit_id not in active or (officer and not officer.active):
                        what = (msg("đơn vị đã bị xóa") if unit_id not in active
                                else msg("cán bộ đã thôi công tác"))
                        report["warnings"].append({
                            "message": msg("Phân công {role} của {unit} cho đồng chí {officer} "
                                           "vẫn còn hiệu lực dù {why}.", role=label,
                                           unit=queries.unit_label(session, info.unit, unit_id),
                                           officer=officer_ref(officer_id)["name"], why=what),
                            "rule": "inactive",
                            "units": [_unit_ref(session, info.unit, unit_id)],
                            "officers": [officer_ref(officer_id)]})
            for officer_id, unit_list in sorted(load.items()):
                officer = officers.get(officer_id)
                limit = officer_limit(rule, bool(officer and officer.is_standing_member))
                if limit is not None and len(unit_list) > limit:
                    finding = {
                        "message": msg("Đồng chí {officer} là {role} của {count} đơn vị (mức "
                                       "thường lệ {limit}).", officer=officer_ref(officer_id)[
                                           "name"], role=label, count=len(unit_list),
                                       limit=limit),
                        "rule": f"{role.value}.officer_max",
                        "units": [_unit_ref(session, info.unit, u) for u in sorted(unit_list)],
                        "officers": [officer_ref(officer_id)]}
                    report["errors" if rule.get("officer_hard") else "warnings"].append(finding)
    return report
