"""The assignment list (Danh sách phân công … kèm theo Quyết định số …) as a PDF.

A page that starts inside a commune repeats the commune's heading "(tiếp theo)",
and one that starts among a unit's officers names the unit again.

``write_assignments_pdf(data, settings, path)`` prints the data of
``dvdesk.services.documents.assignment_list_data``: for each cluster its
leader, then one table whose groups are the communes; each commune lists the
district committee member and the provincial leader in charge, then every
hamlet with the officer who follows and supports it (title and phone), and,
when asked, every cell with the officers attending it.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from dvdesk.documents.calendar_pdf import (
    header_from_settings,
    recipients_from_settings,
    signer_from_settings,
)
from dvdesk.documents.official import TableSpec, build_official_pdf
from dvdesk.documents.pdf_layout import make_styles, text
from dvdesk.domain.presets import ALL_ROLES, roles_in_use
from dvdesk.domain.roles import role_name
from dvdesk.domain.text import clean
from dvdesk.domain.units import LevelNames, level_names

HEADERS = ["STT", "Đơn vị", "Họ và tên", "Chức vụ, đơn vị công tác", "Điện thoại"]
WIDTHS = [11, 36, 37, 48, 28]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]


def roman(n: int) -> str:
    """1 -> I … 39 -> XXXIX (clusters rarely pass a few dozen)."""
    tens, ones = divmod(n, 10)
    return "X" * tens + (ROMAN[ones - 1] if ones else "")


def position_text(officer: dict) -> str:
    title, workplace = clean(officer.get("title")), clean(officer.get("workplace"))
    if workplace and workplace.lower() not in title.lower():
        return f"{title}, {workplace}" if title else workplace
    return title


def _people_rows(unit: str, officers: list[dict],
                 missing: str = "(chưa phân công)") -> list[list[str]]:
    """One row per officer (the unit named on the first), so names, titles and phones line up."""
    if not officers:
        return [["", unit, missing, "", ""]]
    return [["", unit if i == 0 else "", clean(o["name"]), position_text(o),
             clean(o.get("phone"))] for i, o in enumerate(officers)]


def cluster_table(cluster: dict, include_cells: bool,
                  roles: list[str] = ALL_ROLES) -> TableSpec | None:
    rows: list[list[str]] = []
    groups: dict[int, str] = {}
    number = 0
    for index, commune in enumerate(cluster["communes"], 1):
        label = clean(commune["label"])
        groups[len(rows)] = f"{index}. {label[:1].upper()}{label[1:]}"
        if "commune_lead" in roles:  # a commune's own list has no lead of itself
            rows += _people_rows("Cấp ủy phụ trách", commune["leads"])
        if commune["liaisons"]:
            rows += _people_rows("Lãnh đạo tỉnh phụ trách", commune["liaisons"])
        for hamlet in commune["hamlets"]:
            number += 1
            hamlet_rows = _people_rows(clean(hamlet["name"]), hamlet["officers"])
            hamlet_rows[0][0] = str(number)
            rows += hamlet_rows
        if include_cells:
            for cell in commune["cells"]:
                rows += _people_rows(clean(cell["name"]), cell["officers"])
    if not rows:
        return None
    # The unit is written on its first officer's row only: a page that starts among a
    # unit's officers names the unit again (and its number).
    return TableSpec(headers=HEADERS, rows=rows, col_widths_mm=WIDTHS, group_rows=groups,
                     align=["center", "left", "left", "left", "center"], font_size=12.5,
                     carry_columns=[1, 0])


def list_summary(levels: LevelNames, roles: list[str]) -> str:
    """ "phân công cán bộ phụ trách cụm vùng, xã và theo dõi, hỗ trợ ấp, khu phố", with the
    levels the organization leads (a commune leads none of its own)."""
    led = [levels.phrase(kind) for kind, role in (("cluster", "cluster_leader"),
                                                  ("commune", "commune_lead"))
           if role in roles and levels.used(kind)]
    followed = f"theo dõi, hỗ trợ {levels.phrase('hamlet')}"
    if led:
        return f"phân công cán bộ phụ trách {', '.join(led)} và {followed}"
    return f"phân công cán bộ {followed}"


def decisions_line(numbers: list[str]) -> str:
    numbers = [clean(n) for n in numbers if clean(n)]
    if not numbers:
        return ""
    if len(numbers) == 1:
        return f"(Kèm theo Quyết định số {numbers[0]})"
    return f"(Kèm theo các Quyết định số {', '.join(numbers)})"


def write_assignments_pdf(data: dict, settings: dict, path, *, number: str = "",
                          date=None) -> None:
    """Write the list; ``number`` ("25-DS/HU") and ``date`` print in the header, and are
    left as blanks to fill in by hand when not given."""
    styles = make_styles()
    heading = styles.slip_heading
    levels = level_names(settings)
    roles = roles_in_use(settings)
    leader = role_name("cluster_leader", levels)
    body: list = []
    for index, cluster in enumerate(data["clusters"], 1):
        leaders = cluster.get("leaders") if "cluster_leader" in roles else []
        if clean(cluster["name"]) and levels.used("cluster"):
            # without a cluster level the communes stand alone
            title = f"{roman(index)}. {clean(cluster['name']).upper()}"
            body.append(Paragraph(f"<b>{text(title)}</b>", heading))
        if leaders:
            who = "; ".join(f"đồng chí {clean(o['name'])}"
                            + (f", {position_text(o)}" if position_text(o) else "")
                            for o in leaders)
            body.append(Paragraph(f"{text(leader)}: {text(who)}.", heading))
        elif cluster.get("id") is not None and "cluster_leader" in roles:
            body.append(Paragraph(f"{text(leader)}: (chưa phân công).", heading))
        body.append(Spacer(1, 2 * mm))
        table = cluster_table(cluster, data.get("include_cells", False), roles)
        if table is not None:
            body.append(table)
    if not data["clusters"]:
        body.append("Chưa có đơn vị nào trong cơ sở dữ liệu.")
    summary = list_summary(levels, roles)
    if data.get("include_cells"):
        summary += "; cấp ủy dự sinh hoạt chi bộ"
    header = header_from_settings(
        settings, number=number, date=date, doc_type="DANH SÁCH", summary=summary,
        subtitle=decisions_line(data.get("decisions") or []),
    )
    build_official_pdf(path, header, body, recipients_from_settings(settings),
                       signer_from_settings(settings))
