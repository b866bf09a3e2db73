"""The presentation's side of voting from phones: Q (or the facilitator's button, or Shift+F5 in
the editor) asks for the round, the phone round starts and stops with it, E or the timer at zero
closes it into the map. A part of `Presentation`, kept apart so that each file stays readable; its
sentences are the presentation's (context "Presentation")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QObject

from cjdesigner.ui.presentation.phone_round import PhoneRound, PhoneSettings

if TYPE_CHECKING:
    from cjdesigner.ui.presentation.presentation import Presentation


class PhoneVoting:
    def ask_phone_round(self: Presentation) -> None:
        """Q: the facilitator sets the round and reads how phones reach the laptop, then it starts."""
        if self.phone_round is not None:
            return
        from cjdesigner.ui.presentation.phone_dialog import PhoneRoundDialog

        dialog = PhoneRoundDialog(self.facilitator or self.projector)
        if dialog.exec():
            self.start_phone_round(dialog.settings())

    def start_phone_round(self: Presentation, settings: PhoneSettings) -> str:
        """Starts the voting page; returns its address with the room's token, "" when it cannot."""
        if self.phone_round is not None:
            return self.phone_round.url
        phones = PhoneRound(self, settings)
        try:
            url = phones.start()
        except (OSError, ImportError, ValueError) as error:
            phones.deleteLater()
            self._say(QCoreApplication.translate("Presentation", "The voting page cannot start: %1").replace("%1", str(error)))
            return ""
        phones.changed.connect(self.changed)
        self.phone_round = phones
        self.ranking_round_id = None
        self._tell_phones_the_time()
        self.changed.emit()
        return url

    def close_phone_round(self: Presentation) -> bool:
        """E, or the timer at zero: the server stops and the round lands in the map, one undo step."""
        phones, self.phone_round = self.phone_round, None
        if phones is None:
            return False
        recorded = phones.close()
        phones.deleteLater()
        if recorded and self.journey.voting_rounds:
            self.ranking_round_id = self.journey.voting_rounds[-1].id
        self.changed.emit()
        return recorded

    def _time_up(self: Presentation) -> None:
        if self.phone_round is not None:
            self.close_phone_round()

    def _tell_phones_the_time(self: Presentation) -> None:
        if self.phone_round is not None:
            self.phone_round.follow_timer(self.timer.running, self.timer.remaining_ms())


def record_phone_rounds(owners: Iterable[QObject]) -> int:
    """Before a map is closed, replaced or the app ends (a quit, a logout's SIGTERM): every open
    phone round under `owners` is closed into its map, one undo step each, so that the room's dots
    are an unsaved edit like any other (asked about when closing, offered back after a SIGTERM)
    rather than left out of the map. Returns how many rounds were recorded."""
    from cjdesigner.ui.presentation.presentation import Presentation

    recorded = 0
    for owner in owners:
        for presentation in owner.findChildren(Presentation):
            if presentation.phone_round is not None:
                recorded += int(presentation.close_phone_round())
    return recorded
