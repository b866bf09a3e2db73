"""Compare mode in the real window, driven by the keyboard: File → Compare With… another file or
another journey, the map marked, the change list stepped through with N / Shift+N while the view
follows, edits refused while comparing, the blend, Esc back to editing."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QFileDialog

from cjdesigner.canvas.compare_overlay import CompareScene
from cjdesigner.io.cjmap import save_project
from compare_builders import compared_pair

pytestmark = pytest.mark.window_project(builder=lambda: compared_pair()[1])


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key as the user types it: to the widget with the keyboard focus."""
    qtbot.keyClick(QApplication.focusWidget() or window.view.viewport(), key, modifier)


def _compare_with_file(window, qtbot, monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.action("file.compare").trigger()
    dialog = window.findChild(QDialog, "compare-dialog")
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.findChild(QComboBox, "compare-choice").currentData()[0] == "file"
    qtbot.keyClick(dialog.findChild(QComboBox, "compare-choice"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(window.view.scene(), CompareScene) and window.isActiveWindow())


@pytest.fixture
def comparing(window, qtbot, monkeypatch, tmp_path):
    old, _ = compared_pair()
    save_project(old, tmp_path / "before.cjmap")
    qtbot.waitUntil(window.properties.isVisible)  # the docks built after the first paint are laid out
    _compare_with_file(window, qtbot, monkeypatch, tmp_path / "before.cjmap")
    return window


def test_the_map_is_marked_and_the_list_groups_changes_by_stage(comparing):
    window = comparing
    scene = window.view.scene()
    mode = window.compare_mode()
    assert {"c", "r"} <= set(scene.card_items), "removed cards are shown, as ghosts"
    assert {m.kind for m in scene.marks.cards.values()} == {"added", "removed", "changed", "moved"}
    tree = mode.panel.tree
    groups = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert groups[:3] == ["Discover", "Purchase", "Return"]
    assert mode.dock.isVisible() and "before.cjmap" in mode.panel.title.text()
    assert not window.properties.isVisible(), "the change list takes the properties panel's place"


def test_n_and_shift_n_step_through_the_changes_and_the_view_follows(comparing, qtbot):
    window = comparing
    mode, scene = window.compare_mode(), window.view.scene()
    order = mode.panel.visible_indexes()
    seen = []
    for _ in range(len(order)):
        press(qtbot, window, Qt.Key.Key_N)
        seen.append(mode.panel.current_index())
    assert seen == order, "N visits every change once, in the list's order"
    press(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ShiftModifier)
    assert mode.panel.current_index() == order[-2]
    window.view.set_zoom(4.0)
    while mode.panel.changes[mode.panel.current_index()].object_id != "r":
        press(qtbot, window, Qt.Key.Key_N)
    assert scene.selected_card_ids() == ["r"]
    seen_at = window.view.mapFromScene(scene.card_items["r"].sceneBoundingRect().center())
    assert window.view.viewport().rect().contains(seen_at), "the view follows the change"
    b = next(i for i, c in enumerate(mode.panel.changes) if c.object_id == "b")
    mode.panel.choose(b)
    assert [row[1:] for row in mode.panel.detail_rows] == [("B", "B, shorter")], "the old and new value, field by field"
    assert "B, shorter" in mode.panel.details.text()
    assert "B</b>" in scene.card_tooltip("b") or "B, shorter" in scene.card_tooltip("b")
    assert "→ B, shorter" in scene.card_tooltip("b"), "hovering a changed card shows its old value"


def test_the_filter_shows_one_kind(comparing, qtbot):
    mode = comparing.compare_mode()
    mode.panel.filter.setFocus()
    index = mode.panel.filter.findData("removed")
    mode.panel.filter.setCurrentIndex(index)
    kinds = {mode.panel.changes[i].kind for i in mode.panel.visible_indexes()}
    assert kinds == {"removed"}


def test_edits_are_refused_while_comparing_and_esc_returns_to_editing(comparing, qtbot):
    window = comparing
    project = window.document.project
    before = project.model_dump()
    press(qtbot, window, Qt.Key.Key_N)
    assert not window.action("edit.delete").isEnabled() and not window.action("edit.add_card").isEnabled()
    press(qtbot, window, Qt.Key.Key_Delete)
    assert "Esc" in window.statusBar().currentMessage(), "the key says why nothing happened"
    window.statusBar().clearMessage()
    press(qtbot, window, Qt.Key.Key_Insert)
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert project.model_dump() == before
    assert "compare" in window.statusBar().currentMessage()
    press(qtbot, window, Qt.Key.Key_Escape)
    assert window.view.scene() is window.scene and not window.compare_mode().dock.isVisible()
    assert window.document.frozen == "" and window.properties.isVisible()
    assert window.action("edit.delete").isEnabled() and window.action("edit.undo").isEnabled() is window.document.undo_stack.canUndo()
    window.scene.select_cards(["a"])
    press(qtbot, window, Qt.Key.Key_Delete)
    assert all(c.id != "a" for c in window.document.journey.cards), "editing works again"


def test_the_blend_fades_the_older_map_in(comparing, qtbot):
    mode = comparing.compare_mode()
    scene = comparing.view.scene()
    mode.panel.blend.setFocus()
    qtbot.keyClick(mode.panel.blend, Qt.Key.Key_Home)
    assert scene.blend_item is not None and scene.blend_item.isVisible() and scene.blend_item.opacity() == 1.0
    qtbot.keyClick(mode.panel.blend, Qt.Key.Key_End)
    assert not scene.blend_item.isVisible()


def test_another_journey_of_the_map_is_compared(window, qtbot):
    old, _ = compared_pair()
    window.document.project.journeys.append(old.journeys[0].model_copy(update={"id": "j0", "title": "Today"}))
    window.action("file.compare").trigger()
    dialog = window.findChild(QDialog, "compare-dialog")
    qtbot.waitUntil(dialog.isVisible)
    choice = dialog.findChild(QComboBox, "compare-choice")
    qtbot.keyClick(choice, Qt.Key.Key_Down)
    assert choice.currentData() == ("journey", "j0")
    qtbot.keyClick(choice, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(window.view.scene(), CompareScene) and window.isActiveWindow())
    assert window.view.scene().marks.cards["n"].kind == "added"
    assert "Today" in window.compare_mode().panel.title.text()


def test_a_journey_title_holding_a_placeholder_is_shown_as_it_is(window, qtbot):
    old, _ = compared_pair()
    window.document.project.journeys.append(old.journeys[0].model_copy(update={"id": "j0", "title": "Plan %2"}))
    assert window.compare_mode().with_journey("j0")
    title = window.compare_mode().panel.title.text()
    assert "“Plan %2”" in title and title.count(window.document.journey.title) == 1


def test_a_file_that_cannot_be_read_is_named(window, qtbot, monkeypatch, tmp_path):
    bad = tmp_path / "broken.cjmap"
    bad.write_text("{ not a map", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    window.action("file.compare").trigger()
    dialog = window.findChild(QDialog, "compare-dialog")
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClick(dialog.findChild(QComboBox, "compare-choice"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "broken.cjmap" in window.statusBar().currentMessage())
    assert window.view.scene() is window.scene
    QApplication.processEvents()


def test_a_saved_version_is_chosen_from_the_list_by_keyboard(qtbot, tmp_path):
    from cjdesigner.app.document import Document
    from safety_helpers import make_window

    old, new = compared_pair()
    path = tmp_path / "map.cjmap"
    save_project(old, path)
    window = make_window(qtbot, tmp_path, Document(old), tmp_path / "data")
    assert window.files.open_path(path)
    window.verbs.replace_project(new)
    assert window.files.save(), "the save keeps the version it replaces"
    window.action("file.compare").trigger()
    dialog = window.findChild(QDialog, "compare-dialog")
    qtbot.waitUntil(dialog.isVisible)
    choice = dialog.findChild(QComboBox, "compare-choice")
    qtbot.keyClick(choice, Qt.Key.Key_Down)
    assert choice.currentData()[0] == "version"
    qtbot.keyClick(choice, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(window.view.scene(), CompareScene))
    marks = window.view.scene().marks
    assert marks.cards["n"].kind == "added" and marks.cards["c"].kind == "removed"
    window.action("file.leave_compare").trigger()
    assert window.view.scene() is window.scene and window.document.frozen == ""


def test_opening_another_map_leaves_compare_mode(comparing, tmp_path):
    window = comparing
    compared = window.document
    old, _ = compared_pair()
    save_project(old, tmp_path / "other.cjmap")
    window.files.open_path(tmp_path / "other.cjmap", ask=False)
    assert window.document is not compared and window.view.scene() is window.scene
    assert compared.frozen == "" and window.document.frozen == ""
    assert not window.action("file.leave_compare").isEnabled()


def test_compare_mode_speaks_french(french_interface, window, qtbot, monkeypatch, tmp_path):
    old, _ = compared_pair()
    save_project(old, tmp_path / "avant.cjmap")
    qtbot.waitUntil(window.properties.isVisible)
    _compare_with_file(window, qtbot, monkeypatch, tmp_path / "avant.cjmap")
    mode = window.compare_mode()
    assert mode.panel.title.text() == "Changements entre avant.cjmap et cette carte"
    assert "N et Maj+N" in window.statusBar().currentMessage()
    assert any(c.sentence.startswith("Carte «\u202fC\u202f» supprimée") for c in mode.panel.changes)
    press(qtbot, window, Qt.Key.Key_Delete)
    assert window.statusBar().currentMessage().endswith("appuyez sur Échap pour quitter la comparaison et la modifier")
