"""Strict JSON reading: what the standard library lets through (duplicate keys, NaN, deep nesting,
a BOM) is refused or handled here, and every failure gets a line and column."""

from __future__ import annotations

import json
import json.decoder
import json.scanner
import re
from typing import Any

from cjdesigner.i18n import QT_TRANSLATE_NOOP, arg, translate
from cjdesigner.io.errors import LoadError
from cjdesigner.model.limits import LARGEST_INTEGER

MAX_DEPTH = 64


class _BadNumber(Exception):
    """A number literal no map may hold: too large for 64 bits, or too large to be finite."""


def _finite_float(literal: str) -> float:
    value = float(literal)
    if value in (float("inf"), float("-inf")):
        raise _BadNumber(literal)
    return value


def _bounded_int(literal: str) -> int:
    if len(literal) < 19:  # every number a map holds: only longer ones can pass 2**63 - 1
        return int(literal)
    if len(literal) > 20 or abs(int(literal)) > LARGEST_INTEGER:
        raise _BadNumber(literal)
    return int(literal)


class _DuplicateKey(Exception):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKey(key)
            seen.add(key)
    return result


def _no_constants(name: str) -> Any:
    raise ValueError(name)


def line_column(text: str, index: int) -> tuple[int, int]:
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def decode_text(data: bytes) -> str:
    """UTF-8, with or without a BOM; anything else is refused with the place of the first bad byte."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        good = data[: error.start].decode("utf-8")
        line, column = line_column(good, len(good))
        raise LoadError(
            arg(translate("files", "the file is not UTF-8 text (byte 0x%1 cannot be read)"), f"{data[error.start]:02X}"), line=line, column=column
        ) from None


def parse_json(text: str) -> Any:
    if not text.strip():
        raise LoadError(translate("files", "the file is empty"))
    try:
        return json.loads(
            text,
            object_pairs_hook=_no_duplicates,
            parse_constant=_no_constants,
            parse_float=_finite_float,
            parse_int=_bounded_int,
        )
    except json.JSONDecodeError as error:
        raise LoadError(arg(translate("files", "this is not valid JSON (%1)"), error.msg.lower()), line=error.lineno, column=error.colno) from None
    except _BadNumber as error:
        raise _locate_constant(text, str(error.args[0]), QT_TRANSLATE_NOOP("files", "%1 is too large a number for a map")) from None
    except _DuplicateKey as error:
        raise _locate_duplicate(text, str(error.args[0])) from None
    except ValueError as error:
        raise _locate_constant(text, str(error.args[0])) from None
    except RecursionError:
        raise _locate_depth(text) from None


def nesting_depth(value: Any) -> int:
    """How deep a parsed JSON value nests (a scalar is 0), without recursion."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        node, depth = stack.pop()
        children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else None
        if children is None:
            continue
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))
    return deepest


def _locate_depth(text: str) -> LoadError:
    """Only for files the parser could not descend into: say where the nesting goes too deep."""
    depth = 0
    for match in re.finditer(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]', text, re.DOTALL):
        if match.group() in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                line, column = line_column(text, match.start())
                return LoadError(arg(translate("files", "the JSON nests more than %1 levels deep"), MAX_DEPTH), line=line, column=column)
        elif match.group() in "]}":
            depth -= 1
    return LoadError(arg(translate("files", "the JSON nests more than %1 levels deep"), MAX_DEPTH))


def _locate_duplicate(text: str, key: str) -> LoadError:
    """Parse again, slowly, keeping positions, to say where the repeated key stands."""
    found: list[int] = []

    def parse_object(s_and_end, strict, scan_once, object_hook, object_pairs_hook, memo=None):
        start = s_and_end[1] - 1
        pairs, end = json.decoder.JSONObject(s_and_end, strict, scan_once, object_hook, list, memo)
        keys = [k for k, _ in pairs]
        if not found and len(set(keys)) != len(keys):
            needle = json.dumps(key, ensure_ascii=False)
            first = text.find(needle, start, end)
            second = text.find(needle, first + 1, end) if first >= 0 else -1
            found.append(second if second >= 0 else start)
        return dict(pairs), end

    decoder = json.JSONDecoder()
    decoder.parse_object = parse_object
    decoder.scan_once = json.scanner.py_make_scanner(decoder)
    decoder.decode(text)
    line, column = line_column(text, found[0]) if found else (None, None)
    return LoadError(arg(translate("files", 'the key "%1" appears twice in the same object'), key), line=line, column=column)


def _locate_constant(text: str, name: str, reason: str = QT_TRANSLATE_NOOP("files", "%1 is not a number a map may hold")) -> LoadError:
    shown = arg(translate("files", reason), name if len(name) <= 24 else name[:23] + "…")
    for match in re.finditer(r'"[^"\\]*(?:\\.[^"\\]*)*"|' + re.escape(name), text, re.DOTALL):
        if match.group() == name:
            line, column = line_column(text, match.start())
            return LoadError(shown, line=line, column=column)
    return LoadError(shown)
