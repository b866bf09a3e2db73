"""A deterministic run of edits through the real session and verbs, for the crash tests: the
child process that is killed and the test that predicts its states run the same steps."""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from types import SimpleNamespace

FIXED_TIME = datetime(2026, 3, 14, 9, 30, tzinfo=timezone.utc)


def make_deterministic(seed: int, patch: Callable[[object, str, object], None]) -> None:
    """Ids and save times from the seed, so that two runs of the same steps give the same bytes."""
    import cjdesigner.app.document as app_document
    import cjdesigner.model.document as model_document

    ids = random.Random(seed * 7919 + 1)
    patch(model_document, "secrets", SimpleNamespace(token_hex=lambda n: ids.randbytes(n).hex()))
    patch(app_document, "now", lambda: FIXED_TIME)


def state_hash(project) -> str:
    return hashlib.sha256(project.model_dump_json().encode("utf-8")).hexdigest()


def file_hash(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return "none"


def play(session, seed: int, steps: int, report: Callable[[str], None], between: Callable[[], object] | None = None) -> None:
    """`steps` edits, undos, redos, jumps through the history and saves; `report` after each one
    returns, with the state's hash and the file's hash; `between` after each report."""
    rng = random.Random(seed)
    path = session.path
    for step in range(1, steps + 1):
        _one_step(session, rng, step)
        report(f"step {step} {state_hash(session.document.project)} {file_hash(path)}")
        if between is not None:
            between()


def _one_step(session, rng: random.Random, step: int) -> None:
    verbs = session.verbs
    document = session.document
    stack = document.undo_stack
    journey = document.journey
    cards = [c.id for c in journey.cards]
    stages = [s.id for s in journey.stages]
    lanes = [lane.id for lane in journey.lanes]
    roll = rng.random()
    if roll < 0.1 and stack.canUndo():
        stack.undo()
    elif roll < 0.16 and stack.canRedo():
        stack.redo()
    elif roll < 0.2 and stack.count() > 2:
        stack.setIndex(rng.randrange(stack.count() + 1))  # a click in the undo history
    elif roll < 0.27:
        session.save()
    elif roll < 0.45 and cards:
        verbs.set_card_text(rng.choice(cards), f"text {step} é « {rng.random():.3f} »")
    elif roll < 0.6:
        verbs.add_card(rng.choice(stages), rng.choice(lanes), rng.randrange(3), text=f"card {step}")
    elif roll < 0.68 and len(cards) > 1:
        verbs.delete_cards(rng.sample(cards, min(len(cards) - 1, rng.randint(1, 3))))
    elif roll < 0.78 and cards:
        verbs.move_cards(rng.sample(cards, min(len(cards), 2)), rng.choice(stages), rng.choice(lanes), rng.randrange(3))
    elif roll < 0.83:
        verbs.add_stage(name=f"stage {step}")
    elif roll < 0.86 and len(stages) > 1:
        verbs.remove_stage(rng.choice(stages))
    elif roll < 0.9:
        verbs.rename("stage", rng.choice(stages), f"renamed {step}")
    elif roll < 0.93:
        verbs.duplicate_stage(rng.choice(stages))
    elif roll < 0.96 and document.project.personas:
        verbs.set_emotion(rng.choice(stages), rng.choice(document.project.personas).id, rng.randint(-2, 2))
    else:
        verbs.move_stage(rng.choice(stages), rng.randrange(len(stages)))
