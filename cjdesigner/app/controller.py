"""Turns what the user did on the map (the scene's intents) into undoable document commands."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from cjdesigner.app.document import Document
from cjdesigner.canvas.scene import MapScene
from cjdesigner.model import edits as E
from cjdesigner.model.document import Card
from cjdesigner.model.vocabulary import LANE_COLOURS, LaneKind


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("MapController", text, None, n)


class MapController(QObject):
    def __init__(self, document: Document, scene: MapScene) -> None:
        super().__init__(scene)
        self.document = document
        self.scene = scene
        scene.cardsMoved.connect(self.move_cards)
        scene.cardTextEdited.connect(self.edit_text)
        scene.headerRenamed.connect(self.rename)
        scene.cellActivated.connect(lambda stage, lane: self.add_card(stage, lane, edit=True))
        scene.stageMoved.connect(self.move_stage)
        scene.laneMoved.connect(self.move_lane)
        scene.emotionMoved.connect(self.set_emotion)
        scene.personaDropped.connect(self.add_persona_badge)
        scene.paletteDropped.connect(self.drop_card_kind)

    @property
    def journey_id(self) -> str:
        return self.document.journey_id

    def move_cards(self, card_ids: list[str], stage_id: str, lane_id: str, position: int) -> None:
        text = tr("Move card") if len(card_ids) == 1 else tr("Move %n cards", len(card_ids))
        self.document.execute(text, lambda p: E.move_cards(p, self.journey_id, card_ids, stage_id, lane_id, position))
        self.scene.select_cards(card_ids)

    def edit_text(self, card_id: str, text: str) -> None:
        self.set_fields("card", card_id, tr("Edit card text"), text=text)

    def rename(self, kind: str, object_id: str, name: str) -> None:
        """A stage's name or a lane's title, as one undo step."""
        if kind == "stage":
            self.set_fields("stage", object_id, tr("Rename stage"), name=name)
        else:
            self.set_fields("lane", object_id, tr("Rename lane"), title=name)

    def set_fields(self, kind: str, object_id: str | None, label: str, /, **values: Any) -> bool:
        """Positional-only names: a lane's `kind` and an emotion point's `label` are field values too."""
        journey = self.journey_id if kind in ("stage", "lane", "card", "emotion_point") else None
        ref = E.Ref(kind, object_id, journey)  # type: ignore[arg-type]
        return self.document.execute(label, lambda p: E.set_fields(p, ref, **values))

    def add_card(self, stage_id: str, lane_id: str, position: int | None = None, edit: bool = False, **fields: Any) -> str:
        card = Card(stage_id=stage_id, lane_id=lane_id, **fields)
        if self.document.execute(tr("Add card"), lambda p: E.add_card(p, self.journey_id, card, position)):
            self.scene.select_cards([card.id])
            if edit:
                self.scene.start_editing(card.id)
            return card.id
        return ""

    def add_cards(self, cards: list[Card], label: str) -> None:
        if cards and self.document.execute(label, lambda p: E.add_cards(p, self.journey_id, cards)):
            self.scene.select_cards([c.id for c in cards])

    def drop_card_kind(self, kind: str, stage_id: str, lane_id: str, position: int) -> None:
        lane = self.document.journey.lane(lane_id)
        colour = None if lane.kind.value == kind else LANE_COLOURS[LaneKind(kind)]
        self.add_card(stage_id, lane_id, position, edit=True, colour=colour)

    def delete_cards(self, card_ids: list[str]) -> None:
        if card_ids:
            text = tr("Delete card") if len(card_ids) == 1 else tr("Delete %n cards", len(card_ids))
            self.document.execute(text, lambda p: E.remove_cards(p, self.journey_id, card_ids))

    def move_stage(self, stage_id: str, index: int) -> None:
        self.document.execute(tr("Move stage"), lambda p: E.move_stage(p, self.journey_id, stage_id, index))

    def move_lane(self, lane_id: str, index: int) -> None:
        self.document.execute(tr("Move lane"), lambda p: E.move_lane(p, self.journey_id, lane_id, index))

    def set_emotion(self, stage_id: str, persona_id: str, score: int) -> None:
        """Place or move a persona's emotion at a stage; the point is then selected, so the
        arrow keys can go on moving it."""
        exists = any(p.stage_id == stage_id and p.persona_id == persona_id for p in self.document.journey.emotion_points)
        label = tr("Move emotion point") if exists else tr("Place emotion point")
        if self.document.execute(label, lambda p: E.set_emotion(p, self.journey_id, stage_id, persona_id, score)):
            point = next(p for p in self.document.journey.emotion_points if p.stage_id == stage_id and p.persona_id == persona_id)
            self.scene.select_point(point.id)

    def add_persona_badge(self, persona_id: str, card_ids: list[str]) -> None:
        self.document.execute(tr("Add persona badge"), lambda p: E.add_persona_to_cards(p, self.journey_id, card_ids, persona_id))
