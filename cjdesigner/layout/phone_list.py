"""What a phone shows of a voting round: the cards it is about, in the map's order (stage by stage,
lane by lane, then position), each with the stage and lane it sits in. The phone page, the
projector and the tests read the same list, so the page never orders or names cards itself."""

from __future__ import annotations

from typing import NamedTuple

from cjdesigner.model.document import Journey
from cjdesigner.model.vocabulary import LaneKind


class PhoneItem(NamedTuple):
    card_id: str
    text: str
    stage: str
    lane: str


def round_cards(journey: Journey, stage_id: str | None = None) -> list[str]:
    """The cards a phone round is about: the opportunities (of one stage when given), or when the
    map has none there, every card of that stage or map but the emotions."""
    lanes = {lane.id: lane for lane in journey.lanes if not lane.hidden}
    cards = [c for c in journey.cards if c.lane_id in lanes and (stage_id is None or c.stage_id == stage_id)]
    chosen = [c for c in cards if lanes[c.lane_id].kind is LaneKind.OPPORTUNITIES and c.text.strip()]
    if not chosen:
        chosen = [c for c in cards if lanes[c.lane_id].kind is not LaneKind.EMOTIONS and c.text.strip()]
    return [c.id for c in _ordered(journey, chosen)]


def phone_items(journey: Journey, card_ids: list[str]) -> list[PhoneItem]:
    """The round's cards that still exist, in the map's order."""
    wanted = set(card_ids)
    stages = {s.id: s.name for s in journey.stages}
    lanes = {lane.id: lane.title for lane in journey.lanes}
    cards = [c for c in journey.cards if c.id in wanted]
    return [PhoneItem(c.id, c.text, stages.get(c.stage_id, ""), lanes.get(c.lane_id, "")) for c in _ordered(journey, cards)]


def _ordered(journey: Journey, cards: list) -> list:
    stage_at = {s.id: i for i, s in enumerate(journey.stages)}
    lane_at = {lane.id: i for i, lane in enumerate(journey.lanes)}
    return sorted(cards, key=lambda c: (stage_at.get(c.stage_id, 0), lane_at.get(c.lane_id, 0), c.position))
