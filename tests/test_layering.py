"""Imports point down (cli, ui, canvas, app, export and files, layout, model) and the pure layers
import no Qt: the contracts in pyproject.toml, checked by `lint-imports`; and what is imported
lazily stays lazy."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parent.parent
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


def lint_imports(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(LINT_IMPORTS), "--no-cache", *args], capture_output=True, text=True, cwd=ROOT, timeout=300)


def test_the_layer_contracts_hold():
    result = lint_imports()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_a_broken_contract_fails_the_check(tmp_path):
    """The check is not vacuous: the model imports pydantic, so forbidding it must fail."""
    config = tmp_path / "contracts.toml"
    config.write_text(
        '[tool.importlinter]\nroot_package = "cjdesigner"\ninclude_external_packages = true\n\n'
        '[[tool.importlinter.contracts]]\nname = "no pydantic in the model"\ntype = "forbidden"\n'
        'source_modules = ["cjdesigner.model"]\nforbidden_modules = ["pydantic"]\n',
        encoding="utf-8",
    )
    result = lint_imports("--config", str(config))
    assert result.returncode != 0
    assert "cjdesigner.model" in result.stdout and "pydantic" in result.stdout


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
        "cjdesigner.io.templates, cjdesigner.io.schema, cjdesigner.cli, cjdesigner.export.pdf, cjdesigner.export.registry"
    )
    assert modules_loaded_by(pure, ("PySide6", "shiboken6")) == []


def test_the_app_imports_reportlab_only_when_a_pdf_is_made():
    app = "cjdesigner.ui.main_window, cjdesigner.ui.export_dialog, cjdesigner.canvas.image_export, cjdesigner.cli"
    assert modules_loaded_by(app, ("reportlab",)) == []
