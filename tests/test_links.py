"""Links from opportunities to pain points: their description (Qt-free), the item that draws them
on demand, the View toggle, and linking by dropping an opportunity onto a pain point."""

from PySide6.QtCore import QPoint, QSettings, Qt

from builders import small_project
from cjdesigner.layout import layout_journey
from cjdesigner.layout.links import connectors, links_of
from cjdesigner.model.document import Card, Lane
from cjdesigner.model.vocabulary import LaneKind
from qt_helpers import card_centre, drag


def linked_project():
    """The small project with an opportunities lane: card "o" (stage s1) answers pain point "d"
    (stage s2); card "o2" (stage s2) answers nothing yet."""
    project = small_project()
    journey = project.journeys[0]
    journey.lanes.append(Lane(id="opps", title="Opportunities", kind=LaneKind.OPPORTUNITIES))
    journey.cards.append(Card(id="o", stage_id="s1", lane_id="opps", text="Offer chat", answers=["d"]))
    journey.cards.append(Card(id="o2", stage_id="s2", lane_id="opps", text="Call back"))
    return project


# --- the description --------------------------------------------------------------------------


def test_one_connector_per_link_from_the_opportunity_to_the_pain_points_edge():
    project = linked_project()
    journey = project.journeys[0]
    journey.cards.append(Card(id="d2", stage_id="s2", lane_id="pains", position=1, text="D2"))
    journey.card("o").answers = ["d", "d2"]
    layout = layout_journey(project, journey)
    found = connectors(links_of(journey.cards), layout.cards, layout.cells)
    assert [(c.opportunity_id, c.pain_point_id) for c in found] == [("o", "d"), ("o", "d2")]
    opportunity, pain = layout.cards["o"], layout.cards["d"]
    first = found[0]
    sx, sy = first.start
    assert sx in (opportunity.x, opportunity.right) or sy in (opportunity.y, opportunity.bottom), "starts on an edge of the opportunity"
    assert opportunity.x <= sx <= opportunity.right and opportunity.y <= sy <= opportunity.bottom
    tip = first.arrow[0]
    assert tip[1] == pain.bottom and pain.x < tip[0] < pain.right, "the arrow's tip is on the pain point's bottom edge (it comes from below)"
    assert first.points[-1] == tip


def test_no_connector_for_a_card_that_is_not_laid_out():
    project = linked_project()
    journey = project.journeys[0]
    layout = layout_journey(project, journey)
    rects = {k: v for k, v in layout.cards.items() if k != "d"}
    assert connectors(links_of(journey.cards), rects) == []
    assert connectors([("o", "gone")], layout.cards) == []


def test_only_the_links_of_given_cards():
    journey = linked_project().journeys[0]
    assert links_of(journey.cards, {"d"}) == [("o", "d")]
    assert links_of(journey.cards, {"o2"}) == []


def test_a_connector_runs_outside_the_cards_it_passes():
    """No corner of a connector falls inside a card other than at the two ends' edges."""
    project = linked_project()
    journey = project.journeys[0]
    layout = layout_journey(project, journey)
    (connector,) = connectors(links_of(journey.cards), layout.cards, layout.cells)
    for x, y in connector.points:
        for card_id, rect in layout.cards.items():
            assert not (rect.x < x < rect.right and rect.y < y < rect.bottom), f"a corner lies inside card {card_id}"


# --- on the map -------------------------------------------------------------------------------


def open_linked(window):
    window.session.new(linked_project())
    window.view.zoom_reset()
    return window


def test_show_links_toggles_every_link_and_is_remembered(window, qtbot, tmp_path):
    open_linked(window)
    scene, action = window.scene, window.actions["view.links"]
    assert not action.isChecked()
    assert scene.links.connectors == []
    action.trigger()
    assert [(c.opportunity_id, c.pain_point_id) for c in scene.links.connectors] == [("o", "d")]
    assert window.settings.value("view/links") in (True, "true")
    action.trigger()
    assert scene.links.connectors == []
    assert action.shortcut().toString() == "Ctrl+Shift+L"


def test_when_off_a_selected_opportunity_or_pain_point_shows_its_links(window):
    open_linked(window)
    scene = window.scene
    scene.select_cards(["d"])
    assert [c.opportunity_id for c in scene.links.connectors] == ["o"]
    scene.select_cards(["a"])
    assert scene.links.connectors == []
    scene.select_cards(["o"])
    assert [c.pain_point_id for c in scene.links.connectors] == ["d"]


def test_links_follow_a_move_and_its_undo(window, qtbot):
    open_linked(window)
    scene = window.scene
    window.actions["view.links"].setChecked(True)
    before = scene.links.connectors[0].arrow
    window.verbs.move_cards(["o2"], "s2", "pains", 0)  # a card above "d" pushes it down
    after = scene.links.connectors[0].arrow
    assert after != before and after[0][1] == scene.layout.cards["d"].bottom
    window.verbs.undo()
    assert scene.links.connectors[0].arrow == before


def test_links_go_with_a_deleted_card_and_come_back_with_undo(window):
    open_linked(window)
    scene = window.scene
    window.actions["view.links"].setChecked(True)
    window.verbs.delete_cards(["d"])
    assert scene.links.connectors == []
    window.verbs.undo()
    assert len(scene.links.connectors) == 1


def test_links_follow_a_switch_of_journey(window):
    open_linked(window)
    window.actions["view.links"].setChecked(True)
    window.verbs.add_journey()
    assert window.scene.links.connectors == []
    window.document.set_journey("j1")
    assert len(window.scene.links.connectors) == 1


def test_the_setting_is_read_when_the_window_opens(qtbot, tmp_path):
    from cjdesigner.app.document import Document
    from cjdesigner.app.session import Session
    from cjdesigner.ui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("view/links", True)
    win = MainWindow(Session(Document(linked_project()), settings))
    qtbot.addWidget(win)
    assert win.actions["view.links"].isChecked()
    assert len(win.scene.links.connectors) == 1


# --- linking by dragging ---------------------------------------------------------------------


def test_dropping_an_opportunity_onto_a_pain_point_links_them_in_one_step(window, qtbot):
    open_linked(window)
    scene, document = window.scene, window.document
    messages = []
    window.controller.message.connect(messages.append)
    drag(qtbot, window.view, card_centre(scene, "o2"), card_centre(scene, "d"))
    journey = document.journey
    assert journey.card("o2").answers == ["d"]
    assert (journey.card("o2").stage_id, journey.card("o2").lane_id) == ("s2", "opps"), "linked, not moved"
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Link “Call back” to “D”"
    assert "Call back" in messages[-1] and "D" in messages[-1]
    assert scene.card_items["o2"].scenePos().y() == scene.layout.cards["o2"].y, "the card goes back to its place"
    window.actions["edit.undo"].trigger()
    assert document.journey.card("o2").answers == []


def test_ctrl_z_unlinks(window, qtbot):
    open_linked(window)
    scene = window.scene
    drag(qtbot, window.view, card_centre(scene, "o2"), card_centre(scene, "d"))
    assert window.document.journey.card("o2").answers == ["d"]
    qtbot.keyClick(window.view, "z", modifier=Qt.KeyboardModifier.ControlModifier)
    assert window.document.journey.card("o2").answers == []


def test_a_second_drop_on_a_linked_pain_point_says_so_and_changes_nothing(window, qtbot):
    open_linked(window)
    scene, document = window.scene, window.document
    before = document.project.model_dump(mode="json")
    messages = []
    window.controller.message.connect(messages.append)
    drag(qtbot, window.view, card_centre(scene, "o"), card_centre(scene, "d"))
    assert document.project.model_dump(mode="json") == before
    assert document.undo_stack.count() == 0
    assert "already linked" in messages[-1]


def test_hovering_a_pain_point_marks_it_and_says_drop_to_link(window, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from qt_helpers import viewport_point

    open_linked(window)
    scene = window.scene
    hints = []
    scene.hint.connect(hints.append)
    viewport = window.view.viewport()
    start = viewport_point(window.view, card_centre(scene, "o2"))
    end = viewport_point(window.view, card_centre(scene, "d"))
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 7):
        qtbot.mouseMove(viewport, start + (end - start) * step / 6)
        QApplication.processEvents()
    assert scene.link_target.isVisible() and scene.link_target.card_id == "d"
    assert hints[-1] == "Drop to link"
    assert window.statusBar().currentMessage() == "Drop to link"
    assert scene.card_items["o2"].cursor().shape() == Qt.CursorShape.DragLinkCursor
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    assert not scene.link_target.isVisible()


def test_dropping_an_opportunity_elsewhere_still_moves_it(window, qtbot):
    open_linked(window)
    scene, document = window.scene, window.document
    target = scene.layout.cells[("s1", "opps")]
    drag(qtbot, window.view, card_centre(scene, "o2"), (target.center[0], scene.layout.cards["o"].bottom + 4))
    card = document.journey.card("o2")
    assert (card.stage_id, card.lane_id, card.answers) == ("s1", "opps", [])
    assert document.undo_stack.undoText() == "Move card"


def test_a_card_that_is_not_an_opportunity_dropped_on_a_pain_point_moves(window, qtbot):
    open_linked(window)
    scene, document = window.scene, window.document
    drag(qtbot, window.view, card_centre(scene, "b"), card_centre(scene, "d"))
    card = document.journey.card("b")
    assert (card.stage_id, card.lane_id, card.answers) == ("s2", "pains", [])


def test_links_to_a_hidden_lane_go_and_come_back_with_it(window):
    open_linked(window)
    scene = window.scene
    window.actions["view.links"].setChecked(True)
    window.verbs.hide_lane("pains")
    assert scene.links.connectors == []
    window.verbs.undo()
    assert [(c.opportunity_id, c.pain_point_id) for c in scene.links.connectors] == [("o", "d")]


def test_links_follow_a_stage_moved(window):
    open_linked(window)
    scene = window.scene
    window.actions["view.links"].setChecked(True)
    window.verbs.move_stage("s2", 0)
    (connector,) = scene.links.connectors
    pain = scene.layout.cards["d"]
    assert pain.x < connector.arrow[0][0] < pain.right and connector.arrow[0][1] == pain.bottom


def test_a_dragged_opportunitys_links_follow_the_pointer(window, qtbot):
    from PySide6.QtWidgets import QApplication

    from qt_helpers import viewport_point

    open_linked(window)
    scene = window.scene
    window.actions["view.links"].setChecked(True)
    before = scene.links.connectors[0].points[0]
    viewport = window.view.viewport()
    start = viewport_point(window.view, card_centre(scene, "o"))
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 4):
        qtbot.mouseMove(viewport, start + QPoint(0, 20 * step))
        QApplication.processEvents()
    assert scene.links.connectors[0].points[0] != before
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QApplication.processEvents()
    assert scene.links.connectors[0].points[0] == before, "a drop back in place puts the link back"
