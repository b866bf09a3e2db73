"""A merge's conflicts in the real window, driven by the keyboard: File → Merge… a base and the
other version into the open map (one undo step), each conflict marked on the map and listed with
the base's value and both sides', a map opened with conflicts showing them at once."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from cjdesigner.io.cjmap import save_project
from cjdesigner.model.merge import merge
from merge_builders import three_versions

pytestmark = pytest.mark.window_project(builder=lambda: three_versions()[1])


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget() or window.view.viewport(), key, modifier)


@pytest.fixture
def merged(window, qtbot, monkeypatch, tmp_path):
    base, _, theirs = three_versions()
    save_project(base, tmp_path / "base.cjmap")
    save_project(theirs, tmp_path / "theirs.cjmap")
    answers = iter([str(tmp_path / "base.cjmap"), str(tmp_path / "theirs.cjmap")])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (next(answers), ""))
    window.action("file.merge").trigger()
    return window


def test_merge_applies_what_does_not_collide_and_marks_each_conflict(merged, qtbot):
    window = merged
    project = window.document.project
    assert any(c.id == "z" for c in project.journeys[0].cards), "their new card came in"
    assert project.journeys[0].stage("s1").name == "Discover it", "my rename stayed"
    assert [(c.object_id, c.field) for c in project.conflicts] == [("a", "text")]
    view = window.conflicts_view()
    qtbot.waitUntil(view.dock.isVisible)
    assert "a" in view.item.marks.places, "the conflicted card is marked on the map"
    assert view.item.scene() is window.scene
    assert view.panel.tree.topLevelItemCount() == 1
    text = view.panel.details.text()
    assert "A, as I wrote it" in text and "A, as they wrote it" in text and ">A<" in text, "base, mine and theirs"
    assert window.scene.selected_card_ids() == ["a"], "the conflict is shown on the map"
    assert "1" in window.statusBar().currentMessage()


def test_the_merge_is_one_undo_step(merged, qtbot):
    window = merged
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    project = window.document.project
    assert not project.conflicts and all(c.id != "z" for c in project.journeys[0].cards)
    view = window.conflicts_view()
    assert view.panel.tree.topLevelItemCount() == 0 and view.item is None


def test_a_map_opened_with_conflicts_shows_them(window, qtbot, tmp_path):
    base, mine, theirs = three_versions()
    path = tmp_path / "merged.cjmap"
    save_project(merge(base, mine, theirs).project, path)
    window.files.open_path(path, ask=False)
    qtbot.waitUntil(lambda: window.conflicts_view().dock.isVisible())
    assert window.conflicts_view().panel.tree.topLevelItemCount() == 1
    assert "a" in window.conflicts_view().item.marks.places


def test_keep_theirs_and_keep_mine_by_keyboard_one_undo_step_each(window, qtbot, monkeypatch, tmp_path):
    base, mine, theirs = three_versions()
    theirs.journeys[0].stage("s2").name = "Pay"
    mine.journeys[0].stage("s2").name = "Checkout"
    window.verbs.replace_project(mine)
    save_project(base, tmp_path / "base.cjmap")
    save_project(theirs, tmp_path / "theirs.cjmap")
    window.conflicts_view().merge_files(tmp_path / "base.cjmap", tmp_path / "theirs.cjmap")
    view = window.conflicts_view()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # a button's Alt key works in the active window
    assert view.panel.tree.topLevelItemCount() == 2
    journey = lambda: window.document.project.journeys[0]  # noqa: E731
    view.panel.tree.setFocus()
    press(qtbot, window, Qt.Key.Key_Home)
    if view.panel.current().object_id != "a":
        press(qtbot, window, Qt.Key.Key_Down)
    assert view.panel.current().object_id == "a" and window.scene.selected_card_ids() == ["a"]
    press(qtbot, window, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # Keep Theirs
    assert journey().card("a").text == "A, as they wrote it"
    assert view.panel.tree.topLevelItemCount() == 1, "the list empties as conflicts are resolved"
    assert "a" not in view.item.marks.places
    view.panel.tree.setFocus()
    press(qtbot, window, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # Keep Mine
    assert journey().stage("s2").name == "Checkout" and not window.document.project.conflicts
    assert view.panel.tree.topLevelItemCount() == 0 and view.item is None
    assert "No conflicts" in view.panel.summary.text()
    window.view.setFocus()
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(window.document.project.conflicts) == 1 and journey().stage("s2").name == "Checkout"
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(window.document.project.conflicts) == 2 and journey().card("a").text == "A, as I wrote it"


def test_editing_the_field_resolves_its_conflict(merged, qtbot):
    window = merged
    window.verbs.set_card_text("a", "A, as we agreed")
    assert not window.document.project.conflicts
    assert window.conflicts_view().panel.tree.topLevelItemCount() == 0


def test_merging_the_same_version_says_nothing_changed(window, tmp_path):
    base, mine, _ = three_versions()
    save_project(base, tmp_path / "base.cjmap")
    save_project(mine, tmp_path / "mine.cjmap")
    assert not window.conflicts_view().merge_files(tmp_path / "base.cjmap", tmp_path / "mine.cjmap")
    assert "mine.cjmap" in window.statusBar().currentMessage() and not window.document.undo_stack.canUndo()


def test_a_merge_file_that_cannot_be_read_is_named(window, tmp_path):
    bad = tmp_path / "theirs.cjmap"
    bad.write_text("{", encoding="utf-8")
    save_project(three_versions()[0], tmp_path / "base.cjmap")
    assert not window.conflicts_view().merge_files(tmp_path / "base.cjmap", bad)
    assert "theirs.cjmap" in window.statusBar().currentMessage()


def test_a_conflict_on_a_card_whose_text_holds_a_placeholder_is_said_as_it_is(qtbot):
    from cjdesigner.model.document import MergeConflict
    from cjdesigner.ui.conflicts import ConflictsPanel

    base = three_versions()[0]
    base.journeys[0].card("a").text = "Save 20%2 now"
    panel = ConflictsPanel()
    qtbot.addWidget(panel)
    conflict = MergeConflict(id="conflict-1", kind="both_changed", object_kind="card", object_id="a", journey_id="j1",
                             field="text", base="A", ours="Save 20%2 now", theirs="Save more")
    assert "Save 20%2 now" in panel.sentence(base, conflict)
