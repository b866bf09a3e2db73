"""The properties panel: every field of the selected card, stage, lane, persona, emotion point or
journey, each change one undoable command."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import Any

from PySide6.QtCore import QTimer, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QColorDialog,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cjdesigner.app.verbs import Verbs
from cjdesigner.app.document import Document
from cjdesigner.model.document import Evidence
from cjdesigner.i18n import QT_TRANSLATE_NOOP, number
from cjdesigner.model.vocabulary import BlueprintLine, Channel, Confidence, LaneChart, LaneKind, Language, Sentiment, new_name
from cjdesigner.ui.button_names import name_buttons
from cjdesigner.ui.card_fields import CardFields
from cjdesigner.ui.field_widgets import fit_to_width
from cjdesigner.ui.journey_fields import LINK_KINDS, link_rows

# name, label, editor kind, options
FIELDS: dict[str, list[tuple[str, str, str, Any]]] = {
    "card": [
        ("text", QT_TRANSLATE_NOOP("PropertiesPanel", "Text"), "multiline", None),
        ("notes", QT_TRANSLATE_NOOP("PropertiesPanel", "Notes"), "multiline", None),
        ("persona_ids", QT_TRANSLATE_NOOP("PropertiesPanel", "Personas"), "personas", None),
        ("sentiment", QT_TRANSLATE_NOOP("PropertiesPanel", "Sentiment"), "choice", Sentiment),
        ("channel", QT_TRANSLATE_NOOP("PropertiesPanel", "Channel"), "choice", Channel),
        ("severity", QT_TRANSLATE_NOOP("PropertiesPanel", "Severity"), "optional_int", (1, 5)),
        ("votes", QT_TRANSLATE_NOOP("PropertiesPanel", "Votes"), "int", (0, 1_000_000)),
        ("owner", QT_TRANSLATE_NOOP("PropertiesPanel", "Owner"), "text", None),
        ("tags", QT_TRANSLATE_NOOP("PropertiesPanel", "Tags"), "tags", None),
        ("colour", QT_TRANSLATE_NOOP("PropertiesPanel", "Colour"), "optional_colour", None),
        ("confidence", QT_TRANSLATE_NOOP("PropertiesPanel", "Confidence"), "choice", Confidence),
        ("evidence", QT_TRANSLATE_NOOP("PropertiesPanel", "Evidence"), "evidence", None),
    ],
    "stage": [
        ("name", QT_TRANSLATE_NOOP("PropertiesPanel", "Name"), "text", None),
        ("goals", QT_TRANSLATE_NOOP("PropertiesPanel", "Goals (one per line)"), "lines", None),
        ("description", QT_TRANSLATE_NOOP("PropertiesPanel", "Description"), "multiline", None),
        ("colour", QT_TRANSLATE_NOOP("PropertiesPanel", "Colour"), "colour", None),
    ],
    "lane": [
        ("title", QT_TRANSLATE_NOOP("PropertiesPanel", "Title"), "text", None),
        ("kind", QT_TRANSLATE_NOOP("PropertiesPanel", "Kind"), "required_choice", LaneKind),
        ("colour", QT_TRANSLATE_NOOP("PropertiesPanel", "Colour"), "optional_colour", None),
        ("hidden", QT_TRANSLATE_NOOP("PropertiesPanel", "Hidden"), "bool", None),
        ("line_below", QT_TRANSLATE_NOOP("PropertiesPanel", "Blueprint line below"), "choice", BlueprintLine),
        ("chart", QT_TRANSLATE_NOOP("PropertiesPanel", "Show as"), "choice", LaneChart),
    ],
    "persona": [
        ("name", QT_TRANSLATE_NOOP("PropertiesPanel", "Name"), "text", None),
        ("role", QT_TRANSLATE_NOOP("PropertiesPanel", "Role"), "text", None),
        ("initials", QT_TRANSLATE_NOOP("PropertiesPanel", "Initials"), "text", 3),
        ("colour", QT_TRANSLATE_NOOP("PropertiesPanel", "Colour"), "colour", None),
        ("quote", QT_TRANSLATE_NOOP("PropertiesPanel", "Quote"), "multiline", None),
        ("goals", QT_TRANSLATE_NOOP("PropertiesPanel", "Goals (one per line)"), "lines", None),
        ("frustrations", QT_TRANSLATE_NOOP("PropertiesPanel", "Frustrations (one per line)"), "lines", None),
        ("description", QT_TRANSLATE_NOOP("PropertiesPanel", "Description"), "multiline", None),
    ],
    "emotion_point": [("score", QT_TRANSLATE_NOOP("PropertiesPanel", "Score (−2…+2)"), "int", (-2, 2)), ("label", QT_TRANSLATE_NOOP("PropertiesPanel", "Label"), "text", None)],
    "journey": [
        ("title", QT_TRANSLATE_NOOP("PropertiesPanel", "Title"), "text", None),
        ("scenario", QT_TRANSLATE_NOOP("PropertiesPanel", "Scenario"), "multiline", None),
        ("expectations", QT_TRANSLATE_NOOP("PropertiesPanel", "Expectations"), "multiline", None),
        ("persona_ids", QT_TRANSLATE_NOOP("PropertiesPanel", "Personas"), "personas", None),
    ],
}
MIN_WIDTH = 260  # the narrowest the panel goes: the widest editor (a row of two buttons) fits
TITLES = {"card": QT_TRANSLATE_NOOP("PropertiesPanel", "Card"), "stage": QT_TRANSLATE_NOOP("PropertiesPanel", "Stage"), "lane": QT_TRANSLATE_NOOP("PropertiesPanel", "Lane"), "persona": QT_TRANSLATE_NOOP("PropertiesPanel", "Persona"), "emotion_point": QT_TRANSLATE_NOOP("PropertiesPanel", "Emotion point"), "journey": QT_TRANSLATE_NOOP("PropertiesPanel", "Journey")}
# What the interface calls each choice of a field (the file keeps the English identifier).
CHOICE_NAMES: dict[str, str] = {
    "positive": QT_TRANSLATE_NOOP("PropertiesPanel", "Positive"),
    "neutral": QT_TRANSLATE_NOOP("PropertiesPanel", "Neutral"),
    "negative": QT_TRANSLATE_NOOP("PropertiesPanel", "Negative"),
    "web": QT_TRANSLATE_NOOP("PropertiesPanel", "Web"),
    "mobile_app": QT_TRANSLATE_NOOP("PropertiesPanel", "Mobile app"),
    "email": QT_TRANSLATE_NOOP("PropertiesPanel", "Email"),
    "phone": QT_TRANSLATE_NOOP("PropertiesPanel", "Phone"),
    "sms": QT_TRANSLATE_NOOP("PropertiesPanel", "SMS"),
    "chat": QT_TRANSLATE_NOOP("PropertiesPanel", "Chat"),
    "social": QT_TRANSLATE_NOOP("PropertiesPanel", "Social media"),
    "store": QT_TRANSLATE_NOOP("PropertiesPanel", "Store"),
    "mail": QT_TRANSLATE_NOOP("PropertiesPanel", "Mail"),
    "other": QT_TRANSLATE_NOOP("PropertiesPanel", "Other"),
    "actions": QT_TRANSLATE_NOOP("PropertiesPanel", "Actions"),
    "touchpoints": QT_TRANSLATE_NOOP("PropertiesPanel", "Touchpoints"),
    "thoughts": QT_TRANSLATE_NOOP("PropertiesPanel", "Thoughts"),
    "emotions": QT_TRANSLATE_NOOP("PropertiesPanel", "Emotions"),
    "pain_points": QT_TRANSLATE_NOOP("PropertiesPanel", "Pain points"),
    "opportunities": QT_TRANSLATE_NOOP("PropertiesPanel", "Opportunities"),
    "goals": QT_TRANSLATE_NOOP("PropertiesPanel", "Goals"),
    "metrics": QT_TRANSLATE_NOOP("PropertiesPanel", "Metrics and KPIs"),
    "backstage": QT_TRANSLATE_NOOP("PropertiesPanel", "Backstage"),
    "notes": QT_TRANSLATE_NOOP("PropertiesPanel", "Notes"),
    "physical_evidence": QT_TRANSLATE_NOOP("PropertiesPanel", "Physical evidence"),
    "frontstage": QT_TRANSLATE_NOOP("PropertiesPanel", "Frontstage"),
    "support_processes": QT_TRANSLATE_NOOP("PropertiesPanel", "Support processes"),
    "parking_lot": QT_TRANSLATE_NOOP("PropertiesPanel", "Parking lot"),
    "interaction": QT_TRANSLATE_NOOP("PropertiesPanel", "Line of interaction"),
    "visibility": QT_TRANSLATE_NOOP("PropertiesPanel", "Line of visibility"),
    "internal_interaction": QT_TRANSLATE_NOOP("PropertiesPanel", "Line of internal interaction"),
    "chart:none": QT_TRANSLATE_NOOP("PropertiesPanel", "Cards"),
    "bars": QT_TRANSLATE_NOOP("PropertiesPanel", "Bar chart"),
    "funnel": QT_TRANSLATE_NOOP("PropertiesPanel", "Funnel"),
    "assumption": QT_TRANSLATE_NOOP("PropertiesPanel", "Assumption"),
    "partly_backed": QT_TRANSLATE_NOOP("PropertiesPanel", "Partly backed"),
    "validated": QT_TRANSLATE_NOOP("PropertiesPanel", "Validated"),
}


class CommittingTextEdit(QPlainTextEdit):
    """A multi-line field that commits when it loses focus, like a line edit on Enter."""

    editingFinished = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editingFinished.emit()


class EvidenceTable(QTableWidget):
    """Quote, source and link of each piece of evidence. The panel is narrow, so quotes wrap
    and rows grow to show them whole; every cell shows its full text on hover."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.sectionResized.connect(lambda *_: self.fit_rows())
        self.verticalHeader().hide()
        self.setMinimumHeight(110)

    def resizeEvent(self, event) -> None:
        width = self.viewport().width()
        self.setColumnWidth(1, int(width * 0.28))
        self.setColumnWidth(2, int(width * 0.17))
        super().resizeEvent(event)
        self.fit_rows()

    def fit_rows(self) -> None:
        self.resizeRowsToContents()
        rows = sum(self.rowHeight(r) for r in range(self.rowCount()))
        height = max(110, min(420, rows + self.horizontalHeader().height() + 2 * self.frameWidth() + 4))
        if height != self.height():
            self.setFixedHeight(height)


class FormPage(QWidget):
    """The form of one kind of object, built once and refilled for each object of that kind."""

    def __init__(self, heading: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        label = QLabel(f"<b>{heading}</b>")
        label.setObjectName("properties-heading")
        outer.addWidget(label)
        self.form = QFormLayout()
        outer.addLayout(self.form)
        outer.addStretch(1)
        self.loaders: list[Callable[[Any], None]] = []


class PropertiesPanel(QScrollArea):
    """One form per kind of object in a stack, each built the first time it is needed: a change of
    selection fills the editors already there, which costs what the object holds, not a new form."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("properties-panel")
        self.setAccessibleName(self.tr("Properties"))
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the form wraps to the width instead
        self.setMinimumWidth(MIN_WIDTH)
        self.document: Document | None = None
        self.verbs: Verbs | None = None
        self.kind, self.object_id = "journey", ""
        self.loaders: list[Callable[[Any], None]] = []
        self._loading = False
        self.stack = QStackedWidget()
        self.stack.setObjectName("properties-pages")
        self.pages: dict[str, FormPage] = {}
        self.setWidget(self.stack)
        self._pending: tuple[str, str] | None = None
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self._show_pending)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc, which no field used, hands the keyboard back to the map (the field loses focus, so
        what was typed is committed), as it does from the outline and the find field."""
        map_view = self.window().findChild(QWidget, "map-view")
        if event.key() == Qt.Key.Key_Escape and map_view is not None:
            map_view.setFocus(Qt.FocusReason.ShortcutFocusReason)
            event.accept()
            return
        super().keyPressEvent(event)

    def set_document(self, document: Document, verbs: Verbs) -> None:
        self.document, self.verbs = document, verbs
        document.changed.connect(self.reload)
        document.journeyChanged.connect(lambda *_: self.show_object("journey", document.journey_id))
        self.show_object("journey", document.journey_id)

    @property
    def language(self) -> Language:
        return self.document.project.language if self.document is not None else Language.EN

    def target(self):
        assert self.document is not None
        project, journey = self.document.project, self.document.journey
        finders = {
            "journey": lambda: project.journey(self.object_id),
            "persona": lambda: project.persona(self.object_id),
            "card": lambda: journey.card(self.object_id),
            "stage": lambda: journey.stage(self.object_id),
            "lane": lambda: journey.lane(self.object_id),
            "emotion_point": lambda: next(p for p in journey.emotion_points if p.id == self.object_id),
        }
        try:
            return finders[self.kind]()
        except (KeyError, StopIteration):
            return None

    def show_later(self, kind: str, object_id: str) -> None:
        """Show `kind` once the current event is handled, unless something else is shown first: a
        gesture that clears the selection and then selects again makes one update, not two."""
        self._pending = (kind, object_id)
        self._later.start()

    def _show_pending(self) -> None:
        if self._pending is not None:
            kind, object_id = self._pending
            self.show_object(kind, object_id)

    def show_object(self, kind: str, object_id: str) -> None:
        self._pending = None
        self._later.stop()
        if (kind, object_id) == (self.kind, self.object_id) and self.loaders is self.pages.get(kind, FormPage).loaders:
            return  # shown already; the document's `changed` refills it when the object changes
        self.kind, self.object_id = kind, object_id
        if self.target() is None and self.document is not None:
            self.kind, self.object_id = "journey", self.document.journey_id
        page = self.pages.get(self.kind) or self._build_page(self.kind)
        if self.loaders is not page.loaders:
            self.loaders = page.loaders
            for other in self.pages.values():  # only the page shown asks for room
                policy = QSizePolicy.Policy.Preferred if other is page else QSizePolicy.Policy.Ignored
                other.setSizePolicy(policy, policy)
            self.stack.setCurrentWidget(page)
            self._order_tab(page)
        self.reload()

    def current_page(self) -> QWidget:
        return self.stack.currentWidget()

    def _build_page(self, kind: str) -> FormPage:
        page = FormPage(self.tr(TITLES[kind]))
        page.setObjectName(f"properties-{kind}")
        for name, label, editor, options in FIELDS[kind]:
            widget, loader = self._editor(name, editor, options)
            widget.setObjectName(f"field-{name}")
            page.form.addRow(self.tr(label), widget)
            page.loaders.append(lambda obj, name=name, loader=loader: loader(getattr(obj, name)))
        self.pages[kind] = page
        self.stack.addWidget(page)
        if kind == "card":  # the fields of its lane's kind, and the goal it serves
            page.loaders.append(CardFields(self, page.form).load)
        if kind in LINK_KINDS:  # owner, status and reviews; or the sub-journey it opens
            page.loaders.append(link_rows(self, page.form, kind))
        fit_to_width(page, page.form)
        name_buttons(page)
        return page

    def _order_tab(self, page: QWidget) -> None:
        """A form's fields follow the panel in the window's Tab order, top to bottom, so Tab goes
        from the map into the properties and on to the toolbar."""
        fields = [
            widget
            for widget in page.findChildren(QWidget)
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.window() is page.window()  # not a combo's popup list
            and not isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox))
        ]
        for before, after in zip([self, *fields], fields):
            QWidget.setTabOrder(before, after)

    def reload(self, *_: object) -> None:
        target = self.target()
        if target is None:
            self.show_object("journey", self.document.journey_id if self.document else "")
            return
        self._loading = True
        try:
            for loader in self.loaders:
                loader(target)
        finally:
            self._loading = False

    def commit(self, name: str, value: Any) -> None:
        if self._loading or self.verbs is None:
            return
        target = self.target()
        if target is None or getattr(target, name) == value:
            return
        label = self.tr("Change %1").replace("%1", next((self.tr(text) for field, text, *_ in FIELDS[self.kind] if field == name), name))
        links = self._links_to_lane(target) if self.kind == "lane" and name == "kind" and value != LaneKind.PAIN_POINTS else 0
        if not self.verbs.set_fields(self.kind, None if self.kind == "project" else self.object_id, label, **{name: value}):
            self.reload()  # refused: the editor shows the model's value again, not the one refused
            return
        if links == 1:
            self._say(self.tr("Removed the link from an opportunity to a pain point of this lane"))
        elif links:
            self._say(self.tr("Removed %1 links from opportunities to the pain points of this lane").replace("%1", number(links)))

    def _links_to_lane(self, lane: Any) -> int:
        """How many links from opportunities point to cards of `lane` (a lane about to stop being
        the pain points loses them in the same step)."""
        if lane.kind is not LaneKind.PAIN_POINTS or self.document is None:
            return 0
        journey = self.document.journey
        cards = {card.id for card in journey.cards if card.lane_id == lane.id}
        return sum(1 for card in journey.cards if card.id not in cards for answer in card.answers if answer in cards)

    def _say(self, sentence: str) -> None:
        """A word in the window's status bar, when the panel sits in a main window."""
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(sentence, 8000)

    # --- editors ------------------------------------------------------------------------------

    def _editor(self, name: str, kind: str, options: Any) -> tuple[QWidget, Callable[[Any], None]]:
        commit = lambda value: self.commit(name, value)  # noqa: E731
        if kind == "text":
            edit = QLineEdit()
            if options:
                edit.setMaxLength(options)
            edit.editingFinished.connect(lambda: commit(edit.text()))
            return edit, lambda v: _set_line(edit, v)
        if kind in ("multiline", "lines"):
            text = CommittingTextEdit()
            text.setTabChangesFocus(True)
            text.setFixedHeight(70)
            if kind == "lines":
                text.editingFinished.connect(lambda: commit([ln.strip() for ln in text.toPlainText().splitlines() if ln.strip()]))
                return text, lambda v: _set_plain(text, "\n".join(v))
            text.editingFinished.connect(lambda: commit(text.toPlainText()))
            return text, lambda v: _set_plain(text, v)
        if kind == "tags":
            edit = QLineEdit()
            edit.setPlaceholderText(self.tr("comma-separated"))
            edit.editingFinished.connect(lambda: commit([t.strip() for t in edit.text().split(",") if t.strip()]))
            return edit, lambda v: edit.setText(", ".join(v))
        if kind in ("choice", "required_choice"):
            combo = QComboBox()
            if kind == "choice":  # "none" has a name of its own for some fields (a lane shown as cards)
                combo.addItem(self.tr(CHOICE_NAMES[f"{name}:none"]) if f"{name}:none" in CHOICE_NAMES else "—", None)
            for member in options:  # a panel speaks the interface's language; the map, the map's
                combo.addItem(self.tr(CHOICE_NAMES[member.value]), member)
            combo.activated.connect(lambda index: commit(combo.itemData(index)))
            return combo, lambda v: combo.setCurrentIndex(max(0, combo.findData(v)))
        if kind in ("int", "optional_int"):
            spin = QSpinBox()
            low, high = options
            if kind == "optional_int":
                spin.setRange(low - 1, high)
                spin.setSpecialValueText("—")
                spin.editingFinished.connect(lambda: commit(None if spin.value() < low else spin.value()))
                return spin, lambda v: spin.setValue(low - 1 if v is None else v)
            spin.setRange(low, high)
            spin.editingFinished.connect(lambda: commit(spin.value()))
            spin.valueChanged.connect(lambda value: commit(value) if not spin.hasFocus() else None)
            return spin, lambda v: spin.setValue(v)
        if kind == "bool":
            box = QCheckBox()
            box.toggled.connect(commit)
            return box, lambda v: box.setChecked(bool(v))
        if kind in ("colour", "optional_colour"):
            return self._colour_editor(commit, optional=kind == "optional_colour")
        if kind == "personas":
            return self._personas_editor(commit)
        if kind == "evidence":
            return self._evidence_editor(commit)
        raise ValueError(f"unknown editor kind {kind!r}")

    def _colour_editor(self, commit: Callable[[Any], None], optional: bool) -> tuple[QWidget, Callable[[Any], None]]:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        button = QPushButton()
        button.setObjectName("colour-button")
        row.addWidget(button)
        state: dict[str, str | None] = {"value": None}

        def load(value: str | None) -> None:
            state["value"] = value
            button.setText(value or (self.tr("Lane colour") if optional else self.tr("Default")))
            button.setStyleSheet(f"background-color: {value};" if value else "")

        def choose() -> None:
            colour = QColorDialog.getColor(QColor(state["value"] or "#FFFFFF"), self, self.tr("Choose a colour"))
            if colour.isValid():
                commit(colour.name().upper())

        button.clicked.connect(choose)
        if optional:
            clear = QPushButton(self.tr("Use default"))
            clear.setObjectName("colour-default")
            clear.clicked.connect(lambda: commit(None))
            row.addWidget(clear)
        return box, load

    def _personas_editor(self, commit: Callable[[Any], None]) -> tuple[QWidget, Callable[[Any], None]]:
        listing = QListWidget()
        listing.setFixedHeight(90)

        def load(value: list[str]) -> None:
            listing.blockSignals(True)
            listing.clear()
            for persona in self.document.project.personas if self.document else []:
                item = QListWidgetItem(persona.name)
                item.setData(Qt.ItemDataRole.UserRole, persona.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if persona.id in value else Qt.CheckState.Unchecked)
                listing.addItem(item)
            listing.blockSignals(False)

        def changed(_: QListWidgetItem) -> None:
            chosen = [
                listing.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(listing.count())
                if listing.item(i).checkState() == Qt.CheckState.Checked
            ]
            commit(chosen)

        listing.itemChanged.connect(changed)
        return listing, load

    def _evidence_editor(self, commit: Callable[[Any], None]) -> tuple[QWidget, Callable[[Any], None]]:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        table = EvidenceTable()
        table.setObjectName("evidence-table")
        table.setAccessibleName(self.tr("Evidence"))
        table.setHorizontalHeaderLabels([self.tr("Quote or note"), self.tr("Source"), self.tr("Link")])
        column.addWidget(table)
        buttons = QHBoxLayout()
        add, remove = QPushButton(self.tr("Add evidence")), QPushButton(self.tr("Remove"))
        buttons.addWidget(add)
        buttons.addWidget(remove)
        column.addLayout(buttons)

        def rows() -> list[Evidence]:
            result = []
            for r in range(table.rowCount()):
                cells = [(table.item(r, c).text() if table.item(r, c) else "") for c in range(3)]
                result.append(Evidence(text=cells[0], source=cells[1], link=cells[2]))
            return result

        def load(value: list[Evidence]) -> None:
            table.blockSignals(True)
            table.setRowCount(len(value))
            for r, evidence in enumerate(value):
                for c, text in enumerate((evidence.text, evidence.source, evidence.link)):
                    item = QTableWidgetItem(text)
                    item.setToolTip(text)
                    table.setItem(r, c, item)
            table.blockSignals(False)
            table.fit_rows()

        table.itemChanged.connect(lambda _: commit(rows()))
        add.clicked.connect(lambda: commit(rows() + [Evidence(text=new_name("evidence", self.language))]))
        remove.clicked.connect(lambda: commit([e for i, e in enumerate(rows()) if i != table.currentRow()]) if table.currentRow() >= 0 else None)
        return box, load


def _set_line(edit: QLineEdit, value: str) -> None:
    """Show a long value from its beginning, as it is read, not from its end."""
    if edit.text() != value:
        edit.setText(value)
        edit.setCursorPosition(0)


def _set_plain(edit: QPlainTextEdit, value: str) -> None:
    if edit.toPlainText() != value:
        edit.setPlainText(value)


def enum_value(value: Any) -> Any:
    return value.value if isinstance(value, Enum) else value
