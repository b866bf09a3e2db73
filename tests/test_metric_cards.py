"""A metric card on a lane drawn as cards shows its value, unit and target, in the map's language,
on every surface painted from the drawing (screen, PDF, images) and on the projector."""

from __future__ import annotations

import pytest

from cjdesigner.layout import layout_journey
from cjdesigner.layout.drawing_set import MapDrawingSet
from cjdesigner.layout.spotlight import spotlight_layout
from cjdesigner.model.document import Card, Journey, Lane, Project, Stage
from cjdesigner.model.vocabulary import LaneChart, LaneKind, Language


def metric_map(language: Language, chart: LaneChart | None = None) -> Project:
    lane = Lane(id="m", title="Indicateurs", kind=LaneKind.METRICS, chart=chart)
    cards = [
        Card(id="rate", stage_id="s", lane_id="m", text="Taux de conversion", value=68, unit="%", target=55),
        Card(id="only-target", stage_id="s", lane_id="m", position=1, text="Délai", unit="jours", target=3),
        Card(id="plain", stage_id="s", lane_id="m", position=2, text="Une note"),
    ]
    journey = Journey(id="j", title="J", stages=[Stage(id="s", name="Achat")], lanes=[lane], cards=cards)
    return Project(title="M", language=language, journeys=[journey])


@pytest.mark.parametrize(("language", "expected", "target_only"), [
    (Language.FR, "68\u202f% · cible 55\u202f%", "cible 3"),
    (Language.EN, "68% · target 55%", "target 3"),
])
def test_a_metric_card_shows_its_value_and_target_in_the_maps_language(language, expected, target_only):
    project = metric_map(language)
    journey = project.journeys[0]
    drawings = MapDrawingSet(project, journey, layout_journey(project, journey))

    rate = drawings.card("rate")
    assert rate.metric is not None and rate.metric.text == expected
    assert rate.metric.baseline > max(line.baseline for line in rate.lines), "under the card's name"
    assert drawings.card("only-target").metric.text == target_only
    assert drawings.card("plain").metric is None


def test_a_chart_lane_draws_the_numbers_in_its_chart_not_twice():
    project = metric_map(Language.EN, LaneChart.BARS)
    journey = project.journeys[0]
    drawing = MapDrawingSet(project, journey, layout_journey(project, journey)).card("rate")
    assert drawing.metric is None and drawing.chart is not None


def test_the_projector_shows_a_metric_cards_numbers():
    project = metric_map(Language.FR)
    spotlight = spotlight_layout(project, project.journeys[0], "s")
    card = spotlight.card("rate")
    assert "68\u202f% · cible 55\u202f%" in [line.text for line in card.lines]
