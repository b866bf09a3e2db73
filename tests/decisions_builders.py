"""A small journey with opportunities scored on the matrix, for the matrix and backlog tests."""

from cjdesigner.model.document import Card, Frequency, Journey, Lane, Project, Stage
from cjdesigner.model.vocabulary import Language, LaneKind, OpportunityStatus

# id: (text, impact, effort, votes, status, stage)
OPPORTUNITIES = {
    "quick": ("Free fabric samples", 5, 1, 9, OpportunityStatus.IN_PROGRESS, "s1"),
    "bet": ("Guest checkout with delivery slots", 5, 5, 12, OpportunityStatus.OPEN, "s2"),
    "fill": ("Assembly video", 2, 2, 0, OpportunityStatus.DROPPED, "s1"),
    "pit": ("Callback instead of queue", 2, 4, 3, OpportunityStatus.DONE, "s2"),
    "twin-a": ("Show sizes in the ad", 4, 2, 1, None, "s1"),
    "twin-b": ("Live chat at checkout", 4, 2, 5, None, "s2"),
    "twin-c": ("Order tracking", 4, 2, 2, None, "s2"),
}


def decisions_project(language: Language = Language.EN, unscored: tuple[str, ...] = ("Loyalty points",)) -> Project:
    s1, s2 = Stage(id="s1", name="Consider"), Stage(id="s2", name="Buy")
    pains = Lane(id="pains", title="Pain points", kind=LaneKind.PAIN_POINTS)
    ideas = Lane(id="ideas", title="Opportunities", kind=LaneKind.OPPORTUNITIES)
    cards = [
        Card(id="pain", stage_id="s2", lane_id="pains", position=0, text="Delivery slot imposed", severity=4,
             frequency=Frequency(count=6, total=10)),
    ]
    positions = {"s1": 0, "s2": 0}
    for card_id, (text, impact, effort, votes, status, stage) in OPPORTUNITIES.items():
        position = positions[stage]
        positions[stage] += 1
        cards.append(Card(id=card_id, stage_id=stage, lane_id="ideas", position=position, text=text, impact=impact, effort=effort,
                          votes=votes, status=status, owner="Product" if card_id == "quick" else "",
                          answers=["pain"] if card_id == "bet" else []))
    for index, text in enumerate(unscored):
        cards.append(Card(id=f"unscored-{index}", stage_id="s1", lane_id="ideas", position=positions["s1"] + index, text=text))
    journey = Journey(id="j1", title="Current state", stages=[s1, s2], lanes=[pains, ideas], cards=cards)
    return Project(title="Decisions", language=language, journeys=[journey])
