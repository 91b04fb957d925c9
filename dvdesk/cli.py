"""The command line. Its commands and JSON shapes are a contract (docs/ARCHITECTURE.md).

Each subcommand's work lives in ``dvdesk.commands.<name>``, imported only when
that subcommand runs, so ``dvdesk --version`` and ``check`` start fast and never
load Qt, reportlab or openpyxl unless they need them.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from dvdesk import __version__
from dvdesk.domain.messages import msg
from dvdesk.errors import DvDeskError

PAGES = ["units", "officers", "assignments", "calendar", "reports", "attendance", "feedback"]

# subcommand -> module in dvdesk.commands that has run(args) -> int
HANDLERS = {
    "gui": "gui",
    "demo": "basic",
    "check": "basic",
    "backup": "basic",
    "restore": "basic",
    "import": "excel",
    "export-xlsx": "excel",
    "calendar": "calendar",
    "report": "reports",
    "attendance": "attendance",
    "feedback": "feedback",
    "unavailable": "unavailable",
    "settings": "settings",
    "officer": "officers",
    "units": "units",
}


def month_arg(text: str) -> str:
    from dvdesk.domain.validate import ValueProblem, month_parts

    try:
        month_parts(text)
    except ValueProblem as problem:
        message = str(problem)
        raise argparse.ArgumentTypeError(message[:1].lower() + message[1:]) from problem
    return text


class Parser(argparse.ArgumentParser):
    """argparse's parser, its usage on one line however long: a usage error is then two
    lines, the usage and the sentence saying what was wrong (the help still wraps)."""

    def format_usage(self) -> str:
        formatter = self.formatter_class(prog=self.prog, width=10_000)
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return formatter.format_help()


def build_parser() -> argparse.ArgumentParser:
    """The command line's parser, in the language in force (``dvdesk.i18n``): build it and
    parse with it inside ``argparse_words`` for argparse's own words to be in it too."""
    parser = Parser(
        prog="dvdesk",
        description=msg("DV Desk — phân công theo dõi cơ sở và lịch sinh hoạt đảng ủy, chi bộ."),
    )
    parser.add_argument("--version", action="version", version=f"dvdesk {__version__}",
                        help=msg("in số phiên bản của chương trình rồi thoát"))
    parser.add_argument("--db", metavar="PATH_OR_URL",
                        help=msg("tệp SQLite hoặc địa chỉ SQLAlchemy (mặc định: DVDESK_DB "
                                 "hoặc tệp trong thư mục dữ liệu người dùng)"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = sub.add_parser("gui", help=msg("mở cửa sổ chương trình"))
    gui.add_argument("--page", choices=PAGES)
    gui.add_argument("--month", type=month_arg)
    gui.add_argument("--screenshot", metavar="FILE.png",
                     help=msg("vẽ trang, lưu ảnh PNG rồi thoát (chạy được không cần màn hình)"))

    demo = sub.add_parser("demo", help=msg("tạo dữ liệu mẫu"))
    demo.add_argument("--scale", choices=["district", "province", "commune"],
                      default="district", help=msg("huyện (trước 7/2025), tỉnh, hoặc một xã "
                                                   "sau sáp nhập (Đảng ủy xã)"))
    demo.add_argument("--force", action="store_true", help=msg("thay dữ liệu đang có"))
    demo.add_argument("--keep-existing", action="store_true",
                      help=msg("nếu đã có dữ liệu thì giữ nguyên và không báo lỗi"))

    check = sub.add_parser("check", help=msg("kiểm tra phân công; mã thoát 1 nếu có lỗi"))
    check.add_argument("--json", action="store_true")
    check.add_argument("--date", help=msg("ngày kiểm tra (YYYY-MM-DD, mặc định hôm nay)"))

    backup = sub.add_parser("backup", help=msg("sao lưu cơ sở dữ liệu"))
    backup.add_argument("-o", "--output", required=True, metavar="FILE")

    restore = sub.add_parser("restore", help=msg("khôi phục cơ sở dữ liệu từ một bản sao lưu"))
    restore.add_argument("file", metavar="FILE",
                         help=msg("bản sao .db (cơ sở dữ liệu SQLite) hoặc .json (nạp vào cơ sở "
                                  "dữ liệu trống)"))

    imp = sub.add_parser("import", help=msg("nhập danh sách Excel (tất cả hoặc không gì cả)"))
    imp.add_argument("file", metavar="FILE.xlsx")
    imp.add_argument("--dry-run", action="store_true", help=msg("chỉ xem trước, không ghi"))
    imp.add_argument("--json", action="store_true",
                     help=msg("in các thay đổi (thêm, sửa, kết thúc, phân công, xung đột, lỗi) "
                              "dạng JSON"))
    imp.add_argument("--leave-out", action="append", default=[], metavar="ITEM",
                     help=msg("bỏ qua một mục của bản xem trước (khóa “item” trong JSON); "
                              "có thể lặp lại"))

    exp = sub.add_parser("export-xlsx", help=msg("xuất Excel"))
    exp.add_argument("-o", "--output", required=True, metavar="FILE.xlsx")
    exp.add_argument("--month", type=month_arg)

    cal = sub.add_parser("calendar", help=msg("lịch sinh hoạt tháng"))
    cal_sub = cal.add_subparsers(dest="action", metavar="ACTION", required=True)
    new = cal_sub.add_parser("new", help=msg("tạo lịch tháng"))
    new.add_argument("month", type=month_arg)
    new.add_argument("--copy-previous", action="store_true")
    plan = cal_sub.add_parser("plan", help=msg("xếp lịch tự động; in các xung đột còn lại"))
    plan.add_argument("month", type=month_arg)
    conflicts = cal_sub.add_parser("conflicts", help=msg("liệt kê xung đột; mã thoát 1 nếu có"))
    conflicts.add_argument("month", type=month_arg)
    conflicts.add_argument("--json", action="store_true")
    show = cal_sub.add_parser("show", help=msg("xem lịch"))
    show.add_argument("month", type=month_arg)
    show.add_argument("--json", action="store_true")
    show.add_argument("--version", type=int, dest="version")
    approve = cal_sub.add_parser("approve", help=msg("duyệt lịch"))
    approve.add_argument("month", type=month_arg)
    approve.add_argument("--number", required=True)
    approve.add_argument("--by", default="")
    approve.add_argument("--date", help=msg("ngày duyệt (YYYY-MM-DD, mặc định hôm nay)"))
    approve.add_argument("--signer", metavar="NAME",
                         help=msg("người ký văn bản (mặc định: theo cài đặt)"))
    approve.add_argument("--signer-title", metavar="TITLE",
                         help=msg("chức vụ người ký, ví dụ PHÓ BÍ THƯ (mặc định: theo cài đặt)"))
    revise = cal_sub.add_parser("revise", help=msg("mở bản điều chỉnh của lịch đã duyệt"))
    revise.add_argument("month", type=month_arg)
    pdf = cal_sub.add_parser("pdf", help=msg("in lịch ra PDF (cả tháng, một xã, một cụm, "
                                              "hoặc mỗi xã một tệp)"))
    pdf.add_argument("month", type=month_arg)
    pdf.add_argument("-o", "--output", required=True, metavar="FILE.pdf",
                     help=msg("tệp PDF; với --per-commune là thư mục"))
    pdf.add_argument("--version", type=int, dest="version")
    which = pdf.add_mutually_exclusive_group()
    which.add_argument("--commune", type=int, metavar="ID",
                       help=msg("chỉ các cuộc họp của một xã (mã trong: dvdesk units list)"))
    which.add_argument("--cluster", type=int, metavar="ID",
                       help=msg("chỉ các cuộc họp của một cụm"))
    which.add_argument("--per-commune", action="store_true",
                       help=msg("mỗi xã một tệp PDF, ghi vào thư mục -o"))
    docx = cal_sub.add_parser("docx", help=msg("xuất lịch ra tệp Word (.docx) để chỉnh sửa"))
    docx.add_argument("month", type=month_arg)
    docx.add_argument("-o", "--output", required=True, metavar="FILE.docx")
    docx.add_argument("--version", type=int, dest="version")
    which = docx.add_mutually_exclusive_group()
    which.add_argument("--commune", type=int, metavar="ID")
    which.add_argument("--cluster", type=int, metavar="ID")

    report = sub.add_parser("report", help=msg("văn bản, báo cáo PDF"))
    rep_sub = report.add_subparsers(dest="kind", metavar="KIND", required=True)
    ra = rep_sub.add_parser("assignments", help=msg("danh sách phân công"))
    ra.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    rp = rep_sub.add_parser("personal", help=msg("lịch cá nhân từng cán bộ"))
    rp.add_argument("month", type=month_arg)
    rp.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    rp.add_argument("--version", type=int, dest="version",
                    help=msg("bản lịch (mặc định: bản mới nhất)"))
    rat = rep_sub.add_parser("attendance", help=msg("báo cáo dự họp tháng"))
    rat.add_argument("month", type=month_arg)
    rat.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    rat.add_argument("--version", type=int, dest="version")
    for numbered in (ra, rat):
        numbered.add_argument("--number", metavar="N",
                              help=msg("số văn bản, ví dụ 20-BC/HU (bỏ trống: chừa chỗ điền tay)"))
        numbered.add_argument("--date", metavar="YYYY-MM-DD",
                              help=msg("ngày ban hành (bỏ trống: chừa chỗ điền tay)"))
    _after_meetings(sub, rep_sub)
    _schedules(sub, cal_sub, rep_sub, rp)
    _units(sub)
    return parser


UNIT_KINDS = ["cluster", "commune", "hamlet", "cell", "group"]


def _units(sub) -> None:
    """``units list | merge | rename | proposals | carry-over | who`` (DESIGN §12)."""
    units = sub.add_parser("units", help=msg("đơn vị: danh sách, sáp nhập, đổi tên (có lịch sử)"))
    units_sub = units.add_subparsers(dest="action", metavar="ACTION", required=True)
    lst = units_sub.add_parser("list", help=msg("danh sách đơn vị với mã số"))
    lst.add_argument("--kind", choices=UNIT_KINDS)
    lst.add_argument("--json", action="store_true")
    lst.add_argument("--all", action="store_true",
                     help=msg("cả đơn vị đã xóa hoặc đã sáp nhập"))
    merge = units_sub.add_parser("merge", help=msg("sáp nhập các xã (hoặc các thôn, ấp) thành một "
                                                   "đơn vị mới từ một ngày"))
    merge.add_argument("ids", type=id_arg, nargs="+", metavar="ID")
    merge.add_argument("--into", required=True, metavar="NAME",
                       help=msg("tên đơn vị mới, ví dụ \"Xã Tân Phú\" hoặc \"Phường An Hội\""))
    merge.add_argument("--on", required=True, metavar="YYYY-MM-DD", help=msg("ngày có hiệu lực"))
    merge.add_argument("--kind", choices=["commune", "hamlet"], default="commune")
    rename = units_sub.add_parser("rename", help=msg("đổi tên một đơn vị từ một ngày"))
    rename.add_argument("id", type=id_arg, metavar="ID")
    rename.add_argument("name", metavar="NAME")
    rename.add_argument("--on", required=True, metavar="YYYY-MM-DD", help=msg("ngày có hiệu lực"))
    rename.add_argument("--kind", choices=UNIT_KINDS, default="commune")
    offered = units_sub.add_parser("proposals", help=msg("phân công của các đơn vị đã sáp nhập, "
                                                         "đề xuất tiếp tục cho đơn vị mới"))
    carry = units_sub.add_parser("carry-over", help=msg("tiếp tục cho đơn vị mới các phân công "
                                                        "được đề xuất (tất cả hoặc --only)"))
    for parser in (offered, carry):
        parser.add_argument("id", type=id_arg, metavar="ID", help=msg("mã đơn vị mới"))
        parser.add_argument("--kind", choices=["commune", "hamlet"], default="commune")
    offered.add_argument("--json", action="store_true")
    carry.add_argument("--only", type=id_arg, nargs="+", metavar="N",
                       help=msg("số thứ tự các đề xuất (theo: dvdesk units proposals)"))
    carry.add_argument("--accept-warnings", action="store_true",
                       help=msg("vẫn phân công khi vượt mức thường lệ"))
    who = units_sub.add_parser("who", help=msg("ai phụ trách đơn vị vào một ngày (kể cả trước, sau "
                                               "sáp nhập)"))
    who.add_argument("id", type=id_arg, metavar="ID")
    who.add_argument("--on", required=True, metavar="YYYY-MM-DD")
    who.add_argument("--kind", choices=UNIT_KINDS, default="commune")
    who.add_argument("--json", action="store_true")


def id_arg(text: str) -> int:
    if not text.isdigit() or not 0 < int(text) < 2**63:
        raise argparse.ArgumentTypeError(msg("mã phải là số nguyên dương, không phải {text}",
                                             text=repr(text)))
    return int(text)


def _after_meetings(sub, rep_sub) -> None:
    """``attendance …``, ``feedback …`` and ``report feedback`` (DESIGN §12)."""
    att = sub.add_parser("attendance", help=msg("dự họp: ghi nhận, bảng theo dõi, tỷ lệ"))
    att_sub = att.add_subparsers(dest="action", metavar="ACTION", required=True)
    sheet = att_sub.add_parser("sheet", help=msg("xuất bảng theo dõi dự họp của tháng (Excel)"))
    sheet.add_argument("month", type=month_arg)
    sheet.add_argument("-o", "--output", required=True, metavar="FILE.xlsx")
    imp = att_sub.add_parser("import", help=msg("nhập bảng theo dõi đã điền (tất cả hoặc không)"))
    imp.add_argument("file", metavar="FILE.xlsx")
    imp.add_argument("--dry-run", action="store_true", help=msg("chỉ xem trước, không ghi"))
    rec = att_sub.add_parser("record", help=msg("ghi nhận dự họp của một cán bộ"))
    rec.add_argument("month", type=month_arg)
    rec.add_argument("--meeting", type=id_arg, required=True, metavar="ID")
    rec.add_argument("--officer", type=id_arg, required=True, metavar="ID")
    rec.add_argument("--status", required=True, choices=["present", "excused", "absent"])
    rec.add_argument("--reason", default="", metavar="TEXT")
    allp = att_sub.add_parser("all-present", help=msg("ghi có mặt cho mọi cán bộ chưa ghi nhận"))
    allp.add_argument("month", type=month_arg)
    allp.add_argument("--meeting", type=id_arg, required=True, metavar="ID")
    show = att_sub.add_parser("show", help=msg("kết quả dự họp và tỷ lệ của tháng (đến tháng)"))
    show.add_argument("month", type=month_arg)
    show.add_argument("--to", type=month_arg, metavar="YYYY-MM")
    show.add_argument("--json", action="store_true")

    fb = sub.add_parser("feedback", help=msg("phản ánh, kiến nghị của nhân dân"))
    fb_sub = fb.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = fb_sub.add_parser("add", help=msg("tiếp nhận một phản ánh, kiến nghị; in số của nó"))
    add.add_argument("--hamlet", type=id_arg, required=True, metavar="ID")
    add.add_argument("--officer", type=id_arg, required=True, metavar="ID")
    add.add_argument("--received", required=True, metavar="YYYY-MM-DD")
    add.add_argument("--field", required=True, metavar="TEXT")
    add.add_argument("--content", required=True, metavar="TEXT")
    add.add_argument("--complex", action="store_true", help=msg("vụ việc phức tạp (hạn dài hơn)"))
    add.add_argument("--by", default="", metavar="TEXT", help=msg("người, nhóm phản ánh"))
    steps = {"forward": (msg("chuyển đến cơ quan giải quyết"), "--to", "BODY"),
             "answer": (msg("ghi trả lời của cơ quan giải quyết"), "--text", "TEXT"),
             "resolve": (msg("ghi đã giải quyết xong"), "--note", "TEXT"),
             "close": (msg("đóng, không giải quyết (ghi lý do)"), "--reason", "TEXT")}
    for name, (text, option, metavar) in steps.items():
        step = fb_sub.add_parser(name, help=text)
        step.add_argument("id", type=id_arg, metavar="ID")
        step.add_argument(option, required=name != "resolve", default="", metavar=metavar)
        step.add_argument("--on", metavar="YYYY-MM-DD", help=msg("ngày (mặc định hôm nay)"))
    lst = fb_sub.add_parser("list", help=msg("danh sách phản ánh, kiến nghị"))
    export = fb_sub.add_parser("export", help=msg("xuất danh sách ra Excel"))
    export.add_argument("-o", "--output", required=True, metavar="FILE.xlsx")
    export.add_argument("--period", metavar="YYYY[-MM]",
                        help=msg("chỉ những phản ánh nhận trong kỳ"))
    for parser in (lst, export):
        parser.add_argument("--status", choices=["received", "forwarded", "answered",
                                                 "resolved", "closed"])
        parser.add_argument("--overdue", action="store_true",
                            help=msg("chỉ những phản ánh quá hạn"))
        parser.add_argument("--on", metavar="YYYY-MM-DD",
                            help=msg("ngày xét quá hạn (mặc định hôm nay)"))
        parser.add_argument("--field", default="", metavar="TEXT")
        parser.add_argument("--commune", type=id_arg, metavar="ID")
        parser.add_argument("--officer", type=id_arg, metavar="ID")
        parser.add_argument("--search", default="", metavar="TEXT")
    lst.add_argument("--json", action="store_true")
    one = fb_sub.add_parser("show", help=msg("một phản ánh, kiến nghị và các bước đã qua"))
    one.add_argument("id", type=id_arg, metavar="ID")
    one.add_argument("--on", metavar="YYYY-MM-DD")
    one.add_argument("--json", action="store_true")

    rfb = rep_sub.add_parser("feedback", help=msg("báo cáo phản ánh, kiến nghị tháng hoặc năm"))
    rfb.add_argument("period", metavar="YYYY[-MM]")
    rfb.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    rfb.add_argument("--on", metavar="YYYY-MM-DD",
                     help=msg("ngày xét quá hạn (mặc định cuối kỳ, hoặc hôm nay nếu kỳ chưa hết)"))
    rfb.add_argument("--number", default="", metavar="N", help=msg("số văn bản"))
    rfb.add_argument("--date", metavar="YYYY-MM-DD", help=msg("ngày ký văn bản"))


def _schedules(sub, cal_sub, rep_sub, personal) -> None:
    """Each officer's schedule and the changes of a revision (DESIGN §11, §12): ``calendar
    changes | ics | send``, ``report changes``, ``report personal --changed-only`` and
    ``unavailable …``."""
    versions = {"--from": ("from_version", msg("bản gốc (mặc định: bản đã duyệt gần nhất trước "
                                               "bản --to)")),
                "--to": ("to_version", msg("bản so sánh (mặc định: bản mới nhất)"))}
    changes = cal_sub.add_parser("changes",
                                 help=msg("những gì thay đổi giữa hai bản của lịch tháng"))
    rch = rep_sub.add_parser("changes", help=msg("thông báo điều chỉnh lịch sinh hoạt (PDF)"))
    for parser in (changes, rch):
        parser.add_argument("month", type=month_arg)
        for option, (dest, text) in versions.items():
            parser.add_argument(option, type=id_arg, dest=dest, metavar="N", help=text)
    changes.add_argument("--json", action="store_true")
    rch.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    rch.add_argument("--number", metavar="N", help=msg("số thông báo (mặc định: số của bản "
                                                       "điều chỉnh đã duyệt; bỏ trống: điền tay)"))
    rch.add_argument("--date", metavar="YYYY-MM-DD", help=msg("ngày ban hành"))

    ics = cal_sub.add_parser("ics", help=msg("tệp lịch iCalendar (.ics) cả tháng và từng cán bộ"))
    ics.add_argument("month", type=month_arg)
    ics.add_argument("-o", "--output", required=True, metavar="FOLDER")
    ics.add_argument("--version", type=int, dest="version")

    send = cal_sub.add_parser("send", help=msg("gửi e-mail lịch cá nhân (PDF và .ics) cho từng "
                                               "cán bộ"))
    send.add_argument("month", type=month_arg)
    send.add_argument("--changed-only", action="store_true",
                      help=msg("chỉ những cán bộ có thay đổi trong lần điều chỉnh mới nhất"))
    send.add_argument("--dry-run", action="store_true", help=msg("chỉ liệt kê, không gửi"))

    personal.add_argument("--changed-only", action="store_true",
                          help=msg("chỉ phiếu của cán bộ có thay đổi trong lần điều chỉnh "
                                   "mới nhất"))

    st = sub.add_parser("settings", help=msg("xem và sửa cài đặt (tên cấp: level_names.*, "
                                             "máy chủ thư: mail.*)"))
    st_sub = st.add_subparsers(dest="action", metavar="ACTION", required=True)
    st_show = st_sub.add_parser("show", help=msg("xem mọi cài đặt"))
    st_show.add_argument("--json", action="store_true")
    st_set = st_sub.add_parser("set", help=msg("sửa một cài đặt NHÓM.TÊN, ví dụ mail.host"))
    st_set.add_argument("key", metavar="KEY")
    st_set.add_argument("value", metavar="VALUE",
                        help=msg("giá trị; với mail.password: - rồi nhập mật khẩu"))
    st_preset = st_sub.add_parser("preset", help=msg("áp dụng mẫu tổ chức: huyen (Huyện ủy), tinh "
                                                     "(Tỉnh ủy), xa (Đảng ủy xã, phường)"))
    st_preset.add_argument("preset", choices=["huyen", "tinh", "xa"])

    una = sub.add_parser("unavailable", help=msg("cán bộ vắng: nghỉ phép, đi công tác, học tập"))
    una_sub = una.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = una_sub.add_parser("add", help=msg("báo vắng từ ngày đến ngày"))
    add.add_argument("officer", type=id_arg, metavar="OFFICER_ID")
    add.add_argument("first", metavar="FROM", help=msg("ngày đầu (YYYY-MM-DD)"))
    add.add_argument("last", metavar="TO", help=msg("ngày cuối (YYYY-MM-DD)"))
    add.add_argument("--reason", default="", metavar="TEXT",
                     help=msg("lý do: nghỉ phép, đi công tác, học tập …"))
    lst = una_sub.add_parser("list", help=msg("danh sách cán bộ vắng"))
    lst.add_argument("--json", action="store_true")
    lst.add_argument("--officer", type=id_arg, metavar="ID")
    lst.add_argument("--month", type=month_arg, help=msg("chỉ những lần vắng trong tháng"))
    remove = una_sub.add_parser("remove", help=msg("bỏ một lần báo vắng"))
    remove.add_argument("id", type=id_arg, metavar="ID")

    off = sub.add_parser("officer", help=msg("cán bộ: sửa thông tin ngoài cửa sổ"))
    off_sub = off.add_subparsers(dest="action", metavar="ACTION", required=True)
    oset = off_sub.add_parser("set", help=msg("sửa thông tin một cán bộ"))
    oset.add_argument("officer", type=id_arg, metavar="OFFICER_ID")
    oset.add_argument("--email", metavar="ADDRESS",
                      help=msg("địa chỉ nhận lịch cá nhân (\"\" để xóa)"))


def _utf8_streams() -> None:
    # A path may hold bytes that are not UTF-8: print them as \xNN, never crash on them.
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(encoding="utf-8", errors="backslashreplace")
        except (AttributeError, ValueError):
            pass


def _stderr(sentence: str) -> None:
    if sys.stderr is not None:
        try:
            print(f"dvdesk: {sentence}", file=sys.stderr, flush=True)
        except (OSError, ValueError):
            pass


def main(argv: list[str] | None = None) -> int:
    from dvdesk.i18n import language_from_environment

    _utf8_streams()
    language_from_environment()
    if sys.stdout is None:  # started with standard output closed: report, do nothing
        _stderr(msg("đầu ra chuẩn (stdout) đã bị đóng nên không in được kết quả; không làm "
                    "gì cả."))
        return 2
    try:
        return _main(argv)
    except OSError as error:  # standard output full or gone while printing the result
        if isinstance(error, BrokenPipeError):
            return 0
        _stderr(msg("không in được kết quả ra đầu ra chuẩn (mã lỗi hệ thống {code}).",
                    code=error.errno))
        return 2


def _main(argv: list[str] | None) -> int:
    from dvdesk.i18n import argparse_words

    # The help and the usage errors in the language of the command line (the window then
    # sets the language of its own translator).
    with argparse_words():
        args = build_parser().parse_args(argv)
    command = args.command or "gui"
    if args.command is None:
        args.page = args.month = args.screenshot = None
    try:
        if getattr(args, "output", None):  # never write a document over the database itself
            from dvdesk.store.database import refuse_database_as_output

            refuse_database_as_output(args.db, args.output)
        module = importlib.import_module(f"dvdesk.commands.{HANDLERS[command]}")
        code = int(module.run(args) or 0)
        sys.stdout.flush()  # a full or closed output is reported here, not at exit
        return code
    except DvDeskError as error:
        _stderr(str(error))
        return error.exit_code
    except KeyboardInterrupt:
        _stderr(msg("đã dừng."))
        return 130
    except BrokenPipeError:
        return 0
    except OSError as error:  # a file the command read or wrote, or the output itself
        from dvdesk.safe_files import os_error_sentence

        _stderr(os_error_sentence(error))
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
