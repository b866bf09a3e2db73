"""The properties panel fills the editors it already has when the selection changes: one form per
kind of object, built once; one gesture that clears and sets the selection updates it once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from cjdesigner.ui.properties import PropertiesPanel


def test_each_kind_of_form_is_built_once_and_its_editors_are_reused(window, monkeypatch):
    built: list[str] = []
    original = PropertiesPanel._build_page
    monkeypatch.setattr(PropertiesPanel, "_build_page", lambda self, kind: built.append(kind) or original(self, kind))
    panel = window.properties
    panel.show_object("card", "a")
    text = panel.current_page().findChild(QWidget, "field-text")
    for kind, object_id in (("card", "b"), ("stage", "s1"), ("lane", "actions"), ("card", "c"), ("stage", "s2"), ("card", "a")):
        panel.show_object(kind, object_id)
    assert panel.current_page().findChild(QWidget, "field-text") is text
    assert text.toPlainText() == "A"
    assert sorted(built) == ["card", "lane", "stage"]


def test_a_form_shows_the_values_of_the_object_now_selected(window):
    panel = window.properties
    panel.show_object("card", "a")
    panel.show_object("card", "d")
    assert panel.current_page().findChild(QWidget, "field-text").toPlainText() == "D"
    panel.show_object("stage", "s2")
    assert panel.current_page().findChild(QWidget, "field-name").text() == "Buy"
    assert panel.stack.currentWidget() is panel.pages["stage"]


def test_moving_a_card_updates_the_panel_once_for_the_card(window, qtbot, monkeypatch):
    """The move clears the selection and selects the moved card again: the journey's form is not
    shown in between, and the card's is filled once."""
    window.scene.select_cards(["a"])
    qtbot.wait(1)
    filled: list[tuple[str, str]] = []
    original = PropertiesPanel.reload
    monkeypatch.setattr(PropertiesPanel, "reload", lambda self, *args: filled.append((self.kind, self.object_id)) or original(self, *args))
    qtbot.keyClick(window.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(1)
    assert window.document.journey.card("a").stage_id == "s2"
    assert filled == [("card", "a")]
    assert window.properties.kind == "card" and window.properties.object_id == "a"


def test_clearing_the_selection_shows_the_journey(window, qtbot):
    window.scene.select_cards(["a"])
    window.scene.clearSelection()
    qtbot.waitUntil(lambda: window.properties.kind == "journey")
    assert window.properties.stack.currentWidget() is window.properties.pages["journey"]
