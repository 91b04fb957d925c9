"""The hostile-input corpus: every case a real `dvdesk` process, bounded in time and memory.

Each case asserts the exit code, one sentence on stderr (no traceback), the time
and peak memory it took, and that the database is unchanged (or, for a file we
refuse, byte-identical). The files are made here, by the tests.
"""

from __future__ import annotations

import hashlib
import os
import resource
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests import hostile_files as hostile

ROOT = Path(__file__).resolve().parent.parent
MEMORY_LIMIT = 1536 * 1024 * 1024  # address space of one run: a MemoryError is a failure
WORST: dict[str, float] = {}


class Run:
    def __init__(self, code: int, out: str, err: str, seconds: float, peak_mb: float):
        self.code, self.out, self.err = code, out, err
        self.seconds, self.peak_mb = seconds, peak_mb

    def __repr__(self) -> str:
        return (f"Run(code={self.code}, err={self.err[:400]!r}, out={self.out[:200]!r}, "
                f"{self.seconds:.1f}s, {self.peak_mb:.0f} MB)")


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


# The command line as `dvdesk` runs it, reporting its own peak resident memory at exit:
# VmHWM of its own memory, since ru_maxrss also counts the pages of the test process it
# was forked from.
_MEASURED = (
    "import atexit, os, resource, sys\n"
    "def _peak():\n"
    "    with open('/proc/self/status') as status:\n"
    "        for line in status:\n"
    "            if line.startswith('VmHWM:'):\n"
    "                return line.split()[1]\n"
    "    return str(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
    "atexit.register(lambda: open(os.environ['DVDESK_PEAK'], 'w').write(_peak()))\n"
    "from dvdesk.cli import main\n"
    "sys.argv[0] = 'dvdesk'\n"
    "raise SystemExit(main())\n"
)


def dvdesk(*args, timeout: float = 60, stdout=subprocess.PIPE, cwd=None) -> Run:
    """One real process under a memory ceiling; its time and peak memory measured."""
    peak = Path(os.environ.get("TMPDIR", "/tmp")) / f"dvdesk-peak-{os.getpid()}"
    peak.unlink(missing_ok=True)
    started = time.perf_counter()
    try:
        proc = subprocess.run([sys.executable, "-c", _MEASURED, *map(os.fsencode, args)],
                              stdout=stdout, stderr=subprocess.PIPE, cwd=cwd or ROOT,
                              preexec_fn=_limit_memory, timeout=timeout,
                              env={**os.environ, "DVDESK_PEAK": str(peak)})
    except subprocess.TimeoutExpired:
        pytest.fail(f"dvdesk {args} ran longer than {timeout} s")
    peak_kb = int(peak.read_text()) if peak.exists() else 0
    peak.unlink(missing_ok=True)
    out = proc.stdout if isinstance(proc.stdout, bytes) else b""
    return Run(proc.returncode, out.decode("utf-8", "replace"),
               proc.stderr.decode("utf-8", "replace"), time.perf_counter() - started,
               peak_kb / 1024)


def one_sentence(run: Run, code: int, *words: str) -> None:
    assert run.code == code, run
    assert "Traceback" not in run.err and "Error:" not in run.err, run
    lines = [line for line in run.err.strip().splitlines() if line]
    assert len(lines) == 1 and lines[0].startswith("dvdesk: "), run
    for word in words:
        assert word in run.err, (word, run)


def content(db: Path) -> str:
    """What the database holds (not how its pages lie), read without changing it."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return hashlib.sha256("\n".join(conn.iterdump()).encode()).hexdigest()
    finally:
        conn.close()


@pytest.fixture
def place(demo_path, tmp_path):
    before = content(demo_path)
    yield demo_path, tmp_path
    assert content(demo_path) == before, "a refused command changed the database"


# --------------------------------------------------------------------------- workbooks

# name: (builder, refused whole (one sentence) or by row, words the sentence must contain)
WORKBOOKS = {
    "one cell at XFD1048576": (
        lambda p: hostile.workbook(p, hostile.LIST_HEADER + [("XFD1048576", "x")]),
        True, ("XFD1048576",)),
    "a stray space at H1048576": (
        lambda p: hostile.one_row_list(p, extra=[("H1048576", " ")]), True, ("H1048576",)),
    "300 columns": (lambda p: hostile.one_row_list(p, extra=[("KN2", "x")]), True,
                    ("KN2", "cột")),
    "a 300 MB cell (zip bomb)": (lambda p: hostile.zip_bomb(p, 300), True, ("MB",)),
    "a zip that lies about its sizes": (
        lambda p: hostile.lying_sizes(hostile.zip_bomb(p, 40), "xl/sharedStrings.xml", 1000),
        True, ("hỏng",)),
    "only the header": (lambda p: hostile.workbook(p, hostile.LIST_HEADER), True,
                        ("không có dòng",)),
    "not a zip": (lambda p: p.write_bytes(b"PK\x03\x04 nothing"), True, ("không phải",)),
    "a 1 MB officer name": (
        lambda p: hostile.one_row_list(p, name="Nguyễn " + "A" * 1_000_000), False,
        ("dòng 2", "Họ và tên", "200")),
    "a 1 MB hamlet name": (
        lambda p: hostile.one_row_list(p, hamlet="Ấp " + "B" * 1_000_000), False,
        ("dòng 2", "Ấp, khu phố")),
    "phone 912345678.5": (lambda p: hostile.one_row_list(p, phone=912345678.5), False,
                          ("dòng 2", "Điện thoại", "912345678.5")),
    "a negative phone": (lambda p: hostile.one_row_list(p, phone=-912345678), False,
                         ("dòng 2", "Điện thoại", "số âm")),
    "phone 1.5e300": (lambda p: hostile.one_row_list(p, phone=1.5e300), False,
                      ("Điện thoại",)),
    "phone of 40 digits": (lambda p: hostile.one_row_list(p, phone="9" * 40), False,
                           ("Điện thoại",)),
}


@pytest.mark.parametrize("case", list(WORKBOOKS))
def test_a_hostile_workbook_is_refused_in_bounded_time_and_memory(case, place):
    db, folder = place
    build, whole, words = WORKBOOKS[case]
    path = folder / "hostile.xlsx"
    build(path)
    for extra in (("--dry-run",), ()):
        run = dvdesk("--db", db, "import", path, *extra, timeout=60)
        if whole:
            one_sentence(run, 1, *words)
        else:  # one sentence per bad row, each naming its row and column
            assert run.code == 1 and "Traceback" not in run.err, run
            for word in words:
                assert word in run.err, (word, run)
        assert run.seconds < 30 and run.peak_mb < 600, run
        WORST[case] = max(WORST.get(case, 0), run.peak_mb)


def test_own_workbook_with_an_empty_start_date_and_year_one(place, tmp_path):
    """The program's own workbook: an empty "Từ ngày" and 01/01/0001 are row errors in the
    dry run already, never an IntegrityError or OverflowError at the real import."""
    from openpyxl import load_workbook

    db, folder = place
    exported = folder / "own.xlsx"
    assert dvdesk("--db", db, "export-xlsx", "-o", exported).code == 0
    book = load_workbook(exported)
    sheet = book["Phân công"]
    titles = [c.value for c in sheet[1]]
    start = titles.index("Từ ngày") + 1
    sheet.cell(2, start).value = None
    sheet.cell(3, start).value = "01/01/0001"
    book.save(exported)
    for extra in (("--dry-run",), ()):
        run = dvdesk("--db", db, "import", exported, *extra, timeout=120)
        assert run.code == 1 and "Traceback" not in run.err, run
        assert "dòng 2, cột “Từ ngày”" in run.err and "dòng 3, cột “Từ ngày”" in run.err, run
        assert "1900–2100" in run.err, run


def test_the_month_of_an_own_workbook_is_checked_like_the_lists(place, tmp_path):
    """The month sheets of the program's own export: a year-one approval date and a place
    longer than the column are row errors naming sheet, row and column, and a new
    database stays empty."""
    from openpyxl import load_workbook

    db, folder = place
    month = _expected_attendance(db)[0]
    exported = folder / "own.xlsx"
    assert dvdesk("--db", db, "export-xlsx", "-o", exported, "--month", month).code == 0
    book = load_workbook(exported)
    versions = book["Phiên bản lịch"]
    titles = [c.value for c in versions[1]]
    header = next(r for r in range(1, 11) if versions.cell(r, 1).value == "Tháng") \
        if "Tháng" not in titles else 1
    titles = [c.value for c in versions[header]]
    sheet_name = versions.cell(header + 1, titles.index("Trang lịch") + 1).value
    calendar = book[sheet_name]
    head = next(r for r in range(1, 11)
                if "Địa điểm" in [c.value for c in calendar[r]])
    place_column = [c.value for c in calendar[head]].index("Địa điểm") + 1
    calendar.cell(head + 1, place_column).value = "Hội trường " + "x" * 300
    book.save(exported)
    empty = tmp_path / "moi.db"
    assert dvdesk("--db", empty, "calendar", "new", "2030-01").code == 0
    before = content(empty)
    run = dvdesk("--db", empty, "import", exported, "--dry-run", timeout=180)
    assert run.code == 1 and "Traceback" not in run.err, run
    assert f"dòng {head + 1}, cột “Địa điểm”" in run.err and "300" in run.err, run
    versions.cell(header + 1, titles.index("Ngày duyệt") + 1).value = "01/01/0001"
    book.save(exported)
    run = dvdesk("--db", empty, "import", exported, timeout=180)
    assert run.code == 1 and "Traceback" not in run.err, run
    assert f"dòng {header + 1}, cột “Ngày duyệt”" in run.err and "1900–2100" in run.err, run
    assert content(empty) == before


def test_import_of_a_folder_says_it_is_a_folder(place):
    db, folder = place
    one_sentence(dvdesk("--db", db, "import", folder), 1, "thư mục")


# --------------------------------------------------------------------------- meetings


def _demo(db: Path, sql: str) -> tuple:
    """One row of the demo database, read without touching it."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchone()
    finally:
        conn.close()


def _expected_attendance(db: Path) -> tuple[str, int, int]:
    """(month, meeting id, officer id) of one attendance the demo's approved months expect."""
    return _demo(db, "SELECT c.month, m.id, a.officer_id FROM attendance a "
                     "JOIN meetings m ON m.id = a.meeting_id JOIN calendars c ON c.id = "
                     "m.calendar_id WHERE c.status = 'approved' AND a.role != '' "
                     "ORDER BY c.month DESC, m.id LIMIT 1")


# The attendance sheet goes through the same workbook limits as the lists.
SHEETS = {
    "one cell at XFD1048576": (
        lambda p: hostile.workbook(p, [("A1", "Mã cuộc họp"), ("XFD1048576", "x")]),
        ("XFD1048576",)),
    "a stray space at J1048576": (
        lambda p: hostile.workbook(p, [("A1", "Mã cuộc họp"), ("B1", "Mã cán bộ"),
                                       ("C1", "Tình trạng"), ("A2", 1), ("B2", 1),
                                       ("C2", "Có mặt"), ("J1048576", " ")]),
        ("J1048576",)),
    "a 300 MB cell (zip bomb)": (lambda p: hostile.zip_bomb(p, 300), ("MB",)),
}


@pytest.mark.parametrize("case", list(SHEETS))
def test_a_hostile_attendance_sheet_is_refused_in_bounded_time_and_memory(case, place):
    db, folder = place
    build, words = SHEETS[case]
    path = folder / "theo-doi.xlsx"
    build(path)
    for extra in (("--dry-run",), ()):
        run = dvdesk("--db", db, "attendance", "import", path, *extra, timeout=60)
        one_sentence(run, 1, *words)
        assert run.seconds < 30 and run.peak_mb < 600, run
        key = f"attendance sheet: {case}"
        WORST[key] = max(WORST.get(key, 0), run.peak_mb)
    one_sentence(dvdesk("--db", db, "attendance", "import", folder), 1, "thư mục")


def test_a_returned_sheet_with_a_reason_too_long_names_its_row(place):
    from openpyxl import load_workbook

    db, folder = place
    month, _meeting, _officer = _expected_attendance(db)
    sheet = folder / "theo-doi.xlsx"
    assert dvdesk("--db", db, "attendance", "sheet", month, "-o", sheet).code == 0
    book = load_workbook(sheet)
    ws = book.active
    titles = {c.value: c.column for row in ws.iter_rows(max_row=10) for c in row if c.value}
    row = next(r for r in range(1, ws.max_row + 1)
               if isinstance(ws.cell(r, titles["Mã cuộc họp"]).value, int))
    ws.cell(row, titles["Tình trạng"]).value = "Vắng có lý do"
    ws.cell(row, titles["Lý do"]).value = "Đi công tác " + "x" * 20_000
    book.save(sheet)
    run = dvdesk("--db", db, "attendance", "import", sheet, timeout=120)
    assert run.code == 1 and "Traceback" not in run.err, run
    assert f"dòng {row}, cột “Lý do”" in run.err and "10000" in run.err, run


@pytest.mark.parametrize("args, code, words", [
    (["--content", "Đường ngập " + "A" * 20_000], 1, ["Nội dung", "20011", "10000"]),
    (["--by", "B" * 400], 1, ["Người, nhóm phản ánh", "300"]),
    (["--received", "0001-01-01"], 1, ["01/01/0001", "1900–2100"]),
    (["--received", "1999-12-31"], 1, ["31/12/1999", "2000"]),
    (["--content", "\u200b\x07\u202e"], 1, ["Cần ghi nội dung"]),
    (["--officer", "999999"], 1, ["999999"]),
])
def test_bad_feedback_is_one_sentence_and_writes_nothing(args, code, words, place):
    db, _folder = place
    base = {"--hamlet": "1", "--officer": "1", "--received": "2026-12-01", "--field": "Khác",
            "--content": "Đường ngập nước sau mưa."}
    base.update(dict(zip(args[::2], args[1::2], strict=True)))
    run = dvdesk("--db", db, "feedback", "add", *[x for kv in base.items() for x in kv])
    one_sentence(run, code, *words)


def test_invisible_characters_never_reach_the_database(demo_path):
    """A name typed with a zero-width space, a bell or a right-to-left mark is stored without
    them: the feedback and the attendance reason read back clean."""
    db = demo_path
    month, meeting, officer = _expected_attendance(db)
    run = dvdesk("--db", db, "feedback", "add", "--hamlet", "1", "--officer", "1",
                 "--received", "2026-12-01", "--field", "Khác", "--content",
                 "Đèn\u200b đường\x07 hỏng\u202e", "--by", "\ufeffÔng\x1b Ba")
    assert run.code == 0, run
    item = run.out.strip()
    shown = dvdesk("--db", db, "feedback", "show", item, "--json")
    assert '"content": "Đèn đường hỏng"' in shown.out and '"raised_by": "Ông Ba"' in shown.out
    run = dvdesk("--db", db, "attendance", "record", month, "--meeting", str(meeting),
                 "--officer", str(officer), "--status", "excused", "--reason",
                 "Ốm\u200b\x1b nặng")
    assert run.code == 0, run
    assert _demo(db, f"SELECT reason FROM attendance WHERE meeting_id = {meeting} AND "
                     f"officer_id = {officer}") == ("Ốm nặng",)
    too_long = dvdesk("--db", db, "attendance", "record", month, "--meeting", str(meeting),
                      "--officer", str(officer), "--status", "absent", "--reason", "y" * 20_000)
    one_sentence(too_long, 1, "Lý do vắng", "10000")
    assert _demo(db, f"SELECT status FROM attendance WHERE meeting_id = {meeting} AND "
                     f"officer_id = {officer}") == ("excused",)


@pytest.mark.parametrize("args, words", [
    (["report", "feedback", "0000", "-o", "bc.pdf"], ["0", "1900–2100"]),
    (["report", "feedback", "2101-01", "-o", "bc.pdf"], ["2101", "1900–2100"]),
    (["feedback", "list", "--on", "0001-01-01"], ["1900–2100"]),
])
def test_bad_periods_and_days_for_the_feedback_reports(args, words, place):
    db, folder = place
    run = dvdesk("--db", db, *args, cwd=folder)
    assert run.code in (1, 2) and "Traceback" not in run.err, run
    for word in words:
        assert word in run.err, (word, run)
    assert not (folder / "bc.pdf").exists()


# --------------------------------------------------------------------------- arguments


@pytest.mark.parametrize("args, code, words", [
    (["calendar", "new", "0000-01"], 2, ["1900–2100"]),
    (["calendar", "new", "2101-01"], 2, ["1900–2100"]),
    (["calendar", "approve", "2026-12", "--number", "1" * 3000], 1, ["Số văn bản", "100"]),
    (["calendar", "approve", "2026-12", "--number", "15-LT/HU", "--date", "1900-01-01"], 1,
     ["01/01/1900"]),
    (["calendar", "approve", "2026-12", "--number", "15", "--by", "x" * 500], 1,
     ["Người duyệt"]),
    (["check", "--date", "0001-01-01"], 1, ["1900–2100"]),
])
def test_bad_values_on_the_command_line(args, code, words, demo_path):
    db = demo_path
    assert dvdesk("--db", db, "calendar", "new", "2026-12").code in (0, 1)
    before = content(db)
    run = dvdesk("--db", db, *args)
    assert run.code == code and "Traceback" not in run.err, run
    for word in words:
        assert word in run.err, (word, run)
    assert content(db) == before


@pytest.mark.parametrize("url, words", [
    ("mysql://u:p@127.0.0.1/db", ["mysql", "SQLite và PostgreSQL"]),
    ("postgresql+psycopg://u:secret@127.0.0.1:abc/db", ["không hợp lệ", "***"]),
    ("postgresql+psycopg://u:secret@127.0.0.1:99999/db", ["99999", "65535"]),
    ("postgresql+psycopg://u:secret@127.0.0.1:1/db", ["cổng 1", "chưa chạy"]),
    ("postgresql+psycopg://u@nosuchhost.invalid/db", ["nosuchhost.invalid"]),
])
def test_database_urls_that_cannot_work(url, words):
    run = dvdesk("--db", url, "check", timeout=60)
    one_sentence(run, 2, *words)
    assert "secret" not in run.err


@pytest.mark.parametrize("command", [
    ["check"], ["report", "feedback", "2026", "-o", "bc.pdf"], ["feedback", "list"],
    ["feedback", "export", "-o", "pa.xlsx"], ["attendance", "sheet", "2026-12", "-o", "s.xlsx"],
    ["attendance", "show", "2026-12"], ["calendar", "pdf", "2026-12", "-o", "l.pdf"],
    ["calendar", "docx", "2026-12", "-o", "l.docx"],
])
def test_reading_a_mistyped_path_creates_nothing(command, tmp_path):
    missing = tmp_path / "quan-ly.db"
    one_sentence(dvdesk("--db", missing, *command, cwd=tmp_path), 2, "quan-ly.db")
    assert list(tmp_path.iterdir()) == []


def test_a_foreign_sqlite_file_is_left_byte_identical(tmp_path):
    foreign = tmp_path / "sach.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE books (title TEXT)")
    conn.execute("INSERT INTO books VALUES ('Truyện Kiều')")
    conn.commit()
    conn.close()
    before = foreign.read_bytes()
    for args in (["check"], ["demo"], ["import", "x.xlsx"], ["backup", "-o", tmp_path / "c"]):
        one_sentence(dvdesk("--db", foreign, *args), 2, "không phải của DV Desk")
    assert foreign.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sach.db"]  # no -wal, no -shm


def test_a_path_with_bytes_that_are_not_utf8(tmp_path):
    folder = os.fsencode(tmp_path)
    db = folder + b"/d\xff.db"
    run = dvdesk("--db", db, "demo", timeout=120)
    assert run.code == 0 and "Traceback" not in run.err, run
    copy = folder + b"/sao l\xe9u.db"
    run = dvdesk("--db", db, "backup", "-o", copy, timeout=120)
    assert run.code == 0 and "Traceback" not in run.err and "\\udce9" in run.out, run
    assert os.path.exists(copy)


def test_a_closed_stdout_does_nothing_and_says_so(place):
    db, folder = place
    run = dvdesk("--db", db, "backup", "-o", folder / "b.db", stdout=subprocess.DEVNULL)
    assert run.code == 0, run
    proc = subprocess.run([sys.executable, "-c",
                           "import os, sys, subprocess; os.close(1); "
                           "sys.exit(subprocess.call([sys.executable, '-m', 'dvdesk', '--db', "
                           f"{str(db)!r}, 'backup', '-o', {str(folder / 'c.db')!r}], "
                           "stdout=None, close_fds=False))"],
                          capture_output=False, stderr=subprocess.PIPE, cwd=ROOT, timeout=60,
                          stdout=None)
    err = proc.stderr.decode()
    assert proc.returncode == 2 and "stdout" in err and "Traceback" not in err, err
    assert not (folder / "c.db").exists()
    full = dvdesk("--db", db, "check", "--json", stdout=open("/dev/full", "w"))  # noqa: SIM115
    one_sentence(full, 2, "đầy")


# --------------------------------------------------------------------------- output files


@pytest.mark.parametrize("command", [
    ["report", "assignments", "-o"], ["export-xlsx", "-o"], ["backup", "-o"],
    ["report", "feedback", "2026", "-o"], ["feedback", "export", "-o"],
    ["attendance", "sheet", "APPROVED", "-o"], ["report", "attendance", "APPROVED", "-o"],
    ["calendar", "pdf", "APPROVED", "-o"], ["calendar", "docx", "APPROVED", "-o"],
])
def test_outputs_never_follow_a_symlink_or_write_to_a_device(command, place):
    db, folder = place
    if "APPROVED" in command:
        command = [_expected_attendance(db)[0] if word == "APPROVED" else word
                   for word in command]
    precious = folder / "precious.txt"
    precious.write_text("không được ghi đè", encoding="utf-8")
    link = folder / "out.pdf"
    link.symlink_to(precious)
    one_sentence(dvdesk("--db", db, *command, link), 1, "liên kết")
    assert precious.read_text(encoding="utf-8") == "không được ghi đè" and link.is_symlink()
    one_sentence(dvdesk("--db", db, *command, "/dev/full"), 1, "không phải là tệp thông thường")
    one_sentence(dvdesk("--db", db, *command, folder / ("a" * 300 + ".pdf")), 1, "255")
    left = sorted(p.name for p in folder.iterdir() if not p.name.startswith("demo.db"))
    assert left == ["out.pdf", "precious.txt"]  # no partial file anywhere


def test_backup_of_a_damaged_database_is_refused(tmp_path, demo_path):
    damaged = tmp_path / "hong.db"
    damaged.write_bytes(demo_path.read_bytes())
    with damaged.open("r+b") as handle:  # scribble over a page in the middle of the file
        handle.seek(damaged.stat().st_size // 2)
        handle.write(b"\xde\xad\xbe\xef" * 1024)
    run = dvdesk("--db", damaged, "backup", "-o", tmp_path / "copy.db", timeout=120)
    assert run.code == 2 and "Traceback" not in run.err, run
    assert "hỏng" in run.err and not (tmp_path / "copy.db").exists(), run
    assert not [p for p in tmp_path.iterdir() if "partial" in p.name]


# --------------------------------------------------------------------------- full and read-only disks


@pytest.fixture
def small_disk(tmp_path):
    """A real 256 KB file system, mounted here and removed after the test (root only)."""
    mount = tmp_path / "small"
    mount.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs",
                                            str(mount)], capture_output=True).returncode:
        pytest.skip("cannot mount a small file system here (needs root)")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


@pytest.fixture
def read_only_copy(tmp_path, demo_path):
    """A folder holding the demo database, bind-mounted read-only (root only)."""
    source, view = tmp_path / "rw", tmp_path / "ro"
    source.mkdir()
    view.mkdir()
    (source / "demo.db").write_bytes(demo_path.read_bytes())
    if os.geteuid() != 0 or subprocess.run(["mount", "--bind", str(source), str(view)],
                                           capture_output=True).returncode:
        pytest.skip("cannot bind-mount here (needs root)")
    try:
        subprocess.run(["mount", "-o", "remount,ro,bind", str(view)], check=True)
        yield view
    finally:
        subprocess.run(["umount", "-l", str(view)], check=False)


@pytest.mark.parametrize("command, name", [
    (["report", "assignments", "-o"], "ds.pdf"), (["export-xlsx", "-o"], "ds.xlsx"),
    (["backup", "-o"], "copy.db"),
])
def test_a_full_disk_leaves_no_partial_file(command, name, place, small_disk):
    db, _folder = place
    filler = small_disk / "filler"
    with filler.open("wb") as handle:  # leave a few KB: the document does not fit
        try:
            handle.write(b"\0" * (240 * 1024))
        except OSError:
            pass
    run = dvdesk("--db", db, *command, small_disk / name, timeout=120)
    one_sentence(run, 1, "đầy")
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler"]


@pytest.mark.parametrize("command, name", [
    (["attendance", "sheet", "APPROVED", "-o"], "theo-doi.xlsx"),
    (["feedback", "export", "-o"], "phan-anh.xlsx"), (["report", "feedback", "2026", "-o"],
                                                       "bc.pdf"),
    (["calendar", "docx", "APPROVED", "-o"], "lich.docx"),
])
def test_a_full_disk_leaves_no_partial_meeting_document(command, name, place, small_disk):
    db, _folder = place
    month = _expected_attendance(db)[0]
    handle = os.open(small_disk / "filler", os.O_WRONLY | os.O_CREAT)
    try:  # nothing left at all
        while True:
            os.write(handle, b"\0" * 4096)
    except OSError:
        pass
    finally:
        os.close(handle)
    run = dvdesk("--db", db, *[month if w == "APPROVED" else w for w in command],
                 small_disk / name, timeout=120)
    one_sentence(run, 1, "đầy")
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler"]


def test_restore_never_writes_through_a_symlink(place, demo_path):
    db, folder = place
    copy = folder / "copy.db"
    assert dvdesk("--db", db, "backup", "-o", copy).code == 0
    precious = folder / "precious.db"
    precious.write_bytes(b"SQLite format 3\x00 not really")
    link = folder / "link.db"
    link.symlink_to(precious)
    one_sentence(dvdesk("--db", link, "restore", copy), 1, "liên kết")
    assert precious.read_bytes() == b"SQLite format 3\x00 not really" and link.is_symlink()
    fresh = folder / "moi.db"
    run = dvdesk("--db", fresh, "restore", copy)
    assert run.code == 0 and content(fresh) == content(copy), run
    assert not [p for p in folder.iterdir() if "partial" in p.name]


def test_read_only_places(place, read_only_copy):
    db, _folder = place
    for command, name in ((["report", "assignments", "-o"], "ds.pdf"),
                          (["export-xlsx", "-o"], "ds.xlsx"), (["backup", "-o"], "c.db")):
        one_sentence(dvdesk("--db", db, *command, read_only_copy / name, timeout=120), 1,
                     "chỉ đọc")
    one_sentence(dvdesk("--db", read_only_copy / "demo.db", "check"), 2, "chỉ đọc")
    assert sorted(p.name for p in read_only_copy.iterdir()) == ["demo.db"]


def test_a_database_held_exclusively_by_another_program(place):
    db, _folder = place
    holder = sqlite3.connect(db, isolation_level=None)
    try:
        holder.execute("PRAGMA locking_mode=EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        run = dvdesk("--db", db, "check", timeout=60)
        one_sentence(run, 2, "khóa")
        assert "locked" not in run.err
    finally:
        holder.execute("ROLLBACK")
        holder.close()


@pytest.mark.pg
def test_wrong_password_and_no_such_database_are_told_apart(pg_server):
    """One role of the test server asks for a password (the others are trusted)."""
    hba = pg_server.data / "pg_hba.conf"
    rules = hba.read_text()
    if "dvdesk_pw" not in rules:
        hba.write_text("host all dvdesk_pw 127.0.0.1/32 scram-sha-256\n" + rules)
    with pg_server._admin() as conn:
        conn.execute("DROP ROLE IF EXISTS dvdesk_pw")
        conn.execute("CREATE ROLE dvdesk_pw LOGIN PASSWORD 'mat-khau-dung'")
        conn.execute("SELECT pg_reload_conf()")
    where = f"127.0.0.1:{pg_server.port}"
    wrong = dvdesk("--db", f"postgresql+psycopg://dvdesk_pw:sai@{where}/postgres", "check")
    one_sentence(wrong, 2, "sai tên người dùng hoặc mật khẩu")
    assert "sai@" not in wrong.err
    missing = dvdesk("--db", f"postgresql+psycopg://postgres@{where}/khong_co", "check")
    one_sentence(missing, 2, "không có cơ sở dữ liệu “khong_co”")
    down = dvdesk("--db", "postgresql+psycopg://postgres@127.0.0.1:1/x", "check")
    one_sentence(down, 2, "chưa chạy")
