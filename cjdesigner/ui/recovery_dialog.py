"""Asking before anything is recovered: what would come back (how many edits, when the last one
was made, the map itself), and what of the journal could not be read."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from cjdesigner.app.document import Document
from cjdesigner.app.journal import describe_time
from cjdesigner.canvas.scene import MapScene
from cjdesigner.canvas.view import MapView
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
    """Recover (the map opens with the edits, unsaved) or Not Now (kept for a week, then removed)."""

    def __init__(self, recovery: Recovery, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recovery-dialog")
        self.setWindowTitle(self.tr("Recover Unsaved Edits"))
        self.recovery = recovery
        layout = QVBoxLayout(self)
        name = recovery.file or self.tr("an untitled map (%1)").replace("%1", recovery.title or self.tr("no title"))
        if recovery.edits == 1:
            text = self.tr("cjdesigner closed before %1 was saved. 1 edit can be brought back; it was made on %2.")
        else:
            text = self.tr("cjdesigner closed before %1 was saved. %3 edits can be brought back; the last one was made on %2.")
        when = describe_time(recovery.last_time)
        self.summary = QLabel(text.replace("%1", name).replace("%2", when).replace("%3", str(recovery.edits)))
        self.summary.setObjectName("recovery-summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        if recovery.problems:
            unread = QLabel(self.tr("Part of the record could not be read, and is left out: %1").replace("%1", " ".join(recovery.problems)))
            unread.setObjectName("recovery-problems")
            unread.setWordWrap(True)
            layout.addWidget(unread)
        if recovery.project is not None:
            self.preview = MapPreview(recovery.project, self)
            layout.addWidget(self.preview, 1)
        note = QLabel(self.tr("The map opens with these edits, unsaved: your file changes only when you save. "
                              "If you choose Not Now, the edits are kept for 7 days."))
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(self)
        self.recover_button = buttons.addButton(self.tr("&Recover"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.recover_button.setObjectName("recover")
        self.recover_button.setEnabled(recovery.project is not None)
        later = buttons.addButton(self.tr("&Not Now"), QDialogButtonBox.ButtonRole.RejectRole)
        later.setObjectName("not-now")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 560)


def offer(recoveries: list[Recovery], parent: QWidget, recover) -> int:
    """Ask about each recovery in turn; `recover(recovery)` brings one back and returns False to
    stop asking. Declined ones are marked so. Returns how many were recovered."""
    from cjdesigner.app.journal import decline

    count = 0
    for recovery in recoveries:
        dialog = RecoveryDialog(recovery, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if not accepted:
            decline(recovery)
            continue
        if not recover(recovery):
            break
        count += 1
    return count


