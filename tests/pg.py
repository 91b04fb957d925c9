"""A real PostgreSQL server for the test session (pytest plugin, registered in conftest).

The server starts the first time a test asks for ``pg_url`` (so a run without
PostgreSQL tests never pays for it), lives in a temporary folder, listens on
127.0.0.1 on a free port with its unix socket in that folder, trusts every
local connection, and is stopped when the session ends. PostgreSQL refuses to
run as root, so under root the server runs as a system user (``dvdesk-pg``,
created if missing, else ``nobody``).

Fixtures:
- ``pg_url``: a fresh, empty database per test, as ``postgresql+psycopg://…``;
- ``any_db_url``: the same test on a SQLite file and on PostgreSQL.

Without server binaries the PostgreSQL cases are skipped with the reason; CI
installs them (.ci/system-packages).
"""

from __future__ import annotations

import atexit
import glob
import itertools
import os
import pwd
import shlex
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

PG_USER = "dvdesk-pg"
SUPERUSER = "postgres"


def find_pg_bin() -> Path | None:
    """The folder holding initdb and pg_ctl: the newest /usr/lib/postgresql/*/bin, or PATH."""
    def version(path: str) -> float:
        try:
            return float(Path(path).parent.parent.name)
        except ValueError:
            return 0.0

    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=version, reverse=True)
    if found:
        return Path(found[0]).parent
    initdb = shutil.which("initdb")
    if initdb and shutil.which("pg_ctl"):
        return Path(initdb).parent
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _server_user() -> str | None:
    """None when we may run the server ourselves; else the unprivileged user to run it as."""
    if os.geteuid() != 0:
        return None
    try:
        pwd.getpwnam(PG_USER)
        return PG_USER
    except KeyError:
        pass
    if shutil.which("useradd"):
        subprocess.run(
            ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", PG_USER],
            capture_output=True,
        )
        try:  # made here, or by another test process at the same moment
            pwd.getpwnam(PG_USER)
            return PG_USER
        except KeyError:
            pass
    return "nobody"


class PgServer:
    """One postgres process in a temporary folder."""

    def __init__(self, bindir: Path):
        self.bindir = bindir
        self.user = _server_user()
        self.root = Path(tempfile.mkdtemp(prefix="dvdesk-pg-"))
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self.port = _free_port()
        self._counter = itertools.count(1)
        if self.user is not None:
            entry = pwd.getpwnam(self.user)
            os.chown(self.root, entry.pw_uid, entry.pw_gid)
        os.chmod(self.root, 0o700)

    def _run(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
        command = [str(self.bindir / args[0]), *args[1:]]
        if self.user is not None:
            if shutil.which("runuser"):
                command = ["runuser", "-u", self.user, "--", *command]
            else:  # older or slimmer systems: su with an explicit shell (nologin users)
                command = ["su", "-s", "/bin/sh", self.user, "-c", shlex.join(command)]
        return subprocess.run(command, capture_output=True, text=True, timeout=timeout,
                              cwd=self.root)

    def start(self) -> None:
        (self.root / "owner.pid").write_text(str(os.getpid()))
        made = self._run("initdb", "-D", str(self.data), "-U", SUPERUSER, "--auth=trust",
                         "-E", "UTF8", "--locale=C", "--no-sync")
        if made.returncode:
            raise RuntimeError(f"initdb failed: {made.stderr.strip() or made.stdout.strip()}")
        options = " ".join([
            "-c listen_addresses=127.0.0.1", f"-p {self.port}",
            f"-c unix_socket_directories={self.root}",
            # A throw-away server: durability against power loss buys nothing here.
            "-c fsync=off", "-c full_page_writes=off", "-c synchronous_commit=off",
            "-c max_connections=60",
        ])
        started = self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", options,
                            "-w", "-t", "60", "start")
        if started.returncode:
            log = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
            raise RuntimeError(f"pg_ctl start failed: {started.stderr.strip()} {log}")

    def stop(self) -> None:
        try:
            if self.data.exists() and self.root.exists():
                self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop",
                          timeout=60)
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def _admin(self):
        import psycopg

        return psycopg.connect(host="127.0.0.1", port=self.port, user=SUPERUSER,
                               dbname="postgres", autocommit=True)

    def create_database(self) -> str:
        name = f"t{os.getpid()}_{next(self._counter)}"
        with self._admin() as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return name

    def drop_database(self, name: str) -> None:
        with self._admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def stop_abandoned_servers(bindir: Path) -> None:
    """Stop servers left by test runs that were killed before their clean-up ran."""
    for owner in Path(tempfile.gettempdir()).glob("dvdesk-pg-*/owner.pid"):
        try:
            pid = int(owner.read_text())
        except (OSError, ValueError):
            continue
        if _alive(pid):
            continue
        stale = PgServer.__new__(PgServer)
        stale.bindir, stale.root = bindir, owner.parent
        stale.data = stale.root / "data"
        stale.user = _server_user()
        stale.stop()


@pytest.fixture(scope="session")
def pg_server():
    bindir = find_pg_bin()
    if bindir is None:
        pytest.skip("no PostgreSQL server binaries (initdb, pg_ctl) on this machine")
    stop_abandoned_servers(bindir)
    server = PgServer(bindir)
    try:
        server.start()
    except (RuntimeError, OSError, subprocess.SubprocessError) as error:
        server.stop()
        pytest.skip(f"cannot start a PostgreSQL server: {error}")
    started = time.monotonic()
    while True:  # pg_ctl -w returns once it accepts connections; be patient on slow machines
        try:
            server._admin().close()
            break
        except Exception:
            if time.monotonic() - started > 30:
                server.stop()
                pytest.skip("the PostgreSQL server did not accept connections")
            time.sleep(0.2)
    atexit.register(server.stop)  # also when the run ends without fixture teardown
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server):
    """A fresh, empty PostgreSQL database for this test."""
    name = pg_server.create_database()
    yield pg_server.url(name)
    # The program under test may still hold pooled connections; FORCE ends them.
    pg_server.drop_database(name)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def any_db_url(request, tmp_path):
    """Where a new database goes: a SQLite file path, or a PostgreSQL URL."""
    if request.param == "sqlite":
        return str(tmp_path / "any.db")
    return request.getfixturevalue("pg_url")
