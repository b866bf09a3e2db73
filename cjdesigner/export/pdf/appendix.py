"""Appendix pages after the map: one page per persona, and the pain points and opportunities of
each stage ranked by severity and votes, the list a workshop takes away."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.colors import Color

from cjdesigner.i18n import QT_TRANSLATE_NOOP, MapWord, arg
from cjdesigner.export.page_setup import TITLE_BLOCK_H
from cjdesigner.export.pdf import palette
from cjdesigner.export.pdf.fonts import BOLD, REGULAR, bold_measure, measure
from cjdesigner.export.pdf.shapes import card_label, flip
from cjdesigner.export.pdf.sheets import PageWriter
from cjdesigner.export.pdf.words import word
from cjdesigner.layout.drawing import badge, persona_curve
from cjdesigner.model.document import Card, Persona
from cjdesigner.model.vocabulary import Language, LaneKind
from cjdesigner.textfit import elide, wrap

QUOTE = MapWord("pdf words", QT_TRANSLATE_NOOP("pdf words", "“%1”"))
BADGE_R = 22.0
CHART_H = 140.0
SUMMARY_CHARS = 600  # a card's text in the summary; a pasted document would fill pages


class Flow:
    """Text running down pages; a new page, with its heading marked "continued", when one fills up."""

    def __init__(self, pages: PageWriter, heading: str, heading_indent: float = 0) -> None:
        self.pages = pages
        self.heading = heading
        self.heading_indent = heading_indent
        self.context = ""  # a section heading repeated, marked "continued", when a page breaks inside it
        self.c = pages.c
        self.left = pages.setup.margin
        self.width = pages.setup.content_w
        self.bottom = pages.setup.margin + (TITLE_BLOCK_H if pages.setup.title_block else 0) + 6
        self.y = 0.0
        self.begin(continued=False)

    def begin(self, continued: bool) -> None:
        self.pages.start_page()
        heading = self.pages.text(self.heading, "a heading")
        if continued:
            heading = f"{heading} {word('continued', self.pages.language)}"
        self.y = self.pages.height - self.pages.setup.margin - 18
        self.c.setFillColor(palette.INK)
        self.c.setFont(BOLD, 18)
        self.c.drawString(self.left + (0 if continued else self.heading_indent), self.y, heading)
        self.heading_y = self.y
        self.y -= 14
        if continued and self.context:
            self.y -= 8
            self.c.setFont(BOLD, 13)
            self.c.drawString(self.left, self.y, f"{self.context} {word('continued', self.pages.language)}")
            self.y -= 4

    def end(self) -> None:
        if self.pages.setup.title_block:
            self.pages.draw_title_block()
        self.pages.finish_page()

    def room(self, height: float) -> None:
        if self.y - height < self.bottom:
            self.end()
            self.begin(continued=True)

    def space(self, height: float) -> None:
        self.y -= height

    def picture(self, scale: float, paint: Callable[[], None]) -> None:
        """A drawing painted by `paint` from its top-left corner, y going down, here and at `scale`;
        then the page ends."""
        c = self.c
        c.saveState()
        c.translate(self.left, self.y)
        c.scale(scale, scale)
        paint()
        c.restoreState()
        self.end()

    def paragraph(
        self, text: str, where: str, size: float = 10, bold: bool = False, colour: Color = palette.INK, indent: float = 0, bullet: str = ""
    ) -> None:
        measure_with = bold_measure if bold else measure
        lines = wrap(self.pages.text(text, where), self.width - indent, size, measure_with)
        leading = size * 1.3
        for index, line in enumerate(lines):
            self.room(leading)
            self.y -= leading
            self.c.setFillColor(colour)
            self.c.setFont(BOLD if bold else REGULAR, size)
            if bullet and index == 0:
                self.c.drawString(self.left + indent - 10, self.y, bullet)
            self.c.drawString(self.left + indent, self.y, line)


def persona_pages(pages: PageWriter) -> None:
    personas = {p.id: p for p in pages.project.personas}
    for persona_id in pages.journey.persona_ids:
        if persona_id in personas:
            persona_page(pages, personas[persona_id])


def persona_page(pages: PageWriter, persona: Persona) -> None:
    """The persona's badge and name, a rule in their colour, their quote, story, goals and
    frustrations, and their emotion curve across the stages drawn as on the map."""
    language = pages.language
    where = f'persona "{persona.name}"'
    flow = Flow(pages, persona.name, heading_indent=BADGE_R * 2 + 12)
    c = pages.c
    pages.draw_badge(badge(persona, flow.left + BADGE_R, -(flow.heading_y + 6 - BADGE_R / 2), BADGE_R, 15, 1.0), flip, where)
    if persona.role:
        flow.paragraph(persona.role, where, 11, colour=palette.MUTED, indent=BADGE_R * 2 + 12)
    flow.y = min(flow.y, flow.heading_y - BADGE_R * 1.6)
    c.setStrokeColor(palette.colour(persona.colour))
    c.setLineWidth(2.5)
    c.line(flow.left, flow.y, flow.left + flow.width, flow.y)
    flow.space(6)
    if persona.quote:
        flow.space(6)
        flow.paragraph(arg(QUOTE[language], persona.quote), where, 13)
    if persona.description:
        flow.space(6)
        flow.paragraph(persona.description, where, 10)
    for key, items in (("goals", persona.goals), ("frustrations", persona.frustrations)):
        if items:
            flow.space(10)
            flow.paragraph(word(key, language), where, 12, bold=True)
            for item in items:
                flow.paragraph(item, where, 10, indent=14, bullet="•")
    journey = pages.journey
    points = {p.stage_id: p for p in journey.emotion_points if p.persona_id == persona.id}
    if points:
        flow.space(12)
        flow.room(CHART_H + 30)
        flow.paragraph(word("emotions", language), where, 12, bold=True)
        emotion_chart(flow, persona, points)
    cards = sum(1 for card in journey.cards if persona.id in card.persona_ids)
    flow.space(10)
    flow.paragraph(word("cards", language, value=cards), where, 9, colour=palette.MUTED)
    flow.end()


def emotion_chart(flow: Flow, persona: Persona, points: dict) -> None:
    """The persona's −2…+2 curve over the journey's stages, with the dash and marker of the map."""
    pages, c = flow.pages, flow.c
    stages = pages.journey.stages
    top = flow.y - 8
    bottom = top - CHART_H
    left, right = flow.left + 26, flow.left + flow.width
    step = (right - left) / max(1, len(stages))
    inner_bottom, inner_h = bottom + 20, CHART_H - 30

    def score_y(score: int) -> float:
        return inner_bottom + (score + 2) / 4 * inner_h

    c.setLineWidth(0.6)
    c.setStrokeColor(palette.GRID)
    c.setDash(1, 2)
    for score in (2, 1, 0, -1, -2):
        c.line(left, score_y(score), right, score_y(score))
        c.setFillColor(palette.MUTED)
        c.setFont(REGULAR, 8)
        c.drawRightString(left - 6, score_y(score) - 3, f"{score:+d}" if score else "0")
    c.setDash()
    c.setFont(REGULAR, 8)
    for index, stage in enumerate(stages):
        name = elide(pages.text(stage.name, f'stage "{stage.name}"'), step - 6, 8, measure)
        c.drawCentredString(left + step * (index + 0.5), bottom + 4, name)
    placed = [(left + step * (i + 0.5), points[s.id]) for i, s in enumerate(stages) if s.id in points]
    curve = persona_curve(pages.project, persona, [(p.id, x, -score_y(p.score), p.label) for x, p in placed], 5, step / 2)
    pages.draw_curve(curve, flip)
    flow.y = bottom - 4


def ranked(cards: list[Card]) -> list[Card]:
    """Most severe first, then most voted, then in the map's order."""
    return sorted(cards, key=lambda c: (-(c.severity or 0), -c.votes, c.position))


def summary_pages(pages: PageWriter) -> None:
    language, journey = pages.language, pages.journey
    flow = Flow(pages, word("summary", language))
    flow.paragraph(word("summary_help", language), "", 9, colour=palette.MUTED)
    kinds = {lane.id: lane.kind for lane in journey.lanes}
    for stage in journey.stages:
        flow.space(10)
        flow.room(60)
        flow.context = ""
        flow.paragraph(stage.name, f'stage "{stage.name}"', 13, bold=True)
        flow.context = pages.text(stage.name, f'stage "{stage.name}"')
        for kind, key in ((LaneKind.PAIN_POINTS, "pain_points"), (LaneKind.OPPORTUNITIES, "opportunities")):
            cards = ranked([c for c in journey.cards if c.stage_id == stage.id and kinds.get(c.lane_id) == kind])
            flow.space(3)
            flow.room(3 * 13)  # a heading never ends a page without its first item
            flow.paragraph(word(key, language), "", 10, bold=True, colour=palette.MUTED)
            if not cards:
                flow.paragraph(word(f"no_{key}", language), "", 9, colour=palette.MUTED, indent=14)
            for card in cards:
                flow.paragraph(card_line(card, language), f'card "{card_label(card.text)}"', 10, indent=14, bullet="•")
    flow.end()


def card_line(card: Card, language: Language) -> str:
    text = " ".join(card.text.split()) or "—"
    if len(text) > SUMMARY_CHARS:
        text = text[: SUMMARY_CHARS - 1] + "…"
    details = []
    if card.severity:
        details.append(word("severity", language, value=card.severity))
    if card.votes:
        details.append(word("vote", language) if card.votes == 1 else word("votes", language, value=card.votes))
    return f"{text} ({', '.join(details)})" if details else text
