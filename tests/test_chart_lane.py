"""Chart lanes without Qt: the numbers a chart draws (bar lengths on a shared scale, the target tick,
a funnel's widths and drop-off), the words around them in French and English, and the file."""

from __future__ import annotations

import json

import pytest

from builders import metrics_map
from chart_reading import INK, NB, NNB, PAPER, bars
from cjdesigner.io.cjmap import dumps_project, loads_project
from cjdesigner.io.sample import sample_project
from cjdesigner.layout import CARD_H, CARD_W, layout_journey
from cjdesigner.layout.charts import (
    BAR_H,
    ChartDrawing,
    format_measure,
    format_number,
    format_percent,
)
from cjdesigner.layout.drawing_set import MapDrawingSet
from cjdesigner.model.document import Project
from cjdesigner.model.vocabulary import LaneChart, LaneKind, Language

def drawings(project: Project) -> MapDrawingSet:
    journey = project.journeys[0]
    return MapDrawingSet(project, journey, layout_journey(project, journey))


def chart_of(project: Project, card_id: str) -> ChartDrawing:
    drawing = drawings(project).card(card_id)
    assert drawing is not None and drawing.chart is not None
    return drawing.chart


def words(chart: ChartDrawing) -> list[str]:
    return [line.text for line in chart.texts]


# --- numbers ----------------------------------------------------------------------------------


def test_numbers_are_written_the_french_way_in_a_french_map():
    assert format_measure(48_000.0, "visiteurs", Language.FR) == f"48{NNB}000{NB}visiteurs"
    assert format_measure(82.0, "%", Language.FR) == f"82{NNB}%"
    assert format_measure(890.0, "€", Language.FR) == f"890{NB}€"
    assert format_number(1_234_567.25, Language.FR) == f"1{NNB}234{NNB}567,25"
    assert format_number(-4.5, Language.FR) == "−4,5"
    assert format_percent(-93.54, Language.FR) == f"−93,5{NNB}%"


def test_numbers_are_written_the_english_way_in_an_english_map():
    assert format_measure(48_000.0, "visitors", Language.EN) == f"48,000{NB}visitors"
    assert format_measure(82.0, "%", Language.EN) == "82%"
    assert format_measure(890.0, "€", Language.EN) == "€890"
    assert format_number(1_234_567.25, Language.EN) == "1,234,567.25"
    assert format_percent(-93.54, Language.EN) == "−93.5%"
    assert format_measure(0.0, "", Language.EN) == "0"


# --- bars ----------------------------------------------------------------------------------------


def test_the_same_metric_in_every_stage_shares_one_scale_so_bars_compare():
    project = metrics_map()
    full = CARD_W - 16  # the bar's whole width on a card
    lengths = {card_id: bars(chart_of(project, card_id), INK)[0].w for card_id in ("v1", "v2", "v3")}
    scale = 60_000.0  # the largest value or target of "visiteurs", however its name is written
    assert lengths["v1"] == pytest.approx(full * 48_000 / scale)
    assert lengths["v2"] == pytest.approx(full * 30_000 / scale)
    assert lengths["v3"] == pytest.approx(full * 12_000 / scale)
    assert lengths["v1"] / lengths["v3"] == pytest.approx(4.0)


def test_the_target_is_a_tick_across_the_bar_and_the_way_to_it_is_hollow():
    project = metrics_map()
    chart = chart_of(project, "v3")
    full, left = CARD_W - 16, 8.0
    dark = bars(chart, INK)[0]
    tick = next(bar for bar in chart.bars if bar.h > BAR_H)
    hollow = bars(chart, PAPER)[0]
    target_x = left + full * 15_000 / 60_000
    assert tick.x + tick.w / 2 == pytest.approx(target_x)
    assert tick.y < dark.y and tick.y + tick.h > dark.y + dark.h, "the tick reaches across the bar"
    assert tick.fill == INK and tick.border == PAPER, "a dark tick with a light edge shows on the dark bar too"
    assert hollow.x == pytest.approx(dark.x + dark.w) and hollow.x + hollow.w == pytest.approx(target_x)
    assert hollow.border == INK and dark.border == INK, "both parts are outlined: the gap reads without colour"
    assert f"cible 15{NNB}000" in words(chart)


def test_a_percentage_is_measured_on_a_scale_of_100():
    chart = chart_of(metrics_map(), "late")
    full, left = CARD_W - 16, 8.0
    assert bars(chart, INK)[0].w == pytest.approx(full * 0.82)
    tick = next(bar for bar in chart.bars if bar.h > BAR_H)
    assert tick.x + tick.w / 2 == pytest.approx(left + full * 0.95)
    assert words(chart)[:2] == ["Livraisons à l'heure", f"82{NNB}%"]
    assert f"cible 95{NNB}%" in words(chart)


def test_a_value_above_its_target_fills_past_the_tick_and_nothing_is_hollow():
    project = metrics_map()
    project.journeys[0].card("v2").target = 20_000.0
    chart = chart_of(project, "v2")
    assert not bars(chart, PAPER)
    tick = next(bar for bar in chart.bars if bar.h > BAR_H)
    assert tick.x < bars(chart, INK)[0].w


def test_a_card_without_a_value_says_so_muted_and_draws_no_bar():
    project = metrics_map()
    chart = chart_of(project, "empty")
    assert words(chart)[:2] == ["Panier moyen", "pas de valeur"]
    assert chart.texts[1].colour == "#607D8B"
    assert not [bar for bar in chart.bars if bar.h >= BAR_H]
    english = chart_of(metrics_map(language=Language.EN), "empty")
    assert words(english)[1] == "no value" and "target €950" in words(english)


def test_every_piece_of_a_chart_stays_inside_its_card():
    for chart_kind in LaneChart:
        project = metrics_map(chart_kind)
        for card in project.journeys[0].cards:
            if card.lane_id != "kpi":
                continue
            chart = chart_of(project, card.id)
            for bar in chart.bars:
                assert 0 <= bar.x and bar.x + bar.w <= CARD_W and 0 <= bar.y and bar.y + bar.h <= CARD_H, (card.id, bar)
            for line in chart.texts:
                assert line.x >= 0 and line.baseline <= CARD_H - 4, (card.id, line)


def test_only_a_chart_lane_draws_charts_and_its_cards_keep_their_rectangle():
    project = metrics_map()
    drawn = drawings(project)
    note = drawn.card("n1")
    assert note is not None and note.chart is None and note.lines
    chart_card = drawn.card("v1")
    assert chart_card is not None and chart_card.lines == () and chart_card.rect == note.rect
    assert drawings(metrics_map(None)).card("v1").chart is None


# --- funnel --------------------------------------------------------------------------------------


def test_a_funnel_runs_in_map_order_with_widths_from_the_first_step_and_its_drop_off():
    project = metrics_map(LaneChart.FUNNEL)
    full, centre = CARD_W - 16, CARD_W / 2
    # Steps: v1 (s1), v2 (s2; "empty" has no value), late (s3, position 0), v3 (s3, position 1).
    first, second = chart_of(project, "v1"), chart_of(project, "v2")
    assert bars(first, INK)[0].w == pytest.approx(full)
    bar = bars(second, INK)[0]
    assert bar.w == pytest.approx(full * 30_000 / 48_000) and bar.x + bar.w / 2 == pytest.approx(centre)
    outline = bars(second, PAPER)[0]
    assert outline.w == pytest.approx(full), "the step before shows as the hollow outline around the bar"
    assert f"−37,5{NNB}% depuis Visiteurs" in words(second)
    assert any(w.startswith(f"conversion 62,5{NNB}%") for w in words(second))
    assert "début de l’entonnoir" in words(first)
    third = chart_of(project, "late")  # 82 after 30 000: a drop of 99.7 %
    assert f"−99,7{NNB}% depuis visiteurs" in words(third)
    fourth = chart_of(project, "v3")
    cut = [" ".join(w.split()) for w in words(fourth)]  # a note cut to the card's width keeps plain spaces
    assert any(w.startswith("+14 534,1 % depuis Livraisons") and w.endswith("…") for w in cut), "a rise is signed"


def test_the_sample_funnel_reads_visitors_carts_orders_in_english_too():
    project = sample_project()
    journey = project.journeys[0]
    funnel = next(lane for lane in journey.lanes if lane.chart is LaneChart.FUNNEL)
    steps = [c for c in journey.cards if c.lane_id == funnel.id]
    assert [c.text for c in steps] == ["Visiteurs du site", "Paniers créés", "Commandes"]
    english = project.model_copy(update={"language": Language.EN})
    carts = chart_of(english, steps[1].id)
    assert "−93.5% from Visiteurs du site" in words(carts)
    assert any(w.startswith("conversion 6.5%") for w in words(carts))
    orders = chart_of(project, steps[2].id)
    assert f"−60,0{NNB}% depuis Paniers créés" in words(orders)
    assert any(w.startswith(f"conversion 2,6{NNB}%") for w in words(orders))


def test_editing_one_card_of_a_chart_lane_redraws_its_lane_mates():
    project = metrics_map()
    journey = project.journeys[0]
    drawn = drawings(project)
    before = bars(drawn.card("v2").chart, INK)[0].w
    journey.card("v1").value = 120_000.0  # a new largest value: the scale of "visiteurs" doubles
    others = drawn.forget_cards({c.id: c for c in journey.cards}, {"v1"}, False)
    assert {"v2", "v3"} <= others and "n1" not in others
    assert bars(drawn.card("v2").chart, INK)[0].w == pytest.approx(before / 2)


# --- the file -----------------------------------------------------------------------------------


def test_a_chart_lane_round_trips_through_the_file_and_old_lanes_load_as_cards():
    project = metrics_map(LaneChart.FUNNEL)
    data = dumps_project(project)
    again = loads_project(data)
    assert again.journeys[0].lane("kpi").chart is LaneChart.FUNNEL and again == project
    raw = json.loads(data)
    del raw["journeys"][0]["lanes"][0]["chart"]
    assert loads_project(json.dumps(raw).encode()).journeys[0].lane("kpi").chart is None


def test_an_unknown_chart_is_refused_with_its_place():
    from cjdesigner.io.errors import LoadError

    raw = json.loads(dumps_project(metrics_map()))
    raw["journeys"][0]["lanes"][0]["chart"] = "pie"
    with pytest.raises(LoadError) as caught:
        loads_project(json.dumps(raw).encode())
    assert "chart" in str(caught.value) and "Traceback" not in str(caught.value)


# --- the projector ------------------------------------------------------------------------------


def test_the_projector_shows_a_chart_lane_as_charts_large_enough_for_the_room():
    from cjdesigner.layout.spotlight import MIN_TEXT, spotlight_layout

    project = sample_project()
    journey = project.journeys[0]
    charted = {lane.id for lane in journey.lanes if lane.chart is not None}
    seen = 0
    for stage in journey.stages:
        layout = spotlight_layout(project, journey, stage.id, 1920, 1080)
        for placed in layout.cards:
            card = journey.card(placed.card_id)
            if card.lane_id not in charted:
                assert placed.chart is None
                continue
            seen += 1
            chart = placed.chart
            assert chart is not None and placed.lines == ()
            assert [line.text for line in chart.texts][0] == card.text
            assert min(line.size for line in chart.texts) >= MIN_TEXT
            assert any(bar.h >= MIN_TEXT / 2 for bar in chart.bars), "a bar a room can see"
            rect = placed.rect
            for bar in chart.bars:
                assert rect.x <= bar.x and bar.x + bar.w <= rect.right and rect.y <= bar.y and bar.y + bar.h <= rect.bottom
            for line in chart.texts:
                assert rect.x <= line.x and line.baseline <= rect.bottom
    assert seen == 6


def test_a_lane_titled_funnel_is_a_metrics_lane_when_imported():
    from cjdesigner.model.vocabulary import lane_kind_for_title

    assert lane_kind_for_title("Entonnoir") is LaneKind.METRICS
    assert lane_kind_for_title("Conversion funnel") is LaneKind.METRICS
