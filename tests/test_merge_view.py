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
