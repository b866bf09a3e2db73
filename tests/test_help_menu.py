"""Help: the keyboard shortcuts made from the table of actions, the user guide offline, About."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from cjdesigner.ui import help_menu
from cjdesigner.ui.actions import ACTIONS, key_sequences
from cjdesigner.ui.help_menu import GuideDialog, ShortcutsDialog, guide_text


def help_menu_of(window):
    return next(a.menu() for a in window.menuBar().actions() if a.menu() and a.menu().objectName() == "menu-help")


def test_the_help_menu_holds_the_guide_the_shortcuts_and_about_with_standard_keys(window):
    entries = [a.objectName() for a in help_menu_of(window).actions() if not a.isSeparator()]
    assert entries == ["help.guide", "help.shortcuts", "help.about"]
    assert QKeySequence("F1") in window.action("help.guide").shortcuts()
    assert QKeySequence("Ctrl+/") in window.action("help.shortcuts").shortcuts()


def test_the_shortcuts_dialog_lists_every_action_of_the_table_with_its_keys(qtbot, french_interface):
    dialog = ShortcutsDialog()
    qtbot.addWidget(dialog)
    table = dialog.table
    assert table.rowCount() == len(ACTIONS)
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["Enregistrer"] == ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in key_sequences(ACTIONS[2]))
    assert "Ctrl+D" in rows["Dupliquer"] and "Ctrl+P" in rows["Imprimer"]
    assert not any("&" in name for name in rows)
    assert table.horizontalHeaderItem(1).text() == "Raccourci"


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
