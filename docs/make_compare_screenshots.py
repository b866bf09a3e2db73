"""Renders the README's pictures of compare mode: `python docs/make_compare_screenshots.py [FOLDER]`.

`compare.png` shows the French interface on the sample map compared with an earlier state of it
(File → Compare With…): a card added, one removed, one rewritten, one moved, a stage renamed and an
emotion rescored, the change list open on the right. Runs offscreen with throw-away settings.
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


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent
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
    install_translators("en")
    return 0


if __name__ == "__main__":
    sys.exit(main())
