"""The workshop timer: 1 to 99 minutes, started, paused and lengthened from the keyboard, ending
with a flash and the system beep (no sound file, no network: it works in a room without Wi-Fi)."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

MIN_MINUTES, MAX_MINUTES = 1, 99
FLASHES = 8  # half-second blinks after the end


class WorkshopTimer(QObject):
    """Counts down from `minutes`; `changed` on every visible change, `finished` once at zero."""

    changed = Signal()
    finished = Signal()

    def __init__(self, minutes: int = 5, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.minutes = minutes
        self._left_ms = minutes * 60_000
        self._clock = QElapsedTimer()
        self._tick = QTimer(self)
        self._tick.setInterval(200)
        self._tick.timeout.connect(self._on_tick)
        self._flash = QTimer(self)
        self._flash.setInterval(500)
        self._flash.timeout.connect(self._on_flash)
        self.flashes_left = 0
        self.ended = False

    @property
    def running(self) -> bool:
        return self._tick.isActive()

    def remaining_ms(self) -> int:
        if self.running:
            return max(0, self._left_ms - self._clock.elapsed())
        return self._left_ms

    def text(self) -> str:
        seconds = (self.remaining_ms() + 999) // 1000
        return f"{seconds // 60:02d}:{seconds % 60:02d}"

    @property
    def flashing(self) -> bool:
        """True on the lit half of each blink after the end."""
        return self.flashes_left > 0 and self.flashes_left % 2 == 0

    def set_minutes(self, minutes: int) -> None:
        """Sets the length and resets the count (a running timer keeps running)."""
        self.minutes = max(MIN_MINUTES, min(MAX_MINUTES, minutes))
        self._left_ms = self.minutes * 60_000
        self._clock.restart()
        self.ended = False
        self.changed.emit()

    def toggle(self) -> None:
        """Start, pause, or (once ended) start again from the full length."""
        if self.running:
            self._left_ms = self.remaining_ms()
            self._tick.stop()
        else:
            if self.ended or self._left_ms <= 0:
                self._left_ms = self.minutes * 60_000
                self.ended = False
            self._stop_flash()
            self._clock.restart()
            self._tick.start()
        self.changed.emit()

    def add_minute(self, minutes: int = 1) -> None:
        """Lengthens (or shortens) the time left by whole minutes, within 0 to 99 minutes."""
        left = self.remaining_ms()
        self._left_ms = max(0, min(MAX_MINUTES * 60_000, left + minutes * 60_000))
        self._clock.restart()
        if self._left_ms > 0:
            self.ended = False
            self._stop_flash()
        self.changed.emit()

    def stop(self) -> None:
        self._tick.stop()
        self._stop_flash()

    def _on_tick(self) -> None:
        if self.remaining_ms() <= 0:
            self._tick.stop()
            self._left_ms = 0
            self.ended = True
            self.flashes_left = FLASHES
            self._flash.start()
            QApplication.beep()
            self.finished.emit()
        self.changed.emit()

    def _on_flash(self) -> None:
        self.flashes_left -= 1
        if self.flashes_left <= 0:
            self._flash.stop()
        self.changed.emit()

    def _stop_flash(self) -> None:
        self.flashes_left = 0
        self._flash.stop()
