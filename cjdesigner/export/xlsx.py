"""A journey as an Excel workbook: a sheet of cards with every field (the CSV columns), then sheets of
the journey, stages, lanes, personas and emotion points, headers in the map's language.

Importing the workbook gives back the same map (stages, lanes and personas are matched by name, so
two stages of one name become one: the export warns). openpyxl is imported only here.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from cjdesigner.export.options import ExportOptions, ExportReport, Progress
from cjdesigner.export.selection import selected_journey
from cjdesigner.i18n import QT_TRANSLATE_NOOP, arg, translate
from cjdesigner.model.document import Project
from cjdesigner.model.vocabulary import Language


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
    from openpyxl.styles import Font

    from cjdesigner.io.atomic import write_atomic
    from cjdesigner.io.csv_cards import export_csv
    from cjdesigner.io.xlsx_cards import JOURNEY_FIELDS, MAP_FIELDS, header, sheet_name

    journey = _with_hidden_lanes(project, options)
    language = project.language
    french = language == Language.FR
    names = {p.id: p.name for p in project.personas}
    trimmed = project.model_copy(update={"journeys": [journey]})
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
    cards = book.active
    cards.title = sheet_name("cards", language)
    for row in csv.reader(io.StringIO(export_csv(trimmed, journey.id, ","), newline="")):
        _append(cards, row, dropped)
    _append(book.create_sheet(sheet_name("journey", language)), header("journey", language))
    sheet = book[sheet_name("journey", language)]
    for field, words in JOURNEY_FIELDS.items():
        _append(sheet, [words[french], getattr(journey, field)], dropped)
    map_values = {"title": project.title, "description": project.description, "authors": " | ".join(project.authors), "language": language.value}
    for field, words in MAP_FIELDS.items():
        _append(sheet, [words[french], map_values[field]], dropped)
    stages = book.create_sheet(sheet_name("stages", language))
    _append(stages, header("stages", language))
    for stage in journey.stages:
        _append(stages, [stage.name, stage.description, stage.goal, stage.colour], dropped)
    lanes = book.create_sheet(sheet_name("lanes", language))
    _append(lanes, header("lanes", language))
    for lane in journey.lanes:
        hidden = ("oui" if french else "yes") if lane.hidden else ""
        _append(lanes, [lane.title, lane.kind.value, lane.colour or "", hidden, lane.line_below.value if lane.line_below else "",
                       lane.chart.value if lane.chart else ""], dropped)
    personas = book.create_sheet(sheet_name("personas", language))
    _append(personas, header("personas", language))
    for persona_id in journey.persona_ids:
        p = project.persona(persona_id)
        _append(personas, [p.name, p.role, p.colour, p.initials, p.quote, "\n".join(p.goals), "\n".join(p.frustrations), p.description, str(p.line_style if p.line_style is not None else "")], dropped)
    emotions = book.create_sheet(sheet_name("emotions", language))
    _append(emotions, header("emotions", language))
    stage_names = {s.id: s.name for s in journey.stages}
    for point in journey.emotion_points:
        _append(emotions, [stage_names.get(point.stage_id, ""), names.get(point.persona_id, ""), point.score, point.label], dropped)
    for ws in book.worksheets:
        for cell in ws[1]:
            cell.font = Font(bold=True)
        ws.freeze_panes = "A2"
    if dropped:
        warnings.append(arg(translate("export", "a workbook cannot hold control characters, so they were left out of: %1"), ", ".join(repr(t) for t in dropped[:10])))
    out = io.BytesIO()
    book.save(out)
    write_atomic(Path(path), out.getvalue(), keep_backup=False)
    return warnings


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _append(sheet, values: list, dropped: list[str] | None = None) -> None:
    """Text stays text: openpyxl would otherwise take a cell beginning with = for a formula. A
    workbook cannot hold control characters (other than tab and line breaks): they are left out, and named."""
    cleaned = []
    for value in values:
        if isinstance(value, str) and _CONTROL.search(value):
            if dropped is not None:
                dropped.append(_CONTROL.sub("", value)[:40])
            value = _CONTROL.sub("", value)
        cleaned.append(value)
    sheet.append(cleaned)
    for cell in sheet[sheet.max_row]:
        if isinstance(cell.value, str):
            cell.data_type = "s"


def export_xlsx(project: Project, options: ExportOptions, path: Path, progress: Progress | None = None) -> ExportReport:
    """The registry's entry point: the same writer, its warnings in a report."""
    return ExportReport(warnings=write_xlsx(project, options, path))
