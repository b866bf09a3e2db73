"""The model, layout, file and PDF layers import no Qt and nothing from the layers above them."""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parent.parent / "cjdesigner"
QT_FREE = [
    "model", "io", "layout", "textfit.py", "colours.py", "cli.py", "resources.py", "export/font_files.py",
    "export/pdf", "export/page_setup.py", "export/selection.py", "export/options.py",
]
FORBIDDEN = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "cjdesigner.app", "cjdesigner.canvas", "cjdesigner.ui")


def qt_free_files():
    for name in QT_FREE:
        path = PACKAGE / name
        if path.is_file():
            yield path
        elif path.is_dir():
            yield from sorted(path.rglob("*.py"))


def imported_modules(path: Path):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module


@pytest.mark.parametrize("path", list(qt_free_files()), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_layer_imports_no_qt(path):
    bad = [m for m in imported_modules(path) if m.startswith(FORBIDDEN)]
    if path.name == "cli.py":
        bad = [m for m in bad if m != "cjdesigner.ui.application"]  # the app is imported lazily, only to open it
    assert bad == [], f"{path.name} imports {bad}"


def modules_loaded_by(modules: str, prefixes: tuple[str, ...]) -> list[str]:
    """The modules starting with `prefixes` that importing `modules` loads, in a fresh interpreter."""
    code = (
        "import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'; "
        f"import {modules}; "
        f"print(sorted(m for m in sys.modules if m.startswith({prefixes!r})))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return eval(result.stdout)  # a list of module names printed by the child


def test_importing_the_pure_layers_loads_no_qt():
    pure = (
        "cjdesigner.model, cjdesigner.model.edits, cjdesigner.io.cjmap, cjdesigner.io.csv_cards, "
        "cjdesigner.io.templates, cjdesigner.io.schema, cjdesigner.cli, cjdesigner.export.pdf"
    )
    assert modules_loaded_by(pure, ("PySide6", "shiboken6")) == []


def test_the_app_imports_reportlab_only_when_a_pdf_is_made():
    app = "cjdesigner.ui.main_window, cjdesigner.ui.export_dialog, cjdesigner.export.image, cjdesigner.cli"
    assert modules_loaded_by(app, ("reportlab",)) == []
