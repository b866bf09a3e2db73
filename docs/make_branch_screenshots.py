"""Renders the README's picture of a journey that forks: `python docs/make_branch_screenshots.py [FOLDER]`.

`branching-map.png` is the window on the omnichannel template (English) with a few cards, a persona
and emotion points filled in: the online and in-store paths as parallel bands, the fork and join
lines and the return arrow to Consideration. Runs offscreen with throw-away settings.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))

from make_screenshots import sample_window  # noqa: E402 - the path above makes it importable


def demo_project():
    """The omnichannel template with enough in it to read: a persona, cards on both paths, emotions."""
    from cjdesigner.io.templates import project_from_template
    from cjdesigner.model.document import Card, EmotionPoint, Persona
    from cjdesigner.model.vocabulary import LaneKind

    project = project_from_template("omnichannel", "en")
    journey = project.journeys[0]
    ana = Persona(name="Ana Lopez", role="Busy parent", colour="#C2185B")
    project.personas.append(ana)
    journey.persona_ids.append(ana.id)
    journey.paths[0].persona_ids.append(ana.id)
    stage = {s.name: s.id for s in journey.stages}
    lane = {la.kind: la.id for la in journey.lanes}
    texts = {
        ("Awareness", LaneKind.ACTIONS): "Sees the sofa on Instagram",
        ("Consideration", LaneKind.ACTIONS): "Compares three models and reads reviews",
        ("Order online", LaneKind.ACTIONS): "Orders with a delivery slot",
        ("Order online", LaneKind.PAIN_POINTS): "No slot before two weeks",
        ("Home delivery", LaneKind.ACTIONS): "Receives and assembles the sofa",
        ("Visit the store", LaneKind.ACTIONS): "Sits on the sofa, checks the fabric",
        ("Visit the store", LaneKind.PAIN_POINTS): "Nobody free to answer",
        ("Buy at the till", LaneKind.ACTIONS): "Pays and books delivery",
        ("Use", LaneKind.ACTIONS): "Enjoys it with the family",
        ("Use", LaneKind.OPPORTUNITIES): "Video guide for assembly",
    }
    for (stage_name, kind), text in texts.items():
        journey.cards.append(Card(stage_id=stage[stage_name], lane_id=lane[kind], text=text, persona_ids=[ana.id]))
    scores = {"Awareness": 1, "Consideration": 0, "Order online": -2, "Home delivery": 1, "Visit the store": -1, "Buy at the till": 1, "Use": 2}
    for stage_name, score in scores.items():
        journey.emotion_points.append(EmotionPoint(stage_id=stage[stage_name], persona_id=ana.id, score=score))
    return project


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent
    from PySide6.QtWidgets import QDockWidget

    with sample_window(project=demo_project(), language="en", size=(1500, 1000)) as (app, window):
        app.processEvents()
        window.finish_building()
        for dock in window.findChildren(QDockWidget):
            dock.hide()
        app.processEvents()
        window.view.zoom_fit()
        window.view.centerOn(0, 0)
        window.view.horizontalScrollBar().setValue(0)
        window.view.verticalScrollBar().setValue(0)
        app.processEvents()
        window.grab().save(str(folder / "branching-map.png"))
        print(folder / "branching-map.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
