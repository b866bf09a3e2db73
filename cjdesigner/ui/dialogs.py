"""Dialogs: a new map from a template, and the question before unsaved changes are thrown away."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from cjdesigner.io.templates import TEMPLATES
from cjdesigner.model.vocabulary import Language


class NewMapDialog(QDialog):
    """Choose a template and a language; the sample map is offered too."""

    SAMPLE = "__sample__"

    def __init__(self, language: Language = Language.EN, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("new-map-dialog")
        self.setWindowTitle(self.tr("New Map"))
        self.templates = QListWidget()
        self.templates.setObjectName("template-list")
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setMinimumHeight(48)
        self.language = QComboBox()
        self.language.setObjectName("template-language")
        self.language.addItem("Français", Language.FR)
        self.language.addItem("English", Language.EN)
        self.language.setCurrentIndex(self.language.findData(language))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("&Start from a template:"))
        label.setBuddy(self.templates)
        layout.addWidget(label)
        layout.addWidget(self.templates)
        layout.addWidget(self.description)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.language.currentIndexChanged.connect(self._fill)
        self.templates.currentItemChanged.connect(self._describe)
        self.templates.itemDoubleClicked.connect(lambda *_: self.accept())
        self._fill()
        self.resize(460, 420)

    def _fill(self) -> None:
        language = self.chosen_language()
        current = self.chosen_template()
        self.templates.clear()
        for name, template in TEMPLATES.items():
            item = QListWidgetItem(template.title[language])
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setToolTip(template.description[language])
            self.templates.addItem(item)
        sample = QListWidgetItem(self.tr("Sample map (French e-commerce journey)"))
        sample.setData(Qt.ItemDataRole.UserRole, self.SAMPLE)
        self.templates.addItem(sample)
        rows = [self.templates.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.templates.count())]
        self.templates.setCurrentRow(rows.index(current) if current in rows else 0)

    def _describe(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        name = item.data(Qt.ItemDataRole.UserRole)
        template = TEMPLATES.get(name)
        self.description.setText(template.description[self.chosen_language()] if template else self.tr("A real map to explore."))

    def chosen_template(self) -> str | None:
        item = self.templates.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def chosen_language(self) -> Language:
        return self.language.currentData() or Language.EN


def ask_text(parent: QWidget, title: str, label: str, text: str) -> str | None:
    """One line of text, such as a journey's title, in a field wide enough to read a real title
    (about 50 characters) whole. None when cancelled."""
    dialog = QInputDialog(parent)
    dialog.setObjectName("ask-text")
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextValue(text)
    for field in dialog.findChildren(QLineEdit):
        field.ensurePolished()
        field.setMinimumWidth(field.fontMetrics().horizontalAdvance("n" * 50))
        field.selectAll()
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.textValue()


def ask_to_save(parent: QWidget, name: str) -> QMessageBox.StandardButton:
    """Save, Discard or Cancel; Escape means Cancel."""
    box = QMessageBox(parent)
    box.setObjectName("save-changes")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("dialogs", "Unsaved changes"))
    box.setText(QCoreApplication.translate("dialogs", "Save the changes to “%1” before closing?").replace("%1", name))
    box.setInformativeText(QCoreApplication.translate("dialogs", "If you don't save, your changes will be lost."))
    box.setStandardButtons(
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    return QMessageBox.StandardButton(box.exec())


def preferred_filter(filters: dict[str, str], language: Language) -> str:
    """The save dialog's file type whose delimiter suits the user: where the system writes decimals
    with a comma, spreadsheets expect semicolons. `filters` maps each file type to its delimiter."""
    from cjdesigner.io.csv_cards import default_delimiter

    system = QLocale.system()
    point = None if system.name() in ("C", "POSIX") else system.decimalPoint()
    preferred = default_delimiter(point, language)
    return next((name for name, delimiter in filters.items() if delimiter == preferred), next(iter(filters)))
