"""The projector paints a description from layout/: its pips, vote dots, timer, status, focus ring
and ranking bars are pieces of `layout.projector`, and the painter holds no size, position or colour
rule of its own. Qt-free except for the source scan, which only reads files."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from cjdesigner import colours
from cjdesigner.io.sample import sample_project
from cjdesigner.layout import projector as P
from cjdesigner.layout import projector_theme as S
from cjdesigner.layout.spotlight import spotlight_layout
from cjdesigner.model.document import Vote, VotingRound

PRESENTATION = Path(__file__).resolve().parents[1] / "cjdesigner" / "ui" / "presentation"
HEX = re.compile(r"#[0-9A-Fa-f]{3,8}\b")
IDLE = P.TimerState("05:00", False, False, False, 300_000)


def _room(dots=None, focus_id=None, timer=IDLE, status=(), note="") -> P.RoomState:
    return P.RoomState(dots or {}, focus_id, timer, tuple(status), note)


def _stage():
    project = sample_project()
    journey = project.journeys[0]
    stage_id = journey.stages[1].id
    return project, journey, spotlight_layout(project, journey, stage_id)


def test_the_projector_painter_holds_no_number_colour_or_arithmetic_of_its_own():
    tree = ast.parse((PRESENTATION / "painter.py").read_text(encoding="utf-8"))
    numbers = [node.value for node in ast.walk(tree) if isinstance(node, ast.Constant) and type(node.value) in (int, float)]
    assert set(numbers) <= {0, 1}, numbers
    texts = [node.value for node in ast.walk(tree) if isinstance(node, ast.Constant) and isinstance(node.value, str)]
    assert not [text for text in texts if HEX.search(text)]
    # sizes are only scaled (to measure what the room sees), never computed
    for node in ast.walk(tree):
        if isinstance(node, ast.BinOp):
            operands = {getattr(node.left, "id", None), getattr(node.right, "id", None)}
            assert isinstance(node.op, ast.Mult) and "scale" in operands, ast.unparse(node)


def test_no_presentation_window_writes_a_colour_literal():
    for path in PRESENTATION.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        texts = [node for node in ast.walk(tree) if isinstance(node, ast.Constant) and isinstance(node.value, str) and HEX.search(node.value)]
        assert not texts, (path.name, [t.value for t in texts])


def test_a_card_describes_its_severity_pips_vote_dots_and_focus_ring():
    project, journey, spotlight = _stage()
    placed = spotlight.cards[0]
    journey.card(placed.card_id).severity = 3
    spotlight = spotlight_layout(project, journey, spotlight.stage_id)
    placed = spotlight.card(placed.card_id)
    screen = P.projector_screen(spotlight, journey, _room({placed.card_id: (2, 1)}, focus_id=placed.card_id))
    face = next(card for card in screen.stage.cards if card.placed.card_id == placed.card_id)
    assert [pip.fill for pip in face.pips] == [colours.SEVERITY_ON] * 3 + [colours.SEVERITY_OFF] * 2
    assert all(placed.dots_rect.x <= pip.x <= placed.dots_rect.right for pip in face.pips)
    assert [(dot.fill, dot.ring) for dot in face.dots] == [(S.DOT, S.DOT_RING)] * 2 + [(None, S.DOT)]
    assert max(dot.x for dot in face.dots) < min(pip.x for pip in face.pips)  # dots left of the pips
    assert face.count is None
    assert face.focus is not None and face.focus.border == S.FOCUS and face.focus.fill is None
    assert face.focus.rect.x < placed.rect.x and face.focus.rect.right > placed.rect.right
    assert face.panel == P.Panel(placed.rect, placed.fill, face.panel.radius, placed.border, face.panel.border_width)
    others = [card for card in screen.stage.cards if card.placed.card_id != placed.card_id]
    assert all(card.focus is None and not card.dots for card in others)


def test_more_dots_than_drawn_become_one_dot_and_the_number():
    project, journey, spotlight = _stage()
    placed = spotlight.cards[0]
    screen = P.projector_screen(spotlight, journey, _room({placed.card_id: (S.MAX_DOTS_DRAWN + 3, 2)}))
    face = next(card for card in screen.stage.cards if card.placed.card_id == placed.card_id)
    assert len(face.dots) == 1 and face.count is not None
    assert face.count.text == f"× {S.MAX_DOTS_DRAWN + 3} + 2" and face.count.colour == S.CARD_INK


def test_the_timer_and_the_status_are_described_in_each_state():
    project, journey, spotlight = _stage()
    states = {
        "paused": (IDLE, S.SUBTLE, S.LANE_BAND),
        "running": (P.TimerState("03:20", True, False, False, 200_000), S.HEADING, S.LANE_BAND),
        "last minute": (P.TimerState("00:30", True, False, False, 30_000), S.TIMER_WARNING, S.LANE_BAND),
        "ended": (P.TimerState("00:00", False, False, True, 0), S.TIMER_WARNING, S.LANE_BAND),
        "flashing": (P.TimerState("00:00", False, True, True, 0), S.BACKGROUND, S.FOCUS),
    }
    for name, (timer, ink, fill) in states.items():
        screen = P.projector_screen(spotlight, journey, _room(timer=timer, status=("Priorités", "Ana : 2 points")))
        panel, text = screen.timer
        assert (panel.rect, panel.fill, text.text, text.colour) == (spotlight.timer_rect, fill, timer.text, ink), name
        assert (screen.frame is not None) == timer.flashing, name
        assert [(line.text, line.colour) for line in screen.status] == [("Priorités", S.SUBTLE), ("Ana : 2 points", S.FOCUS)]
        assert all(line.x >= spotlight.status_rect.x for line in screen.status)
    noted = P.projector_screen(spotlight, journey, _room(status=("Priorités", "Ana : 2 points"), note="Plus de points"))
    assert [(line.text, line.colour) for line in noted.status] == [("Priorités", S.SUBTLE), ("Plus de points", S.TIMER_WARNING)]


def test_the_stage_ranking_and_blackout_screens():
    project, journey, spotlight = _stage()
    stage = P.projector_screen(spotlight, journey, _room()).stage
    assert len(stage.lanes) == len(spotlight.lanes) and all(lane.panel.fill == S.LANE_BAND for lane in stage.lanes)
    assert all(lane.swatch is not None for lane in stage.lanes)
    assert [chip.panel.opacity == 1.0 for chip in stage.chips] == [chip.current for chip in spotlight.strip]
    assert stage.band is not None and set(stage.band.opacity.values()) <= {1.0, P.FADED_POINT}
    black = P.projector_screen(spotlight, journey, _room(), blackout=True)
    assert black == P.ProjectorScreen(P.BLACKOUT)
    voting_round = VotingRound(id="r1", name="Priorités", budget=3)
    empty = P.projector_screen(spotlight, journey, _room(), ranking=voting_round, no_votes="No votes in this round.")
    assert empty.stage is None and empty.ranking.empty.text == "No votes in this round." and empty.timer is not None
    card_id = spotlight.cards[0].card_id
    voted = P.projector_screen(spotlight, journey, _room(), ranking=voting_round.model_copy(update={"votes": [Vote(participant="Ana", card_id=card_id)] * 2}))
    (row,) = voted.ranking.rows
    assert row.number.text == "1." and row.number.colour == S.FOCUS and row.bar.fill == S.FOCUS


def test_the_emotion_key_names_each_persona_whole():
    """From the back of the room "Jean-Pierre M…" says less than the name: the key's line sample is
    short enough to leave the sample's names whole."""
    project, journey, spotlight = _stage()
    names = {p.id: p.name for p in project.personas}
    assert spotlight.emotions is not None and spotlight.emotions.keys
    assert all(key.name.text == names[key.persona_id] for key in spotlight.emotions.keys)
