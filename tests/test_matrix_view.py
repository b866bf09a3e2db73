"""The matrix view and the backlog table in the main window: dragging a dot and the arrow keys
rescore an opportunity in one undo step, the map's selection follows both ways, the table sorts
and follows every edit, undo, redo and journey switch."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from decisions_builders import decisions_project
from cjdesigner.app.document import Document
from cjdesigner.app.session import Session
from cjdesigner.ui.backlog_view import EFFORT, IMPACT, OPPORTUNITY, RANK, SCORE, STATUS, CARD_ROLE
from cjdesigner.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, tmp_path):
    return decisions_window(qtbot, tmp_path, decisions_project())


def decisions_window(qtbot, tmp_path, project):
    """The main window on `project`, with throw-away settings."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(Session(Document(project), settings))
    qtbot.addWidget(win)
    win.resize(1400, 1000)
    win.show()
    qtbot.waitExposed(win)
    return win


def card(window, card_id):
    return window.document.journey.card(card_id)


def open_matrix(window, qtbot):
    window.action("view.matrix").trigger()
    canvas = window.matrix.canvas
    qtbot.waitUntil(lambda: canvas.isVisible() and canvas.drawing is not None)
    if not window.matrix_dock.isFloating():  # opening makes the dock tall enough for the matrix
        qtbot.waitUntil(lambda: window.matrix_dock.height() >= 360 and canvas.drawing.height >= canvas.height() - 1)
    return canvas


def widget_point(canvas, x: float, y: float) -> QPoint:
    return canvas.to_widget(x, y).toPoint()


def drag_dot(qtbot, canvas, card_id: str, impact: int, effort: int) -> None:
    dot = canvas.drawing.dot(card_id)
    start = widget_point(canvas, dot.swatch.x, dot.swatch.y)
    end = widget_point(canvas, *canvas.drawing.centre(impact, effort))
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 7):
        qtbot.mouseMove(canvas, start + (end - start) * step / 6)
        QApplication.processEvents()
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def test_view_menu_opens_the_matrix_with_a_shortcut_of_its_own(window, qtbot):
    action = window.action("view.matrix")
    assert action.text().replace("&", "") == "Impact/Effort Matrix"
    shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.PortableText)
    assert shortcut == "Ctrl+Shift+M"
    every = [k.toString(QKeySequence.SequenceFormat.PortableText) for a in window.actions.values() for k in a.shortcuts()]
    assert len(every) == len(set(every))  # no two actions share a key
    assert "Ctrl+Shift+B" in [k.toString(QKeySequence.SequenceFormat.PortableText) for k in window.action("view.backlog").shortcuts()]
    view_menu = next(m for m in window.menuBar().actions() if m.text() == "&View").menu()
    assert action in view_menu.actions() and window.action("view.backlog") in view_menu.actions()
    assert not window.matrix_dock.isVisible()
    qtbot.keyClick(window.view.viewport(), Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(window.matrix_dock.isVisible)
    assert action.isChecked()
    assert len(window.matrix.canvas.drawing.dots) == 7


def test_dragging_a_dot_changes_impact_and_effort_in_one_step_that_ctrl_z_undoes(window, qtbot):
    canvas = open_matrix(window, qtbot)
    stack = window.document.undo_stack
    before = stack.count()
    drag_dot(qtbot, canvas, "pit", 5, 1)
    assert (card(window, "pit").impact, card(window, "pit").effort) == (5, 1)
    assert stack.count() == before + 1
    assert stack.undoText() == "Change impact and effort"
    dot = canvas.drawing.dot("pit")  # the view follows the edit
    assert (dot.impact, dot.effort) == (5, 1) and dot.quadrant.value == "quick_wins"
    qtbot.keyClick(canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert (card(window, "pit").impact, card(window, "pit").effort) == (2, 4)
    assert (canvas.drawing.dot("pit").impact, canvas.drawing.dot("pit").effort) == (2, 4)
    window.verbs.redo()
    assert (canvas.drawing.dot("pit").impact, canvas.drawing.dot("pit").effort) == (5, 1)


def test_a_drop_between_cells_snaps_to_the_nearest_and_a_drop_in_place_changes_nothing(window, qtbot):
    canvas = open_matrix(window, qtbot)
    stack = window.document.undo_stack
    before = stack.count()
    drag_dot(qtbot, canvas, "bet", 5, 5)  # let go where it was
    assert stack.count() == before
    dot = canvas.drawing.dot("bet")
    x, y = canvas.drawing.centre(3, 2)
    start = widget_point(canvas, dot.swatch.x, dot.swatch.y)
    end = widget_point(canvas, x + canvas.drawing.cell_w * 0.3, y - canvas.drawing.cell_h * 0.3)
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    qtbot.mouseMove(canvas, (start + end) / 2)
    qtbot.mouseMove(canvas, end)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    assert (card(window, "bet").impact, card(window, "bet").effort) == (3, 2)
    assert stack.count() == before + 1


def test_clicking_a_dot_selects_its_card_on_the_map_and_the_map_selects_the_dot(window, qtbot):
    canvas = open_matrix(window, qtbot)
    dot = canvas.drawing.dot("quick")
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, widget_point(canvas, dot.swatch.x, dot.swatch.y))
    assert window.scene.selected_card_ids() == ["quick"]
    assert canvas.selected == "quick"
    assert window.document.undo_stack.count() == 0  # a click is no edit
    qtbot.waitUntil(canvas.hasFocus)  # the keyboard stays on the matrix: the arrows move this dot
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    assert card(window, "quick").impact == 4
    window.scene.select_cards(["twin-b"])
    assert canvas.selected == "twin-b"


def test_arrow_keys_move_the_selected_dot_one_step_each_an_undo_step(window, qtbot):
    canvas = open_matrix(window, qtbot)
    window.scene.select_cards(["fill"])
    canvas.setFocus()
    qtbot.waitUntil(canvas.hasFocus)
    qtbot.keyClick(canvas, Qt.Key.Key_Up)
    assert (card(window, "fill").impact, card(window, "fill").effort) == (3, 2)
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert (card(window, "fill").impact, card(window, "fill").effort) == (3, 3)
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    qtbot.keyClick(canvas, Qt.Key.Key_Left)
    qtbot.keyClick(canvas, Qt.Key.Key_Left)
    assert (card(window, "fill").impact, card(window, "fill").effort) == (2, 1)
    count = window.document.undo_stack.count()
    qtbot.keyClick(canvas, Qt.Key.Key_Left)  # already at the edge: nothing to change, no step
    assert window.document.undo_stack.count() == count == 5
    assert canvas.selected == "fill"
    window.verbs.undo()
    assert (card(window, "fill").impact, card(window, "fill").effort) == (2, 2)


def test_the_tooltip_tells_text_scores_votes_status_and_stage(window, qtbot):
    canvas = open_matrix(window, qtbot)
    assert canvas.tooltip("quick").split("\n") == [
        "Free fabric samples", "Impact: 5 of 5", "Effort: 1 of 5", "Votes: 9", "Status: In progress", "Stage: Consider",
    ]


def test_the_matrix_follows_journey_switching_and_any_edit(window, qtbot):
    canvas = open_matrix(window, qtbot)
    window.verbs.set_fields("card", "quick", "edit", status="done")
    assert canvas.drawing.dot("quick").swatch.mark == "solid"
    window.verbs.set_fields("card", "unscored-0", "edit", impact=1, effort=5)
    assert canvas.drawing.dot("unscored-0").quadrant.value == "money_pits"
    assert canvas.drawing.not_scored == ()
    new = window.verbs.add_journey()
    window.document.set_journey(new)
    assert canvas.drawing.dots == () and canvas.selected is None
    window.document.set_journey("j1")
    assert len(canvas.drawing.dots) == 8


# --- the backlog table -----------------------------------------------------------------------


def open_backlog(window, qtbot):
    window.action("view.backlog").trigger()
    table = window.backlog.table
    qtbot.waitUntil(lambda: table.isVisible() and table.model().rowCount() > 0)
    return table


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


def test_a_french_map_shows_french_quadrants_on_the_matrix(qtbot, tmp_path):
    from cjdesigner.model.vocabulary import Language

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(Session(Document(decisions_project(Language.FR)), settings))
    qtbot.addWidget(win)
    win.show()
    canvas = open_matrix(win, qtbot)
    assert [a.title.text for a in canvas.drawing.quadrants] == ["Gains rapides", "Paris stratégiques", "À-côtés", "Gouffres"]
    image = canvas.grab()
    assert not image.isNull()
    done = canvas.drawing.dot("pit").swatch  # done: a full disc in the status's colour
    assert image.toImage().pixelColor(canvas.to_widget(done.x, done.y).toPoint()).name().upper() == done.colour.upper()
    ring = canvas.drawing.dot("bet").swatch  # open: an empty ring
    assert image.toImage().pixelColor(canvas.to_widget(ring.x, ring.y).toPoint()).name().upper() == "#FFFFFF"


def test_a_hidden_matrix_catches_up_when_shown_again(window, qtbot):
    canvas = open_matrix(window, qtbot)
    window.action("view.matrix").trigger()
    qtbot.waitUntil(lambda: not window.matrix_dock.isVisible())
    window.verbs.set_impact_effort("quick", 1, 5)
    window.action("view.matrix").trigger()
    qtbot.waitUntil(canvas.isVisible)
    assert canvas.drawing.dot("quick").quadrant.value == "money_pits"


def test_the_matrix_grows_its_type_in_a_big_dock_and_shrinks_whole_in_a_small_one(window, qtbot):
    from cjdesigner.layout.matrix import MIN_WIDTH

    canvas = open_matrix(window, qtbot)
    window.matrix_dock.setFloating(True)
    window.matrix_dock.resize(1700, 1200)
    qtbot.waitUntil(lambda: canvas.width() > 1500 and canvas.height() > 1000)
    assert 1.0 < canvas.scale <= 1.6
    assert abs(canvas.drawing.width * canvas.scale - canvas.width()) < 1
    window.matrix_dock.resize(420, 300)
    qtbot.waitUntil(lambda: canvas.width() < 430)
    assert canvas.scale < 1 and canvas.drawing.width == MIN_WIDTH
    dot = canvas.drawing.dot("quick")
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, widget_point(canvas, dot.swatch.x, dot.swatch.y))
    assert window.scene.selected_card_ids() == ["quick"]  # hits land on the dots at any scale


def test_escape_during_a_drag_puts_the_dot_back_and_changes_nothing(window, qtbot):
    canvas = open_matrix(window, qtbot)
    dot = canvas.drawing.dot("bet")
    start = widget_point(canvas, dot.swatch.x, dot.swatch.y)
    end = widget_point(canvas, *canvas.drawing.centre(1, 1))
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    qtbot.mouseMove(canvas, (start + end) / 2)
    qtbot.mouseMove(canvas, end)
    qtbot.keyClick(canvas, Qt.Key.Key_Escape)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    assert (card(window, "bet").impact, card(window, "bet").effort) == (5, 5)
    assert window.document.undo_stack.count() == 0


def test_the_matrix_and_the_backlog_speak_to_screen_readers(window, qtbot):
    from test_accessibility import unnamed

    open_matrix(window, qtbot)
    open_backlog(window, qtbot)
    assert not unnamed(window)
    assert window.matrix.canvas.accessibleName() == "Impact/effort matrix"
    assert "Arrow keys" in window.matrix.canvas.accessibleDescription()
    assert window.backlog.table.accessibleName() == "Backlog of opportunities"


def test_the_menu_entry_puts_the_keyboard_in_the_dock_a_restored_layout_does_not(window, qtbot, tmp_path):
    open_matrix(window, qtbot)
    qtbot.waitUntil(window.matrix.canvas.hasFocus)
    open_backlog(window, qtbot)
    qtbot.waitUntil(window.backlog.table.hasFocus)
    state = window.saveState()
    settings = QSettings(str(tmp_path / "again.ini"), QSettings.Format.IniFormat)
    settings.setValue("window/state", state)
    again = MainWindow(Session(Document(decisions_project()), settings))
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.matrix_dock.isVisible() and again.action("view.matrix").isChecked()
    assert again.backlog_dock.isVisible() and again.action("view.backlog").isChecked()
    assert again.focusWidget() not in (again.matrix.canvas, again.backlog.table)
    assert again.backlog.table.model().rowCount() == 8


def test_page_down_and_up_go_from_dot_to_dot_in_reading_order(window, qtbot):
    canvas = open_matrix(window, qtbot)
    seen = []
    for _ in range(8):
        qtbot.keyClick(canvas, Qt.Key.Key_PageDown)
        seen.append(canvas.selected)
        assert window.scene.selected_card_ids() == [canvas.selected]
    assert seen[:2] == ["quick", "bet"] and seen[-1] == seen[0]  # top row first, then round again
    assert set(seen) == {d.card_id for d in canvas.drawing.dots}
    qtbot.keyClick(canvas, Qt.Key.Key_PageUp)
    assert canvas.selected == seen[-2]


def test_opened_together_the_matrix_and_the_backlog_share_the_width_under_the_map(window, qtbot):
    canvas = open_matrix(window, qtbot)
    open_backlog(window, qtbot)
    qtbot.waitUntil(lambda: window.backlog_dock.isVisible() and window.matrix_dock.width() > window.width() * 0.35)
    assert window.matrix_dock.height() >= 360 and window.backlog_dock.height() >= 360
    assert window.matrix_dock.geometry().right() < window.backlog_dock.geometry().left()
    qtbot.waitUntil(lambda: canvas.scale >= 0.6)  # the matrix's type stays readable
