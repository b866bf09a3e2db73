"""Finds code that edits the model without a verb: the guard that windows and panels go through verbs."""

from __future__ import annotations

import ast
from pathlib import Path


def calls_of_model_edits(path: Path) -> list[str]:
    """Names in a module that reach the model's edit functions or the undo stack directly."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "cjdesigner.model.edits":
            found.append(f"imports {node.module}")
        if isinstance(node, ast.ImportFrom) and node.module == "cjdesigner.model" and any(a.name == "edits" for a in node.names):
            found.append("imports cjdesigner.model.edits")
        if isinstance(node, ast.Attribute) and node.attr in {"execute", "push"}:
            found.append(f".{node.attr}()")
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in {"undo", "redo", "setIndex"}
            and "stack" in ast.unparse(node.func.value)
        ):
            found.append(f"{ast.unparse(node.func)}()")
    return found
