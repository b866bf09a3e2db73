"""The change list of compare mode: every change of the compared journey grouped by stage, moves
that change only the layout apart, a filter by kind, the selected change field by field (before →
after), and the blend between the older and the newer map."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
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
from cjdesigner.layout.compare_marks import CompareMarks
from cjdesigner.model.document import Journey, Project

FIELD_NAMES = {
    "text": QT_TRANSLATE_NOOP("CompareFields", "Text"), "notes": QT_TRANSLATE_NOOP("CompareFields", "Notes"),
    "name": QT_TRANSLATE_NOOP("CompareFields", "Name"), "title": QT_TRANSLATE_NOOP("CompareFields", "Title"),
    "colour": QT_TRANSLATE_NOOP("CompareFields", "Colour"), "persona_ids": QT_TRANSLATE_NOOP("CompareFields", "Personas"),
    "sentiment": QT_TRANSLATE_NOOP("CompareFields", "Sentiment"), "tags": QT_TRANSLATE_NOOP("CompareFields", "Tags"),
    "channel": QT_TRANSLATE_NOOP("CompareFields", "Channel"), "severity": QT_TRANSLATE_NOOP("CompareFields", "Severity"),
    "votes": QT_TRANSLATE_NOOP("CompareFields", "Votes"), "owner": QT_TRANSLATE_NOOP("CompareFields", "Owner"),
    "evidence": QT_TRANSLATE_NOOP("CompareFields", "Evidence"), "confidence": QT_TRANSLATE_NOOP("CompareFields", "Confidence"),
    "goal": QT_TRANSLATE_NOOP("CompareFields", "Goal"), "value": QT_TRANSLATE_NOOP("CompareFields", "Value"),
    "unit": QT_TRANSLATE_NOOP("CompareFields", "Unit"), "target": QT_TRANSLATE_NOOP("CompareFields", "Target"),
    "metric_source": QT_TRANSLATE_NOOP("CompareFields", "Source of the value"),
    "measured_on": QT_TRANSLATE_NOOP("CompareFields", "Measured on"), "frequency": QT_TRANSLATE_NOOP("CompareFields", "Frequency"),
    "impact": QT_TRANSLATE_NOOP("CompareFields", "Impact"), "effort": QT_TRANSLATE_NOOP("CompareFields", "Effort"),
    "status": QT_TRANSLATE_NOOP("CompareFields", "Status"), "answers": QT_TRANSLATE_NOOP("CompareFields", "Links to pain points"),
    "score": QT_TRANSLATE_NOOP("CompareFields", "Score"), "label": QT_TRANSLATE_NOOP("CompareFields", "Label"),
    "description": QT_TRANSLATE_NOOP("CompareFields", "Description"), "goals": QT_TRANSLATE_NOOP("CompareFields", "Goals"),
    "kind": QT_TRANSLATE_NOOP("CompareFields", "Kind"), "hidden": QT_TRANSLATE_NOOP("CompareFields", "Hidden"),
    "place": QT_TRANSLATE_NOOP("CompareFields", "Place"), "role": QT_TRANSLATE_NOOP("CompareFields", "Role"),
}
KINDS = ("added", "removed", "changed", "moved")
KIND_NAMES = {
    "added": QT_TRANSLATE_NOOP("ChangeList", "Added"), "removed": QT_TRANSLATE_NOOP("ChangeList", "Removed"),
    "changed": QT_TRANSLATE_NOOP("ChangeList", "Changed"), "moved": QT_TRANSLATE_NOOP("ChangeList", "Moved"),
}
_OBJECT = {"card", "stage", "lane", "persona", "emotion_point"}


@dataclass(frozen=True)
class Change:
    """One line of the list: what it is about, the stage it is grouped under ("" for the map's own
    headers), and the fields whose values differ (before, after), in order."""

    object_kind: str
    object_id: str
    kind: str
    stage_id: str
    sentence: str
    layout_only: bool
    fields: tuple[tuple[str, str, str], ...]


def field_name(name: str) -> str:
    text = FIELD_NAMES.get(name)
    return QCoreApplication.translate("CompareFields", text) if text else name


def shown_value(value: Any) -> str:
    """A value as a person reads it in the before → after columns."""
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, (list, tuple)):
        return ", ".join(shown_value(v) for v in value)
    if hasattr(value, "model_dump"):
        parts = [shown_value(v) for v in value.model_dump().values() if v not in (None, "", [])]
        return " · ".join(parts) or "—"
    return str(value)


def changes_of(marks: CompareMarks, old: Project, new: Project) -> list[Change]:
    """The list's lines, in map order: stages left to right, then in each the cards by lane."""
    tr = QCoreApplication.translate
    old_j, new_j = old.journey(marks.journey.id), new.journey(marks.journey.id)
    lines: list[Change] = []
    sentences = {
        "added": tr("ChangeList", "Added: %1"), "removed": tr("ChangeList", "Removed: %1"),
        "changed": tr("ChangeList", "Changed: %1"), "renamed": tr("ChangeList", "Renamed: %1 (was %2)"),
        "moved": tr("ChangeList", "Moved: %1"),
    }
    old_objects = _objects(old, old_j)
    new_objects = _objects(new, new_j)
    for header in marks.headers.values():
        before, after = old_objects.get(header.object_id), new_objects.get(header.object_id)
        name = _name(after if after is not None else before)
        sentence = sentences[header.kind].replace("%1", name).replace("%2", header.old_name)
        stage = header.object_id if header.object_kind == "stage" else ""
        lines.append(Change(header.object_kind, header.object_id, "changed" if header.kind == "renamed" else header.kind,
                            stage, sentence, False, _fields(before, after, _changed_fields(marks, header.object_kind, header.object_id))))
    layout = marks.layout
    for mark in marks.cards.values():
        before, after = old_objects.get(mark.card_id), new_objects.get(mark.card_id)
        card = after if after is not None else before
        label = _name(card) or tr("ChangeList", "(empty card)")
        fields = _fields(before, after, mark.fields)
        if mark.old_cell is not None and after is not None:
            where = (_place(old_j, *mark.old_cell), _place(new_j, after.stage_id, after.lane_id))
            fields += ((field_name("place"), *where),) if where[0] != where[1] else ()
        lines.append(Change("card", mark.card_id, mark.kind, card.stage_id, sentences[mark.kind].replace("%1", label),
                            mark.layout_only, fields))
    for point in marks.points.values():
        before, after = old_objects.get(point.point_id), new_objects.get(point.point_id)
        p = after if after is not None else before
        persona = next((x.name for x in (*new.personas, *old.personas) if x.id == p.persona_id), "")
        label = tr("ChangeList", "emotion of %1").replace("%1", persona)
        lines.append(Change("emotion_point", point.point_id, point.kind, p.stage_id, sentences[point.kind].replace("%1", label),
                            False, _fields(before, after, frozenset({"score", "label", "stage_id"}))))
    stages = {s: i for i, s in enumerate(layout.stage_order)}

    def order(line: Change) -> tuple[int, int, float]:
        rect = layout.cards.get(line.object_id) if line.object_kind == "card" else None
        return (stages.get(line.stage_id, -1), 0 if line.object_kind == "stage" else 1, rect.y if rect is not None else 0.0)

    return sorted(lines, key=order)


def _objects(project: Project, journey: Journey) -> dict[str, Any]:
    found: dict[str, Any] = {p.id: p for p in project.personas}
    for items in (journey.stages, journey.lanes, journey.cards, journey.emotion_points):
        found.update({item.id: item for item in items})
    return found


def _changed_fields(marks: CompareMarks, object_kind: str, object_id: str) -> frozenset[str]:
    changes = {"stage": marks.diff.stages, "lane": marks.diff.lanes, "persona": marks.diff.personas}[object_kind]
    return frozenset(changes.changed.get(object_id, frozenset()))


def _name(item: Any) -> str:
    for attribute in ("text", "name", "title"):
        value = getattr(item, attribute, None)
        if isinstance(value, str) and value.strip():
            first = value.strip().splitlines()[0]
            return first if len(first) <= 60 else first[:59] + "…"
    return ""


def _fields(before: Any, after: Any, names: frozenset[str]) -> tuple[tuple[str, str, str], ...]:
    rows = []
    for name in sorted(names, key=lambda n: (n not in FIELD_NAMES, n)):
        if name == "stage_id":
            continue
        old = getattr(before, name, None) if before is not None else None
        new = getattr(after, name, None) if after is not None else None
        rows.append((field_name(name), shown_value(old), shown_value(new)))
    return tuple(rows)


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
        self.details = QTreeWidget(self)
        self.details.setObjectName("change-details")
        self.details.setAccessibleName(self.tr("Before and after"))
        self.details.setHeaderLabels([self.tr("Field"), self.tr("Before"), self.tr("After")])
        self.details.setRootIsDecorated(False)
        self.details.setWordWrap(True)
        layout.addWidget(self.details, 2)
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
        found: list[int] = []
        for top in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(top)
            found.extend(group.child(i).data(0, Qt.ItemDataRole.UserRole) for i in range(group.childCount()))
        return found

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
                    apart = QTreeWidgetItem([self.tr("Layout only: moved within their cell")])
                parent = apart
            else:
                key = change.stage_id if change.stage_id in self.stage_names else ""
                parent = groups.get(key)
                if parent is None:
                    label = self.stage_names[key] if key else self.tr("The whole map")
                    parent = groups[key] = QTreeWidgetItem([label])
                    self.tree.addTopLevelItem(parent)
            item = QTreeWidgetItem([change.sentence])
            item.setData(0, Qt.ItemDataRole.UserRole, index)
            parent.addChild(item)
        if apart is not None:
            self.tree.addTopLevelItem(apart)
        self.tree.expandAll()
        if not self.changes:
            self.tree.addTopLevelItem(QTreeWidgetItem([self.tr("No changes: the two maps are the same")]))

    def choose(self, index: int) -> None:
        """Make line `index` the current one (N and Shift+N, a card clicked on the map)."""
        for top in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(top)
            for i in range(group.childCount()):
                if group.child(i).data(0, Qt.ItemDataRole.UserRole) == index:
                    self.tree.setCurrentItem(group.child(i))
                    return
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
        self.details.clear()
        if 0 <= index < len(self.changes):
            for name, before, after in self.changes[index].fields:
                self.details.addTopLevelItem(QTreeWidgetItem([name, before, after]))
