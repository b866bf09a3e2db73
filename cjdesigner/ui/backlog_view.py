"""The backlog of the current journey, in a dock: its opportunities ranked by impact ÷ effort (the
ranking of `model/backlog.py`, the same as the command line's and the PDF's), in a table sorted by
any column. A double-click or Enter shows the card on the map; "Export Backlog…" writes the table as
CSV, Excel or Markdown.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton, QTableView, QVBoxLayout, QWidget

from cjdesigner.io.errors import SaveError
from cjdesigner.model.backlog import BacklogRow, backlog
from cjdesigner.model.vocabulary import OpportunityStatus
from cjdesigner.ui.matrix_view import DocumentPanel, status_name

if TYPE_CHECKING:
    from cjdesigner.app.document import Document
    from cjdesigner.canvas.scene import MapScene

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # a number, a folded text, or None (sorted last)
CARD_ROLE = Qt.ItemDataRole.UserRole + 2
(RANK, OPPORTUNITY, STAGE, IMPACT, EFFORT, SCORE, WEIGHT, VOTES, OWNER, STATUS, PAIN_POINTS) = range(11)
NUMERIC = frozenset({RANK, IMPACT, EFFORT, SCORE, WEIGHT, VOTES})
STATUS_ORDER = {status: index for index, status in enumerate(OpportunityStatus)}


def _one_line(text: str) -> str:
    return " ".join(text.split())


class BacklogModel(QAbstractTableModel):
    """One row per opportunity, in rank order; the view's proxy sorts it by the clicked column."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[BacklogRow] = []
        self._keys: dict[int, list[object]] = {}  # column → each row's sort key
        self.headers = [
            self.tr("Rank"), self.tr("Opportunity"), self.tr("Stage"), self.tr("Impact"), self.tr("Effort"),
            self.tr("Impact ÷ effort"), self.tr("Pain weight"), self.tr("Votes"), self.tr("Owner"), self.tr("Status"),
            self.tr("Pain points answered"),
        ]

    def set_rows(self, rows: list[BacklogRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self._keys: dict[int, list[object]] = {}
        self.endResetModel()

    def sort_key(self, row: int, column: int) -> object:
        """The value `column` sorts row `row` by, worked out once per column and refresh: a sort
        compares each row many times (some 19,000 comparisons for 700 opportunities)."""
        keys = self._keys.get(column)
        if keys is None:
            keys = self._keys[column] = [self.value(r, column) for r in self.rows]
        return keys[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def value(self, row: BacklogRow, column: int) -> object:
        """The cell's value for sorting: numbers as numbers, None when empty."""
        card = row.card
        if column == RANK:
            return row.rank
        if column == OPPORTUNITY:
            return _one_line(card.text).casefold()
        if column == STAGE:
            return row.stage.casefold()
        if column == IMPACT:
            return card.impact
        if column == EFFORT:
            return card.effort
        if column == SCORE:
            return row.score
        if column == WEIGHT:
            return row.answered_weight
        if column == VOTES:
            return card.votes
        if column == OWNER:
            return card.owner.casefold() or None
        if column == STATUS:
            return STATUS_ORDER[row.status]
        return " | ".join(_one_line(p.text) for p in row.pain_points).casefold() or None

    def text(self, row: BacklogRow, column: int) -> str:
        card = row.card
        locale = QLocale()
        if column == OPPORTUNITY:
            return _one_line(card.text)
        if column == STAGE:
            return row.stage
        if column == SCORE:
            return "" if row.score is None else locale.toString(row.score, "f", 2)
        if column == WEIGHT:
            return locale.toString(float(row.answered_weight), "f", 2)
        if column == OWNER:
            return card.owner
        if column == STATUS:
            return status_name(row.status)
        if column == PAIN_POINTS:
            return " | ".join(_one_line(p.text) for p in row.pain_points)
        value = self.value(row, column)
        return "" if value is None else str(value)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (OPPORTUNITY, PAIN_POINTS):
            return row.card.text if column == OPPORTUNITY else "\n".join(p.text for p in row.pain_points) or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if column in NUMERIC else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == SORT_ROLE:
            return self.sort_key(index.row(), column)
        if role == CARD_ROLE:
            return row.card.id
        return None


class BacklogSort(QSortFilterProxyModel):
    """Sorts by each cell's value: numbers as numbers, texts without regard to case, and empty
    cells last whichever way the column is sorted."""

    def lessThan(self, left: Index, right: Index) -> bool:
        model = self.sourceModel()
        a, b = model.sort_key(left.row(), left.column()), model.sort_key(right.row(), right.column())  # type: ignore[attr-defined]
        if a is None or b is None:
            if a is None and b is None:
                return left.row() < right.row()
            return (a is None) == (self.sortOrder() == Qt.SortOrder.DescendingOrder)
        if a == b:  # equal cells keep the backlog's order
            rank = (left.row() < right.row())
            return rank if self.sortOrder() == Qt.SortOrder.AscendingOrder else not rank
        return a < b  # type: ignore[operator]


class BacklogTable(QTableView):
    """Enter (or Return) on a row shows its card on the map, as a double-click does."""

    rowActivated = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.rowActivated.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


class BacklogPanel(DocumentPanel):
    """The dock's content: a count, the Export Backlog… button and the table."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backlog-panel")
        self.scene: MapScene | None = None
        self.model = BacklogModel(self)
        self.proxy = BacklogSort(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = BacklogTable(self)
        self.table.setObjectName("backlog-table")
        self.table.setAccessibleName(self.tr("Backlog of opportunities"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(RANK, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.count = QLabel(self)
        self.count.setObjectName("backlog-count")
        self.export_button = QPushButton(self.tr("Export Backlog…"), self)
        self.export_button.setObjectName("backlog-export")
        self.export_button.setToolTip(self.tr("Write the backlog as CSV, Excel or Markdown"))
        top = QHBoxLayout()
        top.addWidget(self.count, 1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.table)
        self.table.doubleClicked.connect(self.show_on_map)
        self.table.rowActivated.connect(self.show_on_map)
        self.export_button.clicked.connect(self.export_backlog)
        self._sized = False

    def set_document(self, document: Document, scene: MapScene) -> None:
        self.listen_to(document)
        self.scene = scene
        self.refresh()

    def show_journey(self, document: Document) -> None:
        """Rank again; the selected row stays selected, and the sort stays as the user chose it."""
        selected = self.current_card()
        rows = backlog(document.journey)
        self.model.set_rows(rows)
        self.count.setText(self.tr("%n opportunities", "", len(rows)))
        self.export_button.setEnabled(bool(rows))
        if not self._sized and rows:
            self.table.resizeColumnsToContents()
            for column in (OPPORTUNITY, PAIN_POINTS):
                self.table.setColumnWidth(column, min(self.table.columnWidth(column), 320))
            self._sized = True
        if selected is not None:
            self.select_card(selected)

    def current_card(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(CARD_ROLE) if index.isValid() else None

    def select_card(self, card_id: str) -> None:
        row = next((i for i, r in enumerate(self.model.rows) if r.card.id == card_id), None)
        if row is not None:
            self.table.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, OPPORTUNITY)))

    def show_on_map(self, index: QModelIndex) -> None:
        scene, card_id = self.scene, index.data(CARD_ROLE)
        if scene is None or not card_id or scene.card(card_id) is None:
            return
        scene.select_cards([card_id])
        scene.reveal_current()

    def export_backlog(self) -> None:
        """Ask for a file; its type (CSV with commas or semicolons, Excel, Markdown) picks the format."""
        from cjdesigner.export.backlog import backlog_table, write_backlog
        from cjdesigner.ui.dialogs import preferred_filter

        document = self.document
        if document is None:
            return
        filters = {
            self.tr("CSV, comma-separated (*.csv)"): ",",
            self.tr("CSV, semicolon-separated (*.csv)"): ";",
            self.tr("Excel workbook (*.xlsx)"): "",
            self.tr("Markdown table (*.md)"): "",
        }
        chosen = preferred_filter(filters, document.project.language)
        preferred = filters[chosen] or ","
        name = self.tr("%1 backlog.csv").replace("%1", document.journey.title or self.tr("Journey"))
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Export Backlog"), name, ";;".join(filters), chosen)
        if not path:
            return
        suffixes = {".csv", ".xlsx", ".md"}
        if not any(path.lower().endswith(s) for s in suffixes):
            path += ".xlsx" if "xlsx" in chosen else ".md" if "*.md" in chosen else ".csv"
        try:
            write_backlog(backlog_table(document.project, document.journey_id), Path(path), filters.get(chosen) or preferred)
        except SaveError as error:
            QMessageBox.critical(self, self.tr("Cannot export"), error.sentence)
            return
        window = self.window()
        status = getattr(window, "statusBar", None)
        if callable(status):
            status().showMessage(self.tr("Exported the backlog to %1").replace("%1", path), 4000)
