"""The card's fields that depend on its lane, below the fields every card has: a metric's value,
unit, target, source and date; a pain point's frequency and weight; an opportunity's impact,
effort, status and the pain points it answers; and, for every card, the goal it serves.

Each change is one undo step through a verb. A value the map cannot hold (a word where a number
goes, a count above its total) is refused here with a sentence under the fields, and nothing changes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QLocale, QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cjdesigner.canvas.links import link_sentence, short
from cjdesigner.i18n import QT_TRANSLATE_NOOP, MapWordList
from cjdesigner.model.backlog import answers_pain_points, weight
from cjdesigner.model.document import Card, Frequency, Journey
from cjdesigner.model.limits import MAX_MEASURE, MAX_RESPONDENTS, MAX_UNIT_LENGTH
from cjdesigner.model.vocabulary import Language, LaneKind, OpportunityStatus
from cjdesigner.ui.matrix_view import status_name
from cjdesigner.ui.field_widgets import (
    AmbiguousNumber, bare, day_of, frequency_text, narrow, number_text, optional_date_row, parse_number, percent_sign, qdate_of,
)

if TYPE_CHECKING:
    from cjdesigner.ui.properties import PropertiesPanel

# Units offered for a metric; any other can be typed. Words follow the map's language.
UNITS = MapWordList("metric units", ("%", "€", "$", "£", "s", "min", "h", QT_TRANSLATE_NOOP("metric units", "days"),
                                      QT_TRANSLATE_NOOP("metric units", "count"), QT_TRANSLATE_NOOP("metric units", "score"), "/5", "/10"))
COUNT, PERCENT = "count", "percent"


def card_section(journey: Journey, card: Card) -> str:
    """Which fields a card gets beyond the common ones: "metric", "pain_point", "opportunity" or ""."""
    kind = next((lane.kind for lane in journey.lanes if lane.id == card.lane_id), None)
    if kind is LaneKind.METRICS:
        return "metric"
    if kind is LaneKind.PAIN_POINTS:
        return "pain_point"
    if answers_pain_points(card, kind):
        return "opportunity"
    return ""


class CardFields(QObject):
    """The rows of the card form that depend on the card's lane; rebuilt when the panel shows a
    card of another kind of lane, reloaded otherwise."""

    def __init__(self, panel: PropertiesPanel, form: QFormLayout) -> None:
        super().__init__(panel)
        self.panel = panel
        self.form = form
        self.section: str | None = None
        self.rows: list[QWidget] = []
        self.loaders: list[Callable[[Card], None]] = []
        goal = self._goal_editor()
        goal.setObjectName("field-goal")
        form.addRow(self.tr("Goal"), goal)
        self.first_row = form.rowCount()
        self.problem = QLabel()
        self.problem.setObjectName("card-fields-problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #A1161A; font-weight: bold;")
        self.problem.hide()
        form.addRow(self.problem)

    @property
    def language(self) -> Language:
        return self.panel.language

    def card(self) -> Card | None:
        target = self.panel.target()
        return target if isinstance(target, Card) else None

    def load(self, card: Card) -> None:
        assert self.panel.document is not None
        section = card_section(self.panel.document.journey, card)
        if section != self.section:
            self._build(section)
        for loader in self.loaders:
            loader(card)

    def say(self, sentence: str) -> None:
        """A sentence under the fields about the value just refused; empty hides it."""
        self.problem.setText(sentence)
        self.problem.setVisible(bool(sentence))

    def commit(self, label: str, **values: Any) -> bool:
        panel = self.panel
        card = self.card()
        if panel._loading or panel.verbs is None or card is None:
            return False
        self.say("")
        if all(getattr(card, name) == value for name, value in values.items()):
            return False
        if not panel.verbs.set_fields("card", card.id, label, **values):
            panel.reload()  # refused: the editors show what the map holds, not what was refused
            return False
        return True

    # --- building --------------------------------------------------------------------------

    def _build(self, section: str) -> None:
        for widget in self.rows:
            self.form.removeRow(widget)
        self.rows, self.loaders = [], [self._load_goal]
        self.section = section
        builders = {"metric": self._metric_rows, "pain_point": self._pain_point_rows, "opportunity": self._opportunity_rows}
        if section in builders:
            for name, label, widget in builders[section]():
                widget.setObjectName(f"field-{name}")
                self.form.insertRow(self.first_row + len(self.rows), label, widget)
                self.rows.append(widget)
        self.panel._order_tab(self.panel.current_page())

    def _goal_editor(self) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.lineEdit().setPlaceholderText(self.tr("The goal this card serves"))
        narrow(combo)
        combo.lineEdit().setAccessibleName(self.tr("Goal"))
        commit = lambda *_: self.commit(self.tr("Change goal"), goal=combo.currentText().strip())  # noqa: E731
        combo.activated.connect(commit)
        combo.lineEdit().editingFinished.connect(commit)
        self.goal_combo = combo
        return combo

    def _load_goal(self, card: Card) -> None:
        assert self.panel.document is not None
        combo = self.goal_combo
        stage = next((s for s in self.panel.document.journey.stages if s.id == card.stage_id), None)
        goals = list(stage.goals) if stage is not None else []
        if [combo.itemText(i) for i in range(combo.count())] != goals:
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(goals)
            combo.blockSignals(False)
        if combo.currentText() != card.goal:
            combo.setEditText(card.goal)

    # --- a metric ----------------------------------------------------------------------------

    def _metric_rows(self) -> list[tuple[str, str, QWidget]]:
        unit = QComboBox()
        unit.setEditable(True)
        unit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        unit.addItems(UNITS[self.language])
        unit.lineEdit().setMaxLength(MAX_UNIT_LENGTH)
        unit.lineEdit().setAccessibleName(self.tr("Unit"))
        commit_unit = lambda *_: self.commit(self.tr("Change unit"), unit=unit.currentText().strip())  # noqa: E731
        unit.activated.connect(commit_unit)
        unit.lineEdit().editingFinished.connect(commit_unit)
        self.loaders.append(lambda card: unit.setEditText(card.unit) if unit.currentText() != card.unit else None)
        source = QLineEdit()
        source.setPlaceholderText(self.tr("e.g. Analytics, March"))
        source.editingFinished.connect(lambda: self.commit(self.tr("Change source"), metric_source=source.text().strip()))
        self.loaders.append(lambda card: source.setText(card.metric_source) if source.text() != card.metric_source else None)
        return [
            ("value", self.tr("Value"), self._number_editor("value", self.tr("Value"), self.tr("Change value"))),
            ("unit", self.tr("Unit"), unit),
            ("target", self.tr("Target"), self._number_editor("target", self.tr("Target"), self.tr("Change target"))),
            ("metric_source", self.tr("Source"), source),
            ("measured_on", self.tr("Measured on"), self._date_editor()),
        ]

    def _number_editor(self, name: str, what: str, label: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(self.tr("none"))

        def commit() -> None:
            card = self.card()
            if self.panel._loading or card is None or edit.text().strip() == number_text(getattr(card, name)):
                return  # Enter on a field left as shown changes nothing
            try:
                value = parse_number(edit.text())
            except AmbiguousNumber as twice:
                self.say(
                    self.tr("%1: “%2” could be read as %3 or as %4; type the one you mean. Nothing was changed.")
                    .replace("%1", what).replace("%2", edit.text().strip()).replace("%3", twice.grouped).replace("%4", twice.decimal)
                )
                return
            except ValueError:
                self.say(self.tr("%1: “%2” is not a number. Write it like 12.5 or 1200; nothing was changed.").replace("%1", what).replace("%2", edit.text().strip()))
                return
            if value is not None and abs(value) > MAX_MEASURE:
                self.say(self.tr("%1: %2 is too large; a value lies between −10¹⁵ and 10¹⁵. Nothing was changed.").replace("%1", what).replace("%2", edit.text().strip()))
                return
            if value is not None and value.is_integer():
                value = float(int(value))
            self.commit(label, **{name: value})
            card = self.card()
            if card is not None:
                edit.setText(number_text(getattr(card, name)))

        edit.editingFinished.connect(commit)

        def load(card: Card) -> None:
            text = number_text(getattr(card, name))
            if edit.text() != text:
                edit.setText(text)

        self.loaders.append(load)
        return edit

    def _date_editor(self) -> QWidget:
        box, edit = optional_date_row("measured-on", self.tr("Measured on"), self.tr("none"), self.tr("None"), self.tr("The value has no date"))

        def commit(day: QDate) -> None:
            if not self.panel._loading:
                self.commit(self.tr("Change measurement date"), measured_on=day_of(day))

        edit.dateChanged.connect(commit)

        def load(card: Card) -> None:
            day = qdate_of(card.measured_on)
            if edit.date() != day:
                edit.setDate(day)

        self.loaders.append(load)
        return box

    # --- a pain point ----------------------------------------------------------------------------

    def _pain_point_rows(self) -> list[tuple[str, str, QWidget]]:
        box, column = bare(QVBoxLayout)
        mode = QComboBox()
        mode.setObjectName("frequency-mode")
        mode.setAccessibleName(self.tr("Frequency"))
        mode.addItem("—", None)
        mode.addItem(self.tr("count out of total"), COUNT)
        mode.addItem(self.tr("percent of participants"), PERCENT)
        column.addWidget(mode)
        pages = QStackedWidget()
        column.addWidget(pages)
        pages.addWidget(QWidget())
        counts, row = bare(QHBoxLayout)
        count, total = QSpinBox(), QSpinBox()
        count.setObjectName("frequency-count")
        total.setObjectName("frequency-total")
        count.setAccessibleName(self.tr("Participants who met it"))
        total.setAccessibleName(self.tr("Participants in all"))
        for spin in (count, total):
            spin.setRange(0, MAX_RESPONDENTS)
            spin.setKeyboardTracking(False)
        out_of = QLabel(self.tr("out of"))
        row.addWidget(count, 1)
        row.addWidget(out_of)
        row.addWidget(total, 1)
        pages.addWidget(counts)
        percent = QDoubleSpinBox()
        percent.setObjectName("frequency-percent")
        percent.setAccessibleName(self.tr("Percent of participants who met it"))
        percent.setRange(0, 100)
        percent.setDecimals(1)
        percent.setSuffix(percent_sign())
        percent.setKeyboardTracking(False)
        pages.addWidget(percent)
        pages.setFixedHeight(count.sizeHint().height())
        label = self.tr("Change frequency")

        def commit_counts(changed: QSpinBox) -> None:
            if self.panel._loading:
                return
            if total.value() == 0:
                if changed is count or count.value() == 0:
                    return  # the total is not typed yet: only a total set to none is a mistake
                self.say(self.tr("Frequency: the total must be at least 1 (out of how many participants?). Nothing was changed."))
                return
            if count.value() > total.value():
                self.say(
                    self.tr("Frequency: %1 out of %2 is more than all the participants; the count must be at most the total. Nothing was changed.")
                    .replace("%1", str(count.value())).replace("%2", str(total.value()))
                )
                return
            self.commit(label, frequency=Frequency(count=count.value(), total=total.value()))

        def commit_percent(*_: object) -> None:
            if not self.panel._loading:
                self.commit(label, frequency=Frequency(percent=round(percent.value(), 1)))

        def chosen(index: int) -> None:
            way = mode.itemData(index)
            pages.setCurrentIndex(mode.currentIndex())
            if way is None:
                self.commit(label, frequency=None)

        mode.activated.connect(chosen)
        count.valueChanged.connect(lambda *_: commit_counts(count))
        total.valueChanged.connect(lambda *_: commit_counts(total))
        percent.valueChanged.connect(commit_percent)

        def load(card: Card) -> None:
            frequency = card.frequency
            way = None if frequency is None else (PERCENT if frequency.percent is not None else COUNT)
            for spin, value in ((count, frequency.count if frequency else None), (total, frequency.total if frequency else None)):
                if value is not None and spin.value() != value:
                    spin.blockSignals(True)
                    spin.setValue(value)
                    spin.blockSignals(False)
            if frequency is not None:
                percent.blockSignals(True)
                percent.setValue(frequency.fraction * 100)
                percent.blockSignals(False)
            mode.setCurrentIndex(max(0, mode.findData(way)))
            pages.setCurrentIndex(mode.currentIndex())

        self.loaders.append(load)
        shown = QLabel()
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        shown.setToolTip(self.tr("Severity × the share of participants who met it; the backlog ranks by it"))

        def load_weight(card: Card) -> None:
            if card.severity is None or card.frequency is None:
                shown.setText(self.tr("— (needs a severity and a frequency)"))
            else:
                shown.setText(self.tr("%1 (severity %2 × %3)").replace("%1", QLocale().toString(weight(card), "f", 2)).replace("%2", str(card.severity)).replace("%3", frequency_text(card.frequency)))

        self.loaders.append(load_weight)
        return [("frequency", self.tr("Frequency"), box), ("weight", self.tr("Weight"), shown)]

    # --- an opportunity ----------------------------------------------------------------------------

    def _opportunity_rows(self) -> list[tuple[str, str, QWidget]]:
        status = QComboBox()
        for member in OpportunityStatus:  # a panel speaks the interface's language, not the map's
            status.addItem(status_name(member), member)

        def commit_status(index: int) -> None:
            card = self.card()
            value = status.itemData(index)
            if card is not None and not (card.status is None and value == OpportunityStatus.OPEN):
                self.commit(self.tr("Change status"), status=value)

        status.activated.connect(commit_status)
        self.loaders.append(lambda card: status.setCurrentIndex(max(0, status.findData(card.status or OpportunityStatus.OPEN))))
        return [
            ("impact", self.tr("Impact (1–5)"), self._rating_editor("impact", self.tr("Change impact"))),
            ("effort", self.tr("Effort (1–5)"), self._rating_editor("effort", self.tr("Change effort"))),
            ("status", self.tr("Status"), status),
            ("answers", self.tr("Pain points"), self._links_editor()),
        ]

    def _rating_editor(self, name: str, label: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(0, 5)
        spin.setSpecialValueText("—")
        spin.setKeyboardTracking(False)
        spin.valueChanged.connect(lambda value: self.commit(label, **{name: value or None}))
        self.loaders.append(lambda card: spin.setValue(getattr(card, name) or 0))
        return spin

    def _links_editor(self) -> QWidget:
        box, column = bare(QVBoxLayout)
        listing = QListWidget()
        listing.setObjectName("linked-pain-points")
        listing.setAccessibleName(self.tr("Pain points answered"))
        listing.setFixedHeight(84)
        listing.setWordWrap(True)
        listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        listing.setToolTip(self.tr("The pain points this opportunity answers; drop the opportunity onto a pain point on the map to add one"))
        column.addWidget(listing)
        buttons = QHBoxLayout()
        remove = QPushButton(self.tr("Remove"))
        remove.setObjectName("unlink-pain-point")
        picker = QComboBox()
        picker.setObjectName("link-pain-point")
        picker.setAccessibleName(self.tr("Add link to a pain point"))
        narrow(picker)
        buttons.addWidget(picker, 1)
        buttons.addWidget(remove)
        column.addLayout(buttons)

        def unlink() -> None:
            item = listing.currentItem()
            card, journey = self.card(), self._journey()
            if item is None or card is None or journey is None or self.panel.verbs is None:
                return
            pain_id = item.data(Qt.ItemDataRole.UserRole)
            pain = next((c for c in journey.cards if c.id == pain_id), None)
            if pain is not None:
                self.panel.verbs.unlink_pain_point(card.id, pain_id, link_sentence("unlink", card, pain))

        def link(index: int) -> None:
            pain_id = picker.itemData(index)
            card, journey = self.card(), self._journey()
            picker.setCurrentIndex(0)
            if not pain_id or card is None or journey is None or self.panel.verbs is None:
                return
            pain = next(c for c in journey.cards if c.id == pain_id)
            self.panel.verbs.link_pain_point(card.id, pain_id, link_sentence("link", card, pain))

        remove.clicked.connect(unlink)
        picker.activated.connect(link)

        def load(card: Card) -> None:
            journey = self._journey()
            if journey is None:
                return
            pains = pain_points(journey)
            names = {pain.id: self._pain_name(journey, pain) for pain in pains}
            listing.clear()
            for pain_id in card.answers:
                item = QListWidgetItem(names.get(pain_id, pain_id))
                item.setData(Qt.ItemDataRole.UserRole, pain_id)
                item.setToolTip(item.text())
                listing.addItem(item)
            remove.setEnabled(bool(card.answers))
            picker.clear()
            picker.addItem(self.tr("Add link…"), "")
            for pain in pains:
                if pain.id not in card.answers:
                    picker.addItem(names[pain.id], pain.id)
            picker.setEnabled(picker.count() > 1)

        self.loaders.append(load)
        return box

    def _journey(self) -> Journey | None:
        return self.panel.document.journey if self.panel.document is not None else None

    def _pain_name(self, journey: Journey, pain: Card) -> str:
        stage = next((s.name for s in journey.stages if s.id == pain.stage_id), "")
        return self.tr("%1 · %2").replace("%1", stage).replace("%2", short(pain.text, 60))


def pain_points(journey: Journey) -> list[Card]:
    """The journey's pain points in the map's order: by stage, lane, then position."""
    lanes = {lane.id: i for i, lane in enumerate(journey.lanes) if lane.kind is LaneKind.PAIN_POINTS}
    stages = {s.id: i for i, s in enumerate(journey.stages)}
    found = [c for c in journey.cards if c.lane_id in lanes]
    return sorted(found, key=lambda c: (stages.get(c.stage_id, 0), lanes[c.lane_id], c.position))
