"""Bad input everywhere: random command lines and random workbooks never crash and never half-write.

The command line runs in this process (``dvdesk.cli.main``), so an unexpected
exception fails the test with its traceback instead of being hidden in a
subprocess. Every failed command must leave the database as it was.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import shutil
import sqlite3
import tempfile
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dvdesk.cli import build_parser, main

STATS: Counter = Counter()

MONTH, DATE, OUT, IN, TEXT, NUM = "MONTH", "DATE", "OUT", "IN", "TEXT", "NUM"
# Well-formed command lines of §7 with slots; a slot gets a good value most of
# the time and junk otherwise, so most examples reach the services, not argparse.
TEMPLATES = [
    ["check"], ["check", "--json"], ["check", "--date", DATE],
    ["demo"], ["demo", "--force"], ["demo", "--keep-existing"],
    ["backup", "-o", OUT],
    ["import", IN], ["import", IN, "--dry-run"],
    ["export-xlsx", "-o", OUT], ["export-xlsx", "-o", OUT, "--month", MONTH],
    ["calendar", "new", MONTH], ["calendar", "new", MONTH, "--copy-previous"],
    ["calendar", "plan", MONTH], ["calendar", "conflicts", MONTH],
    ["calendar", "conflicts", MONTH, "--json"], ["calendar", "show", MONTH, "--json"],
    ["calendar", "show", MONTH, "--version", NUM],
    ["calendar", "approve", MONTH, "--number", TEXT],
    ["calendar", "approve", MONTH, "--number", TEXT, "--by", TEXT, "--date", DATE],
    ["calendar", "revise", MONTH], ["calendar", "pdf", MONTH, "-o", OUT],
    ["calendar", "pdf", MONTH, "-o", OUT, "--version", NUM],
    ["report", "assignments", "-o", OUT], ["report", "personal", MONTH, "-o", OUT],
    ["report", "attendance", MONTH, "-o", OUT],
    ["no-such-command"], ["calendar"], ["report", "personal"],
    ["attendance", "show", MONTH, "--json"], ["attendance", "sheet", MONTH, "-o", OUT],
    ["attendance", "import", IN, "--dry-run"],
    ["attendance", "record", MONTH, "--meeting", NUM, "--officer", NUM, "--status", "absent",
     "--reason", TEXT],
    ["attendance", "all-present", MONTH, "--meeting", NUM],
    ["feedback", "add", "--hamlet", NUM, "--officer", NUM, "--received", DATE, "--field", TEXT,
     "--content", TEXT],
    ["feedback", "forward", NUM, "--to", TEXT, "--on", DATE],
    ["feedback", "list", "--overdue", "--json", "--on", DATE],
    ["report", "feedback", MONTH, "-o", OUT],
]
GOOD = {
    MONTH: ["2026-12", "2026-12", "2027-01", "2026-11", "2026-10"],
    DATE: ["2026-12-01", "2026-11-22"],
    OUT: [("path", "pdf"), ("path", "xlsx"), ("path", "copy")],
    IN: [("path", "export")],
    TEXT: ["15-LT/HU", "Nguyễn Văn A"],
    NUM: ["1", "2"],
}
BAD = {
    MONTH: ["2026-13", "2026-00", "1900-01", "9999-12", "2026-1", "12-2026", "tháng 12"],
    DATE: ["2026-02-30", "hôm nay", "31/12/2026", "", "9999-99-99"],
    OUT: [("path", k) for k in ("db", "dir", "text", "torn", "out-missing", "fake")],
    IN: [("path", k) for k in ("db", "dir", "text", "torn", "missing", "fake", "pdf")],
    TEXT: ["", " ", "=1+1", "\u0301", "a" * 300, "\t"],
    NUM: ["0", "-1", "99999999999999999999", "abc", ""],
}
OPTIONS = ["--json", "--dry-run", "--copy-previous", "--force", "--number", "--version", "-o",
           "--month", "--db", "-h"]
junk = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
               max_size=30)


class Place:
    """A scratch folder with the files a careless user might point at."""

    def __init__(self, root: Path, demo: Path):
        self.root = root
        self.db = root / "district.db"
        shutil.copyfile(demo, self.db)
        (root / "notes.txt").write_text("ghi chú, không phải cơ sở dữ liệu", encoding="utf-8")
        (root / "torn.db").write_bytes(b"SQLite format 3\x00" + b"\x13" * 300)
        (root / "folder").mkdir()
        (root / "fake.xlsx").write_bytes(b"PK\x03\x04 not really a workbook")

    def path(self, key: str) -> str:
        return str({
            "db": self.db, "new": self.root / "new.db", "dir": self.root / "folder",
            "text": self.root / "notes.txt", "torn": self.root / "torn.db",
            "missing": self.root / "no" / "such.db", "pdf": self.root / "out.pdf",
            "xlsx": self.root / "out.xlsx", "copy": self.root / "copy.db",
            "fake": self.root / "fake.xlsx", "out-missing": self.root / "no" / "out.pdf",
            "export": self.root / "out.xlsx",
        }[key])


DB_KEYS = ["db"] * 6 + ["new", "dir", "text", "torn", "missing", "url"]


@st.composite
def one_command(draw):
    words = []
    for word in draw(st.sampled_from(TEMPLATES)):
        if word in GOOD:
            pool = GOOD[word] if draw(st.integers(0, 9)) < 7 else BAD[word]
            words.append(draw(st.sampled_from(pool)))
        else:
            words.append(word)
    if draw(st.integers(0, 9)) == 0:  # now and then a stray word
        words.insert(draw(st.integers(0, len(words))),
                     draw(st.one_of(st.sampled_from(OPTIONS), junk)))
    return words


@st.composite
def command_lines(draw):
    """One database, then one to three commands run one after the other on it."""
    return draw(st.sampled_from(DB_KEYS)), draw(st.lists(one_command(), min_size=1, max_size=3))


def _snapshot(path: Path) -> tuple:
    """The file's bytes for anything that is not our database; table counts for it."""
    if not path.exists():
        return ("absent",)
    if path.is_dir():
        return ("dir",)
    data = path.read_bytes()
    if not data.startswith(b"SQLite format 3\x00") or path.name == "torn.db":
        return ("bytes", data)
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return ("tables", tuple((n, conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0])
                                for n in names))
    finally:
        conn.close()


def _opens_window(argv: list[str]) -> bool:
    """A stray word can leave no subcommand (``--db --db demo``): that would open the window."""
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        try:
            return build_parser().parse_args(argv).command in (None, "gui")
        except SystemExit:
            return False


def _run(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exit_:  # argparse: usage errors, --help, --version
            code = exit_.code if isinstance(exit_.code, int) else 2
    return code, out.getvalue(), err.getvalue()


def _reports(argv: list[str]) -> bool:
    """A command whose exit code 1 is a finding, not a failure."""
    words = [a for a in argv[2:] if not a.startswith("-")]
    return words[:1] == ["check"] or words[:2] == ["calendar", "conflicts"]


def _check_command_line(demo_template: Path, example) -> None:
    target, commands = example
    with tempfile.TemporaryDirectory(prefix="dvdesk-fuzz-") as folder:
        place = Place(Path(folder), demo_template)
        db_arg = ("postgresql+psycopg://nobody@127.0.0.1:1/none" if target == "url"
                  else place.path(target))
        for command in commands:
            argv = ["--db", db_arg]
            argv += [place.path(t[1]) if isinstance(t, tuple) else t for t in command]
            if _opens_window(argv):
                STATS["window (not run)"] += 1
                continue
            watched = [Path(place.path(k)) for k in ("db", "text", "torn", "fake")]
            before = {p: _snapshot(p) for p in watched}
            code, out, err = _run(argv)
            STATS[f"exit {code}"] += 1
            assert code in (0, 1, 2), (argv, code, err)
            assert "Traceback" not in out + err, argv
            if code != 0:
                # `check` and `calendar conflicts` exit 1 to say they found something, and
                # list it on the standard output (DESIGN §7); any other exit says why on stderr.
                reported = code == 1 and out.strip() and _reports(argv)
                assert err.strip() or reported, (argv, "a failure must say why")
                for path, snap in before.items():
                    assert _snapshot(path) == snap, (argv, path, err)
            else:
                named = {Path(a) for a in argv[3:]}  # a file the user asked us to write may change
                for path in watched[1:]:
                    if path not in named:
                        assert _snapshot(path) == before[path], (argv, path)
                assert _snapshot(place.db)[0] == "tables", (argv, "the database was overwritten")


@pytest.fixture(scope="module")
def template(demo_template):
    return demo_template


@settings(max_examples=12, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(example=command_lines())
def test_random_command_lines_never_crash_or_half_write(template, example):
    _check_command_line(template, example)


@pytest.mark.slow
@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(example=command_lines())
def test_many_more_random_command_lines(template, example):
    _check_command_line(template, example)


# Random workbooks for `dvdesk import`: real .xlsx files written by openpyxl.
HEADERS = ["STT", "Họ và tên", "Họ tên", "Chức vụ", "Đơn vị công tác", "Điện thoại", "SĐT",
           "Ấp/Khu phố", "Ấp", "Xã/Thị trấn", "Xã", "Cụm", "Chi bộ", "Loại hình", "Vai trò",
           "Ghi chú", "", None]
cell_values = st.one_of(
    st.none(), st.just(""), st.integers(-10**12, 10**12), st.floats(allow_nan=True),
    st.booleans(), st.dates(dt.date(1900, 1, 1), dt.date(2100, 1, 1)),
    st.datetimes(dt.datetime(1900, 1, 1), dt.datetime(2100, 1, 1)),
    st.sampled_from(["Ấp 1", "Xã An Khánh", "Nguyễn Văn An", "Trưởng cụm", "Phụ trách xã",
                     "Lãnh đạo tỉnh phụ trách", "Cụm 1", "Chi bộ Ấp 1", "0912345678",
                     "=SUM(A1:A3)", "+84 90 111 2233", "-", "@x", "#REF!", "x" * 400]),
    st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=40),
)


@st.composite
def workbooks(draw):
    header_row = draw(st.integers(1, 4))
    headers = draw(st.lists(st.sampled_from(HEADERS), min_size=1, max_size=8))
    rows = draw(st.lists(st.lists(cell_values, min_size=0, max_size=len(headers) + 1),
                         max_size=8))
    title = draw(st.sampled_from(["Sheet", "Hỗ trợ ấp", "Danh sách", "1"]))
    return header_row, headers, rows, title


def _write_workbook(path: Path, spec) -> None:
    from openpyxl import Workbook

    header_row, headers, rows, title = spec
    wb = Workbook()
    ws = wb.active
    ws.title = title
    for col, name in enumerate(headers, 1):
        ws.cell(header_row, col, name)
    for r, values in enumerate(rows, header_row + 1):
        for col, value in enumerate(values, 1):
            if isinstance(value, float) and value != value:
                value = "NaN"  # openpyxl cannot store NaN; Excel shows it as text anyway
            ws.cell(r, col, value)
    wb.save(path)


@pytest.mark.slow
@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(spec=workbooks(), target=st.sampled_from(["demo", "new"]), dry=st.booleans())
def test_random_workbooks_import_all_or_nothing(template, spec, target, dry):
    with tempfile.TemporaryDirectory(prefix="dvdesk-xlsx-") as folder:
        root = Path(folder)
        book = root / "list.xlsx"
        _write_workbook(book, spec)
        db = root / "target.db"
        if target == "demo":
            shutil.copyfile(template, db)
        else:
            from dvdesk.store import open_database

            open_database(str(db)).dispose()
        before = _snapshot(db)
        argv = ["--db", str(db), "import", str(book)] + (["--dry-run"] if dry else [])
        code, out, err = _run(argv)
        STATS[f"import exit {code}"] += 1
        assert code in (0, 1), (code, err)
        assert "Traceback" not in out + err
        if code != 0 or dry:
            assert _snapshot(db) == before, err


def teardown_module(module) -> None:
    if STATS:
        print(f"\n[fuzz] examples by outcome: {dict(sorted(STATS.items()))} "
              f"(total {sum(STATS.values())})")


@pytest.mark.parametrize("command", [
    ["backup", "-o"], ["export-xlsx", "-o"], ["calendar", "pdf", "2026-12", "-o"],
    ["report", "assignments", "-o"], ["report", "personal", "2026-12", "-o"],
    ["report", "attendance", "2026-12", "-o"],
])
@pytest.mark.parametrize("which", ["", "-wal", "-shm"])
def test_no_command_writes_over_the_database_itself(demo_path, cli, command, which):
    cli("--db", demo_path, "calendar", "new", "2026-12")
    before = _snapshot(demo_path)
    target = demo_path.with_name(demo_path.name + which)
    result = cli("--db", demo_path, *command, target)
    assert result.code == 1, result
    assert "đè lên chính cơ sở dữ liệu" in result.err
    assert _snapshot(demo_path) == before
    result = cli("--db", f"sqlite:///{demo_path}", *command, f"{demo_path.parent}/./{demo_path.name}")
    assert result.code == 1 and _snapshot(demo_path) == before
