"""No layer names a higher one, not even in a string: a module path handed to `importlib.import_module`,
`__import__`, `importlib.resources` or an entry point loads that layer at run time, and import-linter
(tests/test_layering.py) reads import statements only. So every string of every layer's sources is
read here, and so is every entry point the package declares for itself to load."""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).parent.parent
PACKAGE = ROOT / "cjdesigner"
# Higher numbers stand higher; the modules beside the layers (i18n, colours, textfit, resources…)
# are used by the model, so they stand with it, except the entry module that runs the command line.
RANKS = {"model": 0, "layout": 1, "io": 2, "export": 2, "app": 3, "canvas": 4, "ui": 5, "cli": 6, "__main__": 6}
NAMED = re.compile(r"\bcjdesigner\.(" + "|".join(name for name in RANKS if name != "__main__") + r")\b")
LOADERS = {"import_module", "__import__"}


def rank_of(path: Path) -> int:
    top = path.relative_to(PACKAGE).parts[0].removesuffix(".py")
    return RANKS.get(top, 0)


def docstrings(tree: ast.AST) -> set[int]:
    """The ids of the string nodes that are docstrings: prose about a layer names nothing to load."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and isinstance(first.value.value, str):
                found.add(id(first.value))
    return found


def upward_names(source: str, rank: int, where: str) -> list[str]:
    """Each string naming a layer above `rank`, and each module loader given a name made at run time."""
    tree = ast.parse(source)
    skipped = docstrings(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skipped:
            for match in NAMED.finditer(node.value):
                if RANKS[match[1]] > rank:
                    found.append(f"{where}:{node.lineno} names {match[0]} in {node.value!r}")
        if isinstance(node, ast.Call) and node.args:
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name in LOADERS and not isinstance(node.args[0], ast.Constant):
                found.append(f"{where}:{node.lineno} loads a module by a name made at run time ({name})")
    return found


def test_no_layer_names_a_higher_layer_in_a_string():
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        found += upward_names(path.read_text(encoding="utf-8"), rank_of(path), str(path.relative_to(ROOT)))
    assert found == []


def test_the_check_catches_a_registry_that_loads_the_canvas_by_name():
    """The check is not vacuous: the export registry as it was (the canvas named for importlib) fails it,
    and so does a resource folder named as the export package from the shared modules below it."""
    registry = 'register(Format("png", (".png",), "PNG image", "cjdesigner.canvas.image_export:export_png"))\n'
    assert upward_names(registry, RANKS["export"], "registry.py") != []
    assert upward_names('importlib.import_module(name)\n', RANKS["export"], "registry.py") != []
    assert upward_names('FONT_PACKAGE = "cjdesigner.export"\n', RANKS["model"], "resources.py") != []
    assert upward_names('"""Painted by cjdesigner.canvas.image_export."""\n', RANKS["export"], "pdf.py") == []
    assert upward_names('NAME = "cjdesigner.model.document"\n', RANKS["export"], "pdf.py") == []


def test_entry_points_the_package_loads_name_no_layer_above_the_one_reading_them():
    """Scripts are started by the system, from the top; any other group is read by the package itself,
    by a module that names the group, and must not lead that module up to a higher layer."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    sources = {path: path.read_text(encoding="utf-8") for path in PACKAGE.rglob("*.py")}
    found = []
    for group, points in project.get("entry-points", {}).items():
        readers = [path for path, text in sources.items() if group in text]
        lowest = min((rank_of(path) for path in readers), default=0)
        for name, target in points.items():
            match = NAMED.match(target)
            if match and RANKS[match[1]] > lowest:
                found.append(f"the entry point {name} of {group} leads up to {target}")
    assert found == []
