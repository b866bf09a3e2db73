"""Renders the README's picture of the project overview: `python docs/make_overview_screenshot.py [FOLDER]`.

`project-overview.png` shows the `project-overview` template with owners, statuses and review
dates filled in, opened on its delivery sub-journey (the breadcrumb above the map goes back),
the banner naming the map due for review, and View → Project Overview open under the map.
Runs offscreen with throw-away settings, so it never touches yours.
"""

from __future__ import annotations

import os
import sys
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))

from make_screenshots import sample_window  # noqa: E402 - the path above makes it importable


def example_project():
    from cjdesigner.io.templates import project_from_template
    from cjdesigner.model.review import JourneyStatus

    project = project_from_template("project-overview", "en")
    today = date.today()
    parent, delivery, support = project.journeys
    parent.owner, parent.last_review = "Léa Martin", today - timedelta(days=40)
    delivery.owner, delivery.status, delivery.last_review = "Karim Benali", JourneyStatus.OUTDATED, today - timedelta(days=220)
    support.owner, support.status = "Sophie Laurent", JourneyStatus.DRAFT
    return project


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent
    from PySide6.QtCore import Qt

    with sample_window(project=example_project(), language="en", size=(1500, 980)) as (app, window):
        app.processEvents()
        parent = window.document.project.journeys[0]
        window.scene.select_header("stage", parent.stages[3].id)
        window.actions["journey.open_sub"].trigger()  # as Alt+Down on the Delivery stage does
        window.actions["view.overview"].setChecked(True)
        window.resizeDocks([window.overview_dock], [330], Qt.Orientation.Vertical)
        app.processEvents()
        window.view.set_zoom(0.7)
        app.processEvents()
        window.grab().save(str(folder / "project-overview.png"))
        print(folder / "project-overview.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
