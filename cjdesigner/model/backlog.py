"""From map to decisions: the weight of pain points, the ranked backlog of opportunities and the
quadrant of each on the impact/effort matrix. Qt-free, so the command line, the table, the matrix
and the PDF rank the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from cjdesigner.i18n import QT_TRANSLATE_NOOP, MapWord, map_words
from cjdesigner.model.document import Card, Journey
from cjdesigner.model.vocabulary import LaneKind, OpportunityStatus

# Impact and effort run 1..5; above this is high. 3 is the middle of the scale, and counts as low
# so that a quick win must be clearly worth it (4 or 5) and clearly cheap (1 to 3).
HIGH_ABOVE = 3


class Quadrant(str, Enum):
    QUICK_WINS = "quick_wins"  # high impact, low effort
    BIG_BETS = "big_bets"  # high impact, high effort
    FILL_INS = "fill_ins"  # low impact, low effort
    MONEY_PITS = "money_pits"  # low impact, high effort


QUADRANT_TITLES: dict[Quadrant, MapWord] = map_words("quadrants", {
    Quadrant.QUICK_WINS: QT_TRANSLATE_NOOP("quadrants", "Quick wins"),
    Quadrant.BIG_BETS: QT_TRANSLATE_NOOP("quadrants", "Big bets"),
    Quadrant.FILL_INS: QT_TRANSLATE_NOOP("quadrants", "Fill-ins"),
    Quadrant.MONEY_PITS: QT_TRANSLATE_NOOP("quadrants", "Money pits"),
})


def weight(card: Card) -> float:
    """A pain point's weight: severity (1–5) × frequency (the share of participants, 0–1). A pain
    point without severity or frequency weighs 0: nothing says how much it costs."""
    if card.severity is None or card.frequency is None:
        return 0.0
    return card.severity * card.frequency.fraction


def quadrant(impact: int, effort: int) -> Quadrant:
    high_impact, high_effort = impact > HIGH_ABOVE, effort > HIGH_ABOVE
    if high_impact:
        return Quadrant.BIG_BETS if high_effort else Quadrant.QUICK_WINS
    return Quadrant.MONEY_PITS if high_effort else Quadrant.FILL_INS


@dataclass(frozen=True)
class BacklogRow:
    rank: int
    card: Card
    stage: str
    score: float | None  # impact ÷ effort; None when either is missing
    answered_weight: float
    pain_points: tuple[Card, ...]
    quadrant: Quadrant | None

    @property
    def status(self) -> OpportunityStatus:
        return self.card.status or OpportunityStatus.OPEN


def answers_pain_points(card: Card, lane_kind: LaneKind | None) -> bool:
    """A card that can answer pain points: one of an opportunities lane, or any card already given
    an impact, an effort or links. The map's drag-to-link and the properties panel both ask this."""
    return lane_kind is LaneKind.OPPORTUNITIES or card.impact is not None or card.effort is not None or bool(card.answers)


def opportunities(journey: Journey) -> list[Card]:
    """The cards of the journey's opportunity lanes, and any other card given an impact and effort
    or links, in the map's order (stage, lane, position)."""
    lanes = {lane.id for lane in journey.lanes if lane.kind is LaneKind.OPPORTUNITIES}
    stage_order = {s.id: i for i, s in enumerate(journey.stages)}
    lane_order = {lane.id: i for i, lane in enumerate(journey.lanes)}
    found = [c for c in journey.cards if c.lane_id in lanes or c.answers or (c.impact is not None and c.effort is not None)]
    return sorted(found, key=lambda c: (stage_order.get(c.stage_id, 0), lane_order.get(c.lane_id, 0), c.position))


def backlog(journey: Journey) -> list[BacklogRow]:
    """Opportunities ranked by impact ÷ effort (highest first), ties broken by the summed weight of
    the pain points they answer, then by votes; cards without impact or effort come last, ranked
    among themselves by that same weight, then votes: an unscored card answering heavy pain points
    is the first to score. Equal rows keep the map's order, so the ranking never shuffles between
    runs."""
    cards = {c.id: c for c in journey.cards}
    stages = {s.id: s.name for s in journey.stages}
    rows = []
    for card in opportunities(journey):
        pains = tuple(cards[a] for a in card.answers if a in cards)
        scored = card.impact is not None and card.effort is not None
        rows.append(
            (
                card,
                card.impact / card.effort if scored else None,  # type: ignore[operator]
                sum(weight(p) for p in pains),
                pains,
                quadrant(card.impact, card.effort) if scored else None,  # type: ignore[arg-type]
            )
        )
    rows.sort(key=lambda r: (r[1] is None, -(r[1] or 0), -r[2], -r[0].votes))
    return [
        BacklogRow(rank, card, stages.get(card.stage_id, ""), score, total, pains, quad)
        for rank, (card, score, total, pains, quad) in enumerate(rows, start=1)
    ]
