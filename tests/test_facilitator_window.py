"""The facilitator's window: its whole map dims the stages the room does not see, and only the map
(from the top of the stage headers to the bottom of the last lane, never the paper under it), fills
its pane, and shows the evidence coverage row as the map window does."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from cjdesigner.ui.presentation import Presentation, present
from cjdesigner.ui.presentation.windows import FacilitatorWindow


@pytest.fixture
def facilitator(window, qtbot):
    presentation: Presentation = present(window.session, window)
    qtbot.waitExposed(presentation.projector)
    presentation.spotlight(1)
    facilitator = FacilitatorWindow(presentation)
    qtbot.addWidget(facilitator)
    facilitator.resize(1440, 900)
    facilitator.show()
    qtbot.waitExposed(facilitator)
    yield facilitator
    presentation.end()


def test_the_dimming_stays_inside_the_map_and_covers_the_stage_headers(facilitator):
    view = facilitator.map_view
    scene = view.scene()
    layout = scene.layout
    stages = [layout.stages[s] for s in layout.stage_order]
    lanes = [layout.lanes[la] for la in layout.lane_order]
    grid = QRectF(stages[0].x, stages[0].y, stages[-1].right - stages[0].x, lanes[-1].bottom - stages[0].y)
    assert scene.sceneRect().bottom() > grid.bottom()  # the scene runs further down than the map
    bands = view.dimmed_bands()
    assert bands  # the second stage is spotlighted: the first is dimmed
    for band in bands:
        assert grid.adjusted(-0.5, -0.5, 0.5, 0.5).contains(band), (band, grid)
        assert band.top() <= stages[0].y and band.bottom() >= lanes[-1].bottom - 0.5
    first = stages[0]
    header = QRectF(first.x, first.y, first.w, first.h)
    assert bands[0].contains(header)
    spotlighted = layout.stages[facilitator.presentation.stage_id]
    assert not any(b.intersects(QRectF(spotlighted.x + 1, spotlighted.y, spotlighted.w - 2, 10)) for b in bands)


def test_below_the_last_lane_the_painted_paper_is_not_dimmed(facilitator):
    """Painted as the view paints it: a point under the last lane, left of the spotlight, keeps
    the paper's colour; a point in the first stage's header is greyed."""
    view = facilitator.map_view
    scene = view.scene()
    layout = scene.layout
    first = layout.stages[layout.stage_order[0]]
    below = layout.lanes[layout.lane_order[-1]].bottom + 20
    target = QRectF(0, 0, layout.width, below + 40)
    image = QImage(int(target.width()), int(target.height()), QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    scene.render(painter, QRectF(image.rect()), target)
    view.drawForeground(painter, target)
    painter.end()
    x = int(first.x + first.w / 2)
    assert image.pixelColor(x, int(below)) == scene.backgroundBrush().color() or image.pixelColor(x, int(below)).lightness() > 200
    header_pixel = image.pixelColor(x, int(first.y + 2))
    assert header_pixel.lightness() < 200, header_pixel.name()


def test_the_whole_map_fills_its_pane(facilitator):
    """The facilitator sees the whole map as large as its pane allows, not shrunk into a corner by
    the room the scene keeps below the map."""
    view = facilitator.map_view
    shown = view.mapFromScene(view.scene().map_rect).boundingRect()
    pane = view.viewport().rect()
    assert pane.contains(shown.adjusted(1, 1, -1, -1))
    assert shown.width() >= pane.width() * 0.95 or shown.height() >= pane.height() * 0.95


@pytest.mark.parametrize("shown", [True, False])
def test_the_facilitator_shows_the_coverage_row_as_the_map_window_does(window, qtbot, shown):
    """View → Evidence Coverage is the user's choice for every view of the map, the facilitator's
    whole map included: a workshop sees where research is thin as the map window shows it."""
    window.actions["view.coverage"].setChecked(shown)
    assert window.scene.sync.coverage is shown
    presentation: Presentation = present(window.session, window)
    qtbot.waitExposed(presentation.projector)
    facilitator = FacilitatorWindow(presentation)
    qtbot.addWidget(facilitator)
    try:
        assert facilitator.scene.sync.coverage is shown
        assert bool(facilitator.scene.layout.coverage) is shown
    finally:
        presentation.end()
