"""A journey as a PowerPoint deck (16:9) of native shapes, for the room: no picture of text anywhere.

- an overview slide: the whole map, scaled to fit, from the same layout and drawing description as
  the screen and the PDF (stage headers, lane rows, cards as editable text boxes, persona badges,
  blueprint lines, each persona's emotion curve as a native line with its own dash and markers);
- one slide per stage (more when it holds many cards): its cards in their lanes, drawn from the same
  card drawings, scaled so that card text reads at 14 pt or more, with each persona's emotion there;
- one slide per persona: badge, role, quote, description, goals and frustrations, and their curve.

python-pptx is imported only here. Positions are map points; 1 pt is 12,700 EMU.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from cjdesigner import colours
from cjdesigner.export.options import ExportOptions, ExportReport, Progress
from cjdesigner.export.selection import selected_journey
from cjdesigner.i18n import arg, translate
from cjdesigner.layout import CARD_H, CARD_W, layout_journey
from cjdesigner.layout.drawing import (
    CARD_TEXT_SIZE,
    CardDrawing,
    card_drawing,
    lane_header_fill,
    persona_curve,
)
from cjdesigner.layout.drawing_set import MapDrawingSet
from cjdesigner.layout.theme import TextLine
from cjdesigner.model.document import Card, Journey, Persona, Project
from cjdesigner.model.vocabulary import EMOTION_SCORE_TITLES, Language, LaneKind

EMU_PER_PT = 12700
SLIDE_W = 960.0  # points: 13.333 in × 7.5 in, PowerPoint's 16:9
SLIDE_H = 540.0
FONT = "DejaVu Sans"
PAGE_MARGIN = 24.0
STAGE_TITLE_H = 64.0
STAGE_LANE_W = 170.0
COLUMNS_PER_SLIDE = 3
ROWS_PER_SLIDE = 3
GAP = 12.0
MAX_ZOOM = 2.4
WORDS = {
    Language.EN: {"overview": "Overview", "persona": "Persona", "goals": "Goals", "frustrations": "Frustrations", "emotion": "Emotion"},
    Language.FR: {"overview": "Vue d'ensemble", "persona": "Persona", "goals": "Objectifs", "frustrations": "Frustrations", "emotion": "Émotion"},
}


@dataclass(frozen=True)
class Frame:
    """Where map points land on a slide: offset in points, then scale."""

    x: float
    y: float
    scale: float

    def emu(self, value: float) -> int:
        return int(round(value * self.scale * EMU_PER_PT))

    def at(self, x: float, y: float) -> tuple[int, int]:
        return int(round((self.x + x * self.scale) * EMU_PER_PT)), int(round((self.y + y * self.scale) * EMU_PER_PT))


def _rgb(hex_colour: str):
    from pptx.dml.color import RGBColor

    return RGBColor.from_string(hex_colour.lstrip("#").upper())


def _pt(value: float) -> int:
    return int(round(value * EMU_PER_PT))


@lru_cache(maxsize=1)
def _counted_freeform():
    """python-pptx's freeform builder, taking the new shape's id from the slide's count (see
    Deck.slide) instead of reading every id on the slide."""
    from pptx.oxml.shapes.autoshape import CT_Shape
    from pptx.shapes.freeform import FreeformBuilder

    class Counted(FreeformBuilder):
        def _add_freeform_sp(self, origin_x, origin_y):
            shape_id = self._shapes._next_shape_id
            sp = CT_Shape.new_freeform_sp(shape_id, f"Freeform {shape_id - 1}", origin_x + self._left, origin_y + self._top, self._width, self._height)
            self._shapes._spTree.insert_element_before(sp, "p:extLst")
            return sp

    return Counted


def _freeform(shapes, x: int, y: int):
    return _counted_freeform().new(shapes, x, y, 1.0, 1.0)


class Deck:
    """The presentation being built, with the few shape kinds the map needs."""

    def __init__(self) -> None:
        from pptx import Presentation

        self.prs = Presentation()
        self.prs.slide_width = _pt(SLIDE_W)
        self.prs.slide_height = _pt(SLIDE_H)
        self.blank = self.prs.slide_layouts[6]

    def slide(self, title: str):
        slide = self.prs.slides.add_slide(self.blank)
        slide.name = title[:60]
        # python-pptx otherwise finds each new shape's id by reading every id on the slide: a slide
        # of a thousand cards took minutes. Counting on from the slide's largest id is enough here,
        # as shapes are only ever added.
        slide.shapes.turbo_add_enabled = True
        return slide

    def box(self, slide, x: int, y: int, w: int, h: int, fill: str | None, line: str | None, *, rounded: bool = False, line_w: float = 0.75, shape=None):
        from pptx.enum.shapes import MSO_SHAPE

        kind = shape if shape is not None else (MSO_SHAPE.ROUNDED_RECTANGLE if rounded else MSO_SHAPE.RECTANGLE)
        item = slide.shapes.add_shape(kind, x, y, max(w, 1), max(h, 1))
        if rounded:
            item.adjustments[0] = 0.07
        if fill is None:
            item.fill.background()
        else:
            item.fill.solid()
            item.fill.fore_color.rgb = _rgb(fill)
        if line is None:
            item.line.fill.background()
        else:
            item.line.color.rgb = _rgb(line)
            item.line.width = _pt(line_w)
        item.shadow.inherit = False
        return item

    def text(self, shape, text: str, size: float, colour: str = colours.INK, *, bold: bool = False, margin: float = 4.0, centre: bool = False, anchor_top: bool = True, wrap: bool = True) -> None:
        """Text into a shape's own text frame: editable in PowerPoint, wrapped at the shape's width."""
        from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
        from pptx.util import Pt

        frame = shape.text_frame
        frame.word_wrap = wrap
        frame.auto_size = MSO_AUTO_SIZE.NONE
        frame.vertical_anchor = MSO_ANCHOR.TOP if anchor_top else MSO_ANCHOR.MIDDLE
        for side in ("margin_left", "margin_right", "margin_top", "margin_bottom"):
            setattr(frame, side, _pt(margin))
        for index, part in enumerate(text.split("\n")):
            paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
            paragraph.alignment = PP_ALIGN.CENTER if centre else PP_ALIGN.LEFT
            run = paragraph.add_run()
            run.text = part
            run.font.size = Pt(max(1.0, round(size, 1)))
            run.font.bold = bold
            run.font.name = FONT
            run.font.color.rgb = _rgb(colour)

    def label(self, slide, x: int, y: int, w: int, h: int, text: str, size: float, colour: str = colours.INK, *, bold: bool = False, centre: bool = False):
        item = slide.shapes.add_textbox(x, y, max(w, 1), max(h, 1))
        self.text(item, text, size, colour, bold=bold, margin=0, centre=centre)
        return item

    def line(self, slide, points: list[tuple[int, int]], colour: str, width: float, dash: tuple[float, ...]):
        """A native open polyline (a freeform without fill), dashed like the persona's line."""
        from pptx.enum.dml import MSO_LINE_DASH_STYLE

        builder = _freeform(slide.shapes, points[0][0], points[0][1])
        builder.add_line_segments(points[1:], close=False)
        item = builder.convert_to_shape()
        item.fill.background()
        item.line.color.rgb = _rgb(colour)
        item.line.width = _pt(width)
        styles = {0: MSO_LINE_DASH_STYLE.SOLID, 1: MSO_LINE_DASH_STYLE.DASH, 2: MSO_LINE_DASH_STYLE.ROUND_DOT, 3: MSO_LINE_DASH_STYLE.DASH_DOT}
        item.line.dash_style = styles[colours.DASHES.index(dash) if dash in colours.DASHES else 0]
        item.shadow.inherit = False
        return item

    def marker(self, slide, kind: str, cx: int, cy: int, r: int, fill: str, border: str):
        from pptx.enum.shapes import MSO_SHAPE

        shapes = {"square": MSO_SHAPE.RECTANGLE, "triangle": MSO_SHAPE.ISOSCELES_TRIANGLE, "diamond": MSO_SHAPE.DIAMOND}
        return self.box(slide, cx - r, cy - r, 2 * r, 2 * r, fill, border, shape=shapes.get(kind, MSO_SHAPE.OVAL), line_w=0.75)

    def badge(self, slide, persona: Persona, cx: int, cy: int, r: int, size: float):
        from pptx.enum.shapes import MSO_SHAPE

        from cjdesigner.layout.drawing import darker, is_dark

        item = self.box(slide, cx - r, cy - r, 2 * r, 2 * r, persona.colour, darker(persona.colour, 135), shape=MSO_SHAPE.OVAL, line_w=0.5)
        self.text(item, persona.badge_initials, size, "#FFFFFF" if is_dark(persona.colour) else colours.INK, bold=True, margin=0, centre=True, anchor_top=False, wrap=False)
        item.name = f"Badge {persona.name[:40]}"
        return item

    def card(self, slide, frame: Frame, x: float, y: float, card: Card, drawing: CardDrawing, personas: dict[str, Persona]):
        """A card from its drawing: the box, its text (editable) and its badges, at map point (x, y)."""
        left, top = frame.at(x, y)
        item = self.box(slide, left, top, frame.emu(CARD_W), frame.emu(CARD_H), drawing.fill, drawing.border, rounded=True, line_w=max(0.25, drawing.border_width * frame.scale))
        item.name = f"Card {card.id}"
        if drawing.chart is not None:  # a chart lane's card: its chart as shapes, as the PDF draws it
            for bar in drawing.chart.bars:
                bx, by = frame.at(x + bar.x, y + bar.y)
                self.box(slide, bx, by, frame.emu(bar.w), frame.emu(bar.h), bar.fill, bar.border if bar.border_width else None,
                         line_w=max(0.25, bar.border_width * frame.scale)).name = "Chart bar"
            for line in drawing.chart.texts:
                self.line_of_text(slide, frame, x, y, line)
        else:
            size = (drawing.lines[0].size if drawing.lines else CARD_TEXT_SIZE) * frame.scale
            self.text(item, card.text, size, margin=6.0 * frame.scale)
            if drawing.metric is not None:
                self.line_of_text(slide, frame, x, y, drawing.metric).name = "Metric"
        for persona_id, disc in drawing.badges:
            persona = personas.get(persona_id)
            if persona is not None:
                bx, by = frame.at(x + disc.x, y + disc.y)
                self.badge(slide, persona, bx, by, frame.emu(disc.radius), disc.initials.size * frame.scale)
        return item

    def line_of_text(self, slide, frame: Frame, x: float, y: float, line: TextLine):
        """A line of the drawing as a text box whose first baseline is the line's, for card parts."""
        from cjdesigner.layout.metrics import ASCENT

        left, top = frame.at(x + line.x, y + line.baseline - ASCENT * line.size)
        width = frame.emu(max(CARD_W - line.x - 4, 10))
        return self.label(slide, left, top, width, frame.emu(line.size * 1.35), line.text, line.size * frame.scale, line.colour, bold=line.bold)

    def save(self) -> bytes:
        out = io.BytesIO()
        self.prs.save(out)
        return out.getvalue()


def write_pptx(project: Project, options: ExportOptions, path: str | Path) -> list[str]:
    """Write the deck atomically; returns what a slide could not show."""
    from cjdesigner.io.atomic import write_atomic

    data, warnings = pptx_bytes(project, options)
    write_atomic(Path(path), data, keep_backup=False)
    return warnings


def pptx_bytes(project: Project, options: ExportOptions) -> tuple[bytes, list[str]]:
    journey = selected_journey(project, options.selection)
    layout = layout_journey(project, journey)
    drawings = MapDrawingSet(project, journey, layout)
    language = project.language if isinstance(project.language, Language) else Language.EN
    deck = Deck()
    warnings: list[str] = []
    from cjdesigner.export.pptx_overview import overview_slides

    overview_slides(deck, project, journey, layout, drawings, WORDS[language]["overview"])
    for stage in journey.stages:
        _stage_slides(deck, project, journey, drawings, stage.id)
    for persona_id in journey.persona_ids:
        _persona_slide(deck, project, journey, project.persona(persona_id), language)
    hidden = [lane.title for lane in options.selection.journey(project).lanes if lane.hidden]
    if hidden:
        warnings.append(arg(translate("export", "hidden lanes are not on the slides: %1"), ", ".join(hidden)))
    return deck.save(), warnings


def _stage_slides(deck: Deck, project: Project, journey: Journey, drawings: MapDrawingSet, stage_id: str) -> None:
    """The stage's cards lane by lane, in rows of up to three, three rows a slide, as large as fit."""
    stage = drawings.stages[stage_id]
    personas = {p.id: p for p in project.personas}
    rows: list[tuple[str, list[Card]]] = []
    for lane_id in drawings.layout.lane_order:
        cards = journey.cell_cards(stage_id, lane_id)
        for start in range(0, len(cards), COLUMNS_PER_SLIDE):
            rows.append((lane_id, cards[start : start + COLUMNS_PER_SLIDE]))
    pages = [rows[i : i + ROWS_PER_SLIDE] for i in range(0, len(rows), ROWS_PER_SLIDE)] or [[]]
    for number, page in enumerate(pages, 1):
        title = stage.name if len(pages) == 1 else f"{stage.name} ({number}/{len(pages)})"
        slide = deck.slide(title)
        deck.box(slide, 0, 0, _pt(SLIDE_W), _pt(8), stage.colour, None)
        deck.label(slide, _pt(PAGE_MARGIN), _pt(16), _pt(SLIDE_W / 2), _pt(36), title, 26, bold=True).name = "Title"
        _stage_emotions(deck, slide, project, journey, stage_id, personas)
        if not page:
            continue
        columns = max(len(cards) for _, cards in page)
        room_w = SLIDE_W - 2 * PAGE_MARGIN - STAGE_LANE_W
        room_h = SLIDE_H - STAGE_TITLE_H - PAGE_MARGIN
        scale = min(MAX_ZOOM, (room_w - (columns - 1) * GAP) / (columns * CARD_W), (room_h - (len(page) - 1) * GAP) / (len(page) * CARD_H))
        y = STAGE_TITLE_H
        previous = None
        for lane_id, cards in page:
            lane = drawings.lanes[lane_id]
            h = CARD_H * scale
            if lane_id != previous:
                header = deck.box(slide, _pt(PAGE_MARGIN), _pt(y), _pt(STAGE_LANE_W - GAP), _pt(h), lane_header_fill(lane), colours.GRID)
                deck.text(header, lane.title, 16, bold=True, margin=8)
                header.name = f"Lane {lane.title[:40]}"
            previous = lane_id
            frame = Frame(PAGE_MARGIN + STAGE_LANE_W, y, scale)
            for index, card in enumerate(cards):
                drawing = drawings.card(card.id) or card_drawing(card, lane, personas)
                deck.card(slide, frame, index * (CARD_W + GAP / scale), 0, card, drawing, personas)
            y += h + GAP


def _stage_emotions(deck: Deck, slide, project: Project, journey: Journey, stage_id: str, personas: dict[str, Persona]) -> None:
    """Each persona's emotion at this stage, top right: badge, then the score in words."""
    language = project.language if isinstance(project.language, Language) else Language.EN
    points = [p for p in journey.emotion_points if p.stage_id == stage_id and p.persona_id in personas]
    x = SLIDE_W - PAGE_MARGIN - 200 * len(points[:3])
    for point in points[:3]:
        persona = personas[point.persona_id]
        deck.badge(slide, persona, _pt(x + 12), _pt(34), _pt(12), 10)
        words = EMOTION_SCORE_TITLES[point.score][language] + (f" — {point.label}" if point.label else "")
        deck.label(slide, _pt(x + 30), _pt(24), _pt(165), _pt(24), words, 12)
        x += 200


def _persona_slide(deck: Deck, project: Project, journey: Journey, persona: Persona, language: Language) -> None:
    words = WORDS[language]
    slide = deck.slide(persona.name)
    deck.box(slide, 0, 0, _pt(SLIDE_W), _pt(8), persona.colour, None)
    deck.badge(slide, persona, _pt(PAGE_MARGIN + 36), _pt(60), _pt(36), 26)
    deck.label(slide, _pt(PAGE_MARGIN + 90), _pt(26), _pt(600), _pt(40), persona.name, 30, bold=True).name = "Title"
    if persona.role:
        deck.label(slide, _pt(PAGE_MARGIN + 90), _pt(68), _pt(600), _pt(24), persona.role, 16, colours.MUTED)
    y = 118.0
    for text, size in ((f"« {persona.quote} »" if language == Language.FR else f"“{persona.quote}”", 18) if persona.quote else ("", 0), (persona.description, 14)):
        if text:
            deck.label(slide, _pt(PAGE_MARGIN), _pt(y), _pt(SLIDE_W / 2 - PAGE_MARGIN), _pt(70), text, size)
            y += 76
    for column, (title, items) in enumerate(((words["goals"], persona.goals), (words["frustrations"], persona.frustrations))):
        if items:
            x = PAGE_MARGIN + column * (SLIDE_W / 4)
            deck.label(slide, _pt(x), _pt(y), _pt(SLIDE_W / 4 - 12), _pt(24), title, 16, bold=True)
            deck.label(slide, _pt(x), _pt(y + 26), _pt(SLIDE_W / 4 - 12), _pt(SLIDE_H - y - 50), "\n".join(f"• {g}" for g in items), 14)
    _persona_curve(deck, slide, project, journey, persona, words["emotion"])


def _persona_curve(deck: Deck, slide, project: Project, journey: Journey, persona: Persona, title: str) -> None:
    """The persona's emotion through the stages, as a native line, right half of the slide."""
    order = {s.id: i for i, s in enumerate(journey.stages)}
    points = sorted((p for p in journey.emotion_points if p.persona_id == persona.id and p.stage_id in order), key=lambda p: order[p.stage_id])
    if not points or not journey.stages:
        return
    left, top, width, height = SLIDE_W / 2 + 20, 130.0, SLIDE_W / 2 - 20 - PAGE_MARGIN, 300.0
    deck.label(slide, _pt(left), _pt(top - 30), _pt(width), _pt(24), title, 16, bold=True)
    step = width / len(journey.stages)
    y_of = lambda score: top + (2 - score) / 4 * height  # noqa: E731
    for score in (2, 1, 0, -1, -2):
        deck.line(slide, [(_pt(left), _pt(y_of(score))), (_pt(left + width), _pt(y_of(score)))], colours.GRID, 0.75, colours.DASHES[2])
        deck.label(slide, _pt(left - 30), _pt(y_of(score) - 8), _pt(26), _pt(16), f"{score:+d}" if score else "0", 11, colours.MUTED)
    for stage in journey.stages:
        deck.label(slide, _pt(left + order[stage.id] * step), _pt(top + height + 8), _pt(step - 4), _pt(40), stage.name, 11, colours.MUTED, centre=True)
    placed = [(p.id, left + (order[p.stage_id] + 0.5) * step, y_of(p.score), p.label) for p in points]
    curve = persona_curve(project, persona, placed)
    spots = [(_pt(p.x), _pt(p.y)) for p in curve.points]
    if curve.drawn:
        deck.line(slide, spots, curve.colour, 3.0, curve.dash)
    for x, y in spots:
        deck.marker(slide, curve.marker, x, y, _pt(7), curve.colour, curve.border)


__all__ = ["write_pptx", "pptx_bytes", "LaneKind"]


def export_pptx(project: Project, options: ExportOptions, path: Path, progress: Progress | None = None) -> ExportReport:
    """The registry's entry point: the same writer, its warnings in a report."""
    return ExportReport(warnings=write_pptx(project, options, path))
