"""Rows of the properties panel about linked journeys: a journey's owner, status and review dates
with the project's review interval; a stage's or a card's sub-journey, with a button that opens it.

Built once with their page and refilled in place for each object; each change is one undo step
through a verb, and a refused one (a link that would loop) puts the model's value back."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox

from cjdesigner.model.review import MAX_REVIEW_MONTHS, JourneyStatus, is_due, next_review, status_title
from cjdesigner.ui.field_widgets import bare, day_of, narrow, optional_date_row, qdate_of

if TYPE_CHECKING:
    from cjdesigner.ui.properties import PropertiesPanel

LINK_KINDS = ("journey", "stage", "card")


def link_rows(panel: PropertiesPanel, form: QFormLayout, kind: str) -> Callable[[Any], None]:
    """Adds the rows for `kind` to its form; returns the loader that fills them."""
    rows = JourneyFields(panel, form) if kind == "journey" else SubJourneyField(panel, form, kind)
    return rows.load


class JourneyFields(QObject):
    def __init__(self, panel: PropertiesPanel, form: QFormLayout) -> None:
        super().__init__(panel)
        self.panel = panel
        self.owner = QLineEdit()
        self.owner.setObjectName("field-journey-owner")
        self.owner.setPlaceholderText(self.tr("Who keeps this map up to date"))
        self.owner.editingFinished.connect(lambda: self.commit("owner", self.owner.text().strip()))
        form.addRow(self.tr("Owner"), self.owner)
        self.status = QComboBox()
        self.status.setObjectName("field-journey-status")
        for member in JourneyStatus:
            self.status.addItem(status_title(member), member)
        self.status.activated.connect(lambda index: self.commit("status", self.status.itemData(index)))
        form.addRow(self.tr("Status"), self.status)
        self.dates = {}
        for name, label in (("last_review", self.tr("Last review")), ("next_review", self.tr("Next review"))):
            box, edit = optional_date_row(f"field-{name}", label, self.tr("none"), self.tr("None"), self.tr("No date"))
            edit.dateChanged.connect(lambda day, name=name: self.commit(name, day_of(day)))
            form.addRow(label, box)
            self.dates[name] = edit
        self.every = QSpinBox()
        self.every.setObjectName("field-review-every")
        self.every.setRange(0, MAX_REVIEW_MONTHS)
        self.every.setSpecialValueText(self.tr("no reminder"))
        self.every.setSuffix(self.tr(" months", "the review interval's unit", 2))
        self.every.valueChanged.connect(lambda months: self.every.setSuffix(self.tr(" months", "the review interval's unit", months)))
        self.every.setToolTip(self.tr("How often every journey of this project is reviewed"))
        self.every.setKeyboardTracking(False)
        self.every.valueChanged.connect(self._interval_changed)
        form.addRow(self.tr("Review every (all journeys)"), self.every)
        self.due = QLabel()
        self.due.setObjectName("journey-review-due")
        self.due.setWordWrap(True)
        form.addRow(self.due)

    def load(self, journey: Any) -> None:
        if self.owner.text() != journey.owner:
            self.owner.setText(journey.owner)
        self.status.setCurrentIndex(max(0, self.status.findData(journey.status)))
        for name, edit in self.dates.items():
            day = qdate_of(getattr(journey, name))
            if edit.date() != day:
                edit.setDate(day)
        project = self.panel.document.project if self.panel.document else None
        months = project.review_every_months if project else None
        if self.every.value() != (months or 0):
            self.every.setValue(months or 0)
        when = next_review(journey, months)
        if is_due(journey, date.today(), months):
            self.due.setText(self.tr("Review due since %1").replace("%1", when.isoformat() if when else ""))
        elif when is not None:
            self.due.setText(self.tr("Next review on %1").replace("%1", when.isoformat()))
        else:
            self.due.setText("")

    def commit(self, name: str, value: Any) -> None:
        panel = self.panel
        journey = panel.target()
        if panel._loading or panel.verbs is None or journey is None or getattr(journey, name) == value:
            return
        if not panel.verbs.set_review(journey.id, name, value):
            panel.reload()

    def _interval_changed(self, months: int) -> None:
        panel = self.panel
        if panel._loading or panel.verbs is None or panel.document is None:
            return
        value = months or None
        if panel.document.project.review_every_months != value and not panel.verbs.set_review_interval(value):
            panel.reload()


class SubJourneyField(QObject):
    """A stage's or a card's sub-journey: none, or a journey of the project other than its own."""

    def __init__(self, panel: PropertiesPanel, form: QFormLayout, kind: str) -> None:
        super().__init__(panel)
        self.panel, self.kind = panel, kind
        box, row = bare(QHBoxLayout)
        self.combo = QComboBox()
        self.combo.setObjectName("field-sub_journey_id")
        self.combo.setAccessibleName(self.tr("Sub-journey"))
        narrow(self.combo)
        self.combo.activated.connect(lambda index: self.commit(self.combo.itemData(index)))
        self.open = QPushButton(self.tr("Open"))
        self.open.setObjectName("sub-journey-open")
        self.open.setToolTip(self.tr("Show the sub-journey (Alt+Down)"))
        self.open.clicked.connect(self._open)
        row.addWidget(self.combo, 1)
        row.addWidget(self.open)
        form.addRow(self.tr("Opens sub-journey"), box)
        self.listed: list[tuple[str, str]] = []

    def load(self, obj: Any) -> None:
        document = self.panel.document
        if document is None:
            return
        journeys = [(j.id, j.title) for j in document.project.journeys if j.id != document.journey_id]
        if journeys != self.listed:
            self.listed = journeys
            self.combo.clear()
            self.combo.addItem("—", None)
            for journey_id, title in journeys:
                self.combo.addItem(title or self.tr("Untitled journey"), journey_id)
        self.combo.setCurrentIndex(max(0, self.combo.findData(obj.sub_journey_id)))
        self.open.setEnabled(obj.sub_journey_id is not None)

    def commit(self, target: str | None) -> None:
        panel = self.panel
        obj = panel.target()
        if panel._loading or panel.verbs is None or obj is None or obj.sub_journey_id == target:
            return
        if not panel.verbs.link_sub_journey(self.kind, obj.id, target):
            panel.reload()

    def _open(self) -> None:
        obj = self.panel.target()
        navigation = getattr(self.panel.window(), "navigation", None)
        if obj is not None and obj.sub_journey_id and navigation is not None:
            navigation.open(obj.sub_journey_id)
