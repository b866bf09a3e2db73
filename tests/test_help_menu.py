"""Help: the keyboard shortcuts made from the table of actions, the user guide offline, About."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from cjdesigner.ui import help_menu
from cjdesigner.ui.actions import ACTIONS, key_sequences
from cjdesigner.ui.help_menu import GuideDialog, ShortcutsDialog, guide_text
from cjdesigner.ui.preferences import install_translators


@pytest.fixture
def french(request):
    install_translators("fr")
    request.addfinalizer(lambda: install_translators("en"))


def help_menu_of(window):
    return next(a.menu() for a in window.menuBar().actions() if a.menu() and a.menu().objectName() == "menu-help")


def test_the_help_menu_holds_the_guide_the_shortcuts_and_about_with_standard_keys(window):
    entries = [a.objectName() for a in help_menu_of(window).actions() if not a.isSeparator()]
    assert entries == ["help.guide", "help.shortcuts", "help.about"]
    assert QKeySequence("F1") in window.action("help.guide").shortcuts()
    assert QKeySequence("Ctrl+/") in window.action("help.shortcuts").shortcuts()


def test_the_shortcuts_dialog_lists_every_action_of_the_table_with_its_keys(qtbot, french):
    dialog = ShortcutsDialog()
    qtbot.addWidget(dialog)
    table = dialog.table
    assert table.rowCount() == len(ACTIONS)
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["Enregistrer"] == "Ctrl+S"
    assert "Ctrl+D" in rows["Dupliquer"] and "Ctrl+P" in rows["Imprimer"]
    assert not any("&" in name for name in rows)
    assert table.horizontalHeaderItem(1).text() == "Raccourci"


def test_the_shortcuts_list_names_only_keys_of_a_normal_keyboard_in_the_interface_language(qtbot, french):
    """Qt's standard keys also bind dedicated keys (Undo, New, Cut, Zoom In) and, on X11, Sun's F14
    to F20: the list showed "Ctrl+Z, F14, Annuler" and "Ctrl+N, Nouveau"."""
    dialog = ShortcutsDialog()
    qtbot.addWidget(dialog)
    rows = {dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())}
    assert rows["Nouvelle"] == "Ctrl+N"
    assert rows["Annuler"].startswith("Ctrl+Z") and "Annuler" not in rows["Annuler"]
    assert rows["Couper"].startswith("Ctrl+X") and "Couper" not in rows["Couper"]
    assert rows["Rechercher des cartes"] == "Ctrl+F" and rows["Zoom avant"].startswith("Ctrl++") and "Zoom" not in rows["Zoom avant"]
    assert all(key not in listed for listed in rows.values() for key in ("F13", "F14", "F16", "F18", "F20"))


@pytest.mark.parametrize("key, pressable", [
    ("Ctrl+Z", True), ("F12", True), ("Del", True), ("Ctrl+Shift+Ins", True), ("Ctrl++", True), ("Ctrl+/", True),
    ("F13", False), ("F14", False), ("F20", False), ("F35", False), ("Shift+Save", False),
    (QKeySequence(Qt.Key.Key_Undo), False), (QKeySequence(Qt.Key.Key_New), False), (QKeySequence(Qt.Key.Key_Cut), False),
])
def test_keys_beyond_f12_and_dedicated_keys_are_not_on_a_normal_keyboard(key, pressable):
    assert help_menu.on_a_normal_keyboard(QKeySequence(key)) is pressable


def test_the_window_opens_the_shortcuts_and_the_guide_from_the_menu(window, qtbot):
    window.action("help.shortcuts").trigger()
    qtbot.waitUntil(lambda: window.findChild(ShortcutsDialog) is not None and window.findChild(ShortcutsDialog).isVisible())
    window.findChild(ShortcutsDialog).close()
    window.action("help.guide").trigger()
    qtbot.waitUntil(lambda: window.findChild(GuideDialog) is not None and window.findChild(GuideDialog).isVisible())
    guide = window.findChild(GuideDialog)
    assert "Keyboard" in guide.browser.toPlainText()
    guide.close()


def test_the_guide_is_found_without_the_checkout_in_the_installed_metadata(monkeypatch, tmp_path, qtbot):
    monkeypatch.setattr(help_menu, "CHECKOUT_README", tmp_path / "absent.md")
    text, images = guide_text()
    assert images is None and "cjdesigner" in text and "Keyboard" in text
    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    assert "![" not in dialog.browser.toMarkdown()


def test_about_names_the_version_and_the_licence(window, qtbot):
    window.action("help.about").trigger()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "about-box") is not None)
    box = window.findChild(QMessageBox, "about-box")
    assert help_menu.version() in box.text() and "MIT" in box.text()
    box.close()
