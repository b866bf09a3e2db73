"""A journey as an Excel workbook: a sheet of cards with every field (the CSV columns), then sheets of
the journey, stages, lanes, personas and emotion points, headers in the map's language.

Importing the workbook gives back the same map (stages, lanes and personas are matched by name, so
two stages of one name become one: the export warns). openpyxl is imported only here.
"""

from __future__ import annotations

import math

import csv
import io
from pathlib import Path

from cjdesigner.export.options import ExportOptions, ExportReport, Progress
from cjdesigner.export.plain_text import CONTROL, named, strip_control
from cjdesigner.export.selection import selected_journey
from cjdesigner.i18n import QT_TRANSLATE_NOOP, arg, translate
from cjdesigner.model.document import Project
from cjdesigner.model.vocabulary import LANE_TITLES, Language


def _duplicates(names: list[str]) -> list[str]:
    from cjdesigner.model.vocabulary import fold

    seen: dict[str, str] = {}
    twice: list[str] = []
    for name in names:
        if fold(name) in seen and seen[fold(name)] not in twice:
            twice.append(seen[fold(name)])
        seen.setdefault(fold(name), name)
    return twice


def _with_hidden_lanes(project: Project, options: ExportOptions):
    """The selected journey, keeping its hidden lanes (hidden, as they are): a workbook carries the
    whole map, while a print leaves them out."""
    source = options.selection.journey(project)
    hidden = {lane.id for lane in source.lanes if lane.hidden}
    shown = source.model_copy(update={"lanes": [lane.model_copy(update={"hidden": False}) for lane in source.lanes]})
    copy = project.model_copy(update={"journeys": [shown if j.id == source.id else j for j in project.journeys]})
    journey = selected_journey(copy, options.selection)
    journey.lanes = [lane.model_copy(update={"hidden": lane.id in hidden}) for lane in journey.lanes]
    return journey


def write_xlsx(project: Project, options: ExportOptions, path: str | Path) -> list[str]:
    """Write the workbook atomically; returns warnings (names that an import would merge)."""
    from openpyxl import Workbook

    from cjdesigner.io.atomic import write_atomic
    from cjdesigner.io.csv_cards import export_csv
    from cjdesigner.io.loop_cells import loop_cells
    from cjdesigner.io.xlsx_cards import JOURNEY_FIELDS, MAP_FIELDS, header, sheet_name

    journey = _with_hidden_lanes(project, options)
    language = project.language
    french = language == Language.FR
    names = {p.id: p.name for p in project.personas}
    others = [j for j in project.journeys if j.id != journey.id]  # a card names its sub-journey by title
    trimmed = project.model_copy(update={"journeys": [journey, *others]})
    warnings = []
    for sentence, items in (
        (QT_TRANSLATE_NOOP("export", "several stages share a name (%1); importing the workbook would merge them into one"), [s.name for s in journey.stages]),
        (QT_TRANSLATE_NOOP("export", "several lanes share a name (%1); importing the workbook would merge them into one"), [lane.title for lane in journey.lanes]),
        (QT_TRANSLATE_NOOP("export", "several personas share a name (%1); importing the workbook would merge them into one"),
         [names.get(p, p) for p in journey.persona_ids]),
    ):
        if twice := _duplicates(items):
            warnings.append(arg(translate("export", sentence), ", ".join(twice[:5])))
    dropped: list[str] = []
    book = Workbook()
    book.active.title = sheet_name("cards", language)
    sheets = {"cards": TextSheet(book.active, dropped, title_columns="A:C")}  # stage, lane, text
    for key in ("journey", "stages", "lanes", "personas", "emotions"):
        sheets[key] = TextSheet(book.create_sheet(sheet_name(key, language)), dropped)
    for row in csv.reader(io.StringIO(export_csv(trimmed, journey.id, ","), newline="")):
        sheets["cards"].append(row)
    sheet = sheets["journey"]
    sheet.append(header("journey", language))
    for field, words in JOURNEY_FIELDS.items():
        sheet.append([words[french], getattr(journey, field)])
    map_values = {"title": project.title, "description": project.description, "authors": " | ".join(project.authors), "language": language.value}
    for field, words in MAP_FIELDS.items():
        sheet.append([words[french], map_values[field]])
    for key in ("stages", "lanes", "personas", "emotions"):
        sheets[key].append(header(key, language))
    path_names = {path.id: path.name for path in journey.paths}
    for stage in journey.stages:
        returns_to, labels = loop_cells(journey, stage.id)
        sheets["stages"].append([stage.name, stage.description, stage.goal, stage.colour, path_names.get(stage.path_id or "", ""), returns_to, labels])
    for lane in journey.lanes:
        hidden = ("oui" if french else "yes") if lane.hidden else ""
        sheets["lanes"].append([lane.title, LANE_TITLES[lane.kind][language], lane.colour or "", hidden, lane.line_below.value if lane.line_below else "",
                                lane.chart.value if lane.chart else ""])
    for persona_id in journey.persona_ids:
        p = project.persona(persona_id)
        sheets["personas"].append([p.name, p.role, p.colour, p.initials, p.quote, "\n".join(p.goals), "\n".join(p.frustrations), p.description, str(p.line_style if p.line_style is not None else "")])
    stage_names = {s.id: s.name for s in journey.stages}
    for point in journey.emotion_points:
        sheets["emotions"].append([stage_names.get(point.stage_id, ""), names.get(point.persona_id, ""), point.score, point.label])
    for filled in sheets.values():
        filled.finish()
    if dropped:
        warnings.append(arg(translate("export", "a workbook cannot hold control characters, so they were left out of: %1"), named(dropped)))
    out = io.BytesIO()
    book.save(out)
    write_atomic(Path(path), out.getvalue(), keep_backup=False)
    return warnings


MAX_WIDTH = 60  # characters: a longer text wraps in its cell
MIN_WIDTH = 8


class TextSheet:
    """A sheet being filled row by row. It counts its own rows (openpyxl's `max_row` scans every
    cell: asked per row, a large map's export grows with the square of its cards) and the widest
    line of each column, to size the columns when the sheet is done."""

    def __init__(self, sheet, dropped: list[str], title_columns: str = "A:A") -> None:
        """`title_columns`: what names a row, repeated on each page across when the sheet is too
        wide for one."""
        from openpyxl.styles import Alignment

        self.title_columns = title_columns
        self.wrap = Alignment(wrap_text=True, vertical="top")
        self.sheet = sheet
        self.rows = 0
        self.widths: dict[int, int] = {}
        self.dropped = dropped

    def append(self, values: list) -> None:
        """Text stays text: openpyxl would otherwise take a cell beginning with = for a formula. A
        workbook cannot hold control characters (other than tab and line breaks): they are left out, and named."""
        cleaned = []
        for value in values:
            if isinstance(value, str) and CONTROL.search(value):
                self.dropped.append(strip_control(value)[:40])
                value = strip_control(value)
            cleaned.append(value)
        self.sheet.append(cleaned)
        self.rows += 1
        for column, value in enumerate(cleaned, 1):
            if value is None or value == "":
                continue
            text = value if isinstance(value, str) else str(value)
            longest = max(len(line) for line in text.split("\n"))
            if longest > self.widths.get(column, 0):
                self.widths[column] = longest
            if isinstance(value, str):
                cell = self.sheet.cell(row=self.rows, column=column)
                cell.data_type = "s"
                if longest > MAX_WIDTH or "\n" in value:
                    cell.alignment = self.wrap

    def finish(self) -> None:
        """Bold, frozen headers; each column as wide as its longest line, up to MAX_WIDTH characters;
        and a print setup."""
        from openpyxl.styles import Font
        from openpyxl.utils import get_column_letter

        bold = Font(bold=True)
        for column in self.widths:
            self.sheet.cell(row=1, column=column).font = bold
            self.sheet.column_dimensions[get_column_letter(column)].width = min(MAX_WIDTH, max(MIN_WIDTH, self.widths[column] + 2))
        self.sheet.freeze_panes = "A2"
        width = sum(min(MAX_WIDTH, max(MIN_WIDTH, w + 2)) for w in self.widths.values())
        print_setup(self.sheet, width, self.title_columns)


# Characters of column width that an A4 page holds across, landscape, with its text still readable
# (about 8 pt): wider sheets print over several pages across rather than shrink to one.
PAGE_WIDTH_CHARS = 170


def print_setup(sheet, width: float = 0.0, title_columns: str = "A:A") -> None:
    """Printed as it was, the cards sheet's columns split over 33 A4 pages, and only the first page
    said which column was which: landscape, as few pages across as keep the text readable (one for
    a narrow sheet; a wider one repeats the columns that name a row — for the cards, stage, lane and
    text — on each), the header row on every page, small margins and the cells' grid."""
    from openpyxl.worksheet.page import PageMargins

    across = max(1, math.ceil(width / PAGE_WIDTH_CHARS))
    sheet.page_setup.orientation = "landscape"
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth = across
    sheet.page_setup.fitToHeight = 0
    sheet.print_title_rows = "1:1"
    if across > 1:
        sheet.print_title_cols = title_columns
    sheet.page_margins = PageMargins(left=0.4, right=0.4, top=0.5, bottom=0.5, header=0.25, footer=0.25)
    sheet.print_options.gridLines = True


def export_xlsx(project: Project, options: ExportOptions, path: Path, progress: Progress | None = None) -> ExportReport:
    """The registry's entry point: the same writer, its warnings in a report."""
    return ExportReport(warnings=write_xlsx(project, options, path))
