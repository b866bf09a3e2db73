"""Defects found by trying the editor as a new user: properties, focus, following the keyboard,
context menus from the keyboard, emotion points by keyboard, renaming headers in place."""

from PySide6.QtCore import Qt
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
