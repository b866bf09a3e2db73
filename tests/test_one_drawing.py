"""The screen and the print draw the same map: one map is painted by the canvas items and by the PDF
painter, each into a recorder, and what they drew is compared: card rectangles, text lines, symbol
positions, and each persona's dash and marker."""

from __future__ import annotations

import pytest

from drawing_recorders import assert_same, assert_same_texts, canvas_drawing, pdf_drawing, round3
from cjdesigner.layout import layout_journey
from cjdesigner.model.document import Card, EmotionPoint, Journey, Lane, Persona, Project, Stage
from cjdesigner.model.vocabulary import Channel, Confidence, LaneKind, Sentiment

LONG = (
    "Le client hésite à commander : « Je ne sais pas si le tissu résistera à mes deux chats », "
    "dit-il au téléphone, après avoir comparé trois modèles et lu quarante-deux avis détaillés."
)


def journey_map() -> Project:
    """Three personas; the journey lists them in another order than the project does."""
    personas = [
        Persona(id="p-ana", name="Ana Lopez", colour="#AA3344", role="Cheffe de projet"),
        Persona(id="p-bo", name="Bo Ek", colour="#3344AA"),
        Persona(id="p-cy", name="Cyrielle Étienne", colour="#EEDD55"),
    ]
    stages = [
        Stage(id="s1", name="Prise de conscience", goal="Découvrir une solution au besoin sans se tromper de produit"),
        Stage(id="s2", name="Considération approfondie des options"),
        Stage(id="s3", name="Achat"),
    ]
    lanes = [
        Lane(id="actions", title="Actions du client", kind=LaneKind.ACTIONS),
        Lane(id="emotions", title="Émotions", kind=LaneKind.EMOTIONS),
        Lane(id="pains", title="Points de douleur et frustrations", kind=LaneKind.PAIN_POINTS),
        Lane(id="ideas", title="Opportunités", kind=LaneKind.OPPORTUNITIES),
    ]
    cards = [
        Card(id="c1", stage_id="s1", lane_id="actions", position=0, text=LONG, persona_ids=["p-cy", "p-ana", "p-bo"],
             sentiment=Sentiment.NEGATIVE, channel=Channel.PHONE, confidence=Confidence.PARTLY_BACKED),
        Card(id="c2", stage_id="s1", lane_id="actions", position=1, text="Compare trois modèles et lit les avis clients",
             persona_ids=["p-bo"], sentiment=Sentiment.POSITIVE, channel=Channel.WEB),
        Card(id="c3", stage_id="s2", lane_id="pains", position=0, text="Pas d'échantillon de tissu avant l'achat",
             persona_ids=["p-ana"], severity=4, sentiment=Sentiment.NEUTRAL, confidence=Confidence.VALIDATED),
        Card(id="c4", stage_id="s3", lane_id="pains", position=0, text=LONG[:90], severity=2, confidence=Confidence.ASSUMPTION),
        Card(id="c5", stage_id="s2", lane_id="ideas", position=0, text="Envoyer des échantillons gratuits sous 48 h",
             votes=12, persona_ids=["p-cy"]),
        Card(id="c6", stage_id="s3", lane_id="actions", position=0, text="Taux de conversion", value=68, unit="%", target=55,
             goal="Vendre plus"),
    ]
    points = [
        EmotionPoint(id=f"e-{persona}-{stage}", stage_id=stage, persona_id=persona, score=score, label=label)
        for persona, scores in (("p-ana", (1, 0, -2)), ("p-bo", (0, -1, 2)), ("p-cy", (-1, 2, 1)))
        for stage, score, label in zip(("s1", "s2", "s3"), scores, ("Curieuse", "", "Très satisfaite après la livraison"))
    ]
    journey = Journey(id="j1", title="Acheter un canapé en ligne", scenario="Camille veut un canapé",
                      persona_ids=["p-cy", "p-ana", "p-bo"], stages=stages, lanes=lanes, cards=cards, emotion_points=points)
    return Project(title="Maison Lumière", personas=personas, journeys=[journey])


@pytest.fixture
def both(qtbot):
    project = journey_map()
    return project, canvas_drawing(project, qtbot), pdf_drawing(project)


def test_cards_are_the_same_rectangles_on_screen_and_in_print(both):
    project, screen, paper = both
    layout = layout_journey(project, project.journeys[0])
    assert_same(screen.rounded, paper.rounded, "card")
    cards = [rect for rect in screen.rounded if rect[2] > 20]  # not the neutral sentiment's bar
    assert_same(cards, [round3(*rect) for rect in layout.cards.values()], "card")


def test_every_text_line_is_the_same_words_at_the_same_baseline(both):
    project, screen, paper = both
    assert sorted(text for text, _, _ in screen.texts) == sorted(text for text, _, _ in paper.texts)
    assert_same_texts(screen.texts, paper.texts)
    card_lines = [text for text, _, _ in screen.texts if text.startswith("Le client hésite")]
    assert card_lines, "the long French card text is drawn"


def test_a_metric_cards_value_and_target_show_on_screen_and_in_print(both):
    _, screen, paper = both
    for drawn in (screen, paper):
        assert "68% · target 55%" in [text for text, _, _ in drawn.texts]


def test_symbols_stand_at_the_same_places(both):
    _, screen, paper = both
    assert_same(screen.circles, paper.circles, "a circle")  # badges, pips, confidence, faces, markers
    assert_same(screen.polygons, paper.polygons, "a polygon")  # sentiment triangles, persona markers


def test_each_persona_has_one_dash_and_marker_everywhere(both):
    project, screen, paper = both
    journey = project.journeys[0]
    assert journey.persona_ids != [p.id for p in project.personas]
    colours = {p.id: p.colour.upper() for p in project.personas}
    assert set(screen.lines) == set(paper.lines) == set(colours.values())
    for persona_id, colour in colours.items():
        assert screen.lines[colour] == pytest.approx(paper.lines[colour]), persona_id
    assert len(set(screen.lines.values())) == 3, "every persona's line has its own dash"
    layout = layout_journey(project, journey)
    for point in journey.emotion_points:
        x, y = layout.emotion_points[point.id]
        assert screen.marker_at(x, y) == paper.marker_at(x, y), point.id
    markers = {p.persona_id: paper.marker_at(*layout.emotion_points[p.id]) for p in journey.emotion_points}
    assert len(set(markers.values())) == 3, "every persona has its own marker"


def test_a_persona_keeps_its_look_in_a_journey_that_lists_personas_in_another_order(qtbot):
    project = journey_map()
    first = pdf_drawing(project)
    journey = project.journeys[0]
    reordered = project.model_copy(update={"journeys": [journey.model_copy(update={"persona_ids": ["p-bo", "p-cy", "p-ana"]})]})
    second = pdf_drawing(reordered)
    assert first.lines == second.lines
    layout = layout_journey(reordered, reordered.journeys[0])
    for point in journey.emotion_points:
        first_at = layout_journey(project, journey).emotion_points[point.id]
        assert first.marker_at(*first_at) == second.marker_at(*layout.emotion_points[point.id]), point.id


def test_the_screen_sets_letters_without_kerning_at_the_shared_widths(qtbot):
    from cjdesigner.canvas import style
    from cjdesigner.layout.metrics import measure

    style.load_bundled_fonts()
    for size, bold in ((8, False), (10, False), (16, True)):
        assert style.font(size, bold).kerning() is False
        drawn = style.metrics(size, bold).horizontalAdvance(LONG)
        assert abs(drawn - measure(LONG, size, bold)) < 0.005 * drawn
