"""A journey as a PowerPoint deck (16:9) of native shapes, for the room: no picture of text anywhere.

- an overview slide: the whole map, scaled to fit, from the same layout and drawing description as
  the screen and the PDF (stage headers, lane rows, cards as editable text boxes, persona badges,
  blueprint lines, each persona's emotion curve as a native line with its own dash and markers);
- one slide per stage (more when it holds many cards): its cards in their lanes, drawn from the same
  card drawings, scaled so that card text reads at 14 pt or more, with each persona's emotion there;
- one slide per persona: badge, role, quote, description, goals and frustrations, and their curve.

python-pptx is imported only here and makes the presentation and its slides; the shapes are written as
XML (pptx_shapes). Positions are map points; 1 pt is 12,700 EMU.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from cjdesigner import colours
from cjdesigner.export.options import ExportOptions, ExportReport, Progress, report_progress
from cjdesigner.export.plain_text import CONTROL, named, strip_control
from cjdesigner.export.pptx_shapes import NO_TEXT, Paragraph, SlideShapes, clean, paragraphs, text_body, written_slide_part
from cjdesigner.export.selection import selected_journey
from cjdesigner.i18n import QT_TRANSLATE_NOOP, arg, map_words, translate
from cjdesigner.layout import CARD_H, CARD_W, layout_journey
from cjdesigner.layout.drawing import (
    CARD_TEXT_SIZE,
    CardDrawing,
    Disc,
    badge,
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
PAGE_MARGIN = 24.0
STAGE_TITLE_H = 64.0
STAGE_LANE_W = 170.0
COLUMNS_PER_SLIDE = 3
ROWS_PER_SLIDE = 3
GAP = 12.0
MAX_ZOOM = 2.4
BADGE_LINE_W = 0.5  # points, whatever the slide's scale
WORDS = map_words("slides", {
    "overview": QT_TRANSLATE_NOOP("slides", "Overview"),
    "persona": QT_TRANSLATE_NOOP("slides", "Persona"),
    "goals": QT_TRANSLATE_NOOP("slides", "Goals"),
    "frustrations": QT_TRANSLATE_NOOP("slides", "Frustrations"),
    "emotion": QT_TRANSLATE_NOOP("slides", "Emotion"),
})


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


def emu(value: float) -> int:
    """Points to the English Metric Units a slide measures in; the overview slide uses it too."""
    return int(round(value * EMU_PER_PT))


MARKERS = {"square": "rect", "triangle": "triangle", "diamond": "diamond"}


class Deck:
    """The presentation being built, with the few shape kinds the map needs. python-pptx makes the
    presentation and its slides; each slide's shapes are written as XML (see pptx_shapes)."""

    def __init__(self) -> None:
        from pptx import Presentation

        self.prs = Presentation()
        self.prs.slide_width = emu(SLIDE_W)
        self.prs.slide_height = emu(SLIDE_H)
        self.blank = self.prs.slide_layouts[6]
        self.current: SlideShapes | None = None
        self.count = 0
        self.dropped: dict[str, None] = {}  # shown texts that held control characters, in order, once

    def _shown(self, text: str) -> None:
        if CONTROL.search(text):
            self.dropped[strip_control(text)[:40]] = None

    def slide(self, title: str) -> SlideShapes:
        """A new blank slide. python-pptx's `add_slide` reads every slide's relationship and id to
        add one (a deck of 600 slides spent 3 s there); a deck built here only ever appends, so the
        slide's part name, relationship and id are counted on."""
        from pptx.opc.constants import RELATIONSHIP_TYPE
        from pptx.opc.packuri import PackURI

        self.finish()
        self.count += 1
        part = self.prs.part
        slide_part = written_slide_part().new(PackURI(f"/ppt/slides/slide{self.count}.xml"), part.package, self.blank.part)
        relationship = part.rels._add_relationship(RELATIONSHIP_TYPE.SLIDE, slide_part)
        self.prs.slides._sldIdLst._add_sldId(id=255 + self.count, rId=relationship)
        slide = slide_part.slide
        slide.name = clean(title)[:60]
        self.current = SlideShapes(slide)
        return self.current

    def finish(self) -> None:
        """Adds the slide being written to the deck."""
        if self.current is not None:
            self.current.close()
            self.current = None

    def box(self, slide: SlideShapes, x: int, y: int, w: int, h: int, fill: str | None, line: str | None, *, rounded: bool = False,
            line_w: float = 0.75, shape: str | None = None, name: str | None = None, text: str = NO_TEXT) -> None:
        """A rectangle (or `shape`, a preset geometry) with its fill and outline, and `text` (see `text`) inside."""
        kind = shape if shape is not None else ("roundRect" if rounded else "rect")
        slide.box(kind, x, y, max(w, 1), max(h, 1), fill, line, emu(line_w), name, text)

    def text(self, text: str | list[Paragraph], size: float = 0.0, colour: str = colours.INK, *, bold: bool = False, margin: float = 4.0,
             centre: bool = False, anchor_top: bool = True, wrap: bool = True) -> str:
        """A shape's own text (a paragraph a line): editable in PowerPoint, wrapped at the shape's width."""
        for shown in [text] if isinstance(text, str) else [line.text for line in text]:
            self._shown(shown)
        lines = paragraphs(text, size, colour, bold) if isinstance(text, str) else text
        return text_body(lines, emu(margin), centre=centre, anchor_top=anchor_top, wrap=wrap)

    def label(self, slide: SlideShapes, x: int, y: int, w: int, h: int, text: str, size: float, colour: str = colours.INK, *,
              bold: bool = False, centre: bool = False, name: str | None = None) -> None:
        self._shown(text)
        slide.label(x, y, max(w, 1), max(h, 1), paragraphs(text, size, colour, bold), centre=centre, name=name)

    def line(self, slide: SlideShapes, points: list[tuple[int, int]], colour: str, width: float, dash: tuple[float, ...], name: str | None = None) -> None:
        """A native open polyline (a freeform without fill), dashed like the persona's line."""
        slide.line(points, colour, emu(width), colours.DASHES.index(dash) if dash in colours.DASHES else 0, name)

    def marker(self, slide: SlideShapes, kind: str, cx: int, cy: int, r: int, fill: str, border: str) -> None:
        self.box(slide, cx - r, cy - r, 2 * r, 2 * r, fill, border, shape=MARKERS.get(kind, "ellipse"), line_w=0.75)

    def badge(self, slide: SlideShapes, disc: Disc, cx: int, cy: int, r: int, size: float, name: str) -> None:
        """A persona's badge in the drawing's colours (fill, outline, initials), at EMU (cx, cy)."""
        initials = self.text(disc.initials.text, size, disc.initials.colour, bold=disc.initials.bold, margin=0, centre=True, anchor_top=False, wrap=False)
        self.box(slide, cx - r, cy - r, 2 * r, 2 * r, disc.fill, disc.border, shape="ellipse", line_w=BADGE_LINE_W,
                 name=f"Badge {name[:40]}", text=initials)

    def persona_badge(self, slide: SlideShapes, persona: Persona, x: float, y: float, r: float, size: float) -> None:
        """A badge centred on slide point (x, y), beside a name or an emotion rather than on a card."""
        self.badge(slide, badge(persona, x, y, r, size, BADGE_LINE_W), emu(x), emu(y), emu(r), size, persona.name)

    def card(self, slide: SlideShapes, frame: Frame, x: float, y: float, card: Card, drawing: CardDrawing, personas: dict[str, Persona]) -> None:
        """A card from its drawing: the box, its text (editable) and its badges, at map point (x, y)."""
        left, top = frame.at(x, y)
        text = NO_TEXT
        if drawing.chart is None:
            size = (drawing.lines[0].size if drawing.lines else CARD_TEXT_SIZE) * frame.scale
            text = self.text(card.text, size, margin=6.0 * frame.scale)
        self.box(slide, left, top, frame.emu(CARD_W), frame.emu(CARD_H), drawing.fill, drawing.border, rounded=True,
                 line_w=max(0.25, drawing.border_width * frame.scale), name=f"Card {card.id}", text=text)
        if drawing.chart is not None:  # a chart lane's card: its chart as shapes, as the PDF draws it
            for bar in drawing.chart.bars:
                bx, by = frame.at(x + bar.x, y + bar.y)
                self.box(slide, bx, by, frame.emu(bar.w), frame.emu(bar.h), bar.fill, bar.border if bar.border_width else None,
                         line_w=max(0.25, bar.border_width * frame.scale), name="Chart bar")
            for line in drawing.chart.texts:
                self.line_of_text(slide, frame, x, y, line)
        elif drawing.metric is not None:
            self.line_of_text(slide, frame, x, y, drawing.metric, name="Metric")
        for persona_id, disc in drawing.badges:
            persona = personas.get(persona_id)
            if persona is not None:
                bx, by = frame.at(x + disc.x, y + disc.y)
                self.badge(slide, disc, bx, by, frame.emu(disc.radius), disc.initials.size * frame.scale, persona.name)

    def line_of_text(self, slide: SlideShapes, frame: Frame, x: float, y: float, line: TextLine, name: str | None = None) -> None:
        """A line of the drawing as a text box whose first baseline is the line's, for card parts."""
        from cjdesigner.layout.metrics import ASCENT

        left, top = frame.at(x + line.x, y + line.baseline - ASCENT * line.size)
        width = frame.emu(max(CARD_W - line.x - 4, 10))
        self.label(slide, left, top, width, frame.emu(line.size * 1.35), line.text, line.size * frame.scale, line.colour, bold=line.bold, name=name)

    def save(self) -> bytes:
        self.finish()
        out = io.BytesIO()
        self.prs.save(out)
        return out.getvalue()


Page = Callable[["Deck"], None]  # draws one slide


def write_pptx(project: Project, options: ExportOptions, path: str | Path, progress: Progress | None = None) -> tuple[int, list[str]]:
    """Write the deck atomically, or nothing when `progress` stops it; returns its slide count and
    what a slide could not show."""
    from cjdesigner.io.atomic import write_atomic

    data, slides, warnings = _deck_bytes(project, options, progress)
    write_atomic(Path(path), data, keep_backup=False)
    return slides, warnings


def pptx_bytes(project: Project, options: ExportOptions, progress: Progress | None = None) -> tuple[bytes, list[str]]:
    data, _, warnings = _deck_bytes(project, options, progress)
    return data, warnings


def _deck_bytes(project: Project, options: ExportOptions, progress: Progress | None) -> tuple[bytes, int, list[str]]:
    """Every slide is planned first, so that progress is reported against the whole deck, a slide at
    a time, and the last step is writing the file's parts."""
    from cjdesigner.export.pptx_overview import overview_pages

    journey = selected_journey(project, options.selection)
    layout = layout_journey(project, journey)
    drawings = MapDrawingSet(project, journey, layout)
    language = project.language if isinstance(project.language, Language) else Language.EN
    pages = overview_pages(project, journey, layout, drawings, WORDS["overview"][language])
    for stage in journey.stages:
        pages += _stage_pages(project, journey, drawings, stage.id)
    pages += [partial(_persona_slide, project=project, journey=journey, persona=project.persona(p), language=language) for p in journey.persona_ids]
    total = len(pages) + 1
    report_progress(progress, 0, total)
    deck = Deck()
    for done, page in enumerate(pages, 1):
        page(deck)
        report_progress(progress, done, total)
    data = deck.save()
    report_progress(progress, total, total)
    warnings: list[str] = []
    hidden = [lane.title for lane in options.selection.journey(project).lanes if lane.hidden]
    if hidden:
        warnings.append(arg(translate("export", "hidden lanes are not on the slides: %1"), ", ".join(hidden)))
    if deck.dropped:
        warnings.append(arg(translate("export", "a slide cannot hold control characters, so they were left out of: %1"), named(list(deck.dropped))))
    return data, len(pages), warnings


def _stage_pages(project: Project, journey: Journey, drawings: MapDrawingSet, stage_id: str) -> list[Page]:
    """The stage's cards lane by lane, in rows of up to three, three rows a slide."""
    rows: list[tuple[str, list[Card]]] = []
    for lane_id in drawings.layout.lane_order:
        cards = journey.cell_cards(stage_id, lane_id)
        for start in range(0, len(cards), COLUMNS_PER_SLIDE):
            rows.append((lane_id, cards[start : start + COLUMNS_PER_SLIDE]))
    pages = [rows[i : i + ROWS_PER_SLIDE] for i in range(0, len(rows), ROWS_PER_SLIDE)] or [[]]
    name = drawings.stages[stage_id].name
    return [
        partial(_stage_slide, project=project, journey=journey, drawings=drawings, stage_id=stage_id, page=page,
                title=name if len(pages) == 1 else f"{name} ({number}/{len(pages)})")
        for number, page in enumerate(pages, 1)
    ]


def _stage_slide(deck: Deck, *, project: Project, journey: Journey, drawings: MapDrawingSet, stage_id: str,
                 page: list[tuple[str, list[Card]]], title: str) -> None:
    """One slide of a stage: its rows of cards as large as fit."""
    stage = drawings.stages[stage_id]
    personas = {p.id: p for p in project.personas}
    slide = deck.slide(title)
    deck.box(slide, 0, 0, emu(SLIDE_W), emu(8), stage.colour, None)
    deck.label(slide, emu(PAGE_MARGIN), emu(16), emu(SLIDE_W / 2), emu(36), title, 26, bold=True, name="Title")
    _stage_emotions(deck, slide, project, journey, stage_id, personas)
    if not page:
        return
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
            deck.box(slide, emu(PAGE_MARGIN), emu(y), emu(STAGE_LANE_W - GAP), emu(h), lane_header_fill(lane), colours.GRID,
                     name=f"Lane {lane.title[:40]}", text=deck.text(lane.title, 16, bold=True, margin=8))
        previous = lane_id
        frame = Frame(PAGE_MARGIN + STAGE_LANE_W, y, scale)
        for index, card in enumerate(cards):
            drawing = drawings.card(card.id) or card_drawing(card, lane, personas)
            deck.card(slide, frame, index * (CARD_W + GAP / scale), 0, card, drawing, personas)
        y += h + GAP


def _stage_emotions(deck: Deck, slide: SlideShapes, project: Project, journey: Journey, stage_id: str, personas: dict[str, Persona]) -> None:
    """Each persona's emotion at this stage, top right: badge, then the score in words."""
    language = project.language if isinstance(project.language, Language) else Language.EN
    points = [p for p in journey.emotion_points if p.stage_id == stage_id and p.persona_id in personas]
    x = SLIDE_W - PAGE_MARGIN - 200 * len(points[:3])
    for point in points[:3]:
        persona = personas[point.persona_id]
        deck.persona_badge(slide, persona, x + 12, 34, 12, 10)
        words = EMOTION_SCORE_TITLES[point.score][language] + (f" — {point.label}" if point.label else "")
        deck.label(slide, emu(x + 30), emu(24), emu(165), emu(24), words, 12)
        x += 200


def _persona_slide(deck: Deck, *, project: Project, journey: Journey, persona: Persona, language: Language) -> None:
    words = {key: word[language] for key, word in WORDS.items()}
    slide = deck.slide(persona.name)
    deck.box(slide, 0, 0, emu(SLIDE_W), emu(8), persona.colour, None)
    deck.persona_badge(slide, persona, PAGE_MARGIN + 36, 60, 36, 26)
    deck.label(slide, emu(PAGE_MARGIN + 90), emu(26), emu(600), emu(40), persona.name, 30, bold=True, name="Title")
    if persona.role:
        deck.label(slide, emu(PAGE_MARGIN + 90), emu(68), emu(600), emu(24), persona.role, 16, colours.MUTED)
    y = 118.0
    for text, size in ((f"« {persona.quote} »" if language == Language.FR else f"“{persona.quote}”", 18) if persona.quote else ("", 0), (persona.description, 14)):
        if text:
            deck.label(slide, emu(PAGE_MARGIN), emu(y), emu(SLIDE_W / 2 - PAGE_MARGIN), emu(70), text, size)
            y += 76
    for column, (title, items) in enumerate(((words["goals"], persona.goals), (words["frustrations"], persona.frustrations))):
        if items:
            x = PAGE_MARGIN + column * (SLIDE_W / 4)
            deck.label(slide, emu(x), emu(y), emu(SLIDE_W / 4 - 12), emu(24), title, 16, bold=True)
            deck.label(slide, emu(x), emu(y + 26), emu(SLIDE_W / 4 - 12), emu(SLIDE_H - y - 50), "\n".join(f"• {g}" for g in items), 14)
    _persona_curve(deck, slide, project, journey, persona, words["emotion"])


def _persona_curve(deck: Deck, slide: SlideShapes, project: Project, journey: Journey, persona: Persona, title: str) -> None:
    """The persona's emotion through the stages, as a native line, right half of the slide."""
    order = {s.id: i for i, s in enumerate(journey.stages)}
    points = sorted((p for p in journey.emotion_points if p.persona_id == persona.id and p.stage_id in order), key=lambda p: order[p.stage_id])
    if not points or not journey.stages:
        return
    left, top, width, height = SLIDE_W / 2 + 20, 130.0, SLIDE_W / 2 - 20 - PAGE_MARGIN, 300.0
    deck.label(slide, emu(left), emu(top - 30), emu(width), emu(24), title, 16, bold=True)
    step = width / len(journey.stages)
    y_of = lambda score: top + (2 - score) / 4 * height  # noqa: E731
    for score in (2, 1, 0, -1, -2):
        deck.line(slide, [(emu(left), emu(y_of(score))), (emu(left + width), emu(y_of(score)))], colours.GRID, 0.75, colours.DASHES[2])
        deck.label(slide, emu(left - 30), emu(y_of(score) - 8), emu(26), emu(16), f"{score:+d}" if score else "0", 11, colours.MUTED)
    for stage in journey.stages:
        deck.label(slide, emu(left + order[stage.id] * step), emu(top + height + 8), emu(step - 4), emu(40), stage.name, 11, colours.MUTED, centre=True)
    placed = [(p.id, left + (order[p.stage_id] + 0.5) * step, y_of(p.score), p.label) for p in points]
    curve = persona_curve(project, persona, placed)
    spots = [(emu(p.x), emu(p.y)) for p in curve.points]
    if curve.drawn:
        deck.line(slide, spots, curve.colour, 3.0, curve.dash)
    for x, y in spots:
        deck.marker(slide, curve.marker, x, y, emu(7), curve.colour, curve.border)


__all__ = ["write_pptx", "pptx_bytes", "LaneKind"]


def export_pptx(project: Project, options: ExportOptions, path: Path, progress: Progress | None = None) -> ExportReport:
    """The registry's entry point: the same writer, its slide count and warnings in a report."""
    slides, warnings = write_pptx(project, options, path, progress)
    return ExportReport(pages=slides, warnings=warnings)
