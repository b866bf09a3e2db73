"""Baseline: a bare PySide6 window with N rectangle + text items, or none; exits after its first paint.

`python benchmarks/bare_window.py N` — what Qt alone costs, measured in the same run as cjdesigner.
"""

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QGraphicsRectItem, QGraphicsScene, QGraphicsSimpleTextItem, QGraphicsView, QMainWindow


class QuitAfterPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, QApplication.instance().quit)
        return False


def main() -> int:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 0
    app = QApplication(sys.argv[:1])
    scene = QGraphicsScene()
    for index in range(count):
        x, y = (index % 15) * 188.0, (index // 15) * 96.0
        rect = QGraphicsRectItem(x, y, 168, 88)
        scene.addItem(rect)
        text = QGraphicsSimpleTextItem(f"Card {index} compare prices and delivery")
        text.setPos(x + 8, y + 8)
        scene.addItem(text)
    window = QMainWindow()
    view = QGraphicsView(scene)
    window.setCentralWidget(view)
    window.resize(1280, 820)
    view.viewport().installEventFilter(QuitAfterPaint(window))
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
