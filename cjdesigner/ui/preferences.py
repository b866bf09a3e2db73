"""The interface language: which translators are loaded, and the Preferences dialog that changes it.

The language follows the system locale unless the user chose one (setting "language": "fr" or
"en"). Two translators are loaded: cjdesigner's own and Qt's (`qtbase_fr`, shipped inside PySide6),
without which Qt's own buttons (Save, Discard, Cancel…) stay English. The Qt-free layers speak the
same language through `cjdesigner.i18n.install`.

A change applies at once: the main window is rebuilt around the same session (the open document,
its undo history and the current journey live in the session, so nothing is lost), where it stood.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from cjdesigner import i18n
from cjdesigner.i18n import QT_TRANSLATE_NOOP, in_language
from cjdesigner.resources import translation_file

if TYPE_CHECKING:
    from cjdesigner.ui.main_window import MainWindow

SETTING = "language"
CHOICES = ("system", "fr", "en")

_translators: list[QTranslator] = []
_windows: list[MainWindow] = []  # the window a language change built; Python must keep it alive


def chosen_language(settings: QSettings) -> str:
    """"system", "fr" or "en" as stored; anything else reads as "system"."""
    value = str(settings.value(SETTING, "system"))
    return value if value in CHOICES else "system"


def effective_language(choice: str) -> str:
    """The language the interface speaks for a choice: the system locale's when "system"."""
    if choice in i18n.LANGUAGES:
        return choice
    return "fr" if QLocale.system().name().lower().startswith("fr") else "en"


def install_translators(language: str) -> None:
    """Replaces the loaded translators by those of `language`; Qt then retranslates what listens."""
    app = QCoreApplication.instance()
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    files = [translation_file(f"cjdesigner_{language}.qm")]
    if language != "en":
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        files.append(_existing(f"{qt_folder}/qtbase_{language}.qm"))
    for path in files:
        translator = QTranslator(app)
        if path is not None and translator.load(str(path)):
            app.installTranslator(translator)
            _translators.append(translator)
    QLocale.setDefault(QLocale(QLocale.Language.French if language == "fr" else QLocale.Language.English))
    i18n.install(lambda context, text, disambiguation=None, n=-1: QCoreApplication.translate(context, text, disambiguation, n), language)


# Qt 6's file dialog labels carry a mnemonic its own French catalogue lacks ("Look in:" is there,
# "&Look in:" is not), so they stayed English; cjdesigner's catalogue answers for them.
QT_CATALOGUE_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


def apply_settings(settings: QSettings) -> str:
    """Loads the translators the settings ask for; returns the language now spoken."""
    language = effective_language(chosen_language(settings))
    install_translators(language)
    return language


def _existing(path: str) -> str | None:
    from pathlib import Path

    return path if Path(path).is_file() else None


class PreferencesDialog(QDialog):
    """The interface language: the system's, French or English; a choice applies at once."""

    languageChanged = Signal(str)

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferences-dialog")
        self.settings = settings
        self.language = QComboBox()
        self.language.setObjectName("language-choice")
        self.label = QLabel()
        self.label.setBuddy(self.language)
        self.note = QLabel()
        self.note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.label, self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.retranslate()
        self.language.activated.connect(self._chosen)

    def retranslate(self) -> None:
        """Every text of the dialog in the language just loaded (the dialog stays open on a change)."""
        self.setWindowTitle(self.tr("Preferences"))
        self.label.setText(self.tr("Interface &language:"))
        self.note.setText(self.tr("The maps keep their own language; new maps are made in the interface's."))
        choice = chosen_language(self.settings)
        self.language.blockSignals(True)
        self.language.clear()
        self.language.addItem(self.tr("System default (%1)").replace("%1", _language_name(effective_language("system"))), "system")
        self.language.addItem(_language_name("fr"), "fr")
        self.language.addItem(_language_name("en"), "en")
        self.language.setCurrentIndex(max(0, self.language.findData(choice)))
        self.language.blockSignals(False)
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)  # recreated in Qt's new language

    def _chosen(self, index: int) -> None:
        choice = str(self.language.itemData(index))
        if choice == chosen_language(self.settings):
            return
        self.settings.setValue(SETTING, choice)
        language = apply_settings(self.settings)
        self.retranslate()
        self.languageChanged.emit(language)


def _language_name(language: str) -> str:
    """Each language named in itself, as language menus do, so a reader finds their own: each
    catalogue says what "English" is called in its language."""
    return in_language(language, "language names", QT_TRANSLATE_NOOP("language names", "English"))


def open_preferences(window: MainWindow) -> None:
    dialog = PreferencesDialog(window.settings, window)
    dialog.languageChanged.connect(lambda _language: _move_dialog(dialog, rebuild_window(window)))
    dialog.exec()
    dialog.deleteLater()


def _move_dialog(dialog: QDialog, window: QWidget) -> None:
    dialog.setParent(window, dialog.windowFlags())


def rebuild_window(old: MainWindow) -> MainWindow:
    """A new main window in the language just loaded, around the same session, where the old one stood."""
    from cjdesigner.ui.main_window import MainWindow

    old.settings.setValue("window/geometry", old.saveGeometry())
    old.settings.setValue("window/state", old.saveState())
    window = MainWindow(old.session)
    window.setWindowState(old.windowState())
    if old.isVisible():
        window.show()
    old.hide()
    old.deleteLater()
    _windows[:] = [window]
    return window
