"""Edits of cards update the map incrementally: only the cells, items and drawings they touch.

The guard: after a long random run of verbs, undos and redos, the layout the scene kept up to date
edit by edit equals a layout made from scratch, and every card item stands where that layout says.
"""

import random

import pytest

from builders import varied_project
from cjdesigner.app.document import Document
from cjdesigner.app.verbs import Verbs
from cjdesigner.canvas.scene import MapScene
from cjdesigner.layout import layout_journey
from cjdesigner.layout.coverage import coverage_drawing, stage_coverage
from cjdesigner.model.document import Card
from cjdesigner.model.vocabulary import LaneKind


def assert_scene_matches_fresh_layout(scene: MapScene, step: str) -> None:
    project, journey = scene.document.project, scene.document.journey
    fresh = layout_journey(project, journey)
    assert scene.layout == fresh, f"after {step} the kept layout differs from a fresh one"
    assert scene.card_items.keys() == fresh.cards.keys(), f"after {step} the card items differ from the laid-out cards"
    for card_id, rect in fresh.cards.items():
        pos = scene.card_items[card_id].scenePos()
        assert (pos.x(), pos.y()) == (rect.x, rect.y), f"after {step} card {card_id} stands off its place"
    for cell, rect in fresh.cells.items():
        assert scene.cell_items[cell].boundingRect().getRect() == (rect.x, rect.y, rect.w, rect.h), f"after {step} cell {cell}"
    for cell in {(c.stage_id, c.lane_id) for c in journey.cards}:
        assert [c.id for c in scene.cell_cards(cell)] == [c.id for c in journey.cell_cards(*cell)], f"after {step} cell {cell}"
    for card in journey.cards:
        assert scene.card(card.id) is card, f"after {step} the scene reads an old copy of card {card.id}"
    assert scene.sync.tally.coverage() == stage_coverage(journey, fresh), f"after {step} the coverage counts differ"


def random_step(rng: random.Random, verbs: Verbs, document: Document) -> str:
    journey = document.journey
    cards = [c.id for c in journey.cards]
    stage = rng.choice(journey.stages).id
    lane = rng.choice([la.id for la in journey.lanes if la.kind != LaneKind.EMOTIONS])
    roll = rng.random()
    if roll < 0.12:
        document.undo_stack.undo()
        return "undo"
    if roll < 0.22:
        document.undo_stack.redo()
        return "redo"
    if roll < 0.45 and cards:
        moving = rng.sample(cards, k=min(len(cards), rng.choice((1, 1, 2, 3))))
        verbs.move_cards(moving, stage, lane, rng.randint(0, 4))
        return f"moving {moving} to {stage}/{lane}"
    if roll < 0.55:
        verbs.add_card(stage, lane, rng.choice((None, 0, 1)), text="new")
        return f"adding a card to {stage}/{lane}"
    if roll < 0.63 and cards:
        doomed = rng.sample(cards, k=min(len(cards), rng.choice((1, 2))))
        verbs.delete_cards(doomed)
        return f"deleting {doomed}"
    if roll < 0.73 and cards:
        verbs.set_card_text(rng.choice(cards), rng.choice(("short", "a much longer text " * 6)))
        return "a text edit"
    if roll < 0.83 and cards:
        verbs.set_fields("card", rng.choice(cards), None, severity=rng.choice((None, 1, 5)))
        return "a property edit"
    if roll < 0.88:
        verbs.paste_cards([Card(stage_id=stage, lane_id=lane, text="pasted") for _ in range(rng.randint(1, 3))])
        return "a paste"
    if roll < 0.93:
        hidden = [la.id for la in journey.lanes if la.hidden]
        if hidden:
            verbs.show_lanes(hidden)
            return "showing lanes"
        verbs.hide_lane(lane)
        return f"hiding {lane}"
    if roll < 0.96:
        verbs.move_stage(stage, rng.randrange(len(journey.stages)))
        return f"moving {stage}"
    verbs.set_emotion(stage, "p1", rng.randint(-2, 2))
    return "an emotion"


@pytest.mark.parametrize("seed", [1, 2])
def test_incremental_layout_equals_a_fresh_one_after_random_edits(qtbot, seed):
    document = Document(varied_project())
    verbs = Verbs(document)
    scene = MapScene(document)
    rng = random.Random(seed)
    assert_scene_matches_fresh_layout(scene, "opening")
    for number in range(200):
        step = random_step(rng, verbs, document)
        assert_scene_matches_fresh_layout(scene, f"step {number}, {step}")


def test_a_card_edit_keeps_the_layout_and_the_other_cards_drawings(qtbot):
    document = Document(varied_project())
    verbs = Verbs(document)
    scene = MapScene(document)
    layout = scene.layout
    others = {card_id: scene.drawings.card(card_id) for card_id in ("c0", "c1")}
    verbs.set_card_text("c3", "Compare prices")
    verbs.move_cards(["c6"], "s1", "act", 0)
    document.undo_stack.undo()
    assert scene.layout is layout, "an edit of cards lays out only their cells, in the layout kept"
    assert all(scene.drawings.card(card_id) is drawing for card_id, drawing in others.items()), "untouched cards keep their drawings"
    assert scene.drawings.card("c3").lines[0].text.startswith("Compare"), "the edited card is drawn again"
    assert_scene_matches_fresh_layout(scene, "a text edit and an undone move")


def test_views_scroll_over_the_map_while_the_scene_keeps_its_index_when_a_lane_grows(qtbot):
    from cjdesigner.canvas.view import MapView

    document = Document(varied_project())
    verbs = Verbs(document)
    scene = MapScene(document)
    view = MapView(scene)
    qtbot.addWidget(view)
    index = scene.sceneRect()
    height = scene.layout.height
    verbs.add_card("s0", "act", 0, text="one more")
    assert scene.layout.height > height, "the actions lane grew by a card"
    assert view.sceneRect().getRect() == (0, 0, scene.layout.width, scene.layout.height), "the view scrolls over the map exactly"
    assert scene.sceneRect() == index, "Qt's item index is not rebuilt for a lane that grows by a card"
    assert scene.sceneRect().contains(view.sceneRect())


def test_a_stage_moved_moves_its_items_and_makes_none(qtbot, monkeypatch):
    from cjdesigner.canvas import sync
    from cjdesigner.layout.grid import STAGE_W

    document = Document(varied_project())
    verbs = Verbs(document)
    scene = MapScene(document)
    scene.show_coverage(True)
    items, headers = {**scene.card_items}, {**scene.stage_items}
    monkeypatch.setattr(sync, "layout_journey", lambda *args, **kwargs: pytest.fail("the map was laid out whole"))
    was = scene.card_items["c1"].scenePos().x()
    unmoved = scene.card_items["c0"].scenePos()  # stage s0 keeps its place when s1 and s2 swap
    verbs.move_stage("s2", 1)
    assert scene.card_items == items and scene.stage_items == headers, "the same items, moved"
    assert scene.card_items["c0"].scenePos() == unmoved
    assert scene.card_items["c1"].scenePos().x() == was + STAGE_W == scene.layout.cards["c1"].x
    document.undo_stack.undo()
    document.undo_stack.redo()
    monkeypatch.undo()
    project, journey = document.project, document.journey
    assert [s.id for s in journey.stages] == ["s0", "s2", "s1"]
    fresh = layout_journey(project, journey, coverage=True)
    assert scene.layout == fresh
    for card_id, rect in fresh.cards.items():
        assert (scene.card_items[card_id].scenePos().x(), scene.card_items[card_id].scenePos().y()) == (rect.x, rect.y)
    counts = stage_coverage(journey, fresh)
    assert scene.sync.coverage_item.drawing == coverage_drawing(journey, fresh, project.language, scene.theme, counts)
