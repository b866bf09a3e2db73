"""A journey that forks, in the other formats: the PDF draws its paths and return arrows, CSV and
Excel carry each card's path and read it back, and Mermaid writes one journey per path."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from builders import branching_project, small_project
from cjdesigner.export.mermaid import write_mermaid
from cjdesigner.export.options import ExportOptions
from cjdesigner.export.xlsx import export_xlsx
from cjdesigner.io.csv_cards import export_csv, parse_card_rows, project_from_rows
from cjdesigner.io.mermaid import import_mermaid
from cjdesigner.io.xlsx_cards import read_workbook
from cjdesigner.model.vocabulary import Language


def shape(project) -> list[tuple[str, str]]:
    journey = project.journeys[0]
    names = {path.id: path.name for path in journey.paths}
    return [(stage.name, names.get(stage.path_id or "", "")) for stage in journey.stages]


BRANCHING = [("Discover", ""), ("Consider", ""), ("Order", "Online"), ("Delivery", "Online"), ("Visit", "In store"), ("Use", "")]


def test_csv_carries_each_cards_path_and_reads_the_fork_back():
    project = branching_project()
    text = export_csv(project, "j1")
    header, *rows = text.splitlines()
    assert header.endswith(",ref,path")
    assert rows[-3].endswith(",e,In store")
    again = project_from_rows(parse_card_rows(text).rows, "Again")
    assert shape(again) == BRANCHING
    fork = again.journeys[0].forks[0]
    stages = {s.id: s.name for s in again.journeys[0].stages}
    assert (stages[fork.after_stage_id], stages[fork.join_stage_id]) == ("Consider", "Use")
    assert {c.text: stages[c.stage_id] for c in again.journeys[0].cards}["Queue"] == "Visit"


def test_csv_of_a_straight_journey_has_no_path_column_and_french_names_it_chemin():
    assert not export_csv(small_project(), "j1").splitlines()[0].endswith("path")
    project = branching_project()
    project.language = Language.FR
    assert export_csv(project, "j1").splitlines()[0].endswith(";chemin")


def test_excel_carries_the_paths_of_the_stages_and_cards(tmp_path):
    out = tmp_path / "map.xlsx"
    export_xlsx(branching_project(), ExportOptions(), out)
    again = read_workbook(out).project
    assert shape(again) == BRANCHING
    journey = again.journeys[0]
    names = {s.id: s.name for s in journey.stages}
    assert [(names[loop.from_stage_id], names[loop.to_stage_id], loop.label) for loop in journey.loops] == [("Order", "Consider", "Compares again")]


def test_excel_return_arrows_a_person_broke_are_left_out_with_a_sentence(tmp_path):
    import openpyxl

    out = tmp_path / "map.xlsx"
    project = branching_project()
    project.journeys[0].loops[0].label = "One\nTwo"  # a cell holds one label a line: its own break is a space
    export_xlsx(project, ExportOptions(), out)
    book = openpyxl.load_workbook(out)
    sheet = book["Stages"]
    assert [c.value for c in sheet[1]][-2:] == ["returns to", "return label"]
    sheet.cell(row=2, column=6, value="Nowhere")  # Discover returns to a stage that is not there
    sheet.cell(row=6, column=6, value="Order")  # Visit (In store) back to a stage of the other path
    book.save(out)
    imported = read_workbook(out)
    journey = imported.project.journeys[0]
    assert [loop.label for loop in journey.loops] == ["One Two"]
    assert imported.warnings[-2:] == [
        'stage on row 2: it returns to "Nowhere", which is not a stage of the sheet, so that return arrow was left out',
        'stage on row 6: a return arrow goes back: stage "Order" does not come before stage "Visit" on its way, so it was left out',
    ]


def test_mermaid_writes_one_journey_per_path_says_so_and_each_reads_back_in_order(tmp_path):
    warnings = write_mermaid(branching_project(), ExportOptions(), tmp_path / "map.mmd")
    assert warnings[0].startswith("the journey forks, and a Mermaid journey has no paths")
    assert "map.mmd (Online)" in warnings[0] and "map-2.mmd (In store)" in warnings[0]
    online = import_mermaid((tmp_path / "map.mmd").read_text(encoding="utf-8"), Language.EN, "x").project
    store = import_mermaid((tmp_path / "map-2.mmd").read_text(encoding="utf-8"), Language.EN, "x").project
    assert [s.name for s in online.journeys[0].stages] == ["Discover", "Consider", "Order", "Delivery", "Use"]
    assert [s.name for s in store.journeys[0].stages] == ["Discover", "Consider", "Visit", "Use"]
    assert store.journeys[0].title == "Omnichannel — In store"


def test_the_pdf_draws_the_paths_names_and_the_return_arrow(tmp_path):
    from cjdesigner.cli import main
    from cjdesigner.io.cjmap import save_project

    source = tmp_path / "branching.cjmap"
    save_project(branching_project(), source)
    out = tmp_path / "map.pdf"
    assert main(["export", str(source), "-o", str(out), "--page", "A3"]) == 0
    assert shutil.which("pdftotext"), "poppler-utils is in .ci/run's packages"
    words = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    for text in ("Online", "In store", "Compares again", "Tries it on"):
        assert text in words


def test_the_svg_draws_the_paths_names_and_the_return_arrow(tmp_path):
    from cjdesigner.cli import main
    from cjdesigner.io.cjmap import save_project

    source = tmp_path / "branching.cjmap"
    save_project(branching_project(), source)
    out = tmp_path / "map.svg"
    assert main(["export", str(source), "-o", str(out)]) == 0
    svg = out.read_text(encoding="utf-8")
    for text in ("Online · Ana Lopez", "In store", "↩ Compares again", "Tries it on"):
        assert text in svg


def test_csv_says_the_return_arrows_it_leaves_out(tmp_path, language):
    """A return arrow belongs to no card: CSV, one card per row, has no place for it, and says so,
    naming it, rather than dropping it silently (in the interface's language)."""
    from cjdesigner.io.csv_cards import write_csv
    from cjdesigner.model.document import Loop

    project = branching_project()
    journey = project.journeys[0]
    stages = {s.name: s.id for s in journey.stages}
    journey.loops = [Loop(from_stage_id=stages["Order"], to_stage_id=stages["Consider"], label="Compares again")]
    said = write_csv(project, "j1", tmp_path / "cards.csv")
    word = {"fr": "celle-ci a donc été laissée de côté", "en": "so this one was left out"}[language]
    assert len(said) == 1 and "Order → Consider (Compares again)" in said[0] and word in said[0], said
    journey.loops = []
    assert write_csv(project, "j1", tmp_path / "cards.csv") == []


def test_export_csv_on_the_command_line_names_the_return_arrows_it_leaves_out(tmp_path):
    from cjdesigner.io.cjmap import save_project
    from cjdesigner.model.document import Loop

    project = branching_project()
    journey = project.journeys[0]
    journey.loops = [Loop(from_stage_id=journey.stages[2].id, to_stage_id=journey.stages[1].id, label="Again")]
    save_project(project, tmp_path / "map.cjmap")
    result = subprocess.run([sys.executable, "-m", "cjdesigner", "export-csv", str(tmp_path / "map.cjmap"), "-o", str(tmp_path / "c.csv")],
                            capture_output=True, text=True, env={**os.environ, "LANG": "en_US.UTF-8", "LC_ALL": "en_US.UTF-8", "LANGUAGE": ""})
    assert result.returncode == 0 and "Order → Consider (Again)" in result.stderr, result.stderr
    assert (tmp_path / "c.csv").exists()
