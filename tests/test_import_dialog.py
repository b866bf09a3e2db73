"""File → Import…: into a new map, or as a new journey of the open project (one undo step)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from builders import small_project
from qt_helpers import new_main_window
from cjdesigner.ui import import_dialog
from cjdesigner.ui.import_dialog import Target, import_path

from speech import counted, created, said

# Qt's translators and the catalogue are installed as the app installs them, in French and in English.
pytestmark = pytest.mark.usefixtures("qt_language")


def qt(text: str, *values: str) -> str:
    """A sentence of the dialog's own (filed under the empty context), filled as it fills it."""
    sentence = QCoreApplication.translate("", text)
    for i, value in enumerate(values, 1):
        sentence = sentence.replace(f"%{i}", value)
    return sentence

JOURNEY = "journey\n  title Atelier\n  section Avant\n    Lire l'invitation: 4: Ana Lopez, Zoé,\n  section Pendant\n    Voter: 2: Zoé\n"


@pytest.fixture
def window(qtbot, tmp_path):
    """The main window, never shown: the import needs no screen."""
    return new_main_window(qtbot, tmp_path, small_project())


def test_as_a_new_journey_reuses_personas_by_name_and_undoes_in_one_step(window, tmp_path):
    source = tmp_path / "atelier.mmd"
    source.write_text(JOURNEY, encoding="utf-8")
    before = window.document.project.model_dump_json()
    assert import_path(window, source, Target.NEW_JOURNEY)
    project = window.document.project
    assert [j.title for j in project.journeys] == ["Current state", "Atelier"]
    assert window.document.journey.title == "Atelier", "the imported journey is shown"
    assert [p.name for p in project.personas] == ["Ana Lopez", "Bo", "Zoé"], "Ana is the project's own; Zoé is new"
    imported = project.journeys[1]
    assert imported.cards[0].persona_ids[0] == "p-ana"
    assert {e.persona_id for e in imported.emotion_points} >= {"p-ana"}
    assert window.document.undo_stack.count() == 1
    window.document.undo_stack.undo()
    assert window.document.project.model_dump_json() == before


def test_into_a_new_map_replaces_the_open_one_after_asking_to_save(window, tmp_path, monkeypatch):
    source = tmp_path / "atelier.mmd"
    source.write_text(JOURNEY, encoding="utf-8")
    asked = []
    monkeypatch.setattr(window.files, "maybe_save", lambda: asked.append(True) or True)
    assert import_path(window, source, Target.NEW_MAP)
    assert asked
    assert [j.title for j in window.document.project.journeys] == ["Atelier"]
    assert window.document.path is None
    assert window.session.modified, "an imported map exists nowhere else: closing it must ask first"
    assert window.statusBar().currentMessage() == qt("%1: %2.", "atelier.mmd", created(2, 2, 2, 2))


def test_a_bad_file_says_why_and_changes_nothing(window, tmp_path, monkeypatch):
    source = tmp_path / "flow.mmd"
    source.write_text("flowchart LR\nA-->B\n", encoding="utf-8")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    before = window.document.project.model_dump_json()
    assert not import_path(window, source, Target.NEW_JOURNEY)
    refusal = said("this is a Mermaid %1 diagram, not a user journey; cjdesigner imports Mermaid journeys only", "flowchart")
    assert shown == [qt("%1 cannot be imported: %2", "flow.mmd", said("%1: %2", said("line %1", 1, context="files"), refusal, context="files"))]
    assert window.document.project.model_dump_json() == before


def test_warnings_are_shown_after_the_import(window, tmp_path, qtbot):
    source = tmp_path / "a.mmd"
    source.write_text("journey\nsection S\nno colon here\nTask: 3: Zoé\n", encoding="utf-8")
    assert import_path(window, source, Target.NEW_JOURNEY)
    box = window.findChild(QMessageBox, "import-warnings")
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    assert "no colon here" in box.detailedText()
    box.close()


def test_the_menu_action_asks_for_a_file_then_for_a_target(window, tmp_path, monkeypatch):
    source = tmp_path / "atelier.mmd"
    source.write_text(JOURNEY, encoding="utf-8")
    monkeypatch.setattr(import_dialog.QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    monkeypatch.setattr(import_dialog, "ask_target", lambda parent, name: Target.NEW_JOURNEY)
    window.action("file.import").trigger()
    assert [j.title for j in window.document.project.journeys][-1] == "Atelier"


def test_every_journey_of_a_document_is_imported_in_one_step_and_counted(window, tmp_path):
    source = tmp_path / "cheat.md"
    blocks = [("Avant", ["Lire: 4: Ana Lopez", "Venir: 3: Zoé"]), ("Pendant", ["Voter: 2: Zoé"]), ("Après", ["Noter: 5: Zoé"] * 11)]
    source.write_text("".join(f"```mermaid\njourney\n  title {t}\n  section S\n" + "".join(f"    {x}\n" for x in tasks) + "```\n\n" for t, tasks in blocks), encoding="utf-8")
    assert import_path(window, source, Target.NEW_JOURNEY)
    project = window.document.project
    assert [j.title for j in project.journeys] == ["Current state", "Avant", "Pendant", "Après"]
    assert [len(j.cards) for j in project.journeys[1:]] == [2, 1, 11]
    assert window.document.journey.title == "Avant", "the first imported journey is shown"
    in_journeys = said("%1 in %2", created(3, 6, 1, 14), counted("%n journey(s)", 3))
    assert window.statusBar().currentMessage() == qt("%1: %2.", "cheat.md", in_journeys)
    assert window.document.undo_stack.count() == 1
    window.document.undo_stack.undo()
    assert [j.title for j in project.journeys] == ["Current state"]
