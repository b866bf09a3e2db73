"""Defects found by trying the editor as a new user: properties, focus, following the keyboard,
context menus from the keyboard, emotion points by keyboard, renaming headers in place."""

from PySide6.QtCore import QEvent, QRect, QRectF, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QMenu

from cjdesigner.model.vocabulary import LaneKind


def test_properties_change_a_lane_kind_and_an_emotion_point_label(window, qtbot):
    window.scene.lane_items["pains"].setSelected(True)
    assert (window.properties.kind, window.properties.object_id) == ("lane", "pains")
    combo = window.properties.findChild(QComboBox, "field-kind")
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Up)
    assert window.document.journey.lane("pains").kind == LaneKind.EMOTIONS
    assert window.document.undo_stack.count() == 1

    window.scene.clearSelection()
    window.scene.point_items["e1"].setSelected(True)
    assert window.properties.kind == "emotion_point"
    label = window.properties.findChild(QLineEdit, "field-label")
    label.setFocus()
    qtbot.keyClicks(label, "Relieved")
    qtbot.keyClick(label, Qt.Key.Key_Return)
    point = next(p for p in window.document.journey.emotion_points if p.id == "e1")
    assert point.label == "Relieved"
    assert window.document.undo_stack.count() == 2


def test_editing_a_card_in_a_hidden_lane(window):
    window.verbs.set_fields("lane", "pains", "hide", hidden=True)
    window.verbs.set_card_text("d", "Still here")
    assert window.document.journey.card("d").text == "Still here"
    window.document.undo_stack.undo()
    assert window.document.journey.card("d").text == "D"


def test_typing_after_a_palette_drop_goes_into_the_new_card(window, qtbot):
    from test_canvas_keyboard_and_drops import send_drop

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


def type_text(widget, text: str) -> None:
    """Key events carrying the text, so accents and French punctuation type as they would."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def open_menu(qtbot, window, key=Qt.Key.Key_Menu, modifier=Qt.KeyboardModifier.NoModifier) -> QMenu:
    qtbot.keyClick(window.view.viewport(), key, modifier)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu), "the key opens a context menu"
    return menu


def close_menu(qtbot, menu) -> None:
    qtbot.keyClick(menu, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)


def texts(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions()]


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
    assert "Delete stage" in texts(menu)
    close_menu(qtbot, menu)

    scene.set_cursor_cell(("s2", "actions"))
    menu = open_menu(qtbot, window)
    assert "Add card here" in texts(menu)
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
    assert "+1 pleased" in texts(menu) and "Delete emotion point" in texts(menu)
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


def test_deleting_a_stage_or_removing_a_persona_says_what_went(window, qtbot):
    viewport = window.view.viewport()
    window.scene.stage_items["s1"].setSelected(True)
    qtbot.keyClick(viewport, Qt.Key.Key_Delete)
    assert [s.id for s in window.document.journey.stages] == ["s2"]
    assert window.statusBar().currentMessage() == "Deleted stage “Discover” and its 3 cards. Press Ctrl+Z to bring them back."
    window.scene.lane_items["actions"].setSelected(True)
    qtbot.keyClick(viewport, Qt.Key.Key_Delete)
    assert window.statusBar().currentMessage() == "Deleted lane “Actions”. Press Ctrl+Z to bring it back."

    window.personas.select("p-bo")
    qtbot.mouseClick(window.personas.remove, Qt.MouseButton.LeftButton)
    assert [p.id for p in window.document.project.personas] == ["p-ana"]
    assert window.statusBar().currentMessage() == "Removed persona “Bo” and its badge from one card. Press Ctrl+Z to bring them back."
    qtbot.keyClick(viewport, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [p.id for p in window.document.project.personas] == ["p-ana", "p-bo"]


def test_a_french_map_gets_french_names_for_new_things(window, qtbot):
    from PySide6.QtWidgets import QPushButton

    from cjdesigner.model.vocabulary import Confidence, Language

    window.document.project.language = Language.FR
    window.action("map.add_stage").trigger()
    window.action("map.add_persona").trigger()
    window.action("journey.duplicate").trigger()
    window.action("journey.add").trigger()
    project = window.document.project
    assert project.journeys[0].stages[-1].name == "Nouvelle étape"
    assert project.personas[-1].name == "Nouveau persona"
    assert [j.title for j in project.journeys] == ["Current state", "Current state (copie)", "Nouveau parcours"]

    window.document.set_journey("j1")
    window.verbs.set_fields("card", "b", "confidence", confidence=Confidence.VALIDATED)
    window.scene.select_cards(["b"])
    add = next(b for b in window.properties.findChildren(QPushButton) if b.text() == "Add evidence")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    assert [e.text for e in window.document.journey.card("b").evidence] == ["Nouvelle source"]
    combo = window.properties.findChild(QComboBox, "field-confidence")
    assert [combo.itemText(i) for i in range(combo.count())] == ["—", "Assumption", "Partly backed", "Validated"], "a panel speaks the interface's language"
    assert "Validé" in window.scene.card_tooltip("b")

    menu = QMenu()
    window._emotion_menu(menu, "s2")
    ana = next(a.menu() for a in menu.actions() if a.text() == "Emotion of Ana Lopez")
    assert "+1 satisfait" in texts(ana)


def test_evidence_quotes_are_read_whole_in_the_panel(window, qtbot):
    from PySide6.QtWidgets import QTableWidget

    from cjdesigner.model.document import Evidence

    quote = "Je ne comprends pas pourquoi la livraison coûte plus cher que le produit lui-même, franchement."
    evidence = [Evidence(text=f"« {quote} »", source="Entretien 4"), Evidence(text="Short note")]
    window.verbs.set_fields("card", "b", "evidence", evidence=evidence)
    window.scene.select_cards(["b"])
    table = window.properties.findChild(QTableWidget, "evidence-table")
    qtbot.waitUntil(lambda: table.isVisible())
    assert table.item(0, 0).toolTip() == f"« {quote} »", "the full quote on hover"
    one_line = table.fontMetrics().lineSpacing()
    assert table.rowHeight(0) >= 2 * one_line, "a long quote wraps onto several lines"
    assert table.height() >= table.rowHeight(0) + table.rowHeight(1), "every row shows"


def test_the_card_tooltip_puts_a_quote_between_guillemets_once(window):
    from cjdesigner.model.document import Evidence

    quote = "Trop cher pour ce que c'est"
    window.verbs.set_fields("card", "b", "evidence", evidence=[Evidence(text=f"« {quote} »"), Evidence(text="Short note")])
    tip = window.scene.card_tooltip("b")
    assert f"« {quote} »" in tip and "« «" not in tip and "» »" not in tip
    assert "« Short note »" in tip


def test_the_title_field_shows_the_beginning_of_a_long_title(window, qtbot):
    title = "Parcours d'achat en ligne des clients fidèles, de la découverte au service après-vente"
    window.verbs.set_fields("journey", "j1", "title", title=title)
    window.properties.show_object("journey", "j1")
    field = window.properties.findChild(QLineEdit, "field-title")
    assert field.text() == title and field.cursorPosition() == 0


def test_the_rename_journey_dialog_fits_a_real_title(window, qtbot):
    from PySide6.QtCore import QTimer

    seen = {}

    def answer():
        dialog = QApplication.activeModalWidget()
        field = dialog.findChild(QLineEdit)
        seen["width"] = field.width()
        seen["fits"] = field.fontMetrics().horizontalAdvance("x" * 40)
        field.selectAll()
        type_text(field, "État futur")
        qtbot.keyClick(field, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)
    window.action("journey.rename").trigger()
    assert seen["width"] >= seen["fits"], "40 characters show in the field"
    assert window.document.journey.title == "État futur"


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
