"""An edit in the window costs what it changes: the coverage row counts again only the edited
cards, the links of a selection are found without reading every card, and the decision docks,
hidden, do no work until shown."""

from __future__ import annotations

import pytest

from builders import CountingList
from cjdesigner.layout import coverage
from cjdesigner.layout.coverage import stage_coverage
from cjdesigner.model.vocabulary import Confidence


def spy_on_tally(monkeypatch) -> tuple[list[object], list[set[str]]]:
    """Record every full count of the coverage row, and the cards each edit counts again."""
    full: list[object] = []
    counted: list[set[str]] = []
    made, update = coverage.CoverageTally.__init__, coverage.CoverageTally.update
    monkeypatch.setattr(coverage.CoverageTally, "__init__", lambda self, *args: full.append(args) or made(self, *args))
    monkeypatch.setattr(coverage.CoverageTally, "update", lambda self, cards, ids, layout: counted.append(set(ids)) or update(self, cards, ids, layout))
    return full, counted


def test_a_card_edit_counts_the_coverage_of_that_card_only(window, monkeypatch):
    window.scene.show_coverage(True)
    full, counted = spy_on_tally(monkeypatch)
    window.verbs.set_fields("card", "d", None, confidence=Confidence.VALIDATED)
    assert full == [] and counted == [{"d"}]
    assert window.scene.sync.coverage_item.drawing.counts == stage_coverage(window.document.journey, window.scene.layout)


def test_a_card_moved_to_another_stage_counts_again_the_cards_it_moved(window, monkeypatch):
    window.scene.show_coverage(True)
    full, counted = spy_on_tally(monkeypatch)
    window.verbs.move_cards(["a"], "s2", "actions", 0)
    assert full == [] and counted == [{"a", "b", "c"}], "the card moved and the two renumbered behind it"
    assert window.scene.sync.coverage_item.drawing.counts == stage_coverage(window.document.journey, window.scene.layout)
    window.document.undo_stack.undo()
    window.verbs.delete_cards(["d"])
    assert window.scene.sync.coverage_item.drawing.counts == stage_coverage(window.document.journey, window.scene.layout)


def test_hidden_decision_docks_do_no_work_per_edit(window, qtbot):
    assert not window.matrix_dock.isVisible() and not window.backlog_dock.isVisible()
    before = (window.matrix.rebuilds, window.backlog.rebuilds)
    for text in ("one", "two", "three"):
        window.verbs.set_fields("card", "d", None, text=text)
    assert (window.matrix.rebuilds, window.backlog.rebuilds) == before
    window.actions["view.backlog"].trigger()
    qtbot.waitUntil(lambda: window.backlog.rebuilds == before[1] + 1)


def test_the_links_of_a_selection_or_an_edit_read_no_card_list_whole(window):
    from cjdesigner.model.document import card_index

    window.verbs.set_fields("card", "c", None, answers=["d"])
    journey = window.document.journey
    journey.__dict__["cards"] = CountingList(journey.cards)
    card_index(journey)
    scene = window.scene
    CountingList.scans = 0
    scene.select_cards(["d"])
    scene.links.refresh()
    assert [(c.opportunity_id, c.pain_point_id) for c in scene.links.connectors] == [("c", "d")]
    scene.select_cards(["a"])
    scene.links.refresh()
    assert scene.links.connectors == []
    scene.links.set_shown(True)
    assert [(c.opportunity_id, c.pain_point_id) for c in scene.links.connectors] == [("c", "d")]
    assert CountingList.scans == 0


def test_a_shown_outline_renames_an_edited_card_without_reading_the_map(window, qtbot, monkeypatch):
    window.outline_dock.show()
    qtbot.waitUntil(window.outline.isVisible)
    window.outline.refresh()
    monkeypatch.setattr(type(window.outline), "_current_shape", lambda self: pytest.fail("the outline read the whole map"))
    window.verbs.set_card_text("b", "Compare delivery")
    assert "Compare delivery" in window.outline.items[("card", "b")].text()


def test_a_hidden_matrix_asks_nothing_of_an_edit(window, monkeypatch):
    assert not window.matrix_dock.isVisible()
    monkeypatch.setattr(type(window.matrix), "concerns", lambda *args: pytest.fail("a hidden matrix looked at the edit"))
    window.verbs.move_cards(["a"], "s2", "actions", 0)


def test_an_edit_of_cards_leaves_the_personas_list_alone(window):
    listing = window.personas.list
    first = listing.item(0)
    window.verbs.set_card_text("b", "Compare delivery")
    assert listing.item(0) is first, "the list was not made again"
    window.verbs.rename("persona", "p-ana", "Ana")
    assert listing.item(0).text().startswith("Ana")


def test_a_card_edit_repaints_the_coverage_of_its_stage_only(window):
    from PySide6.QtCore import QRectF

    window.scene.show_coverage(True)
    item = window.scene.sync.coverage_item
    repainted: list[QRectF] = []
    item.update = lambda rect=QRectF(): repainted.append(QRectF(rect))
    window.verbs.set_fields("card", "d", None, confidence=Confidence.VALIDATED)
    stage = window.scene.layout.coverage["s2"]
    assert [r.getRect() for r in repainted] == [(stage.x, stage.y, stage.w, stage.h)]
