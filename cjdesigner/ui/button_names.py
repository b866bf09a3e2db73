"""Names for the buttons Qt makes by itself and leaves nameless: the clear button of a find field,
the arrows that show a toolbar's or menu bar's hidden entries, a table's select-all corner.

A screen reader says a button's accessible name, else its text; these have neither and speak as
"button". They are named once their owner has made them (`name_buttons` on the window), by what
Qt calls them, never by a translated word.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QWidget

from cjdesigner.i18n import QT_TRANSLATE_NOOP

# Qt's object names of its own buttons → what the button does.
BY_OBJECT_NAME = {
    "qt_toolbar_ext_button": QT_TRANSLATE_NOOP("ButtonNames", "More tools"),
    "qt_menubar_ext_button": QT_TRANSLATE_NOOP("ButtonNames", "More menus"),
    "qt_tableview_cornerbutton": QT_TRANSLATE_NOOP("ButtonNames", "Select all"),
    "qt_dockwidget_floatbutton": QT_TRANSLATE_NOOP("ButtonNames", "Float panel"),
    "qt_dockwidget_closebutton": QT_TRANSLATE_NOOP("ButtonNames", "Close panel"),
}
CLEAR = QT_TRANSLATE_NOOP("ButtonNames", "Clear")


def spoken(button: QAbstractButton) -> bool:
    return bool(button.accessibleName().strip() or button.text().replace("&", "").strip())


def name_buttons(root: QWidget) -> None:
    """Gives every nameless button under `root` the name of what it does."""
    for button in root.findChildren(QAbstractButton):
        if spoken(button):
            continue
        words = BY_OBJECT_NAME.get(button.objectName())
        if words is None and isinstance(button.parentWidget(), QLineEdit):
            words = CLEAR  # the only button a line edit makes is its clear button
        if words is not None:
            button.setAccessibleName(QCoreApplication.translate("ButtonNames", words))
