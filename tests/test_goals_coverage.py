"""Goals on the map (every goal of a stage in its header, a card's goal on the card) and the evidence
coverage row under the stages: counts, the thin-research verdict, the row in the layout when shown,
the same drawing on screen and in print, the PDF read back, and the switches that show it."""

from __future__ import annotations

import pytest

from builders import small_project
from pdf_helpers import page_text, squeezed
from cjdesigner.layout import STAGE_HEADER_H, layout_journey
from cjdesigner.layout.coverage import StageCoverage, count_cards, coverage_drawing, stage_coverage
from cjdesigner.layout.drawing import CARD_GOAL_SIZE, card_drawing, stage_drawing
from cjdesigner.layout.grid import CARD_FOOTER_Y, COVERAGE_H, CARD_W
from cjdesigner.layout.metrics import ASCENT, measure
from cjdesigner.model.document import Card, Project, Stage
from cjdesigner.model.vocabulary import Confidence, Language

V, P, A = Confidence.VALIDATED, Confidence.PARTLY_BACKED, Confidence.ASSUMPTION
LONG = "Le client compare trois modèles, lit quarante avis détaillés et appelle le service client pour être sûr"


def backed_project() -> Project:
    """Stage s1: one validated, one partly backed, one with no confidence; stage s2: one assumption.
    The first stage has three goals, a card serves a goal."""
    project = small_project()
    journey = project.journeys[0]
    confidences = {"a": V, "b": P, "d": A}
    cards = [card.model_copy(update={"confidence": confidences.get(card.id)}) for card in journey.cards]
    cards[0] = cards[0].model_copy(update={"goal": "Find a sofa that fits the room"})
    stages = [journey.stages[0].model_copy(update={"goals": ["Compare models", "Trust the fabric", "Know the delivery date"]}), journey.stages[1]]
    return project.model_copy(update={"journeys": [journey.model_copy(update={"cards": cards, "stages": stages})]})


def cards(*confidences: Confidence | None) -> list[Card]:
    return [Card(stage_id="s1", lane_id="actions", position=i, text=str(i), confidence=c) for i, c in enumerate(confidences)]


# --- counts and verdict ------------------------------------------------------------------------


def test_each_stage_counts_its_cards_by_confidence():
    project = backed_project()
    journey = project.journeys[0]
    counts = stage_coverage(journey)
    assert counts["s1"] == StageCoverage(validated=1, partly_backed=1, assumption=0, unstated=1)
    assert counts["s2"] == StageCoverage(assumption=1)
    assert counts["s1"].total == 3 and counts["s1"].weak == 1


def test_cards_of_a_hidden_lane_are_not_counted_once_laid_out():
    project = backed_project()
    journey = project.journeys[0]
    hidden = journey.model_copy(update={"lanes": [journey.lanes[0], journey.lanes[1].model_copy(update={"hidden": True})]})
    counts = stage_coverage(hidden, layout_journey(project, hidden, coverage=True))
    assert counts["s2"] == StageCoverage()


@pytest.mark.parametrize(
    ("confidences", "thin"),
    [
        ((), False),  # no cards: nothing claimed, nothing thin
        ((V, P, A, None), False),  # half unbacked is not most
        ((V, A, None), True),
        ((None,), True),
        ((A, A, P), True),
        ((V, V, A), False),
    ],
)
def test_research_is_thin_where_most_cards_are_assumptions_or_state_nothing(confidences, thin):
    assert count_cards(cards(*confidences)).thin is thin


# --- the row in the layout -------------------------------------------------------------------------


def test_the_layout_reserves_the_row_only_when_it_is_shown():
    project = backed_project()
    journey = project.journeys[0]
    without = layout_journey(project, journey)
    shown = layout_journey(project, journey, coverage=True)
    assert without.coverage == {} and without.coverage_label is None
    assert set(shown.coverage) == {"s1", "s2"}
    for stage_id, rect in shown.coverage.items():
        header = shown.stages[stage_id]
        assert (rect.x, rect.w, rect.y, rect.h) == (header.x, header.w, header.bottom, COVERAGE_H)
    for lane_id in journey.lanes[0].id, journey.lanes[1].id:
        assert shown.lanes[lane_id].y == without.lanes[lane_id].y + COVERAGE_H
    assert shown.height == without.height + COVERAGE_H
    assert shown.cards["a"].y == without.cards["a"].y + COVERAGE_H
    assert coverage_drawing(journey, without) is None


def test_the_row_prints_every_count_and_the_verdict_in_the_maps_language():
    project = backed_project()
    journey = project.journeys[0]
    layout = layout_journey(project, journey, coverage=True)
    drawing = coverage_drawing(journey, layout, Language.FR)
    texts = [line.text for line in drawing.lines]
    assert "Couverture des preuves" in texts
    assert {"Validé", "En partie étayé", "Hypothèse", "Non précisé"} <= set(texts)
    s2 = layout.coverage["s2"]
    in_s2 = [line.text for line in drawing.lines if s2.x <= line.x < s2.right]
    assert in_s2[:4] == ["0", "0", "1", "0"]  # validated, partly backed, assumption, not stated
    assert any(text.startswith("Recherche insuffisante") and "1/1" in text for text in in_s2)
    s1 = layout.coverage["s1"]
    assert not any(line.bold and len(line.text) > 3 for line in drawing.lines if s1.x <= line.x < s1.right), "s1 is not thin"
    for line in drawing.lines:  # every word stays in its cell
        cell = next(r for r in (*layout.coverage.values(), layout.coverage_label) if r.x <= line.x < r.right)
        assert line.x + measure(line.text, line.size, line.bold) <= cell.right


def test_the_kinds_differ_by_more_than_colour():
    """Solid, hatched, light and dashed: the bar reads on a black and white print."""
    project = backed_project()
    journey = project.journeys[0]
    layout = layout_journey(project, journey, coverage=True)
    drawing = coverage_drawing(journey, layout)
    bar = layout.coverage["s1"]
    segments = [box for box in drawing.boxes if box.rect.y == bar.y + 8 and bar.x <= box.rect.x < bar.right]
    assert len(segments) == 3
    assert sum(box.rect.w for box in segments) == pytest.approx(bar.w - 20)
    validated, partly, unstated = segments
    assert validated.fill != partly.fill
    assert unstated.dash and not validated.dash
    hatching = [s for s in drawing.strokes if partly.rect.x - 0.01 <= min(s.x0, s.x1) and max(s.x0, s.x1) <= partly.rect.right + 0.01 and s.y0 >= bar.y + 8 - 0.01]
    assert hatching, "partly backed is hatched"


# --- goals ------------------------------------------------------------------------------------------


def test_the_header_shows_every_goal_with_a_mark_and_grows_to_fit_three():
    project = backed_project()
    journey = project.journeys[0]
    layout = layout_journey(project, journey)
    rect = layout.stages["s1"]
    assert rect.h > STAGE_HEADER_H and layout.stages["s2"].h == rect.h  # one height for the row
    drawing = stage_drawing(journey.stages[0], rect)
    goals = [line for line in drawing.lines if not line.bold]
    assert [line.text for line in goals] == journey.stages[0].goals
    assert len(drawing.targets) == 3
    for mark, line in zip(drawing.targets, goals):
        assert mark.x + mark.radius < line.x and abs(mark.y - (line.baseline - line.size * 0.35)) < 0.01
        assert line.baseline + 0.25 * line.size <= rect.h  # inside the header
        assert line.x + measure(line.text, line.size) <= rect.w - 8


def test_a_header_without_goals_keeps_its_height():
    project = small_project()
    assert layout_journey(project, project.journeys[0]).stages["s1"].h == STAGE_HEADER_H


@pytest.mark.parametrize(("language", "more"), [(Language.EN, "+3 more"), (Language.FR, "+3 autres")])
def test_goals_beyond_the_header_end_with_how_many_more(language, more):
    stage = Stage(id="s", name="Buy", goals=[f"Goal number {n}" for n in range(1, 6)])
    journey = backed_project().journeys[0].model_copy(update={"stages": [stage]})
    rect = layout_journey(backed_project(), journey).stages["s"]
    drawing = stage_drawing(stage, rect, language=language)
    texts = [line.text for line in drawing.lines if line.text != "Buy"]
    assert texts == ["Goal number 1", "Goal number 2", more]
    assert len(drawing.targets) == 2
    assert max(line.baseline for line in drawing.lines) + 3 <= rect.h


def test_a_long_goal_is_cut_to_the_header_width_with_an_ellipsis():
    stage = Stage(id="s", name="Buy", goals=["Short", LONG])
    rect = layout_journey(backed_project(), backed_project().journeys[0].model_copy(update={"stages": [stage]})).stages["s"]
    drawing = stage_drawing(stage, rect)
    cut = drawing.lines[-1]
    assert cut.text.endswith("…") and LONG.startswith(cut.text[:-1])
    assert cut.x + measure(cut.text, cut.size) <= rect.w - 8


def test_a_cards_goal_is_a_muted_line_between_its_text_and_its_footer():
    project = backed_project()
    personas = {p.id: p for p in project.personas}
    lane = project.journeys[0].lanes[0]
    plain = Card(stage_id="s1", lane_id="actions", text=LONG, persona_ids=["p-ana"], votes=3)
    with_goal = plain.model_copy(update={"goal": "Choisir le bon canapé sans se tromper de tissu ni de taille"})
    before, after = card_drawing(plain, lane, personas), card_drawing(with_goal, lane, personas)
    assert before.goal is None
    mark, line = after.goal
    assert line.colour != after.lines[0].colour and line.size == CARD_GOAL_SIZE
    assert line.text.endswith("…") and line.x + measure(line.text, line.size) <= CARD_W - 8
    assert mark.x + mark.radius < line.x
    # The card's text makes room: it ends above the goal line, which ends above the footer row.
    assert len(after.lines) < len(before.lines) or after.lines[0].size < before.lines[0].size
    last = after.lines[-1]
    text_bottom = last.baseline + (1 - ASCENT) * last.size
    goal_top = min(line.baseline - ASCENT * line.size, mark.y - mark.radius)
    assert text_bottom <= goal_top
    footer_top = min(disc.y - disc.radius for _, disc in after.badges)
    assert line.baseline + (1 - ASCENT) * line.size <= footer_top < CARD_FOOTER_Y
    assert after.rect == before.rect  # a card stays the size of a sticky note


def test_the_tooltip_says_the_goal_in_full(qtbot):
    from cjdesigner.canvas.tooltip import card_tooltip

    goal = "Choisir le bon canapé sans se tromper de tissu ni de taille <vraiment>"
    tip = card_tooltip(Card(stage_id="s", lane_id="l", text="x", goal=goal), Language.FR)
    assert "Choisir le bon canapé sans se tromper de tissu ni de taille &lt;vraiment&gt;" in tip


def test_the_projector_shows_the_stages_goals_and_how_many_more():
    from cjdesigner.layout.spotlight import spotlight_layout

    project = backed_project()
    journey = project.journeys[0]
    screen = spotlight_layout(project, journey, "s1")
    texts = [line.text for line in screen.heading]
    assert all(goal in texts for goal in journey.stages[0].goals)
    assert len(screen.goals) == 3
    assert all(line.size >= 24 for line in screen.heading)
    many = journey.model_copy(update={"stages": [journey.stages[0].model_copy(update={"goals": [LONG] * 6}), journey.stages[1]]})
    crowded = spotlight_layout(project, many, "s1")
    last = crowded.heading[-1].text
    assert last.startswith("+") and last.endswith("more")
    assert all(line.x + measure(line.text, line.size, line.bold) <= crowded.width - 31 for line in crowded.heading)
    assert crowded.body.y >= max(line.baseline for line in crowded.heading)
    assert spotlight_layout(project, journey, "s2").goals == ()


# --- one drawing: screen and print --------------------------------------------------------------------


def test_the_coverage_row_and_goals_are_the_same_on_screen_and_in_print(qtbot):
    from drawing_recorders import assert_same, assert_same_texts, pdf_drawing, scene_drawing
    from cjdesigner.app.document import Document
    from cjdesigner.canvas.scene import MapScene

    project = backed_project()
    scene = MapScene(Document(project))
    scene.show_coverage(True)
    screen = scene_drawing(scene)
    paper = pdf_drawing(project, coverage=True)
    assert scene.layout.coverage == layout_journey(project, project.journeys[0], coverage=True).coverage
    assert_same_texts(screen.texts, paper.texts)
    texts = {text for text, _, _ in screen.texts}
    assert {"Evidence coverage", "Find a sofa that fits the room", "Know the delivery date"} <= texts
    assert_same(screen.circles, paper.circles, "a circle")  # the goal marks among them
    row_top = min(r.y for r in scene.layout.coverage.values())
    in_row = lambda shapes: [s[1:] for s in shapes if s[0] == "rect" and row_top - 0.01 <= s[2] < row_top + COVERAGE_H]  # noqa: E731
    assert len(in_row(screen.shapes)) >= 10
    assert_same(in_row(screen.shapes), in_row(paper.shapes), "a box of the coverage row")


def test_the_coverage_row_follows_an_edit_of_a_cards_confidence(qtbot):
    from cjdesigner.app.document import Document
    from cjdesigner.app.verbs import Verbs
    from cjdesigner.canvas.scene import MapScene

    document = Document(backed_project())
    scene = MapScene(document)
    scene.show_coverage(True)
    assert scene.sync.coverage_item.drawing.counts["s1"].validated == 1
    assert Verbs(document).set_fields("card", "c", None, confidence=Confidence.VALIDATED)
    assert scene.sync.coverage_item.drawing.counts["s1"].validated == 2
    document.undo_stack.undo()
    assert scene.sync.coverage_item.drawing.counts["s1"] == StageCoverage(validated=1, partly_backed=1, unstated=1)


# --- the PDF read back and the switches -------------------------------------------------------------


def test_the_pdf_prints_goals_and_coverage_counts_and_leaves_the_row_out_when_asked():
    from cjdesigner.export.options import ExportOptions
    from cjdesigner.export.pdf import pdf_bytes

    project = backed_project()
    data, report = pdf_bytes(project)
    text = squeezed(page_text(data))
    for words in ("Evidence coverage", "Partly backed", "Not stated", "Find a sofa that fits the room", "Compare models", "Know the delivery date", "Research is thin: 1/1 unbacked"):
        assert squeezed(words) in text, words
    assert not [w for w in report.warnings if "coverage" in w or "goal" in w]
    data, _ = pdf_bytes(project, ExportOptions(coverage=False))
    text = squeezed(page_text(data))
    assert squeezed("Evidence coverage") not in text and "Researchisthin" not in text
    assert squeezed("Know the delivery date") in text


def test_the_command_line_leaves_the_row_out_with_no_coverage(tmp_path):
    from cjdesigner.cli import main
    from cjdesigner.io.cjmap import save_project

    source = tmp_path / "map.cjmap"
    save_project(backed_project(), source)
    assert main(["export", str(source), "-o", str(tmp_path / "with.pdf")]) == 0
    assert main(["export", str(source), "-o", str(tmp_path / "without.pdf"), "--no-coverage"]) == 0
    assert "Evidencecoverage" in squeezed(page_text((tmp_path / "with.pdf").read_bytes()))
    assert "Evidencecoverage" not in squeezed(page_text((tmp_path / "without.pdf").read_bytes()))


def test_the_image_export_paints_the_row_when_the_option_is_on(qtbot):
    from cjdesigner.canvas.image_export import export_scene
    from cjdesigner.export.options import ExportOptions

    on = export_scene(backed_project(), ExportOptions())
    off = export_scene(backed_project(), ExportOptions(coverage=False))
    assert on.sync.coverage_item.drawing is not None and off.sync.coverage_item.drawing is None
    assert on.layout.height == off.layout.height + COVERAGE_H


def test_view_evidence_coverage_switches_the_row_and_is_remembered(window, qtbot):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMenu

    from cjdesigner.app.document import Document
    from cjdesigner.app.session import Session
    from cjdesigner.ui.main_window import MainWindow

    action = window.actions["view.coverage"]
    assert action.isCheckable() and action.isChecked()
    assert any(action in menu.actions() for menu in window.menuBar().findChildren(QMenu))
    assert set(window.scene.layout.coverage) == {"s1", "s2"}
    assert window.view.sceneRect().height() == window.scene.layout.height  # the view scrolls to the map's foot
    lane_y = window.scene.layout.lanes["actions"].y
    action.trigger()
    assert window.scene.layout.coverage == {} and window.scene.sync.coverage_item.drawing is None
    assert window.scene.layout.lanes["actions"].y == lane_y - COVERAGE_H
    assert window.view.sceneRect().height() == window.scene.layout.height
    assert window.scene.card_items["a"].scenePos().y() == window.scene.layout.cards["a"].y
    settings = window.settings
    settings.sync()
    again = MainWindow(Session(Document(small_project()), QSettings(settings.fileName(), QSettings.Format.IniFormat)))
    qtbot.addWidget(again)
    assert not again.actions["view.coverage"].isChecked() and again.scene.layout.coverage == {}


def test_the_export_dialog_has_the_option_on_by_default_and_remembers_it(qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from cjdesigner.app.document import Document
    from cjdesigner.ui.export_dialog import ExportDialog

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    dialog = ExportDialog(Document(backed_project()), settings)
    qtbot.addWidget(dialog)
    assert dialog.coverage.isChecked() and dialog.options().coverage
    dialog.coverage.setChecked(False)
    assert dialog.options().coverage is False
    dialog.reject()  # closing the dialog keeps its choices
    again = ExportDialog(Document(backed_project()), settings)
    qtbot.addWidget(again)
    assert not again.coverage.isChecked()
