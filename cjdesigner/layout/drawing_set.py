"""One map's drawings, made on demand and kept by id: what the canvas and the PDF ask for, card by
card and header by header, so that an edit remakes only the drawings it touched."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from cjdesigner.layout.branch_drawing import BranchDrawing, branch_drawing
from cjdesigner.layout.charts import LaneCharts
from cjdesigner.layout.drawing import (
    CardDrawing,
    CurveDrawing,
    CurvePoint,
    HeaderDrawing,
    LegendDrawing,
    PersonaCurve,
    card_drawing,
    cell_fill,
    curve_drawing,
    lane_drawing,
    legend_drawing,
    stage_drawing,
)
from cjdesigner.layout.grid import MapLayout, Rect
from cjdesigner.layout.theme import NORMAL, Theme
from cjdesigner.model.document import Card, Journey, Project
from cjdesigner.model.vocabulary import Language


class MapDrawingSet:
    """The drawings of one laid-out journey, each made the first time it is asked for.

    `reuse` hands over card drawings still valid from an earlier set (the ids an edit did not touch),
    so a small edit on a 5,000-card map does not refit every card's text."""

    def __init__(
        self, project: Project, journey: Journey, layout: MapLayout, reuse: dict[str, CardDrawing] | None = None, theme: Theme = NORMAL
    ) -> None:
        self.project = project
        self.theme = theme
        self.journey = journey
        self.layout = layout
        self.personas = {p.id: p for p in project.personas}
        self.lanes = {lane.id: lane for lane in journey.lanes}
        self.stages = {stage.id: stage for stage in journey.stages}
        self.language = project.language if isinstance(project.language, Language) else Language.EN
        self._cards_by_id = {card.id: card for card in journey.cards}
        self.cards: dict[str, CardDrawing] = reuse if reuse is not None else {}
        self._headers: dict[tuple[str, str], HeaderDrawing] = {}
        self._legend: LegendDrawing | None = None
        self._curves: CurveDrawing | None = None
        self._branches: BranchDrawing | None = None
        self._points: dict[str, tuple[PersonaCurve, CurvePoint]] | None = None
        self.charts = LaneCharts(project, journey, layout, self._cards_by_id)
        for card_id in self.charts.card_ids() if reuse else ():  # they depend on their lane's other cards
            self.cards.pop(card_id, None)

    def card(self, card_id: str) -> CardDrawing | None:
        drawing = self.cards.get(card_id)
        if drawing is None:
            card = self._cards_by_id.get(card_id)
            if card is None:
                return None
            drawing = card_drawing(card, self.lanes.get(card.lane_id), self.personas, self.theme, self.language)
            footer = bool(drawing.badges or drawing.channel or drawing.sentiment or drawing.severity or drawing.votes)
            chart = self.charts.chart(card, self.theme, footer)
            if chart is not None:
                drawing = drawing._replace(lines=(), goal=None, metric=None, chart=chart)  # the chart takes the whole card
            self.cards[card_id] = drawing
        return drawing

    def forget_cards(self, cards: Mapping[str, Card], card_ids: Iterable[str], lanes_moved: bool) -> set[str]:
        """After an edit of a few cards (`cards` maps the journey's cards by id, as they are now):
        their drawings are made again when next asked for, and when lanes moved or grew, the lane
        headers and the emotion curves too; everything else is kept. Returns the other cards whose
        drawings went too: the cards of a chart lane share its scale and its funnel."""
        for card_id in card_ids:
            self.cards.pop(card_id, None)
            card = cards.get(card_id)
            self.charts.note(self._cards_by_id.get(card_id), card)
            if card is None:
                self._cards_by_id.pop(card_id, None)
            else:
                self._cards_by_id[card_id] = card
        if lanes_moved:
            self._headers = {key: drawing for key, drawing in self._headers.items() if key[0] != "lane"}
            self._curves = None
            self._points = None
        also = self.charts.forget()
        for card_id in also:
            self.cards.pop(card_id, None)
        return also

    def forget_stage_order(self) -> set[str]:
        """After the stages changed order: the stage headers (each holds its place), the emotion
        curves and the chart lanes (a funnel runs in stage order) are made again when next asked
        for. Returns the cards whose drawings went: those of the chart lanes."""
        self._headers = {key: drawing for key, drawing in self._headers.items() if key[0] != "stage"}
        self._curves = None
        self._points = None
        self.charts = LaneCharts(self.project, self.journey, self.layout, self._cards_by_id)
        charted = self.charts.card_ids()
        for card_id in charted:
            self.cards.pop(card_id, None)
        return charted

    def stage(self, stage_id: str) -> HeaderDrawing | None:
        make = lambda stage, rect: stage_drawing(stage, rect, self.theme, self.language)  # noqa: E731
        return self._header(("stage", stage_id), self.stages.get(stage_id), self.layout.stages.get(stage_id), make)

    def lane(self, lane_id: str) -> HeaderDrawing | None:
        make = lambda lane, rect: lane_drawing(lane, rect, self.layout, self.theme)  # noqa: E731
        return self._header(("lane", lane_id), self.lanes.get(lane_id), self.layout.lanes.get(lane_id), make)

    def _header(self, key: tuple[str, str], source, rect: Rect | None, make) -> HeaderDrawing | None:
        drawing = self._headers.get(key)
        if drawing is None and source is not None and rect is not None:
            drawing = self._headers[key] = make(source, rect)
        return drawing

    def cell_fill(self, lane_id: str) -> str:
        return cell_fill(self.lanes.get(lane_id), self.theme)

    def legend(self) -> LegendDrawing:
        if self._legend is None:
            self._legend = legend_drawing(self.project, self.journey, self.layout, self.theme)
        return self._legend

    def curves(self) -> CurveDrawing:
        if self._curves is None:
            self._curves = curve_drawing(self.project, self.journey, self.layout, self.theme)
        return self._curves

    def branches(self) -> BranchDrawing:
        """The forks' path strips and lines and the return arrows; laid out with the rest, never kept
        across a new layout."""
        if self._branches is None:
            self._branches = branch_drawing(self.journey, self.layout, self.theme, {pid: p.name for pid, p in self.personas.items()})
        return self._branches

    def point(self, point_id: str) -> tuple[PersonaCurve, CurvePoint] | None:
        """An emotion point's curve (its look) and its place and label."""
        if self._points is None:
            self._points = {point.point_id: (curve, point) for curve in self.curves().curves for point in curve.points}
        return self._points.get(point_id)
