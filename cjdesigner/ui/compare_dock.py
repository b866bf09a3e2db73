"""The change list of compare mode: every change of the compared journey grouped by stage, moves
that change only the layout apart, a filter by kind, the selected change field by field (before →
after), and the blend between the older and the newer map."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QScrollArea,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cjdesigner.i18n import QT_TRANSLATE_NOOP
from cjdesigner.layout.compare_marks import CompareMarks, shown_value
from cjdesigner.model.change_lines import LineKind, ObjectKind, field_label
from cjdesigner.model.document import Journey, Project

KINDS = ("added", "removed", "changed", "moved")
KIND_NAMES = {
    "added": QT_TRANSLATE_NOOP("ChangeList", "Added"), "removed": QT_TRANSLATE_NOOP("ChangeList", "Removed"),
    "changed": QT_TRANSLATE_NOOP("ChangeList", "Changed"), "moved": QT_TRANSLATE_NOOP("ChangeList", "Moved"),
}
_FILTERED_AS = {LineKind.RENAMED: "changed", LineKind.REORDERED: "moved"}
PLACE = QT_TRANSLATE_NOOP("ChangeList", "Place")


@dataclass(frozen=True)
class Change:
    """One line of the list: what it is about, its kind for the filter, the stage it is grouped
    under ("" for the journey's and the map's own), and its fields as (name, before, after)."""

    object_kind: str
    object_id: str
    kind: str
    stage_id: str
    sentence: str
    layout_only: bool
    fields: tuple[tuple[str, str, str], ...]


def changes_of(marks: CompareMarks, old: Project, new: Project) -> list[Change]:
    """The list's lines for the compared journey (and the map's personas), in map order."""
    journey_id = marks.journey.id
    old_j, new_j = old.journey(journey_id), new.journey(journey_id)
    changes: list[Change] = []
    for line in marks.changes:
        if line.journey_id not in ("", journey_id) or line.object_kind in (ObjectKind.MAP, ObjectKind.JOURNEY, ObjectKind.VOTE_ROUND):
            continue
        rows = ((field_label(name).capitalize(), shown_value(line.old_value(name)), shown_value(line.new_value(name))) for name in line.fields)
        fields = tuple(row for row in rows if row[1:] != ("—", "—"))  # an added card's empty fields say nothing
        if line.from_stage_id and line.object_kind is ObjectKind.CARD:
            card = next((c for c in new_j.cards if c.id == line.object_id), None)
            if card is not None:
                where = (_place(old_j, line.from_stage_id, line.from_lane_id), _place(new_j, card.stage_id, card.lane_id))
                fields = ((QCoreApplication.translate("ChangeList", PLACE), *where), *fields)
        changes.append(Change(line.object_kind.value, line.object_id, _FILTERED_AS.get(line.kind, line.kind.value),
                              line.stage_id, line.say(), line.layout_only, fields))
    return changes


def _place(journey: Journey, stage_id: str, lane_id: str) -> str:
    stage = next((s.name for s in journey.stages if s.id == stage_id), stage_id)
    lane = next((la.title for la in journey.lanes if la.id == lane_id), lane_id)
    return f"{stage} / {lane}"


class ChangeListPanel(QWidget):
    """`changeChosen` carries the index in `changes` of the line the user is on."""

    changeChosen = Signal(int)
    blendChanged = Signal(float)
    leaveRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("change-list")
        self.changes: list[Change] = []
        self._items: list[QTreeWidgetItem] = []
        self._shown: list[int] = []
        self.stage_names: dict[str, str] = {}
        layout = QVBoxLayout(self)
        self.title = QLabel("")
        self.title.setObjectName("compare-title")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        row = QHBoxLayout()
        self.filter = QComboBox(self)
        self.filter.setObjectName("change-filter")
        self.filter.setAccessibleName(self.tr("Show changes"))
        self.filter.addItem(self.tr("All changes"), "")
        for kind in KINDS:
            self.filter.addItem(QCoreApplication.translate("ChangeList", KIND_NAMES[kind]), kind)
        row.addWidget(self.filter, 1)
        self.leave = QPushButton(self.tr("&Leave Compare Mode"), self)
        self.leave.setObjectName("leave-compare")
        row.addWidget(self.leave)
        layout.addLayout(row)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("change-tree")
        self.tree.setAccessibleName(self.tr("Changes"))
        self.tree.setHeaderHidden(True)
        layout.addWidget(self.tree, 3)
        self.sentence = QLabel("")  # the line chosen, whole: the list may have to cut it
        self.sentence.setObjectName("change-sentence")
        self.sentence.setWordWrap(True)
        self.sentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.sentence)
        self.details = QLabel("")  # before and after, field by field: a table whose cells wrap
        self.details.setObjectName("change-details")
        self.details.setAccessibleName(self.tr("Before and after"))
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_rows: tuple[tuple[str, str, str], ...] = ()
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.details)
        layout.addWidget(scroll, 2)
        blend = QHBoxLayout()
        blend.addWidget(QLabel(self.tr("Before")))
        self.blend = QSlider(Qt.Orientation.Horizontal, self)
        self.blend.setObjectName("compare-blend")
        self.blend.setAccessibleName(self.tr("Blend between the older and the newer map"))
        self.blend.setRange(0, 100)
        self.blend.setValue(100)
        blend.addWidget(self.blend, 1)
        blend.addWidget(QLabel(self.tr("After")))
        layout.addLayout(blend)
        self.filter.currentIndexChanged.connect(lambda _: self._fill())
        self.tree.currentItemChanged.connect(self._current_changed)
        self.blend.valueChanged.connect(lambda value: self.blendChanged.emit(1.0 - value / 100.0))
        self.leave.clicked.connect(self.leaveRequested)

    def show_changes(self, title: str, changes: list[Change], stage_names: dict[str, str]) -> None:
        self.title.setText(title)
        self.changes = changes
        self.stage_names = stage_names
        self.blend.setValue(100)
        self._fill()

    def visible_indexes(self) -> list[int]:
        """The lines shown, in the order N steps through them."""
        return self._shown

    def _fill(self) -> None:
        kind = self.filter.currentData() or ""
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        apart: QTreeWidgetItem | None = None
        for index, change in enumerate(self.changes):
            if kind and change.kind != kind:
                continue
            if change.layout_only:
                if apart is None:
                    apart = QTreeWidgetItem([self.tr("Layout only: moved, content unchanged")])
                parent = apart
            else:
                key = change.stage_id if change.stage_id in self.stage_names else ""
                parent = groups.get(key)
                if parent is None:
                    label = self.stage_names[key] if key else self.tr("The whole map")
                    parent = groups[key] = QTreeWidgetItem([label])
                    self.tree.addTopLevelItem(parent)
            item = QTreeWidgetItem([change.sentence])
            item.setToolTip(0, change.sentence)
            item.setData(0, Qt.ItemDataRole.UserRole, index)
            parent.addChild(item)
        if apart is not None:
            self.tree.addTopLevelItem(apart)
        self._items = [group.child(i) for top in range(self.tree.topLevelItemCount())
                       for group in (self.tree.topLevelItem(top),) for i in range(group.childCount())]
        self._shown = [item.data(0, Qt.ItemDataRole.UserRole) for item in self._items]
        self.tree.expandAll()
        if not self.changes:
            self.tree.addTopLevelItem(QTreeWidgetItem([self.tr("No changes: the two maps are the same")]))

    def choose(self, index: int) -> None:
        """Make line `index` the current one (N and Shift+N, a card clicked on the map)."""
        if index in self._shown:
            self.tree.setCurrentItem(self._items[self._shown.index(index)])
        else:
            self._show_details(index)

    def current_index(self) -> int | None:
        item = self.tree.currentItem()
        value = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return value if isinstance(value, int) else None

    def _current_changed(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        index = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        if isinstance(index, int):
            self._show_details(index)
            self.changeChosen.emit(index)

    def _show_details(self, index: int) -> None:
        change = self.changes[index] if 0 <= index < len(self.changes) else None
        self.sentence.setText(change.sentence if change is not None else "")
        self.detail_rows = change.fields if change is not None else ()
        if not self.detail_rows:
            self.details.setText("")
            return
        head = "".join(f"<th align='left'>{escape(text)}</th>" for text in (self.tr("Field"), self.tr("Before"), self.tr("After")))
        rows = "".join(f"<tr><td>{escape(name)}</td><td>{escape(before)}</td><td>{escape(after)}</td></tr>"
                       for name, before, after in self.detail_rows)
        self.details.setText(f"<table cellspacing='0' cellpadding='3' width='100%'><tr>{head}</tr>{rows}</table>")
