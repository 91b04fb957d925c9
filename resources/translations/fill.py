"""Fill unfinished entries of dvdesk_en.ts from a table: ``fill.py table.tsv``.

Each line of the table: the Vietnamese source, a tab, the English text. Entries found
are marked finished; run update.py afterwards to compile the .qm.
"""

from __future__ import annotations

import sys
from pathlib import Path

TS = Path(__file__).resolve().parent / "dvdesk_en.ts"


def main(table: str) -> int:
    wanted = {}
    for line in Path(table).read_text(encoding="utf-8").splitlines():
        if "\t" in line:
            source, english = line.split("\t", 1)
            wanted[source] = english
    text = TS.read_text(encoding="utf-8")
    missing = []
    for source, english in wanted.items():
        escaped = (source.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                   .replace('"', "&quot;").replace("'", "&apos;"))
        english_escaped = (english.replace("&", "&amp;").replace("<", "&lt;")
                           .replace(">", "&gt;"))
        for form in (escaped, escaped.replace("&quot;", '"').replace("&apos;", "'")):
            old = f"<source>{form}</source>\n        <translation type=\"unfinished\"></translation>"
            if old in text:
                text = text.replace(old, f"<source>{form}</source>\n        "
                                         f"<translation>{english_escaped}</translation>")
                break
        else:
            missing.append(source)
    TS.write_text(text, encoding="utf-8")
    for source in missing:
        print("not found or already translated:", source)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
