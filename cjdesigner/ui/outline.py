"""The outline: the map as a tree (journey → stage → cell of a lane → card or emotion point; and
journey → lanes → lane, the rows of the lane headers).

A graphics scene is invisible to screen readers; a tree view is not. The outline follows the
canvas selection and drives it, names each row in a sentence a screen reader can speak, and lets a
keyboard user add (Insert), edit (F2), move (Ctrl+Shift+arrows) and delete (Delete) cards, rename a
stage or lane (F2) and open its menu (Menu, Shift+F10) on its header; Esc goes to the map, on the
same item. Every
edit goes through the verbs, or through the canvas controller that calls them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QEvent, QModelIndex, QPersistentModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QLabel,
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from cjdesigner.app.document import Document
from cjdesigner.model.diff import Diff
from cjdesigner.model.document import Card, EmotionPoint
from cjdesigner.ui.panels import SearchField
from cjdesigner.model.vocabulary import CHANNEL_NAMES, EMOTION_SCORE_TITLES, LaneKind, Sentiment, fold

if TYPE_CHECKING:
    from cjdesigner.canvas.controller import MapController
    from cjdesigner.canvas.scene import MapScene

KEY = Qt.ItemDataRole.UserRole  # (kind, id): kind is journey, stage, cell, card, emotion_point, lanes or lane
Key = tuple[str, str]


class CardTextEditor(QPlainTextEdit):
    """Edits a card's text in the tree: Enter commits, Shift+Enter adds a line, Esc cancels."""

    committed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.committed.emit()
            return
        super().keyPressEvent(event)


class CardTextDelegate(QStyledItemDelegate):
    """Commits an edited card text through the outline (a verb), never into the tree's model."""

    def __init__(self, outline: OutlinePanel) -> None:
        super().__init__(outline)
        self.outline = outline

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:
        editor = CardTextEditor(parent)
        editor.setObjectName("outline-card-editor")
        editor.setAccessibleName(QCoreApplication.translate("OutlinePanel", "Card text"))
        editor.setTabChangesFocus(True)
        editor.committed.connect(lambda: (self.commitData.emit(editor), self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)))
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        card = self.outline.card_at(index)
        assert isinstance(editor, CardTextEditor)
        editor.setPlainText(card.text if card is not None else "")
        editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex) -> None:
        assert isinstance(editor, CardTextEditor)
        kind, card_id = index.data(KEY)
        self.outline.commit_text(card_id, editor.toPlainText())

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        rect = QRect(option.rect)
        rect.setHeight(max(rect.height() * 3, editor.fontMetrics().lineSpacing() * 4))
        editor.setGeometry(rect)


OWN_KEYS = {Qt.Key.Key_F2, Qt.Key.Key_Insert, Qt.Key.Key_Delete, Qt.Key.Key_Escape}


class OutlineTree(QTreeView):
    """The tree; its keys are the outline's (the panel decides what they do). F2, Insert and Delete
    are also the window's shortcuts for the map: in the tree they act on the tree's row."""

    keyUsed = Signal(QKeyEvent)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and event.key() in OWN_KEYS:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.keyUsed.emit(event)
        if not event.isAccepted():
            super().keyPressEvent(event)


class OutlinePanel(QWidget):
    """The map as a tree, for the keyboard and for screen readers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outline-panel")
        self.document: Document | None = None
        self.scene: MapScene | None = None
        self.controller: MapController | None = None
        self.model = QStandardItemModel(self)
        self.items: dict[Key, QStandardItem] = {}
        self.find = SearchField(self)
        self.find.setObjectName("outline-find")
        self.find.setPlaceholderText(self.tr("Find in outline…"))
        self.find.setAccessibleName(self.tr("Find in outline"))
        self.find.setClearButtonEnabled(True)
        self.tree = OutlineTree(self)
        self.tree.setObjectName("outline-tree")
        self.tree.setAccessibleName(self.tr("Map outline"))
        self.tree.setAccessibleDescription(
            self.tr("Insert adds a card, F2 edits it, Delete deletes it, Ctrl+Shift+arrows move it to another stage or place.")
        )
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.tree.setItemDelegate(CardTextDelegate(self))
        label = QLabel(self.tr("F&ind:"), self)
        label.setBuddy(self.find)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(label)
        layout.addWidget(self.find)
        layout.addWidget(self.tree)
        self.setTabOrder(self.find, self.tree)
        self.tree.keyUsed.connect(self._key)
        self.tree.selectionModel().currentChanged.connect(self._tree_current_changed)
        self.find.textEdited.connect(lambda text: self.find_next(text, from_current=False))
        self.find.returnPressed.connect(lambda: self.find_next(self.find.text(), from_current=True))
        self.find.escaped.connect(lambda: self.tree.setFocus(Qt.FocusReason.ShortcutFocusReason))
        self._syncing = False
        self._dirty = True

    # --- document ---------------------------------------------------------------------------

    def set_document(self, document: Document, scene: MapScene, controller: MapController) -> None:
        if self.document is not None and self.scene is not None:  # the window shows another file
            self.document.changed.disconnect(self.refresh)
            self.document.journeyChanged.disconnect(self.refresh)
            self.scene.currentChanged.disconnect(self.follow_scene)
        self.document, self.scene, self.controller = document, scene, controller
        document.changed.connect(self.refresh)
        document.journeyChanged.connect(self.refresh)
        scene.currentChanged.connect(self.follow_scene)
        self._dirty = True
        self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def refresh(self, touched: object = None) -> None:
        """Rebuild the tree when the map's shape changed; only rename the rows of touched cards
        when just their fields did. A hidden outline waits until it is shown."""
        if self.document is None or self.scene is None:
            return
        if not self.isVisible():
            self._dirty = True
            return
        cards = touched.cards if isinstance(touched, Diff) else None
        restyled = cards is not None and not (cards.added or cards.removed or cards.moved or cards.shifted)
        if (cards is not None and not self._dirty and touched.only_cards_and_rounds_of(self.document.journey_id)
                and cards.touched <= self._card_ids and (restyled or self._shape == self._current_shape())):
            for card_id in cards.touched:
                item = self.items.get(("card", card_id))
                if item is not None:
                    self._name_card(item, self.scene.card(card_id))
            return
        self._rebuild()

    def _current_shape(self) -> tuple:
        scene = self.scene
        assert scene is not None
        layout = scene.layout
        return (
            self.document.journey_id if self.document else "",
            tuple((s, scene.stage(s).name if scene.stage(s) else "") for s in layout.stage_order),
            tuple((la, scene.lane(la).title if scene.lane(la) else "") for la in layout.lane_order),
            tuple((s, la, tuple(c.id for c in scene.cell_cards((s, la)))) for s in layout.stage_order for la in layout.lane_order),
            tuple((p.id, p.score, p.label) for p in scene.journey.emotion_points),
            tuple((s.id, s.path_id) for s in scene.journey.stages), tuple((p.id, p.name) for p in scene.journey.paths),
            tuple((p.id, p.name) for p in scene.project.personas),
        )

    def _rebuild(self) -> None:
        scene, document = self.scene, self.document
        assert scene is not None and document is not None
        collapsed = {key for key, item in self.items.items() if not self.tree.isExpanded(item.index())}
        current = self.current_key()
        self._syncing = True
        try:
            self.model.clear()
            self.model.setHorizontalHeaderLabels([self.tr("Map")])  # hidden, but a screen reader names the column
            self.items = {}
            journey = scene.journey
            root = self._add(self.model.invisibleRootItem(), ("journey", journey.id), journey.title or self.tr("Untitled journey"))
            root.setData(self.tr("Journey: %1").replace("%1", journey.title), Qt.ItemDataRole.AccessibleTextRole)
            stages = scene.layout.stage_order
            paths = {path.id: path for path in journey.paths}
            for number, stage_id in enumerate(stages, 1):
                stage = scene.stage(stage_id)
                count = sum(len(scene.cell_cards((stage_id, lane_id))) for lane_id in scene.layout.lane_order)
                path = paths.get(stage.path_id or "")
                item = self._add(root, ("stage", stage_id), stage.name if path is None else f"{path.name} › {stage.name}")
                if path is None:
                    sentence = self.tr("Stage %1 of %2: %3, %4")
                else:  # a stage of a fork's path says which path: the outline walks them one after the other
                    sentence = self.tr("Stage %1 of %2, on the path %5: %3, %4").replace("%5", path.name)
                sentence = sentence.replace("%1", str(number)).replace("%2", str(len(stages)))
                item.setData(sentence.replace("%3", stage.name).replace("%4", self.card_count(count)), Qt.ItemDataRole.AccessibleTextRole)
                for lane_id in scene.layout.lane_order:
                    self._add_cell(item, stage_id, lane_id)
            self._add_lanes(root)
            self.tree.expandAll()
            for key in collapsed:
                if key in self.items:
                    self.tree.collapse(self.items[key].index())
            self._shape = self._current_shape()
            self._card_ids = {card.id for card in journey.cards}
            self._dirty = False
        finally:
            self._syncing = False
        if current in self.items:
            self._select(current)
        else:
            self.follow_scene()

    def _add_lanes(self, root: QStandardItem) -> None:
        """The lane headers, after the stages: a row each, for F2 and the lane's menu."""
        scene = self.scene
        assert scene is not None
        lanes = scene.layout.lane_order
        group = self._add(root, ("lanes", scene.journey.id), self.tr("Lanes"))
        for number, lane_id in enumerate(lanes, 1):
            lane = scene.lane(lane_id)
            item = self._add(group, ("lane", lane_id), lane.title)
            sentence = self.tr("Lane %1 of %2: %3").replace("%1", str(number)).replace("%2", str(len(lanes)))
            item.setData(sentence.replace("%3", lane.title), Qt.ItemDataRole.AccessibleTextRole)

    def _add_cell(self, stage_item: QStandardItem, stage_id: str, lane_id: str) -> None:
        scene = self.scene
        assert scene is not None
        lane = scene.lane(lane_id)
        cards = scene.cell_cards((stage_id, lane_id))
        key = ("cell", f"{stage_id}\n{lane_id}")
        item = self._add(stage_item, key, lane.title)
        item.setData(self.tr("Lane %1, %2").replace("%1", lane.title).replace("%2", self.card_count(len(cards))), Qt.ItemDataRole.AccessibleTextRole)
        for card in cards:
            card_item = self._add(item, ("card", card.id), "")
            card_item.setEditable(True)
            self._name_card(card_item, card)
        if lane.kind == LaneKind.EMOTIONS:
            for point in scene.journey.emotion_points:
                if point.stage_id == stage_id:
                    self._add_point(item, point)

    def _add(self, parent: QStandardItem, key: Key, text: str) -> QStandardItem:
        item = QStandardItem(text)
        item.setData(key, KEY)
        item.setEditable(False)
        parent.appendRow(item)
        self.items[key] = item
        return item

    def _add_point(self, parent: QStandardItem, point: EmotionPoint) -> None:
        scene = self.scene
        assert scene is not None
        persona = scene.persona(point.persona_id)
        name = persona.name if persona else point.persona_id
        score = EMOTION_SCORE_TITLES[point.score][scene.project.language]
        text = self.tr("Emotion of %1: %2").replace("%1", name).replace("%2", score)
        if point.label:
            text = self.tr("%1 — %2").replace("%1", text).replace("%2", point.label)
        item = self._add(parent, ("emotion_point", point.id), text)
        item.setData(text, Qt.ItemDataRole.AccessibleTextRole)

    def _name_card(self, item: QStandardItem, card: Card | None) -> None:
        if card is None:
            return
        text = " / ".join(line for line in card.text.splitlines() if line.strip()) or self.tr("(empty card)")
        details = self.card_details(card)
        item.setText(text)
        sentence = self.tr("Card: %1").replace("%1", text)
        if details:
            sentence = self.tr("Card: %1 — %2").replace("%1", text).replace("%2", details)
        item.setData(sentence, Qt.ItemDataRole.AccessibleTextRole)
        item.setData(card.notes[:500], Qt.ItemDataRole.AccessibleDescriptionRole)  # the details are in the name already
        item.setToolTip(sentence)

    def card_count(self, count: int) -> str:
        return self.tr("no cards") if count == 0 else self.tr("1 card") if count == 1 else self.tr("%n cards", "", count)

    def card_details(self, card: Card) -> str:
        """What the card's badges and symbols say, in words: personas, sentiment, severity, votes."""
        scene = self.scene
        assert scene is not None
        words = []
        names = [scene.persona(pid).name for pid in card.persona_ids if scene.persona(pid) is not None]
        if len(names) == 1:
            words.append(self.tr("persona %1").replace("%1", names[0]))
        elif names:
            words.append(self.tr("personas %1").replace("%1", ", ".join(names)))
        sentiments = {Sentiment.POSITIVE: self.tr("positive"), Sentiment.NEUTRAL: self.tr("neutral"), Sentiment.NEGATIVE: self.tr("negative")}
        if card.sentiment is not None:
            words.append(sentiments[card.sentiment])
        if card.severity:
            words.append(self.tr("severity %1").replace("%1", str(card.severity)))
        if card.channel is not None:
            words.append(self.tr("channel %1").replace("%1", CHANNEL_NAMES[card.channel][0]))
        if card.votes:
            words.append(self.tr("1 vote") if card.votes == 1 else self.tr("%n votes", "", card.votes))
        return ", ".join(words)

    # --- selection, both ways ----------------------------------------------------------------

    def current_key(self) -> Key | None:
        index = self.tree.currentIndex()
        return index.data(KEY) if index.isValid() else None

    def card_at(self, index: QModelIndex | QPersistentModelIndex) -> Card | None:
        key = index.data(KEY)
        if not key or key[0] != "card" or self.scene is None:
            return None
        return self.scene.card(key[1])

    def _select(self, key: Key, drive_scene: bool = False) -> None:
        """Make `key` the tree's current row; the canvas follows only when asked (it may be the
        canvas that asked the tree to follow)."""
        item = self.items.get(key)
        if item is None:
            return
        self._syncing = not drive_scene
        try:
            self.tree.setCurrentIndex(item.index())
            self.tree.scrollTo(item.index())
        finally:
            self._syncing = False

    def follow_scene(self) -> None:
        """The canvas selection changed: show the same thing in the tree."""
        if self._syncing or self.scene is None or not self.isVisible() or self._dirty:
            return
        scene = self.scene
        selected = scene.selected_object()
        if scene.current_card and scene.current_card in scene.selected_card_ids():
            key: Key | None = ("card", scene.current_card)
        elif selected is not None:
            key = selected
        elif scene.cursor_cell is not None:
            key = ("cell", "\n".join(scene.cursor_cell))
        else:
            key = None
        if key is not None and key in self.items and key != self.current_key():
            self._select(key)

    def _tree_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        """The tree's current row changed: select the same thing on the canvas, in view."""
        if self._syncing or self.scene is None or not current.isValid():
            return
        kind, object_id = current.data(KEY)
        scene = self.scene
        self._syncing = True
        try:
            if kind == "card":
                scene.select_cards([object_id])
            elif kind == "cell":
                scene.set_cursor_cell(tuple(object_id.split("\n")))  # type: ignore[arg-type]
            elif kind == "emotion_point":
                scene.select_point(object_id)
            elif kind in ("stage", "lane"):
                scene.select_header(kind, object_id)
            else:
                scene.clearSelection()
            scene.reveal_current()
        finally:
            self._syncing = False

    def current_cell(self) -> tuple[str, str] | None:
        key = self.current_key()
        if key is None:
            return None
        if key[0] == "cell":
            stage_id, lane_id = key[1].split("\n")
            return stage_id, lane_id
        card = self.scene.card(key[1]) if key[0] == "card" and self.scene else None
        return (card.stage_id, card.lane_id) if card else None

    # --- keys ---------------------------------------------------------------------------------

    def _key(self, event: QKeyEvent) -> None:
        event.ignore()
        key, modifiers = event.key(), event.modifiers()
        move = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        arrows = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
        if key in arrows and modifiers & move == move:
            self.move_current(*arrows[key])
        elif key == Qt.Key.Key_Insert:
            self.add_card()
        elif key == Qt.Key.Key_Delete:
            self.delete_current()
        elif key == Qt.Key.Key_Menu or (key == Qt.Key.Key_F10 and modifiers & Qt.KeyboardModifier.ShiftModifier):
            if self.scene is not None:
                self.scene.open_menu_at_selection()
        elif key == Qt.Key.Key_Escape and self.scene is not None and self.scene.views():
            self.scene.views()[0].setFocus(Qt.FocusReason.ShortcutFocusReason)  # back to the map, on the same item
        elif key == Qt.Key.Key_F2 and self.current_key() and self.current_key()[0] != "card":
            self.rename_current()
        else:
            return
        event.accept()

    def rename_current(self) -> None:
        """F2 on a stage or a lane, or on a lane's row under a stage: rename it in place on the map."""
        key, cell = self.current_key(), self.current_cell()
        if self.scene is None or key is None:
            return
        if key[0] in ("stage", "lane"):
            self.scene.start_renaming(*key)
        elif key[0] == "cell" and cell is not None:
            self.scene.start_renaming("lane", cell[1])

    def add_card(self) -> None:
        """Insert: a new card after the current one (or at the end of the current cell), then edit
        its text right here in the tree."""
        cell = self.current_cell()
        if cell is None or self.controller is None or self.scene is None:
            return
        key = self.current_key()
        position = None
        if key is not None and key[0] == "card":
            position = self.scene.card(key[1]).position + 1
        card_id = self.controller.add_card(*cell, position)
        if card_id and ("card", card_id) in self.items:
            self._select(("card", card_id))
            self.tree.edit(self.items[("card", card_id)].index())

    def commit_text(self, card_id: str, text: str) -> None:
        card = self.scene.card(card_id) if self.scene else None
        if card is not None and self.controller is not None and text != card.text:
            self.controller.verbs.set_card_text(card_id, text)

    def delete_current(self) -> None:
        key = self.current_key()
        if key is None or self.controller is None:
            return
        verbs = self.controller.verbs
        if key[0] == "card":
            neighbour = self._neighbour(key)
            if verbs.delete_cards([key[1]]) and neighbour in self.items:
                self._select(neighbour, drive_scene=True)
        elif key[0] == "emotion_point":
            verbs.remove_emotion_point(key[1])

    def _neighbour(self, key: Key) -> Key | None:
        """Where the keyboard goes after a deletion: the next row, else the one before, else the cell."""
        item = self.items[key]
        parent = item.parent()
        for row in (item.row() + 1, item.row() - 1):
            if parent is not None and 0 <= row < parent.rowCount():
                return parent.child(row).data(KEY)
        return parent.data(KEY) if parent is not None else None

    def move_current(self, dx: int, dy: int) -> None:
        """Ctrl+Shift+Left/Right: to the previous or next stage; Up/Down: within the cell, then to
        the lane above or below; the same rules as Ctrl+arrows on the map."""
        key = self.current_key()
        if key is None or key[0] != "card" or self.scene is None:
            return
        self.scene.select_cards([key[1]])
        self.scene.move_selection(dx, dy)
        self._select(key)

    def find_next(self, text: str, from_current: bool) -> bool:
        """Go to the next card whose text holds `text` (accents and case ignored)."""
        needle = fold(text.strip())
        if not needle or self.scene is None:
            return False
        cards = [key for key in self.items if key[0] == "card"]
        current = self.current_key()
        start = cards.index(current) + (1 if from_current else 0) if current in cards else 0
        for key in cards[start:] + cards[:start]:
            card = self.scene.card(key[1])
            if card is not None and needle in fold(card.text):
                self._select(key, drive_scene=True)
                return True
        return False
