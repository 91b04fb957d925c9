"""Units of one kind with their place in the hierarchy (read by services.unit_views)."""

from __future__ import annotations

from dvdesk.domain.roles import commune_title
from dvdesk.services.unit_views import UnitEntry, UnitIndex  # noqa: F401 (pages import them here)
from dvdesk.services.unit_views import units_mark_in as units_mark  # noqa: F401


def commune_name(name: str, kind: str) -> str:
    """"Xã An Khánh", "Thị trấn Châu Thành"."""
    return commune_title(kind, name)
