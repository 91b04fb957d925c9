"""Plain text broken into the lines a table cell shows, the way reportlab's Paragraph breaks it.

A province calendar has 25,000 cells. As Paragraphs each is parsed as markup, split into
words, measured and drawn word by word, at a cost several times that of the table
around it. Plain text needs none of that: ``cell_lines`` breaks it into lines once (the
same greedy rule as Paragraph: a word goes on the line while it fits, the spaces between
words may shrink by ``SPACE_SHRINKAGE`` of a space), and the table draws the lines as
strings in the same font, size and leading, so a row is as tall and a page breaks at the
same place as with Paragraphs.

Text Paragraph breaks its own way gives None, and the caller uses a Paragraph: a word
wider than the column (Paragraph cuts it between letters) or a non-breaking space (a
word for Paragraph, a space for ``str.split``).
"""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

# reportlab's default (rl_config.spaceShrinkage): a line may overflow its width by this
# share of a space per word already on it.
SPACE_SHRINKAGE = 0.05


def cell_lines(value: str, font: str, size: float, width: float) -> list[str] | None:
    """The lines of ``value`` (hard breaks kept, runs of spaces as one) within ``width``
    points, or None where a Paragraph would break it otherwise."""
    if "\xa0" in value:
        return None
    space = stringWidth(" ", font, size)
    shrink = SPACE_SHRINKAGE * space
    lines: list[str] = []
    for hard in value.split("\n"):
        words = hard.split()
        if not words:
            lines.append("")
            continue
        whole = " ".join(words)
        if stringWidth(whole, font, size) <= width:  # most cells: one line that fits
            lines.append(whole)
            continue
        line: list[str] = []
        current = -space  # no space before the first word
        for word in words:
            word_width = stringWidth(word, font, size)
            if word_width > width:
                return None
            wider = current + space + word_width
            if not line or wider <= width + shrink * len(line):
                line.append(word)
                current = wider
            else:
                lines.append(" ".join(line))
                line, current = [word], word_width
        lines.append(" ".join(line))
    return lines
