"""Using the real window the way a person does: the API the real-window tests are written in.

The program runs as its own process (``dvdesk gui``) on an Xvfb display, with the ``xcb``
platform. The test moves the mouse, clicks and types with real X events (xdotool); a small
agent inside the program (agent.py) only reports what is on the screen. A click on a
widget hidden behind a modal dialog or under an open popup, a disabled button, a field
that is not visible, a dialog that is a blank window: all fail here as they would fail a
person.

    def test_approve(launch):
        app = launch(page="calendar", month="2026-12")     # the program, on a demo copy
        app.click("Sao chép tháng trước")                  # a button, tab, menu entry, list
        app.click("Duyệt…")                                #   item, chip … by its text
        approve = app.dialog("Duyệt lịch tháng 12/2026")    # waits; checks it is a real,
        approve.type_into("Số văn bản", "15-LT/HU")         #   visible, non-blank window
        approve.click("Đồng ý")                             #   with its fields inside
        app.wait_gone("Duyệt lịch tháng")
        assert app.sees("ĐÃ DUYỆT số 15-LT/HU")             # some visible text contains it
        app.menu("Tệp", "Lưu bản sao…")                    # menu bar, then the entry
        app.dialog("Lưu bản sao cơ sở dữ liệu").click("Hủy")
        assert app.actions == 7                             # clicks, typings, keys counted
        assert app.close() == 0                             # Tệp → Thoát, exit code

Texts are written in Vietnamese; launched with ``lang="en"`` the same calls find the
English texts (translate.py, from the .ts files). Fields are found by the label beside
them ("Số văn bản"), their placeholder or accessible name. ``kinds=["item"]`` (or
"action", "tab", "chip") narrows what a text may be; ``index=`` picks among equal texts
(top-left first). Every action leaves a screenshot in tests/artifacts/<test>/ (kept,
not in git), and a test fails if the program printed a traceback.

Also: ``open_page(name)`` (the navigation on the left), ``double_click``, ``right_click``,
``click(text, holding="ctrl")`` (a click with a key held: adding to a selection),
``menu_choice(text)`` (an open context menu), ``choose(field, option)`` (a combo box),
``key("ctrl+z")``, ``close_popup()``, ``wait_for(text)``, ``field(label)`` (its value,
focus, options …), ``rows(text_in_view)``, ``texts()``, ``windows()``, ``screenshot()``.
``launch(lang=, page=, month=, db=, args=, env=)`` can start several programs in a test.
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from tests.window.translate import english

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
TIMEOUT = float(os.environ.get("DVDESK_WINDOW_TIMEOUT", "20"))


class WindowError(AssertionError):
    """What a person would have noticed: a missing button, a blank dialog, a lost click."""


@dataclass
class Found:
    ref: int
    rect: list[int]
    text: str
    kind: str
    raw: dict = field(repr=False, default_factory=dict)

    @property
    def center(self) -> tuple[int, int]:
        x, y, w, h = self.rect
        return x + w // 2, y + h // 2


class Scope:
    """Finding and acting on things inside one window (or, for the program, anywhere)."""

    def __init__(self, program: Program, window: int | None, title: str = ""):
        self.program = program
        self.window = window
        self.title = title

    # -- finding -------------------------------------------------------------------------
    def _texts(self, text: str) -> list[str]:
        return english(text) if self.program.lang == "en" else [text]

    def find_all(self, text: str, match: str = "exact", kinds=None) -> list[Found]:
        raw = self.program.request("find", texts=self._texts(text), within=self.window,
                                   match=match, kinds=kinds)
        found = [Found(r["ref"], r["rect"], r["text"], r["kind"], r) for r in raw]
        return sorted(found, key=lambda f: (f.rect[1], f.rect[0]))

    def find(self, text: str, *, index: int | None = None, match: str = "exact",
             kinds=None, timeout: float = TIMEOUT) -> Found:
        """The one visible thing showing ``text`` (waits for it to appear)."""
        deadline = time.monotonic() + timeout
        while True:
            found = [f for f in self.find_all(text, match, kinds) if f.raw["visible"]]
            modal = self.program.modal()
            if modal is not None and self.window is None:
                # With a modal dialog up a person can only reach that dialog (or a popup).
                inside = [f for f in found if f.raw["window"] == modal["ref"]]
                found = inside or found
            if found:
                if index is not None:
                    if index < len(found):
                        return found[index]
                elif len(found) == 1 or len({tuple(f.rect) for f in found}) == 1:
                    return found[0]
                else:
                    enabled = [f for f in found if f.raw["enabled"]]
                    if len(enabled) == 1:
                        return enabled[0]
                    where = "; ".join(f"{f.kind} {f.raw['class']} at {f.rect}" for f in found)
                    raise WindowError(f"«{text}» is shown {len(found)} times ({where}); "
                                      "say which with index=")
            if time.monotonic() > deadline:
                seen = self.program.request("texts", within=self.window)
                raise WindowError(f"no visible «{text}» in {self.title or 'the program'}; "
                                  f"visible texts: {sorted(set(seen))[:80]}")
            time.sleep(0.1)

    def field(self, label: str, timeout: float = TIMEOUT) -> dict:
        """The field a person associates with ``label`` (its state: value, options …)."""
        deadline = time.monotonic() + timeout
        while True:
            for text in self._texts(label):
                found = [f for f in self.program.request("fields", label=text,
                                                         within=self.window) if f["visible"]]
                if self.window is None and (modal := self.program.modal()) is not None:
                    found = [f for f in found if f["window"] == modal["ref"]] or found
                if len(found) == 1:
                    return found[0]
                if len(found) > 1:
                    raise WindowError(f"{len(found)} fields are labelled «{label}»")
            if time.monotonic() > deadline:
                raise WindowError(f"no visible field labelled «{label}» in "
                                  f"{self.title or 'the program'}")
            time.sleep(0.1)

    def sees(self, text: str) -> bool:
        """Whether some visible text (label, button, cell, field value) contains ``text``."""
        wanted = self._texts(text)
        return any(w in t for t in self.texts() for w in wanted)

    def texts(self) -> list[str]:
        return self.program.request("texts", within=self.window)

    def wait_for(self, text: str, timeout: float = TIMEOUT) -> None:
        deadline = time.monotonic() + timeout
        while not self.sees(text):
            if time.monotonic() > deadline:
                raise WindowError(f"«{text}» never appeared in {self.title or 'the program'}; "
                                  f"visible: {sorted(set(self.texts()))[:80]}")
            time.sleep(0.1)

    def rows(self, text_in_view: str) -> list[list[str]]:
        """The rows of the table or list that shows ``text_in_view``."""
        found = self.find(text_in_view, kinds=["item"])
        return self.program.request("rows", ref=found.ref)

    # -- acting ---------------------------------------------------------------------------
    def click(self, text: str, *, index: int | None = None, double: bool = False,
              button: int = 1, match: str = "exact", kinds=None,
              holding: str | None = None) -> Found:
        """``holding``: a key held down during the click ("ctrl" adds to a selection)."""
        target = self.find(text, index=index, match=match, kinds=kinds)
        if not target.raw["enabled"]:
            raise WindowError(f"«{text}» is disabled (greyed out)")
        if target.kind == "item" and not target.raw.get("in_view", True):
            target.rect = self.program.request("reveal", ref=target.ref,
                                               path=target.raw["path"])
        self.program.click_at(target, double=double, button=button, holding=holding,
                              label=("double-click " if double else "click ") + text)
        return target

    def double_click(self, text: str, **kw) -> Found:
        return self.click(text, double=True, **kw)

    def right_click(self, text: str, **kw) -> Found:
        return self.click(text, button=3, **kw)

    def type_into(self, label: str, text: str) -> None:
        """Click the field (unless the cursor is already in it), select what it holds, type."""
        state = self.field(label)
        if not state["enabled"]:
            raise WindowError(f"the field «{label}» is disabled")
        if not state.get("focus") and not self._has_focus(state["ref"]):
            x, y, w, h = state["rect"]
            target = Found(state["ref"], state["rect"], label, "field", state)
            self.program.click_at(target, label=f"click {label}")
        if state.get("value") and state["class"] not in ("QComboBox",):
            self.program.key("ctrl+a", label=f"select {label}")
        self.program.type_text(text, label=f"type {label}")
        self.program.wait_until(
            lambda: text in str(self.program.request("state", ref=state["ref"]).get("value")),
            f"«{label}» never showed the typed «{text}»")

    def _has_focus(self, ref: int) -> bool:
        return bool(self.program.request("state", ref=ref).get("focus"))

    def choose(self, label: str, option: str) -> None:
        """Open a combo box and click one of its options."""
        state = self.field(label)
        if state["class"] != "QComboBox":
            raise WindowError(f"«{label}» is a {state['class']}, not a list to choose from")
        self.program.click_at(Found(state["ref"], state["rect"], label, "field", state),
                              label=f"open {label}")
        popup = self.program.wait_window(lambda w: w["popup"], "the list of choices")
        Scope(self.program, popup["ref"], label).click(option, kinds=["item"])

    def key(self, keys: str) -> None:
        self.program.key(keys, label=keys)

    def close_popup(self) -> None:
        """Escape an open list of choices or completions (a person would)."""
        if any(w["popup"] for w in self.program.windows()):
            self.program.key("Escape", label="close the popup")

    def check(self) -> dict:
        return self.program.check_window(self.window, self.title)


class Program(Scope):
    """The program under test: its process, its display, the agent it answers through."""

    def __init__(self, display: str, db: Path | str, lang: str, artifacts: Path,
                 args: list[str], env: dict | None = None, wait_open: bool = True):
        super().__init__(self, None)
        self.display, self.db, self.lang = display, str(db), lang
        self.artifacts = artifacts
        self.actions = 0
        self.log: list[str] = []
        self._shots = 0
        # A short path: a Unix socket's name must stay under ~100 bytes.
        self._socket_name = str(Path(tempfile.gettempdir()) / f"dvdesk-{os.getpid()}-{id(self)}")
        self.stderr_path = artifacts / "program-stderr.txt"
        artifacts.mkdir(parents=True, exist_ok=True)
        home = artifacts / "home"  # the program's own home: Documents, print-to-file …
        (home / "Documents").mkdir(parents=True, exist_ok=True)
        self.env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb",
                    "DVDESK_LANG": lang, "PYTHONPATH": str(ROOT), "HOME": str(home),
                    "QT_ACCESSIBILITY": "0", **(env or {})}
        self.env.pop("WAYLAND_DISPLAY", None)
        self._stderr = open(self.stderr_path, "w", encoding="utf-8")  # noqa: SIM115
        self.process = subprocess.Popen(
            [sys.executable, str(HERE / "launch.py"), self._socket_name, "--db", self.db,
             "gui", *args],
            env=self.env, stdout=self._stderr, stderr=subprocess.STDOUT, cwd=artifacts)
        self._sock = self._connect()
        self.main = self.wait_window(lambda w: not w["dialog"] and not w["popup"]
                                     and w["exposed"], "the main window", timeout=60)
        if wait_open:  # as a person waits for "đang mở…" to leave the status bar
            self.wait_opened()
            self.request("idle", ms=300)

    def wait_opened(self, timeout: float = 60) -> None:
        """Wait until the database is open (the window paints before it is)."""
        deadline = time.monotonic() + timeout
        while self.sees("CSDL: đang mở…"):
            if time.monotonic() > deadline:
                raise WindowError("the database never finished opening")
            time.sleep(0.05)

    # -- the agent --------------------------------------------------------------------------
    def _connect(self) -> socket.socket:
        deadline = time.monotonic() + 60
        while True:
            if self.process.poll() is not None:
                raise WindowError(f"the program exited ({self.process.returncode}): "
                                  f"{self.stderr()[-2000:]}")
            try:
                sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                sock.connect(self._socket_name)
                sock.settimeout(120)
                self._reader = sock.makefile("rb")
                return sock
            except (FileNotFoundError, ConnectionRefusedError):
                sock.close()
                if time.monotonic() > deadline:
                    raise WindowError("the program never started its window") from None
                time.sleep(0.1)

    def request(self, cmd: str, **args):
        self._sock.sendall(json.dumps({"cmd": cmd, **args}).encode() + b"\n")
        line = self._reader.readline()
        if not line:
            raise WindowError(f"the program stopped answering; it printed: "
                              f"{self.stderr()[-2000:]}")
        reply = json.loads(line)
        if not reply["ok"]:
            raise WindowError(f"{cmd}: {reply['error']}\n{reply.get('trace', '')}")
        return reply.get("value")

    def stderr(self) -> str:
        if not self._stderr.closed:
            self._stderr.flush()
        return self.stderr_path.read_text(encoding="utf-8", errors="replace")

    # -- windows ------------------------------------------------------------------------------
    def windows(self) -> list[dict]:
        return self.request("windows")

    def modal(self) -> dict | None:
        return next((w for w in self.windows() if w["modal"]), None)

    def wait_window(self, predicate, what: str, timeout: float = TIMEOUT) -> dict:
        deadline = time.monotonic() + timeout
        while True:
            for window in self.windows():
                if predicate(window):
                    return window
            if time.monotonic() > deadline:
                titles = [w["title"] or w["class"] for w in self.windows()]
                raise WindowError(f"{what} never appeared (windows on screen: {titles})")
            time.sleep(0.1)

    def dialog(self, title: str, timeout: float = TIMEOUT, match: str = "prefix") -> Scope:
        """Wait for a dialog whose title is (or starts with) ``title``; check it as a person
        would see it (visible, its own window, fields inside, not blank); return it."""
        titles = self._texts(title)

        def wanted(window) -> bool:
            shown = " ".join(window["title"].split())
            return window["exposed"] and not window["popup"] and window["ref"] != \
                self.main["ref"] and any(
                    shown == t or (match == "prefix" and shown.startswith(t)) for t in titles)

        window = self.wait_window(wanted, f"the dialog «{title}»", timeout)
        scope = Scope(self, window["ref"], window["title"])
        self.check_window(window["ref"], window["title"])
        return scope

    def wait_gone(self, title: str, timeout: float = TIMEOUT, match: str = "prefix") -> None:
        """Wait until no dialog titled ``title`` (or starting so) is on screen."""
        titles = self._texts(title)

        def same(shown: str, wanted: str) -> bool:
            shown = " ".join(shown.split())
            return shown == wanted or (match == "prefix" and shown.startswith(wanted))

        deadline = time.monotonic() + timeout
        while any(any(same(w["title"], t) for t in titles)
                  and w["ref"] != self.main["ref"] for w in self.windows()):
            if time.monotonic() > deadline:
                raise WindowError(f"the dialog «{title}» is still open")
            time.sleep(0.1)

    def check_window(self, ref: int, title: str) -> dict:
        """Visible, exposed, a window of its own, every field inside it, a picture that is
        not blank. Waits a little for the first paint."""
        deadline = time.monotonic() + TIMEOUT
        while True:
            facts = self.request("inspect", ref=ref)
            problems = []
            if not (facts["visible"] and facts["is_window"] and facts["exposed"]):
                problems.append("it is not a visible window on the screen")
            strays = [f"{w['class']} «{w['title']}»" for w in facts["nested_windows"]]
            if strays:
                problems.append("parts of it are separate windows: " + ", ".join(strays))
            outside = [f"{f['class']} {f['name']}" for f in facts["fields"]
                       if f["visible"] and not (f["own_window"] and f["inside"])]
            if outside:
                problems.append("fields outside it: " + ", ".join(outside))
            if not any(f["visible"] for f in facts["fields"]):
                problems.append("it shows no field or button at all")
            path = self.artifacts / f"check-{self._slug(title)}.png"
            stats = self.request("grab", path=str(path), ref=ref)
            if stats["colors"] < 8 or stats["dominant"] > 0.985:
                problems.append(f"its picture is blank ({stats['colors']} colours, "
                                f"{stats['dominant']:.1%} one colour; see {path})")
            if not problems:
                return facts
            if time.monotonic() > deadline:
                raise WindowError(f"the window «{title}»: " + "; ".join(problems))
            time.sleep(0.2)

    # -- real input ----------------------------------------------------------------------------
    def xdotool(self, *args: str) -> None:
        subprocess.run(["xdotool", *args], env=self.env, check=True, timeout=30,
                       capture_output=True)

    def _count(self) -> dict:
        try:
            return self.request("events")
        except (OSError, WindowError):
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                raise WindowError("the program stopped answering but did not exit") from None
            return {}  # the program quit: the last input did arrive

    def _arrived(self, kind: str, at_least: int) -> bool:
        return self.process.poll() is not None or self._count().get(kind, 0) >= at_least

    def click_at(self, target: Found, *, double: bool = False, button: int = 1,
                 label: str = "", holding: str | None = None) -> None:
        x, y = target.center
        hit = self.request("hit", x=x, y=y)
        if hit["widget"] is None:
            raise WindowError(f"{label}: nothing of the program is at {x},{y}")
        if hit.get("blocked"):
            raise WindowError(f"{label}: it is behind the modal dialog «{hit['modal']}»")
        if hit.get("popup") and not hit.get("in_popup"):
            raise WindowError(f"{label}: a popup ({hit['popup_class']}) is open and would only "
                              "close on this click; close it first (key Escape)")
        if target.ref not in hit["chain"] and target.raw.get("window") not in hit["chain"]:
            raise WindowError(f"{label}: another window covers it ({hit['class']} is there)")
        # A double click may open a dialog on its second press; the last release then
        # goes to a window that dialog blocks: count presses for it.
        kind = "MouseButtonPress" if double else "MouseButtonRelease"
        before = self._count().get(kind, 0)
        clicks = ["click", "--repeat", "2", "--delay", "60"] if double else ["click"]
        if holding:
            self.xdotool("keydown", holding)
        try:
            self.xdotool("mousemove", "--sync", str(x), str(y), *clicks, str(button))
        finally:
            if holding:
                self.xdotool("keyup", holding)
        self.wait_until(lambda: self._arrived(kind, before + (2 if double else 1)),
                        f"{label}: the click never reached the window")
        self._acted(label)

    def key(self, keys: str, label: str = "") -> None:
        # A key that closes a dialog (Return, Escape) closes it on its press: the release
        # then goes to a window that no longer exists. Every press arriving counts too.
        counts = self._count()
        released, pressed = counts.get("KeyRelease", 0), counts.get("KeyPress", 0)
        presses = sum(len(chord.split("+")) for chord in keys.split())
        self.xdotool("key", "--clearmodifiers", keys)
        self.wait_until(lambda: self._arrived("KeyRelease", released + 1)
                        or self._arrived("KeyPress", pressed + presses),
                        f"the key {keys} never reached the window")
        self._acted(label or keys)

    def type_text(self, text: str, label: str = "") -> None:
        before = self._count().get("KeyRelease", 0)
        self.xdotool("type", "--delay", "15", "--", text)
        self.wait_until(lambda: self._arrived("KeyRelease", before + 1),
                        "the typing never reached the window")
        self._acted(label or f"type {text}")

    def open_page(self, name: str) -> None:
        """Click a page in the navigation on the left ("Lịch sinh hoạt" …)."""
        for found in self.find_all(name, kinds=["item"]):
            if found.raw.get("view") == "navigation" and found.raw["visible"]:
                self.click_at(found, label=f"open {name}")
                return
        raise WindowError(f"no page «{name}» in the navigation")

    def menu_choice(self, text: str) -> None:
        """Click an entry of the menu that is open (a context menu)."""
        popup = self.wait_window(lambda w: w["popup"], "the menu")
        Scope(self, popup["ref"], "menu").click(text, kinds=["action"])

    def menu(self, *path: str) -> None:
        """Open the menu bar entry ``path[0]`` and click down to ``path[-1]``."""
        self.click(path[0], kinds=["action"])
        for step in path[1:]:
            popup = self.wait_window(lambda w: w["popup"], f"the menu «{path[0]}»")
            Scope(self, popup["ref"], path[0]).click(step, kinds=["action"])

    def _acted(self, label: str) -> None:
        self.actions += 1
        self.log.append(label)
        if self.process.poll() is not None:
            return
        self.request("idle")
        self.screenshot(label)

    def wait_until(self, condition, message: str, timeout: float = TIMEOUT) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise WindowError(message)
            time.sleep(0.05)

    # -- pictures -----------------------------------------------------------------------------
    @staticmethod
    def _slug(text: str) -> str:
        return re.sub(r"[^\w.-]+", "-", text, flags=re.UNICODE).strip("-")[:60] or "step"

    def screenshot(self, name: str, ref: int | None = None) -> Path:
        """Save the whole screen (or one window) under tests/artifacts/<test>/."""
        self._shots += 1
        path = self.artifacts / f"{self._shots:02d}-{self._slug(name)}.png"
        self.request("grab", path=str(path), ref=ref)
        return path

    # -- the end -----------------------------------------------------------------------------
    def close(self, timeout: float = 30) -> int:
        """Quit through the menu as a person does; returns the exit code."""
        if self.process.poll() is None:
            self.menu("Tệp", "Thoát")
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.kill()
                raise WindowError("the program did not exit after Tệp → Thoát") from None
        return self.process.returncode

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)

    def finish(self) -> None:
        try:
            self._sock.close()
        except OSError:
            pass
        Path(self._socket_name).unlink(missing_ok=True)
        self.kill()
        self._stderr.close()
