"""A phone round under way in a presentation: the voting server started for it, the QR code of its
address, and what the room's phones did so far (joined, dots cast), heard from the server's thread
through a queued signal. Closing the round stops the server and records the round with one verb,
so the phones' dots are one undo step, journaled and saved like the keyboard's."""

from __future__ import annotations

import os
import socket
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from cjdesigner.layout.phone_list import round_cards
from cjdesigner.model.document import VotingRound

if TYPE_CHECKING:
    from cjdesigner.phones.server import PhoneServer
    from cjdesigner.ui.presentation.presentation import Presentation


@dataclass(frozen=True)
class PhoneSettings:
    name: str = ""
    budget: int = 3
    hidden: bool = True
    naming: str = "optional"
    one_per_card: bool = False
    whole_map: bool = True
    host: str = "0.0.0.0"  # where the server listens: every network of the laptop
    shown_host: str = ""  # the address the QR code carries; the first network's when empty
    port: int = 0


def free_port() -> int:
    """CJDESIGNER_PHONES_PORT when set (a port the firewall lets in), else one free now."""
    try:
        fixed = int(os.environ.get("CJDESIGNER_PHONES_PORT", "0"))
    except ValueError:
        fixed = 0
    if 0 < fixed < 65536:
        return fixed
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("", 0))
        return int(probe.getsockname()[1])


class PhoneRound(QObject):
    changed = Signal()
    heard = Signal(dict)  # emitted in the server's thread, delivered in this object's

    def __init__(self, presentation: Presentation, settings: PhoneSettings) -> None:
        super().__init__(presentation)
        self.presentation = presentation
        self.settings = settings
        self.summary: dict[str, Any] = {"joined": 0, "cast": 0, "counts": {}, "revealed": False, "closed": False}
        self.server: PhoneServer | None = None
        self.modules: list[list[bool]] = []
        self.url = ""
        self.address = ""
        self._pushed: tuple[bool, float] | None = None
        self.heard.connect(self._heard)

    def start(self) -> str:
        """Starts the server; returns the voting address (with its token). Raises OSError."""
        try:
            import segno
            from cjdesigner.phones.server import PhoneServer
        except ImportError as error:
            raise OSError(self.tr("install the phones extra: pip install \"cjdesigner[phones]\"")) from error
        from cjdesigner.phones.ballot import Ballot
        from cjdesigner.io.phone_round import side_file
        from cjdesigner.app.journal import JournalHook

        p, s = self.presentation, self.settings
        journey = p.journey
        cards = round_cards(journey, None if s.whole_map else p.stage_id)
        voting_round = VotingRound(name=s.name.strip(), budget=s.budget, hidden=s.hidden, naming=s.naming,  # type: ignore[arg-type]
                                   one_per_card=s.one_per_card, card_ids=cards)
        hook = p.session.hook(JournalHook)
        journal = hook.path_of(p.document) if hook is not None else None
        ballot = Ballot(p.document.project, journey.id, voting_round)
        server = PhoneServer(ballot, s.host, s.port or free_port(), self.heard.emit, side_file(journal) if journal is not None else None)
        server.start()
        self.server = server
        shown = s.shown_host or (s.host if s.host not in ("0.0.0.0", "::", "") else first_lan_address())
        self.url = server.voting_url(shown)
        self.address = f"{shown}:{server.port}"
        self.modules = [[bool(m) for m in row] for row in segno.make(self.url, error="m", micro=False).matrix]
        self.summary = server.ballot.summary()
        return self.url

    @property
    def voting_round(self) -> VotingRound:
        assert self.server is not None
        return self.server.ballot.round

    @property
    def code(self) -> str:
        return self.server.code if self.server is not None else ""

    def counts_hidden(self) -> bool:
        return self.server is not None and self.voting_round.hidden and not self.summary.get("revealed", False)

    def reveal(self) -> None:
        if self.server is not None:
            self.server.reveal()

    def follow_timer(self, running: bool, remaining_ms: int) -> None:
        """Tells the phones the time left when the facilitator starts, pauses or changes it."""
        if self.server is None:
            return
        deadline = time.monotonic() + remaining_ms / 1000 if running else float("nan")
        last = self._pushed
        if last is not None and last[0] == running and (not running or abs(last[1] - deadline) < 1.5):
            return
        self._pushed = (running, deadline)
        self.server.set_deadline(remaining_ms / 1000 if running else None)

    def close(self) -> bool:
        """Stops the server and records the round (one undo step); False when the map refused it
        (the side file then stays for recovery)."""
        server, self.server = self.server, None
        if server is None:
            return False
        finished = server.close()
        recorded = self.presentation.verbs.record_voting_round(finished, server.ballot.journey_id)
        if recorded:
            server.forget_side_file()
        self.changed.emit()
        return recorded

    def _heard(self, summary: dict) -> None:
        self.summary = summary
        self.changed.emit()


def first_lan_address() -> str:
    """The laptop's address on its main network (the one a default route leaves by); the loopback
    when it has none. No packet is sent: connecting a UDP socket only picks the route."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("10.255.255.255", 1))
            return str(probe.getsockname()[0])
        except OSError:
            return "127.0.0.1"
