"""The matrix and backlog docks: an edit the decisions do not read rebuilds neither; a release
outside the plot cancels; the matrix drops its selection when the map selects a card it does not
show; the high-contrast theme reaches the matrix; screen readers hear the selected dot."""

from __future__ import annotations

from PySide6.QtCore import Qt

from decisions_builders import decisions_project
from test_matrix_view import decisions_window, window  # noqa: F401 - the fixture
from cjdesigner.model.vocabulary import Language, LaneKind


def open_docks(window, qtbot):
    window.action("view.matrix").trigger()
    window.action("view.backlog").trigger()
    qtbot.waitUntil(lambda: window.matrix.canvas.drawing is not None and window.backlog.model.rowCount() > 0)


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


def test_the_backlog_sorts_from_keys_worked_out_once_per_refresh(window, qtbot, monkeypatch):
    open_docks(window, qtbot)
    model = window.backlog.model
    calls = []
    original = model.value
    monkeypatch.setattr(model, "value", lambda row, column: calls.append(column) or original(row, column))
    window.verbs.set_card_text("quick", "Free fabric swatches")
    window.backlog.table.sortByColumn(2, window.backlog.table.horizontalHeader().sortIndicatorOrder())
    assert len(calls) <= 2 * len(model.rows)  # the rank column and the stage column, once a row


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

    win = decisions_window(qtbot, tmp_path, decisions_project(Language.FR))  # a French map, an English interface
    open_docks(win, qtbot)
    drawing = win.matrix.canvas.drawing
    words = {t.text for t in drawing.texts} | {q.title.text for q in drawing.quadrants}
    assert {"Statut", "Gains rapides", "En cours"} <= words and "Status" not in words
    tip = win.matrix.canvas.tooltip("quick")
    assert "Impact: 5 of 5" in tip and "Status: In progress" in tip
    model = win.backlog.model
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Rank"
    assert model.data(model.index(0, STATUS)) == "In progress"
