"""The File menu: the questions and messages around the session's open, save, revert and close, and
the spreadsheet import and export; and the questions that keep work safe: a map someone else has
open, a file changed on disk, edits a crash left unsaved, earlier versions.

The session does the work and raises a sentence when it cannot; this module asks ("save changes?",
"where?") and shows what went wrong. A failed save always leaves the window open with the edits.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from cjdesigner.app import lock
from cjdesigner.app.disk_watch import DiskWatch
from cjdesigner.app.journal import JournalHook, for_file
from cjdesigner.app.lock import LockHook
from cjdesigner.app.session import Session
from cjdesigner.io.errors import CsvError, LoadError, SaveError
from cjdesigner.ui import dialogs
from cjdesigner.ui.banner import Banner

if TYPE_CHECKING:
    from cjdesigner.ui.main_window import MainWindow


class FileActions(QObject):
    def __init__(self, window: MainWindow, session: Session) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        watch = session.hook(DiskWatch)
        if watch is not None:
            watch.changedOnDisk.connect(self.changed_on_disk)
        self.banner = Banner("journal-banner", self.tr("Recovery warning"), window)
        journal = session.hook(JournalHook)
        if journal is not None:
            journal.on_problem = self.journal_failed
            if journal.problem:  # found before this window listened (at start): said now
                self.journal_failed(journal.problem)
        locks = session.hook(LockHook)
        if locks is not None:
            locks.on_unlocked = self.not_locked

    def journal_failed(self, problem: str) -> None:
        """Said at once, without interrupting the edit, in the status bar and in a banner that stays
        until the data folder takes journals again: a crash could cost the edits since the last save."""
        journal = self.session.hook(JournalHook)
        if not problem or journal is None:
            if not self.banner.isHidden():
                self.window.statusBar().showMessage(self.tr("Edits are recorded for recovery again."), 8000)
            self.banner.say("")
            return
        if journal.writing_to is not None:
            sentence = self.tr("Edits cannot be recorded for recovery in your data folder (%1). They are recorded in "
                               "%2 instead, which may be emptied when the computer restarts: save often until this is fixed.")
            sentence = sentence.replace("%2", str(journal.writing_to))
        else:
            sentence = self.tr("Edits cannot be recorded for recovery (%1): a crash would lose the edits made since "
                               "the last save. Save often until this is fixed.")
        sentence = sentence.replace("%1", problem)
        self.banner.say(sentence)
        self.window.statusBar().showMessage(sentence, 30000)

    def not_locked(self, path: Path) -> None:
        sentence = self.tr("%1 is not locked: another cjdesigner could open and save it at the same time.")
        self.window.statusBar().showMessage(sentence.replace("%1", path.name), 15000)

    def file_filter(self) -> str:
        return self.tr("Journey maps (*.cjmap);;All files (*)")

    def display_name(self) -> str:
        name = self.session.display_name(self.tr("Untitled"))
        return self.tr("%1 (read-only)").replace("%1", name) if self.session.read_only else name

    # --- open, new, close ---------------------------------------------------------------------

    def maybe_save(self) -> bool:
        """True when it is safe to throw the current document away. A phone round still open is
        recorded first, so its dots are asked about like any unsaved edit."""
        from cjdesigner.ui.presentation.phone_voting import record_phone_rounds

        record_phone_rounds([self.window])
        if not self.session.modified:
            return True
        answer = dialogs.ask_to_save(self.window, self.display_name())
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def new_map(self) -> None:
        if not self.maybe_save():
            return
        dialog = dialogs.NewMapDialog(self.session.document.project.language, self.window)
        if dialog.exec() != dialogs.QDialog.DialogCode.Accepted:
            return
        from cjdesigner.io.sample import sample_project
        from cjdesigner.io.templates import project_from_template

        name = dialog.chosen_template()
        project = sample_project() if name == dialog.SAMPLE else project_from_template(name or "ecommerce", dialog.chosen_language())
        self.session.new(project)

    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        path = self.session.path
        start = str(path.parent) if path else ""
        chosen, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open Map"), start, self.file_filter())
        if chosen:
            self.open_path(Path(chosen), ask=False)

    def open_path(self, path: Path, ask: bool = True, offer: bool = True) -> bool:
        """`offer`: then ask about edits to this map a crash or a Not Now left unsaved."""
        if ask and not self.maybe_save():
            return False
        how = "open"
        hook = self.session.hook(LockHook)
        owner = lock.held_by_other(path) if hook is not None else None
        if owner is not None:
            how = self.ask_locked(path, owner)
            if how == "cancel":
                return False
            if how == "open" and hook is not None:
                hook.agree_to_take_over(path, owner)
        elif hook is not None and lock.obstacle(path) is not None:
            how = self.ask_unlockable(path, lock.obstacle(path))
            if how == "cancel":
                return False
        try:
            if how == "copy":
                self.session.open_copy(path)
                return True
            self.session.open(path, read_only=how == "read-only")
        except LoadError as error:
            sentence = self.tr("%1 cannot be opened: %2").replace("%1", path.name).replace("%2", error.sentence)
            QMessageBox.critical(self.window, self.tr("Cannot open map"), sentence)
            return False
        if how != "read-only" and offer:
            self.offer_recovery(path)
        return True

    def ask_unlockable(self, path: Path, obstacle: lock.Obstacle | None) -> str:
        """"read-only", "open" (unlocked) or "cancel": something that is not a lock is where the
        lock goes, so another cjdesigner would not know this one has the map open."""
        name = lock.lock_path(path).name
        if obstacle == "folder":
            reason = self.tr("a folder named %1 is where its lock file goes").replace("%1", name)
        else:
            reason = self.tr("%1, where its lock file goes, is not a cjdesigner lock file").replace("%1", name)
        text = self.tr("%1 cannot be locked: %2.").replace("%1", path.name).replace("%2", reason)
        informative = self.tr("Without a lock, someone else can open and save this map at the same time, and one "
                              "of you would overwrite the other's work. Open it read-only, or edit it anyway "
                              "if you are sure nobody else does.")
        return self._warn_and_choose("map-unlockable", self.tr("Map cannot be locked"), text, informative, [
            (self.tr("Open &Read-Only"), QMessageBox.ButtonRole.AcceptRole, "lock-read-only"),
            (self.tr("&Edit Anyway"), QMessageBox.ButtonRole.DestructiveRole, "lock-open"),
        ])

    def _warn_and_choose(self, name: str, title: str, text: str, informative: str,
                         buttons: list[tuple[str, QMessageBox.ButtonRole, str]]) -> str:
        """A warning with choices and Cancel; returns the name of the button clicked, with its
        "lock-" prefix dropped, or "cancel"."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, "", QMessageBox.StandardButton.NoButton, self.window)
        box.setObjectName(name)
        box.setText(text)
        box.setInformativeText(informative)
        choices = {box.addButton(label, role): button_name for label, role, button_name in buttons}
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        cancel.setObjectName("lock-cancel" if buttons[0][2].startswith("lock-") else "cancel")
        for button, button_name in choices.items():
            button.setObjectName(button_name)
        box.exec()
        return choices.get(box.clickedButton(), "cancel").removeprefix("lock-")

    def ask_locked(self, path: Path, owner: lock.Owner) -> str:
        """"open" (take it over), "read-only", "copy" or "cancel"."""
        since = owner.since_local()
        when = since.strftime("%Y-%m-%d %H:%M") if since else owner.since
        text = (self.tr("%1 is open for editing by %2 on the computer %3 since %4.")
                .replace("%1", path.name).replace("%2", owner.user).replace("%3", owner.host).replace("%4", when))
        informative = self.tr("Open it read-only, open a copy of it, or take it over: "
                              "if you both save, one of you will overwrite the other's work.")
        return self._warn_and_choose("map-in-use", self.tr("Map in use"), text, informative, [
            (self.tr("Open &Read-Only"), QMessageBox.ButtonRole.AcceptRole, "lock-read-only"),
            (self.tr("Open a &Copy"), QMessageBox.ButtonRole.ActionRole, "lock-copy"),
            (self.tr("&Take Over"), QMessageBox.ButtonRole.DestructiveRole, "lock-open"),
        ])

    def offer_recovery(self, path: Path) -> int:
        """Edits to this map that a crash (or a declined recovery) left unsaved, wherever the
        journal was written (the data folder or the fallback)."""
        hook = self.session.hook(JournalHook)
        if hook is None:
            return 0
        from cjdesigner.ui.recovery_dialog import offer

        return offer(for_file(path, hook.folders), self.window, self.recover)

    def offer_recoveries(self, recoveries) -> int:
        from cjdesigner.ui.recovery_dialog import offer

        return offer(recoveries, self.window, lambda r, choice: self.maybe_save() and self.recover(r, choice))

    def recover(self, recovery, choice: str = "recover") -> bool:
        """`choice` as the recovery dialog's: "current" opens the map's file as it is now and keeps
        the edits (declined: offered again when the map is opened)."""
        from cjdesigner.app.journal import decline

        if choice == "current" and recovery.file is not None:
            decline(recovery)
            return self.open_path(Path(recovery.file), ask=False, offer=False)
        document = self.session.recover(recovery, self.tr("Recover unsaved edits"), separate=choice == "separate")
        if document.path is None and recovery.file is not None and recovery.base_changed():
            sentence = self.tr("Recovered edits in a separate, untitled map: %1 on disk is unchanged; save them under another name.")
            self.window.statusBar().showMessage(sentence.replace("%1", Path(recovery.file).name), 15000)
        else:
            self.window.statusBar().showMessage(self.tr("Recovered edits: the map is not saved yet"), 8000)
        return True

    def changed_on_disk(self, path: Path) -> None:
        """Someone else's change to the open file: reload it, or keep this version (then saving asks)."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Map changed on disk"), "", QMessageBox.StandardButton.NoButton, self.window)
        box.setObjectName("changed-on-disk")
        box.setText(self.tr("%1 was changed on disk by another program or person.").replace("%1", path.name))
        if self.session.modified:
            box.setInformativeText(self.tr("Reload it? Your unsaved edits are not lost: they are kept for 7 days and "
                                           "offered again when you open this map (or see `cjdesigner recover`)."))
        else:
            box.setInformativeText(self.tr("Reload it to see the changes?"))
        reload = box.addButton(self.tr("&Reload"), QMessageBox.ButtonRole.AcceptRole)
        reload.setObjectName("reload")
        keep = box.addButton(self.tr("&Keep My Version"), QMessageBox.ButtonRole.RejectRole)
        keep.setObjectName("keep")
        box.exec()
        if box.clickedButton() is not reload:
            return
        try:
            self.session.revert()
        except LoadError as error:
            QMessageBox.critical(self.window, self.tr("Cannot open map"), error.sentence)

    def close_map(self) -> None:
        if not self.maybe_save():
            return
        from cjdesigner.io.templates import project_from_template

        self.session.close(project_from_template("ecommerce", self.session.document.project.language))

    def revert(self) -> None:
        """Back to the file as saved, after a question: unsaved edits go."""
        if self.session.path is None or not self.session.modified:
            return
        answer = QMessageBox.question(
            self.window,
            self.tr("Revert to Saved"),
            self.tr("Drop the changes made since %1 was last saved?").replace("%1", self.display_name()),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.session.revert()
        except LoadError as error:
            QMessageBox.critical(self.window, self.tr("Cannot open map"), error.sentence)

    # --- save -----------------------------------------------------------------------------

    def save(self) -> bool:
        if self.session.path is None or self.session.read_only:
            return self.save_as()
        return self.save_to(self.session.path)

    def save_as(self) -> bool:
        path = self.session.path
        suggested = str(path) if path else f"{self.display_name()}.cjmap"
        chosen, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save Map As"), suggested, self.file_filter())
        if not chosen:
            return False
        target = Path(chosen)
        if target.suffix != ".cjmap":
            target = target.with_name(target.name + ".cjmap")
        return self.save_to(target)

    def save_to(self, path: Path) -> bool:
        """Save, or say why not; a failed save leaves the document open and modified, whatever the cause."""
        question = self.someone_else_s_work(path)
        if question:
            answer = self.ask_overwrite(path, question)
            if answer == "save-as":
                return self.save_as()
            if answer != "replace":
                return False
        try:
            self.session.save(path)
        except SaveError as error:
            QMessageBox.critical(self.window, self.tr("Cannot save map"), error.sentence)
            return False
        except (OSError, ValueError) as error:
            sentence = self.tr("could not save %1: an unexpected problem stopped the save (%2); your changes are still here, unsaved")
            QMessageBox.critical(self.window, self.tr("Cannot save map"), sentence.replace("%1", str(path)).replace("%2", type(error).__name__))
            return False
        self.window.statusBar().showMessage(self.tr("Saved %1").replace("%1", str(path)), 4000)
        return True

    def someone_else_s_work(self, path: Path) -> str:
        """Why saving over `path` could overwrite someone else's work, or "" when it cannot."""
        if path != self.session.path:
            return ""
        watch = self.session.hook(DiskWatch)
        if watch is not None and watch.changed_since_known():
            return self.tr("%1 was changed on disk since you opened it.").replace("%1", path.name)
        owner = lock.held_by_other(path) if self.session.hook(LockHook) is not None else None
        if owner is not None:
            return self.tr("%1 took %2 over on the computer %3; they may be changing it now.").replace(
                "%1", owner.user).replace("%2", path.name).replace("%3", owner.host)
        return ""

    def ask_overwrite(self, path: Path, question: str) -> str:
        """"replace", "save-as" or "cancel": never overwrite someone else's work silently."""
        informative = self.tr("Replace it with your version? The version on disk is kept in File → Version History.")
        return self._warn_and_choose("overwrite-changed", self.tr("Map changed on disk"), question, informative, [
            (self.tr("&Replace"), QMessageBox.ButtonRole.DestructiveRole, "replace"),
            (self.tr("Save &As…"), QMessageBox.ButtonRole.AcceptRole, "save-as"),
        ])

    def version_history(self) -> None:
        from cjdesigner.app.versions import VersionsHook
        from cjdesigner.ui.version_history import VersionHistoryDialog

        hook = self.session.hook(VersionsHook)
        if hook is None or self.session.path is None:
            QMessageBox.information(self.window, self.tr("Version History"),
                                    self.tr("Earlier versions are kept from the first time a map is saved."))
            return
        dialog = VersionHistoryDialog(self.session, hook.root, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.window.version_dialog = dialog
        dialog.open()

    # --- recent files -----------------------------------------------------------------------

    def fill_recent(self) -> None:
        menu = self.window.recent_menu
        menu.clear()
        for path in self.session.recent_files():
            action = menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.setEnabled(Path(path).exists())
            action.triggered.connect(lambda _=False, path=path: self.open_path(Path(path)))
        if not menu.actions():
            menu.addAction(self.tr("No recent maps")).setEnabled(False)

    # --- spreadsheets and exports --------------------------------------------------------------

    def import_csv(self) -> None:
        from cjdesigner.io.csv_cards import import_summary, read_card_rows

        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import Cards from CSV"), "", self.tr("CSV and text files (*.csv *.tsv *.txt);;All files (*)")
        )
        if not path:
            return
        document = self.session.document
        try:
            cards = read_card_rows(path, document.project.language)
            summary = import_summary(document.project, document.journey_id, cards.rows).sentence()
        except CsvError as error:
            sentences = error.all_sentences()
            more = self.tr("\n… and %1 more").replace("%1", str(len(sentences) - 12)) if len(sentences) > 12 else ""
            text = self.tr("These rows need fixing first:\n") + "\n".join(sentences[:12]) + more
            QMessageBox.warning(self.window, self.tr("Nothing imported"), text)
            return
        except LoadError as error:
            QMessageBox.warning(self.window, self.tr("Nothing imported"), error.sentence)
            return
        if not self.session.verbs.import_card_rows(cards.rows):
            return
        done = self.tr("Import from CSV: %1.").replace("%1", summary)
        self.window.statusBar().showMessage(done, 10000)
        if cards.warnings:
            QMessageBox.information(self.window, self.tr("Cards imported"), "\n\n".join([done, *cards.warnings]))

    def export_csv(self) -> None:
        from cjdesigner.io.csv_cards import write_csv

        document = self.session.document
        filters = {
            self.tr("CSV, comma-separated (*.csv)"): ",",
            self.tr("CSV, semicolon-separated (*.csv)"): ";",
            self.tr("Tab-separated text (*.tsv *.txt)"): "\t",
        }
        chosen = dialogs.preferred_filter(filters, document.project.language)
        preferred = filters[chosen]
        name = (document.journey.title or "journey") + ".csv"
        path, chosen = QFileDialog.getSaveFileName(self.window, self.tr("Export Cards to CSV"), name, ";;".join(filters), chosen)
        if not path:
            return
        try:
            warnings = write_csv(document.project, document.journey_id, path, filters.get(chosen, preferred))
        except SaveError as error:
            QMessageBox.critical(self.window, self.tr("Cannot export"), error.sentence)
            return
        done = self.tr("Exported the cards to %1").replace("%1", path)
        if warnings:
            QMessageBox.information(self.window, self.tr("Cards exported"), "\n\n".join([done, *warnings]))
        self.window.statusBar().showMessage(done, 4000)

    def export_map(self) -> None:
        from cjdesigner.ui.export_dialog import ExportDialog

        dialog = ExportDialog(self.session.document, self.session.settings, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.window.export_dialog = dialog
        dialog.open()
