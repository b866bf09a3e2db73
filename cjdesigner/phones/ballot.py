"""One phone round's ballot box, kept by the server's thread: a private copy of the map holding the
round, to which every join and every dot is applied through the model's own voting rules
(`model/changes.py`), exactly as a keyboard dot is. The window receives the finished round and
records it with one verb, so the whole round is one undo step."""

from __future__ import annotations

import time
import unicodedata
from collections.abc import Callable
from typing import Any

from cjdesigner.i18n import Sentence
from cjdesigner.layout.phone_list import PhoneItem, phone_items
from cjdesigner.model import changes as C
from cjdesigner.model.change import Refusal
from cjdesigner.model.document import Project, VotingRound
from cjdesigner.phones import tokens, words

MAX_NAME = 40
_INVISIBLE = {"Cc", "Cf", "Co", "Cs", "Cn"}  # controls, format (direction, zero-width, tags), private, unassigned


class Ballot:
    def __init__(self, project: Project, journey_id: str, voting_round: VotingRound, clock: Callable[[], float] = time.monotonic) -> None:
        self.journey_id = journey_id
        self.language = str(getattr(project.language, "value", project.language))
        self.clock = clock
        self._map = project.model_copy(deep=True)
        self._map.journey(journey_id).voting_rounds = []  # the phones' round alone: each dot copies the rounds
        outcome = C.start_voting_round(self._map, journey_id, voting_round.model_copy(deep=True))
        if isinstance(outcome, Refusal):
            raise ValueError(outcome.say("en"))
        self.items: list[PhoneItem] = phone_items(self._map.journey(journey_id), voting_round.card_ids)
        self.phones: dict[str, str] = {}  # a phone's token → its participant's name
        self.deadline: float | None = None
        self.closed = False
        self.version = 0  # grows at every change the room can see

    @property
    def round(self) -> VotingRound:
        voting_round = self._map.journey(self.journey_id).voting_rounds[-1]
        return voting_round

    # --- the room's actions -------------------------------------------------------------------

    def join(self, name: object, phone: object = None) -> tuple[str, str] | str:
        """(phone token, participant's name), or the refusal to say. A phone that comes back with
        its token keeps its name and its dots."""
        if phone is not None:
            if isinstance(phone, str) and phone in self.phones:
                return phone, self.phones[phone]
            return words.refusal(self.language, "not_joined")
        if self.closed:
            return words.refusal(self.language, "closed")
        naming = self.round.naming
        given = clean_name(name) if naming != "anonymous" else ""
        if not given and naming == "required":
            return words.refusal(self.language, "name_needed")
        taken = set(self.round.participants)
        if given:
            chosen, n = given, 2
            while chosen in taken:
                chosen, n = f"{given} ({n})", n + 1
        else:
            n = len(taken) + 1
            while words.anonymous_name(self.language, n) in taken:
                n += 1
            chosen = words.anonymous_name(self.language, n)
        outcome = C.join_voting_round(self._map, self.journey_id, chosen)
        if isinstance(outcome, Refusal):
            return _said(outcome, self.language)
        phone_token = tokens.new_token()
        self.phones[phone_token] = chosen
        self.version += 1
        return phone_token, chosen

    def vote(self, phone: str, card_id: object, step: object) -> str | None:
        """Adds (step 1) or takes back (step -1) one dot; None when done, else the refusal to say."""
        name = self.phones.get(phone)
        if name is None:
            return words.refusal(self.language, "not_joined")
        if self.closed:
            return words.refusal(self.language, "closed")
        if self.deadline is not None and self.clock() >= self.deadline:
            return words.refusal(self.language, "time_up")
        if not isinstance(card_id, str) or step not in (1, -1) or isinstance(step, bool):
            return words.refusal(self.language, "bad_request")
        if all(item.card_id != card_id for item in self.items):
            return words.refusal(self.language, "not_in_round")
        if step > 0:
            outcome = C.add_vote(self._map, self.journey_id, card_id, name)
        else:
            outcome = C.remove_vote(self._map, self.journey_id, card_id, name)
        if isinstance(outcome, Refusal):
            return _said(outcome, self.language)
        if not outcome.empty:
            self.version += 1
        return None

    # --- what each one sees ---------------------------------------------------------------------

    def remaining(self) -> int | None:
        if self.deadline is None:
            return None
        return max(0, int(self.deadline - self.clock() + 0.999))

    def state(self, phone: str | None) -> dict[str, Any]:
        """What one phone shows: its dots and what is left of its budget, the room's figures, and
        each card's count only when the round shows counts (live, or once revealed)."""
        voting_round = self.round
        name = self.phones.get(phone or "")
        counts = voting_round.counts()
        show = not voting_round.counts_hidden()
        return {
            "name": name,
            "title": voting_round.name,
            "budget": voting_round.budget,
            "left": voting_round.dots_left(name) if name is not None else voting_round.budget,
            "one_per_card": voting_round.one_per_card,
            "naming": voting_round.naming,
            "joined": len(voting_round.participants),
            "cast": len(voting_round.votes),
            "hidden": not show,
            "remaining": self.remaining(),
            "closed": self.closed,
            "items": [
                {"id": item.card_id, "text": item.text, "stage": item.stage, "lane": item.lane,
                 "mine": voting_round.dots(item.card_id, name) if name is not None else 0,
                 "count": counts.get(item.card_id, 0) if show else None}
                for item in self.items
            ],
        }

    def summary(self) -> dict[str, Any]:
        """For the projector: how many joined and how many dots are cast, never who voted what."""
        voting_round = self.round
        return {"joined": len(voting_round.participants), "cast": len(voting_round.votes), "counts": voting_round.counts(),
                "revealed": voting_round.revealed, "closed": self.closed}

    def reveal(self) -> None:
        C.reveal_voting_round(self._map, self.journey_id)
        self.version += 1

    def set_deadline(self, seconds: float | None) -> None:
        self.deadline = None if seconds is None else self.clock() + seconds
        self.version += 1

    def close(self) -> VotingRound:
        self.closed = True
        self.version += 1
        return self.round.model_copy(deep=True)


def clean_name(name: object) -> str:
    """A name as the room typed it, composed (NFC: an “é” typed two ways is one name), without
    control, direction, zero-width, tag, private or unassigned characters that would make two names
    look alike or reorder the text around them, on one line, not too long."""
    if not isinstance(name, str):
        return ""
    visible = "".join(c for c in unicodedata.normalize("NFC", " ".join(name.split())) if unicodedata.category(c) not in _INVISIBLE)
    return " ".join(visible.split())[:MAX_NAME].strip()


def _said(refusal: Refusal, language: str) -> str:
    """The rule's own sentence, without the path of the field it guards (a phone has no use for it)."""
    message = refusal.problems[0].message
    said = message.say(language) if isinstance(message, Sentence) else str(message)
    return said[:1].upper() + said[1:] + ("" if said.endswith((".", "!", "?")) else ".")
