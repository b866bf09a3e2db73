"""The JSON Schema of the .cjmap file, generated from the model so it can never drift from it."""

from __future__ import annotations

import json
from typing import Any

from cjdesigner.io.cjmap import FORMAT
from cjdesigner.io.migrations import CURRENT_SCHEMA_VERSION
from cjdesigner.model.document import Project


def cjmap_schema() -> dict[str, Any]:
    body = Project.model_json_schema(mode="validation")
    properties = {
        "format": {"const": FORMAT, "description": "Marks the file as a cjdesigner map."},
        "schema_version": {
            "const": CURRENT_SCHEMA_VERSION,
            "description": "The file format version; older versions are migrated on load.",
        },
        **body.pop("properties"),
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "cjdesigner map (.cjmap)",
        "description": "A customer journey map project: personas and one or more journeys of stages, lanes and cards.",
        "type": "object",
        "properties": properties,
        "required": ["format", "schema_version", *body.pop("required", [])],
        "additionalProperties": True,
        "$defs": body.pop("$defs", {}),
    }


def cjmap_schema_text() -> str:
    return json.dumps(cjmap_schema(), indent=2, ensure_ascii=False) + "\n"
