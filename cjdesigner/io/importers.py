"""Maps brought in from where they already live: CSV, Excel, Mermaid journeys, Enablement Map Studio.

The format is chosen from the file's extension and then checked against what the file holds, so a
workbook renamed `.csv` or a flowchart saved as `.mmd` gets a sentence saying what it is instead of
a page of nonsense. Every reader returns a new project of one journey and the list of what could not
be carried over; nothing is dropped silently. The readers' libraries (openpyxl, PyYAML) are imported
only when their format is read.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pydantic import ValidationError

from cjdesigner.i18n import arg, translate
from cjdesigner.io.errors import LoadError, joined
from cjdesigner.model.document import Journey, Persona, Project, free_look
from cjdesigner.model.invariants import ModelError
from cjdesigner.model.messages import explain
from cjdesigner.model.vocabulary import Language, fold
from cjdesigner.io.import_base import Imported, read_text_file, refuse_mismatch

FORMATS: dict[str, tuple[str, str]] = {
    ".csv": ("CSV", "csv"),
    ".tsv": ("CSV", "csv"),
    ".txt": ("CSV", "csv"),
    ".xlsx": ("Excel workbook", "xlsx"),
    ".xlsm": ("Excel workbook", "xlsx"),
    ".mmd": ("Mermaid", "mermaid"),
    ".mermaid": ("Mermaid", "mermaid"),
    ".md": ("Markdown", "markdown"),
    ".markdown": ("Markdown", "markdown"),
    ".html": ("HTML", "html"),
    ".htm": ("HTML", "html"),
    ".rst": ("reStructuredText", "rst"),
    ".yaml": ("Enablement Map Studio YAML", "yaml"),
    ".yml": ("Enablement Map Studio YAML", "yaml"),
}
SUFFIXES = tuple(FORMATS)


def read_map(path: str | Path, language: Language = Language.EN) -> Imported:
    """Read any supported file into a new project; raises LoadError with a sentence."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".pptx", ".ppt", ".pdf", ".png", ".svg"):
        raise LoadError(arg(translate("importers", "cjdesigner writes %1 files but cannot read them back; import a CSV, Excel, Mermaid or YAML file"), suffix))
    if suffix == ".cjmap":
        raise LoadError(translate("importers", "this is a cjdesigner map: open it with File → Open (or `cjdesigner FILE`) instead of importing it"))
    if suffix not in FORMATS:
        raise LoadError(arg(translate("importers", 'cjdesigner does not know the format of a "%1" file; it imports %2'),
                            suffix or translate("importers", "(no extension)"), ", ".join(SUFFIXES)))
    key = FORMATS[suffix][1]
    readers: dict[str, Callable[[Path, Language], Imported]] = {
        "csv": _read_csv,
        "xlsx": _read_xlsx,
        "mermaid": _read_mermaid,
        "markdown": _read_document,
        "html": _read_document,
        "rst": _read_document,
        "yaml": _read_yaml,
    }
    return readers[key](path, language)


def journeys_for_project(project: Project, imported: Imported) -> tuple[list[Journey], list[Persona]]:
    """The imported journeys as new journeys of `project`: personas the project already has (by
    name) are reused, the others are added; returns the journeys and the personas to add."""
    existing = {fold(p.name): p.id for p in project.personas}
    mapping: dict[str, str] = {}
    new: list[Persona] = []
    every = list(project.personas)
    for persona in imported.project.personas:
        if fold(persona.name) in existing:
            mapping[persona.id] = existing[fold(persona.name)]
        elif persona.id in {p.id for p in every}:
            twin = persona.model_copy(update={"id": Persona(name="x").id, "line_style": free_look(every)})
            mapping[persona.id] = twin.id
            new.append(twin)
            every.append(twin)
        else:
            persona = persona.model_copy(update={"line_style": free_look(every)})
            mapping[persona.id] = persona.id
            new.append(persona)
            every.append(persona)
    taken = {j.id for j in project.journeys}
    journeys: list[Journey] = []
    for journey in imported.project.journeys:
        remapped = journey.model_copy(
            update={
                "persona_ids": list(dict.fromkeys(mapping.get(p, p) for p in journey.persona_ids)),
                "cards": [c.model_copy(update={"persona_ids": list(dict.fromkeys(mapping.get(p, p) for p in c.persona_ids))}) for c in journey.cards],
                "emotion_points": [e.model_copy(update={"persona_id": mapping.get(e.persona_id, e.persona_id)}) for e in journey.emotion_points],
            },
            deep=True,
        )
        if remapped.id in taken:
            remapped = remapped.model_copy(update={"id": Journey(title="x").id})
        taken.add(remapped.id)
        journeys.append(remapped)
    return journeys, new


# --- the readers, imported when used ----------------------------------------------------------------


def _read_csv(path: Path, language: Language) -> Imported:
    from cjdesigner.io.csv_cards import project_from_rows, read_card_rows
    from cjdesigner.io.errors import CsvError
    from cjdesigner.io.files import open_regular

    with open_regular(path) as stream:
        refuse_mismatch(stream.read(8192), translate("importers", "CSV"))
    try:
        cards = read_card_rows(path, language)
        project = project_from_rows(cards.rows, path.stem, cards.language or language)
    except CsvError as error:
        raise LoadError(joined(error.all_sentences()[:12])) from None
    except (ModelError, ValidationError) as error:
        message = explain(error) if isinstance(error, ValidationError) else str(error)
        raise LoadError(arg(translate("importers", "the cards cannot make a map: %1"), message)) from None
    return Imported(project, list(cards.warnings))


def _read_xlsx(path: Path, language: Language) -> Imported:
    from cjdesigner.io.xlsx_cards import read_workbook

    return read_workbook(path, language)


def _read_mermaid(path: Path, language: Language) -> Imported:
    from cjdesigner.io.mermaid import import_mermaid

    return import_mermaid(read_text_file(path, translate("importers", "a Mermaid diagram"), "mermaid"), language, path.stem)


def _read_document(path: Path, language: Language) -> Imported:
    from cjdesigner.io.journey_documents import import_document

    kind = FORMATS[path.suffix.lower()][1]
    return import_document(read_text_file(path, translate("importers", "a document (Markdown, HTML or reStructuredText)"), kind), language, path.stem)


def _read_yaml(path: Path, language: Language) -> Imported:
    from cjdesigner.io.ems_yaml import import_ems

    return import_ems(read_text_file(path, translate("importers", "an Enablement Map Studio YAML file")), language, path.stem)
