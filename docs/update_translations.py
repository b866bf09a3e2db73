"""Refreshes the translations after the code's sentences changed: extract, then compile.

    python docs/update_translations.py          # lupdate over the package, then lrelease

lupdate reads every `tr()`, `translate()` and `QT_TRANSLATE_NOOP()` of the package into
`cjdesigner_fr.ts` (all messages) and `cjdesigner_en.ts` (only the plural forms English needs),
keeping the translations already made; new sentences come in marked unfinished, to be translated
in Qt Linguist (`pyside6-linguist cjdesigner/translations/cjdesigner_fr.ts`) or any editor. lrelease
then writes the `.qm` files the app loads. `tests/test_translations.py` fails while a message is
unfinished or a `.qm` is older than its `.ts`.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "cjdesigner"
HERE = PACKAGE / "translations"
LANGUAGES = {"fr": [], "en": ["-pluralonly"]}


def tool(name: str) -> str:
    """A Qt tool installed with PySide6: next to this Python, on PATH, or inside the PySide6 package."""
    beside = Path(sys.executable).with_name(name)
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found:
        return found
    import PySide6

    return str(Path(PySide6.__file__).parent / name.removeprefix("pyside6-"))


def sources() -> list[str]:
    return sorted(str(path.relative_to(PACKAGE)) for path in PACKAGE.rglob("*.py"))


def extract() -> None:
    for language, options in LANGUAGES.items():
        subprocess.run(
            [tool("pyside6-lupdate"), *options, "-locations", "none", "-no-obsolete", "-target-language", language,
             *sources(), "-ts", str(HERE / f"cjdesigner_{language}.ts")],
            cwd=PACKAGE, check=True,
        )


def compile_all(folder: Path = HERE) -> None:
    for ts in sorted(folder.glob("cjdesigner_*.ts")):
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


if __name__ == "__main__":
    extract()
    compile_all()
