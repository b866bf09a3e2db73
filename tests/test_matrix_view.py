"""The impact/effort matrix in the main window: dragging a dot and the arrow keys rescore an
opportunity in one undo step, a release outside the plot or Escape cancels, the map's selection
follows both ways, an edit the decisions do not read rebuilds neither dock, the high-contrast theme
reaches the matrix, and screen readers hear the selected dot."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from a11y_checks import unnamed
from decisions_builders import decisions_project
from qt_helpers import open_backlog, open_matrix, shown_main_window
from cjdesigner.app.document import Document
from cjdesigner.app.session import Session
from cjdesigner.model.vocabulary import Language, LaneKind
from cjdesigner.ui.main_window import MainWindow

pytestmark = pytest.mark.window_project(builder=decisions_project)


def card(window, card_id):
    return window.document.journey.card(card_id)


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


def test_a_french_map_shows_french_quadrants_on_the_matrix(qtbot, tmp_path):
    win = shown_main_window(qtbot, tmp_path, decisions_project(Language.FR))
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


def open_docks(window, qtbot):
    open_matrix(window, qtbot)
    open_backlog(window, qtbot)


def test_an_edit_of_a_card_the_decisions_do_not_read_rebuilds_neither_dock(window, qtbot):
    open_docks(window, qtbot)
    verbs = window.verbs
    lane = verbs.add_lane(LaneKind.NOTES)
    note = verbs.add_card("s1", lane, text="A note")
    before = (window.matrix.rebuilds, window.backlog.rebuilds)
    verbs.set_card_text(note, "A note, edited")
    assert (window.matrix.rebuilds, window.backlog.rebuilds) == before
    verbs.set_card_text("quick", "Free fabric swatches")
    assert window.matrix.rebuilds == before[0] + 1 and window.backlog.rebuilds == before[1] + 1
    assert window.backlog.model.rows[0].card.text == "Free fabric swatches"
    verbs.set_card_text("pain", "Delivery slot forced")  # a pain point an opportunity answers
    assert window.backlog.rebuilds == before[1] + 2
    verbs.set_fields("card", note, None, impact=5, effort=1)  # the note becomes an opportunity
    assert window.matrix.canvas.drawing.dot(note) is not None
    verbs.set_fields("card", note, None, impact=None, effort=None)
    assert window.matrix.canvas.drawing.dot(note) is None
    verbs.rename("stage", "s1", "Compare")
    assert any(r.stage == "Compare" for r in window.backlog.model.rows)


def colours_of(drawing) -> set[str]:
    found = {t.colour for t in (*drawing.texts, *drawing.not_scored_lines, *(q.title for q in drawing.quadrants))}
    found |= {li.colour for li in drawing.lines} | {q.fill for q in drawing.quadrants} | {s.colour for s in drawing.legend}
    return found | {t.colour for dot in drawing.dots for t in dot.label}


def test_high_contrast_paints_the_matrix_black_on_white_like_the_map(window, qtbot):
    from cjdesigner import colours
    from cjdesigner.layout.matrix import QUADRANT_FILLS, STATUS_COLOURS

    open_docks(window, qtbot)
    window.action("view.high_contrast").setChecked(False)
    assert set(QUADRANT_FILLS.values()) <= colours_of(window.matrix.canvas.drawing)
    window.action("view.high_contrast").setChecked(True)
    drawing = window.matrix.canvas.drawing
    assert colours_of(drawing) - set(STATUS_COLOURS.values()) == {"#000000", "#FFFFFF"}  # each status keeps its hue and mark
    assert colours.MUTED not in colours_of(drawing)
    window.matrix.canvas.grab()  # paints without a fault
    window.action("view.high_contrast").setChecked(False)
    assert set(QUADRANT_FILLS.values()) <= colours_of(window.matrix.canvas.drawing)


def test_a_dot_released_outside_the_plot_goes_back_without_an_undo_step(window, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    open_docks(window, qtbot)
    canvas = window.matrix.canvas
    drawing = canvas.drawing
    stack = window.document.undo_stack
    before = stack.count()
    dot = drawing.dot("pit")
    start = canvas.to_widget(dot.swatch.x, dot.swatch.y).toPoint()
    end = canvas.to_widget(drawing.plot.right + 60, drawing.plot.y + 10).toPoint()  # over the legend, right of the top row
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 7):
        qtbot.mouseMove(canvas, start + (end - start) * step / 6)
        QApplication.processEvents()
    canvas.grab()  # the dot under the pointer, no target cell
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    pit = window.document.journey.card("pit")
    assert (pit.impact, pit.effort) == (2, 4) and stack.count() == before


def test_selecting_a_card_the_matrix_does_not_show_drops_its_dot_so_arrows_rescore_nothing(window, qtbot):
    from PySide6.QtCore import Qt

    open_docks(window, qtbot)
    canvas = window.matrix.canvas
    window.scene.select_cards(["pit"])
    assert canvas.selected == "pit"
    window.scene.select_cards(["pain"])  # a pain point: no dot
    assert canvas.selected is None
    stack = window.document.undo_stack
    before = stack.count()
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Up)
    pit = window.document.journey.card("pit")
    assert (pit.impact, pit.effort) == (2, 4) and stack.count() == before


def test_a_paint_error_in_the_matrix_is_told_once_not_swallowed(window, qtbot, monkeypatch, caplog):
    import cjdesigner.ui.matrix_view as matrix_view

    open_docks(window, qtbot)
    canvas = window.matrix.canvas

    def broken(*_args, **_kwargs):
        raise ValueError("a broken glyph")

    monkeypatch.setattr(matrix_view, "paint_matrix", broken)
    canvas.grab()
    canvas.grab()
    assert [r for r in caplog.records if "matrix painted only part" in r.getMessage()] and len(canvas.paint_errors) == 1
    assert len([r for r in caplog.records if "matrix painted only part" in r.getMessage()]) == 1
    qtbot.waitUntil(lambda: "matrix could not be drawn" in window.statusBar().currentMessage())


def test_screen_readers_hear_the_selected_dot_and_its_new_values(window, qtbot, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAccessible

    import cjdesigner.ui.matrix_view as matrix_view

    heard = []

    def listen(event):
        heard.append((event.type(), event.object().accessibleName() if event.object() else ""))

    monkeypatch.setattr(matrix_view.QAccessible, "updateAccessibility", listen)
    open_docks(window, qtbot)
    canvas = window.matrix.canvas
    canvas.setFocus()
    qtbot.waitUntil(canvas.hasFocus)
    heard.clear()
    qtbot.keyClick(canvas, Qt.Key.Key_PageDown)
    assert canvas.selected is not None
    text = window.document.journey.card(canvas.selected).text
    assert any(kind == QAccessible.Event.NameChanged and text in name for kind, name in heard), heard
    assert any(kind == QAccessible.Event.Focus for kind, _ in heard)
    dot = canvas.drawing.dot(canvas.selected)
    heard.clear()
    qtbot.keyClick(canvas, Qt.Key.Key_Left if dot.effort > 1 else Qt.Key.Key_Right)
    effort = window.document.journey.card(canvas.selected).effort
    assert any(f"effort {effort} of 5" in name for _, name in heard), heard


def test_the_matrix_drawing_speaks_the_maps_language_the_dock_around_it_the_interfaces(qtbot, tmp_path):
    from cjdesigner.ui.backlog_view import STATUS

    win = shown_main_window(qtbot, tmp_path, decisions_project(Language.FR))  # a French map, an English interface
    open_docks(win, qtbot)
    drawing = win.matrix.canvas.drawing
    words = {t.text for t in drawing.texts} | {q.title.text for q in drawing.quadrants}
    assert {"Statut", "Gains rapides", "En cours"} <= words and "Status" not in words
    tip = win.matrix.canvas.tooltip("quick")
    assert "Impact: 5 of 5" in tip and "Status: In progress" in tip
    model = win.backlog.model
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Rank"
    assert model.data(model.index(0, STATUS)) == "In progress"
