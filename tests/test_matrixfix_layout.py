"""The matrix's labels: room for a quadrant's title only under the title, and no label cut down to
less than two whole words (the tooltip has the text)."""

from __future__ import annotations

from decisions_builders import decisions_project
from cjdesigner.layout.matrix import matrix_drawing
from cjdesigner.model.document import Card


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
