"""Appendix pages after the map: one page per persona, and the pain points and opportunities of
each stage ranked by severity and votes, the list a workshop takes away."""

from __future__ import annotations

from reportlab.lib.colors import Color

from cjdesigner.export.page_setup import TITLE_BLOCK_H
from cjdesigner.export.pdf import palette
from cjdesigner.export.pdf.fonts import BOLD, REGULAR, measure
from cjdesigner.export.pdf.sheets import PageWriter, bold_measure
from cjdesigner.export.pdf.words import word
from cjdesigner.model.document import Card, Persona
from cjdesigner.model.vocabulary import Language, LaneKind
from cjdesigner.textfit import wrap

QUOTES = {Language.EN: ("“", "”"), Language.FR: ("« ", " »")}


class Flow:
    """Text running down pages; a new page, with its heading marked "continued", when one fills up."""

    def __init__(self, pages: PageWriter, heading: str) -> None:
        self.pages = pages
        self.heading = heading
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
        self.c.drawString(self.left, self.y, heading)
        self.y -= 14

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
    language = pages.language
    where = f'persona "{persona.name}"'
    flow = Flow(pages, persona.name)
    if persona.role:
        flow.paragraph(persona.role, where, 11, colour=palette.MUTED)
    if persona.quote:
        opening, closing = QUOTES[language]
        flow.space(6)
        flow.paragraph(f"{opening}{persona.quote}{closing}", where, 12)
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
    scores = {p.stage_id: p for p in journey.emotion_points if p.persona_id == persona.id}
    if scores:
        flow.space(10)
        flow.paragraph(word("emotions", language), where, 12, bold=True)
        for stage in journey.stages:
            point = scores.get(stage.id)
            if point is None:
                continue
            score = f"{point.score:+d}" if point.score else "0"
            label = f" — {point.label}" if point.label else ""
            flow.paragraph(f"{stage.name}: {score}{label}", where, 10, indent=14, bullet="•")
    cards = sum(1 for card in journey.cards if persona.id in card.persona_ids)
    flow.space(10)
    flow.paragraph(word("cards", language, value=cards), where, 9, colour=palette.MUTED)
    flow.end()


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
        flow.paragraph(stage.name, f'stage "{stage.name}"', 13, bold=True)
        for kind, key in ((LaneKind.PAIN_POINTS, "pain_points"), (LaneKind.OPPORTUNITIES, "opportunities")):
            cards = ranked([c for c in journey.cards if c.stage_id == stage.id and kinds.get(c.lane_id) == kind])
            flow.space(3)
            flow.paragraph(word(key, language), "", 10, bold=True, colour=palette.MUTED)
            if not cards:
                flow.paragraph(word("none", language), "", 9, colour=palette.MUTED, indent=14)
            for card in cards:
                flow.paragraph(card_line(card, language), f'card "{card.text[:40]}"', 10, indent=14, bullet="•")
    flow.end()


def card_line(card: Card, language: Language) -> str:
    text = " ".join(card.text.split()) or "—"
    details = []
    if card.severity:
        details.append(word("severity", language, value=card.severity))
    if card.votes:
        details.append(word("vote", language) if card.votes == 1 else word("votes", language, value=card.votes))
    return f"{text} ({', '.join(details)})" if details else text
