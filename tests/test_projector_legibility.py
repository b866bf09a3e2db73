"""What a room reads on the projector, checked on the layout at the screen sizes rooms have: every
card of a stage, whatever its lane, the emotion band's labels, key and scale each in their own
place, the stage strip's names, and an empty stage that says so. Qt-free."""

from __future__ import annotations

import itertools

import pytest

from cjdesigner.i18n import in_language
from cjdesigner.io.sample import sample_project
from cjdesigner.layout.grid import Rect
from cjdesigner.layout.metrics import bold_measure, measure
from cjdesigner.layout.spotlight import EmotionBand, StageSpotlight, spotlight_layout
from cjdesigner.layout.theme import TextLine
from cjdesigner.model.document import Card, EmotionPoint, Lane, Project
from cjdesigner.model.vocabulary import LaneKind, Language

SCREENS = [(1600, 1000), (1920, 1080), (1280, 720)]
ASCENT, DESCENT = 0.8, 0.25  # of the text size, above and below the baseline


def _box(line: TextLine, dx: float = 0.0, dy: float = 0.0) -> Rect:
    width = (bold_measure if line.bold else measure)(line.text, line.size)
    return Rect(dx + line.x, dy + line.baseline - ASCENT * line.size, width, (ASCENT + DESCENT) * line.size)


def _overlap(a: Rect, b: Rect) -> bool:
    return a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom


def _inside(inner: Rect, outer: Rect) -> bool:
    return outer.x <= inner.x and inner.right <= outer.right + 0.5 and outer.y <= inner.y and inner.bottom <= outer.bottom + 0.5


def _every_stage(project: Project) -> list[tuple[tuple[int, int], str, StageSpotlight]]:
    journey = project.journeys[0]
    return [((w, h), s.id, spotlight_layout(project, journey, s.id, w, h)) for w, h in SCREENS for s in journey.stages]


def _bands(project: Project) -> list[tuple[tuple[int, int], str, EmotionBand]]:
    found = [(size, stage_id, spotlight.emotions) for size, stage_id, spotlight in _every_stage(project)]
    assert all(band is not None for _, _, band in found)
    return found  # type: ignore[return-value]


def test_a_card_of_any_lane_kind_is_shown_on_the_projector():
    for kind in LaneKind:
        project = sample_project()
        journey = project.journeys[0]
        lane = next((lane for lane in journey.lanes if lane.kind is kind), None)
        if lane is None:
            lane = Lane(id="added", title=kind.value, kind=kind)
            journey.lanes.append(lane)
        stage_id = journey.stages[0].id
        journey.cards.append(Card(id="new-card", stage_id=stage_id, lane_id=lane.id, position=99, text="Soulagée de trouver vite"))
        spotlight = spotlight_layout(project, journey, stage_id)
        shown = spotlight.card("new-card")
        assert shown is not None, kind
        if lane.chart is None:
            assert [line.text for line in shown.lines] == ["Soulagée de trouver vite"], kind
        else:  # a chart lane (the sample's funnel) draws its cards as charts
            assert shown.chart is not None, kind
        assert lane.id in {row.lane_id for row in spotlight.lanes}, kind
        if kind is LaneKind.EMOTIONS:
            assert spotlight.emotions is not None, "the curve keeps its band"
            assert not _overlap(shown.rect, spotlight.emotions.rect)


def test_the_emotion_band_labels_stand_apart():
    project = sample_project()
    for size, stage_id, band in _bands(project):
        boxes = [_box(point.label, point.x, point.y) for curve in band.curves for point in curve.points if point.label is not None]
        assert len(boxes) >= 2, (size, stage_id)
        for a, b in itertools.combinations(boxes, 2):
            assert not _overlap(a, b), (size, stage_id)
        for box in boxes:
            assert _inside(box, band.rect), (size, stage_id)


def test_labels_of_points_at_the_same_score_stand_apart():
    project = sample_project()
    journey = project.journeys[0]
    stage_id = journey.stages[1].id
    journey.emotion_points = [p.model_copy(update={"score": 0}) if p.stage_id == stage_id else p for p in journey.emotion_points]
    for width, height in SCREENS:
        band = spotlight_layout(project, journey, stage_id, width, height).emotions
        boxes = [_box(point.label, point.x, point.y) for curve in band.curves for point in curve.points if point.label is not None]
        assert len(boxes) == 2
        assert not _overlap(*boxes), (width, height)


def test_the_persona_key_stays_inside_the_band():
    project = sample_project()
    for size, stage_id, band in _bands(project):
        assert band.keys, (size, stage_id)
        for key in band.keys:
            assert _inside(_box(key.name), band.rect), (size, stage_id, key.name)
            assert band.rect.y < key.y < band.rect.bottom
        title = _box(band.title[0])
        assert all(not _overlap(title, _box(key.name)) for key in band.keys), (size, stage_id)


def test_a_long_emotion_lane_title_keeps_its_words_above_the_key():
    project = sample_project()
    journey = project.journeys[0]
    lane = next(lane for lane in journey.lanes if lane.kind is LaneKind.EMOTIONS)
    lane.title = "Courbe des émotions ressenties"
    for width, height in SCREENS:
        band = spotlight_layout(project, journey, journey.stages[1].id, width, height).emotions
        titles = [_box(line) for line in band.title]
        assert " ".join(line.text for line in band.title) == lane.title, (width, height)
        assert all(_inside(title, band.rect) for title in titles)
        assert not any(_overlap(title, _box(key.name)) for title in titles for key in band.keys)
        assert all(_inside(_box(key.name), band.rect) for key in band.keys)


def test_the_key_of_many_personas_stays_inside_the_band():
    project = sample_project()
    journey = project.journeys[0]
    stage_id = journey.stages[1].id
    extra = [project.personas[0].model_copy(update={"id": f"p{i}", "name": f"Persona {i}"}) for i in range(4)]
    project.personas.extend(extra)
    journey.persona_ids.extend(p.id for p in extra)
    journey.emotion_points.extend(EmotionPoint(id=f"e{i}", stage_id=stage_id, persona_id=p.id, score=i % 5 - 2) for i, p in enumerate(extra))
    for width, height in SCREENS:
        band = spotlight_layout(project, journey, stage_id, width, height).emotions
        assert len(band.keys) == 6
        names = [_box(key.name) for key in band.keys]
        assert all(_inside(name, band.rect) for name in names), (width, height)
        assert all(not _overlap(a, b) for a, b in itertools.combinations(names, 2)), (width, height)


def test_the_numbers_of_the_emotion_scale_stand_apart():
    project = sample_project()
    for size, stage_id, band in _bands(project):
        labels = [_box(guide.label) for guide in band.guides if guide.label is not None]
        assert [guide.label.text for guide in band.guides] == ["+2", "+1", "0", "−1", "−2"]
        for a, b in zip(labels, labels[1:]):
            assert a.bottom <= b.y, (size, stage_id)
        assert all(_inside(label, band.rect) for label in labels), (size, stage_id)


def test_the_stage_strip_cuts_no_name_that_has_room():
    project = sample_project()
    journey = project.journeys[0]
    for size, _, spotlight in _every_stage(project):
        for index, (stage, chip) in enumerate(zip(journey.stages, spotlight.strip)):
            label = chip.label
            name = f"{index + 1}. {stage.name}"
            room = chip.rect.right - label.x
            count = sum(1 for c in journey.cards if c.stage_id == stage.id)
            if bold_measure(name, label.size) <= room * 0.9:
                assert label.text in (name, f"{name} ({count})"), (size, label.text)
            assert label.x + bold_measure(label.text, label.size) <= chip.rect.right, (size, label.text)


@pytest.mark.parametrize("language", [Language.FR, Language.EN])
def test_an_empty_stage_says_it_has_no_cards(language):
    project = sample_project()
    project.language = language
    journey = project.journeys[0]
    empty_id = journey.stages[2].id
    journey.cards = [c for c in journey.cards if c.stage_id != empty_id]
    hint = in_language(language.value, "projector", "No cards in this stage yet")
    assert hint != "—" and (language is Language.EN) == (hint == "No cards in this stage yet")
    with_band = spotlight_layout(project, journey, empty_id)
    assert with_band.emotions is not None and not with_band.cards
    assert with_band.empty is not None and with_band.empty.text == hint
    assert not _overlap(_box(with_band.empty), with_band.emotions.rect)
    assert _inside(_box(with_band.empty), with_band.body)
    journey.emotion_points = []
    bare = spotlight_layout(project, journey, empty_id)
    assert bare.emotions is None and bare.empty is not None and bare.empty.text == hint
    assert _inside(_box(bare.empty), bare.body)
