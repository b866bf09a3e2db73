"""Defects found by trying the editor as a new user: properties, focus, following the keyboard,
context menus from the keyboard, emotion points by keyboard, renaming headers in place."""

from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from cjdesigner.model.vocabulary import LaneKind


def test_properties_change_a_lane_kind_and_an_emotion_point_label(window, qtbot):
    window.scene.lane_items["pains"].setSelected(True)
    assert (window.properties.kind, window.properties.object_id) == ("lane", "pains")
    combo = window.properties.findChild(QComboBox, "field-kind")
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Up)
    assert window.document.journey.lane("pains").kind == LaneKind.EMOTIONS
    assert window.document.undo_stack.count() == 1

    window.scene.clearSelection()
    window.scene.point_items["e1"].setSelected(True)
    assert window.properties.kind == "emotion_point"
    label = window.properties.findChild(QLineEdit, "field-label")
    label.setFocus()
    qtbot.keyClicks(label, "Relieved")
    qtbot.keyClick(label, Qt.Key.Key_Return)
    point = next(p for p in window.document.journey.emotion_points if p.id == "e1")
    assert point.label == "Relieved"
    assert window.document.undo_stack.count() == 2


def test_editing_a_card_in_a_hidden_lane(window):
    window.controller.set_fields("lane", "pains", "hide", hidden=True)
    window.controller.edit_text("d", "Still here")
    assert window.document.journey.card("d").text == "Still here"
    window.document.undo_stack.undo()
    assert window.document.journey.card("d").text == "D"


def test_typing_after_a_palette_drop_goes_into_the_new_card(window, qtbot):
    from test_canvas_keyboard_and_drops import send_drop

    palette = window.palette
    palette.setFocus()
    assert QApplication.focusWidget() is palette
    chip = palette.item(0)
    cell = window.scene.layout.cells[("s2", "actions")]
    assert send_drop(window.view, cell.center, palette.mimeData([chip]))
    assert window.scene.editor is not None
    qtbot.keyClicks(QApplication.focusWidget(), "Compare prices")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert [c.text for c in window.document.journey.cell_cards("s2", "actions")] == ["Compare prices"]
    assert window.document.undo_stack.count() == 2, "add the card, then its text"


def visible_scene_rect(view):
    return view.mapToScene(view.viewport().rect()).boundingRect()


def test_the_view_follows_the_arrow_keys_when_zoomed_in(window, qtbot):
    view, scene = window.view, window.scene
    view.set_zoom(3.0)
    scene.select_cards(["a"])
    view.ensureVisible(scene.card_items["a"].sceneBoundingRect())
    view.setFocus()
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Right)
    assert scene.cursor_cell == ("s2", "actions")
    slot = scene.layout.new_card_rect(("s2", "actions"), 0)
    assert visible_scene_rect(view).contains(QRectF(slot.x, slot.y, slot.w, slot.h)), "the empty cell's slot is shown"
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Down)
    assert scene.selected_card_ids() == ["d"]
    assert visible_scene_rect(view).contains(scene.card_items["d"].sceneBoundingRect())
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert window.document.journey.card("d").stage_id == "s1"
    assert visible_scene_rect(view).contains(scene.card_items["d"].sceneBoundingRect())
