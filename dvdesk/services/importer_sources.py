"""Rows of each kind of workbook turned into plan entries (see ``importer``).

``plan_lists`` handles the hand-made lists read by ``xlsx_lists.read_lists``;
``plan_own`` the program's own export read by ``xlsx_import.read_own``.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from dvdesk.documents.xlsx_lists import KIND_LABELS, read_lists
from dvdesk.domain.messages import msg
from dvdesk.domain.phrases import Joined, with_and
from dvdesk.domain.text import clean
from dvdesk.services.assignments import DecisionRef
from dvdesk.services.importer_catalog import Ambiguous, Ref, fold
from dvdesk.services.importer_sentences import place


def _commune(planner, values: dict, origin, kinds: dict[str, set[str]],
             cluster: Ref | None = None) -> Ref | None:
    name = clean(values.get("commune"))
    if not name:
        only = planner.catalog.only_commune()
        if only is not None:  # a commune's own list names no commune
            return only
        planner.problem(origin, "Xã, thị trấn", msg(
            "Thiếu tên {level} (chỉ bỏ trống được khi cơ sở dữ liệu có một {word}).",
            level=planner.catalog.levels.phrase("commune"),
            word=planner.catalog.levels.word("commune")))
        return None
    kind = values.get("commune_kind") or ""
    if not kind and len(kinds.get(fold(name), ())) == 1:
        kind = next(iter(kinds[fold(name)]))
    try:
        commune = planner.catalog.commune(name, kind, origin, cluster)
    except Ambiguous as error:
        planner.problem(origin, "Xã, thị trấn", error.args[0])
        return None
    if cluster is not None:
        if commune.parent is None and commune.is_new:
            commune.parent = cluster
        elif commune.parent is not cluster and commune.parent is not None \
                and (id(commune), id(cluster)) not in planner.warned:
            planner.warned.add((id(commune), id(cluster)))  # once per commune, not per row
            planner.plan.warnings.append(msg(
                "{place}: {commune} đang thuộc {parent}, danh sách ghi {cluster}; giữ nguyên "
                "{parent}.", place=place(*origin), commune=commune.label(),
                parent=commune.parent.name, cluster=cluster.name))
    return commune


def _cluster(planner, values: dict, origin) -> Ref | None:
    name = clean(values.get("cluster"))
    return planner.catalog.cluster(name, origin) if name else None


def plan_lists(planner, path: Path) -> None:
    lists = read_lists(path)
    kinds: dict[str, set[str]] = defaultdict(set)
    for parsed in lists:
        for row in parsed.rows:
            if row.values.get("commune") and row.values.get("commune_kind"):
                kinds[fold(row.values["commune"])].add(row.values["commune_kind"])
    for parsed in lists:
        planner.plan.problems.extend(parsed.problems)
        planner.plan.conversions.extend(parsed.conversions)
        planner.plan.doubts.extend(parsed.doubts)
        if parsed.kind in KIND_LABELS:
            planner.plan.sources.append(msg(
                "Trang “{sheet}”: {list} ({rows} dòng{notes})", sheet=parsed.sheet,
                list=msg(KIND_LABELS[parsed.kind]), rows=len(parsed.rows),
                notes=_converted_note(parsed)))
        for row in parsed.rows:
            origin = (row.sheet, row.row)
            values = row.values
            if parsed.kind == "hamlet_support":
                _hamlet_row(planner, values, origin, kinds)
            elif parsed.kind == "cell_attendance":
                _cell_row(planner, values, origin, kinds)
            elif parsed.kind == "leads":
                _lead_row(planner, values, origin, kinds)


def _converted_note(parsed) -> Joined:
    """"; 12 ô gõ bằng TCVN3 (ABC) đã chuyển sang Unicode" for a list typed in a legacy table."""
    counts: dict[str, int] = defaultdict(int)
    for cell in parsed.conversions:
        counts[cell.label] += 1
    notes = [msg("{count} ô gõ bằng {encoding}", count=n, encoding=label)
             for label, n in counts.items()]
    parts = [msg("; {cells} đã chuyển sang Unicode", cells=with_and(notes))] \
        if notes else []
    if parsed.doubts:
        parts.append(msg("; {count} ô để nguyên, cần xem lại",
                         count=len({(d.row, d.column) for d in parsed.doubts})))
    return Joined(parts)


def _hamlet_row(planner, values, origin, kinds) -> None:
    cluster = _cluster(planner, values, origin)
    commune = _commune(planner, values, origin, kinds, cluster)
    person = planner.person(values, origin)
    if commune is None or person is None:
        return
    hamlet = planner.catalog.child("hamlet", commune, values["hamlet"], origin,
                                   kind=values.get("hamlet_kind") or "ap")
    planner.assign(origin, person, "hamlet_support", hamlet, planner.on_date)


def _cell_row(planner, values, origin, kinds) -> None:
    commune = _commune(planner, values, origin, kinds, _cluster(planner, values, origin))
    person = planner.person(values, origin)
    if commune is None or person is None:
        return
    name = clean(values["cell"])
    bare = name[len("chi bộ "):] if fold(name).startswith("chi bộ ") else name
    fields = {"hamlet": planner.catalog.find_child("hamlet", commune, bare),
              "cell_type": planner.catalog.cell_type(values.get("cell_type", ""), origin)}
    cell = planner.catalog.child("cell", commune, name, origin, **fields)
    planner.assign(origin, person, "cell_attendance", cell, planner.on_date)


def _lead_row(planner, values, origin, kinds) -> None:
    role = values.get("role")
    cluster = _cluster(planner, values, origin)
    if role == "cluster_leader":
        if cluster is None:
            planner.problem(origin, "Cụm", msg("Trưởng cụm cần ghi tên cụm."))
            return
        person = planner.person(values, origin)
        if person is not None:
            planner.assign(origin, person, role, cluster, planner.on_date)
        return
    if not clean(values.get("commune")):
        planner.problem(origin, "Xã, thị trấn",
                        msg("Người phụ trách xã cần ghi tên xã, thị trấn."))
        return
    commune = _commune(planner, values, origin, kinds, cluster)
    person = planner.person(values, origin)
    if commune is not None and person is not None:
        planner.assign(origin, person, role, commune, planner.on_date)


# ---------------------------------------------------------------------------
# the program's own export


def _unit_of(planner, kind: str, values: dict, origin, create: bool = True) -> Ref | None:
    """The unit a row of "Đơn vị" or "Phân công" names, created in the plan when new."""
    catalog = planner.catalog
    cluster = _cluster(planner, values, origin)
    if kind == "cluster":
        if cluster is None:
            planner.problem(origin, "Cụm", msg("Thiếu tên cụm."))
        return cluster
    kinds = {fold(values.get("commune", "")): {values.get("commune_kind") or "xa"}}
    commune = _commune(planner, {**values, "commune_kind": values.get("commune_kind") or "xa"},
                       origin, kinds, cluster)
    if commune is None or kind == "commune":
        return commune
    hamlet = None
    if clean(values.get("hamlet")):
        hamlet = catalog.child("hamlet", commune, values["hamlet"], origin,
                               kind=values.get("hamlet_kind") or "ap")
    if kind == "hamlet":
        if hamlet is None:
            planner.problem(origin, "Ấp, khu phố", msg("Thiếu tên ấp, khu phố."))
        return hamlet
    if kind == "group":
        if hamlet is None or not clean(values.get("group")):
            planner.problem(origin, "Tổ NDTQ", msg("Tổ NDTQ cần tên tổ và tên ấp, khu phố."))
            return None
        return catalog.child("group", hamlet, values["group"], origin)
    if not clean(values.get("cell")):
        planner.problem(origin, "Chi bộ", msg("Thiếu tên chi bộ."))
        return None
    return catalog.child("cell", commune, values["cell"], origin, hamlet=hamlet,
                         cell_type=catalog.cell_type(values.get("cell_type", ""), origin))


def plan_own(planner, path: Path) -> None:
    """The program's own workbook: re-imported into the database it was exported from, a
    diff (``importer_diff``); otherwise (another database, the template filled in by hand)
    its units, officers and assignments matched by name, as a list's."""
    from dvdesk.documents.xlsx_import import read_own
    from dvdesk.services.importer_diff import plan_reimport
    from dvdesk.store.queries import database_identity

    book = read_own(path)
    plan = planner.plan
    plan.problems.extend(book.problems)
    plan.conversions.extend(book.conversions)
    plan.doubts.extend(book.doubts)
    plan.sources.append(msg("Sổ tính xuất từ DV Desk: {units} đơn vị, {officers} cán bộ, "
                            "{assignments} phân công", units=len(book.units),
                            officers=len(book.officers), assignments=len(book.assignments)))
    keys = book.keys
    if keys is not None and keys.database and keys.database == database_identity(
            planner.session):
        plan.kind, plan.exported_at = "reimport", keys.exported_at
        plan_reimport(planner, book)
    else:
        plan.kind = "export"
        if book.damaged_keys:
            plan.warnings.append(msg("Trang khóa đối chiếu của tệp không đọc được: tệp được nhập "
                                     "như danh sách mới, đối chiếu đơn vị và cán bộ theo tên."))
        elif keys is not None:
            plan.warnings.append(msg("Tệp được xuất từ một cơ sở dữ liệu khác: đơn vị và cán bộ "
                                     "được đối chiếu theo tên, không theo mã."))
        _plan_template(planner, book)
    from dvdesk.services.importer_month import plan_month

    plan_month(planner, path)


def _plan_template(planner, book) -> None:
    for row in book.units:
        _unit_of(planner, row.values["level"], row.values, (row.sheet, row.row))
    people: dict[str, object] = {}
    for row in book.officers:
        origin = (row.sheet, row.row)
        key = row.values["officer_key"]
        if key in people:
            planner.problem(origin, "Mã cán bộ", msg("Mã cán bộ {key} lặp lại.", key=key))
            continue
        values = {**row.values, "level": row.values.get("officer_level")}
        person = planner.person(values, origin)
        if person is not None:
            people[key] = person
    for row in book.assignments:
        assignment_row(planner, people, row.sheet, row.row, row.values)


def assignment_row(planner, people: dict, sheet: str, row_no: int, values: dict) -> None:
    """One row of "Phân công" planned as a new assignment (its officer found by "Mã cán
    bộ" among ``people``, else by name)."""
    from dvdesk.domain.roles import role_unit

    origin = (sheet, row_no)
    key = values.get("officer_key") or ""
    person = people.get(key) if key else None
    if person is None:
        if not clean(values.get("name")):
            planner.problem(origin, "Mã cán bộ",
                            msg("Không có cán bộ mã {key} trong trang “Cán bộ”.", key=key))
            return
        person = planner.person(values, origin)
        if person is None:
            return
        if key:
            people[key] = person
    unit = _unit_of(planner, role_unit(values["role"]).value, values, origin)
    if unit is None:
        return
    if values.get("end") and values["end"] < values["start"]:
        planner.problem(origin, "Đến ngày", msg("Ngày kết thúc trước ngày bắt đầu."))
        return
    decision = None
    if clean(values.get("decision")):
        decision = DecisionRef(clean(values["decision"]), values.get("decision_date"),
                               clean(values.get("signer")))
    planner.assign(origin, person, values["role"], unit, values["start"], values.get("end"),
                   decision, clean(values.get("note")), list_mode=False)
