"""The main window: files, unsaved changes, journeys, clipboard, filters, settings, actions; what a
deletion says it removed, French names for new things on a French map, tooltips and dialogs that fit
real text."""

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QSettings, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QLineEdit, QMessageBox

from builders import cell_texts, small_project
from qt_helpers import close_menu, menu_texts, open_menu, type_text
from cjdesigner.app.document import Document
from cjdesigner.app.session import Session
from cjdesigner.app.icons import UnknownIcon, icon
from cjdesigner.io.cjmap import load_project, save_project
from cjdesigner.ui.actions import ACTIONS
from cjdesigner.ui.main_window import MainWindow
from cjdesigner.model import changes as C

GOLDEN = Path(__file__).parent / "golden" / "v1.cjmap"


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_window(qtbot, settings):
    def make(document=None, resize=True):
        win = MainWindow(Session(document or Document(small_project()), settings))
        qtbot.addWidget(win)
        if resize:
            win.resize(1200, 800)
        win.show()
        qtbot.waitExposed(win)
        return win

    return make


def edit_title(window, title="Changed"):
    window.verbs.set_fields("card", "a", "edit", text=title)


def test_title_and_modified_marker_follow_the_undo_stack(make_window, tmp_path):
    path = tmp_path / "shop.cjmap"
    save_project(small_project(), path)
    window = make_window(Document.open(path))
    assert window.windowTitle() == "shop.cjmap[*] — cjdesigner"
    assert not window.isWindowModified() and not window.action("file.save").isEnabled()
    edit_title(window)
    assert window.isWindowModified() and window.action("file.save").isEnabled()
    window.document.undo_stack.undo()
    assert not window.isWindowModified(), "back at the saved state: not modified"


def test_save_close_and_reopen_show_the_same_map(make_window, tmp_path, monkeypatch):
    window = make_window()
    edit_title(window, "Saved text")
    target = tmp_path / "map"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.action("file.save_as").trigger()
    saved = tmp_path / "map.cjmap"
    assert saved.exists() and not window.isWindowModified()
    before = window.document.project.model_dump(mode="json")
    positions = {cid: item.scenePos() for cid, item in window.scene.card_items.items()}
    window.action("file.close").trigger()
    assert window.document.path is None and window.document.journey.cards == []
    assert window.files.open_path(saved)
    assert window.document.project.model_dump(mode="json") == before
    assert {cid: item.scenePos() for cid, item in window.scene.card_items.items()} == positions
    assert window.session.recent_files()[0] == str(saved.resolve())


def test_quitting_with_unsaved_changes_asks(make_window, save_question):
    window = make_window()
    edit_title(window)
    save_question.answer = QMessageBox.StandardButton.Cancel
    window.action("file.quit").trigger()
    assert save_question.asked == ["Test"]
    assert window.isVisible(), "Cancel keeps the window and the changes"
    assert window.document.journey.card("a").text == "Changed"
    save_question.answer = QMessageBox.StandardButton.Discard
    assert window.close()


def test_quitting_and_saving(make_window, save_question, tmp_path):
    path = tmp_path / "keep.cjmap"
    save_project(small_project(), path)
    window = make_window(Document.open(path))
    edit_title(window, "Kept")
    save_question.answer = QMessageBox.StandardButton.Save
    assert window.close()
    assert load_project(path).journeys[0].card("a").text == "Kept"


def test_opening_another_map_asks_first_and_a_bad_file_says_why(make_window, save_question, monkeypatch):
    window = make_window()
    edit_title(window)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    bad = Path(__file__).parent / "hostile" / "nan_score.cjmap"
    assert not window.files.open_path(bad)
    assert save_question.asked == ["Test"]
    assert shown == ["nan_score.cjmap cannot be opened: line 161, column 20: NaN is not a number a map may hold"]


def test_a_failed_save_keeps_the_changes_and_says_why(make_window, tmp_path, monkeypatch):
    window = make_window()
    edit_title(window)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    assert not window.files.save_to(tmp_path / "missing" / "map.cjmap")
    assert "does not exist" in shown[0]
    assert window.isWindowModified()


def test_window_geometry_and_panels_are_restored(make_window, settings, qtbot):
    window = make_window()
    window.resize(640, 480)  # within the offscreen screen (800 × 600): restoring clamps to it
    window.findChild(type(window.history_dock), "dock-personas").hide()
    assert window.close()
    again = make_window(resize=False)
    assert (again.width(), again.height()) == (640, 480)
    assert not again.findChild(type(again.history_dock), "dock-personas").isVisible()


def test_journeys_add_duplicate_switch_delete(make_window, monkeypatch):
    window = make_window()
    window.action("journey.duplicate").trigger()
    project = window.document.project
    assert len(project.journeys) == 2
    assert window.document.journey_id == project.journeys[1].id
    assert window.journey_box.count() == 2 and window.journey_box.currentText() == "Current state (copy)"
    assert len(window.scene.card_items) == 4
    window.action("journey.add").trigger()
    assert len(project.journeys) == 3 and window.document.journey.cards == []
    assert [s.name for s in window.document.journey.stages] == ["Discover", "Buy"]
    window.journey_box.activated.emit(0)
    assert window.document.journey_id == "j1"
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    window.action("journey.delete").trigger()
    assert [j.id for j in project.journeys] != ["j1"] and len(project.journeys) == 2
    window.document.undo_stack.undo()
    assert len(project.journeys) == 3


def test_copy_and_paste_cards_between_maps(make_window):
    first = make_window()
    first.scene.select_cards(["a", "d"])
    first.action("edit.copy").trigger()
    other = small_project()
    other.journeys[0].cards.clear()
    other.journeys[0].emotion_points.clear()
    other.personas = other.personas[:1]
    other.journeys[0].persona_ids = ["p-ana"]
    second = make_window(Document(other))
    second.scene.set_cursor_cell(("s2", "actions"))
    second.action("edit.paste").trigger()
    pasted = second.document.journey.cell_cards("s2", "actions")
    assert [c.text for c in pasted] == ["A", "D"]
    assert pasted[0].persona_ids == ["p-ana"] and pasted[1].persona_ids == [], "unknown personas are dropped"
    assert pasted[1].severity == 3
    assert {c.id for c in pasted}.isdisjoint({"a", "d"})


def test_pasting_plain_text_makes_one_card_per_line(make_window):
    window = make_window()
    mime = QMimeData()
    mime.setText("First idea\n\n  Second idea  \nThird")
    QGuiApplication.clipboard().setMimeData(mime)
    window.scene.set_cursor_cell(("s2", "pains"))
    window.action("edit.paste").trigger()
    assert cell_texts(window.document.project, "s2", "pains") == ["D", "First idea", "Second idea", "Third"]
    assert window.document.undo_stack.count() == 1


def test_cut_removes_and_undo_restores(make_window):
    window = make_window()
    window.scene.select_cards(["b"])
    window.action("edit.cut").trigger()
    assert cell_texts(window.document.project, "s1", "actions") == ["A", "C"]
    assert QGuiApplication.clipboard().text() == "B"
    window.action("edit.undo").trigger()
    assert cell_texts(window.document.project, "s1", "actions") == ["A", "B", "C"]


def test_persona_filter_dims_other_cards_and_search_highlights(make_window):
    window = make_window()
    scene = window.scene
    window.persona_filter.activated.emit(window.persona_filter.findData("p-bo"))
    assert [c.id for c in window.document.journey.cards if scene.is_dimmed(c)] == ["a", "b", "c"]
    window.persona_filter.activated.emit(0)
    window.search.setText("d")
    assert [c.id for c in window.document.journey.cards if scene.is_match(c)] == ["d"]
    assert "1 matching cards" in window.statusBar().currentMessage() or "1 matching card" in window.statusBar().currentMessage()


def test_properties_panel_edits_are_undoable(make_window):
    window = make_window()
    window.scene.select_cards(["d"])
    assert window.properties.kind == "card" and window.properties.object_id == "d"
    window.properties.commit("severity", 5)
    window.properties.commit("owner", "Support team")
    card = window.document.journey.card("d")
    assert (card.severity, card.owner) == (5, "Support team")
    window.document.undo_stack.undo()
    window.document.undo_stack.undo()
    assert (card.severity, card.owner) == (3, "")


def test_a_refused_edit_is_explained_and_not_pushed(make_window):
    window = make_window()
    window.properties.show_object("card", "d")
    window.properties.commit("severity", 9)
    assert window.document.journey.card("d").severity == 3
    assert window.document.undo_stack.count() == 0
    assert "Not changed: card.severity" in window.statusBar().currentMessage()


def test_actions_table_ids_keys_and_icons():
    ids = [spec.id for spec in ACTIONS]
    assert len(ids) == len(set(ids))
    for spec in ACTIONS:
        if spec.icon:
            assert not icon(spec.icon).isNull()
    with pytest.raises(UnknownIcon):
        icon("no-such-icon")


def test_standard_shortcuts_with_fallbacks(make_window):
    window = make_window()
    def keys(action_id):
        return [k.toString(QKeySequence.SequenceFormat.PortableText) for k in window.action(action_id).shortcuts()]
    assert "Ctrl+Q" in keys("file.quit")
    assert "Ctrl+S" in keys("file.save")
    assert "Ctrl+Shift+S" in keys("file.save_as")
    assert "Ctrl+Z" in keys("edit.undo")
    assert "Del" in keys("edit.delete")
    assert "Ctrl+0" in keys("view.zoom_reset")
    assert window.findChild(type(window.action("file.quit")), "file.quit") is window.action("file.quit")


def test_zoom_actions(make_window):
    window = make_window()
    window.view.zoom_reset()
    window.action("view.zoom_in").trigger()
    assert window.view.zoom == pytest.approx(1.25)
    window.action("view.zoom_out").trigger()
    assert window.view.zoom == pytest.approx(1.0)


def test_open_and_paint_once_from_the_command_line(tmp_path):
    run = lambda *args: subprocess.run([sys.executable, "-m", "cjdesigner", *args], capture_output=True, text=True, timeout=60,
                                       env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)})
    ok = run(str(GOLDEN), "--quit-after-paint")
    assert ok.returncode == 0, ok.stderr
    bad = run(str(Path(__file__).parent / "hostile" / "empty.cjmap"), "--quit-after-paint")
    assert bad.returncode == 1
    assert "empty.cjmap: error: the file is empty" in bad.stderr and "Traceback" not in bad.stderr


def test_first_start_opens_the_sample_map(settings):
    from cjdesigner.ui.application import first_document

    assert first_document(settings).project.title == "Maison Lumière — parcours d'achat"
    assert first_document(settings).project.title != "Maison Lumière — parcours d'achat"


def test_emotion_for_a_stage_without_a_point_and_hidden_lanes(make_window, qtbot):
    from cjdesigner.model import Lane
    from cjdesigner.model.vocabulary import LaneKind

    window = make_window()
    window.document.execute(C.add_lane(window.document.project, "j1", Lane(id="feel", title="Emotions", kind=LaneKind.EMOTIONS)))
    window.scene.set_cursor_cell(("s2", "feel"))
    window.view.setFocus()
    menu = open_menu(qtbot, window)
    ana = next(a for a in menu.actions() if a.text() == "Emotion of Ana Lopez").menu()
    next(a for a in ana.actions() if a.text().startswith("−1")).trigger()
    close_menu(qtbot, menu)
    points = [(p.stage_id, p.persona_id, p.score) for p in window.document.journey.emotion_points]
    assert ("s2", "p-ana", -1) in points
    window.verbs.set_fields("lane", "pains", "hide", hidden=True)
    assert "pains" not in window.scene.layout.lanes
    window.action("map.show_hidden_lanes").trigger()
    assert "pains" in window.scene.layout.lanes


def test_every_choice_of_the_properties_panel_has_a_name():
    """A new channel, lane kind or line must get its name here, or the panel cannot open."""
    from cjdesigner.model.vocabulary import BlueprintLine, Channel, LaneKind, Sentiment
    from cjdesigner.ui.properties import CHOICE_NAMES

    for enum in (Channel, LaneKind, BlueprintLine, Sentiment):
        assert {member.value for member in enum} <= set(CHOICE_NAMES), enum.__name__


def test_deleting_a_stage_or_removing_a_persona_says_what_went(window, qtbot):
    viewport = window.view.viewport()
    window.scene.stage_items["s1"].setSelected(True)
    qtbot.keyClick(viewport, Qt.Key.Key_Delete)
    assert [s.id for s in window.document.journey.stages] == ["s2"]
    assert window.statusBar().currentMessage() == "Deleted stage “Discover” and its 3 cards. Press Ctrl+Z to bring them back."
    window.scene.lane_items["actions"].setSelected(True)
    qtbot.keyClick(viewport, Qt.Key.Key_Delete)
    assert window.statusBar().currentMessage() == "Deleted lane “Actions”. Press Ctrl+Z to bring it back."

    window.personas.select("p-bo")
    qtbot.mouseClick(window.personas.remove, Qt.MouseButton.LeftButton)
    assert [p.id for p in window.document.project.personas] == ["p-ana"]
    assert window.statusBar().currentMessage() == "Removed persona “Bo” and its badge from one card. Press Ctrl+Z to bring them back."
    qtbot.keyClick(viewport, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [p.id for p in window.document.project.personas] == ["p-ana", "p-bo"]


def test_a_french_map_gets_french_names_for_new_things(window, qtbot):
    from PySide6.QtWidgets import QPushButton

    from cjdesigner.model.vocabulary import Confidence, LaneKind, Language

    window.document.project.language = Language.FR
    window.action("map.add_stage").trigger()
    window.action("map.add_persona").trigger()
    window.action("journey.duplicate").trigger()
    window.action("journey.add").trigger()
    project = window.document.project
    assert project.journeys[0].stages[-1].name == "Nouvelle étape"
    assert project.personas[-1].name == "Nouveau persona"
    assert [j.title for j in project.journeys] == ["Current state", "Current state (copie)", "Nouveau parcours"]

    window.document.set_journey("j1")
    window.verbs.set_fields("card", "b", "confidence", confidence=Confidence.VALIDATED)
    window.scene.select_cards(["b"])
    add = next(b for b in window.properties.findChildren(QPushButton) if b.text() == "Add evidence")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    assert [e.text for e in window.document.journey.card("b").evidence] == ["Nouvelle source"]
    combo = window.properties.findChild(QComboBox, "field-confidence")
    assert [combo.itemText(i) for i in range(combo.count())] == ["—", "Assumption", "Partly backed", "Validated"], "a panel speaks the interface's language"
    assert "Validé" in window.scene.card_tooltip("b")

    window.add_lane(LaneKind.EMOTIONS)
    feel = next(lane.id for lane in window.document.journey.lanes if lane.kind == LaneKind.EMOTIONS)
    window.scene.set_cursor_cell(("s2", feel))
    window.view.setFocus()
    menu = open_menu(qtbot, window)
    ana = next(a.menu() for a in menu.actions() if a.text() == "Emotion of Ana Lopez")
    assert "+1 satisfait" in menu_texts(ana)
    close_menu(qtbot, menu)


def test_the_card_tooltip_puts_a_quote_between_guillemets_once(window):
    from cjdesigner.model.document import Evidence

    quote = "Trop cher pour ce que c'est"
    window.verbs.set_fields("card", "b", "evidence", evidence=[Evidence(text=f"« {quote} »"), Evidence(text="Short note")])
    tip = window.scene.card_tooltip("b")
    assert f"« {quote} »" in tip and "« «" not in tip and "» »" not in tip
    assert "« Short note »" in tip


def test_the_rename_journey_dialog_fits_a_real_title(window, qtbot):
    from PySide6.QtCore import QTimer

    seen = {}

    def answer():
        dialog = QApplication.activeModalWidget()
        field = dialog.findChild(QLineEdit)
        seen["width"] = field.width()
        seen["fits"] = field.fontMetrics().horizontalAdvance("x" * 40)
        field.selectAll()
        type_text(field, "État futur")
        qtbot.keyClick(field, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)
    window.action("journey.rename").trigger()
    assert seen["width"] >= seen["fits"], "40 characters show in the field"
    assert window.document.journey.title == "État futur"
