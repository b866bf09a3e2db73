"""What the desktop bundle holds: the Qt modules it keeps, the ones it leaves out, the data files.

Read by the PyInstaller spec (cjdesigner.spec), by `packaging/build` and by tests/test_packaging.py,
so the list of Qt modules lives in one place. Leaving out the Qt modules the app never imports
saves most of the bundle's size; a module the app starts to import without being kept here would
be missing from the bundle and crash it at start, so `check` (run by the build, and by the tests)
fails first, naming the module.

Usage: python packaging/bundle_config.py check [BUNDLE]   (BUNDLE: also check a built dist folder)
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "cjdesigner"

KEPT_QT_MODULES = frozenset({"QtCore", "QtGui", "QtWidgets", "QtSvg", "QtPrintSupport", "QtNetwork"})  # QtPrintSupport: File → Print; QtNetwork: the laptop's networks for phone voting


def available_qt_modules() -> frozenset[str]:
    """The PySide6 modules of the environment the bundle is built from (PySide6-Essentials' set)."""
    import PySide6

    folder = Path(PySide6.__file__).parent
    names = {path.name.split(".")[0] for path in folder.glob("Qt*.*") if path.suffix in (".so", ".pyd")}
    return frozenset(name for name in names if name.startswith("Qt"))


def dropped_qt_modules() -> frozenset[str]:
    return available_qt_modules() - KEPT_QT_MODULES


def imported_qt_modules(source: Path = SOURCE) -> dict[str, list[str]]:
    """Every PySide6 module the app's code imports, with the files (and lines) that import it."""
    found: dict[str, list[str]] = {}
    for path in sorted(source.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module == "PySide6":
                names = [f"PySide6.{alias.name}" for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                continue
            for name in names:
                parts = name.split(".")
                if parts[0] == "PySide6" and len(parts) > 1:
                    found.setdefault(parts[1], []).append(f"{path.relative_to(source.parent)}:{node.lineno}")
    return found


def imported_but_dropped(source: Path = SOURCE) -> dict[str, list[str]]:
    return {name: where for name, where in imported_qt_modules(source).items() if name not in KEPT_QT_MODULES}


# Python packages of the build environment the app never runs: the test tools. (Pillow stays:
# reportlab imports it on start.)
EXCLUDED_PACKAGES = ("tkinter", "test", "pydoc", "hypothesis", "pytest", "_pytest", "pytestqt", "pypdf")

# Qt plugins for embedded screens (EGLFS, Linux framebuffer, VNC, Vulkan display, evdev/TUIO input)
# and the Qt libraries only they need: a desktop app runs on X11, Wayland, Windows or macOS.
DROPPED_QT_PLUGINS = (
    "platforms/libqeglfs", "platforms/libqlinuxfb", "platforms/libqvnc", "platforms/libqminimalegl",
    "platforms/libqvkkhrdisplay", "egldeviceintegrations/", "generic/",
)
DROPPED_QT_LIBRARIES = ("libQt6EglFSDeviceIntegration", "libQt6EglFsKmsSupport")


def excluded_modules() -> list[str]:
    """What PyInstaller must leave out: the dropped Qt modules and the packages the app never runs."""
    return sorted(f"PySide6.{name}" for name in dropped_qt_modules()) + list(EXCLUDED_PACKAGES)


def keeps_binary(destination: str) -> bool:
    """False for a dropped Qt plugin or library (`destination` is its path inside the bundle)."""
    path = destination.replace("\\", "/")
    name = path.rsplit("/", 1)[-1]
    if name.startswith(DROPPED_QT_LIBRARIES):
        return False
    return not any(f"plugins/{plugin}" in path for plugin in DROPPED_QT_PLUGINS)


def bundled_qt_modules(bundle: Path) -> frozenset[str]:
    """The PySide6 extension modules a built bundle carries."""
    return frozenset(path.name.split(".")[0] for path in bundle.rglob("PySide6/Qt*.abi3.*"))


def check(bundle: Path | None = None, source: Path = SOURCE) -> list[str]:
    """Sentences naming each problem; empty when the app imports only kept modules (and the bundle holds no dropped one)."""
    problems = [
        f"the app imports PySide6.{name} ({', '.join(where)}), which the bundle leaves out: "
        f"add it to KEPT_QT_MODULES in packaging/bundle_config.py"
        for name, where in sorted(imported_but_dropped(source).items())
    ]
    if bundle is not None:
        extra = bundled_qt_modules(bundle) - KEPT_QT_MODULES
        if extra:
            problems.append(f"the bundle {bundle} carries Qt modules it should leave out: {', '.join(sorted(extra))}")
        missing = KEPT_QT_MODULES - bundled_qt_modules(bundle)
        if missing:
            problems.append(f"the bundle {bundle} lacks Qt modules the app imports: {', '.join(sorted(missing))}")
    return problems


if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] != "check":
        sys.exit(__doc__.split("Usage: ")[1])
    found = check(Path(sys.argv[2]) if len(sys.argv) > 2 else None)
    for sentence in found:
        print(f"bundle_config: error: {sentence}", file=sys.stderr)
    sys.exit(1 if found else 0)
