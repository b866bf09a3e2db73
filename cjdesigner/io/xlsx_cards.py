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
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cjdesigner.i18n import arg, tr, translate
from cjdesigner.io.errors import CsvError, LoadError, joined
from cjdesigner.model.limits import MAX_CARDS, MAX_IMPORT_ROWS
from cjdesigner.model.messages import listed, quoted
from cjdesigner.model.vocabulary import BlueprintLine, LaneChart, Language, LaneKind, fold
from cjdesigner.layout.charts import format_number

if TYPE_CHECKING:
    from cjdesigner.io.import_base import Imported

MAX_ROWS = MAX_IMPORT_ROWS
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
        "colour": ("colour", "couleur"), "path": ("path", "chemin"),
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
_WHOLE = re.compile(r"[0-9]{1,2}")
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
    _check_parts(path)
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
    reader = _SheetReader(book)
    try:
        sheets = {fold(ws.title): ws for ws in book.worksheets}
        if not book.worksheets:
            raise LoadError(translate("importers", "this workbook has no sheets"))
        cards_sheet = next((sheets[fold(n)] for n in SHEETS["cards"] if fold(n) in sheets), book.worksheets[0])
        tables = {key: reader.rows(sheets[fold(name)]) for key in FIELDS for name in SHEETS[key] if fold(name) in sheets}
        card_rows = reader.rows(cards_sheet)
    finally:
        book.close()
    project, warnings = _build(path.stem, card_rows, tables, cards_sheet.title, language)
    return Imported(project, reader.warnings() + warnings)


def _check_parts(path: Path) -> None:
    """Refuse a zip without a workbook's parts (an .odt, a .docx, a folder zipped), and a sheet of
    more rows than a map can use, counted in its bytes before openpyxl reads it: openpyxl reads a
    whole sheet that does not state its size just to learn it."""
    import zipfile

    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
            if any(name.startswith("word/") for name in names):
                what = translate("importers", "a Word document")
            elif "mimetype" in names:
                what = translate("importers", "an OpenDocument file (such as one LibreOffice saves)")
            else:
                what = translate("importers", "a zip archive of other files")
            raise LoadError(arg(translate("importers", "this file's extension says it is %1, but it holds %2"), translate("importers", "an Excel workbook"), what))
        for name in sorted(names):
            if name.startswith("xl/worksheets/") and name.endswith(".xml") and _more_rows_than(archive, name, MAX_ROWS):
                raise _too_many_rows(name.rsplit("/", 1)[-1], None)


def _more_rows_than(archive: Any, name: str, limit: int) -> bool:
    """Whether a sheet's XML opens more than `limit` rows, read in chunks and stopping there."""
    import re

    row = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?row[\s/>]")
    count, tail = 0, b""
    with archive.open(name) as part:
        while chunk := part.read(1 << 20):
            data = tail + chunk
            cut = max(len(data) - 64, 0)
            count += sum(1 for match in row.finditer(data) if match.start() < cut)
            if count > limit:
                return True
            tail = data[cut:]
    return count + len(row.findall(tail)) > limit


class _SheetReader:
    """Reads sheets row by row, stopping at the most rows a map can use, and notes the cells
    that hold formulas: their last computed value (saved in the file) is read, never the formula."""

    def __init__(self, book: Any) -> None:
        self.book = book
        self.formulas: list[str] = []
        self.uncomputed: list[str] = []

    def rows(self, sheet: Any) -> list[tuple[int, list[str]]]:
        from openpyxl.utils import get_column_letter

        declared = sheet.max_row  # the sheet's own <dimension>, read without reading its rows
        if isinstance(declared, int) and declared > MAX_ROWS:
            raise _too_many_rows(sheet.title, declared)
        rows: list[tuple[int, list[str]]] = []
        for number, cells in self._parsed(sheet):
            if number > MAX_ROWS:
                raise _too_many_rows(sheet.title, None)
            values: list[str] = []
            for cell in cells:
                column = cell["column"]
                if column > MAX_COLUMNS:
                    continue
                values.extend([""] * (column - 1 - len(values)))
                values.append(cell_text(cell["value"]))
                if cell.get("formula"):
                    where = f"{sheet.title}!{get_column_letter(column)}{number}"
                    (self.formulas if cell["value"] is not None else self.uncomputed).append(where)
            while values and not values[-1]:
                values.pop()
            rows.extend((missing, []) for missing in range(len(rows) + 1, number))
            rows.append((number, values))
        while rows and not rows[-1][1]:
            rows.pop()
        return rows

    def _parsed(self, sheet: Any) -> Any:
        """(row number, cells) of a sheet, as openpyxl's own reader parses them in read-only mode,
        but keeping the text of a number cell that holds none (a formula's cached text saved without
        its type) instead of failing on it."""
        from openpyxl.worksheet._reader import FORMULA_TAG, VALUE_TAG, WorkSheetParser

        class Parser(WorkSheetParser):
            def parse_cell(self, element: Any) -> dict:
                try:
                    cell = super().parse_cell(element)
                except (ValueError, TypeError, KeyError, IndexError, OverflowError):
                    cell = {"row": self.row_counter, "column": self.col_counter, "value": element.findtext(VALUE_TAG), "data_type": "s"}
                cell["formula"] = element.find(FORMULA_TAG) is not None
                return cell

        book = self.book
        try:
            with sheet._get_source() as source:
                parser = Parser(source, sheet._shared_strings, data_only=True, epoch=book.epoch,
                                date_formats=book._date_formats, timedelta_formats=book._timedelta_formats)
                yield from parser.parse()
        except LoadError:
            raise
        except Exception as error:  # a damaged sheet: openpyxl raises many kinds, all mean "cannot be read"
            raise LoadError(arg(translate("importers", 'the sheet "%1" of this workbook cannot be read (%2)'),
                                quoted(sheet.title), quoted(f"{type(error).__name__}: {error}"))) from None

    def warnings(self) -> list[str]:
        found = []
        if self.formulas:
            found.append(arg(translate("importers", "these cells hold formulas; the value each showed when the workbook was last saved was imported, "
                                                    "not the formula: %1"), listed(self.formulas)))
        if self.uncomputed:
            found.append(arg(translate("importers", "these cells hold formulas whose value was never saved in the workbook, so they were imported empty "
                                                    "(open the workbook in a spreadsheet and save it again): %1"), listed(self.uncomputed)))
        return found


def _too_many_rows(title: str, count: int | None) -> LoadError:
    if count is None:
        return LoadError(arg(translate("importers", 'the sheet "%1" has more than %2 rows; a journey holds at most %3 cards'),
                             quoted(title), format_number(MAX_ROWS - 1), format_number(MAX_CARDS)))
    return LoadError(arg(translate("importers", 'the sheet "%1" has %2 rows; a sheet may have at most %3 rows, as a journey holds at most %4 cards'),
                         quoted(title), format_number(count), format_number(MAX_ROWS), format_number(MAX_CARDS)))


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

    from cjdesigner.io.csv_cards import check_records, import_rows, unlinked
    from cjdesigner.io.path_columns import fork_stages
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
        named: list[tuple[Stage, str]] = []
        for line, record in _records("stages", tables.get("stages", []), "stages"):
            fields = {k: v for k, v in record.items() if v and k != "path"}
            named.append((Stage(**fields), record.get("path", "")))
        journey.stages, journey.paths, journey.forks = fork_stages(None, named)
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
            if style and not (_WHOLE.fullmatch(style) and int(style) < 16):
                warnings.append(arg(translate("importers", 'persona on row %1: the line style "%2" is not a whole number from 0 to 15 written with the digits 0 to 9, '
                                                           "so another style was chosen"), line, quoted(style)))
            persona = Persona(
                name=record.get("name", ""), role=record.get("role", ""), colour=record.get("colour") or "#1F77B4",
                initials=record.get("initials", ""), quote=record.get("quote", ""),
                goals=_lines(record.get("goals", "")), frustrations=_lines(record.get("frustrations", "")),
                description=record.get("description", ""),
                line_style=int(style) if _WHOLE.fullmatch(style) and int(style) < 16 else free_look(project.personas),
            )
            project.personas.append(persona)
            journey.persona_ids.append(persona.id)
        import_rows(project, journey.id, unlinked(rows))  # a new map: the sub-journeys named are not in it
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
    sentences = joined([arg(translate("importers", 'sheet "%1", row %2: %3'), cards_title, line, message) for line, message in error.problems[:12]])
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
