"""A forking journey in the window: its bands on the canvas, the keyboard and the outline walking
the paths in order, and forks and return arrows made from the Journey menu, one undo step each."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMenu

from builders import branching_project, small_project
from cjdesigner.ui.branch_menu import ForkDialog, LoopDialog

pytestmark = pytest.mark.window_project(builder=branching_project)


def test_cards_of_a_path_stand_in_their_band_as_the_layout_says(window):
    scene = window.scene
    layout = scene.layout
    assert layout.band_offset["m1"] > 0
    for card_id in ("b", "e", "f"):
        where = scene.card_items[card_id].scenePos()
        want = layout.cards[card_id]
        assert (where.x(), where.y()) == (want.x, want.y)
    assert not scene.sync.branch_items[0].boundingRect().isEmpty()
    assert scene.layout.cell_at(*layout.cards["e"].center) == ("m1", "actions")


def test_the_keyboard_walks_the_paths_in_order(window, qtbot):
    scene = window.scene
    scene.select_cards(["a"])
    visited = []
    for _ in range(5):
        qtbot.keyClick(window.view, Qt.Key.Key_Right)
        visited.append(scene.current_cell()[0])
    assert visited == ["s2", "o1", "o2", "m1", "s3"]


def test_up_and_down_cross_from_one_path_s_band_to_the_next(window, qtbot):
    scene = window.scene
    scene.select_cards(["c"])  # Order (Online), the last lane of the main band
    qtbot.keyClick(window.view, Qt.Key.Key_Down)
    assert scene.selected_object() == ("stage", "m1")  # the header of Visit (In store), below it
    qtbot.keyClick(window.view, Qt.Key.Key_Down)
    assert scene.current_card == "e"
    qtbot.keyClick(window.view, Qt.Key.Key_Up)
    assert scene.selected_object() == ("stage", "m1")
    qtbot.keyClick(window.view, Qt.Key.Key_Up)
    assert scene.current_card == "c"  # back up in the band above, in the same column
    scene.select_cards(["g"])  # Use has no band below: Down stays in its column
    qtbot.keyClick(window.view, Qt.Key.Key_Down)
    qtbot.keyClick(window.view, Qt.Key.Key_Down)
    assert scene.current_cell() == ("s3", "pains")


def test_ctrl_down_moves_a_card_into_the_band_of_the_next_path(window, qtbot):
    scene = window.scene
    scene.select_cards(["c"])  # Order (Online), pain points: the main band's bottom row
    qtbot.keyClick(window.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    card = window.document.journey.card("c")
    assert (card.stage_id, card.lane_id, card.position) == ("m1", "actions", 0)
    qtbot.keyClick(window.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)  # first in its cell: back up
    card = window.document.journey.card("c")
    assert (card.stage_id, card.lane_id) == ("o1", "pains")


def test_the_outline_names_each_stage_with_its_path(window):
    window.actions["view.outline"].trigger()
    outline = window.outline
    outline.refresh()
    rows = [outline.model.item(0).child(i) for i in range(outline.model.item(0).rowCount())]
    stage_rows = [row for row in rows if row.text() and row.hasChildren()][:6]
    assert [row.text() for row in stage_rows] == ["Discover", "Consider", "Online › Order", "Online › Delivery", "In store › Visit", "Use"]
    assert stage_rows[4].data(Qt.ItemDataRole.AccessibleTextRole).startswith("Stage 5 of 6, on the path In store: Visit")


@pytest.mark.window_project(builder=small_project)
def test_fork_and_return_arrow_from_the_journey_menu_are_one_undo_step_each(window, monkeypatch):
    answers = {ForkDialog: QDialog.DialogCode.Accepted, LoopDialog: QDialog.DialogCode.Accepted}
    monkeypatch.setattr(ForkDialog, "exec", lambda self: answers[ForkDialog])
    monkeypatch.setattr(LoopDialog, "exec", lambda self: (self.label.setText("again"), answers[LoopDialog])[1])
    window.scene.select_header("stage", "s1")
    window.actions["journey.fork"].trigger()
    journey = window.document.journey
    assert [p.name for p in journey.paths] == ["Online", "In store"]
    assert [s.path_id is not None for s in journey.stages] == [False, True, True]
    assert window.document.undo_stack.count() == 1
    window.scene.select_header("stage", journey.stages[1].id)
    window.actions["journey.add_loop"].trigger()
    assert [(loop.to_stage_id, loop.label) for loop in journey.loops] == [("s1", "again")]
    window.document.undo_stack.undo()
    window.document.undo_stack.undo()
    assert journey.paths == [] and journey.loops == [] and len(journey.stages) == 2


def test_a_stage_of_a_path_offers_its_path_in_its_menu(window):
    menu = QMenu()
    window.journeys.fill_stage_menu(menu, "m1")
    texts = [action.text() for action in menu.actions()]
    assert "Rename path “In store”…" in texts and "Delete path “In store” and its stages" in texts
    assert "Fork after this stage…" not in texts
    delete = next(action for action in menu.actions() if action.text().startswith("Delete path"))
    delete.trigger()
    assert window.document.journey.forks == []
    assert "e" not in {c.id for c in window.document.journey.cards}


def test_the_stage_a_fork_starts_from_offers_a_path_more_rather_than_a_second_fork(window, monkeypatch):
    from cjdesigner.ui import dialogs

    menu = QMenu()
    window.journeys.fill_stage_menu(menu, "s2")
    texts = [action.text() for action in menu.actions()]
    assert "Fork after this stage…" not in texts
    monkeypatch.setattr(dialogs, "ask_text", lambda *args: "By phone")
    next(action for action in menu.actions() if action.text() == "Add a path to this fork…").trigger()
    assert [p.name for p in window.document.journey.paths] == ["Online", "In store", "By phone"]


def test_the_presentation_follows_one_path_and_f_chooses_the_other(window, qtbot):
    from cjdesigner.ui.presentation import present

    presentation = present(window.session, window)
    qtbot.waitExposed(presentation.projector)
    walked = []
    for _ in range(4):
        qtbot.keyClick(presentation.projector, Qt.Key.Key_PageDown)
        walked.append(presentation.stage_id)
    assert walked == ["s2", "o1", "o2", "s3"]  # the first path, then the join
    qtbot.keyClick(presentation.projector, Qt.Key.Key_Home)
    qtbot.keyClick(presentation.projector, Qt.Key.Key_PageDown)
    qtbot.keyClick(presentation.projector, Qt.Key.Key_F)  # at the fork: the next path
    assert presentation.note == "Following the path In store"
    walked = []
    for _ in range(2):
        qtbot.keyClick(presentation.projector, Qt.Key.Key_PageDown)
        walked.append(presentation.stage_id)
    assert walked == ["m1", "s3"]
    qtbot.keyClick(presentation.projector, Qt.Key.Key_PageUp)
    assert presentation.stage_id == "m1"
    qtbot.keyClick(presentation.projector, Qt.Key.Key_F)  # on a path: the other path's first stage
    assert presentation.stage_id == "o1"
    presentation.end()


def test_the_personas_who_take_a_path_are_chosen_in_its_menu_and_named_on_its_strip(window):
    menu = QMenu()
    window.journeys.fill_stage_menu(menu, "m1")
    cast = next(action.menu() for action in menu.actions() if action.menu() and action.text().startswith("Personas who take"))
    assert [(a.text(), a.isChecked()) for a in cast.actions()] == [("Ana Lopez", False), ("Bo", False)]
    cast.actions()[1].trigger()
    assert window.document.journey.paths[1].persona_ids == ["p-bo"]
    assert "In store · Bo" in [line.text for line in window.scene.drawings.branches().labels]


def test_the_projector_names_the_path_of_a_stage_on_one():
    from cjdesigner.layout.spotlight import spotlight_layout

    project = branching_project()
    journey = project.journeys[0]
    assert spotlight_layout(project, journey, "m1").heading[1].text.endswith("Omnichannel · In store")
    assert spotlight_layout(project, journey, "s1").heading[1].text.endswith("· Omnichannel")


def test_a_card_moved_between_bands_is_placed_without_laying_out_the_map_again(window):
    from cjdesigner.layout.grid import layout_journey

    scene = window.scene
    layout = scene.layout
    for stage_id, lane_id in (("s2", "actions"), ("m1", "actions")):  # out of the In store band, then back
        assert window.verbs.move_cards(["e"], stage_id, lane_id, 0)
        assert scene.layout is layout  # no lane grew: the cards alone were placed again
        fresh = layout_journey(window.document.project, window.document.journey, scene.sync.coverage)
        for card in window.document.journey.cards:
            where = scene.card_items[card.id].scenePos()
            assert (layout.cards[card.id].x, layout.cards[card.id].y) == (fresh.cards[card.id].x, fresh.cards[card.id].y) == (where.x(), where.y())
    assert window.verbs.move_cards(["e"], "o1", "actions", 1)  # Order's actions grow: everything below moves
    assert scene.layout is not layout
    assert scene.card_items["f"].scenePos().y() == scene.layout.cards["f"].y


def test_the_facilitator_lights_a_stage_of_a_path_in_its_own_band_and_names_the_f_key(window, qtbot):
    from cjdesigner.layout.projector import dimmed_bands
    from cjdesigner.ui.presentation import present
    from cjdesigner.ui.presentation.windows import FacilitatorWindow

    layout = window.scene.layout
    shaded = dimmed_bands(layout, "m1")
    visit, order = layout.cells[("m1", "actions")], layout.cells[("o1", "actions")]
    assert not any(band.contains(*visit.center) for band in shaded)
    assert any(band.contains(*order.center) for band in shaded)  # the same column, in the main band
    presentation = present(window.session, window)
    qtbot.waitExposed(presentation.projector)
    facilitator = FacilitatorWindow(presentation)
    qtbot.addWidget(facilitator)
    assert "F: the fork's next path" in facilitator.notes.toPlainText()
    presentation.end()


def test_a_stage_header_dragged_in_a_band_lands_among_the_stages_of_that_band(window):
    from PySide6.QtCore import QPointF

    from cjdesigner.canvas.gestures import HeaderDrag

    scene = window.scene
    layout = scene.layout
    drag = HeaderDrag(scene, scene.stage_items["o2"], QPointF())
    assert drag.index_at(QPointF(layout.stages["o1"].x + 5, layout.stages["o1"].y)) == 2  # before Order, its own path's
    assert drag.index_at(QPointF(layout.stages["s3"].right - 5, layout.stages["s3"].y)) == 5  # after Use
    drag = HeaderDrag(scene, scene.stage_items["m1"], QPointF())
    assert drag.peers() == []  # alone in its band: it stays where it is
    assert drag.index_at(QPointF(layout.stages["s1"].x, layout.stages["m1"].y)) == 4


def test_the_phone_round_key_still_asks_for_one_in_a_journey_that_forks(window, qtbot, monkeypatch):
    from cjdesigner.ui.presentation import Presentation, present

    asked = []
    monkeypatch.setattr(Presentation, "ask_phone_round", lambda self: asked.append(True))
    presentation = present(window.session, window)
    qtbot.waitExposed(presentation.projector)
    qtbot.keyClick(presentation.projector, Qt.Key.Key_Q)  # Q since phones; F chooses a fork's path
    assert asked == [True] and presentation.stage_id == "s1"
    presentation.end()
