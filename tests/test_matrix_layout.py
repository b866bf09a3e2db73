"""The impact/effort matrix's description (layout/matrix.py), without Qt: where each dot goes, its
size and look, dots sharing a cell, the quadrants' names and the opportunities not scored, room for a
quadrant's title only under the title, and no label cut down to less than two whole words."""

import itertools

import pytest

from decisions_builders import OPPORTUNITIES, decisions_project
from cjdesigner.layout.matrix import (
    MIN_HEIGHT,
    MIN_WIDTH,
    R_MAX,
    R_MIN,
    STATUS_COLOURS,
    STATUS_MARKS,
    dot_radius,
    matrix_drawing,
)
from cjdesigner.model.backlog import Quadrant
from cjdesigner.model.document import Card
from cjdesigner.model.vocabulary import Language, OpportunityStatus


def _drawing(language=Language.EN, **size):
    project = decisions_project(language)
    return matrix_drawing(project, project.journeys[0], **size)


def test_each_dot_sits_in_the_cell_and_quadrant_of_its_impact_and_effort():
    drawing = _drawing()
    expected = {"quick": Quadrant.QUICK_WINS, "bet": Quadrant.BIG_BETS, "fill": Quadrant.FILL_INS, "pit": Quadrant.MONEY_PITS}
    for dot in drawing.dots:
        text, impact, effort, votes, status, _stage = OPPORTUNITIES[dot.card_id]
        assert (dot.impact, dot.effort, dot.votes) == (impact, effort, votes)
        assert dot.status == (status or OpportunityStatus.OPEN)
        assert drawing.value_at(dot.swatch.x, dot.swatch.y) == (impact, effort)  # the dot is drawn inside its cell
        area = next(a for a in drawing.quadrants if a.quadrant == dot.quadrant)
        assert area.rect.contains(dot.swatch.x, dot.swatch.y)
        if dot.card_id in expected:
            assert dot.quadrant == expected[dot.card_id]
        assert " ".join(t.text for t in dot.label).replace("… ", "").startswith(text.split()[0])


@pytest.mark.parametrize(
    ("language", "names"),
    [
        (Language.EN, ["Quick wins", "Big bets", "Fill-ins", "Money pits"]),
        (Language.FR, ["Gains rapides", "Paris stratégiques", "À-côtés", "Gouffres"]),
    ],
)
def test_the_four_quadrants_are_named_in_the_maps_language(language, names):
    drawing = _drawing(language)
    assert [a.title.text for a in drawing.quadrants] == names
    quick, bet, fill, pit = (a.rect for a in drawing.quadrants)
    assert quick.y < fill.y and quick.x < bet.x  # quick wins top left, money pits bottom right
    assert pit.x == bet.x and pit.y == fill.y


def test_the_radius_grows_with_votes_between_a_readable_floor_and_ceiling():
    radii = [dot_radius(votes, 50) for votes in range(0, 51)]
    assert radii[0] == R_MIN and radii[-1] == R_MAX
    assert all(a < b for a, b in zip(radii[1:], radii[2:]))
    assert all(a <= b for a, b in zip(radii, radii[1:]))
    assert dot_radius(7, 0) == R_MIN  # a matrix without votes draws every dot the same
    drawing = _drawing()
    by_votes = sorted(drawing.dots, key=lambda d: d.votes)
    lone = [d for d in by_votes if d.card_id in ("quick", "bet", "fill", "pit")]  # alone in their cells
    assert [d.swatch.radius for d in lone] == sorted(d.swatch.radius for d in lone)
    assert lone[0].swatch.radius == R_MIN and lone[-1].swatch.radius == R_MAX


def test_dots_sharing_a_cell_are_spread_so_none_hides_another():
    drawing = _drawing()
    twins = [d for d in drawing.dots if d.card_id.startswith("twin")]
    assert len(twins) == 3
    for a, b in itertools.combinations(twins, 2):
        distance = ((a.swatch.x - b.swatch.x) ** 2 + (a.swatch.y - b.swatch.y) ** 2) ** 0.5
        assert distance >= a.swatch.radius + b.swatch.radius
    for dot in twins:
        assert drawing.value_at(dot.swatch.x, dot.swatch.y) == (4, 2)
        assert drawing.dot_at(dot.swatch.x, dot.swatch.y).card_id == dot.card_id


def test_many_dots_in_one_cell_still_never_overlap():
    project = decisions_project()
    journey = project.journeys[0]
    for card in journey.cards:
        if card.impact is not None:
            card.impact, card.effort = 3, 3
    drawing = matrix_drawing(project, journey, MIN_WIDTH, MIN_HEIGHT)
    assert len(drawing.dots) == len(OPPORTUNITIES)
    for a, b in itertools.combinations(drawing.dots, 2):
        distance = ((a.swatch.x - b.swatch.x) ** 2 + (a.swatch.y - b.swatch.y) ** 2) ** 0.5
        assert distance >= a.swatch.radius + b.swatch.radius


def test_status_has_a_colour_and_a_black_and_white_mark_of_its_own_and_a_legend():
    assert len(set(STATUS_COLOURS.values())) == len(OpportunityStatus)
    assert len(set(STATUS_MARKS.values())) == len(OpportunityStatus)
    drawing = _drawing()
    marks = {d.card_id: d.swatch.mark for d in drawing.dots}
    assert marks["quick"] == "half" and marks["bet"] == "ring" and marks["fill"] == "crossed" and marks["pit"] == "solid"
    words = [t.text for t in drawing.texts]
    for title in ("Open", "In progress", "Done", "Dropped", "Status", "Size: votes", "12 votes", "no votes"):
        assert title in words
    assert {s.mark for s in drawing.legend} >= set(STATUS_MARKS.values())


def test_opportunities_without_impact_or_effort_are_listed_as_not_scored():
    drawing = _drawing()
    assert drawing.not_scored == ("unscored-0",)
    assert "unscored-0" not in {d.card_id for d in drawing.dots}
    assert "Not scored (1)" in [t.text for t in drawing.texts]
    assert [t.text for t in drawing.not_scored_lines] == ["• Loyalty points"]
    french = _drawing(Language.FR)
    assert "Sans score (1)" in [t.text for t in french.texts]


def test_a_long_list_of_unscored_opportunities_ends_with_how_many_more():
    project = decisions_project(unscored=tuple(f"Idea {n}" for n in range(60)))
    drawing = matrix_drawing(project, project.journeys[0])
    assert len(drawing.not_scored) == 60
    shown = len(drawing.not_scored_lines)
    assert 0 < shown < 60
    assert f"and {60 - shown} more" in [t.text for t in drawing.texts]
    assert all(t.baseline <= drawing.height for t in drawing.not_scored_lines)


def test_value_at_snaps_to_the_nearest_cell_within_the_scale():
    drawing = _drawing()
    for impact, effort in itertools.product(range(1, 6), repeat=2):
        assert drawing.value_at(*drawing.centre(impact, effort)) == (impact, effort)
    assert drawing.value_at(-500, -500) == (5, 1)
    assert drawing.value_at(5000, 5000) == (1, 5)


def test_every_part_stays_inside_the_matrix_at_any_size():
    for width, height in ((MIN_WIDTH, MIN_HEIGHT), (820, 560), (1400, 500), (540, 700)):
        drawing = _drawing(width=width, height=height)
        for text in (*drawing.texts, *drawing.not_scored_lines, *(t for d in drawing.dots for t in d.label)):
            assert 0 <= text.x and text.baseline <= height + 0.5, text
        for dot in drawing.dots:
            assert drawing.plot.contains(dot.swatch.x, dot.swatch.y)


def with_cards(extra: list[Card]):
    project = decisions_project()
    journey = project.journeys[0]
    return project, journey.model_copy(update={"cards": [*journey.cards, *extra]})


def test_only_the_cells_under_a_quadrants_title_keep_room_for_it():
    extra = [Card(id=f"top-{e}", stage_id="s1", lane_id="ideas", position=20 + e, text="Top", impact=5, effort=e) for e in (2, 3)]
    project, journey = with_cards(extra)
    d = matrix_drawing(project, journey)
    quick = d.dot("quick")  # impact 5, effort 1: under "Quick wins"
    beside = d.dot("top-3")  # impact 5, effort 3: no title over it
    title = next(q.title for q in d.quadrants if q.quadrant.value == "quick_wins")
    assert quick.swatch.y - quick.swatch.radius > title.baseline  # under the title
    assert beside.swatch.y - beside.swatch.radius < title.baseline  # the cell without a title uses its top
    assert beside.label and beside.label[0].baseline < title.baseline + 20


def test_a_label_cut_to_less_than_two_words_is_left_out():
    text = "Supercalifragilisticexpialidocious onboarding checklist for every new customer segment"
    for count, size in ((2, (560, 380)), (4, (560, 380)), (4, (820, 560)), (6, (820, 560))):
        extra = [Card(id=f"crowd-{i}", stage_id="s1", lane_id="ideas", position=30 + i, text=text, impact=1, effort=5) for i in range(count)]
        project, journey = with_cards(extra)
        d = matrix_drawing(project, journey, *size)
        for i in range(count):
            shown = " ".join(t.text for t in d.dot(f"crowd-{i}").label)
            whole = [w for w, s in zip(text.split(), shown.split()) if w == s]
            assert shown == "" or shown == text or len(whole) >= 2, (count, size, shown)
