"""The deck's overview: the whole map from the same layout and drawing description as the screen and
the PDF, cut into windows of whole stages and lanes, each on a slide of its own, so that no card's
text is smaller than MIN_TEXT points (one slide squeezing a large map printed its cards at 1.4 pt).

Each window repeats its lane headers on the left and its stage headers on top, as a tiled print
repeats them."""

from __future__ import annotations

from functools import partial

from cjdesigner import colours
from cjdesigner.layout.drawing import GOAL_SIZE, LANE_TITLE_SIZE, STAGE_NAME_SIZE
from cjdesigner.layout.drawing_set import MapDrawingSet
from cjdesigner.layout.grid import MapLayout
from cjdesigner.layout.theme import NORMAL
from cjdesigner.model.document import Card, Journey, Project

MIN_TEXT = 8.0  # points on the slide, for the smallest card text the layout fits (NORMAL.min_text)
MIN_SCALE = MIN_TEXT / NORMAL.min_text
EDGE = 12.0
HEADING_H = 34.0


def _groups(spans: list[tuple[str, float]], room: float) -> list[list[str]]:
    """Ids in order, cut into runs whose spans add up to at most `room` (a longer one alone)."""
    groups: list[list[str]] = []
    used = room + 1
    for item, span in spans:
        if used + span > room:
            groups.append([])
            used = 0.0
        groups[-1].append(item)
        used += span
    return groups


def overview_pages(project: Project, journey: Journey, layout: MapLayout, drawings: MapDrawingSet, title: str) -> list:
    """The overview's slides, each a function drawing it on the deck it is given."""
    from cjdesigner.export.pptx import SLIDE_H, SLIDE_W

    stages = [(s, layout.stages[s]) for s in layout.stage_order]
    lanes = [(la, layout.lanes[la]) for la in layout.lane_order]
    header_w = lanes[0][1].w if lanes else 0.0
    header_h = stages[0][1].h if stages else 0.0
    body_w = sum(rect.w for _, rect in stages) + header_w
    body_h = sum(rect.h for _, rect in lanes) + header_h
    room_w, room_h = SLIDE_W - 2 * EDGE, SLIDE_H - 2 * EDGE - HEADING_H
    scale = max(MIN_SCALE, min(room_w / max(body_w, 1), room_h / max(body_h, 1)))
    columns = _groups([(s, rect.w) for s, rect in stages], room_w / scale - header_w) or [[]]
    rows = _groups([(la, rect.h) for la, rect in lanes], room_h / scale - header_h) or [[]]
    count = len(columns) * len(rows)
    windows = [(column, row) for row in rows for column in columns]
    column_of = {stage_id: index for index, column in enumerate(columns) for stage_id in column}
    row_of = {lane_id: index for index, row in enumerate(rows) for lane_id in row}
    cards: list[list[Card]] = [[] for _ in windows]  # each window's cards, in the map's order, sorted once
    for card in journey.cards:
        if card.stage_id in column_of and card.lane_id in row_of and card.id in layout.cards and drawings.card(card.id) is not None:
            cards[row_of[card.lane_id] * len(columns) + column_of[card.stage_id]].append(card)
    return [
        partial(_window, project=project, journey=journey, layout=layout, drawings=drawings, name=title if count == 1 else f"{title} ({number}/{count})",
                stage_ids=column, lane_ids=row, cards=cards[number - 1], scale=scale)
        for number, (column, row) in enumerate(windows, 1)
    ]


def _window(deck, *, project: Project, journey: Journey, layout: MapLayout, drawings: MapDrawingSet, name: str,
            stage_ids: list[str], lane_ids: list[str], cards: list[Card], scale: float) -> None:
    from cjdesigner.export.pptx import Frame, SLIDE_W, emu

    slide = deck.slide(name)
    personas = {p.id: p for p in project.personas}
    deck.label(slide, emu(EDGE), emu(EDGE), emu(SLIDE_W / 2), emu(HEADING_H - 6), f"{journey.title} — {name}", 16, bold=True, name="Title")
    x = SLIDE_W - EDGE
    for persona_id in reversed(journey.persona_ids):  # the key: each persona's badge and name
        persona = personas.get(persona_id)
        if persona is not None:
            x -= 130
            deck.persona_badge(slide, persona, x + 9, EDGE + 11, 9, 7)
            deck.label(slide, emu(x + 22), emu(EDGE + 4), emu(106), emu(16), persona.name, 10, bold=True)
    if not stage_ids and not lane_ids:
        return
    first_stage = layout.stages[stage_ids[0]] if stage_ids else None
    first_lane = layout.lanes[lane_ids[0]] if lane_ids else None
    header_w = first_lane.w if first_lane else 0.0
    top = EDGE + HEADING_H
    body_top = top + (first_stage.h if first_stage else 0.0) * scale
    left = EDGE + header_w * scale
    x0 = first_stage.x if first_stage else 0.0
    x1 = layout.stages[stage_ids[-1]].right if stage_ids else x0
    y0 = first_lane.y if first_lane else 0.0
    y1 = layout.lanes[lane_ids[-1]].bottom if lane_ids else y0
    body = Frame(left - x0 * scale, body_top - y0 * scale, scale)
    side = Frame(EDGE - (first_lane.x if first_lane else 0.0) * scale, body.y, scale)
    heads = Frame(body.x, top - (first_stage.y if first_stage else 0.0) * scale, scale)
    for lane_id in lane_ids:
        lane, rect, head = drawings.lanes[lane_id], layout.lanes[lane_id], drawings.lane(lane_id)
        deck.box(slide, *body.at(x0, rect.y), body.emu(x1 - x0), body.emu(rect.h), drawings.cell_fill(lane_id), head.border, line_w=0.25,
                 name=f"Lane row {lane.title[:40]}")
        deck.box(slide, *side.at(rect.x, rect.y), side.emu(rect.w), side.emu(rect.h), head.fill, head.border, line_w=0.25,
                 name=f"Lane {lane.title[:40]}", text=deck.text(lane.title, LANE_TITLE_SIZE * scale, drawings.theme.ink, bold=True, margin=6 * scale))
    _stage_heads(deck, slide, drawings, layout, stage_ids, heads)
    for card in cards:
        rect = layout.cards[card.id]
        deck.card(slide, body, rect.x, rect.y, card, drawings.card(card.id), personas)
    _lines(deck, slide, drawings, body, (x0, x1, y0, y1), personas)


def _stage_heads(deck, slide, drawings: MapDrawingSet, layout: MapLayout, stage_ids: list[str], frame) -> None:
    from cjdesigner.export.pptx_shapes import Paragraph, colour, paragraphs

    scale = frame.scale
    for stage_id in stage_ids:
        stage, rect, head = drawings.stages[stage_id], layout.stages[stage_id], drawings.stage(stage_id)
        ink, muted = drawings.theme.ink, drawings.theme.muted  # the header's name and goals, as its drawing colours them
        name, *goal = paragraphs(stage.name + (f"\n{stage.goal}" if stage.goal else ""), STAGE_NAME_SIZE * scale, ink, True)
        goal_size = max(12700, int(name.size * 127 * GOAL_SIZE / STAGE_NAME_SIZE)) // 127
        lines = [name] + [Paragraph(line.text, goal_size, colour(muted)) for line in goal]
        deck.box(slide, *frame.at(rect.x, rect.y), frame.emu(rect.w), frame.emu(rect.h), head.fill, head.border, line_w=0.25,
                 name=f"Stage {stage.name[:40]}", text=deck.text(lines, margin=8 * scale))
        if head.bar is not None:
            deck.box(slide, *frame.at(rect.x + head.bar.x, rect.y + head.bar.y), frame.emu(head.bar.w), frame.emu(head.bar.h), head.bar_colour, None)


def _lines(deck, slide, drawings: MapDrawingSet, frame, window: tuple[float, float, float, float], personas) -> None:
    """Score guides, blueprint lines and emotion curves, cut to the window's stages and lanes."""
    from cjdesigner.export.pptx import emu

    x0, x1, y0, y1 = window
    scale = frame.scale
    curves = drawings.curves()
    for guide in curves.guides:
        if y0 <= guide.y <= y1:
            deck.line(slide, [frame.at(max(x0, guide.x0), guide.y), frame.at(min(x1, guide.x1), guide.y)], guide.colour, max(0.25, guide.width * scale), colours.DASHES[2])
    for guide in curves.blueprint:
        if y0 <= guide.y <= y1:
            deck.line(slide, [frame.at(x0, guide.y), frame.at(x1, guide.y)], guide.colour, max(0.5, guide.width * scale), colours.DASHES[1])
            if guide.label is not None:
                label = guide.label
                lx, ly = frame.at(x0 + 4, label.baseline - label.size)
                deck.label(slide, lx, ly, frame.emu(200), frame.emu(label.size * 1.3), label.text, label.size * scale, label.colour, bold=label.bold)
    for curve in curves.curves:
        points = [frame.at(p.x, p.y) for p in curve.points if x0 <= p.x <= x1 and y0 <= p.y <= y1]
        if len(points) >= 2:
            deck.line(slide, points, curve.colour, max(0.75, curve.width * scale), curve.dash, name=f"Emotion curve {personas[curve.persona_id].name[:40]}")
        for px, py in points:
            deck.marker(slide, curve.marker, px, py, max(frame.emu(curve.marker_radius), emu(1.5)), curve.colour, curve.border)
