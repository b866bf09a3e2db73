"""The chain of file-format migrations, each on the raw JSON data from version N to N+1.

Migrating raw data (not model objects) means an old file never has to fit today's model before it
is upgraded. To change the format: bump CURRENT_SCHEMA_VERSION, add `MIGRATIONS[old] = function`,
and add the golden file `tests/golden/v{new}.cjmap`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

CURRENT_SCHEMA_VERSION = 1

Migration = Callable[[dict[str, Any]], dict[str, Any]]

MIGRATIONS: dict[int, Migration] = {}


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
