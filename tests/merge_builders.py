"""Three versions of one map for the merge view tests: a base and two researchers' copies."""

from cjdesigner.model.document import Card, Project
from builders import small_project


def three_versions() -> tuple[Project, Project, Project]:
    """(base, mine, theirs): both rewrote card "a" (a conflict); they added card "z" and moved "d"
    (no conflict); I renamed stage s1."""
    base = small_project()
    mine = base.model_copy(deep=True)
    theirs = base.model_copy(deep=True)
    next(c for c in mine.journeys[0].cards if c.id == "a").text = "A, as I wrote it"
    mine.journeys[0].stage("s1").name = "Discover it"
    next(c for c in theirs.journeys[0].cards if c.id == "a").text = "A, as they wrote it"
    theirs.journeys[0].cards.append(Card(id="z", stage_id="s2", lane_id="actions", text="Their new card"))
    return base, mine, theirs
