"""Roles of an assignment, unit kinds, officer levels and their Vietnamese labels.

``label`` and ``coverage_label`` are the district's wording; ``role_name`` and
``coverage_words`` say the same with the level names of the settings ("Cán bộ theo
dõi, hỗ trợ thôn, tổ dân phố"), as sentences in the user's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from dvdesk.domain.messages import N_, Message, msg


class UnitKind(StrEnum):
    CLUSTER = "cluster"
    COMMUNE = "commune"
    HAMLET = "hamlet"
    CELL = "cell"
    GROUP = "group"


UNIT_LABELS = {
    UnitKind.CLUSTER: "Cụm",
    UnitKind.COMMUNE: "Xã",
    UnitKind.HAMLET: "Ấp",
    UnitKind.CELL: "Chi bộ",
    UnitKind.GROUP: "Tổ NDTQ",
}


class Role(StrEnum):
    CLUSTER_LEADER = "cluster_leader"
    COMMUNE_LEAD = "commune_lead"
    PROVINCE_LIAISON = "province_liaison"
    HAMLET_SUPPORT = "hamlet_support"
    CELL_ATTENDANCE = "cell_attendance"
    GROUP_SUPPORT = "group_support"


@dataclass(frozen=True)
class RoleInfo:
    role: Role
    unit: UnitKind
    label: str  # Vietnamese UI term
    coverage_label: str  # "ấp có cán bộ theo dõi"


ROLES: dict[Role, RoleInfo] = {
    Role.CLUSTER_LEADER: RoleInfo(
        Role.CLUSTER_LEADER, UnitKind.CLUSTER, "Trưởng cụm", "cụm có trưởng cụm"
    ),
    Role.COMMUNE_LEAD: RoleInfo(
        Role.COMMUNE_LEAD, UnitKind.COMMUNE, "Cấp ủy phụ trách xã", "xã có cấp ủy phụ trách"
    ),
    Role.PROVINCE_LIAISON: RoleInfo(
        Role.PROVINCE_LIAISON,
        UnitKind.COMMUNE,
        "Lãnh đạo tỉnh phụ trách",
        "xã có lãnh đạo tỉnh phụ trách",
    ),
    Role.HAMLET_SUPPORT: RoleInfo(
        Role.HAMLET_SUPPORT, UnitKind.HAMLET, "Cán bộ theo dõi, hỗ trợ ấp", "ấp có cán bộ theo dõi"
    ),
    Role.CELL_ATTENDANCE: RoleInfo(
        Role.CELL_ATTENDANCE, UnitKind.CELL, "Dự sinh hoạt chi bộ", "chi bộ có cấp ủy dự"
    ),
    Role.GROUP_SUPPORT: RoleInfo(
        Role.GROUP_SUPPORT, UnitKind.GROUP, "Theo dõi tổ NDTQ", "tổ NDTQ có cán bộ theo dõi"
    ),
}


# A role named with the level word of its unit ({unit}: "ấp", "thôn" …), and the
# coverage counter's words ("35/35 thôn có cán bộ theo dõi").
ROLE_WORDING: dict[Role, tuple[str, str]] = {
    Role.CLUSTER_LEADER: (N_("Trưởng {unit}"), N_("{unit} có trưởng {unit}")),
    Role.COMMUNE_LEAD: (N_("Cấp ủy phụ trách {unit}"), N_("{unit} có cấp ủy phụ trách")),
    Role.PROVINCE_LIAISON: (N_("Lãnh đạo tỉnh phụ trách"),
                            N_("{unit} có lãnh đạo tỉnh phụ trách")),
    Role.HAMLET_SUPPORT: (N_("Cán bộ theo dõi, hỗ trợ {unit}"), N_("{unit} có cán bộ theo dõi")),
    Role.CELL_ATTENDANCE: (N_("Dự sinh hoạt {unit}"), N_("{unit} có cấp ủy dự")),
    Role.GROUP_SUPPORT: (N_("Theo dõi {unit}"), N_("{unit} có cán bộ theo dõi")),
}


def role_name(role: str, levels) -> Message:
    """ "Cán bộ theo dõi, hỗ trợ thôn": the role with the first word of the settings' level
    name (``levels``: a ``units.LevelNames``)."""
    role = Role(role)
    return msg(ROLE_WORDING[role][0], unit=levels.word(ROLES[role].unit))


def coverage_words(role: str, levels) -> Message:
    """ "thôn có cán bộ theo dõi": what the coverage counter counts ("35/35 …")."""
    role = Role(role)
    return msg(ROLE_WORDING[role][1], unit=levels.word(ROLES[role].unit))


def role_unit(role: str) -> UnitKind:
    return ROLES[Role(role)].unit


def role_label(role: str) -> str:
    return ROLES[Role(role)].label


# Since 2025 a commune-level unit is a xã, a phường or an đặc khu (special zone); thị trấn
# (towns) remain in the history of districts.
COMMUNE_KINDS = {"xa": "Xã", "thi_tran": "Thị trấn", "phuong": "Phường", "dac_khu": "Đặc khu"}
HAMLET_KINDS = {"ap": "Ấp", "khu_pho": "Khu phố", "thon": "Thôn", "to_dan_pho": "Tổ dân phố",
                "ban": "Bản", "buon": "Buôn", "lang": "Làng", "soc": "Sóc"}
OFFICER_LEVELS = {"tinh": "Tỉnh", "huyen": "Huyện", "xa": "Xã", "ap": "Ấp"}


def officer_levels(preset: str) -> list[str]:
    """The officer levels an organization has, highest first: a district committee has
    Tỉnh / Huyện / Xã / Ấp; since the districts were dissolved a province's or a commune's
    committee has no "Huyện" (officers recorded so before keep their value)."""
    if preset == "huyen":
        return list(OFFICER_LEVELS)
    return [code for code in OFFICER_LEVELS if code != "huyen"]


def own_officer_level(preset: str) -> str:
    """The level of the organization's own officers: a new officer's default ("huyen" in a
    district, "tinh" in a province, "xa" in a commune)."""
    return preset if preset in OFFICER_LEVELS else "huyen"


def commune_word(kind: str | None) -> str:
    """ "Xã", "Thị trấn" or "Phường" (a commune of unknown kind is a "Xã")."""
    return COMMUNE_KINDS.get(kind or "", COMMUNE_KINDS["xa"])


def commune_title(kind: str | None, name: str) -> str:
    """ "Xã An Khánh", "Thị trấn Châu Thành": a commune as a heading names it."""
    return f"{commune_word(kind)} {name}"


def commune_phrase(kind: str | None, name: str) -> str:
    """ "xã An Khánh": a commune as a sentence names it."""
    return f"{commune_word(kind).lower()} {name}"


# Roles in the order lists show them: cluster leader first, group support last.
ROLE_ORDER = {role.value: number for number, role in enumerate(Role)}
