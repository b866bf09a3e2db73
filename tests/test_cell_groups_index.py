"""Cards sit in one group per cell and Qt's item index holds the groups, not the cards: each group's
extent must hold its cards after every edit, and a card dragged out of its cell must still be seen
and hit where it is."""

from __future__ import annotations

import random

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtWidgets import QApplication, QGraphicsItem

from builders import cell_texts, varied_project
from qt_helpers import card_centre, viewport_point
from cjdesigner.app.document import Document
from cjdesigner.app.verbs import Verbs
from cjdesigner.canvas.items import CellGroupItem
from cjdesigner.canvas.scene import MapScene


def assert_groups_hold_their_cards(scene: MapScene) -> None:
    for item in scene.card_items.values():
        group = item.parentItem()
        assert isinstance(group, CellGroupItem)
        assert group.flags() & QGraphicsItem.GraphicsItemFlag.ItemContainsChildrenInShape
        assert group.sceneBoundingRect().contains(item.sceneBoundingRect()), f"card {item.card_id} outside its group"
        found = scene.items(item.sceneBoundingRect().center())
        assert item in found, f"card {item.card_id} is not found where it is"


def test_groups_hold_their_cards_through_random_moves_undo_and_redo(qtbot):
    document = Document(varied_project())
    verbs = Verbs(document)
    scene = MapScene(document)
    journey = document.journey
    rng = random.Random(7)
    assert_groups_hold_their_cards(scene)
    for _ in range(25):
        card = rng.choice(journey.cards).id
        stage, lane = rng.choice(journey.stages).id, rng.choice(journey.lanes).id
        verbs.move_cards([card], stage, lane, rng.randrange(0, 4))
        assert_groups_hold_their_cards(scene)
    for _ in range(10):
        document.undo_stack.undo()
        assert_groups_hold_their_cards(scene)
    for _ in range(5):
        document.undo_stack.redo()
        assert_groups_hold_their_cards(scene)
    verbs.add_card(journey.stages[0].id, journey.lanes[0].id, 0, text="a lane grows")
    assert_groups_hold_their_cards(scene)


def test_a_card_dragged_out_of_its_cell_is_seen_and_hit_where_it_is(window, qtbot):
    scene, view = window.scene, window.view
    target = scene.layout.cells[("s2", "pains")]
    viewport = view.viewport()
    start = viewport_point(view, card_centre(scene, "b"))
    end = view.mapFromScene(QPointF(target.center[0], target.y + 30))
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 7):
        qtbot.mouseMove(viewport, start + (end - start) * step / 6)
        QApplication.processEvents()
    item = scene.card_items["b"]
    where = item.sceneBoundingRect()
    home = scene.layout.cells[("s1", "actions")]
    assert not QRectF(home.x, home.y, home.w, home.h).contains(where.center()), "the card left its cell"
    assert item in scene.items(where.center()), "the dragged card is hit where it is"
    assert item in scene.items(where), "and drawn there"
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    QApplication.processEvents()
    assert cell_texts(window.document.project, "s2", "pains") == ["B", "D"]
    assert_groups_hold_their_cards(scene)
