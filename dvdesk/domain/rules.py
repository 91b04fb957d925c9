"""The assignment rules (docs/ARCHITECTURE.md, "The domain") as pure functions.

Each limit comes from settings and is either hard (refused) or soft (a warning
the secretary may accept). Messages are one Vietnamese sentence naming the unit
and the officers involved.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dvdesk.domain.messages import lowered, msg


@dataclass
class RuleOutcome:
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def officer_limit(rule: dict, is_standing: bool) -> int | None:
    """How many units of this role one officer may hold (standing members may hold more)."""
    if is_standing and rule.get("officer_max_standing") is not None:
        return int(rule["officer_max_standing"])
    limit = rule.get("officer_max")
    return None if limit is None else int(limit)


def check_new_assignment(
    rule: dict,
    *,
    role_label: str,
    unit_label: str,
    officer_name: str,
    current_holders: list[str],
    officer_units: int,
    officer_is_standing: bool,
) -> RuleOutcome:
    """Rules for adding ``officer_name`` as ``role_label`` of a unit.

    ``current_holders`` are the names already holding the role for the unit from
    the effective date on; ``officer_units`` is how many units of this role the
    officer already holds.
    """
    outcome = RuleOutcome()
    unit_max = rule.get("unit_max")
    if unit_max is not None and len(current_holders) + 1 > int(unit_max):
        message = msg("{unit} đã có {role}: {holders}; không thể phân công thêm đồng chí "
                      "{officer} (tối đa {max}).", unit=f"{unit_label[:1].upper()}{unit_label[1:]}",
                      role=lowered(role_label), holders=", ".join(current_holders),
                      officer=officer_name, max=unit_max)
        (outcome.errors if rule.get("unit_hard", True) else outcome.warnings).append(message)
    limit = officer_limit(rule, officer_is_standing)
    if limit is not None and officer_units + 1 > limit:
        message = msg("Đồng chí {officer} sẽ là {role} của {count} đơn vị, vượt mức thường "
                      "lệ {limit} (thêm {unit}).", officer=officer_name, role=lowered(role_label),
                      count=officer_units + 1, limit=limit, unit=unit_label)
        (outcome.errors if rule.get("officer_hard", False) else outcome.warnings).append(message)
    return outcome


def coverage_roles(rules: dict) -> list[str]:
    """Roles whose units must each have at least one holder ("one per unit" rules)."""
    return [role for role, rule in rules.items() if int(rule.get("unit_min") or 0) >= 1]
