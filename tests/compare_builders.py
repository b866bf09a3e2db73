"""Two versions of one map for the compare and change report tests: every kind of change once."""

from cjdesigner.model.document import Card, Lane, Project, Stage
from cjdesigner.model.vocabulary import LaneKind
from builders import small_project


def compared_pair() -> tuple[Project, Project]:
    """(old, new): in new, card "n" is added, "c" removed, "b" has new text, "d" moved to another
    cell, stage s2 renamed, stage s3 (with card "r") removed, emotion point e2 rescored."""
    old = small_project()
    journey = old.journeys[0]
    journey.lanes.append(Lane(id="feel", title="Emotions", kind=LaneKind.EMOTIONS))
    journey.stages.append(Stage(id="s3", name="Return"))
    journey.cards.append(Card(id="r", stage_id="s3", lane_id="actions", text="Send it back"))
    new = old.model_copy(deep=True)
    j = new.journeys[0]
    j.cards = [c for c in j.cards if c.id not in ("c", "r")]
    j.stages = [s for s in j.stages if s.id != "s3"]
    j.cards.append(Card(id="n", stage_id="s2", lane_id="actions", text="Pay by phone"))
    next(c for c in j.cards if c.id == "b").text = "B, shorter"
    d = next(c for c in j.cards if c.id == "d")
    d.stage_id = "s1"
    j.stage("s2").name = "Purchase"
    next(p for p in j.emotion_points if p.id == "e2").score = 1
    return old, new
