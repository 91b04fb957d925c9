"""``import FILE.xlsx [--dry-run]`` and ``export-xlsx -o FILE.xlsx [--month]``.

Their options and output are a contract (docs/ARCHITECTURE.md).

Import is all or nothing. Any bad row: nothing is written, one sentence per
problem goes to stderr and the exit code is 1 (``--dry-run`` too, after the
preview, so a script can tell that the file would be refused). A missing file or a file that
is not a workbook is a data problem like a bad row (exit 1); exit 2 stays for
a database that cannot be opened and for command-line usage errors.

``--json`` prints the plan as the diff of ``services.importer_report.as_json`` on
stdout, and nothing else there; ``--leave-out ITEM`` drops an item of it (its
``item`` key) with what depends on it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from dvdesk.commands.common import database
from dvdesk.commands.reports import output_path, write_guarded
from dvdesk.domain.messages import msg
from dvdesk.errors import InvalidInput


def run(args) -> int:
    return {"import": import_, "export-xlsx": export}[args.command](args)


def _print_plan(plan, out) -> None:
    from dvdesk.services.importer_report import lines

    for source in plan.sources:
        print(f"Đọc được: {source}.", file=out)
    for line in plan.conversion_lines():
        print(f"Chuyển mã: {line}", file=out)
    for line in plan.doubt_lines():
        print(f"Cần xem lại: {line}", file=out)
    if plan.kind == "reimport":
        diff = lines(plan)
        for key, word in (("conflicts", "Xung đột"), ("added", "Thêm"), ("changed", "Sửa"),
                          ("ended", "Kết thúc"), ("assigned", "Phân công mới")):
            for line in diff[key]:
                print(f"{word}: {line}.", file=out)
        for line in plan.extra_changes:  # the month's meetings, as for any own workbook
            print(f"Thay đổi: {line}.", file=out)
    else:
        for line in plan.change_lines():
            print(f"Thay đổi: {line}.", file=out)
    for warning in plan.warnings:
        print(f"Cảnh báo: {warning}", file=out)


def import_(args) -> int:
    from dvdesk.services.importer import apply_plan, plan_import
    from dvdesk.services.importer_report import as_json, items

    path = Path(args.file).expanduser()
    db = database(args)
    plan = plan_import(db, path)
    if args.leave_out:
        known = {entry["item"] for kind in items(plan).values() for entry in kind
                 if "item" in entry}
        unknown = [item for item in args.leave_out if item not in known]
        if unknown:
            raise InvalidInput(msg("Không có mục “{item}” trong bản xem trước của tệp {file}.",
                                   item=unknown[0], file=path.name))
    if args.json:
        # stdout holds the JSON alone (the plan, also when it is applied); sentences go
        # to stderr.
        print(json.dumps(as_json(plan), ensure_ascii=False, indent=2))
    out = sys.stderr if args.json else sys.stdout
    if plan.problems:
        if not args.json:
            _print_plan(plan, out)
            if args.dry_run:
                print(f"Xem trước (chưa ghi gì): nếu sửa hết lỗi sẽ tạo {plan.summary()}")
        for line in plan.problem_lines():
            print(f"dvdesk: {line}", file=sys.stderr)
        print(f"dvdesk: không nhập gì từ {path.name}: {len(plan.problems)} dòng có lỗi, "
              "hãy sửa tệp rồi nhập lại.", file=sys.stderr)
        return 1
    if not args.json:
        _print_plan(plan, out)
    if args.dry_run:
        if not args.json:
            print(f"Xem trước (chưa ghi gì): sẽ {_verb(plan)} {plan.summary()}")
        return 0
    result = apply_plan(db, plan, leave_out=args.leave_out)
    left = ""
    if result["left_out"]:
        left = f" (bỏ qua {len(result['left_out'])} mục: {', '.join(result['left_out'])})"
    print(f"Đã nhập từ {path.name}: {plan.summary()}{left}", file=out)
    return 0


def _verb(plan) -> str:
    return "ghi" if plan.kind == "reimport" else "tạo"


def export(args) -> int:
    from dvdesk.services.excel_export import export_workbook

    path = output_path(args.output, ".xlsx")
    result: dict = {}
    write_guarded(lambda: result.update(export_workbook(database(args, create=False), path,
                                                        args.month)), path)
    sheets = ", ".join(f"{name} ({count} dòng)" for name, count in result["sheets"].items())
    print(f"Đã xuất Excel vào {path}: {sheets}.")
    if args.month and result["month"] is None:
        print(f"dvdesk: tháng {args.month[5:]}/{args.month[:4]} chưa có lịch sinh hoạt nên tệp "
              "không có trang lịch.", file=sys.stderr)
    return 0
