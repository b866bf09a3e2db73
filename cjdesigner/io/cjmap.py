"""The .cjmap project file: pretty, stable JSON with a format tag and a schema version.

Reading never trusts the file (size, encoding, JSON dialect, nesting, model rules); writing is
atomic and byte-stable, so saving twice gives the same bytes and a small edit a small diff.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from cjdesigner.io.atomic import write_atomic
from cjdesigner.io.errors import LoadError
from cjdesigner.io.jsontext import MAX_DEPTH, decode_text, nesting_depth, parse_json
from cjdesigner.io.migrations import CURRENT_SCHEMA_VERSION, migrate
from cjdesigner.model.document import Project
from cjdesigner.model.invariants import check_invariants, ensure_valid

FORMAT = "cjdesigner"
SUFFIX = ".cjmap"
MAX_FILE_BYTES = 64 * 1024 * 1024


def dumps_project(project: Project) -> bytes:
    ensure_valid(project)
    data = {"format": FORMAT, "schema_version": CURRENT_SCHEMA_VERSION, **project.model_dump(mode="json")}
    return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def save_project(project: Project, path: str | os.PathLike[str]) -> None:
    """Write atomically; the file replaced is kept as NAME.cjmap.bak. Raises SaveError."""
    write_atomic(Path(path), dumps_project(project))


def read_limited(path: str | os.PathLike[str], limit: int = MAX_FILE_BYTES) -> bytes:
    """Read a file, refusing quickly one larger than `limit` (checked before reading, and while)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > limit:
            raise LoadError(f"the file is {size / 2**20:.0f} MiB; cjdesigner opens files up to {limit // 2**20} MiB")
        with path.open("rb") as stream:
            data = stream.read(limit + 1)
    except FileNotFoundError:
        raise LoadError("there is no such file") from None
    except IsADirectoryError:
        raise LoadError("this is a folder, not a file") from None
    except PermissionError:
        raise LoadError("permission denied: you may not read this file") from None
    except OSError as error:
        raise LoadError(f"the file cannot be read ({error.strerror or error})") from None
    if len(data) > limit:
        raise LoadError(f"the file is larger than {limit // 2**20} MiB, the most cjdesigner opens")
    return data


def load_project(path: str | os.PathLike[str]) -> Project:
    """Read a map file; raises LoadError with one sentence and its location. Never writes."""
    return loads_project(read_limited(path))


def loads_project(data: bytes) -> Project:
    raw = parse_json(decode_text(data))
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise LoadError('this is not a cjdesigner map (the file has no "format": "cjdesigner" at its top)')
    version = raw.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise LoadError(f"must be a whole number from 1, not {json.dumps(version)}", field="schema_version")
    if version > CURRENT_SCHEMA_VERSION:
        raise LoadError(
            f"this map was saved by a newer cjdesigner (file format version {version}); "
            f"this version reads up to version {CURRENT_SCHEMA_VERSION}: please update cjdesigner to open it"
        )
    body = {k: v for k, v in migrate(raw, version).items() if k not in ("format", "schema_version")}
    try:
        project = Project.model_validate(body)
    except ValidationError as error:
        raise _explain_validation(error, body) from None
    _refuse_deep_unknown_fields(project)
    problems = check_invariants(project)
    if problems:
        more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
        raise LoadError(problems[0].message + more, field=problems[0].path)
    return project


def _elements(project: Project):
    """Every object of the project with its path and how deep it sits in the file."""
    yield "", 1, project
    for i, persona in enumerate(project.personas):
        yield f"personas[{i}]", 3, persona
    for j, journey in enumerate(project.journeys):
        yield f"journeys[{j}]", 3, journey
        for name in ("stages", "lanes", "cards", "emotion_points"):
            for i, element in enumerate(getattr(journey, name)):
                yield f"journeys[{j}].{name}[{i}]", 5, element
        for i, card in enumerate(journey.cards):
            for k, evidence in enumerate(card.evidence):
                yield f"journeys[{j}].cards[{i}].evidence[{k}]", 7, evidence


def _refuse_deep_unknown_fields(project: Project) -> None:
    """Known fields nest a few levels; only fields from elsewhere can nest absurdly deep."""
    for path, depth, element in _elements(project):
        for key, value in (element.__pydantic_extra__ or {}).items():
            if isinstance(value, (dict, list)) and depth + nesting_depth(value) > MAX_DEPTH:
                raise LoadError(f"the JSON nests more than {MAX_DEPTH} levels deep", field=f"{path}.{key}" if path else key)


def field_path(loc: tuple[Any, ...]) -> str:
    path = ""
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path


def _explain_validation(error: ValidationError, body: dict[str, Any]) -> LoadError:
    first = error.errors(include_url=False)[0]
    loc = tuple(first["loc"])
    message = humanize(first)
    owner = _owner_label(body, loc)
    if owner:
        message += f" ({owner})"
    count = error.error_count()
    if count > 1:
        message += f" (and {count - 1} more problems)"
    return LoadError(message, field=field_path(loc) or "the map")


def humanize(detail: dict[str, Any]) -> str:
    """Pydantic's message, said the way a map maker reads it."""
    kind = detail["type"]
    ctx = detail.get("ctx") or {}
    field = str(detail["loc"][-1]) if detail["loc"] else ""
    if kind == "missing":
        return "is required but missing"
    if kind in ("less_than_equal", "less_than"):
        return f"must be at most {ctx.get('le', ctx.get('lt'))}, not {json.dumps(detail.get('input'))}"
    if kind in ("greater_than_equal", "greater_than"):
        return f"must be at least {ctx.get('ge', ctx.get('gt'))}, not {json.dumps(detail.get('input'))}"
    if kind == "string_pattern_mismatch":
        if "colour" in field:
            return f"must be a colour written #RRGGBB, not {json.dumps(detail.get('input'))}"
        return f"must be an id of 1 to 64 letters, digits, '-', '_', '.' or ':', not {json.dumps(detail.get('input'))}"
    if kind == "enum":
        return f"must be one of {ctx.get('expected')}, not {json.dumps(detail.get('input'))}"
    if kind in ("int_parsing", "int_type", "int_from_float"):
        return f"must be a whole number, not {json.dumps(detail.get('input'))}"
    if kind in ("bool_parsing", "bool_type"):
        return "must be true or false"
    if kind in ("string_type",):
        return "must be text"
    if kind in ("list_type",):
        return "must be a list"
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return "must be an object"
    if kind == "too_short":
        return "must not be empty"
    if kind == "string_too_long":
        return f"must be at most {ctx.get('max_length')} characters long"
    if kind.startswith("datetime") or kind == "timezone_aware":
        return "must be a date and time with its time zone, like 2026-03-14T09:30:00Z"
    message = detail["msg"]
    return message[:1].lower() + message[1:]


_OWNER_KINDS = {"cards": ("card", "text"), "stages": ("stage", "name"), "lanes": ("lane", "title"),
                "personas": ("persona", "name"), "journeys": ("journey", "title"),
                "emotion_points": ("emotion point", "label")}


def _owner_label(body: Any, loc: tuple[Any, ...]) -> str:
    """Name the deepest object holding the bad field, e.g. 'card "Compare prices"', from the raw data."""
    node, label, parent = body, "", None
    for part in loc[:-1]:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            break
        if isinstance(part, int) and parent in _OWNER_KINDS and isinstance(node, dict):
            kind, key = _OWNER_KINDS[parent]
            value = node.get(key)
            if isinstance(value, str) and value.strip():
                short = " ".join(value.split())
                label = f'{kind} "{short[:39] + "…" if len(short) > 40 else short}"'
            elif isinstance(node.get("id"), str):
                label = f'{kind} {node["id"]}'
        parent = part
    return label
