"""The presentation's windows: the projector (full screen, projector theme, quick capture bar) and
the facilitator's window on the laptop (the whole map, a preview of the projector, the timer, the
voting round and the notes). Both paint the description of `layout/projector.py` through
`painter.StagePainter`, and hand every key to the one `Presentation`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cjdesigner.canvas import style
from cjdesigner.layout import projector as P
from cjdesigner.layout import projector_theme as S
from cjdesigner.layout.grid import Rect
from cjdesigner.model.document import Journey
from cjdesigner.model.vocabulary import LANE_TITLES, LaneKind
from cjdesigner.ui.actions import COVERAGE_SETTING
from cjdesigner.ui.presentation.painter import StagePainter, paint_panel, qrect
from cjdesigner.ui.presentation.presentation import Presentation


class CaptureBar(QWidget):
    """Quick capture: one line typed into the spotlighted stage, in the parking lot unless another
    lane is picked (Up / Down). Enter adds the card, Esc gives up; the presentation carries on."""

    def __init__(self, presentation: Presentation, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("presentation-capture")
        self.presentation = presentation
        self.setAutoFillBackground(True)
        self.setStyleSheet(f"background: {S.LANE_BAND}; color: {S.HEADING};")
        row = QHBoxLayout(self)
        self.lanes = QComboBox(self)
        self.lanes.setObjectName("capture-lane")
        self.lanes.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("capture-text")
        self.edit.setPlaceholderText(self.tr("Type the idea, Enter adds it, Esc cancels"))
        self.edit.setStyleSheet(f"background: {P.CAPTURE_FIELD}; color: {S.CARD_INK};")
        row.addWidget(self.lanes, 1)
        row.addWidget(self.edit, 4)
        self.edit.installEventFilter(self)
        self.hide()

    def begin(self, journey: Journey) -> None:
        self.lanes.clear()
        parking = next((lane for lane in journey.lanes if lane.kind is LaneKind.PARKING_LOT), None)
        if parking is None:
            language = self.presentation.session.document.project.language
            self.lanes.addItem(LANE_TITLES[LaneKind.PARKING_LOT][language], None)
        for lane in journey.lanes:
            if not lane.hidden and lane.kind is not LaneKind.EMOTIONS:
                self.lanes.addItem(lane.title, lane.id)
        if parking is not None:
            self.lanes.setCurrentIndex(self.lanes.findData(parking.id))
        font_px, place = P.capture_bar(self.parentWidget().width(), self.parentWidget().height())
        font = self.edit.font()
        font.setPixelSize(font_px)
        self.edit.setFont(font)
        self.lanes.setFont(font)
        self.edit.clear()
        self.setGeometry(int(place.x), int(place.y), int(place.w), int(place.h))
        self.show()
        self.raise_()
        self.window().activateWindow()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def eventFilter(self, watched, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._finish(True)
                return True
            if key == Qt.Key.Key_Escape:
                self._finish(False)
                return True
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.lanes.count():
                step = -1 if key == Qt.Key.Key_Up else 1
                self.lanes.setCurrentIndex((self.lanes.currentIndex() + step) % self.lanes.count())
                return True
        return super().eventFilter(watched, event)

    def _finish(self, keep: bool) -> None:
        text, lane_id = self.edit.text(), self.lanes.currentData()
        self.hide()
        self.edit.clear()
        if keep:
            self.presentation.capture(text, lane_id)
        else:
            self.presentation.cancel_capture()
        back = self.presentation.facilitator or self.window()
        back.activateWindow()
        back.setFocus(Qt.FocusReason.OtherFocusReason)


class _KeyWindow(QWidget):
    """A window whose keys, Tab included, go to the presentation first."""

    def __init__(self, presentation: Presentation) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.presentation = presentation
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        presentation.changed.connect(self.presentation_changed)

    def presentation_changed(self) -> None:
        self.update()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and self.presentation.key(event):  # type: ignore[arg-type]
            return True
        return super().event(event)

    def closeEvent(self, event) -> None:
        if self in (self.presentation.projector, self.presentation.facilitator):
            self.presentation.end()  # closing either window (Alt+F4) ends the presentation
        super().closeEvent(event)


class ProjectorWindow(_KeyWindow):
    """What the room sees: one stage spotlighted, full screen, in the projector theme."""

    def __init__(self, presentation: Presentation) -> None:
        super().__init__(presentation)
        self.setObjectName("presentation-projector")
        self.setWindowTitle(self.tr("cjdesigner — Presentation"))
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.painter = StagePainter(presentation)
        self.capture = CaptureBar(presentation, self)

    def presentation_changed(self) -> None:
        """A dot given or taken back repaints its card, the status and the timer, not the stage."""
        region = self.presentation.touched_region(float(self.width()), float(self.height()))
        if region is None:
            self.update()
            return
        for part in region:
            self.update(QRectF(*part).toAlignedRect())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        parts = [Rect(r.x(), r.y(), r.width(), r.height()) for r in event.region()]
        whole = any(r.contains(self.rect()) for r in event.region())
        self.painter.paint(painter, float(self.width()), float(self.height()), None if whole else parts)
        painter.end()


class ProjectorPreview(QWidget):
    """The facilitator's small copy of the projector, painted at the projector's own layout."""

    def __init__(self, presentation: Presentation, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("presentation-preview")
        self.presentation = presentation
        self.painter = StagePainter(presentation)
        self.setMinimumSize(320, 180)
        presentation.changed.connect(self._presentation_changed)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width * 9 // 16

    def _design(self) -> tuple[float, float]:
        projector = self.presentation.projector
        if projector is not None and projector.width() > 0:
            return float(projector.width()), float(projector.height())
        return P.DESIGN_SIZE

    def _presentation_changed(self) -> None:
        """As the projector: a dot repaints its card, the status and the timer, at the preview's scale."""
        w, h = self._design()
        region = self.presentation.touched_region(w, h)
        if region is None:
            self.update()
            return
        fit = P.preview_fit(self.width(), self.height(), w, h)
        for part in region:
            self.update(QRectF(*P.to_preview(part, fit)).toAlignedRect().adjusted(-1, -1, 1, 1))

    def paintEvent(self, event: QPaintEvent) -> None:
        w, h = self._design()
        fit = P.preview_fit(self.width(), self.height(), w, h)
        dx, dy, scale = fit
        whole = any(r.contains(self.rect()) for r in event.region())
        parts = None if whole else [P.from_preview(Rect(r.x(), r.y(), r.width(), r.height()), fit) for r in event.region()]
        painter = QPainter(self)
        painter.fillRect(self.rect(), style.qcolor(P.BLACKOUT))
        painter.translate(dx, dy)
        painter.scale(scale, scale)
        self.painter.paint(painter, w, h, parts)
        painter.end()


class WholeMapView(QGraphicsView):
    """The facilitator's whole map, read only, with the stages the room does not see dimmed and
    the focused card ringed."""

    def __init__(self, presentation: Presentation, scene, parent: QWidget) -> None:
        super().__init__(scene, parent)
        self.presentation = presentation
        self.setObjectName("facilitator-map")
        self.setInteractive(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        presentation.changed.connect(self._presentation_changed)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scene.mapRectChanged.connect(self.fit)
        self.fit()

    def _presentation_changed(self) -> None:
        """The dimmed stages and the focus ring are drawn over the map: they change with the
        spotlight and the focus, not with a dot, whose card the map's own scene repaints."""
        if self.presentation.touched is None:
            self.viewport().update()

    def fit(self, *_: object) -> None:
        """The whole map, as large as the pane allows: its own extent, not the scene's rectangle,
        which keeps room below the map for Qt's index (and would shrink the map to a corner)."""
        rect = self.scene().map_rect
        if not rect.isEmpty():
            self.setSceneRect(rect)
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()

    def dim_colour(self) -> QColor:
        shade = QColor(S.BACKGROUND)
        shade.setAlphaF(P.MAP_DIM)
        return shade

    def dimmed_bands(self) -> list[QRectF]:
        """The stages the room does not see, shaded (see `projector.dimmed_bands`)."""
        return [qrect(band) for band in P.dimmed_bands(self.scene().layout, self.presentation.stage_id)]

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        p = self.presentation
        scene = self.scene()
        for band in self.dimmed_bands():
            painter.fillRect(band, self.dim_colour())
        focused = scene.card_items.get(p.focus_id or "")
        if focused is not None:
            bounds = focused.sceneBoundingRect()
            paint_panel(painter, P.map_focus_ring(Rect(bounds.x(), bounds.y(), bounds.width(), bounds.height())))


class FacilitatorWindow(_KeyWindow):
    """The laptop's window when a projector is connected: the whole map, the projector's preview,
    the timer, the voting round and the notes of the spotlighted stage."""

    def __init__(self, presentation: Presentation) -> None:
        super().__init__(presentation)
        from cjdesigner.canvas.scene import MapScene

        self.setObjectName("presentation-facilitator")
        self.setWindowTitle(self.tr("cjdesigner — Facilitator"))
        # Only its own labels turn light: a rule for every QLabel would reach the dialogs it opens
        # (their parent is this window) and paint their labels white on the light dialog.
        self.setStyleSheet(f"QWidget#presentation-facilitator {{ background: {S.BACKGROUND}; }} QWidget#presentation-facilitator > QLabel {{ color: {S.HEADING}; }}")
        self.scene = MapScene(presentation.document)
        self.scene.setParent(self)
        self.scene.show_coverage(presentation.session.settings.value(COVERAGE_SETTING, True, type=bool))  # as the map window shows it
        self.map_view = WholeMapView(presentation, self.scene, self)
        self.preview = ProjectorPreview(presentation, self)
        self.timer_label = QLabel(self)
        self.timer_label.setObjectName("facilitator-timer")
        big = QFont(style.FONT_FAMILY)
        big.setPixelSize(P.FACILITATOR_TIMER_PX)
        big.setBold(True)
        self.timer_label.setFont(big)
        self.round_label = QLabel(self)
        self.round_label.setObjectName("facilitator-round")
        self.round_label.setWordWrap(True)
        medium = QFont(style.FONT_FAMILY)
        medium.setPixelSize(P.FACILITATOR_TEXT_PX)
        self.round_label.setFont(medium)
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for name, text, handler in (
            ("start", self.tr("New round… (V)"), presentation.ask_round),
            ("next", self.tr("Next participant (Tab)"), presentation.next_participant),
            ("reveal", self.tr("Reveal (R)"), presentation.reveal),
            ("end", self.tr("End round (E)"), presentation.end_round),
            ("phones", self.tr("Vote from phones… (Q)"), presentation.ask_phone_round),
        ):
            button = QPushButton(text, self)
            button.setObjectName(f"facilitator-{name}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, handler=handler: handler())
            buttons.addWidget(button)
            self.buttons[name] = button
        self.notes = QTextBrowser(self)
        self.notes.setObjectName("facilitator-notes")
        self.notes.setFont(medium)
        for widget in (self.map_view, self.notes):
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        side = QVBoxLayout()
        side.addWidget(self.preview)
        top = QHBoxLayout()
        top.addWidget(self.timer_label)
        top.addWidget(self.round_label, 1)
        side.addLayout(top)
        side.addLayout(buttons)
        side.addWidget(self.notes, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.map_view, 3)
        layout.addLayout(side, 2)
        presentation.changed.connect(self.refresh)
        self.refresh()

    def presentation_changed(self) -> None:
        """Nothing of its own to paint again: its preview, map and labels each repaint what changed
        (a repaint of the whole window would paint the preview's whole stage at every dot)."""

    def refresh(self) -> None:
        p = self.presentation
        self.timer_label.setText(p.timer.text())
        voting_round = p.voting_round
        phones = p.phone_round
        status = " · ".join([p.status(), *p.phone_figures()]) if phones is not None else p.status()
        self.round_label.setText(status or self.tr("No voting round. V starts one."))
        self.buttons["next"].setEnabled(bool(voting_round and voting_round.participants) and phones is None)
        self.buttons["reveal"].setEnabled(bool(voting_round and voting_round.counts_hidden()) or bool(phones and phones.counts_hidden()))
        self.buttons["end"].setEnabled(voting_round is not None or phones is not None)
        self.buttons["phones"].setEnabled(phones is None)
        self.notes.setHtml(self._notes_html())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.preview.setFixedHeight(self.preview.heightForWidth(self.preview.width()))

    def _notes_html(self) -> str:
        from html import escape

        p = self.presentation
        parts: list[str] = []
        stage_id = p.stage_id
        if stage_id is not None:
            stage = p.journey.stage(stage_id)
            parts.append(f"<h3>{escape(stage.name)}</h3>")
            if stage.goals:
                parts.append("<ul>" + "".join(f"<li>{escape(goal)}</li>" for goal in stage.goals) + "</ul>")
            if stage.description:
                parts.append(f"<p>{escape(stage.description)}</p>")
        if p.focus_id is not None:
            card = next((c for c in p.journey.cards if c.id == p.focus_id), None)
            if card is not None:
                parts.append(f"<p><b>{escape(card.text)}</b></p>")
                if card.notes:
                    parts.append(f"<p>{escape(card.notes)}</p>")
                for evidence in card.evidence:
                    parts.append(f"<p><i>{escape(evidence.text)}</i> — {escape(evidence.source)}</p>")
        parts.append(f"<p style='color:{P.FACILITATOR_HINT}'>" + escape(self.tr(
            "PgDown / PgUp: next / previous stage · Home / End: first / last · arrows: focus a card · "
            "+ / −: dot vote · Tab: next participant · T: start / pause timer · ]: one more minute · "
            "digits: minutes · N: capture an idea · Q: vote from phones · . : black screen · Esc: end"
        )) + "</p>")
        if p.journey.forks:
            parts.append(f"<p style='color:{P.FACILITATOR_HINT}'>" + escape(self.tr("The journey forks: PgDown follows one path · F: the fork's next path")) + "</p>")
        return "".join(parts)


def round_basics(dialog: QDialog) -> tuple[QFormLayout, QLineEdit, QSpinBox, QCheckBox]:
    """What every voting round asks, from the keyboard or the phones: its name and the dots per
    participant (rows of the form returned), and whether counts stay hidden (a box to place)."""
    form = QFormLayout(dialog)
    name = QLineEdit(dialog)
    budget = QSpinBox(dialog)
    budget.setRange(1, 99)
    budget.setValue(3)
    hidden = QCheckBox(QCoreApplication.translate("RoundDialog", "Hide the counts until I reveal them"), dialog)
    form.addRow(QCoreApplication.translate("RoundDialog", "Name:"), name)
    form.addRow(QCoreApplication.translate("RoundDialog", "Dots per participant:"), budget)
    return form, name, budget, hidden


class RoundDialog(QDialog):
    """Starts a voting round: its name, the dots per participant, the participants, hidden counts."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("round-dialog")
        self.setWindowTitle(self.tr("New voting round"))
        form, self.name, self.budget, self.hidden = round_basics(self)
        self.participants = QPlainTextEdit(self)
        self.participants.setPlaceholderText(self.tr("One name per line; none for an open vote"))
        self.participants.setTabChangesFocus(True)
        form.addRow(self.tr("Participants:"), self.participants)
        QWidget.setTabOrder(self.budget, self.participants)  # the form's order, not the order made
        QWidget.setTabOrder(self.participants, self.hidden)
        form.addRow(self.hidden)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[str, int, list[str], bool]:
        names = [n.strip() for line in self.participants.toPlainText().splitlines() for n in line.split(",")]
        return self.name.text(), self.budget.value(), [n for n in names if n], self.hidden.isChecked()
