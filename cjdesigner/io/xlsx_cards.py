"""Excel workbooks in: the CSV columns on the first sheet, or the sheets cjdesigner's own export writes.

A workbook from anywhere is read like a CSV file: its first sheet, a header row with stage, lane and
text (English or French) and one card per row, checked by the same rules, every bad row reported.
A workbook cjdesigner wrote also has sheets of the journey, stages, lanes, personas and emotion
points, so export → import gives back the same map. The file is checked as a zip before openpyxl
opens it (size, parts, unpacked size, no XML entities), and only the first columns and as many rows
as a map may hold are read.
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cjdesigner.i18n import arg, tr, translate
from cjdesigner.io.errors import CsvError, LoadError
from cjdesigner.model.vocabulary import BlueprintLine, LaneChart, Language, LaneKind, fold
from cjdesigner.layout.charts import format_number

if TYPE_CHECKING:
    from cjdesigner.io.import_base import Imported

MAX_ROWS = 100_001
MAX_COLUMNS = 40

# Sheet and column names, English then French: the export writes the map's language, the import reads both.
SHEETS: dict[str, tuple[str, str]] = {
    "cards": ("Cards", "Cartes"),
    "journey": ("Journey", "Parcours"),
    "stages": ("Stages", "Étapes"),
    "lanes": ("Lanes", "Couloirs"),
    "personas": ("Personas", "Personas"),
    "emotions": ("Emotion points", "Points d'émotion"),
}
FIELDS: dict[str, dict[str, tuple[str, str]]] = {
    "journey": {"field": ("field", "champ"), "value": ("value", "valeur")},
    "stages": {
        "name": ("name", "nom"), "description": ("description", "description"), "goal": ("goal", "objectif"),
        "colour": ("colour", "couleur"),
    },
    "lanes": {
        "title": ("title", "titre"), "kind": ("kind", "type"), "colour": ("colour", "couleur"),
        "hidden": ("hidden", "masqué"), "line_below": ("line below", "ligne dessous"), "chart": ("show as", "afficher comme"),
    },
    "personas": {
        "name": ("name", "nom"), "role": ("role", "rôle"), "colour": ("colour", "couleur"),
        "initials": ("initials", "initiales"), "quote": ("quote", "citation"), "goals": ("goals", "objectifs"),
        "frustrations": ("frustrations", "frustrations"), "description": ("description", "description"),
        "line_style": ("line style", "style de ligne"),
    },
    "emotions": {
        "stage": ("stage", "étape"), "persona": ("persona", "persona"), "score": ("score", "score"),
        "label": ("label", "libellé"),
    },
}
JOURNEY_FIELDS = {"title": ("title", "titre"), "scenario": ("scenario", "scénario"), "expectations": ("expectations", "attentes")}
# The map's own fields, in the same sheet below the journey's, so a workbook gives the whole map back.
MAP_FIELDS = {
    "title": ("map title", "titre de la carte"),
    "description": ("map description", "description de la carte"),
    "authors": ("authors", "auteurs"),
    "language": ("language", "langue"),
}
YES = ("yes", "oui", "true", "vrai", "1")


def sheet_name(key: str, language: Language) -> str:
    return SHEETS[key][language == Language.FR]


def header(key: str, language: Language) -> list[str]:
    return [names[language == Language.FR] for names in FIELDS[key].values()]


def cell_text(value: Any) -> str:
    """A cell as the text a CSV file would hold: whole numbers without ".0", dates as ISO text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, _dt.datetime) and value.time() == _dt.time():
        return value.date().isoformat()
    if isinstance(value, (_dt.datetime, _dt.date)):
        return value.isoformat()
    return str(value)


def read_workbook(path: str | Path, language: Language = Language.EN) -> Imported:
    """A new project from a workbook; raises LoadError naming the sheet, row and problem."""
    from cjdesigner.io.import_base import Imported, check_zip

    path = Path(path)
    check_zip(path, translate("importers", "an Excel workbook"))
    try:
        import openpyxl
    except ImportError:  # pragma: no cover - a dependency; an install without it still says why
        raise LoadError("reading Excel workbooks needs the openpyxl package, which is not installed") from None
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True, keep_links=False)
    except LoadError:
        raise
    except Exception as error:  # openpyxl raises many kinds on a damaged file: all mean "cannot be read"
        raise LoadError(arg(translate("importers", "this Excel workbook cannot be read (%1)"), f"{type(error).__name__}: {str(error)[:80]}")) from None
    try:
        sheets = {fold(ws.title): ws for ws in book.worksheets}
        if not book.worksheets:
            raise LoadError(translate("importers", "this workbook has no sheets"))
        cards_sheet = next((sheets[fold(n)] for n in SHEETS["cards"] if fold(n) in sheets), book.worksheets[0])
        tables = {key: _rows(sheets[fold(name)]) for key in FIELDS for name in SHEETS[key] if fold(name) in sheets}
        card_rows = _rows(cards_sheet)
    finally:
        book.close()
    return Imported(*_build(path.stem, card_rows, tables, cards_sheet.title, language))


def _rows(sheet) -> list[tuple[int, list[str]]]:
    rows = []
    for number, values in enumerate(sheet.iter_rows(max_col=MAX_COLUMNS, values_only=True), 1):
        if number > MAX_ROWS:
            raise LoadError(arg(translate("importers", 'the sheet "%1" has more than %2 rows, more cards than a map may hold'), sheet.title, format_number(MAX_ROWS - 1)))
        cells = [cell_text(v) for v in values]
        while cells and not cells[-1]:
            cells.pop()
        rows.append((number, cells))
    while rows and not rows[-1][1]:
        rows.pop()
    return rows


def _records(key: str, rows: list[tuple[int, list[str]]], sheet: str) -> list[tuple[int, dict[str, str]]]:
    """The rows of a sheet as field → text, the header matched in English or French."""
    if not rows:
        return []
    header_line, names = rows[0]
    columns: dict[str, int] = {}
    for index, name in enumerate(names):
        for field, aliases in FIELDS[key].items():
            if fold(name) in {fold(a) for a in aliases}:
                columns[field] = index
    records = []
    for line, cells in rows[1:]:
        if any(c.strip() for c in cells):
            records.append((line, {f: (cells[i] if i < len(cells) else "") for f, i in columns.items()}))
    return records


def _build(title: str, card_rows, tables, cards_title: str, language: Language):
    from pydantic import ValidationError

    from cjdesigner.io.csv_cards import check_records, import_rows
    from cjdesigner.model.document import EmotionPoint, Journey, Lane, Persona, Project, Stage, free_look
    from cjdesigner.model.invariants import ModelError, ensure_valid
    from cjdesigner.model.messages import explain

    warnings: list[str] = []
    if not card_rows:
        raise LoadError(arg(translate("importers", 'the sheet "%1" is empty; it needs a header row with stage, lane and text'), cards_title))
    try:
        checked = check_records(card_rows, language)
        warnings += checked.warnings
        rows = checked.rows
    except CsvError as error:
        raise _sheet_error(error, cards_title) from None
    try:
        journey = Journey(title=title)
        french_sheets = fold(cards_title) == fold(SHEETS["cards"][1])
        project = Project(title=title, language=Language.FR if french_sheets else checked.language or language, journeys=[journey])
        map_fields: dict[str, str] = {}
        for line, record in _records("journey", tables.get("journey", []), "journey"):
            name = fold(record.get("field", ""))
            field = next((f for f, names in JOURNEY_FIELDS.items() if name in {fold(n) for n in names}), None)
            if field is not None:
                setattr(journey, field, record.get("value", ""))
                if field == "title":
                    project.title = record.get("value", "")
            field = next((f for f, names in MAP_FIELDS.items() if name in {fold(n) for n in names}), None)
            if field is not None:
                map_fields[field] = record.get("value", "")
        if map_fields.get("title"):
            project.title = map_fields["title"]
        project.description = map_fields.get("description", "")
        project.authors = [a.strip() for a in map_fields.get("authors", "").split("|") if a.strip()]
        if map_fields.get("language", "").strip().lower() in ("fr", "en"):
            project.language = Language(map_fields["language"].strip().lower())
        for line, record in _records("stages", tables.get("stages", []), "stages"):
            fields = {k: v for k, v in record.items() if v}
            journey.stages.append(Stage(**fields))
        for line, record in _records("lanes", tables.get("lanes", []), "lanes"):
            kind = _lane_kind(record.get("kind", ""))
            line_below = next((b for b in BlueprintLine if fold(record.get("line_below", "")) in (fold(b.value),)), None)
            chart = next((c for c in LaneChart if fold(record.get("chart", "")) == c.value), None)
            journey.lanes.append(
                Lane(title=record.get("title", ""), kind=kind, colour=record.get("colour") or None,
                     hidden=fold(record.get("hidden", "")) in YES, line_below=line_below, chart=chart)
            )
        for line, record in _records("personas", tables.get("personas", []), "personas"):
            style = record.get("line_style", "")
            persona = Persona(
                name=record.get("name", ""), role=record.get("role", ""), colour=record.get("colour") or "#1F77B4",
                initials=record.get("initials", ""), quote=record.get("quote", ""),
                goals=_lines(record.get("goals", "")), frustrations=_lines(record.get("frustrations", "")),
                description=record.get("description", ""),
                line_style=int(style) if style.isdigit() and int(style) < 16 else free_look(project.personas),
            )
            project.personas.append(persona)
            journey.persona_ids.append(persona.id)
        import_rows(project, journey.id, rows)
        stages = {fold(s.name): s.id for s in journey.stages}
        personas = {fold(p.name): p.id for p in project.personas}
        for line, record in _records("emotions", tables.get("emotions", []), "emotions"):
            stage_id, persona_id = stages.get(fold(record.get("stage", ""))), personas.get(fold(record.get("persona", "")))
            score = record.get("score", "").strip()
            if stage_id is None or persona_id is None or score.lstrip("+-") not in ("0", "1", "2"):
                warnings.append(arg(translate("importers", "emotion point on row %1 was left out: its stage, persona or score (−2 to +2) is not one of the map's"), line))
                continue
            journey.emotion_points.append(EmotionPoint(stage_id=stage_id, persona_id=persona_id, score=int(score), label=record.get("label", "")))
        project = Project.model_validate(project.model_dump())
        ensure_valid(project)
    except CsvError as error:
        raise _sheet_error(error, cards_title) from None
    except ModelError as error:
        raise LoadError(arg(translate("importers", "the workbook cannot make a map: %1"), error)) from None
    except ValidationError as error:
        raise LoadError(arg(translate("importers", "the workbook cannot make a map: %1"), explain(error))) from None
    return project, warnings


def _sheet_error(error: CsvError, cards_title: str) -> LoadError:
    """The bad rows of the sheet of cards, each named by sheet and row, the first twelve in full."""
    sentences = "; ".join(arg(translate("importers", 'sheet "%1", row %2: %3'), cards_title, line, message) for line, message in error.problems[:12])
    more = len(error.problems) - 12
    return LoadError(arg(tr("%1 (and %n more bad rows)", None, more), sentences) if more > 0 else sentences)


def _lane_kind(text: str) -> LaneKind:
    from cjdesigner.model.vocabulary import lane_kind_for_title

    for kind in LaneKind:
        if fold(text) == fold(kind.value):
            return kind
    return lane_kind_for_title(text) or LaneKind.NOTES


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]
