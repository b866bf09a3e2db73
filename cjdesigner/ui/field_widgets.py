"""Small editors of the properties panel: numbers as people type them, a date that may be none,
rows of editors without margins, combos of long texts that keep to the panel's width."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QComboBox, QDateEdit, QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from cjdesigner.model.document import Frequency

NO_DATE = QDate(1900, 1, 1)  # the date edit's lowest date stands for "none"


SPACES = (" ", "\u00a0", "\u202f", "\u2009")  # French writes thousands with a (narrow) no-break space


class AmbiguousNumber(ValueError):
    """A number that reads two ways, such as "65,000" in English: 65 thousand, or 65 written the
    French way. Guessing would store a number a thousand times off, so the field refuses it."""

    def __init__(self, text: str, grouped: str, decimal: str) -> None:
        super().__init__(text)
        self.grouped, self.decimal = grouped, decimal


def _grouped(parts: list[str]) -> bool:
    """True when `parts` (a number split at a separator) are thousands groups: 1–3 digits, then 3 each."""
    head = parts[0].lstrip("+-")
    return 1 <= len(head) <= 3 and head.isdigit() and all(len(p) == 3 and p.isdigit() for p in parts[1:])


def parse_number(text: str, locale: QLocale | None = None) -> float | None:
    """A number as people type it in the interface's language: its decimal separator ("12.5" in
    English, "12,5" in French), spaces between thousands, "−3"; the other separator where it can
    only mean one thing ("12,5" in English, "1,200.5", "1,200,000"). None for an empty field.
    Raises ValueError when the text is not a number, AmbiguousNumber when it reads two ways."""
    decimal = (locale or QLocale()).decimalPoint()
    decimal = decimal if decimal in (".", ",") else "."
    other = "," if decimal == "." else "."
    cleaned = text.strip().replace("−", "-")
    for space in SPACES:
        cleaned = cleaned.replace(space, "")
    if not cleaned:
        return None
    if decimal in cleaned and other in cleaned:  # both: the last one is the decimal separator
        point = decimal if cleaned.rindex(decimal) > cleaned.rindex(other) else other
        group = other if point == decimal else decimal
        whole, _, fraction = cleaned.rpartition(point)
        if not _grouped(whole.split(group)):
            raise ValueError(text)
        cleaned = whole.replace(group, "") + "." + fraction
    elif decimal in cleaned or other in cleaned:
        separator = decimal if decimal in cleaned else other
        parts = cleaned.split(separator)
        if len(parts) > 2:  # the same separator twice: thousands, or not a number
            if not _grouped(parts):
                raise ValueError(text)
            cleaned = "".join(parts)
        else:
            whole, fraction = parts
            if separator == other and len(fraction) == 3 and _grouped(parts) and whole.lstrip("+-") != "0":
                raise AmbiguousNumber(text, whole + fraction, whole + decimal + fraction)
            cleaned = whole + "." + fraction
    if not all(c.isdigit() or c in "+-.eE" for c in cleaned):
        raise ValueError(text)
    value = float(cleaned)
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError(text)
    return value


def number_text(value: float | None) -> str:
    """A number as the interface's language writes it, without thousands separators, so that
    the text reads back as exactly this number."""
    if value is None:
        return ""
    locale = QLocale()
    locale.setNumberOptions(locale.numberOptions() | QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(float(value), "g", 15)


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

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 - Qt's name
        """Tab leaves the date for the next field, as in every other field of the form (a date
        edit's own Tab walks its day, month and year, and "none" held the focus for good);
        the arrow keys still move between the parts of the date."""
        return QWidget.focusNextPrevChild(self, next)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        if self.date() == self.minimumDate():
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())


def optional_date_row(name: str, accessible: str, none_text: str, clear_text: str, clear_tip: str) -> tuple[QWidget, OptionalDateEdit]:
    """A date that may be none, as the panel shows it: the date (typed, stepped or picked in a
    calendar) and a button that sets it to none."""
    box, row = bare(QHBoxLayout)
    edit = OptionalDateEdit()
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(none_text)
    edit.setKeyboardTracking(False)
    clear = QPushButton(clear_text)
    clear.setObjectName(f"{name}-none")
    clear.setToolTip(clear_tip)
    row.addWidget(edit, 1)
    row.addWidget(clear)
    clear.clicked.connect(lambda: edit.setDate(NO_DATE))
    return box, edit


def day_of(value: QDate) -> date | None:
    return None if value == NO_DATE else date(value.year(), value.month(), value.day())


def qdate_of(day: date | None) -> QDate:
    return NO_DATE if day is None else QDate(day.year, day.month, day.day)


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


def fit_to_width(page: QWidget, form: QFormLayout) -> None:
    """A properties form never scrolls sideways: a label goes above its field when the two do not
    fit side by side, long labels wrap and combos shrink to the panel's width."""
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    for label in page.findChildren(QLabel):
        label.setWordWrap(True)
    for combo in page.findChildren(QComboBox):
        if combo.sizeAdjustPolicy() != QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon:
            narrow(combo)
