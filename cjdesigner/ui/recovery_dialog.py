"""Asking before anything is recovered: what would come back (how many edits, when the last one
was made, the map itself), and what of the journal could not be read."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from cjdesigner.app.document import Document
from cjdesigner.app.journal import describe_time
from cjdesigner.canvas.scene import MapScene
from cjdesigner.canvas.view import MapView
from cjdesigner.i18n import number
from cjdesigner.io.journal import Recovery
from cjdesigner.model.document import Project


class MapPreview(MapView):
    """A map to look at, not to edit: an earlier version, or the map as it would be recovered."""

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        self._document = Document(project)
        self.map_scene = MapScene(self._document)  # a view does not keep its scene alive
        super().__init__(self.map_scene, parent)
        self._document.setParent(self)
        self.map_scene.setParent(self)
        self.setInteractive(False)
        self.setMinimumSize(520, 320)
        QTimer.singleShot(0, self.zoom_fit)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.zoom_fit()


class RecoveryDialog(QDialog):
    """Recover (the map opens with the edits, unsaved) or Not Now (kept for a week, then removed).

    When the map's file changed on disk after the edits began, recovering them into it would bring
    back the older version and a save would silently drop that change; so the choice is then to
    recover them as a separate, untitled map, or to open the file as it is now (the edits are kept).
    `choice` says which: "recover", "separate", "current" or "later"."""

    def __init__(self, recovery: Recovery, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recovery-dialog")
        self.setWindowTitle(self.tr("Recover Unsaved Edits"))
        self.recovery = recovery
        self.choice = "later"
        layout = QVBoxLayout(self)
        name = recovery.file or self.tr("an untitled map (%1)").replace("%1", recovery.title or self.tr("no title"))
        if recovery.edits == 1:
            text = self.tr("cjdesigner closed before %1 was saved. 1 edit can be brought back; it was made on %2.")
        else:
            text = self.tr("cjdesigner closed before %1 was saved. %3 edits can be brought back; the last one was made on %2.")
        when = describe_time(recovery.last_time)
        self.summary = QLabel(text.replace("%1", name).replace("%2", when).replace("%3", number(recovery.edits)))
        self.summary.setObjectName("recovery-summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.base_changed = recovery.base_changed()
        if self.base_changed:
            changed = QLabel(self.tr("%1 was changed on disk after these edits began. Recovering them into it would "
                                     "bring back the older version, and saving would lose that change.")
                             .replace("%1", name))
            changed.setObjectName("recovery-base-changed")
            changed.setWordWrap(True)
            changed.setStyleSheet("font-weight: bold;")
            layout.addWidget(changed)
        if recovery.problems:
            unread = QLabel(self.tr("Part of the record could not be read, and is left out: %1").replace("%1", " ".join(recovery.problems)))
            unread.setObjectName("recovery-problems")
            unread.setWordWrap(True)
            layout.addWidget(unread)
        if recovery.project is not None:
            self.preview = MapPreview(recovery.project, self)
            layout.addWidget(self.preview, 1)
        if self.base_changed:
            note = QLabel(self.tr("Recover as a Separate Map opens the edits as a new, untitled map: save it under "
                                  "another name and compare. Open the File as It Is Now keeps the edits for 7 days."))
        else:
            note = QLabel(self.tr("The map opens with these edits, unsaved: your file changes only when you save. "
                                  "If you choose Not Now, the edits are kept for 7 days."))
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(self)
        if self.base_changed:
            choices = [(self.tr("Recover as a &Separate Map"), QDialogButtonBox.ButtonRole.AcceptRole, "separate"),
                       (self.tr("Open the File as It Is &Now"), QDialogButtonBox.ButtonRole.AcceptRole, "current")]
        else:
            choices = [(self.tr("&Recover"), QDialogButtonBox.ButtonRole.AcceptRole, "recover")]
        for text, role, choice in choices:
            button = buttons.addButton(text, role)
            button.setObjectName("recover" if choice == "recover" else f"recover-{choice}")
            button.setEnabled(recovery.project is not None or choice == "current")
            button.clicked.connect(lambda _=False, choice=choice: self._choose(choice))
        self.recover_button = buttons.buttons()[0]
        later = buttons.addButton(self.tr("&Not Now"), QDialogButtonBox.ButtonRole.RejectRole)
        later.setObjectName("not-now")
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 560)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()


def offer(recoveries: list[Recovery], parent: QWidget, recover) -> int:
    """Ask about each recovery in turn; `recover(recovery, choice)` brings one back ("recover",
    "separate") or opens its file as it is now ("current"), and returns False to stop asking.
    Declined ones are marked so, unless the app is being ended by the system (logout), which
    closes the question without an answer. Returns how many were recovered."""
    from PySide6.QtCore import QCoreApplication

    from cjdesigner.app.journal import decline

    count = 0
    for recovery in recoveries:
        dialog = RecoveryDialog(recovery, parent)
        dialog.exec()
        choice = dialog.choice
        dialog.deleteLater()
        if QCoreApplication.instance() is not None and QCoreApplication.instance().property("terminating"):
            break
        if choice == "later":
            decline(recovery)
            continue
        if not recover(recovery, choice):
            break
        count += choice != "current"
    return count
