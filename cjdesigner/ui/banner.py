"""A sentence across the top of the map that stays while what it says is true: for a problem the
user must not miss and cannot fix by clicking (edits not recorded where they should be), which a
status-bar message, gone after a while, would let slip by."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QVBoxLayout, QWidget


class Banner(QFrame):
    def __init__(self, name: str, title: str, parent: QWidget | None = None) -> None:
        """`title`: what a screen reader calls the banner before reading its sentence."""
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(title)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(f"QFrame#{name} {{ background: #FFF3CD; border: 1px solid #B58105; }} QLabel {{ color: #3D2E00; }}")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        symbol = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        symbol.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size))
        symbol.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(symbol)
        self.label = QLabel(self)
        self.label.setObjectName(f"{name}-text")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # a map's title or a folder is never markup
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # a folder to copy
        self.label.setAccessibleName(title)
        layout.addWidget(self.label, 1)
        self.hide()

    def say(self, sentence: str) -> None:
        """Show `sentence`, or hide the banner when it is empty (the problem is gone)."""
        self.label.setText(sentence)
        self.label.setAccessibleDescription(sentence)
        self.setVisible(bool(sentence))

    def text(self) -> str:
        return self.label.text() if not self.isHidden() else ""


def with_banner(banner: Banner, widget: QWidget) -> QWidget:
    """`widget` with `banner` above it, as one central widget."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(banner)
    layout.addWidget(widget, 1)
    return box
