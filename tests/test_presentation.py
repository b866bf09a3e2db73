"""Workshop mode on one screen, driven with pytest-qt: spotlight keys, voting, timer, quick capture,
Esc, undo, and the projector's text measured as painted. Two screens: test_presentation_screens.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontInfo, QImage, QPainter
from PySide6.QtWidgets import QApplication

from builders import small_project
from model_edit_calls import calls_of_model_edits
from qt_helpers import type_text
from cjdesigner.app.document import Document
from cjdesigner.app.session import Session
from cjdesigner.canvas import style
from cjdesigner.io.sample import sample_project
from cjdesigner.layout.spotlight import MIN_TEXT, neighbour, spotlight_layout
from cjdesigner.model.vocabulary import LaneKind
from cjdesigner.ui.presentation import Presentation, present
from cjdesigner.ui.presentation.windows import StagePainter

PACKAGE = Path(__file__).resolve().parents[1] / "cjdesigner" / "ui" / "presentation"


@pytest.fixture
def presenting(window, qtbot) -> Presentation:
    presentation = present(window.session, window)
    qtbot.waitExposed(presentation.projector)
    yield presentation
    if presentation.projector is not None:
        presentation.end()


def key(presentation: Presentation, qtbot, k, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(presentation.projector, k, modifiers)


def test_f5_presents_full_screen_with_no_panels_and_esc_returns_to_editing(window, qtbot):
    assert window.action("view.present").shortcut().toString() == "F5"
    window.action("view.present").trigger()
    (presentation,) = window.findChildren(Presentation)
    projector = presentation.projector
    qtbot.waitExposed(projector)
    assert projector.isFullScreen() and projector.screen() is QApplication.primaryScreen()
    assert presentation.facilitator is None  # one screen: no facilitator window
    assert not projector.findChildren(type(window.view))
    window.action("view.present").trigger()  # F5 again: still one presentation
    assert [p for p in window.findChildren(Presentation) if p.projector is not None] == [presentation]
    qtbot.keyClick(projector, Qt.Key.Key_Escape)
    assert presentation.projector is None and not projector.isVisible()
    assert window.isVisible()


def test_spotlight_keys_and_blackout(presenting, qtbot):
    key(presenting, qtbot, Qt.Key.Key_PageDown)
    assert presenting.stage_id == "s2"
    key(presenting, qtbot, Qt.Key.Key_PageDown)  # already on the last stage
    assert presenting.stage_id == "s2"
    key(presenting, qtbot, Qt.Key.Key_Home)
    assert presenting.stage_id == "s1"
    key(presenting, qtbot, Qt.Key.Key_End)
    assert presenting.stage_id == "s2"
    qtbot.keyClicks(presenting.projector, ".")
    image = presenting.projector.grab().toImage()
    assert image.pixelColor(image.width() // 2, image.height() // 2) == QColor("#000000")
    key(presenting, qtbot, Qt.Key.Key_Escape)  # Esc first lights the screen again
    assert not presenting.blackout and presenting.projector is not None


def test_arrow_keys_and_plus_minus_vote_through_the_undo_history(presenting, qtbot):
    document = presenting.document
    key(presenting, qtbot, Qt.Key.Key_Right)
    key(presenting, qtbot, Qt.Key.Key_Right)
    assert presenting.focus_id == "b"
    qtbot.keyClicks(presenting.projector, "++")
    assert document.journey.card("b").votes == 2
    qtbot.keyClicks(presenting.projector, "-")
    assert document.journey.card("b").votes == 1
    assert document.undo_stack.count() == 3
    key(presenting, qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert document.journey.card("b").votes == 2
    key(presenting, qtbot, Qt.Key.Key_Down)
    assert presenting.focus_id == "c"


def test_a_round_with_budget_turns_hidden_counts_and_ranking(presenting, qtbot):
    assert presenting.start_round("Top", 1, ["Ana", "Bo"], True)
    key(presenting, qtbot, Qt.Key.Key_Right)
    qtbot.keyClicks(presenting.projector, "+")
    qtbot.keyClicks(presenting.projector, "+")
    assert "no dots left" in presenting.note
    key(presenting, qtbot, Qt.Key.Key_Tab)
    assert presenting.participant == "Bo"
    qtbot.keyClicks(presenting.projector, "+")
    card = presenting.journey.card("a")
    assert presenting.shown_dots(card) == (0, 1)  # Bo sees his own dot, not Ana's
    qtbot.keyClicks(presenting.projector, "e")
    ranking = presenting.ranking_round()
    assert ranking is not None and ranking.counts() == {"a": 2}
    assert presenting.shown_dots(card) == (2, 0)
    presenting.projector.grab()  # the ranking paints


def test_timer_keys_and_end_signal(presenting, qtbot, monkeypatch):
    beeps: list[bool] = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: beeps.append(True)))
    timer = presenting.timer
    qtbot.keyClicks(presenting.projector, "7")
    assert timer.minutes == 7 and timer.text() == "07:00"
    key(presenting, qtbot, Qt.Key.Key_T)
    assert timer.running
    qtbot.keyClicks(presenting.projector, "]")
    assert 479 <= timer.remaining_ms() // 1000 <= 480
    with qtbot.waitSignal(timer.finished, timeout=3000):
        for _ in range(8):
            qtbot.keyClicks(presenting.projector, "[")  # down to nothing left
    assert beeps and timer.ended and not timer.running
    qtbot.waitUntil(lambda: timer.flashing)
    key(presenting, qtbot, Qt.Key.Key_T)  # starts again from the full length
    assert timer.running and timer.text() == "07:00"


def test_quick_capture_into_a_picked_lane_and_into_the_parking_lot(presenting, qtbot):
    qtbot.keyClick(presenting.projector, Qt.Key.Key_N)
    bar = presenting.projector.capture
    assert bar.isVisible() and bar.lanes.currentText() == "Parking lot"
    qtbot.keyClick(bar.edit, Qt.Key.Key_Down)  # the first lane of the map: Actions
    qtbot.keyClicks(bar.edit, "Appeler le client")
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    journey = presenting.journey
    added = [c for c in journey.cards if c.text == "Appeler le client"]
    assert [(c.stage_id, c.lane_id) for c in added] == [("s1", "actions")]
    qtbot.keyClick(presenting.projector, Qt.Key.Key_N)
    qtbot.keyClicks(bar.edit, "Plus tard")
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert not any(c.text == "Plus tard" for c in journey.cards) and presenting.projector is not None
    qtbot.keyClick(presenting.projector, Qt.Key.Key_N)
    type_text(bar.edit, "Idée « vite »")
    qtbot.keyClick(bar.edit, Qt.Key.Key_Enter)
    (parking,) = [lane for lane in journey.lanes if lane.kind is LaneKind.PARKING_LOT]
    assert [c.text for c in journey.cell_cards("s1", parking.id)] == ["Idée « vite »"]
    assert presenting.focus_id == journey.cell_cards("s1", parking.id)[0].id
    assert presenting.document.undo_stack.count() == 2


def test_every_card_text_of_the_sample_map_is_painted_at_24_px_or_more(qtbot):
    document = Document(sample_project())
    session = Session(document, settings=None)  # type: ignore[arg-type]
    presentation = Presentation(session)
    painter_ = StagePainter(presentation)
    for index, stage in enumerate(document.journey.stages):
        presentation.spotlight(index)
        image = QImage(1920, 1080, QImage.Format.Format_RGB32)
        painter = QPainter(image)
        painter_.paint(painter, 1920.0, 1080.0)
        painter.end()
        cards = [c for c in document.journey.cards if c.stage_id == stage.id]
        assert set(painter_.painted_sizes) == {c.id for c in cards}
        for size in painter_.painted_sizes.values():
            assert QFontInfo(style.font(size)).pixelSize() >= 24


def test_the_spotlight_layout_fits_the_screen_whole_and_large():
    project = sample_project()
    journey = project.journeys[0]
    for stage in journey.stages:
        layout = spotlight_layout(project, journey, stage.id, 1920, 1080)
        assert len(layout.cards) == sum(1 for c in journey.cards if c.stage_id == stage.id)
        for card in layout.cards:
            assert card.text_size >= MIN_TEXT and not card.cut
            assert layout.body.x <= card.rect.x and card.rect.right <= layout.body.right + 0.5
            assert layout.body.y <= card.rect.y and card.rect.bottom <= layout.body.bottom + 0.5
            last = card.lines[-1] if card.chart is None else card.chart.texts[-1]  # a chart lane's card draws a chart
            assert last.baseline <= card.rect.bottom


def test_arrow_neighbours_follow_rows():
    project = small_project()
    journey = project.journeys[0]
    layout = spotlight_layout(project, journey, "s1")
    assert neighbour(layout, None, "right") == "a"
    assert neighbour(layout, "a", "right") == "b" and neighbour(layout, "a", "left") == "a"


def test_the_presentation_edits_only_through_verbs():
    for path in sorted(PACKAGE.glob("*.py")):
        assert calls_of_model_edits(path) == [], path.name


def test_what_the_presentation_does_is_in_the_journal(window, qtbot, tmp_path):
    """Votes and quickly captured cards are undo steps like any other: a crash in the middle of a
    workshop gives them back from the journal."""
    from cjdesigner.app.journal import JournalHook
    from cjdesigner.io import journal as J

    window.session.protect(tmp_path / "data")
    presentation = present(window.session, window)
    qtbot.waitExposed(presentation.projector)
    try:
        key(presentation, qtbot, Qt.Key.Key_Right)
        qtbot.keyClicks(presentation.projector, "++")
        qtbot.keyClick(presentation.projector, Qt.Key.Key_N)
        qtbot.keyClicks(presentation.projector.capture.edit, "Idea")
        qtbot.keyClick(presentation.projector.capture.edit, Qt.Key.Key_Return)
        assert window.document.undo_stack.count() == 3
        hook = window.session.hook(JournalHook)
        recovery = J.read_journal(hook.path_of(window.document))
        assert recovery.problems == []
        assert recovery.project.model_dump_json() == window.document.project.model_dump_json()
    finally:
        presentation.end()


def test_the_spotlight_describes_each_personas_emotion_points_and_the_curve_beside():
    from cjdesigner.layout.drawing import persona_line

    project = sample_project()
    journey = project.journeys[0]
    stages = [s.id for s in journey.stages]
    for index, stage_id in enumerate(stages):
        band = spotlight_layout(project, journey, stage_id, 1920, 1080).emotions
        assert band is not None, stage_id
        here = {p.id: p for p in journey.emotion_points if p.stage_id == stage_id}
        assert band.spotlighted == set(here), "every point of the stage, and only those, is spotlighted"
        for curve in band.curves:
            persona_points = [p for p in journey.emotion_points if p.persona_id == curve.persona_id]
            neighbours = {stages[i] for i in (index - 1, index + 1) if 0 <= i < len(stages)}
            expected = {p.id for p in persona_points if p.stage_id == stage_id or p.stage_id in neighbours}
            assert {point.point_id for point in curve.points} == expected
            centre = next(point for point in curve.points if point.point_id in here)
            assert centre.x == pytest.approx(band.area.x + band.area.w / 2)
            assert centre.label is not None and centre.label.text == here[centre.point_id].label and centre.label.size >= MIN_TEXT
            dash, marker = persona_line(project, curve.persona_id)
            assert curve.marker == marker and bool(curve.dash) == bool(dash), "the map's dash and marker"
            ys = {point.point_id: point.y for point in curve.points}
            scores = {p.id: p.score for p in persona_points}
            assert sorted(ys, key=ys.get) == sorted(ys, key=lambda pid: -scores[pid]), "higher scores higher up"


def test_the_projector_paints_the_emotion_points(window, qtbot):
    window.session.new(sample_project())
    presentation = present(window.session, window)
    qtbot.waitExposed(presentation.projector)
    try:
        presentation.spotlight(1)
        projector = presentation.projector
        image = projector.grab().toImage()
        band = presentation.layout(float(projector.width()), float(projector.height())).emotions
        personas = {p.id: p for p in presentation.session.document.project.personas}
        painted = 0
        for curve in band.curves:
            for point in curve.points:
                if point.point_id in band.spotlighted:
                    colour = image.pixelColor(round(point.x), round(point.y))
                    expected = QColor(personas[curve.persona_id].colour)
                    assert abs(colour.red() - expected.red()) + abs(colour.green() - expected.green()) + abs(colour.blue() - expected.blue()) < 30
                    painted += 1
        assert painted == len(band.spotlighted) >= 2
    finally:
        presentation.end()
