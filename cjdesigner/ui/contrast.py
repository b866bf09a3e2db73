"""View → High Contrast: the map's theme, chosen by the user or, until they choose, by the system's
contrast preference."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication

from cjdesigner.layout.drawing import HIGH_CONTRAST, NORMAL, Theme

SETTING = "view/high_contrast"


def system_wants_high_contrast() -> bool:
    hints = QGuiApplication.styleHints()  # held: a chained call leaves the accessibility hints' wrapper dangling
    return hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast


class ContrastSwitch(QObject):
    """Keeps the checkable action, the setting and the theme in step. A choice the user made is
    remembered and wins over the system's preference; with no choice made, a change of the system's
    preference (say, Windows' contrast themes turned on) switches the map at once."""

    themeChanged = Signal(object)

    def __init__(self, settings: QSettings, action: QAction, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.action = action
        chosen = settings.value(SETTING)
        action.setChecked(str(chosen).lower() == "true" if chosen is not None else system_wants_high_contrast())
        action.toggled.connect(self._toggled)
        self._hints = QGuiApplication.styleHints()
        self._hints.accessibility().contrastPreferenceChanged.connect(self._system_changed)

    @property
    def theme(self) -> Theme:
        return HIGH_CONTRAST if self.action.isChecked() else NORMAL

    def _toggled(self, checked: bool) -> None:
        self.settings.setValue(SETTING, checked)
        self.themeChanged.emit(self.theme)

    def _system_changed(self, *_: object) -> None:
        if self.settings.value(SETTING) is None:
            self.action.blockSignals(True)
            self.action.setChecked(system_wants_high_contrast())
            self.action.blockSignals(False)
            self.themeChanged.emit(self.theme)
