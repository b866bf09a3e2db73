"""An edit in the window costs what it changes: the coverage row counts again only the edited
cards, the links of a selection are found without reading every card, and the decision docks,
hidden, do no work until shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QRegion

from builders import CountingList, large_project
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


@pytest.mark.window_project(builder=lambda: large_project(300))
def test_a_dot_at_the_projector_lays_out_nothing_again_and_repaints_its_card_alone(window, qtbot, monkeypatch):
    """A round of votes is a key per dot: each must cost its card, not the map (no new layout of
    the canvas or of the stage on the projector, no check of the whole map, the card's region
    painted again with the status, not the whole stage)."""
    from cjdesigner.canvas import sync
    from cjdesigner.model import edits
    from cjdesigner.ui.presentation import present, presentation as presentation_module
    from cjdesigner.ui.presentation.painter import StagePainter
    from cjdesigner.ui.presentation.windows import ProjectorPreview

    presentation = present(window.session, window)
    qtbot.waitExposed(presentation.projector)
    preview = ProjectorPreview(presentation, None)  # the facilitator's copy, on a second screen
    preview.resize(640, 360)
    preview_regions: list[QRegion] = []
    preview.installEventFilter(spy := PaintSpy(preview_regions))
    preview.show()
    assert presentation.start_round("Top", 3, [], False)
    journey = window.document.journey
    stage_cards = [c.id for c in journey.cards if c.stage_id == presentation.stage_id]
    presentation.focus_id = stage_cards[len(stage_cards) // 2]
    laid, rebuilt, checked, painted = [], [], [], []
    real_layout, real_rebuild, real_check, real_screen = (presentation_module.spotlight_layout, sync.ItemSync._rebuild_all,
                                                          edits.check_invariants, StagePainter.screen)
    monkeypatch.setattr(presentation_module, "spotlight_layout", lambda *a, **k: laid.append(a) or real_layout(*a, **k))
    monkeypatch.setattr(sync.ItemSync, "_rebuild_all", lambda self, diff: rebuilt.append(diff) or real_rebuild(self, diff))
    monkeypatch.setattr(edits, "check_invariants", lambda project: checked.append(project) or real_check(project))

    def screen(self, width, height, exposed=None):
        result = real_screen(self, width, height, exposed)
        painted.append({face.placed.card_id for face in result.stage.cards})
        return result

    monkeypatch.setattr(StagePainter, "screen", screen)
    presentation.projector.update()
    qtbot.waitUntil(lambda: bool(painted) and bool(preview_regions))  # the stage as the room sees it before the dot
    for spied in (laid, rebuilt, checked, painted, preview_regions):
        spied.clear()
    before = journey.card(presentation.focus_id).votes
    qtbot.keyClick(presentation.projector, Qt.Key.Key_Plus)
    qtbot.waitUntil(lambda: bool(painted))
    assert journey.card(presentation.focus_id).votes == before + 1 and journey.open_round().dots(presentation.focus_id) == 1
    assert laid == [] and rebuilt == [] and checked == []
    assert presentation.focus_id in painted[-1] and len(painted[-1]) < len(stage_cards) / 2, painted
    qtbot.waitUntil(lambda: bool(preview_regions))
    assert all(not QRegion(preview.rect()).subtracted(region).isEmpty() for region in preview_regions), "the preview painted its whole stage"
    preview.removeEventFilter(spy)
    preview.close()
    presentation.end()


class PaintSpy(QObject):
    """Records the region of each paint event of the object it watches."""

    def __init__(self, regions: list) -> None:
        super().__init__()
        self.regions = regions

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.regions.append(QRegion(event.region()))
        return False
