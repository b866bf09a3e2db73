"""The side file of an open phone round: its dots, written by the voting server at most every half
second beside the map's journal (`JOURNAL.phones`), so that a crash or a closed lid loses no more
of the room's votes than that. Recovery (`io/journal.read_journal`) records it into the map as the
window would have; closing the round in the window records it through the journal and removes it."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import ValidationError

from cjdesigner.io.atomic import write_atomic
from cjdesigner.model import changes as C
from cjdesigner.model.change import Refusal
from cjdesigner.model.document import Project, VotingRound
from cjdesigner.model.invariants import ModelError


def side_file(journal: Path) -> Path:
    return journal.with_name(journal.name + ".phones")


def write_open_round(path: Path, journey_id: str, voting_round: VotingRound) -> None:
    data = {"journey": journey_id, "round": voting_round.model_dump(mode="json")}
    write_atomic(path, json.dumps(data, ensure_ascii=False).encode("utf-8"), keep_backup=False)


def read_open_round(path: Path) -> tuple[str, VotingRound] | None:
    """(journey id, round) of a side file, or None when there is none or it cannot be read."""
    try:
        data = json.loads(path.read_bytes())
        return str(data["journey"]), VotingRound.model_validate(data["round"])
    except (OSError, ValueError, KeyError, TypeError, ValidationError):
        return None


def recover_open_round(project: Project, journal: Path) -> bool:
    """Records the open round a crash interrupted into the recovered map; False when there is
    none, or when the journal already holds it (the window recorded it just before the crash)."""
    found = read_open_round(side_file(journal))
    if found is None:
        return False
    journey_id, voting_round = found
    try:
        journey = project.journey(journey_id)
    except (ModelError, KeyError):
        return False
    if any(r.id == voting_round.id for r in journey.voting_rounds):
        return False
    return not isinstance(C.record_voting_round(project, journey_id, voting_round), Refusal)


def remove_side_file(journal: Path) -> None:
    try:
        side_file(journal).unlink()
    except OSError:
        pass
