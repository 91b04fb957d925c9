"""Fill the unfinished entries of dvdesk_en.ts from a table: ``fill.py table.tsv``.

Each line of the table is the Vietnamese source, a tab, the English text (``\\n`` for a
line break). Every unfinished entry with that source, in any context, gets it; the
sources still missing are printed. Run update.py afterwards to compile the .qm.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parent / "dvdesk_en.ts"


def main(table: str) -> int:
    wanted = {}
    for line in Path(table).read_text(encoding="utf-8").splitlines():
        if "\t" in line:
            source, english = line.split("\t", 1)
            wanted[source] = english.replace("\\n", "\n")
    tree = ET.parse(TS)
    missing = []
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation.get("type") != "unfinished":
            continue
        source = message.find("source").text
        if source in wanted:
            translation.text = wanted[source]
            del translation.attrib["type"]
        else:
            missing.append(source)
    tree.write(TS, encoding="utf-8", xml_declaration=True)  # update.py rewrites it in Qt's form
    for source in missing:
        print("still untranslated:", source)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
