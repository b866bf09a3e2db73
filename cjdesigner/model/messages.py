"""Validation failures said the way a map maker reads them, never in the validator's own words.

Used by the file loader and by edits alike, so a refused value reads the same wherever it came from.
"""

from __future__ import annotations

import json
from typing import Any

from cjdesigner.i18n import QT_TRANSLATE_NOOP, arg, number, tr, translate
from cjdesigner.model.limits import BROKEN_TEXT, MAX_LISTED_PROBLEMS, MAX_QUOTED_CHARS, too_many

_NOUNS = {
    "int": QT_TRANSLATE_NOOP("messages", "a whole number"),
    "bool": QT_TRANSLATE_NOOP("messages", "true or false"),
    "str": QT_TRANSLATE_NOOP("messages", "text"),
    "list": QT_TRANSLATE_NOOP("messages", "a list"),
    "dict": QT_TRANSLATE_NOOP("messages", "an object"),
}


def describe(value: Any) -> str:
    """A short quotation of a bad value, safe to print (no lone surrogates, at most ~40 characters)."""
    if isinstance(value, (list, dict)):
        return translate("messages", "a list") if isinstance(value, list) else translate("messages", "an object")
    if isinstance(value, str):
        text = " ".join(value.split()).encode("utf-8", "backslashreplace").decode("utf-8")
        return f'"{text[:39]}…"' if len(text) > 40 else f'"{text}"'
    try:
        text = json.dumps(value)
    except (TypeError, ValueError):
        text = type(value).__name__
    return text if len(text) <= 40 else text[:39] + "…"


def quoted(text: str, limit: int = MAX_QUOTED_CHARS) -> str:
    """A value as a sentence quotes it: whole when short, else its start and "…"."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def listed(items: list[str], shown: int = MAX_LISTED_PROBLEMS) -> str:
    """Names in a sentence: the first few, each cut short, then how many more there are."""
    names = ", ".join(quoted(item) for item in items[:shown])
    more = len(items) - shown
    return arg(tr("%1 and %2 more", None, more), names, number(more)) if more > 0 else names


def first_problems(sentences: list[str], shown: int = MAX_LISTED_PROBLEMS) -> list[str]:
    """The first problems, one a line, and a last line counting the rest ("… and 4,321 more problems")."""
    more = len(sentences) - shown
    kept = [_cut(sentence) for sentence in sentences[:shown]]
    return kept + [arg(tr("… and %1 more problems", None, more), number(more))] if more > 0 else kept


def _cut(sentence: str) -> str:
    """A last guard on one sentence: values are quoted short where they are put in, so only a
    sentence built from many of them reaches this length."""
    return quoted(sentence, 20 * MAX_QUOTED_CHARS)


def _number(value: Any) -> str:
    return number(value) if isinstance(value, int) and abs(value) >= 10_000 else str(value)


def field_path(loc: tuple[Any, ...]) -> str:
    path = ""
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path


def humanize(detail: dict[str, Any]) -> str:
    """One pydantic error detail as our own sentence (without the field path)."""
    kind = detail["type"]
    ctx = detail.get("ctx") or {}
    field = str(detail["loc"][-1]) if detail["loc"] else ""
    given = describe(detail.get("input"))
    if kind.startswith("cj_"):
        return detail["msg"]
    if kind == "missing":
        return translate("messages", "is required but missing")
    if kind in ("less_than_equal", "less_than"):
        return arg(translate("messages", "must be at most %1, not %2"), _number(ctx.get("le", ctx.get("lt"))), given)
    if kind in ("greater_than_equal", "greater_than"):
        return arg(translate("messages", "must be at least %1, not %2"), _number(ctx.get("ge", ctx.get("gt"))), given)
    if kind == "string_pattern_mismatch":
        if "colour" in field:
            return arg(translate("messages", "must be a colour written #RRGGBB, not %1"), given)
        return arg(translate("messages", "must be an id of 1 to 64 letters, digits, '-', '_', '.' or ':', not %1"), given)
    if kind == "enum":
        return arg(translate("messages", "must be one of %1, not %2"), ctx.get("expected"), given)
    if kind in ("int_parsing", "int_type", "int_from_float"):
        return arg(translate("messages", "must be a whole number, not %1"), given)
    if kind in ("bool_parsing", "bool_type"):
        return arg(translate("messages", "must be true or false, not %1"), given)
    if kind == "string_unicode":
        return translate("messages", BROKEN_TEXT)
    if kind == "string_type":
        return arg(translate("messages", "must be text in quotes, not %1"), given)
    if kind in ("list_type", "tuple_type", "set_type"):
        return arg(translate("messages", "must be a list, not %1"), given)
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return arg(translate("messages", "must be an object, not %1"), given)
    if kind == "too_short":
        return translate("messages", "must not be empty")
    if kind == "too_long" and field in ("journeys", "personas", "stages", "lanes", "cards", "emotion_points"):
        return too_many(field, int(ctx.get("actual_length") or 0)) or translate("messages", "has too many items")
    if kind == "too_long":
        return arg(translate("messages", "must hold at most %1 items"), ctx.get("max_length"))
    if kind == "string_too_long":
        return arg(translate("messages", "must be at most %1 characters long"), ctx.get("max_length"))
    if kind.startswith("datetime") or kind == "timezone_aware":
        return translate("messages", "must be a date and time with its time zone in quotes, like \"2026-03-14T09:30:00Z\"")
    if kind in ("finite_number", "float_type", "float_parsing"):
        return arg(translate("messages", "must be a finite number, not %1"), given)
    return arg(translate("messages", "cannot hold %1"), given)


def problem_of(error: Any) -> tuple[str, str]:
    """The first problem of a pydantic ValidationError as (field path, sentence)."""
    detail = error.errors(include_url=False)[0]
    subpath = (detail.get("ctx") or {}).get("subpath", "")
    return ".".join(part for part in (field_path(tuple(detail["loc"])), subpath) if part), humanize(detail)


def explain(error: Any) -> str:
    """The first problem of a pydantic ValidationError as "path: sentence"."""
    path, sentence = problem_of(error)
    return f"{path}: {sentence}" if path else sentence
