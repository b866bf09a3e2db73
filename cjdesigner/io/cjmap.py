"""The .cjmap project file: pretty, stable JSON with a format tag and a schema version.

Reading never trusts the file (size, encoding, JSON dialect, nesting, model rules); writing is
atomic and byte-stable, so saving twice gives the same bytes and a small edit a small diff.
"""

from __future__ import annotations

import gc
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from pydantic_core import PydanticSerializationError

from cjdesigner.i18n import QT_TRANSLATE_NOOP, arg, tr, translate
from cjdesigner.io import files
from cjdesigner.io.atomic import write_atomic
from cjdesigner.io.errors import LoadError, SaveError
from cjdesigner.io.jsontext import MAX_DEPTH, decode_text, nesting_depth, parse_json
from cjdesigner.io.migrations import CURRENT_SCHEMA_VERSION, migrate
from cjdesigner.model.document import Element, Project
from cjdesigner.model.invariants import ModelError, check_invariants, ensure_valid
from cjdesigner.model.limits import too_many, too_many_in_all
from cjdesigner.model.messages import describe, problem_of

FORMAT = "cjdesigner"
SUFFIX = ".cjmap"
MAX_FILE_BYTES = 64 * 1024 * 1024  # the largest file read, and so the largest written


def dumps_project(project: Project) -> bytes:
    """The file's bytes: the project's fields in model order after the format tag and the version,
    indented by two spaces, non-ASCII text as itself, one final newline.

    pydantic's own encoder writes them about seven times faster than the standard library's, and
    byte for byte the same, except for numbers with an exponent (its shortest form of 1e-05 is
    0.00001): a map holding such a number, in a metric or in a field from a newer version, is
    written the slow way, so a file never changes by being
    opened and saved again.
    """
    ensure_valid(project)
    if not _has_fractions_or_reserved_keys(project):
        try:
            body = project.__pydantic_serializer__.to_json(project, indent=2)
        except PydanticSerializationError:
            pass  # the standard encoder below says what is wrong, in the words save_project expects
        else:
            head = f'{{\n  "format": {json.dumps(FORMAT)},\n  "schema_version": {CURRENT_SCHEMA_VERSION},\n'.encode()
            return head + body[2:] + b"\n"
    return _dumps_standard(project)


def _dumps_standard(project: Project) -> bytes:
    """The standard library's encoding, which defines the file's bytes."""
    data = {"format": FORMAT, "schema_version": CURRENT_SCHEMA_VERSION, **project.model_dump(mode="json")}
    return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def _has_fractions_or_reserved_keys(project: Project) -> bool:
    """Whether a field from elsewhere holds a float (the two encoders spell some differently), or the
    project carries its own "format" or "schema_version", which the file's header replaces."""
    if {"format", "schema_version"} & (project.__pydantic_extra__ or {}).keys():
        return True
    for journey in project.journeys:  # a metric's number: the two encoders differ only on exponents
        for card in journey.cards:
            if card.value is not None or card.target is not None or card.frequency is not None:
                numbers = (card.value, card.target, card.frequency and card.frequency.percent)
                if any("e" in repr(n) for n in numbers if isinstance(n, float)):
                    return True
    for _, _, element in _with_unknown_fields(project):
        stack = list((element.__pydantic_extra__ or {}).values())
        while stack:
            node = stack.pop()
            if isinstance(node, float):
                return True
            if isinstance(node, dict):
                stack.extend(node.values())
            elif isinstance(node, (list, tuple)):
                stack.extend(node)
    return False


def save_project(project: Project, path: str | os.PathLike[str]) -> None:
    """Write atomically; the file replaced is kept as NAME.cjmap.bak. Raises SaveError.

    A map that would not open again (too large, or breaking a rule) is refused before the target
    or its backup is touched.
    """
    path = Path(path)
    try:
        data = dumps_project(project)
    except ModelError as error:
        raise SaveError(arg(translate("files", "could not save %1: %2; nothing was written"), path, error)) from None
    except UnicodeEncodeError:
        raise SaveError(
            arg(translate("files", "could not save %1: some text holds a broken character (a lone UTF-16 surrogate) that no file "
                          "can store; nothing was written"), path)
        ) from None
    if len(data) > MAX_FILE_BYTES:
        from cjdesigner.layout.charts import format_number  # at the error only: startup stays light
        raise SaveError(
            arg(translate("files", "could not save %1: the map would take %2 MiB, and cjdesigner opens files "
                          "up to %3 MiB; split it into several maps. Nothing was written"),
                path, format_number(len(data) / 2**20, decimals=1), MAX_FILE_BYTES // 2**20)
        )
    write_atomic(path, data)


def read_limited(path: str | os.PathLike[str], limit: int | None = None) -> bytes:
    """Read a map file: a regular file no larger than `limit`, or a LoadError saying what it is."""
    return files.read_limited(path, MAX_FILE_BYTES if limit is None else limit)


def load_project(path: str | os.PathLike[str]) -> Project:
    """Read a map file; raises LoadError with one sentence and its location. Never writes."""
    return loads_project(read_limited(path))


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Reading a map makes hundreds of thousands of objects and no garbage: left running, the cycle
    collector scans them again and again, a third of the time it takes to open a 5,000-card map."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def loads_project(data: bytes) -> Project:
    """The file's text is parsed once, strictly (jsontext), and the model validates the parsed data."""
    with _collector_paused():
        return _loads_project(data)


def _loads_project(data: bytes) -> Project:
    raw = parse_json(decode_text(data))
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise LoadError(translate("files", 'this is not a cjdesigner map (the file has no "format": "cjdesigner" at its top)'))
    version = raw.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise LoadError(arg(translate("files", "must be a whole number from 1, not %1"), json.dumps(version)), field="schema_version")
    if version > CURRENT_SCHEMA_VERSION:
        raise LoadError(
            arg(translate("files", "this map was saved by a newer cjdesigner (file format version %1); "
                          "this version reads up to version %2: please update cjdesigner to open it"), version, CURRENT_SCHEMA_VERSION)
        )
    body = {k: v for k, v in migrate(raw, version).items() if k not in ("format", "schema_version")}
    _refuse_oversized(body)
    try:
        project = Project.model_validate(body)
    except ValidationError as error:
        raise _explain_validation(error, body) from None
    _refuse_deep_unknown_fields(project)
    del raw, body  # the parsed text, as large as the map: gone before the rules are checked
    _forget_fields_named(project)
    problems = check_invariants(project)
    if problems:
        message, more = problems[0].message, len(problems) - 1
        raise LoadError(arg(tr("%1 (and %n more problems)", None, more), message) if more else message, field=problems[0].path)
    return project


def _forget_fields_named(project: Project) -> None:
    """Pydantic keeps, in each object, the set of the fields its input named: for a card of a file
    that writes every field, a 2 KB table, 40 MB over a 20,000-card map, which nothing reads.
    Each object keeps an empty set, which pydantic fills again as fields are assigned."""
    for journey in project.journeys:
        for objects in (journey.cards, journey.emotion_points, journey.stages, journey.lanes):
            for element in objects:
                object.__setattr__(element, "__pydantic_fields_set__", set())


def _refuse_oversized(body: dict[str, Any]) -> None:
    """Count before validating: a map beyond the limits is refused before the expensive work starts."""
    for name in ("journeys", "personas"):
        items = body.get(name)
        sentence = too_many(name, len(items)) if isinstance(items, list) else None
        if sentence:
            raise LoadError(sentence, field=name)
    journeys = body.get("journeys")
    total = 0
    for j, journey in enumerate(journeys if isinstance(journeys, list) else []):
        if not isinstance(journey, dict):
            continue
        for name in ("stages", "lanes", "cards", "emotion_points"):
            items = journey.get(name)
            sentence = too_many(name, len(items)) if isinstance(items, list) else None
            if sentence:
                raise LoadError(sentence, field=f"journeys[{j}].{name}")
        total += len(journey["cards"]) if isinstance(journey.get("cards"), list) else 0
    sentence = too_many_in_all(total)
    if sentence:
        raise LoadError(sentence, field="journeys")


def _with_unknown_fields(project: Project) -> Iterator[tuple[str, int, Element]]:
    """Every object of the project holding fields from elsewhere, with its path and how deep it sits
    in the file. Most maps have none: the path is spelled only for those that do."""
    if project.__pydantic_extra__:
        yield "", 1, project
    for i, persona in enumerate(project.personas):
        if persona.__pydantic_extra__:
            yield f"personas[{i}]", 3, persona
    for j, journey in enumerate(project.journeys):
        if journey.__pydantic_extra__:
            yield f"journeys[{j}]", 3, journey
        for name in ("stages", "lanes", "cards", "emotion_points"):
            for i, element in enumerate(getattr(journey, name)):
                if element.__pydantic_extra__:
                    yield f"journeys[{j}].{name}[{i}]", 5, element
        for i, card in enumerate(journey.cards):
            for k, evidence in enumerate(card.evidence):
                if evidence.__pydantic_extra__:
                    yield f"journeys[{j}].cards[{i}].evidence[{k}]", 7, evidence


def _refuse_deep_unknown_fields(project: Project) -> None:
    """Known fields nest a few levels; only fields from elsewhere can nest absurdly deep."""
    for path, depth, element in _with_unknown_fields(project):
        for key, value in (element.__pydantic_extra__ or {}).items():
            if isinstance(value, (dict, list)) and depth + nesting_depth(value) > MAX_DEPTH:
                raise LoadError(arg(translate("files", "the JSON nests more than %1 levels deep"), MAX_DEPTH), field=f"{path}.{key}" if path else key)


def _explain_validation(error: ValidationError, body: dict[str, Any]) -> LoadError:
    first = error.errors(include_url=False)[0]
    path, message = problem_of(error)
    subpath = (first.get("ctx") or {}).get("subpath", "")
    owner = _owner_label(body, (*first["loc"], subpath) if subpath else tuple(first["loc"]))
    if owner:
        message = arg(translate("files", "%1 (%2)"), message, owner)
    count = error.error_count()
    if count > 1:
        message = arg(tr("%1 (and %n more problems)", None, count - 1), message)
    return LoadError(message, field=path or translate("files", "the map"))


_OWNER_KINDS = {"cards": (QT_TRANSLATE_NOOP("files", "card %1"), "text"), "stages": (QT_TRANSLATE_NOOP("files", "stage %1"), "name"),
                "lanes": (QT_TRANSLATE_NOOP("files", "lane %1"), "title"), "personas": (QT_TRANSLATE_NOOP("files", "persona %1"), "name"),
                "journeys": (QT_TRANSLATE_NOOP("files", "journey %1"), "title"),
                "emotion_points": (QT_TRANSLATE_NOOP("files", "emotion point %1"), "label")}


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
                label = arg(translate("files", kind), describe(value))
            elif isinstance(node.get("id"), str):
                label = arg(translate("files", kind), node["id"])
        parent = part
    return label
