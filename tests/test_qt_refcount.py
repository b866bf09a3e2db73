"""Guards the PySide6 6.12.0 + CPython 3.11 crash (GUIDE §4): void Qt calls must not leak None."""

import sys

import pytest
from PySide6 import __version_info__ as pyside_version
from PySide6.QtWidgets import QGraphicsRectItem

NONE_IS_IMMORTAL = sys.version_info >= (3, 12)


def test_no_known_crashing_combination_is_installed():
    assert not (sys.version_info[:2] == (3, 11) and pyside_version[:2] >= (6, 12)), (
        "PySide6 6.12 on Python 3.11 aborts after ~5,000 void calls; pyproject.toml must pin <6.12 there"
    )


@pytest.mark.skipif(NONE_IS_IMMORTAL, reason="None is immortal from Python 3.12: its count cannot move")
def test_void_qt_calls_leave_the_none_refcount_unchanged(qapp):
    item = QGraphicsRectItem()
    item.setZValue(0.0)
    before = after = 0
    before = sys.getrefcount(None)
    for _ in range(1000):
        item.setZValue(1.0)
    after = sys.getrefcount(None)
    assert after == before
