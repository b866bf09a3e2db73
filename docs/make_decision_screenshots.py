"""Renders the README's picture of the decisions: `python docs/make_decision_screenshots.py [FOLDER]`.

`matrix.png` shows the French interface on the sample map with View → Impact/Effort Matrix open
under the map, an opportunity selected on the matrix and on the map. Runs offscreen (no display
needed) with throw-away settings, so it never touches yours.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))

from make_screenshots import sample_window  # noqa: E402 - the path above makes it importable


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent
    from PySide6.QtCore import Qt

    from cjdesigner.ui.application import application
    from cjdesigner.ui.preferences import install_translators

    application()
    install_translators("fr")
    with sample_window() as (app, window):
        window.actions["view.matrix"].setChecked(True)
        window.resizeDocks([window.matrix_dock], [500], Qt.Orientation.Vertical)
        app.processEvents()
        window.view.set_zoom(0.62)
        window.matrix.select_on_map("card-014")  # as a click on its dot does; the matrix rings it
        app.processEvents()
        window.grab().save(str(folder / "matrix.png"))
        print(folder / "matrix.png")
    install_translators("en")
    return 0


if __name__ == "__main__":
    sys.exit(main())
