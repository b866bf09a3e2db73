"""The chain of file-format migrations, each on the raw JSON data from version N to N+1.

Migrating raw data (not model objects) means an old file never has to fit today's model before it
is upgraded. To change the format: bump CURRENT_SCHEMA_VERSION, add `MIGRATIONS[old] = function`,
and add the golden file `tests/golden/v{new}.cjmap`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

CURRENT_SCHEMA_VERSION = 3

Migration = Callable[[dict[str, Any]], dict[str, Any]]


def _v1_to_v2(raw: dict[str, Any]) -> dict[str, Any]:
    """Version 2 gives a stage a list of goals: its one `goal` text becomes that list (empty when
    the text was). Metrics, frequencies, impact, effort, status and links are new optional fields,
    so a version 1 card needs nothing. Anything not shaped as version 1 wrote it is left for the
    model to name."""
    journeys = raw.get("journeys")
    for journey in journeys if isinstance(journeys, list) else []:
        stages = journey.get("stages") if isinstance(journey, dict) else None
        for stage in stages if isinstance(stages, list) else []:
            if isinstance(stage, dict) and isinstance(stage.get("goal"), str) and "goals" not in stage:
                goal = stage.pop("goal")
                stage["goals"] = [goal] if goal.strip() else []
    return raw


def _v2_to_v3(raw: dict[str, Any]) -> dict[str, Any]:
    """Version 3 lets a journey fork into paths and loop back (`paths`, `forks`, `loops`, a stage's
    `path_id`), all optional: a version 2 journey is read as it was, one straight path."""
    return raw


MIGRATIONS: dict[int, Migration] = {1: _v1_to_v2, 2: _v2_to_v3}


def migrate(raw: dict[str, Any], version: int, migrations: dict[int, Migration] | None = None) -> dict[str, Any]:
    """Bring `raw` from `version` up to the current version, one step at a time."""
    chain = MIGRATIONS if migrations is None else migrations
    while version < CURRENT_SCHEMA_VERSION:
        raw = chain[version](raw)
        version += 1
    return raw


def missing_steps(migrations: dict[int, Migration] | None = None) -> list[int]:
    chain = MIGRATIONS if migrations is None else migrations
    return [v for v in range(1, CURRENT_SCHEMA_VERSION) if v not in chain]
