"""Real mouse gestures on the map's viewport; each checks the model, then undo and redo."""

import pytest
from PySide6.QtCore import Qt

from builders import cell_texts
from qt_helpers import card_centre, drag, snapshot, viewport_point


def assert_undo_redo(window, before, after):
    stack = window.document.undo_stack
    assert stack.count() >= 1
    stack.undo()
    assert snapshot(window) == before
    stack.redo()
    assert snapshot(window) == after


def test_drag_a_card_to_another_cell(window, qtbot):
    scene, before = window.scene, snapshot(window)
    target = scene.layout.cells[("s2", "actions")]
    drag(qtbot, window.view, card_centre(scene, "b"), (target.center[0], target.y + 30))
    assert cell_texts(window.document.project, "s2", "actions") == ["B"]
    assert cell_texts(window.document.project, "s1", "actions") == ["A", "C"]
    assert window.document.undo_stack.count() == 1, "one gesture, one undo step"
    assert window.isWindowModified()
    after = snapshot(window)
    assert_undo_redo(window, before, after)
    assert scene.card_items["b"].scenePos().x() == scene.layout.cards["b"].x, "the item follows the model after redo"


def test_reorder_cards_within_a_cell(window, qtbot):
    scene, before = window.scene, snapshot(window)
    below_c = scene.layout.cards["c"].bottom + 4
    drag(qtbot, window.view, card_centre(scene, "a"), (scene.layout.cards["c"].center[0], below_c))
    assert cell_texts(window.document.project, "s1", "actions") == ["B", "C", "A"]
    assert_undo_redo(window, before, snapshot(window))


def test_move_several_selected_cards(window, qtbot):
    scene, before = window.scene, snapshot(window)
    scene.select_cards(["a"])
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, viewport_point(window.view, card_centre(scene, "c")))
    assert sorted(scene.selected_card_ids()) == ["a", "c"]
    target = scene.layout.cells[("s2", "pains")]
    drag(qtbot, window.view, card_centre(scene, "c"), (target.center[0], target.bottom - 5))
    assert cell_texts(window.document.project, "s2", "pains") == ["D", "A", "C"]
    assert cell_texts(window.document.project, "s1", "actions") == ["B"]
    assert window.document.undo_stack.count() == 1
    assert_undo_redo(window, before, snapshot(window))


def test_rubber_band_selects_cards(window, qtbot):
    scene = window.scene
    cell = scene.layout.cells[("s1", "actions")]
    drag(qtbot, window.view, (cell.x + 3, cell.y + 3), (cell.right - 3, scene.layout.cards["b"].center[1]))
    assert sorted(scene.selected_card_ids()) == ["a", "b"]
    assert window.document.undo_stack.count() == 0


def test_drop_outside_the_grid_puts_the_card_back(window, qtbot):
    scene, before = window.scene, snapshot(window)
    drag(qtbot, window.view, card_centre(scene, "a"), (5, 5))
    assert snapshot(window) == before
    assert window.document.undo_stack.count() == 0
    assert scene.card_items["a"].scenePos().y() == scene.layout.cards["a"].y


def test_drag_a_stage_header_to_reorder_stages(window, qtbot):
    scene, before = window.scene, snapshot(window)
    header = scene.layout.stages["s1"]
    other = scene.layout.stages["s2"]
    drag(qtbot, window.view, header.center, (other.right - 10, header.center[1]))
    assert [s.id for s in window.document.journey.stages] == ["s2", "s1"]
    assert scene.layout.stages["s1"].x > scene.layout.stages["s2"].x
    assert_undo_redo(window, before, snapshot(window))


def test_drag_a_lane_header_to_reorder_lanes(window, qtbot):
    scene, before = window.scene, snapshot(window)
    header = scene.layout.lanes["pains"]
    drag(qtbot, window.view, header.center, (header.center[0], scene.layout.lanes["actions"].y + 5))
    assert [lane.id for lane in window.document.journey.lanes] == ["pains", "actions"]
    assert_undo_redo(window, before, snapshot(window))


def test_drag_an_emotion_point_snaps_to_the_scale(window, qtbot):
    from cjdesigner.model import Lane
    from cjdesigner.model import changes as C
    from cjdesigner.model.vocabulary import LaneKind

    window.document.execute(C.add_lane(window.document.project, "j1", Lane(id="feel", title="Emotions", kind=LaneKind.EMOTIONS)))
    window.document.undo_stack.clear()
    scene, before = window.scene, snapshot(window)
    x, y = scene.layout.emotion_points["e1"]
    target_y = scene.layout.score_y("feel", -1) + 7  # not exactly on the line: it must snap
    drag(qtbot, window.view, (x, y), (x + 30, target_y))
    point = window.document.journey.emotion_points[0]
    assert point.score == -1
    item = scene.point_items["e1"]
    assert item.pos().y() == pytest.approx(scene.layout.score_y("feel", -1))
    assert item.pos().x() == pytest.approx(x), "points move only vertically"
    assert_undo_redo(window, before, snapshot(window))


def test_double_click_an_empty_cell_creates_a_card_to_type_into(window, qtbot):
    scene = window.scene
    cell = scene.layout.cells[("s2", "actions")]
    qtbot.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=viewport_point(window.view, cell.center))
    assert len(window.document.journey.cell_cards("s2", "actions")) == 1
    assert scene.editor is not None
    qtbot.keyClicks(window.view.viewport(), "New step")
    qtbot.keyClick(window.view.viewport(), Qt.Key.Key_Return)
    assert cell_texts(window.document.project, "s2", "actions") == ["New step"]
    assert window.document.undo_stack.count() == 2


def test_ctrl_wheel_zooms_and_middle_button_pans(window, qtbot):
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    view = window.view
    view.zoom_reset()
    centre = QPointF(view.viewport().rect().center())
    event = QWheelEvent(centre, view.viewport().mapToGlobal(centre), QPoint(0, 0), QPoint(0, 120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), event)
    assert view.zoom == pytest.approx(1.15)
    view.set_zoom(2.0)
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    before = bar.value()
    start = view.viewport().rect().center()
    qtbot.mousePress(view.viewport(), Qt.MouseButton.MiddleButton, pos=start)
    qtbot.mouseMove(view.viewport(), start + QPoint(0, -60))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.MiddleButton, pos=start + QPoint(0, -60))
    assert bar.value() == before + 60
    assert window.document.undo_stack.count() == 0
