"""The three organizations DV Desk serves, as presets of the settings.

- ``huyen``: a district Party committee (Huyện ủy), the structure before July 2025;
- ``tinh``: a provincial committee (Tỉnh ủy) with communes and wards directly under it,
  clusters optional (a province without them leaves the clusters out everywhere),
  provincial leaders and committee members in charge of communes;
- ``xa``: a commune or ward Party committee (Đảng ủy xã / phường): one commune, its
  thôn / ấp / tổ dân phố and cells; committee members attend cells, standing members
  three to five, commune officers follow each thôn and the self-governing groups.

A preset writes the level names, the roles in use, the header lines, the recipients and
the document number symbol; the secretary may change each afterwards. Names of places
are kept: the province and the organization's own name are read from what the settings
(or the one commune of a commune's database) already say.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from dvdesk.domain.roles import Role

ALL_ROLES = [role.value for role in Role]


@dataclass(frozen=True)
class Preset:
    code: str
    label: str  # "Huyện ủy"
    issuing_word: str  # "HUYỆN ỦY", then the place's name
    short_name: str
    number_suffix: str
    level_names: dict[str, str]
    roles: list[str]
    recipients: list[str]


PRESETS: dict[str, Preset] = {
    "huyen": Preset(
        "huyen", "Huyện ủy", "HUYỆN ỦY", "Huyện ủy", "-LT/HU",
        {"cluster": "Cụm vùng", "commune": "Xã, thị trấn", "hamlet": "Ấp, khu phố",
         "cell": "Chi bộ", "group": "Tổ NDTQ"},
        ALL_ROLES,
        ["Thường trực Tỉnh ủy (b/c)", "Các đồng chí Huyện ủy viên", "Các đảng ủy xã, thị trấn",
         "Lưu Văn phòng Huyện ủy"]),
    "tinh": Preset(
        "tinh", "Tỉnh ủy", "TỈNH ỦY", "Tỉnh ủy", "-LT/TU",
        {"cluster": "Cụm", "commune": "Xã, phường", "hamlet": "Thôn, ấp, tổ dân phố",
         "cell": "Chi bộ", "group": "Tổ tự quản"},
        ALL_ROLES,
        ["Thường trực Tỉnh ủy (b/c)", "Các đồng chí Tỉnh ủy viên",
         "Các đảng ủy xã, phường, đặc khu", "Lưu Văn phòng Tỉnh ủy"]),
    "xa": Preset(
        "xa", "Đảng ủy xã, phường", "ĐẢNG ỦY XÃ", "Đảng ủy", "-LT/ĐU",
        {"cluster": "", "commune": "Xã", "hamlet": "Thôn, tổ dân phố", "cell": "Chi bộ",
         "group": "Tổ tự quản"},
        ["province_liaison", "hamlet_support", "cell_attendance", "group_support"],
        ["Thường trực Tỉnh ủy (b/c)", "Các đồng chí Đảng ủy viên", "Các chi bộ trực thuộc",
         "Lưu Văn phòng Đảng ủy"]),
}

# What the "xa" preset calls a commune of each kind: the issuing body and its level.
_COMMUNE_WORDS = {"xa": ("ĐẢNG ỦY XÃ", "Xã"), "phuong": ("ĐẢNG ỦY PHƯỜNG", "Phường"),
                  "dac_khu": ("ĐẢNG ỦY ĐẶC KHU", "Đặc khu"),
                  "thi_tran": ("ĐẢNG ỦY THỊ TRẤN", "Thị trấn")}
PROVINCE_PREFIX = "ĐẢNG BỘ TỈNH"
CITY_PREFIX = "ĐẢNG BỘ THÀNH PHỐ"


def preset_codes() -> list[str]:
    return list(PRESETS)


def province_of(superior_body: str) -> str:
    """ "ĐẢNG BỘ TỈNH BẾN TRE" -> "BẾN TRE" (empty when the line names no province)."""
    text = " ".join((superior_body or "").split())
    for prefix in (PROVINCE_PREFIX, CITY_PREFIX):
        if text.upper().startswith(prefix):
            return text[len(prefix):].strip()
    return ""


def _upper(text: str) -> str:
    return " ".join((text or "").split()).upper()


def preset_sections(code: str, settings: Mapping[str, Any], *,
                    commune: tuple[str, str] | None = None) -> dict[str, dict[str, Any]]:
    """The settings sections preset ``code`` writes, over the current ``settings``.

    ``commune``: (kind, name) of the one commune of a commune's database, which names a
    commune's committee ("ĐẢNG ỦY PHƯỜNG AN HỘI") and its level ("Phường").
    """
    preset = PRESETS[code]
    org = dict(settings.get("organization") or {})
    superior = org.get("superior_body") or ""
    province = province_of(superior)
    superior = superior if province else PROVINCE_PREFIX
    place = " ".join((org.get("place") or "").split())
    levels = dict(preset.level_names)
    issuing = preset.issuing_word
    if code == "xa" and commune is not None:
        kind, name = commune
        issuing, levels["commune"] = _COMMUNE_WORDS.get(kind, _COMMUNE_WORDS["xa"])
        place = place or name
    own = province if code == "tinh" else place
    organization = {
        "superior_body": superior,
        "issuing_body": f"{issuing} {_upper(own)}".strip(),
        "short_name": preset.short_name,
        "number_suffix": preset.number_suffix,
        "signer_on_behalf": "T/M BAN THƯỜNG VỤ",
        "signer_position": "PHÓ BÍ THƯ",
        "recipients": list(preset.recipients),
    }
    return {"organization": organization, "level_names": levels,
            "structure": {"preset": code, "roles": list(preset.roles)}}


def roles_in_use(settings: Mapping[str, Any]) -> list[str]:
    """The roles the organization assigns, in the usual order (all six by default)."""
    wanted = (settings.get("structure") or {}).get("roles")
    if not isinstance(wanted, list | tuple):
        return list(ALL_ROLES)
    return [role for role in ALL_ROLES if role in wanted]
