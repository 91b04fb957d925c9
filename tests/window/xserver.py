"""An X display for the real-window tests: Xvfb on a free display number.

``Xvfb -displayfd`` picks the number itself, so several test runs on one machine never
collide. The screen is a common laptop's, 1366×768: what fits there fits the user's.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time

SCREEN = (1366, 768)
# Every Vietnamese letter, lower case (upper case is its shifted level), plus the few
# other characters the program's texts use. xdotool types a character missing from the
# keymap by remapping a spare key for a moment, and the program sometimes reads the key
# after the map changed back (a lost "ă" under load); with these on keys of their own,
# typing never touches the keymap.
LETTERS = ("àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
           "–…«»")


class XServer:
    def __init__(self, width: int = SCREEN[0], height: int = SCREEN[1]):
        self.size = (width, height)
        self.process: subprocess.Popen | None = None
        self.display = ""

    def start(self, timeout: float = 20) -> str:
        if shutil.which("Xvfb") is None:
            raise RuntimeError("Xvfb is not installed (.ci/system-packages installs it)")
        read, write = os.pipe()
        self.process = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0",
             f"{self.size[0]}x{self.size[1]}x24", "-nolisten", "tcp", "-noreset",
             "+extension", "XTEST"],
            pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        os.close(write)
        number = b""
        deadline = time.monotonic() + timeout
        with os.fdopen(read, "rb") as pipe:
            while not number.endswith(b"\n"):
                if time.monotonic() > deadline or self.process.poll() is not None:
                    self.stop()
                    raise RuntimeError("Xvfb did not start")
                chunk = pipe.read(1)
                if not chunk:
                    break
                number += chunk
        self.display = ":" + number.decode().strip()
        self._map_letters()
        return self.display

    def _map_letters(self) -> None:
        env = {**os.environ, "DISPLAY": self.display}
        table = subprocess.run(["xmodmap", "-pke"], env=env, capture_output=True, text=True,
                               check=True).stdout
        spare = []
        for line in table.splitlines():
            code, _, syms = line.partition("=")
            names = syms.split()
            # Empty keys and multimedia keys (no test presses those).
            if not names or all(n.startswith("XF86") or n == "NoSymbol" for n in names):
                spare.append(int(code.split()[1]))
        if len(spare) < len(LETTERS):
            raise RuntimeError("the X keymap has too few spare keys for the Vietnamese letters")
        lines = []
        for code, letter in zip(spare, LETTERS, strict=False):
            upper = letter.upper()
            lines.append(f"keycode {code} = U{ord(letter):04X} U{ord(upper):04X}")
        subprocess.run(["xmodmap", "-"], input="\n".join(lines), env=env, text=True,
                       check=True, capture_output=True)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None
