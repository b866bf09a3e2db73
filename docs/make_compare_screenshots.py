"""Renders the README's pictures of compare mode: `python docs/make_compare_screenshots.py [FOLDER]`.

`compare.png` shows the French interface on the sample map compared with an earlier state of it
(File → Compare With…): a card added, one removed, one rewritten, one moved, a stage renamed and an
emotion rescored, the change list open on the right. `conflict.png` shows the sample after a merge
(File → Merge…) that left two conflicts: a card both researchers rewrote, and a card one of them
removed while the other changed it. Runs offscreen with throw-away settings.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))

from make_screenshots import sample_window  # noqa: E402 - the path above makes it importable


def earlier_sample():
    """The sample map as it stood before the last workshop: what the screenshot compares with."""
    from cjdesigner.io.sample import sample_project
    from cjdesigner.model.document import Card

    old = sample_project()
    journey = old.journeys[0]
    journey.cards = [c for c in journey.cards if c.id != "card-015"]  # added since
    journey.cards.append(Card(id="card-old", stage_id="stage-purchase", lane_id="lane-pain-points", position=1,
                              text="Frais de livraison découverts au paiement"))  # removed since
    next(c for c in journey.cards if c.id == "card-013").text = "Attente au téléphone"  # rewritten since
    moved = next(c for c in journey.cards if c.id == "card-020")
    moved.stage_id, moved.position = "stage-consideration", 1  # moved since
    journey.stage("stage-retention").name = "Après-vente"  # renamed since
    next(p for p in journey.emotion_points if p.id == "emotion-camille-3").score = -2  # rescored since
    return old


def merged_sample():
    """The sample merged from two researchers' copies of it, with two conflicts left open."""
    from cjdesigner.io.sample import sample_project
    from cjdesigner.model.merge import merge

    base = sample_project()
    mine, theirs = base.model_copy(deep=True), base.model_copy(deep=True)
    next(c for c in mine.journeys[0].cards if c.id == "card-013").text = "Attente de 12 minutes au téléphone, deux fois"
    next(c for c in theirs.journeys[0].cards if c.id == "card-013").text = "Attente au téléphone : 12 minutes en moyenne"
    next(c for c in mine.journeys[0].cards if c.id == "card-021").severity = 5
    theirs.journeys[0].cards = [c for c in theirs.journeys[0].cards if c.id != "card-021"]
    theirs.journeys[0].cards.append(theirs.journeys[0].cards[0].model_copy(update={
        "id": "card-new", "stage_id": "stage-loyalty", "lane_id": "lane-actions", "position": 2, "text": "Commande le fauteuil assorti"}))
    return merge(base, mine, theirs).project


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent
    from PySide6.QtCore import Qt

    from cjdesigner.layout.compare_marks import journey_pair
    from cjdesigner.ui.application import application
    from cjdesigner.ui.preferences import install_translators

    application()
    install_translators("fr")
    with sample_window() as (app, window):
        project = window.document.project
        old, new = journey_pair(earlier_sample(), project, project.journeys[0].id, project.journeys[0].id)
        mode = window.compare_mode()
        mode.show(old, new, mode.tr("Changes from %1 to this map").replace("%1", "atelier-mars.cjmap"))
        app.processEvents()
        window.view.set_zoom(0.6)
        index = next(i for i, c in enumerate(mode.panel.changes) if c.object_id == "card-013")
        mode.panel.choose(index)
        app.processEvents()
        window.view.horizontalScrollBar().setValue(0)
        window.view.verticalScrollBar().setValue(0)
        app.processEvents()
        window.grab().save(str(folder / "compare.png"))
        print(folder / "compare.png")
        mode.leave()
    with sample_window() as (app, window):
        window.verbs.replace_project(merged_sample(), "Fusionner")
        app.processEvents()
        view = window.conflicts_view()
        window.resizeDocks([view.dock], [420], Qt.Orientation.Horizontal)
        window.view.set_zoom(0.6)
        app.processEvents()
        view.panel.tree.setCurrentItem(view.panel.tree.topLevelItem(0))
        window.view.horizontalScrollBar().setValue(0)
        window.view.verticalScrollBar().setValue(0)
        app.processEvents()
        window.grab().save(str(folder / "conflict.png"))
        print(folder / "conflict.png")
    install_translators("en")
    return 0


if __name__ == "__main__":
    sys.exit(main())
