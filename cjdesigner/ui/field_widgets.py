"""Small editors of the properties panel: numbers as people type them, a date that may be none,
rows of editors without margins, combos of long texts that keep to the panel's width."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QVBoxLayout, QWidget

from cjdesigner.model.document import Frequency

NO_DATE = QDate(1900, 1, 1)  # the date edit's lowest date stands for "none"


def parse_number(text: str) -> float | None:
    """A number as people type it: "12.5", "12,5", "1 200", "−3"; None for an empty field.
    Raises ValueError when the text is not a number."""
    cleaned = text.strip().replace("\u202f", "").replace("\u00a0", "").replace(" ", "").replace("−", "-")
    if not cleaned:
        return None
    if "," in cleaned and "." in cleaned:
        cleaned = cleaned.replace(",", "")
    value = float(cleaned.replace(",", "."))
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError(text)
    return value


def number_text(value: float | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(float(value), "g", 15)


def percent_sign() -> str:
    """"%" as the interface's language writes it: French puts a narrow no-break space before it."""
    return "\u202f%" if QLocale().language() == QLocale.Language.French else "%"


def frequency_text(frequency: Frequency) -> str:
    if frequency.percent is not None:
        return QLocale().toString(frequency.percent, "g", 4) + percent_sign()
    return f"{frequency.count}/{frequency.total}"


class OptionalDateEdit(QDateEdit):
    """A date that may be none: its lowest date reads "none"; from there, a step or the calendar
    starts at today rather than in 1900."""

    def stepBy(self, steps: int) -> None:
        if self.date() == self.minimumDate() and steps > 0:
            self.setDate(QDate.currentDate())
            return
        super().stepBy(steps)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        if self.date() == self.minimumDate():
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())


def bare(kind: type[QHBoxLayout] | type[QVBoxLayout]) -> tuple[QWidget, Any]:
    """A widget holding a row or column of editors, without margins, to sit in a form's field."""
    box = QWidget()
    layout = kind(box)
    layout.setContentsMargins(0, 0, 0, 0)
    return box, layout


def narrow(combo: QComboBox) -> None:
    """A combo of long texts (goals, pain points) keeps to the panel's width; its list shows them whole."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)
