"""The Qt-free geometry shared by the canvas and the PDF."""

from builders import small_project
from cjdesigner import layout as L
from cjdesigner.io.templates import project_from_template
from cjdesigner.model import Lane
from cjdesigner.model import edits as E
from cjdesigner.model.vocabulary import LaneKind
from cjdesigner.textfit import fit_text


def measure(text: str, size: float) -> float:
    return len(text) * size * 0.5


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
