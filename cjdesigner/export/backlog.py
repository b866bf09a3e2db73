"""The backlog of a journey as a table: aligned text for a terminal, CSV, Markdown and Excel.

One table for every output, so the command line, and later the app and the PDF, print the same
columns in the same order. Headers and statuses follow the map's language, like the CSV export.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from pathlib import Path

from cjdesigner.i18n import QT_TRANSLATE_NOOP, MapWordList
from cjdesigner.io.atomic import write_atomic
from cjdesigner.layout.charts import format_number
from cjdesigner.model.backlog import QUADRANT_TITLES, backlog
from cjdesigner.model.document import Journey, Project
from cjdesigner.model.vocabulary import STATUS_TITLES

HEADERS = MapWordList("backlog columns", (
    QT_TRANSLATE_NOOP("backlog columns", "Rank"),
    QT_TRANSLATE_NOOP("backlog columns", "Opportunity"),
    QT_TRANSLATE_NOOP("backlog columns", "Stage"),
    QT_TRANSLATE_NOOP("backlog columns", "Impact"),
    QT_TRANSLATE_NOOP("backlog columns", "Effort"),
    QT_TRANSLATE_NOOP("backlog columns", "Impact ÷ effort"),
    QT_TRANSLATE_NOOP("backlog columns", "Pain weight"),
    QT_TRANSLATE_NOOP("backlog columns", "Votes"),
    QT_TRANSLATE_NOOP("backlog columns", "Owner"),
    QT_TRANSLATE_NOOP("backlog columns", "Status"),
    QT_TRANSLATE_NOOP("backlog columns", "Quadrant"),
    QT_TRANSLATE_NOOP("backlog columns", "Pain points answered"),
))
# The columns holding numbers: right-aligned in text and Markdown, numbers in a workbook.
NUMERIC = frozenset({0, 3, 4, 5, 6, 7})


def _one_line(text: str) -> str:
    return " ".join(text.split())


def backlog_table(project: Project, journey_id: str, journey: Journey | None = None) -> list[list[str | int | float | None]]:
    """The header, then one row per opportunity in rank order; numbers stay numbers. `journey`,
    when given, is the one to rank instead (a print's selection of the journey)."""
    language = project.language
    table: list[list[str | int | float | None]] = [list(HEADERS[language])]
    for row in backlog(journey or project.journey(journey_id)):
        card = row.card
        table.append([
            row.rank,
            _one_line(card.text),
            row.stage,
            card.impact,
            card.effort,
            None if row.score is None else round(row.score, 2),
            round(float(row.answered_weight), 2),
            card.votes,
            card.owner,
            STATUS_TITLES[row.status][language],
            "" if row.quadrant is None else QUADRANT_TITLES[row.quadrant][language],
            " | ".join(_one_line(p.text) for p in row.pain_points),
        ])
    return table


def _cell(value: str | int | float | None, decimal: str | None = None) -> str:
    """A file's spreadsheet reads `decimal`; a person reads the interface's language (no `decimal`)."""
    if value is None:
        return ""
    if isinstance(value, float):
        return format_number(value, decimals=2) if decimal is None else f"{value:.2f}".replace(".", decimal)
    return str(value)


def _width(text: str) -> int:
    """Columns a terminal gives the text: wide (CJK) characters take two, combining marks none."""
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def to_text(table: list[list[str | int | float | None]]) -> str:
    """Columns aligned with spaces, numbers to the right; a rule under the header."""
    cells = [[_cell(v) for v in row] for row in table]
    widths = [max(_width(row[i]) for row in cells) for i in range(len(cells[0]))]

    def line(row: list[str]) -> str:
        parts = [
            " " * (w - _width(c)) + c if i in NUMERIC else c + " " * (w - _width(c))
            for i, (c, w) in enumerate(zip(row, widths))
        ]
        return "  ".join(parts).rstrip()

    return "\n".join([line(cells[0]), "  ".join("-" * w for w in widths), *(line(r) for r in cells[1:])]) + "\n"


def to_markdown(table: list[list[str | int | float | None]]) -> str:
    def escape(text: str) -> str:
        return text.replace("\\", "\\\\").replace("|", "\\|")

    rule = ["---:" if i in NUMERIC else "---" for i in range(len(table[0]))]
    rows = [[escape(_cell(v)) for v in table[0]], rule, *([escape(_cell(v)) for v in row] for row in table[1:])]
    return "".join("| " + " | ".join(row) + " |\n" for row in rows)


def to_csv(table: list[list[str | int | float | None]], delimiter: str) -> str:
    """Decimals with a comma where the list separator is ; (as the user's spreadsheet expects);
    a cell a spreadsheet would run as a formula is escaped as in the cards' CSV."""
    from cjdesigner.io.csv_cards import escape_formula

    decimal = "," if delimiter == ";" else "."
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    for row in table:
        writer.writerow([escape_formula(_cell(v, decimal)) for v in row])
    return out.getvalue()


def write_backlog(table: list[list[str | int | float | None]], path: Path, delimiter: str) -> None:
    """Write the table as the path's extension says (.csv, .md or .xlsx), atomically. Raises
    SaveError when the disk refuses, ValueError for another extension."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        data = b"\xef\xbb\xbf" + to_csv(table, delimiter).encode("utf-8")
    elif suffix == ".md":
        data = to_markdown(table).encode("utf-8")
    elif suffix == ".xlsx":
        data = _xlsx(table)
    else:
        raise ValueError(suffix)
    write_atomic(path, data, keep_backup=False)


def _xlsx(table: list[list[str | int | float | None]]) -> bytes:
    from openpyxl import Workbook

    from cjdesigner.export.xlsx import TextSheet

    book = Workbook()
    book.active.title = "Backlog"
    sheet = TextSheet(book.active, [])
    for row in table:
        sheet.append(row)
    sheet.finish()
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
