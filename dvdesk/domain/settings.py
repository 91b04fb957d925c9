"""Organization settings and their defaults (Đơn vị chủ quản, header lines, rules …).

Level names, header lines and rule limits are data, not code: the same program
serves a district, a province or a merged commune.
"""

from __future__ import annotations

import copy
from typing import Any

DEFAULT_SETTINGS: dict[str, Any] = {
    "organization": {
        "name": "",
        "superior_body": "ĐẢNG BỘ TỈNH",
        "issuing_body": "HUYỆN ỦY",
        "short_name": "Huyện ủy",
        "place": "",
        "number_suffix": "-LT/HU",
        "signer_on_behalf": "T/M BAN THƯỜNG VỤ",
        "signer_position": "PHÓ BÍ THƯ",
        "signer_name": "",
        "recipients": ["Thường trực Tỉnh ủy (b/c)", "Các đồng chí Huyện ủy viên",
                       "Các đảng ủy xã, thị trấn", "Lưu Văn phòng Huyện ủy"],
    },
    # Which organization this is (huyen, tinh, xa: domain/presets.py) and the roles it
    # assigns; a role left out is not offered, counted or printed.
    "structure": {
        "preset": "huyen",
        "roles": ["cluster_leader", "commune_lead", "province_liaison", "hamlet_support",
                  "cell_attendance", "group_support"],
    },
    # The name of each level; an empty cluster name: no cluster level (a commune).
    "level_names": {
        "cluster": "Cụm vùng",
        "commune": "Xã, thị trấn",
        "hamlet": "Ấp, khu phố",
        "cell": "Chi bộ",
        "group": "Tổ NDTQ",
    },
    # Per role: how many current holders a unit must / may have, how many units one
    # officer may hold, and whether breaking each limit is refused (hard) or a warning.
    "rules": {
        "cluster_leader": {"unit_min": 1, "unit_max": 1, "unit_hard": True,
                           "officer_max": 1, "officer_hard": False},
        "commune_lead": {"unit_min": 1, "unit_max": 1, "unit_hard": True,
                         "officer_max": 2, "officer_hard": False},
        "province_liaison": {"unit_min": 0, "unit_max": 1, "unit_hard": True,
                             "officer_max": 2, "officer_hard": False},
        "hamlet_support": {"unit_min": 1, "unit_max": 1, "unit_hard": True,
                           "officer_max": 1, "officer_hard": False},
        "cell_attendance": {"unit_min": 1, "unit_max": None, "unit_hard": False,
                            "officer_max": 1, "officer_max_standing": 5,
                            "officer_hard": False},
        "group_support": {"unit_min": 1, "unit_max": None, "unit_hard": False,
                          "officer_max": 3, "officer_hard": False},
    },
    # How the documents are laid out: the compact calendar puts each meeting's
    # attendees on one line and narrows the place column, for fewer pages.
    "documents": {
        "compact_calendar": False,
    },
    "calendar": {
        "committee_window": [7, 9],
        "cell_window": [10, 15],
        "sessions": {"sang": "07:30", "chieu": "14:00", "toi": "19:00"},
        "use_evening": True,
        "blocked_days": {},
    },
    # Mailing the personal schedules: the SMTP server and the sender. The password is
    # never kept here (the system keyring, or DVDESK_SMTP_PASSWORD when sending).
    "mail": {
        "host": "",
        "port": 587,
        "security": "starttls",  # starttls | ssl | none
        "user": "",
        "sender": "",
        "sender_name": "",
    },
    # Phản ánh, kiến nghị: the fields a matter is filed under, and the answer deadline
    # in working days (weekends and public holidays skipped), ordinary and complex.
    "feedback": {
        "fields": ["Đất đai", "Hạ tầng", "Môi trường", "An sinh xã hội", "An ninh trật tự",
                   "Khác"],
        "deadline_days": 7,
        "complex_deadline_days": 15,
    },
}


def merged(stored: dict[str, Any]) -> dict[str, Any]:
    """Defaults overlaid with what is stored, one level deep per section."""
    result = copy.deepcopy(DEFAULT_SETTINGS)
    for key, value in stored.items():
        if isinstance(value, dict) and isinstance(result.get(key), dict):
            if key == "rules":
                for role, rule in value.items():
                    result["rules"].setdefault(role, {}).update(rule)
            else:
                result[key].update(value)
        else:
            result[key] = value
    return result
