"""A whole session of map work with the keyboard alone, through the outline and the map: no mouse
event reaches any widget (a filter on the application fails the test if one does)."""

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QMenu

from cjdesigner.model.document import Card, Journey, Lane, Persona, Project, Stage
from cjdesigner.model.vocabulary import LaneKind

MOUSE_EVENTS = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.GraphicsSceneMousePress,
    QEvent.Type.GraphicsSceneMouseRelease,
    QEvent.Type.GraphicsSceneMouseDoubleClick,
    QEvent.Type.Wheel,
}


class NoMouse(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in MOUSE_EVENTS:
            self.seen.append(f"{event.type().name} on {watched.objectName() or type(watched).__name__}")
        return False


def project() -> Project:
    ana = Persona(id="p-ana", name="Ana", colour="#0072B2")
    stages = [Stage(id="s1", name="Discover"), Stage(id="s2", name="Compare"), Stage(id="s3", name="Buy")]
    lanes = [
        Lane(id="actions", title="Actions", kind=LaneKind.ACTIONS),
        Lane(id="pains", title="Pain points", kind=LaneKind.PAIN_POINTS),
        Lane(id="feel", title="Emotions", kind=LaneKind.EMOTIONS),
    ]
    cards = [
        Card(id="a", stage_id="s1", lane_id="actions", text="Search the web"),
        Card(id="b", stage_id="s1", lane_id="pains", text="Compare prices", persona_ids=["p-ana"], sentiment="negative", severity=4),
        Card(id="c", stage_id="s2", lane_id="pains", text="Hidden fees"),
    ]
    journey = Journey(id="j1", title="Buying a sofa", persona_ids=["p-ana"], stages=stages, lanes=lanes, cards=cards)
    return Project(title="Keyboard", personas=[ana], journeys=[journey])


@pytest.fixture
def keyboard_window(window):
    """The main window (conftest) showing a new map with an emotions lane, and the keyboard on it."""
    window.session.new(project())
    window.activateWindow()
    window.view.setFocus()
    guard = NoMouse()
    QApplication.instance().installEventFilter(guard)
    yield window
    QApplication.instance().removeEventFilter(guard)
    assert guard.seen == [], "keyboard-only work must need no mouse event"


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier, widget=None) -> None:
    qtbot.keyClick(widget or QApplication.focusWidget(), key, modifier)


def popup_menu(qtbot) -> QMenu:
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    return QApplication.activePopupWidget()


def choose(qtbot, menu: QMenu, text: str) -> None:
    """Walk down a menu with the arrow key to the entry starting with `text`, then press Enter."""
    for _ in range(len(menu.actions()) + 1):
        press(qtbot, Qt.Key.Key_Down, widget=menu)
        if menu.activeAction() is not None and menu.activeAction().text().startswith(text):
            break
    assert menu.activeAction().text().startswith(text)
    press(qtbot, Qt.Key.Key_Return, widget=menu)


def card_text(window, card_id):
    return window.document.journey.card(card_id).text


def test_a_whole_session_without_a_mouse(keyboard_window, qtbot):
    window = keyboard_window
    outline, tree = window.outline, window.outline.tree

    # open the outline: its tree takes the keyboard
    press(qtbot, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier, window.view)
    qtbot.waitUntil(lambda: tree.hasFocus())
    assert window.findChild(type(window.outline_dock), "dock-outline").isVisible()

    # find a card: Shift+Tab to the find field, type, Esc back to the tree
    press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert outline.find.hasFocus()
    qtbot.keyClicks(outline.find, "compare")
    assert outline.current_key() == ("card", "b")
    assert window.scene.selected_card_ids() == ["b"], "the map follows the outline"
    shown = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    assert shown.contains(window.scene.card_items["b"].sceneBoundingRect()), "and scrolls to show it"
    assert tree.currentIndex().data(Qt.ItemDataRole.AccessibleTextRole) == "Card: Compare prices — persona Ana, negative, severity 4"
    press(qtbot, Qt.Key.Key_Escape)
    assert tree.hasFocus()

    # edit it in the tree: F2, type, Enter
    press(qtbot, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor.objectName() == "outline-card-editor" and editor.toPlainText() == "Compare prices"
    qtbot.keyClicks(editor, "Compare delivery prices")
    press(qtbot, Qt.Key.Key_Return)
    assert card_text(window, "b") == "Compare delivery prices"
    assert window.document.undo_stack.undoText() == "Edit card text"
    assert tree.hasFocus() and outline.current_key() == ("card", "b")

    # move it to the next stage (same place in the cell), then down below "Hidden fees"
    press(qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.document.journey.card("b").stage_id == "s2"
    assert [c.id for c in window.document.journey.cell_cards("s2", "pains")] == ["b", "c"]
    press(qtbot, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert [c.id for c in window.document.journey.cell_cards("s2", "pains")] == ["c", "b"]
    assert outline.current_key() == ("card", "b") and window.scene.selected_card_ids() == ["b"]
    assert tree.currentIndex().parent().data(Qt.ItemDataRole.UserRole) == ("cell", "s2\npains")

    # add a card after it with Insert, typed in the tree
    press(qtbot, Qt.Key.Key_Insert)
    qtbot.waitUntil(lambda: QApplication.focusWidget().objectName() == "outline-card-editor")
    qtbot.keyClicks(QApplication.focusWidget(), "Delivery slot too late")
    press(qtbot, Qt.Key.Key_Return)
    assert [c.text for c in window.document.journey.cell_cards("s2", "pains")] == ["Hidden fees", "Compare delivery prices", "Delivery slot too late"]

    # the emotions cell of stage 2: Down to it in the tree, Menu key, "Emotion of Ana" → "+1 pleased"
    for _ in range(6):
        if outline.current_key() == ("cell", "s2\nfeel"):
            break
        press(qtbot, Qt.Key.Key_Down)
    assert outline.current_key() == ("cell", "s2\nfeel")
    assert window.scene.cursor_cell == ("s2", "feel")
    press(qtbot, Qt.Key.Key_Menu)
    menu = popup_menu(qtbot)
    choose(qtbot, menu, "Emotion of Ana")
    press(qtbot, Qt.Key.Key_Right, widget=menu)
    choose(qtbot, popup_menu(qtbot), "+1")
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    points = window.document.journey.emotion_points
    assert [(p.stage_id, p.persona_id, p.score) for p in points] == [("s2", "p-ana", 1)]
    point_id = points[0].id
    assert outline.current_key() == ("emotion_point", point_id), "the outline shows the new point"

    # Esc: to the map, on the point; Up raises it to +2, and the outline says so
    press(qtbot, Qt.Key.Key_Escape)
    assert window.view.hasFocus()
    press(qtbot, Qt.Key.Key_Up)
    assert window.document.journey.emotion_points[0].score == 2
    assert outline.items[("emotion_point", point_id)].text() == "Emotion of Ana: +2 delighted"

    # back in the outline, on the moved card: Shift+F10 opens its context menu at the card
    press(qtbot, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    press(qtbot, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: tree.hasFocus())
    qtbot.keyClicks(outline.find, "compare")
    assert outline.current_key() == ("card", "b")
    press(qtbot, Qt.Key.Key_Escape, widget=outline.find)
    press(qtbot, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    menu = popup_menu(qtbot)
    assert menu.objectName() == "map-context-menu"
    card = window.view.mapFromScene(window.scene.card_items["b"].sceneBoundingRect()).boundingRect()
    card.moveTopLeft(window.view.viewport().mapToGlobal(card.topLeft()))
    assert menu.geometry().adjusted(-24, -24, 24, 24).intersects(card), "the menu opens at the card (moved to fit the screen)"
    press(qtbot, Qt.Key.Key_Escape, widget=menu)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)

    # delete it: Delete in the tree; the next card becomes current
    tree.setFocus()
    press(qtbot, Qt.Key.Key_Delete)
    assert "b" not in {c.id for c in window.document.journey.cards}
    assert outline.current_key() is not None and outline.current_key()[0] == "card"
    assert window.scene.selected_card_ids() == [outline.current_key()[1]]
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert card_text(window, "b") == "Compare delivery prices"

    # rename a stage in place: Home, Down to the first stage, F2, type, Enter
    tree.setFocus()
    press(qtbot, Qt.Key.Key_Home)
    press(qtbot, Qt.Key.Key_Down)
    assert outline.current_key() == ("stage", "s1")
    assert window.scene.selected_object() == ("stage", "s1")
    press(qtbot, Qt.Key.Key_F2)
    assert window.scene.editor is not None and window.view.hasFocus()
    qtbot.keyClicks(window.view.viewport(), "Look around")
    press(qtbot, Qt.Key.Key_Return)
    assert window.document.journey.stage("s1").name == "Look around"
    assert outline.items[("stage", "s1")].text() == "Look around"


def test_the_outline_follows_the_map_and_names_its_rows(keyboard_window, qtbot):
    window = keyboard_window
    outline = window.outline
    window.actions["view.outline"].trigger()
    window.view.setFocus()
    press(qtbot, Qt.Key.Key_Right, widget=window.view)  # the map's first card
    press(qtbot, Qt.Key.Key_Down, widget=window.view)  # down to the pain points cell's card
    assert window.scene.selected_card_ids() == ["b"]
    assert outline.current_key() == ("card", "b"), "the outline follows the map's keyboard"
    role = Qt.ItemDataRole.AccessibleTextRole
    assert outline.items[("stage", "s2")].data(role) == "Stage 2 of 3: Compare, 1 card"
    assert outline.items[("cell", "s1\npains")].data(role) == "Lane Pain points, 1 card"
    assert outline.items[("journey", "j1")].data(role) == "Journey: Buying a sofa"
    assert outline.items[("cell", "s3\nactions")].data(role) == "Lane Actions, no cards"
    # an edit elsewhere (the properties panel, the map) renames the row
    window.verbs.set_fields("card", "b", None, severity=2, votes=3)
    assert outline.items[("card", "b")].data(role) == "Card: Compare prices — persona Ana, negative, severity 2, 3 votes"
    window.verbs.set_fields("card", "b", None, notes="Seen in three interviews")
    assert outline.items[("card", "b")].data(Qt.ItemDataRole.AccessibleDescriptionRole) == "Seen in three interviews"


def test_delete_in_the_outline_removes_an_emotion_point(keyboard_window, qtbot):
    window = keyboard_window
    outline = window.outline
    window.actions["view.outline"].trigger()
    point_id = window.verbs.set_emotion("s1", "p-ana", -1)
    assert outline.items[("emotion_point", point_id)].text() == "Emotion of Ana: −1 annoyed"
    outline.tree.setFocus()
    outline._select(("emotion_point", point_id), drive_scene=True)
    assert window.scene.selected_object() == ("emotion_point", point_id)
    press(qtbot, Qt.Key.Key_Delete)
    assert window.document.journey.emotion_points == []
    assert ("emotion_point", point_id) not in outline.items


def menu_texts(menu: QMenu) -> list[str]:
    return [action.text() for action in menu.actions() if not action.isSeparator()]


def test_arrows_reach_the_stage_and_lane_headers_at_the_map_edge(keyboard_window, qtbot):
    window = keyboard_window
    scene, view = window.scene, window.view
    press(qtbot, Qt.Key.Key_Right, widget=view)  # the map's first card
    assert scene.selected_card_ids() == ["a"]
    press(qtbot, Qt.Key.Key_Up, widget=view)  # above the top row: the stage's header
    assert scene.selected_object() == ("stage", "s1")
    press(qtbot, Qt.Key.Key_Right, widget=view)  # along the headers
    assert scene.selected_object() == ("stage", "s2")
    assert window.properties.kind == "stage" and window.properties.object_id == "s2"
    press(qtbot, Qt.Key.Key_Down, widget=view)  # back into the map: the empty first cell of stage 2
    assert scene.selected_object() is None and scene.cursor_cell == ("s2", "actions")
    press(qtbot, Qt.Key.Key_Left, widget=view)
    assert scene.selected_card_ids() == ["a"]
    press(qtbot, Qt.Key.Key_Left, widget=view)  # left of the first column: the lane's header
    assert scene.selected_object() == ("lane", "actions")
    press(qtbot, Qt.Key.Key_Down, widget=view)
    assert scene.selected_object() == ("lane", "pains")
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert shown.intersects(scene.lane_items["pains"].sceneBoundingRect())

    # F2 renames it in place
    press(qtbot, Qt.Key.Key_F2, widget=view)
    assert scene.editor is not None
    qtbot.keyClicks(view.viewport(), "Frictions")
    press(qtbot, Qt.Key.Key_Return)
    assert window.document.journey.lane("pains").title == "Frictions"

    # Shift+F10: the lane's menu, with Rename, Show as and Hide lane; Show as ▸ Bar chart
    view.setFocus()
    scene.select_header("lane", "pains")
    press(qtbot, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier, view)
    menu = popup_menu(qtbot)
    assert {"Rename", "Show as", "Hide lane"} <= set(menu_texts(menu))
    choose(qtbot, menu, "Show as")
    press(qtbot, Qt.Key.Key_Right, widget=menu)
    choose(qtbot, popup_menu(qtbot), "Bar chart")
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    assert window.document.journey.lane("pains").chart is not None

    # Right goes back into the map, on the lane's first card
    view.setFocus()
    scene.select_header("lane", "pains")
    press(qtbot, Qt.Key.Key_Right, widget=view)
    assert scene.selected_card_ids() == ["b"]


def test_the_outline_has_a_row_per_lane_header_for_f2_and_its_menu(keyboard_window, qtbot):
    window = keyboard_window
    outline, tree, scene = window.outline, window.outline.tree, window.scene
    press(qtbot, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier, window.view)
    qtbot.waitUntil(lambda: tree.hasFocus())
    press(qtbot, Qt.Key.Key_End)
    assert outline.current_key() == ("lane", "feel")
    press(qtbot, Qt.Key.Key_Up)
    assert outline.current_key() == ("lane", "pains")
    assert tree.currentIndex().data(Qt.ItemDataRole.AccessibleTextRole) == "Lane 2 of 3: Pain points"
    assert scene.selected_object() == ("lane", "pains"), "the row selects the header on the map"

    # the Menu key opens the lane's menu: Hide lane
    press(qtbot, Qt.Key.Key_Menu)
    menu = popup_menu(qtbot)
    assert {"Rename", "Show as", "Hide lane"} <= set(menu_texts(menu))
    choose(qtbot, menu, "Hide lane")
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    assert window.document.journey.lane("pains").hidden
    assert ("lane", "pains") not in outline.items

    # F2 on a lane row renames the lane in place on the map
    tree.setFocus()
    outline._select(("lane", "actions"), drive_scene=True)
    assert scene.selected_object() == ("lane", "actions")
    press(qtbot, Qt.Key.Key_F2)
    assert scene.editor is not None and window.view.hasFocus()
    qtbot.keyClicks(window.view.viewport(), "Doing")
    press(qtbot, Qt.Key.Key_Return)
    assert window.document.journey.lane("actions").title == "Doing"
    assert outline.items[("lane", "actions")].text() == "Doing"

    # and the map follows back: a lane header selected there is the outline's current row
    window.view.setFocus()
    scene.select_header("lane", "feel")
    assert outline.current_key() == ("lane", "feel")
