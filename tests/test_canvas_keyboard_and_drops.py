"""Keyboard-only card work, and drops from the personas panel and the card palette."""

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from builders import cell_texts
from cjdesigner.canvas.scene import CARD_KIND_MIME, PERSONA_MIME
from cjdesigner.model.vocabulary import LANE_COLOURS, LaneKind


def snapshot(window):
    return window.document.project.model_dump(mode="json")


def keys(qtbot, window, *sequence):
    for key in sequence:
        modifier = Qt.KeyboardModifier.NoModifier
        if isinstance(key, tuple):
            key, modifier = key
        qtbot.keyClick(window.view.viewport() if QApplication.focusWidget() is None else QApplication.focusWidget(), key, modifier)


def test_keyboard_create_edit_move_delete_a_card(window, qtbot):
    project = window.document.project
    start = snapshot(window)
    keys(qtbot, window, Qt.Key.Key_Right)  # nothing current yet: the first card is chosen
    assert window.scene.selected_card_ids() == ["a"]
    keys(qtbot, window, Qt.Key.Key_Right)  # to stage s2, lane actions (empty cell)
    assert window.scene.cursor_cell == ("s2", "actions")
    keys(qtbot, window, Qt.Key.Key_Insert)
    assert window.scene.editor is not None, "a new card opens its editor"
    qtbot.keyClicks(window.view.viewport(), "Call support")
    keys(qtbot, window, (Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier))
    qtbot.keyClicks(window.view.viewport(), "again")
    keys(qtbot, window, Qt.Key.Key_Return)
    assert window.scene.editor is None
    assert cell_texts(project, "s2", "actions") == ["Call support\nagain"]
    new_id = window.scene.selected_card_ids()[0]

    keys(qtbot, window, Qt.Key.Key_F2)
    qtbot.keyClicks(window.view.viewport(), "Call the hotline")
    keys(qtbot, window, Qt.Key.Key_Escape)
    assert cell_texts(project, "s2", "actions") == ["Call support\nagain"], "Esc cancels"
    keys(qtbot, window, Qt.Key.Key_Enter)
    qtbot.keyClicks(window.view.viewport(), "Call the hotline")
    keys(qtbot, window, Qt.Key.Key_Return)
    assert cell_texts(project, "s2", "actions") == ["Call the hotline"]

    keys(qtbot, window, (Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier))
    assert cell_texts(project, "s1", "actions") == ["Call the hotline", "A", "B", "C"]
    keys(qtbot, window, (Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier))
    assert cell_texts(project, "s1", "actions") == ["A", "Call the hotline", "B", "C"]
    keys(qtbot, window, (Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier))
    assert cell_texts(project, "s1", "actions") == ["Call the hotline", "A", "B", "C"]
    for _ in range(3):
        keys(qtbot, window, (Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier))
    assert cell_texts(project, "s1", "actions") == ["A", "B", "C", "Call the hotline"]
    keys(qtbot, window, (Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier))
    assert cell_texts(project, "s1", "pains") == ["Call the hotline"], "past the end of a cell: into the lane below"

    keys(qtbot, window, Qt.Key.Key_Delete)
    assert all(c.id != new_id for c in project.journeys[0].cards)
    assert window.document.undo_stack.count() == 11
    while window.document.undo_stack.canUndo():
        window.document.undo_stack.undo()
    assert snapshot(window) == start


def test_arrow_keys_walk_cards_and_cells(window, qtbot):
    window.scene.select_cards(["a"])
    keys(qtbot, window, Qt.Key.Key_Down)
    assert window.scene.selected_card_ids() == ["b"]
    keys(qtbot, window, Qt.Key.Key_Down, Qt.Key.Key_Down)
    assert window.scene.selected_card_ids() == [], "below the last card: the empty cell under it"
    assert window.scene.cursor_cell == ("s1", "pains")
    keys(qtbot, window, Qt.Key.Key_Right)
    assert window.scene.selected_card_ids() == ["d"]
    keys(qtbot, window, Qt.Key.Key_Up)
    assert window.scene.cursor_cell == ("s2", "actions")


def send_drop(view, scene_point, mime: QMimeData) -> bool:
    viewport = view.viewport()
    pos = QPointF(view.mapFromScene(QPointF(*scene_point)))
    actions = Qt.DropAction.CopyAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(pos.toPoint(), actions, mime, buttons, mods)
    QApplication.sendEvent(viewport, enter)
    move = QDragMoveEvent(pos.toPoint(), actions, mime, buttons, mods)
    QApplication.sendEvent(viewport, move)
    drop = QDropEvent(pos, actions, mime, buttons, mods)
    QApplication.sendEvent(viewport, drop)
    return drop.isAccepted()


def test_drop_a_persona_from_the_panel_onto_a_card(window, qtbot):
    before = snapshot(window)
    panel_mime = window.personas.list.mimeData([window.personas.list.item(1)])
    assert panel_mime.hasFormat(PERSONA_MIME), "the panel drags what the map accepts"
    assert send_drop(window.view, window.scene.layout.cards["b"].center, panel_mime)
    assert window.document.journey.card("b").persona_ids == ["p-bo"]
    after = snapshot(window)
    window.document.undo_stack.undo()
    assert snapshot(window) == before
    window.document.undo_stack.redo()
    assert snapshot(window) == after


def test_persona_dropped_on_empty_space_does_nothing(window):
    mime = QMimeData()
    mime.setData(PERSONA_MIME, b"p-bo")
    cell = window.scene.layout.cells[("s2", "actions")]
    assert not send_drop(window.view, cell.center, mime)
    assert window.document.undo_stack.count() == 0


def test_drop_a_palette_chip_creates_a_card_in_the_cell(window, qtbot):
    before = snapshot(window)
    palette = window.palette
    chip = next(palette.item(i) for i in range(palette.count()) if palette.item(i).data(Qt.ItemDataRole.UserRole) == "opportunities")
    mime = palette.mimeData([chip])
    assert mime.hasFormat(CARD_KIND_MIME)
    cell = window.scene.layout.cells[("s1", "actions")]
    assert send_drop(window.view, (cell.center[0], cell.y + 3), mime)
    cards = window.document.journey.cell_cards("s1", "actions")
    assert [c.text for c in cards] == ["", "A", "B", "C"], "dropped above the first card"
    assert cards[0].colour == LANE_COLOURS[LaneKind.OPPORTUNITIES]
    assert window.scene.editor is not None, "the new card is ready for typing"
    window.scene.finish_editing(commit=False)
    window.document.undo_stack.undo()
    assert snapshot(window) == before
