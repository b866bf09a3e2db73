"""Editing a card's text or a stage or lane name in place, over the item on the map.

Typing in the editor touches neither the model nor the layout: only the committed text becomes an
intent (one verb, one undo step) when the editor closes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QKeyEvent, QTextCursor
from PySide6.QtWidgets import QGraphicsItem, QGraphicsTextItem

from cjdesigner.canvas import style
from cjdesigner.canvas.items import guard_paint
from cjdesigner.layout import CARD_W

if TYPE_CHECKING:
    from cjdesigner.canvas.scene import MapScene


class InPlaceEditor(QGraphicsTextItem):
    """Edits a card's text or a stage or lane name in place: Enter commits, Esc cancels.

    Shift+Enter adds a line to a card; a header name stays on one line.
    """

    def __init__(self, editing: InPlaceEditing, kind: str, object_id: str, text: str, width: float) -> None:
        super().__init__()
        self.editing = editing
        self.kind = kind
        self.object_id = object_id
        self.finished = False
        self.setPlainText(text)
        self.setTextWidth(width)
        self.setFont(style.font(10))
        self.setDefaultTextColor(style.INK)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.setZValue(20)

    @property
    def card_id(self) -> str | None:
        return self.object_id if self.kind == "card" else None

    @guard_paint
    def paint(self, painter, option, widget=None) -> None:
        painter.setPen(style.SELECTION)
        painter.setBrush(QColor("#FFFFFF"))
        painter.drawRect(self.boundingRect().adjusted(0, 0, -1, -1))
        super().paint(painter, option, widget)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier and self.kind == "card":
                self.textCursor().insertText("\n")
            else:
                self.editing.finish(commit=True)
            return
        if event.key() == Qt.Key.Key_Escape:
            self.editing.finish(commit=False)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        if not self.finished:
            self.editing.finish(commit=True)


class InPlaceEditing:
    """Opens and closes the scene's one in-place editor; a closed editor with new text is reported
    through the scene's `cardTextEdited` or `headerRenamed` intent."""

    def __init__(self, scene: MapScene) -> None:
        self.scene = scene
        self.editor: InPlaceEditor | None = None

    def start_card(self, card_id: str | None = None) -> bool:
        scene = self.scene
        card_id = card_id or scene.current_card
        card = scene.card(card_id or "")
        if card_id is None or card is None or card_id not in scene.card_items:
            return False
        item = scene.card_items[card_id]
        self._open(InPlaceEditor(self, "card", card_id, card.text, CARD_W - 8), item.scenePos() + QPointF(2, 2))
        return True

    def start_header(self, kind: str, object_id: str) -> bool:
        """Rename a stage or a lane in place, over its header."""
        scene = self.scene
        if kind == "stage" and object_id in scene.stage_items:
            item: QGraphicsItem = scene.stage_items[object_id]
            text = scene.stage(object_id).name  # type: ignore[union-attr]
        elif kind == "lane" and object_id in scene.lane_items:
            item = scene.lane_items[object_id]
            text = scene.lane(object_id).title  # type: ignore[union-attr]
        else:
            return False
        width = max(60.0, item.boundingRect().width() - 12)
        self._open(InPlaceEditor(self, kind, object_id, text, width), item.scenePos() + QPointF(6, 6))
        return True

    def _open(self, editor: InPlaceEditor, pos: QPointF) -> None:
        self.finish(commit=True)
        scene = self.scene
        self.editor = editor
        scene.addItem(editor)
        editor.setPos(pos)
        for view in scene.views()[:1]:  # an editor opened by a drop or a menu needs the keyboard
            if not view.hasFocus():
                view.setFocus(Qt.FocusReason.OtherFocusReason)
        scene.reveal(editor.sceneBoundingRect())
        editor.setFocus()
        cursor = editor.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        editor.setTextCursor(cursor)

    def finish(self, commit: bool) -> None:
        editor, self.editor = self.editor, None
        if editor is None or editor.finished:
            return
        editor.finished = True
        scene = self.scene
        text = editor.toPlainText()
        kind, object_id = editor.kind, editor.object_id
        scene.removeItem(editor)
        if kind == "card":
            if object_id in scene.card_items:
                scene.card_items[object_id].setFocus()
            card = scene.card(object_id)
            if commit and card is not None and text != card.text:
                scene.cardTextEdited.emit(object_id, text)
            return
        name = " ".join(text.split())
        header = scene.stage(object_id) if kind == "stage" else scene.lane(object_id)
        current = None if header is None else (header.name if kind == "stage" else header.title)  # type: ignore[union-attr]
        if commit and name and current is not None and name != current:
            scene.headerRenamed.emit(kind, object_id, name)
