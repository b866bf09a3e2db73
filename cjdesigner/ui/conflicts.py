"""A merge's open conflicts in the window: File → Merge… (a base and the other version, merged
into the open map as one undo step), a "!" mark on each conflicted card or header, and the
Conflicts panel listing them with the base's value and both sides', resolved by Keep Mine
(Alt+I) or Keep Theirs (Alt+T), one undo step each, or by editing the map. The list empties as
they are resolved; a map opened with conflicts shows the panel at once."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cjdesigner.canvas.compare_overlay import MarksItem
from cjdesigner.i18n import arg
from cjdesigner.io.cjmap import load_project
from cjdesigner.io.errors import LoadError
from cjdesigner.layout.compare_marks import conflict_marks, shown_value
from cjdesigner.model.change_lines import field_label
from cjdesigner.model.document import MergeConflict, Project
from cjdesigner.model.merge import merge

if TYPE_CHECKING:
    from cjdesigner.ui.main_window import MainWindow


def object_name(project: Project, conflict: MergeConflict) -> str:
    """What the conflict is about, as a person names it: the card's text, the stage's name…"""
    for value in (conflict.ours, conflict.theirs, conflict.base):
        if isinstance(value, dict):
            for key in ("text", "name", "title"):
                if isinstance(value.get(key), str) and value[key].strip():
                    return " ".join(value[key].split())[:60]
    for journey in project.journeys:
        for items in (journey.cards, journey.stages, journey.lanes):
            for item in items:
                if item.id == conflict.object_id:
                    return " ".join(str(getattr(item, "text", "") or getattr(item, "name", "") or getattr(item, "title", "")).split())[:60]
    return conflict.object_id


class ConflictsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflicts-panel")
        self.conflicts: list[MergeConflict] = []
        layout = QVBoxLayout(self)
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("conflict-list")
        self.tree.setAccessibleName(self.tr("Conflicts"))
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        layout.addWidget(self.tree, 2)
        self.chosen = QLabel("")  # the conflict chosen, whole: the list may have to cut it
        self.chosen.setWordWrap(True)
        layout.addWidget(self.chosen)
        self.details = QLabel("")
        self.details.setObjectName("conflict-details")
        self.details.setAccessibleName(self.tr("Base, mine and theirs"))
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.details)
        layout.addWidget(scroll, 2)
        row = QHBoxLayout()
        self.keep: dict[str, QAction] = {}
        for side, text, key, name in (("ours", self.tr("Keep Mine"), "Alt+I", "keep-mine"), ("theirs", self.tr("Keep Theirs"), "Alt+T", "keep-theirs")):
            # A key of its own, not a button's mnemonic: Qt leaves mnemonics off on Linux desktops
            action = QAction(text, self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)
            self.keep[side] = action
            button = QPushButton(f"{text} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})", self)
            button.setObjectName(name)
            button.clicked.connect(action.trigger)
            row.addWidget(button)
        self.mine, self.theirs = (self.findChild(QPushButton, name) for name in ("keep-mine", "keep-theirs"))
        layout.addLayout(row)

    def current(self) -> MergeConflict | None:
        item = self.tree.currentItem()
        index = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return self.conflicts[index] if isinstance(index, int) and 0 <= index < len(self.conflicts) else None

    def show_conflicts(self, project: Project) -> None:
        chosen = self.current()
        self.conflicts = list(project.conflicts)
        self.tree.clear()
        for index, conflict in enumerate(self.conflicts):
            item = QTreeWidgetItem([self.sentence(project, conflict)])
            item.setToolTip(0, item.text(0))
            item.setData(0, Qt.ItemDataRole.UserRole, index)
            self.tree.addTopLevelItem(item)
        count = len(self.conflicts)
        self.summary.setText(self.tr("%n conflicts left by the merge. Keep mine or theirs for each, or edit the map.", "", count)
                             if count else self.tr("No conflicts left: the merge is complete."))
        at = next((i for i, c in enumerate(self.conflicts) if chosen is not None and c.id == chosen.id), 0)
        if self.conflicts:
            self.tree.setCurrentItem(self.tree.topLevelItem(min(at, count - 1)))
        self.show_details()
        for widget in (self.mine, self.theirs, *self.keep.values()):
            widget.setEnabled(bool(count))

    def sentence(self, project: Project, conflict: MergeConflict) -> str:
        name = object_name(project, conflict)
        if conflict.kind == "both_changed":
            text = self.tr("“%1”: %2 changed on both sides") if conflict.field else self.tr("“%1”: changed on both sides")
            return arg(text, name, field_label(conflict.field))
        if conflict.kind == "edited_and_removed":
            text = self.tr("“%1”: removed by me, changed by them") if conflict.removed_by == "ours" else self.tr("“%1”: removed by them, changed by me")
            return text.replace("%1", name)
        text = self.tr("“%1”: removed by me, still used by them") if conflict.removed_by == "ours" else self.tr("“%1”: removed by them, still used by me")
        return text.replace("%1", name)

    def show_details(self) -> None:
        conflict = self.current()
        item = self.tree.currentItem()
        self.chosen.setText(item.text(0) if conflict is not None and item is not None else "")
        if conflict is None:
            self.details.setText("")
            return
        head = "".join(f"<th align='left'>{escape(t)}</th>" for t in ("", self.tr("Base"), self.tr("Mine"), self.tr("Theirs")))
        rows = []
        for name in _fields(conflict):
            cells = [escape(_value(side, name, conflict.field)) for side in (conflict.base, conflict.ours, conflict.theirs)]
            rows.append(f"<tr><td><b>{escape(field_label(name).capitalize())}</b></td>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
        self.details.setText(f"<table cellspacing='0' cellpadding='3' width='100%'><tr>{head}</tr>{''.join(rows)}</table>")


def _fields(conflict: MergeConflict) -> list[str]:
    """The fields to show: the one in conflict, or those of a whole object that differ between sides."""
    if conflict.field:
        return [conflict.field]
    sides = [v for v in (conflict.base, conflict.ours, conflict.theirs) if isinstance(v, dict)]
    names = sorted({k for side in sides for k in side if k not in ("id", "position")})
    differing = [n for n in names if len({repr(side.get(n)) for side in sides}) > 1 or len(sides) < 3]
    return [n for n in differing if any(side.get(n) not in (None, "", []) for side in sides)][:12] or ["text"]


def _value(side: Any, name: str, field: str) -> str:
    if side is None:
        return "—"
    if field:
        return shown_value(side)
    return shown_value(side.get(name)) if isinstance(side, dict) else shown_value(side)


class Conflicts(QObject):
    """The window's side of a merge: the panel, the marks on the map, File → Merge…."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.panel = ConflictsPanel(window)
        self.dock = QDockWidget(self.tr("Conflicts"), window)
        self.dock.setObjectName("dock-conflicts")
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.item: MarksItem | None = None
        self._quiet = False  # the panel says "no conflicts" and nothing is marked: edits need no refresh
        for side, action in self.panel.keep.items():
            action.triggered.connect(lambda _=False, side=side: self.resolve(side))
        self.panel.tree.currentItemChanged.connect(lambda *_: self._follow())
        self._document: Any = None

    def watch(self) -> None:
        """Follow the window's document: marks and list as its conflicts are now."""
        document = self.window.document
        if document is not self._document and document is not None:
            document.changed.connect(self.refresh)
            document.journeyChanged.connect(self.refresh)
            self._document = document
            self.item = None
        self.refresh()

    def refresh(self, *_: object) -> None:
        window = self.window
        document = window.document
        if document is None:
            return
        project = document.project
        if not project.conflicts and self.item is None and self._quiet:
            return  # nothing was marked and nothing is: an edit of a map without conflicts costs nothing here
        self._quiet = not project.conflicts
        try:
            if self.item is not None and self.item.scene() is not None:
                self.item.scene().removeItem(self.item)
        except RuntimeError:  # its scene went with the map it showed
            pass
        self.item = None
        if project.conflicts:
            marks = conflict_marks(project, document.journey_id, window.scene.layout)
            self.item = MarksItem(marks)
            window.scene.addItem(self.item)
            if self.dock.isHidden():
                properties = window.findChild(QDockWidget, "dock-properties")
                if properties is not None and not properties.isHidden() and not properties.isFloating():
                    window.tabifyDockWidget(properties, self.dock)  # a tab beside the properties, in front
                self.dock.show()
                self.dock.raise_()
        self.panel.show_conflicts(project)

    def resolve(self, side: str) -> None:
        conflict = self.panel.current()
        if conflict is not None:
            self.window.verbs.resolve_conflict(conflict.id, side)

    def _follow(self) -> None:
        """The conflict chosen in the list is shown on the map, in view."""
        self.panel.show_details()
        conflict = self.panel.current()
        scene = self.window.scene
        if conflict is None or self.item is None or conflict.object_id not in self.item.marks.places:
            return
        keyboard = QApplication.focusWidget()  # stays in the list: selecting on the map would take it
        if conflict.object_kind == "card":
            scene.select_cards([conflict.object_id])
        elif conflict.object_kind in ("stage", "lane"):
            scene.select_header(conflict.object_kind, conflict.object_id)
        rect = self.item.marks.places[conflict.object_id][0]
        self.window.view.centerOn(rect.x + rect.w / 2, rect.y + rect.h / 2)
        if keyboard is not None:
            keyboard.setFocus(Qt.FocusReason.OtherFocusReason)

    def merge_dialog(self) -> None:
        """File → Merge…: the common ancestor, then the other version; merged into the open map."""
        window = self.window
        start = str(window.session.path.parent) if window.session.path else ""
        filter_ = window.files.file_filter()
        base, _ = QFileDialog.getOpenFileName(window, self.tr("Merge: the Version Both Started From"), start, filter_)
        if not base:
            return
        theirs, _ = QFileDialog.getOpenFileName(window, self.tr("Merge: the Other Version"), start, filter_)
        if theirs:
            self.merge_files(Path(base), Path(theirs))

    def merge_files(self, base_path: Path, theirs_path: Path) -> bool:
        window = self.window
        document = window.document
        assert document is not None
        loaded = []
        for path in (base_path, theirs_path):
            try:
                loaded.append(load_project(path))
            except LoadError as error:
                window.statusBar().showMessage(arg(self.tr("Cannot merge with %1: %2"), path.name, error.sentence), 10000)
                return False
        base, theirs = loaded
        result = merge(base, document.project, theirs)
        label = self.tr("Merge %1").replace("%1", theirs_path.name)
        if result.project == document.project:
            window.statusBar().showMessage(self.tr("Nothing to merge: %1 brings no change").replace("%1", theirs_path.name), 8000)
            return False
        if not window.verbs.replace_project(result.project, label):
            return False  # refused (while comparing, say): the status bar says why
        count = len(result.conflicts)
        window.statusBar().showMessage(self.tr("Merged %1: %n conflicts to resolve", "", count).replace("%1", theirs_path.name)
                                       if count else self.tr("Merged %1 without conflicts").replace("%1", theirs_path.name), 10000)
        return True
