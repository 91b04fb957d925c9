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
from dvdesk.domain.messages import N_, msg
from dvdesk.errors import InvalidInput


def run(args) -> int:
    return {"import": import_, "export-xlsx": export}[args.command](args)


def _print_plan(plan, out) -> None:
    from dvdesk.services.importer_report import lines

    for source in plan.sources:
        print(msg("Đọc được: {source}.", source=source), file=out)
    for line in plan.conversion_lines():
        print(msg("Chuyển mã: {line}", line=line), file=out)
    for line in plan.doubt_lines():
        print(msg("Cần xem lại: {line}", line=line), file=out)
    if plan.kind == "reimport":
        diff = lines(plan)
        for key, word in (("conflicts", N_("Xung đột")), ("added", N_("Thêm")),
                          ("changed", N_("Sửa")), ("ended", N_("Kết thúc")),
                          ("assigned", N_("Phân công mới"))):
            for line in diff[key]:
                print(msg("{word}: {line}.", word=msg(word), line=line), file=out)
        for line in plan.extra_changes:  # the month's meetings, as for any own workbook
            print(msg("Thay đổi: {line}.", line=line), file=out)
    else:
        for line in plan.change_lines():
            print(msg("Thay đổi: {line}.", line=line), file=out)
    for warning in plan.warnings:
        print(msg("Cảnh báo: {warning}", warning=warning), file=out)


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
                print(msg("Xem trước (chưa ghi gì): nếu sửa hết lỗi sẽ tạo {summary}",
                          summary=plan.summary()))
        for line in plan.problem_lines():
            print(f"dvdesk: {line}", file=sys.stderr)
        print("dvdesk: " + msg("không nhập gì từ {file}: {count} dòng có lỗi, hãy sửa tệp rồi "
                               "nhập lại.", file=path.name, count=len(plan.problems)),
              file=sys.stderr)
        return 1
    if not args.json:
        _print_plan(plan, out)
    if args.dry_run:
        if not args.json:
            if plan.kind == "reimport":
                print(msg("Xem trước (chưa ghi gì): sẽ ghi {summary}", summary=plan.summary()))
            else:
                print(msg("Xem trước (chưa ghi gì): sẽ tạo {summary}", summary=plan.summary()))
        return 0
    result = apply_plan(db, plan, leave_out=args.leave_out)
    if result["left_out"]:
        print(msg("Đã nhập từ {file}: {summary} (bỏ qua {count} mục: {items})", file=path.name,
                  summary=plan.summary(), count=len(result["left_out"]),
                  items=", ".join(result["left_out"])), file=out)
    else:
        print(msg("Đã nhập từ {file}: {summary}", file=path.name, summary=plan.summary()),
              file=out)
    return 0


def export(args) -> int:
    from dvdesk.services.excel_export import export_workbook

    path = output_path(args.output, ".xlsx")
    result: dict = {}
    write_guarded(lambda: result.update(export_workbook(database(args, create=False), path,
                                                        args.month)), path)
    sheets = ", ".join(msg("{sheet} ({count} dòng)", sheet=name, count=count)
                       for name, count in result["sheets"].items())
    print(msg("Đã xuất Excel vào {path}: {sheets}.", path=str(path), sheets=sheets))
    if args.month and result["month"] is None:
        print("dvdesk: " + msg("tháng {month} chưa có lịch sinh hoạt nên tệp không có trang "
                               "lịch.", month=f"{args.month[5:]}/{args.month[:4]}"),
              file=sys.stderr)
    return 0
