"""Turns what the user did on the map (the scene's intents) into verbs, then updates the selection.

The scene knows gestures and items; the verbs know edits. This is the only place that knows both,
so a drop, a rename in place or a drag of an emotion point is one verb and one undo step.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from cjdesigner.app.verbs import Verbs
from cjdesigner.canvas.links import link_sentence
from cjdesigner.canvas.scene import MapScene
from cjdesigner.model.vocabulary import LANE_COLOURS, LaneKind


class MapController(QObject):
    message = Signal(str)  # what a gesture did or why it did nothing, for the status bar

    def __init__(self, verbs: Verbs, scene: MapScene) -> None:
        super().__init__(scene)
        self.verbs = verbs
        self.scene = scene
        scene.cardsMoved.connect(self.move_cards)
        scene.cardTextEdited.connect(verbs.set_card_text)
        scene.headerRenamed.connect(verbs.rename)
        scene.cellActivated.connect(lambda stage, lane: self.add_card(stage, lane, edit=True))
        scene.stageMoved.connect(verbs.move_stage)
        scene.laneMoved.connect(verbs.move_lane)
        scene.emotionMoved.connect(self.set_emotion)
        scene.personaDropped.connect(verbs.add_persona_badge)
        scene.paletteDropped.connect(self.drop_card_kind)
        scene.painPointLinked.connect(self.link_pain_point)

    def move_cards(self, card_ids: list[str], stage_id: str, lane_id: str, position: int) -> None:
        self.verbs.move_cards(card_ids, stage_id, lane_id, position)
        self.scene.select_cards(card_ids)

    def add_card(self, stage_id: str, lane_id: str, position: int | None = None, edit: bool = False, **fields: Any) -> str:
        card_id = self.verbs.add_card(stage_id, lane_id, position, **fields)
        if card_id:
            self.scene.select_cards([card_id])
            if edit:
                self.scene.start_editing(card_id)
        return card_id

    def paste_cards(self, cards: list) -> None:
        if self.verbs.paste_cards(cards):
            self.scene.select_cards([c.id for c in cards])

    def drop_card_kind(self, kind: str, stage_id: str, lane_id: str, position: int) -> None:
        lane = self.verbs.document.journey.lane(lane_id)
        colour = None if lane.kind.value == kind else LANE_COLOURS[LaneKind(kind)]
        self.add_card(stage_id, lane_id, position, edit=True, colour=colour)

    def set_emotion(self, stage_id: str, persona_id: str, score: int) -> None:
        """The point is then selected, so the arrow keys can go on moving it."""
        point_id = self.verbs.set_emotion(stage_id, persona_id, score)
        if point_id:
            self.scene.select_point(point_id)

    def link_pain_point(self, opportunity_id: str, pain_point_id: str) -> bool:
        """An opportunity dropped onto a pain point answers it from then on: one undo step, named
        after both cards, and a status message; a link that is already there is said so."""
        journey = self.verbs.document.journey
        opportunity, pain_point = journey.card(opportunity_id), journey.card(pain_point_id)
        if pain_point_id in opportunity.answers:
            self.message.emit(link_sentence("already", opportunity, pain_point))
            return False
        if not self.verbs.link_pain_point(opportunity_id, pain_point_id, link_sentence("link", opportunity, pain_point)):
            return False
        self.message.emit(link_sentence("linked", opportunity, pain_point))
        self.scene.select_cards([opportunity_id])
        return True
