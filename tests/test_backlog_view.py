"""The backlog table in the main window: it lists the opportunities in rank order, sorts numbers as
numbers and statuses in the order of the work, follows every edit, undo and journey switch, selects
a row's card on the map, and exports to CSV, Excel or Markdown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from decisions_builders import decisions_project
from qt_helpers import open_backlog
from cjdesigner.ui.backlog_view import CARD_ROLE, EFFORT, IMPACT, OPPORTUNITY, RANK, SCORE, STATUS

pytestmark = pytest.mark.window_project(builder=decisions_project)


def column(table, index):
    model = table.model()
    return [model.index(row, index).data() for row in range(model.rowCount())]


def ids(table):
    model = table.model()
    return [model.index(row, 0).data(CARD_ROLE) for row in range(model.rowCount())]


def click_header(qtbot, table, section):
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(x, header.height() // 2))


def test_the_table_lists_the_backlog_in_rank_order(window, qtbot):
    table = open_backlog(window, qtbot)
    assert column(table, RANK) == [str(n) for n in range(1, 9)]
    assert ids(table)[:2] == ["quick", "twin-b"] and ids(table)[-1] == "unscored-0"
    assert column(table, SCORE)[0] == "5.00" and column(table, SCORE)[-1] == ""
    headers = [table.model().headerData(i, Qt.Orientation.Horizontal) for i in range(table.model().columnCount())]
    assert headers == ["Rank", "Opportunity", "Stage", "Impact", "Effort", "Impact ÷ effort", "Pain weight", "Votes", "Owner",
                       "Status", "Pain points answered"]
    row = ids(table).index("bet")
    model = table.model()
    assert [model.index(row, c).data() for c in range(11)] == [
        "5", "Guest checkout with delivery slots", "Buy", "5", "5", "1.00", "2.40", "12", "", "Open", "Delivery slot imposed",
    ]
    assert window.backlog.count.text() == "8 opportunities"


def test_sorting_by_score_is_numeric_with_empty_scores_last_both_ways(window, qtbot):
    table = open_backlog(window, qtbot)
    window.verbs.set_fields("card", "fill", "edit", impact=2, effort=1)  # 2.00: sorts after 5.00 as a number, before 10 as text
    click_header(qtbot, table, SCORE)
    scores = column(table, SCORE)
    order = table.horizontalHeader().sortIndicatorOrder()
    numbers = [float(s) for s in scores if s]
    assert numbers == sorted(numbers, reverse=order == Qt.SortOrder.DescendingOrder)
    assert scores[-1] == ""
    click_header(qtbot, table, SCORE)
    scores = column(table, SCORE)
    assert table.horizontalHeader().sortIndicatorOrder() != order
    numbers = [float(s) for s in scores if s]
    assert numbers == sorted(numbers, reverse=order != Qt.SortOrder.DescendingOrder)
    assert scores[-1] == ""


def test_sorting_by_status_follows_the_work_open_in_progress_done_dropped(window, qtbot):
    table = open_backlog(window, qtbot)
    table.sortByColumn(STATUS, Qt.SortOrder.AscendingOrder)
    statuses = column(table, STATUS)
    assert statuses == ["Open"] * 5 + ["In progress", "Done", "Dropped"]
    assert ids(table)[:5] == ["twin-b", "twin-c", "twin-a", "bet", "unscored-0"]  # equal statuses keep the rank order
    table.sortByColumn(STATUS, Qt.SortOrder.DescendingOrder)
    assert column(table, STATUS)[:3] == ["Dropped", "Done", "In progress"]


def test_the_table_follows_an_edit_undo_and_a_journey_switch_keeping_its_sort(window, qtbot):
    table = open_backlog(window, qtbot)
    table.sortByColumn(IMPACT, Qt.SortOrder.AscendingOrder)
    window.verbs.set_impact_effort("pit", 5, 1)
    row = ids(table).index("pit")
    assert [table.model().index(row, c).data() for c in (IMPACT, EFFORT, SCORE)] == ["5", "1", "5.00"]
    assert table.horizontalHeader().sortIndicatorSection() == IMPACT
    impacts = [int(v) for v in column(table, IMPACT) if v]
    assert impacts == sorted(impacts)
    window.verbs.undo()
    row = ids(table).index("pit")
    assert table.model().index(row, SCORE).data() == "0.50"
    window.verbs.set_card_text("quick", "Free samples within 48 h")
    assert "Free samples within 48 h" in column(table, OPPORTUNITY)
    window.document.set_journey(window.verbs.add_journey())
    assert table.model().rowCount() == 0 and window.backlog.count.text() == "0 opportunities"


def test_double_click_or_enter_on_a_row_selects_its_card_on_the_map(window, qtbot):
    table = open_backlog(window, qtbot)
    row = ids(table).index("bet")
    index = table.model().index(row, OPPORTUNITY)
    rect = table.visualRect(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    assert window.scene.selected_card_ids() != ["bet"]  # a click only picks the row
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    assert window.scene.selected_card_ids() == ["bet"]
    table.setCurrentIndex(table.model().index(ids(table).index("pit"), RANK))
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.scene.selected_card_ids() == ["pit"]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".md"])
def test_export_backlog_writes_the_chosen_file(window, qtbot, tmp_path, monkeypatch, suffix):
    from PySide6.QtWidgets import QFileDialog

    open_backlog(window, qtbot)
    target = tmp_path / f"backlog{suffix}"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    qtbot.mouseClick(window.backlog.export_button, Qt.MouseButton.LeftButton)
    assert target.exists()
    if suffix != ".xlsx":
        text = target.read_text(encoding="utf-8-sig")
        assert "Free fabric samples" in text and "Guest checkout with delivery slots" in text
    assert window.statusBar().currentMessage() == f"Exported the backlog to {target}"


def test_the_backlog_sorts_from_keys_worked_out_once_per_refresh(window, qtbot, monkeypatch):
    open_backlog(window, qtbot)
    model = window.backlog.model
    calls = []
    original = model.value
    monkeypatch.setattr(model, "value", lambda row, column: calls.append(column) or original(row, column))
    window.verbs.set_card_text("quick", "Free fabric swatches")
    window.backlog.table.sortByColumn(2, window.backlog.table.horizontalHeader().sortIndicatorOrder())
    assert len(calls) <= 2 * len(model.rows)  # the rank column and the stage column, once a row
