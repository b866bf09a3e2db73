"""Moving between linked journeys: a stage's or a card's mark (or Alt+Down) opens its sub-journey,
a breadcrumb above the map (parent › child) and Alt+Up go back; and, on opening a project, a
banner that names the maps due for review, which stays out of the way of editing."""

from __future__ import annotations

from datetime import date
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from cjdesigner.layout.overview import may_change_overview
from cjdesigner.model.review import due_for_review
from cjdesigner.model.sub_journeys import trail
from cjdesigner.ui.banner import Banner

if TYPE_CHECKING:
    from cjdesigner.app.document import Document
    from cjdesigner.canvas.scene import MapScene
    from cjdesigner.ui.main_window import MainWindow


NAMED = 3  # the maps due for review the banner names; the overview shows every one


class TrailBar(QWidget):
    """The breadcrumb of a sub-journey: each journey above it a button that opens it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journey-trail")
        self.setAccessibleName(self.tr("Where this journey opens from"))
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(8, 2, 8, 2)
        self.shown: list[tuple[str, str]] = []
        self.hide()

    def show_trail(self, titles: list[tuple[str, str]], open_journey) -> None:
        """`titles`: (id, title) from the root down to the journey shown, which is not a button."""
        if titles == self.shown and self.isVisible() == (len(titles) > 1):  # a rename changes a title only
            return
        self.shown = list(titles)
        while self.row.count():
            widget = self.row.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        if len(titles) < 2:
            self.hide()
            return
        for journey_id, title in titles[:-1]:
            button = QPushButton(title)
            button.setObjectName(f"trail-{journey_id}")
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setToolTip(self.tr("Back to %1").replace("%1", title))
            button.clicked.connect(lambda _=False, journey_id=journey_id: open_journey(journey_id))
            self.row.addWidget(button)
            self.row.addWidget(QLabel("›"))
        here = QLabel(f"<b>{escape(titles[-1][1])}</b>")
        here.setObjectName("trail-here")
        self.row.addWidget(here)
        self.row.addStretch(1)
        self.show()


class SubJourneyNavigation(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.came_from: dict[str, str] = {}  # a sub-journey → the parent it was opened from
        self.trail = TrailBar(window)
        self.banner = Banner("review-banner", self.tr("Reviews due"), window)
        overview = QPushButton(self.tr("Show Overview"), self.banner)
        overview.setObjectName("review-banner-overview")
        overview.clicked.connect(lambda: self.window.actions["view.overview"].setChecked(True))
        dismiss = QPushButton(self.tr("Dismiss"), self.banner)
        dismiss.setObjectName("review-banner-dismiss")
        dismiss.clicked.connect(lambda: self.banner.say(""))
        self.banner.layout().addWidget(overview)
        self.banner.layout().addWidget(dismiss)
        self.document: Document | None = None

    def place(self, central: QWidget) -> None:
        """Under the recovery banner, above the map."""
        layout = central.layout()
        layout.insertWidget(1, self.banner)
        layout.insertWidget(2, self.trail)

    def connect_actions(self) -> None:
        a = self.window.actions
        a["journey.open_sub"].triggered.connect(self.open_selected)
        a["journey.parent"].triggered.connect(self.back)

    def show_document(self, document: Document, scene: MapScene) -> None:
        if document is not self.document:
            self.came_from.clear()
            self.document = document
            document.journeyChanged.connect(self.refresh)
            document.changed.connect(self._changed)
            self.tell_reviews()
        scene.subJourneyOpened.connect(self.open)
        self.refresh()

    def open(self, journey_id: str) -> None:
        """Show `journey_id`, remembering the journey it was opened from for the way back."""
        document = self.document
        if document is None or journey_id == document.journey_id:
            return
        self.came_from[journey_id] = document.journey_id
        document.set_journey(journey_id)
        self.window.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.window.statusBar().showMessage(self.tr("Opened sub-journey “%1”. Alt+Up goes back.").replace("%1", document.journey.title), 8000)

    def open_selected(self) -> None:
        document = self.document
        if document is None:
            return
        selected = self.window.scene.selected_object()
        target = None
        if selected is not None and selected[0] in ("card", "stage"):
            kind, object_id = selected
            journey = document.journey
            target = (journey.card(object_id) if kind == "card" else journey.stage(object_id)).sub_journey_id
        if not target:
            self.window.statusBar().showMessage(self.tr("Select a stage or a card that opens a sub-journey (it shows ↳)."), 8000)
            return
        self.open(target)

    def back(self) -> None:
        document = self.document
        if document is None:
            return
        path = trail(document.project, document.journey_id, self.came_from.get(document.journey_id))
        if len(path) < 2:
            self.window.statusBar().showMessage(self.tr("This journey is not a sub-journey of another."), 8000)
            return
        document.set_journey(path[-2])
        self.window.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _changed(self, diff: object) -> None:
        """The breadcrumb reads every journey's links: only an edit that can change one re-reads them."""
        if may_change_overview(diff):
            self.refresh()

    def refresh(self, *_: object) -> None:
        document = self.document
        if document is None:
            return
        project = document.project
        ids = trail(project, document.journey_id, self.came_from.get(document.journey_id))
        self.trail.show_trail([(i, project.journey(i).title) for i in ids], self._open_ancestor)

    def _open_ancestor(self, journey_id: str) -> None:
        if self.document is not None:
            self.document.set_journey(journey_id)

    def tell_reviews(self, today: date | None = None) -> None:
        """Names the maps due for review, in a banner that stays until dismissed and in the status bar."""
        if self.document is None:
            return
        due = due_for_review(self.document.project, today or date.today())
        if not due:
            self.banner.say("")
            return
        titles = [self.tr("“%1”").replace("%1", journey.title) for journey in due]
        if len(titles) <= NAMED:
            sentence = self.tr("%n map(s) due for review: %1.", "", len(due)).replace("%1", ", ".join(titles))
        else:  # a banner of thirty titles would push the map down; the overview lists them all
            sentence = self.tr("%n maps due for review, among them %1.", "", len(due)).replace("%1", ", ".join(titles[:NAMED]))
        self.banner.say(sentence)
        self.banner.setToolTip("\n".join(titles))
        self.window.statusBar().showMessage(sentence, 15000)
