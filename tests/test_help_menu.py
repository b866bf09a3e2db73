"""Help: the keyboard shortcuts made from the table of actions, the user guide offline, About."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence, QTextDocument
from PySide6.QtWidgets import QMessageBox

from cjdesigner import resources
from cjdesigner.ui import help_menu
from cjdesigner.ui.actions import ACTIONS, key_sequences
from cjdesigner.ui.help_menu import GuideDialog, ShortcutsDialog, guide_text
from cjdesigner.ui.preferences import install_translators


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
    assert rows["Enregistrer"] == "Ctrl+S"
    assert "Ctrl+D" in rows["Dupliquer"] and "Ctrl+P" in rows["Imprimer"]
    assert not any("&" in name for name in rows)
    assert table.horizontalHeaderItem(1).text() == "Raccourci"


def test_the_shortcuts_list_names_only_keys_of_a_normal_keyboard_in_the_interface_language(qtbot, french_interface):
    """Qt's standard keys also bind dedicated keys (Undo, New, Cut, Zoom In) and, on X11, Sun's F14
    to F20: the list showed "Ctrl+Z, F14, Annuler" and "Ctrl+N, Nouveau"."""
    dialog = ShortcutsDialog()
    qtbot.addWidget(dialog)
    rows = {dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())}
    assert rows["Nouvelle carte"] == "Ctrl+N"
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


def open_guide(window, qtbot) -> GuideDialog:
    window.action("help.guide").trigger()
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(GuideDialog)))
    return next(d for d in window.findChildren(GuideDialog) if d.isVisible())


def test_the_guide_speaks_french_in_french_and_shows_the_french_interface(window, qtbot, french_interface):
    guide = open_guide(window, qtbot)
    text = guide.browser.toPlainText()
    assert text.startswith("Guide de l’utilisateur de cjdesigner")
    assert "Ne jamais perdre son travail" in text and "Affichage → Afficher les liens" in text
    assert "Never losing work" not in text
    assert guide.browser.picture_names() == ["interface-fr.png"]
    assert not guide.browser.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl("interface-fr.png")).isEmpty()
    assert guide.windowTitle() == "Guide de l’utilisateur de cjdesigner"
    guide.close()


def test_the_next_guide_opened_after_a_change_of_language_speaks_the_new_one(window, qtbot, french_interface):
    first = open_guide(window, qtbot)
    assert first.browser.toPlainText().startswith("Guide de l’utilisateur")
    first.close()
    install_translators("en")
    guide = open_guide(window, qtbot)
    text = guide.browser.toPlainText()
    assert text.startswith("cjdesigner user guide") and "Never losing work" in text
    assert guide.browser.picture_names() == ["interface-en.png"]
    guide.close()


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_guide_takes_most_of_the_screen_and_never_scrolls_sideways(window, qtbot, language, request):
    install_translators(language)
    request.addfinalizer(lambda: install_translators("en"))
    guide = open_guide(window, qtbot)
    screen = window.screen().availableGeometry()
    assert guide.width() >= 0.65 * screen.width() and guide.height() >= 0.65 * screen.height()
    assert guide.browser.horizontalScrollBar().maximum() == 0
    assert guide.browser.document().size().width() <= guide.browser.viewport().width()
    guide.close()


def test_a_copy_without_the_guide_of_its_language_shows_the_english_one_or_says_it_is_missing(monkeypatch, qtbot, french_interface):
    english = resources.guide_file("en")
    monkeypatch.setattr(help_menu, "guide_file", lambda language: english if language == "en" else None)
    text, folder = guide_text()
    assert text.startswith("# cjdesigner user guide") and folder == english.parent
    monkeypatch.setattr(help_menu, "guide_file", lambda language: None)
    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    assert dialog.browser.toPlainText().startswith("Le guide manque dans cet exemplaire de cjdesigner")


def test_about_names_the_version_and_the_licence(window, qtbot):
    window.action("help.about").trigger()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "about-box") is not None)
    box = window.findChild(QMessageBox, "about-box")
    assert help_menu.version() in box.text() and "MIT" in box.text()
    box.close()
