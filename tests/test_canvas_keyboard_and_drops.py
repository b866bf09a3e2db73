"""Keyboard-only work on the map: cards created, edited, moved and deleted, the view following the
arrow keys, context menus from the Menu key and Shift+F10, emotion points placed and moved, headers
renamed in place with F2 or a double click, Escape leaving find; and drops from the personas panel and
the card palette, typing going into the dropped card."""

from PySide6.QtCore import QMimeData, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from builders import cell_texts
from qt_helpers import close_menu, menu_texts, open_menu, snapshot, type_text
from cjdesigner.canvas.scene import CARD_KIND_MIME, PERSONA_MIME
from cjdesigner.model.vocabulary import LANE_COLOURS, LaneKind


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


def test_typing_after_a_palette_drop_goes_into_the_new_card(window, qtbot):
    palette = window.palette
    palette.setFocus()
    assert QApplication.focusWidget() is palette
    chip = palette.item(0)
    cell = window.scene.layout.cells[("s2", "actions")]
    assert send_drop(window.view, cell.center, palette.mimeData([chip]))
    assert window.scene.editor is not None
    qtbot.keyClicks(QApplication.focusWidget(), "Compare prices")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert [c.text for c in window.document.journey.cell_cards("s2", "actions")] == ["Compare prices"]
    assert window.document.undo_stack.count() == 2, "add the card, then its text"


def visible_scene_rect(view):
    return view.mapToScene(view.viewport().rect()).boundingRect()


def test_the_view_follows_the_arrow_keys_when_zoomed_in(window, qtbot):
    view, scene = window.view, window.scene
    view.set_zoom(3.0)
    scene.select_cards(["a"])
    view.ensureVisible(scene.card_items["a"].sceneBoundingRect())
    view.setFocus()
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Right)
    assert scene.cursor_cell == ("s2", "actions")
    slot = scene.layout.new_card_rect(("s2", "actions"), 0)
    assert visible_scene_rect(view).contains(QRectF(slot.x, slot.y, slot.w, slot.h)), "the empty cell's slot is shown"
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Down)
    assert scene.selected_card_ids() == ["d"]
    assert visible_scene_rect(view).contains(scene.card_items["d"].sceneBoundingRect())
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert window.document.journey.card("d").stage_id == "s1"
    assert visible_scene_rect(view).contains(scene.card_items["d"].sceneBoundingRect())


def test_menu_key_and_shift_f10_open_the_context_menu_at_the_selection(window, qtbot):
    view, scene = window.view, window.scene
    scene.select_cards(["b"])
    asked: list = []
    scene.contextRequested.connect(lambda kind, object_id, point: asked.append(point))
    menu = open_menu(qtbot, window)
    card = view.mapFromScene(scene.card_items["b"].sceneBoundingRect()).boundingRect()
    card_on_screen = QRect(view.viewport().mapToGlobal(card.topLeft()), card.size())
    assert len(asked) == 1 and card_on_screen.contains(asked[0]), "the menu is asked for at the card, not at the mouse"
    assert menu.geometry().intersects(card_on_screen), "it opens over the card (Qt may shift it to fit the screen)"
    assert window.action("edit.edit_text") in menu.actions()
    close_menu(qtbot, menu)

    scene.clearSelection()
    scene.stage_items["s2"].setSelected(True)
    menu = open_menu(qtbot, window, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    assert "Delete stage" in menu_texts(menu)
    close_menu(qtbot, menu)

    scene.set_cursor_cell(("s2", "actions"))
    menu = open_menu(qtbot, window)
    assert "Add card here" in menu_texts(menu)
    close_menu(qtbot, menu)


def test_emotion_points_placed_and_moved_from_the_keyboard(window, qtbot):
    window.add_lane(LaneKind.EMOTIONS)
    scene, stack = window.scene, window.document.undo_stack
    feel = next(lane.id for lane in window.document.journey.lanes if lane.kind == LaneKind.EMOTIONS)
    scene.set_cursor_cell(("s2", feel))
    window.view.setFocus()
    menu = open_menu(qtbot, window)
    ana = next(a.menu() for a in menu.actions() if a.text() == "Emotion of Ana Lopez")
    next(a for a in ana.actions() if a.text() == "+1 pleased").trigger()
    menu.close()
    steps = stack.count()
    point = next(p for p in window.document.journey.emotion_points if (p.stage_id, p.persona_id) == ("s2", "p-ana"))
    assert point.score == 1 and scene.selected_object() == ("emotion_point", point.id), "the new point is selected"

    def key(k):
        qtbot.keyClick(window.view.viewport(), k)

    key(Qt.Key.Key_Up)
    assert point.score == 2 and stack.count() == steps + 1
    key(Qt.Key.Key_Up)
    assert point.score == 2 and stack.count() == steps + 1, "the top of the scale: nothing to undo"
    key(Qt.Key.Key_Down)
    key(Qt.Key.Key_Down)
    assert point.score == 0 and stack.count() == steps + 3, "one undo step per key"
    stack.undo()
    assert point.score == 1
    key(Qt.Key.Key_Left)
    assert scene.selected_object() == ("emotion_point", "e1"), "Left goes to the persona's point at the stage before"
    menu = open_menu(qtbot, window)
    assert "+1 pleased" in menu_texts(menu) and "Delete emotion point" in menu_texts(menu)
    close_menu(qtbot, menu)


def test_f2_renames_a_stage_or_a_lane_header_in_place(window, qtbot):
    scene, stack = window.scene, window.document.undo_stack
    header = scene.stage_items["s1"]
    viewport = window.view.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=window.view.mapFromScene(header.sceneBoundingRect().center()))
    assert scene.selected_object() == ("stage", "s1")
    qtbot.keyClick(viewport, Qt.Key.Key_F2)
    assert scene.editor is not None and scene.editor.kind == "stage"
    type_text(viewport, "Découverte « web »")
    qtbot.keyClick(viewport, Qt.Key.Key_Return)
    assert scene.editor is None
    assert window.document.journey.stage("s1").name == "Découverte « web »"
    assert stack.count() == 1 and stack.undoText() == "Rename stage"

    scene.clearSelection()
    scene.lane_items["pains"].setSelected(True)
    qtbot.keyClick(viewport, Qt.Key.Key_F2)
    type_text(viewport, "Irritants")
    qtbot.keyClick(viewport, Qt.Key.Key_Escape)
    assert window.document.journey.lane("pains").title == "Pain points", "Esc cancels"
    qtbot.keyClick(viewport, Qt.Key.Key_F2)
    type_text(viewport, "Irritants")
    qtbot.keyClick(viewport, Qt.Key.Key_Return)
    assert window.document.journey.lane("pains").title == "Irritants"
    assert stack.count() == 2


def test_escape_clears_find_and_returns_to_the_map(window, qtbot):
    window.action("view.find").trigger()
    assert QApplication.focusWidget() is window.search
    qtbot.keyClicks(window.search, "d")
    assert window.scene.search_text == "d"
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    assert window.search.text() == "" and window.scene.search_text == ""
    assert QApplication.focusWidget() is window.view


def test_double_click_on_a_header_renames_it_in_place(window, qtbot):
    header = window.scene.lane_items["actions"]
    point = window.view.mapFromScene(header.sceneBoundingRect().center())
    qtbot.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    editor = window.scene.editor
    assert editor is not None and (editor.kind, editor.object_id) == ("lane", "actions")
    type_text(window.view.viewport(), "Ce que fait le client")
    qtbot.keyClick(window.view.viewport(), Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert window.scene.editor is None, "a name has one line: Shift+Enter commits too"
    assert window.document.journey.lane("actions").title == "Ce que fait le client"
