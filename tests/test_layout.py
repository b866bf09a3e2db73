"""The Qt-free geometry shared by the canvas and the PDF."""

from builders import half_em_measure as measure, small_project
from cjdesigner import layout as L
from cjdesigner.io.templates import project_from_template
from cjdesigner.model import Lane
from cjdesigner.model import edits as E
from cjdesigner.model.vocabulary import LaneKind
from cjdesigner.textfit import fit_text


def test_cells_grow_to_fit_their_cards_and_rows_line_up():
    project = small_project()
    result = L.layout_journey(project, project.journeys[0])
    actions, pains = result.lanes["actions"], result.lanes["pains"]
    assert actions.h == 3 * L.CARD_H + 2 * L.CARD_GAP + 2 * L.CELL_PAD
    assert pains.y == actions.bottom and pains.h == L.EMPTY_CELL_H
    assert result.cells[("s2", "actions")].h == actions.h, "a lane is as tall as its fullest cell"
    a, b = result.cards["a"], result.cards["b"]
    assert b.y == a.bottom + L.CARD_GAP and a.x == result.stages["s1"].x + L.CELL_PAD
    assert result.stages["s2"].x == result.stages["s1"].right
    assert set(result.legend) == {"p-ana", "p-bo"}


def test_cell_hit_testing_and_insertion_index():
    project = small_project()
    result = L.layout_journey(project, project.journeys[0])
    b = result.cards["b"]
    assert result.cell_at(*b.center) == ("s1", "actions")
    assert result.cell_at(1, 1) is None
    assert result.insertion_index(("s1", "actions"), b.y + 5, ["a", "b", "c"]) == 1
    assert result.insertion_index(("s1", "actions"), b.bottom - 5, ["a", "b", "c"]) == 2
    assert result.insertion_index(("s2", "actions"), 0, []) == 0


def test_hidden_lanes_are_left_out():
    project = small_project()
    project.journeys[0].lanes[0].hidden = True
    result = L.layout_journey(project, project.journeys[0])
    assert list(result.lanes) == ["pains"] and "a" not in result.cards


def test_emotion_points_sit_on_the_five_point_scale():
    project = small_project()
    E.add_lane(project, "j1", Lane(id="feel", title="Emotions", kind=LaneKind.EMOTIONS), 0)
    result = L.layout_journey(project, project.journeys[0])
    area = result.curve_areas["feel"]
    assert result.score_y("feel", 2) < result.score_y("feel", 0) < result.score_y("feel", -2)
    x, y = result.emotion_points["e2"]
    assert y == result.score_y("feel", -2) and area.y <= y <= area.bottom
    assert result.score_at("feel", result.score_y("feel", 1) + 3) == 1
    assert result.lanes["actions"].y >= area.bottom


def test_blueprint_lines_fall_between_lanes():
    project = project_from_template("service-blueprint", "en")
    result = L.layout_journey(project, project.journeys[0])
    lines = [(line.value, y) for line, y in result.blueprint_lines]
    lanes = project.journeys[0].lanes
    assert [name for name, _ in lines] == ["interaction", "visibility", "internal_interaction"]
    assert lines[0][1] == result.lanes[lanes[1].id].bottom == result.lanes[lanes[2].id].y


def test_text_fits_shrinks_to_a_floor_then_ends_with_an_ellipsis():
    short = fit_text("Short text", 100, 40, measure)
    assert short.lines == ["Short text"] and short.size == 10 and not short.cut
    long = fit_text("word " * 200, 100, 40, measure)
    assert long.cut and long.size == 7.5 and long.lines[-1].endswith("…")
    assert len(long.lines) * long.size * 1.2 <= 40
    assert all(measure(line, long.size) <= 100 for line in long.lines)
    unbroken = fit_text("x" * 80, 50, 100, measure)
    assert all(measure(line, unbroken.size) <= 50 for line in unbroken.lines)


def test_a_pasted_blob_is_fitted_from_its_start_only():
    calls = []

    def counting(text, size):
        calls.append(len(text))
        return measure(text, size)

    blob = "QUJD" * 250_000  # a million characters without a space, as pasted base64 would be
    fitted = fit_text(blob, 152, 58, counting)
    assert fitted.cut and fitted.size == 7.5 and fitted.lines[-1].endswith("…")
    assert blob.startswith("".join(fitted.lines)[:-1])
    assert max(calls) <= 1001 and sum(calls) < 2_000_000  # never measures the whole blob


def test_wrapping_a_huge_word_measures_only_line_sized_pieces():
    from cjdesigner.textfit import wrap

    calls = []

    def counting(text, size):
        calls.append(len(text))
        return measure(text, size)

    lines = wrap("x" * 100_000, 500, 10, counting)
    assert "".join(lines) == "x" * 100_000
    assert all(measure(line, 10) <= 500 for line in lines)
    assert sorted(calls)[-2] <= 300  # only the first check sees the whole word


FRENCH = [
    "Le client hésite à commander : « Je ne sais pas si le tissu résistera à mes deux chats »",
    "Créneau de livraison imposé, sans choix du jour — œuvre, ça coûte 12 € ; déjà !",
    "ÉTÉ, Noël, garçon, naïve, cœur, où, Ÿ, l'été dernier…",
]


def test_text_widths_from_the_font_files_match_the_pdf_to_a_hundredth_of_a_point():
    from reportlab.pdfbase import pdfmetrics

    from cjdesigner.export.pdf.fonts import BOLD, REGULAR, register_fonts
    from cjdesigner.layout.metrics import measure as font_measure

    register_fonts()
    for text in FRENCH:
        for size in (6.5, 8, 10, 16):
            for bold, name in ((False, REGULAR), (True, BOLD)):
                assert abs(font_measure(text, size, bold) - pdfmetrics.stringWidth(text, name, size)) < 0.01, (text, size, bold)


def test_a_persona_keeps_its_dash_and_marker_whatever_the_journey_order():
    from cjdesigner.layout.drawing import curve_drawing, persona_line

    project = small_project()
    journey = project.journeys[0]
    points = [*journey.emotion_points]
    points.append(points[0].model_copy(update={"id": "e3", "stage_id": "s2"}))
    points.append(points[1].model_copy(update={"id": "e4", "stage_id": "s1"}))
    forward = journey.model_copy(update={"emotion_points": points})
    backward = forward.model_copy(update={"persona_ids": list(reversed(forward.persona_ids))})
    looks = []
    for shown in (forward, backward):
        curves = curve_drawing(project, shown, L.layout_journey(project, shown)).curves
        looks.append({curve.persona_id: (curve.dash, curve.marker) for curve in curves})
    assert looks[0] == looks[1] == {pid: persona_line(project, pid) for pid in ("p-ana", "p-bo")}
    assert looks[0]["p-ana"] != looks[0]["p-bo"]


def test_header_text_is_fitted_with_the_shared_measure():
    from cjdesigner.layout.drawing import stage_drawing
    from cjdesigner.layout.metrics import measure as font_measure

    project = small_project()
    journey = project.journeys[0]
    stage = journey.stages[0].model_copy(update={"goals": ["Choisir le bon canapé sans se tromper de tissu ni de taille"]})
    drawing = stage_drawing(stage, L.layout_journey(project, journey).stages[stage.id])
    goal = [line for line in drawing.lines if not line.bold]
    indent = goal[0].x - 8  # the goal's target mark stands before its words
    expected = fit_text(stage.goal, drawing.rect.w - 16 - indent, 22, font_measure, size=8.5, floor=8.5, leading=11 / 8.5)
    assert [line.text for line in goal] == expected.lines
    assert all(line.x + font_measure(line.text, line.size) <= drawing.rect.w - 8 for line in goal)


def test_the_drawing_description_needs_neither_qt_nor_reportlab():
    import subprocess
    import sys

    code = "import sys, cjdesigner.layout.drawing; print(sorted({m.split('.')[0] for m in sys.modules} & {'PySide6', 'reportlab'}))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_a_personas_role_in_the_legend_wraps_to_a_second_line_before_it_is_cut():
    from cjdesigner.io.sample import sample_project
    from cjdesigner.layout.drawing import legend_drawing

    project = sample_project()
    journey = project.journeys[0]
    legend = legend_drawing(project, journey, L.layout_journey(project, journey))
    roles = {p.id: p.role for p in project.personas}
    for entry in legend.entries:
        shown = " ".join(line.text for line in entry.lines[1:])
        assert shown == roles[entry.persona_id], "the whole role, over two lines"
        assert all(line.baseline <= entry.badge.y + 30 for line in entry.lines)
