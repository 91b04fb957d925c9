"""Opening a database: SQLite file or SQLAlchemy URL, migrated, with short sessions.

``open_database`` turns whatever the user typed (a path or a URL) into a
``Database`` or raises ``DatabaseError`` with one sentence. Sessions are short
and explicit: ``db.read()`` for queries, ``db.write()`` for one user action in
one transaction (committed on success, rolled back on any error).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, event, exc, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from dvdesk.domain.messages import N_, lowered, msg
from dvdesk.errors import ConcurrentEditError, DatabaseBusy, DatabaseError, InvalidInput

SQLITE_MAGIC = b"SQLite format 3\x00"
PG_WRITE_LOCK = 0x64766465736B  # "dvdesk": the advisory lock every writer takes
BUSY_TIMEOUT_MS = 5000
# SQLSTATEs of a PostgreSQL writer that gave up waiting or lost a race.
_PG_BUSY = {"55P03", "40P01", "57014"}  # lock_not_available, deadlock, statement timeout
_PG_RACE = {"40001"}  # serialization_failure
_PG_CONFLICT = {"23505", "23503"}  # unique_violation, foreign_key_violation


def busy_timeout_ms() -> int:
    """How long a writer waits for another program's lock (DVDESK_BUSY_TIMEOUT_MS overrides)."""
    try:
        return max(0, int(os.environ.get("DVDESK_BUSY_TIMEOUT_MS", BUSY_TIMEOUT_MS)))
    except ValueError:
        return BUSY_TIMEOUT_MS


@dataclass
class Database:
    url: str
    engine: Engine
    path: Path | None  # the file, for SQLite

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._write_engine = self.engine.execution_options(dvdesk_write=True)
        self._write_sessions = sessionmaker(self._write_engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def display_name(self) -> str:
        if self.path is not None:
            return str(self.path)
        return make_url(self.url).render_as_string(hide_password=True)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with translate_errors(), self._sessions() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One user action: everything inside commits together or not at all."""
        session = self._write_sessions()
        try:
            with translate_errors():
                if not self.is_sqlite:
                    # The same one-writer-at-a-time as SQLite's BEGIN IMMEDIATE: what a
                    # service checks (one holder per hamlet, a month still a draft, an
                    # import's plan) cannot change under it before it commits. Waits up to
                    # lock_timeout, then says busy.
                    session.execute(text("SELECT pg_advisory_xact_lock(:key)"),
                                    {"key": PG_WRITE_LOCK})
                yield session
                session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()


@contextmanager
def translate_errors() -> Iterator[None]:
    """Turn storage exceptions a user can meet into one-sentence errors."""
    try:
        yield
    except StaleDataError as error:
        raise ConcurrentEditError() from error
    except exc.OperationalError as error:
        text = str(error.orig).lower()
        state = getattr(error.orig, "sqlstate", None)
        if state in _PG_RACE:
            raise ConcurrentEditError(msg(
                "Dữ liệu này đã được người khác thay đổi cùng lúc; hãy tải lại rồi làm lại."
            )) from error
        if "locked" in text or "busy" in text or state in _PG_BUSY:
            raise DatabaseBusy(msg(
                "Cơ sở dữ liệu đang bận (một chương trình khác đang ghi); hãy thử lại sau giây lát."
            )) from error
        raise DatabaseError(storage_sentence(error.orig)) from error
    except exc.DataError as error:
        # PostgreSQL enforces column lengths and types that SQLite lets through.
        raise InvalidInput(msg(
            "Giá trị không lưu được vào cơ sở dữ liệu (quá dài hoặc sai kiểu): {reason}.",
            reason=_first_line(error.orig))) from error
    except exc.IntegrityError as error:
        # A duplicate or a vanished parent row: on a shared server, someone else
        # created or removed the same thing between our check and our write.
        text = str(error.orig).lower()
        state = getattr(error.orig, "sqlstate", None)
        if state in _PG_CONFLICT or "unique constraint" in text or "foreign key" in text:
            raise ConcurrentEditError(msg(
                "Dữ liệu này vừa được người khác thay đổi cùng lúc (trùng hoặc đã bị xóa); "
                "hãy tải lại rồi làm lại."
            )) from error
        raise  # a program fault, not something the user can fix
    except exc.DatabaseError as error:
        if isinstance(error, exc.ProgrammingError):
            raise  # a program fault, not something the user can fix
        raise DatabaseError(storage_sentence(error.orig)) from error


def _first_line(value) -> str:
    lines = str(value).strip().splitlines()
    return lines[0].rstrip(".") if lines else type(value).__name__


# What SQLite says (in English) -> what happened, in the user's language.
_SQLITE_SENTENCES = (
    (("disk is full", "database or disk is full"),
     N_("Ổ đĩa đã đầy, cơ sở dữ liệu không ghi thêm được; hãy giải phóng chỗ trống rồi làm "
        "lại.")),
    (("readonly", "read-only"),
     N_("Cơ sở dữ liệu nằm ở nơi chỉ đọc (thư mục hoặc ổ không cho ghi); hãy chép nó sang "
        "thư mục ghi được.")),
    (("locked", "busy"),
     N_("Cơ sở dữ liệu đang bị một chương trình khác khóa; hãy đóng chương trình đó rồi thử "
        "lại.")),
    (("malformed", "not a database", "corrupt"),
     N_("Cơ sở dữ liệu bị hỏng; hãy khôi phục từ một bản sao lưu.")),
    (("unable to open",),
     N_("Không mở được tệp cơ sở dữ liệu (thư mục chỉ đọc hoặc không có quyền).")),
    (("disk i/o error",),
     N_("Lỗi đọc ghi ổ đĩa khi dùng cơ sở dữ liệu (ổ đầy, bị rút ra hoặc hỏng).")),
)


def storage_sentence(error: BaseException) -> str:
    """One sentence for a storage error, with no raw English phrase inside it."""
    text = str(error).lower()
    for needles, sentence in _SQLITE_SENTENCES:
        if any(n in text for n in needles):
            return msg(sentence)
    code = getattr(error, "sqlstate", None) or getattr(error, "sqlite_errorname", None)
    return msg("Lỗi cơ sở dữ liệu (mã {code}).", code=code or type(error).__name__)


def resolve_target(target: str | None) -> str:
    """The database the user asked for: --db, else DVDESK_DB, else the default file."""
    if target:
        return target
    env = os.environ.get("DVDESK_DB")
    if env:
        return env
    from dvdesk.paths import default_database

    return str(default_database())


def is_url(target: str) -> bool:
    return "://" in target


def refuse_database_as_output(target: str | None, output: str | os.PathLike) -> None:
    """A document or copy written over the database file would destroy it: refuse up front."""
    resolved = resolve_target(target)
    if is_url(resolved):
        try:
            url = make_url(resolved)
        except exc.ArgumentError:
            return
        if url.get_backend_name() != "sqlite" or not url.database:
            return
        resolved = url.database
    database = Path(resolved).expanduser()
    out = Path(output).expanduser()
    try:
        _refuse_same_file(database, out)
    except OSError:
        return  # a name the system refuses: the writer says why in its own sentence


def _refuse_same_file(database: Path, out: Path) -> None:
    for path in (database, *(database.with_name(database.name + s)
                             for s in ("-wal", "-shm", "-journal"))):
        try:
            same = out.exists() and path.exists() and os.path.samefile(out, path)
        except OSError:
            same = False
        if same or out.resolve() == path.resolve():
            raise InvalidInput(msg(
                "Không thể ghi {name} đè lên chính cơ sở dữ liệu đang mở; hãy chọn tệp khác.",
                name=out.name))


def _sqlite_engine(path: Path) -> Engine:
    timeout_ms = busy_timeout_ms()
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"timeout": timeout_ms / 1000, "check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        # We issue BEGIN ourselves so that DDL and DML share one real transaction.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={timeout_ms}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:
        # A writer takes the lock up front (waiting up to busy_timeout) instead of
        # failing half-way when a read transaction would have to be upgraded.
        write = connection.get_execution_options().get("dvdesk_write", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def _server_options(url) -> dict:
    """A PostgreSQL writer waits for row locks as long as a SQLite one, then reports busy."""
    if url.get_backend_name() != "postgresql":
        return {}
    timeout = busy_timeout_ms()
    args: dict = {"connect_timeout": 10}  # an unreachable server is an answer, not a hang
    if timeout:
        args["options"] = f"-c lock_timeout={timeout}"
    return {"connect_args": args}


def _check_sqlite_path(path: Path, create: bool = True) -> None:
    shown = _shown(path)
    if path.exists():
        if path.is_dir():
            raise DatabaseError(msg("{path} là một thư mục, không phải tệp cơ sở dữ liệu.",
                                    path=shown))
        if not path.is_file():
            raise DatabaseError(msg("{path} không phải là tệp thông thường (thiết bị hay ống dẫn).",
                                    path=shown))
        if path.stat().st_size:
            with path.open("rb") as handle:
                if handle.read(16) != SQLITE_MAGIC:
                    raise DatabaseError(msg("Tệp {file} không phải là cơ sở dữ liệu DV Desk "
                                            "(SQLite).", file=shown))
    elif not path.parent.is_dir():
        raise DatabaseError(msg("Thư mục {folder} không tồn tại, không thể tạo cơ sở dữ liệu "
                                "{name}.", folder=_shown(path.parent), name=_shown(path.name)))
    elif not create:
        raise DatabaseError(msg("Không có cơ sở dữ liệu {db}; hãy kiểm tra lại đường dẫn.",
                                db=shown))


def _shown(path) -> str:
    from dvdesk.safe_files import shown

    return shown(path)


def _probe_sqlite(path: Path) -> None:
    """Look at an existing file read-only before the engine touches it (the engine switches
    it to WAL): a foreign database, a damaged file, a file locked by another program or a
    folder nobody may write in is refused with the file left exactly as it was."""
    import sqlite3
    from urllib.parse import quote

    shown = _shown(path)
    try:
        conn = sqlite3.connect(f"file:{quote(os.fsencode(path))}?mode=ro", uri=True, timeout=1)
        try:
            names = {r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        text = str(error).lower()
        if "locked" in text or "busy" in text:
            raise DatabaseError(msg("Cơ sở dữ liệu {db} đang bị một chương trình khác giữ riêng "
                                    "(khóa độc quyền); hãy đóng chương trình đó rồi thử lại.",
                                    db=shown)) from error
        if "unable to open" in text or "readonly" in text:
            raise DatabaseError(_read_only_sentence(path)) from error
        raise DatabaseError(msg("Tệp {file} không phải là cơ sở dữ liệu DV Desk (SQLite) hoặc đã "
                                "bị hỏng.", file=shown)) from error
    if names - {"alembic_version"} and "alembic_version" not in names:
        raise DatabaseError(msg("Cơ sở dữ liệu {db} đã có dữ liệu nhưng không phải của DV Desk.",
                                db=shown))
    if not os.access(path.parent, os.W_OK) or not os.access(path, os.W_OK):
        raise DatabaseError(_read_only_sentence(path))


def _read_only_sentence(path: Path) -> str:
    return msg("Cơ sở dữ liệu {db} nằm trong thư mục chỉ đọc (DV Desk cần ghi được tệp và thư "
               "mục của nó); hãy chép nó sang thư mục ghi được.", db=_shown(path))


def _server_sentence(url, error: Exception) -> str:
    """Which of wrong password, no such database, unknown host, nothing listening."""
    where = url.render_as_string(hide_password=True)
    text = str(getattr(error, "orig", None) or error).lower()
    if "password" in text or "authentication" in text or "role" in text and "not exist" in text:
        return msg("Máy chủ cơ sở dữ liệu {server} từ chối đăng nhập: sai tên người dùng hoặc "
                   "mật khẩu.", server=where)
    if "database" in text and "does not exist" in text:
        return msg("Máy chủ cơ sở dữ liệu {server} không có cơ sở dữ liệu “{database}”.",
                   server=where, database=url.database)
    if "translate host name" in text or "name or service not known" in text \
            or "nodename nor servname" in text or "no address associated" in text:
        return msg("Không tìm thấy máy chủ “{host}” (sai tên máy hoặc không có mạng).",
                   host=url.host)
    if "refused" in text:
        return msg("Không có máy chủ cơ sở dữ liệu nào trả lời ở {host} cổng {port} (máy chủ "
                   "chưa chạy hoặc sai cổng).", host=url.host or "localhost",
                   port=url.port or 5432)
    if "timeout" in text or "timed out" in text:
        return msg("Máy chủ cơ sở dữ liệu {server} không trả lời (hết thời gian chờ).",
                   server=where)
    return msg("Không kết nối được tới máy chủ cơ sở dữ liệu {server}.", server=where)


def _server_url(target: str):
    try:
        url = make_url(target)
        port = url.port  # a port that is not a number fails here or in make_url
    except (exc.ArgumentError, ValueError) as error:
        raise DatabaseError(msg("Địa chỉ cơ sở dữ liệu không hợp lệ: {address}.",
                                address=_hide_password(target))) from error
    if port is not None and not 0 < port < 65536:
        raise DatabaseError(msg("Cổng {port} trong địa chỉ cơ sở dữ liệu không hợp lệ (từ 1 "
                                "đến 65535).", port=port))
    return url


def _hide_password(target: str) -> str:
    import re

    return re.sub(r"(://[^:/@]*:)[^@/]*@", r"\1***@", target)


def open_database(target: str | None = None, *, migrate: bool = True,
                  create: bool = True) -> Database:
    """Open (creating and migrating if needed) the database the user named.

    ``create=False`` is for commands that only read or copy (``check``, ``backup``): a
    mistyped path is then an error instead of a new empty database."""
    target = resolve_target(target)
    if is_url(target):
        url = _server_url(target)
        if url.get_backend_name() == "sqlite":
            if not url.database or url.database == ":memory:":
                raise DatabaseError(msg("Cơ sở dữ liệu SQLite cần một tệp, không dùng được bộ nhớ "
                                        "tạm."))
            return open_database(url.database, migrate=migrate, create=create)
        if url.get_backend_name() != "postgresql":
            raise DatabaseError(msg("Không hỗ trợ loại cơ sở dữ liệu {driver} (chỉ SQLite và "
                                    "PostgreSQL).", driver=url.drivername))
        try:
            engine = create_engine(url, pool_pre_ping=True, **_server_options(url))
            with engine.connect():
                pass
        except (exc.NoSuchModuleError, ImportError) as error:
            raise DatabaseError(msg("Không hỗ trợ loại cơ sở dữ liệu {driver}.",
                                    driver=url.drivername)) from error
        except (exc.OperationalError, exc.InterfaceError) as error:
            raise DatabaseError(_server_sentence(url, error)) from error
        db = Database(target, engine, None)
    else:
        path = Path(target).expanduser()
        _check_sqlite_path(path, create)
        path = path.resolve()
        if path.exists() and path.stat().st_size:
            _probe_sqlite(path)
        db = Database(f"sqlite:///{path}", _sqlite_engine(path), path)
        try:
            with db.engine.connect() as conn:
                conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
        except exc.DatabaseError as error:
            db.dispose()
            text = str(error.orig).lower()
            if "not a database" in text or "malformed" in text:
                raise DatabaseError(msg("Tệp {file} không phải là cơ sở dữ liệu DV Desk (SQLite) "
                                        "hoặc đã bị hỏng.", file=_shown(path))) from error
            raise DatabaseError(msg("Không mở được cơ sở dữ liệu {db}: {reason}", db=_shown(path),
                                    reason=lowered(storage_sentence(error.orig)))) from error
    if migrate:
        from dvdesk.store.migrate import upgrade

        try:
            upgrade(db)
        except BaseException:
            db.dispose()
            raise
    return db
