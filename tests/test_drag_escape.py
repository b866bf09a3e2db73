"""Escape during a drag on the map: what was dragged goes back, the link highlight and its hint go,
the release that follows does nothing and the history gains no step."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from builders import small_project
from cjdesigner.model.document import Card, Lane
from cjdesigner.model.vocabulary import LaneKind
from qt_helpers import card_centre, viewport_point


def open_linked(window):
    project = small_project()
    journey = project.journeys[0]
    journey.lanes.append(Lane(id="opps", title="Opportunities", kind=LaneKind.OPPORTUNITIES))
    journey.cards.append(Card(id="o2", stage_id="s2", lane_id="opps", text="Call back"))
    window.session.new(project)
    window.view.zoom_reset()
    return window


def press_and_move(qtbot, view, start, end, steps: int = 6):
    """Press at `start` and move to `end` (scene coordinates) without releasing; returns the end point."""
    viewport = view.viewport()
    a, b = viewport_point(view, start), viewport_point(view, end)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
    for step in range(1, steps + 1):
        qtbot.mouseMove(viewport, a + (b - a) * step / steps)
        QApplication.processEvents()
    return b


def escape_then_release(qtbot, window, at) -> None:
    viewport = window.view.viewport()
    qtbot.keyClick(viewport, Qt.Key.Key_Escape)
    QApplication.processEvents()
    qtbot.mouseMove(viewport, at + QPoint(12, 12))  # the pointer keeps moving, the button held
    QApplication.processEvents()
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
    QApplication.processEvents()


def test_escape_puts_dragged_cards_back_and_the_release_does_nothing(window, qtbot):
    scene, document = window.scene, window.document
    home = scene.card_items["b"].scenePos()
    before = document.project.model_dump(mode="json")
    end = press_and_move(qtbot, window.view, card_centre(scene, "b"), card_centre(scene, "d"))
    assert scene.card_items["b"].scenePos() != home, "the card follows the pointer while dragged"
    escape_then_release(qtbot, window, end)
    assert scene.card_items["b"].scenePos() == home
    assert not scene.marker.isVisible()
    assert document.project.model_dump(mode="json") == before
    assert document.undo_stack.count() == 0


def test_escape_over_a_pain_point_drops_the_link_highlight_and_its_hint(window, qtbot):
    open_linked(window)
    scene, document = window.scene, window.document
    home = scene.card_items["o2"].scenePos()
    end = press_and_move(qtbot, window.view, card_centre(scene, "o2"), card_centre(scene, "d"))
    assert scene.link_target.isVisible() and window.statusBar().currentMessage() == "Drop to link"
    escape_then_release(qtbot, window, end)
    item = scene.card_items["o2"]
    assert not scene.link_target.isVisible()
    assert window.statusBar().currentMessage() == ""
    assert item.scenePos() == home and item.opacity() == 1.0
    assert item.cursor().shape() == Qt.CursorShape.OpenHandCursor
    assert document.journey.card("o2").answers == [] and document.journey.card("o2").lane_id == "opps"
    assert document.undo_stack.count() == 0


def test_escape_puts_a_dragged_emotion_point_back(window, qtbot):
    from cjdesigner.model import changes as C

    window.document.execute(C.add_lane(window.document.project, "j1", Lane(id="feel", title="Emotions", kind=LaneKind.EMOTIONS)))
    window.document.undo_stack.clear()
    scene = window.scene
    item = scene.point_items["e1"]
    home = item.pos()
    x, y = scene.layout.emotion_points["e1"]
    end = press_and_move(qtbot, window.view, (x, y), (x, scene.layout.score_y("feel", -2)))
    assert item.pos() != home
    escape_then_release(qtbot, window, end)
    assert item.pos() == home
    assert window.document.journey.emotion_points[0].score == 1
    assert window.document.undo_stack.count() == 0


def test_escape_ends_a_header_drag_without_reordering(window, qtbot):
    scene = window.scene
    order = list(scene.layout.stage_order)
    start = scene.layout.stages["s1"].center
    end = press_and_move(qtbot, window.view, start, (scene.layout.stages["s2"].right - 4, start[1]))
    assert scene.marker.isVisible()
    escape_then_release(qtbot, window, end)
    assert not scene.marker.isVisible()
    assert [s.id for s in window.document.journey.stages] == order
    assert window.document.undo_stack.count() == 0
