"""The personas panel (drag a persona onto cards) and the palette of card kinds (drag onto a cell)."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cjdesigner.app.document import Diff, Document
from cjdesigner.app.icons import icon
from cjdesigner.canvas import style
from cjdesigner.canvas.scene import CARD_KIND_MIME, PERSONA_MIME
from cjdesigner.layout.drawing import badge_ink, darker
from cjdesigner.model.document import Persona
from cjdesigner.model.vocabulary import LANE_COLOURS, LANE_TITLES, LaneKind, Language


def persona_icon(persona: Persona, size: int = 28) -> QIcon:
    """The persona's badge for lists: their colour, outlined and lettered as on the map's badges."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(style.qcolor(persona.colour))
    painter.setPen(style.qcolor(darker(persona.colour, 130)))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.setPen(style.qcolor(badge_ink(persona.colour)))
    font = painter.font()
    font.setBold(True)
    font.setPixelSize(size // 3)
    painter.setFont(font)
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, persona.badge_initials)
    painter.end()
    return QIcon(pixmap)


class SearchField(QLineEdit):
    """The Find field: Escape clears it and hands the keyboard back to the map."""

    escaped = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Find cards"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.clear()
            self.escaped.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class _DragList(QListWidget):
    def __init__(self, mime_type: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mime_type = mime_type
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setIconSize(QSize(28, 28))

    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:
        mime = QMimeData()
        if items:
            mime.setData(self.mime_type, str(items[0].data(Qt.ItemDataRole.UserRole)).encode("utf-8"))
        return mime

    def mimeTypes(self) -> list[str]:
        return [self.mime_type]


class PersonasPanel(QWidget):
    """Lists the project's personas; select one to edit it, drag it onto a card to add its badge."""

    personaSelected = Signal(str)
    addRequested = Signal()
    removeRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personas-panel")
        self.list = _DragList(PERSONA_MIME, self)
        self.list.setObjectName("personas-list")
        self.list.setAccessibleName(self.tr("Personas"))
        self.list.setToolTip(self.tr("Drag a persona onto a card to add its badge"))
        # a role is read whole: it wraps under the name rather than running out of the panel
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.add = add = QPushButton(icon("persona-add"), self.tr("Add"), self)
        add.setObjectName("personas-add")
        add.setAccessibleName(self.tr("Add persona"))
        self.remove = QPushButton(icon("edit-delete"), self.tr("Remove"), self)
        self.remove.setObjectName("personas-remove")
        self.remove.setAccessibleName(self.tr("Remove persona"))
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        add.clicked.connect(self.addRequested)
        self.remove.clicked.connect(self._remove_current)
        self.list.currentItemChanged.connect(self._current_changed)
        self.document: Document | None = None

    def focus_chain(self) -> list[QWidget]:
        """The panel's controls in reading order, for the window's Tab order."""
        return [self.list, self.add, self.remove]

    def set_document(self, document: Document) -> None:
        self.document = document
        document.changed.connect(self.refresh)
        self.refresh()

    def refresh(self, diff: object = None, *_: object) -> None:
        if self.document is None or isinstance(diff, Diff) and not (diff.personas or diff.journeys or diff.project):
            return  # an edit of cards alone leaves the personas as they are
        current = self.current_persona()
        self.list.blockSignals(True)
        self.list.clear()
        for persona in self.document.project.personas:
            item = QListWidgetItem(persona_icon(persona), f"{persona.name}\n{persona.role}" if persona.role else persona.name)
            item.setData(Qt.ItemDataRole.UserRole, persona.id)
            item.setToolTip(f"{persona.name}\n{persona.role}" if persona.role else persona.name)
            self.list.addItem(item)
            if persona.id == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.remove.setEnabled(self.list.currentItem() is not None)

    def current_persona(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def select(self, persona_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == persona_id:
                self.list.setCurrentRow(row)

    def _current_changed(self, current: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        self.remove.setEnabled(current is not None)
        if current is not None:
            self.personaSelected.emit(current.data(Qt.ItemDataRole.UserRole))

    def _remove_current(self) -> None:
        persona_id = self.current_persona()
        if persona_id:
            self.removeRequested.emit(persona_id)


PALETTE_KINDS = (
    LaneKind.ACTIONS,
    LaneKind.TOUCHPOINTS,
    LaneKind.THOUGHTS,
    LaneKind.PAIN_POINTS,
    LaneKind.OPPORTUNITIES,
    LaneKind.GOALS,
    LaneKind.METRICS,
    LaneKind.NOTES,
)


class CardPalette(_DragList):
    """Chips of card kinds: drag one onto a cell to create a card there."""

    def __init__(self, language: Language = Language.EN, parent: QWidget | None = None) -> None:
        super().__init__(CARD_KIND_MIME, parent)
        self.setObjectName("card-palette")
        self.setAccessibleName(self.tr("Card palette"))
        self.setToolTip(self.tr("Drag a chip onto a cell to add a card"))
        self.setIconSize(QSize(20, 20))
        for kind in PALETTE_KINDS:
            item = QListWidgetItem(icon(f"lane-{kind.value}"), LANE_TITLES[kind][language])
            item.setData(Qt.ItemDataRole.UserRole, kind.value)
            item.setBackground(QColor(LANE_COLOURS[kind]))
            self.addItem(item)
