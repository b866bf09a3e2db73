"""Checks of what a screen reader and a colour-blind reader get, shared by the tests of every window."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

FIELDS = (QComboBox, QLineEdit, QAbstractSpinBox, QAbstractItemView, QPlainTextEdit, QTextEdit)


def spoken_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def unnamed(root: QWidget) -> list[str]:
    """Focusable widgets a screen reader could not name. A field (combo, text, list…) needs its own
    accessible name or a label whose buddy it is: the name Qt would guess from a field is its
    current value, which says nothing of what the field is for."""
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy() is not None}
    missing = []
    for widget in root.findChildren(QWidget):
        parent = widget.parentWidget()
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or widget.window() is not root.window():
            continue  # combo popups are their own windows, named by their combo
        if isinstance(parent, QAbstractSpinBox) or (isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget):
            continue  # a spin box's line edit and a scroll area's viewport speak through their owner
        if isinstance(widget, FIELDS):
            named = bool(widget.accessibleName()) or id(widget) in buddies
        else:
            named = bool(spoken_name(widget))
        if not named:
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} in {parent.objectName() if parent else ''!r}")
    return missing


def luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)
