"""A workshop presentation of the open map: which stage is spotlighted, the focus ring, the
blackout, the voting round's participant in turn, the timer, quick capture, and the windows that
show them (the projector full screen; with two screens, a facilitator window on the laptop).

Every edit made here (a dot, a round, a captured card) is a verb, so it lands in the same undo
history and journal as the editor's edits. The state below (spotlight, focus, participant) is the
presentation's own and is not saved.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import QWidget

from cjdesigner.app.session import Session
from cjdesigner.layout.grid import Rect
from cjdesigner.layout.projector import card_extent
from cjdesigner.layout.spotlight import StageSpotlight, neighbour, spotlight_layout
from cjdesigner.model.branches import fork_after, fork_of_path, other_path, step_on_route, with_stage
from cjdesigner.model.document import Card, Journey, VotingRound
from cjdesigner.model.diff import Diff
from cjdesigner.ui.presentation.phone_round import PhoneRound
from cjdesigner.ui.presentation.phone_voting import PhoneVoting
from cjdesigner.ui.presentation.timer import WorkshopTimer

ARROWS = {Qt.Key.Key_Left: "left", Qt.Key.Key_Right: "right", Qt.Key.Key_Up: "up", Qt.Key.Key_Down: "down"}
DIGIT_WINDOW_MS = 1500  # two digits typed within this time make one number of minutes


def screens_for(editor_screen: QScreen | None) -> tuple[QScreen, QScreen | None]:
    """(projector screen, facilitator screen): with two screens or more the projector is a screen
    other than the editor's (the laptop's); with one, the projector is that screen and there is no
    facilitator window."""
    screens = QGuiApplication.screens()
    laptop = editor_screen or QGuiApplication.primaryScreen()
    others = [s for s in screens if s is not laptop]
    if not others:
        return laptop, None
    return max(others, key=lambda s: s.geometry().width() * s.geometry().height()), laptop


class Presentation(QObject, PhoneVoting):
    """The presentation of one session's current journey; `ended` when Esc closes it."""

    changed = Signal()
    ended = Signal()
    message = Signal(str)

    def __init__(self, session: Session, editor: QWidget | None = None) -> None:
        super().__init__(editor)
        self.session = session
        self.editor = editor
        self.document = session.document
        self.verbs = session.verbs
        self.stage_index = 0
        self.paths: dict[str, str] = {}  # the path PgDown follows at each fork (fork id → path id)
        self.focus_id: str | None = None
        self.blackout = False
        self.participant = ""
        self.ranking_round_id: str | None = None
        self.capturing = False
        self.note = ""  # a short line shown to the room (a refused vote, a captured card)
        self.timer = WorkshopTimer(5, self)
        self.timer.changed.connect(self.changed)
        self._digits = ""
        self._digit_clock = QTimer(self)
        self._digit_clock.setSingleShot(True)
        self._digit_clock.setInterval(DIGIT_WINDOW_MS)
        self._digit_clock.timeout.connect(self._forget_digits)
        self._note_clock = QTimer(self)
        self._note_clock.setSingleShot(True)
        self._note_clock.setInterval(4000)
        self._note_clock.timeout.connect(lambda: self._say(""))
        self._layouts: dict[tuple[str, float, float], StageSpotlight] = {}  # by stage and screen size
        self.touched: frozenset[str] | None = None  # while `changed` is emitted: the cards it redrew; None: all
        self.document.changed.connect(self._document_changed)
        self.document.journeyChanged.connect(self._document_changed)
        self.document.refused.connect(self._say)
        self.projector = None
        self.facilitator = None
        self.phone_round: PhoneRound | None = None
        self.timer.finished.connect(self._time_up)
        self.timer.changed.connect(self._tell_phones_the_time)
        self._ended = False

    # --- what is shown --------------------------------------------------------------------

    @property
    def journey(self) -> Journey:
        return self.document.journey

    @property
    def stage_id(self) -> str | None:
        stages = self.journey.stages
        if not stages:
            return None
        self.stage_index = max(0, min(self.stage_index, len(stages) - 1))
        return stages[self.stage_index].id

    def layout(self, width: float = 1920.0, height: float = 1080.0) -> StageSpotlight | None:
        """The spotlight at the projector's size, computed once per change."""
        stage_id = self.stage_id
        if stage_id is None:
            return None
        key = (stage_id, width, height)
        if key not in self._layouts:
            self._layouts = {kept: layout for kept, layout in self._layouts.items() if kept[0] == stage_id}  # one stage at a time
            self._layouts[key] = spotlight_layout(self.session.document.project, self.journey, stage_id, width, height)
        return self._layouts[key]

    @property
    def voting_round(self) -> VotingRound | None:
        return self.journey.open_round()

    def ranking_round(self) -> VotingRound | None:
        return next((r for r in self.journey.voting_rounds if r.id == self.ranking_round_id), None)

    def counts_hidden(self) -> bool:
        voting_round = self.voting_round
        return voting_round is not None and voting_round.counts_hidden()

    def shown_dots(self, card: Card) -> tuple[int, int]:
        """(dots shown filled, dots shown as rings) on a card. While a round's counts are hidden,
        the room sees the votes from before the round, and the participant in turn their own dots
        as rings, never the others'. The phones' dots show once their round shows counts."""
        phones = self.phone_round
        if phones is not None:
            extra = 0 if phones.counts_hidden() else int(phones.summary.get("counts", {}).get(card.id, 0))
            return card.votes + extra, 0
        voting_round = self.voting_round
        if voting_round is None or not self.counts_hidden():
            return card.votes, 0
        return max(0, card.votes - voting_round.dots(card.id)), voting_round.dots(card.id, self.participant)

    def dots_left(self) -> int | None:
        voting_round = self.voting_round
        return None if voting_round is None else voting_round.dots_left(self.participant)

    def status_lines(self) -> list[str]:
        """About the voting round, for both screens: its name (and whether counts are hidden),
        then whose turn it is and how many dots they have left (a phone round's figures are on
        its own panel)."""
        phones = self.phone_round
        if phones is not None:
            name = phones.settings.name or self.tr("Vote from phones")
            hidden = self.tr("%1 · counts hidden").replace("%1", name)
            return [hidden if phones.counts_hidden() else name]
        voting_round = self.voting_round
        if voting_round is None:
            return []
        name = voting_round.name or self.tr("Dot voting")
        lines = [self.tr("%1 · counts hidden").replace("%1", name) if self.counts_hidden() else name]
        left = self.dots_left()
        if left is not None:
            lines.append(self.tr("%1: %n dots left", "", left).replace("%1", self.participant))
        return lines

    def status(self) -> str:
        return " · ".join(self.status_lines())

    def phone_figures(self) -> tuple[str, str]:
        """How many phones joined and how many dots they cast: all the room learns of a phone round."""
        summary = self.phone_round.summary if self.phone_round is not None else {}
        return self.tr("%n phones joined", "", int(summary.get("joined", 0))), self.tr("%n dots cast", "", int(summary.get("cast", 0)))


    # --- windows ----------------------------------------------------------------------------

    def start(self) -> None:
        """Opens the projector full screen (and the facilitator window when there are two screens)."""
        from cjdesigner.ui.presentation.windows import FacilitatorWindow, ProjectorWindow

        editor_screen = self.editor.screen() if self.editor is not None else None
        projector_screen, laptop = screens_for(editor_screen)
        self.projector = ProjectorWindow(self)
        _show_on(self.projector, projector_screen, full=True)
        if laptop is not None:
            self.facilitator = FacilitatorWindow(self)
            _show_on(self.facilitator, laptop, full=False)
            self.facilitator.activateWindow()
        else:
            self.projector.activateWindow()
        self._start_round_participant()
        self.changed.emit()

    def end(self) -> None:
        """Esc: both windows close and the editor comes back as it was."""
        if self._ended:
            return
        self._ended = True
        self.timer.stop()
        self.close_phone_round()
        windows = (self.projector, self.facilitator)
        self.projector = self.facilitator = None
        for window in windows:
            if window is not None:
                window.close()
                window.deleteLater()
        self.document.changed.disconnect(self._document_changed)
        self.document.journeyChanged.disconnect(self._document_changed)
        self.document.refused.disconnect(self._say)
        if self.editor is not None:
            self.editor.activateWindow()
        self.ended.emit()
        self.deleteLater()

    # --- keys -------------------------------------------------------------------------------

    def key(self, event: QKeyEvent) -> bool:
        """Handles a key of either window; True when it was the presentation's."""
        key = Qt.Key(event.key())
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        text = event.text()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if ctrl and key == Qt.Key.Key_Z:
            verbs = self.session.verbs
            verbs.redo() if mods & Qt.KeyboardModifier.ShiftModifier else verbs.undo()
            return True
        if ctrl and key == Qt.Key.Key_Y:
            self.session.verbs.redo()
            return True
        if key == Qt.Key.Key_Escape:
            if self.ranking_round_id is not None:
                self.ranking_round_id = None
                self.changed.emit()
            elif self.blackout:
                self.set_blackout(False)
            else:
                self.end()
            return True
        if text == "." or key in (Qt.Key.Key_Period, Qt.Key.Key_B):
            self.set_blackout(not self.blackout)
            return True
        if self.journey.forks and key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp, Qt.Key.Key_F):
            self.follow_path(key)
            return True
        stages = {
            Qt.Key.Key_PageDown: self.stage_index + 1,
            Qt.Key.Key_PageUp: self.stage_index - 1,
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: len(self.journey.stages) - 1,
        }
        if key in stages:
            self.spotlight(stages[key])
            return True
        if key in ARROWS:
            self.move_focus(ARROWS[key])
            return True
        if text in ("+", "=") or key == Qt.Key.Key_Plus:
            self.vote(+1)
            return True
        if text in ("-", "_") or key == Qt.Key.Key_Minus:
            self.vote(-1)
            return True
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self.next_participant(-1 if key == Qt.Key.Key_Backtab or mods & Qt.KeyboardModifier.ShiftModifier else 1)
            return True
        if key == Qt.Key.Key_T and not mods & Qt.KeyboardModifier.ShiftModifier:
            self.timer.toggle()
            return True
        if text == "]" or (key == Qt.Key.Key_T and mods & Qt.KeyboardModifier.ShiftModifier):
            self.timer.add_minute(1)
            return True
        if text == "[":
            self.timer.add_minute(-1)
            return True
        if text.isdigit() and len(text) == 1 and text.isascii():
            self._type_digit(text)
            return True
        commands = {
            Qt.Key.Key_N: self.start_capture,
            Qt.Key.Key_Insert: self.start_capture,
            Qt.Key.Key_V: self.ask_round,
            Qt.Key.Key_R: self.reveal,
            Qt.Key.Key_E: self.end_round,
            Qt.Key.Key_K: self.toggle_ranking,
            Qt.Key.Key_Q: self.ask_phone_round,
        }
        if key in commands and not ctrl:
            commands[key]()
            return True
        return False

    # --- spotlight --------------------------------------------------------------------------

    def spotlight(self, index: int) -> None:
        count = len(self.journey.stages)
        if not count:
            return
        index = max(0, min(index, count - 1))
        if index != self.stage_index or self.ranking_round_id is not None:
            self.stage_index = index
            self.focus_id = None
            self.ranking_round_id = None
            self.changed.emit()

    def follow_path(self, key: int) -> None:
        """In a journey that forks, PgDown and PgUp walk one path, the one chosen at each fork; F
        (for fork) chooses the fork's next path (on a path, the spotlight goes to the new path's first stage)."""
        current = self.stage_id
        if current is None:
            return
        if key == Qt.Key.Key_F:
            self.paths, target = other_path(self.journey, current, self.paths)
            self._say(self._path_sentence(target))
        else:
            self.paths = with_stage(self.journey, current, self.paths)
            target = step_on_route(self.journey, current, self.paths, 1 if key == Qt.Key.Key_PageDown else -1) or current
        index = next(i for i, stage in enumerate(self.journey.stages) if stage.id == target)
        if index != self.stage_index:
            self.spotlight(index)
        else:
            self.changed.emit()

    def _path_sentence(self, stage_id: str) -> str:
        stage = self.journey.stage(stage_id)
        fork = fork_of_path(self.journey, stage.path_id) if stage.path_id else fork_after(self.journey, stage_id)
        chosen = self.paths.get(fork.id, "") if fork is not None else ""
        name = next((path.name for path in self.journey.paths if path.id == chosen), "")
        return self.tr("Following the path %1").replace("%1", name) if name else ""

    def set_blackout(self, on: bool) -> None:
        self.blackout = on
        self.changed.emit()

    def move_focus(self, direction: str) -> None:
        layout = self.layout()
        if layout is None:
            return
        self.focus_id = neighbour(layout, self.focus_id, direction)
        self.changed.emit()

    # --- voting -----------------------------------------------------------------------------

    def vote(self, step: int) -> bool:
        if self.focus_id is None:
            self.move_focus("right")
            if self.focus_id is None:
                return False
        if step > 0 and self.dots_left() == 0:
            self._say(self.tr("%1 has no dots left · Tab: next participant").replace("%1", self.participant))
            return False
        if step > 0:
            return self.verbs.add_vote(self.focus_id, self.participant)
        return self.verbs.remove_vote(self.focus_id, self.participant)

    def start_round(self, name: str, budget: int, participants: list[str], hidden: bool) -> bool:
        if not self.verbs.start_voting_round(name, budget, participants, hidden):
            return False
        self.ranking_round_id = None
        self._start_round_participant()
        self.changed.emit()
        return True

    def ask_round(self) -> None:
        from cjdesigner.ui.presentation.windows import RoundDialog

        parent = self.facilitator or self.projector
        dialog = RoundDialog(parent)
        if dialog.exec():
            self.start_round(*dialog.values())

    def reveal(self) -> bool:
        if self.phone_round is not None:
            self.phone_round.reveal()
            return True
        return self.voting_round is not None and self.verbs.reveal_voting_round()

    def end_round(self) -> bool:
        if self.phone_round is not None:
            return self.close_phone_round()
        voting_round = self.voting_round
        if voting_round is None or not self.verbs.end_voting_round():
            return False
        self.ranking_round_id = voting_round.id
        self.changed.emit()
        return True

    def toggle_ranking(self) -> None:
        ended = [r for r in self.journey.voting_rounds if r.ended]
        self.ranking_round_id = None if self.ranking_round_id or not ended else ended[-1].id
        self.changed.emit()

    def next_participant(self, step: int = 1) -> None:
        voting_round = self.voting_round
        if voting_round is None or not voting_round.participants:
            return
        names = voting_round.participants
        at = names.index(self.participant) if self.participant in names else -step
        self.participant = names[(at + step) % len(names)]
        self.changed.emit()

    def _start_round_participant(self) -> None:
        voting_round = self.voting_round
        if voting_round is None or not voting_round.participants:
            self.participant = ""
            return
        if self.participant not in voting_round.participants:
            waiting = [n for n in voting_round.participants if voting_round.dots_left(n)]
            self.participant = (waiting or voting_round.participants)[0]

    # --- quick capture ----------------------------------------------------------------------

    def start_capture(self) -> None:
        if self.stage_id is None or self.projector is None:
            return
        self.capturing = True
        self.blackout = False
        self.projector.capture.begin(self.journey)
        self.changed.emit()

    def capture(self, text: str, lane_id: str | None) -> str:
        """Adds the typed card to the spotlighted stage; the presentation carries on."""
        self.capturing = False
        card_id = ""
        if text.strip() and self.stage_id is not None:
            card_id = self.verbs.capture_card(self.stage_id, text, lane_id)
            if card_id:
                self.focus_id = card_id
        self.changed.emit()
        return card_id

    def cancel_capture(self) -> None:
        self.capturing = False
        self.changed.emit()

    # --- internals --------------------------------------------------------------------------

    def _type_digit(self, digit: str) -> None:
        self._digits = (self._digits + digit)[-2:]
        self._digit_clock.start()
        minutes = int(self._digits)
        if minutes >= 1:
            self.timer.set_minutes(minutes)

    def _forget_digits(self) -> None:
        self._digits = ""

    def _say(self, sentence: str) -> None:
        self.note = sentence
        if sentence:
            self._note_clock.start()
        self.changed.emit()

    def _document_changed(self, diff: object = None) -> None:
        survives = self._layout_survives(diff)
        if not survives:
            self._layouts.clear()
        if self.focus_id is not None and all(c.id != self.focus_id for c in self.journey.cards):
            self.focus_id = None
        self._start_round_participant()
        self.touched = frozenset(diff.cards.changed) if survives and isinstance(diff, Diff) else None
        try:
            self.changed.emit()
        finally:
            self.touched = None

    def touched_region(self, width: float, height: float) -> list[Rect] | None:
        """What the change being announced repainted at a screen of this size: the dots' cards,
        the status and the timer; None when it may have changed anything."""
        layout = self._layouts.get((self.stage_id or "", width, height))
        if self.touched is None or layout is None or self.phone_round is not None:
            return None  # (beside the phone panel the stage is drawn smaller, elsewhere)
        extents = (layout.card(card_id) for card_id in self.touched)
        return [layout.status_rect, layout.timer_rect, *(card_extent(placed, layout.unit) for placed in extents if placed is not None)]


    def _layout_survives(self, diff: object) -> bool:
        """A dot given or taken back leaves the spotlight as it was (the dots are drawn from the
        room's state), unless the card draws a chart, whose footer comes and goes with its votes:
        a round of votes at the projector must not lay the stage out again at every key."""
        if not self._layouts or not isinstance(diff, Diff) or not diff.only_cards_and_rounds_of(self.document.journey_id):
            return False
        cards = diff.cards
        if cards.added or cards.removed or cards.moved or cards.shifted:
            return False
        charted = {card.card_id for layout in self._layouts.values() for card in layout.cards if card.chart is not None}
        return all(fields <= {"votes"} and card_id not in charted for card_id, fields in cards.changed.items())


def _show_on(window: QWidget, screen: QScreen, full: bool) -> None:
    """Puts a top-level window on `screen`, full screen or maximized."""
    window.setScreen(screen)
    geometry: QRect = screen.geometry()
    window.setGeometry(geometry if full else geometry.adjusted(40, 40, -40, -40))
    if full:
        window.showFullScreen()
    else:
        window.showMaximized()
