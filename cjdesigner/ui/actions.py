"""Every action of the app, declared once: stable id (the objectName), text, keys, icon.

A standard key that the platform leaves empty gets the explicit fallback, so Quit is always
Ctrl+Q and Save As always has a key.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

from cjdesigner.app.icons import icon
from cjdesigner.i18n import QT_TRANSLATE_NOOP

COVERAGE_SETTING = "view/evidence_coverage"  # View → Evidence Coverage, which every view of the map follows

Std = QKeySequence.StandardKey


@dataclass(frozen=True)
class ActionSpec:
    id: str
    text: str
    standard: QKeySequence.StandardKey | None = None
    fallback: tuple[str, ...] = ()
    icon: str | None = None
    tip: str = ""
    checkable: bool = False


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("file.new", QT_TRANSLATE_NOOP("actions", "&New…"), Std.New, ("Ctrl+N",), "document-new", QT_TRANSLATE_NOOP("actions", "Create a map from a template")),
    ActionSpec("file.open", QT_TRANSLATE_NOOP("actions", "&Open…"), Std.Open, ("Ctrl+O",), "document-open", QT_TRANSLATE_NOOP("actions", "Open a map file")),
    ActionSpec("file.save", QT_TRANSLATE_NOOP("actions", "&Save"), Std.Save, ("Ctrl+S",), "document-save", QT_TRANSLATE_NOOP("actions", "Save the map")),
    ActionSpec("file.save_as", QT_TRANSLATE_NOOP("actions", "Save &As…"), Std.SaveAs, ("Ctrl+Shift+S",), "document-save-as"),
    ActionSpec("file.revert", QT_TRANSLATE_NOOP("actions", "Re&vert to Saved"), None, ()),
    ActionSpec("file.versions", QT_TRANSLATE_NOOP("actions", "Version &History…"), None, (), None, QT_TRANSLATE_NOOP("actions", "Earlier versions of the map, kept at each save")),
    ActionSpec("file.compare", QT_TRANSLATE_NOOP("actions", "Co&mpare With…"), None, (), None, QT_TRANSLATE_NOOP("actions", "See on the map what changed since another file, a saved version or another journey")),
    ActionSpec("file.leave_compare", QT_TRANSLATE_NOOP("actions", "&Leave Compare Mode"), None, ("Esc",), None, QT_TRANSLATE_NOOP("actions", "Back to editing the map")),
    ActionSpec("file.merge", QT_TRANSLATE_NOOP("actions", "Mer&ge…"), None, (), None, QT_TRANSLATE_NOOP("actions", "Bring another version's changes into this map, from the version both started from")),
    ActionSpec("file.close", QT_TRANSLATE_NOOP("actions", "&Close"), Std.Close, ("Ctrl+W",)),
    ActionSpec("file.import", QT_TRANSLATE_NOOP("actions", "&Import…"), None, ("Ctrl+I",), None, QT_TRANSLATE_NOOP("actions", "Bring in a map from CSV, Excel, Mermaid or Enablement Map Studio")),
    ActionSpec("file.import_csv", QT_TRANSLATE_NOOP("actions", "&Import Cards from CSV…"), None, ("Ctrl+Shift+I",)),
    ActionSpec("file.export_csv", QT_TRANSLATE_NOOP("actions", "&Export Cards to CSV…"), None, ("Ctrl+Shift+E",)),
    ActionSpec("file.export", QT_TRANSLATE_NOOP("actions", "E&xport Map…"), None, ("Ctrl+E",), None, QT_TRANSLATE_NOOP("actions", "Export the journey as a PDF, an image, slides or a spreadsheet")),
    ActionSpec("file.quit", QT_TRANSLATE_NOOP("actions", "&Quit"), Std.Quit, ("Ctrl+Q",)),
    ActionSpec("edit.undo", QT_TRANSLATE_NOOP("actions", "&Undo"), Std.Undo, ("Ctrl+Z",), "edit-undo"),
    ActionSpec("edit.redo", QT_TRANSLATE_NOOP("actions", "&Redo"), Std.Redo, ("Ctrl+Shift+Z", "Ctrl+Y"), "edit-redo"),
    ActionSpec("edit.cut", QT_TRANSLATE_NOOP("actions", "Cu&t"), Std.Cut, ("Ctrl+X",), "edit-cut"),
    ActionSpec("edit.copy", QT_TRANSLATE_NOOP("actions", "&Copy"), Std.Copy, ("Ctrl+C",), "edit-copy"),
    ActionSpec("edit.paste", QT_TRANSLATE_NOOP("actions", "&Paste"), Std.Paste, ("Ctrl+V",), "edit-paste"),
    ActionSpec("edit.delete", QT_TRANSLATE_NOOP("actions", "&Delete"), Std.Delete, ("Del",), "edit-delete"),
    ActionSpec("edit.select_all", QT_TRANSLATE_NOOP("actions", "Select &All"), Std.SelectAll, ("Ctrl+A",)),
    ActionSpec("edit.edit_text", QT_TRANSLATE_NOOP("actions", "&Edit Text or Name"), None, ("F2",), None, QT_TRANSLATE_NOOP("actions", "Edit the card's text, or rename the stage or lane, in place")),
    ActionSpec("edit.add_card", QT_TRANSLATE_NOOP("actions", "Add &Card"), None, ("Ins",), "card-add", QT_TRANSLATE_NOOP("actions", "Add a card in the current cell")),
    ActionSpec("view.zoom_in", QT_TRANSLATE_NOOP("actions", "Zoom &In"), Std.ZoomIn, ("Ctrl++", "Ctrl+="), "zoom-in"),
    ActionSpec("view.zoom_out", QT_TRANSLATE_NOOP("actions", "Zoom &Out"), Std.ZoomOut, ("Ctrl+-",), "zoom-out"),
    ActionSpec("view.zoom_reset", QT_TRANSLATE_NOOP("actions", "&Actual Size"), None, ("Ctrl+0",)),
    ActionSpec("view.zoom_fit", QT_TRANSLATE_NOOP("actions", "&Fit Map to Window"), None, ("Ctrl+9",), "zoom-fit"),
    ActionSpec("view.history", QT_TRANSLATE_NOOP("actions", "Undo &History"), None, ("Ctrl+H",), "history", checkable=True),
    ActionSpec("view.present", QT_TRANSLATE_NOOP("actions", "&Present"), None, ("F5",), None, QT_TRANSLATE_NOOP("actions", "Present the map full screen on the projector, a stage at a time")),
    ActionSpec("view.present_phones", QT_TRANSLATE_NOOP("actions", "Vote from &Phones…"), None, ("Shift+F5",), None, QT_TRANSLATE_NOOP("actions", "Present the map and open a voting page for the room’s phones (Q while presenting)")),
    ActionSpec("view.outline", QT_TRANSLATE_NOOP("actions", "&Outline"), None, ("Ctrl+Shift+O",), None, QT_TRANSLATE_NOOP("actions", "The map as a tree, for the keyboard and screen readers"), checkable=True),
    ActionSpec("view.matrix", QT_TRANSLATE_NOOP("actions", "Impact/Effort &Matrix"), None, ("Ctrl+Shift+M",), None, QT_TRANSLATE_NOOP("actions", "The opportunities placed by impact and effort; drag a dot to rescore it"), checkable=True),
    ActionSpec("view.backlog", QT_TRANSLATE_NOOP("actions", "&Backlog"), None, ("Ctrl+Shift+B",), None, QT_TRANSLATE_NOOP("actions", "The opportunities ranked by impact ÷ effort"), checkable=True),
    ActionSpec("view.high_contrast", QT_TRANSLATE_NOOP("actions", "High &Contrast"), None, (), None, QT_TRANSLATE_NOOP("actions", "Black on white, thicker lines: for projectors and low vision"), checkable=True),
    ActionSpec("view.coverage", QT_TRANSLATE_NOOP("actions", "&Evidence Coverage"), None, (), None, QT_TRANSLATE_NOOP("actions", "A row under the stages: how many cards are validated, partly backed or assumptions"), checkable=True),
    ActionSpec("view.links", QT_TRANSLATE_NOOP("actions", "Show &Links"), None, ("Ctrl+Shift+L",), None, QT_TRANSLATE_NOOP("actions", "Draw a line from each opportunity to the pain points it answers"), checkable=True),
    ActionSpec("view.find", QT_TRANSLATE_NOOP("actions", "&Find Cards"), Std.Find, ("Ctrl+F",), "search"),
    ActionSpec("map.add_stage", QT_TRANSLATE_NOOP("actions", "Add &Stage"), None, (), "stage-add"),
    ActionSpec("map.add_lane", QT_TRANSLATE_NOOP("actions", "Add &Lane"), None, (), "lane-add"),
    ActionSpec("map.add_persona", QT_TRANSLATE_NOOP("actions", "Add &Persona"), None, (), "persona-add"),
    ActionSpec("map.show_hidden_lanes", QT_TRANSLATE_NOOP("actions", "Show &Hidden Lanes")),
    ActionSpec("journey.add", QT_TRANSLATE_NOOP("actions", "&New Journey"), None, (), "journey-add"),
    ActionSpec("journey.rename", QT_TRANSLATE_NOOP("actions", "&Rename Journey…")),
    ActionSpec("journey.duplicate", QT_TRANSLATE_NOOP("actions", "&Duplicate Journey")),
    ActionSpec("journey.delete", QT_TRANSLATE_NOOP("actions", "De&lete Journey")),
    ActionSpec("journey.fork", QT_TRANSLATE_NOOP("actions", "&Fork After This Stage…"), None, (), None, QT_TRANSLATE_NOOP("actions", "Split the journey into paths after the selected stage")),
    ActionSpec("journey.add_loop", QT_TRANSLATE_NOOP("actions", "Add a Return &Arrow…"), None, (), None, QT_TRANSLATE_NOOP("actions", "Draw a labelled arrow back from the selected stage to an earlier one")),
    ActionSpec("journey.open_sub", QT_TRANSLATE_NOOP("actions", "&Open Sub-journey"), None, ("Alt+Down",), None, QT_TRANSLATE_NOOP("actions", "Open the journey the selected stage or card links to")),
    ActionSpec("journey.parent", QT_TRANSLATE_NOOP("actions", "Back to &Parent Journey"), None, ("Alt+Up",), None, QT_TRANSLATE_NOOP("actions", "Go back to the journey this sub-journey opens from")),
    ActionSpec("view.overview", QT_TRANSLATE_NOOP("actions", "Project O&verview"), None, ("Ctrl+Shift+J",), None, QT_TRANSLATE_NOOP("actions", "All journeys of the project as a map of maps, with owners, statuses and reviews"), checkable=True),
    ActionSpec("edit.preferences", QT_TRANSLATE_NOOP("actions", "Pr&eferences…"), Std.Preferences, ("Ctrl+,",)),
    ActionSpec("file.print", QT_TRANSLATE_NOOP("actions", "&Print…"), Std.Print, ("Ctrl+P",), None, QT_TRANSLATE_NOOP("actions", "Print the map, after a preview of its pages")),
    ActionSpec("edit.duplicate", QT_TRANSLATE_NOOP("actions", "Dup&licate"), None, ("Ctrl+D",), None, QT_TRANSLATE_NOOP("actions", "Copy the selected cards next to them")),
    ActionSpec("help.shortcuts", QT_TRANSLATE_NOOP("actions", "&Keyboard Shortcuts"), None, ("Ctrl+/",)),
    ActionSpec("help.guide", QT_TRANSLATE_NOOP("actions", "&User Guide"), Std.HelpContents, ("F1",), None, QT_TRANSLATE_NOOP("actions", "Read the guide, offline")),
    ActionSpec("help.about", QT_TRANSLATE_NOOP("actions", "&About cjdesigner")),
)


def claimed_elsewhere(key: QKeySequence, spec: ActionSpec) -> bool:
    """True when another action names `key` itself: a platform's extra binding for a standard key
    gives way to it (X11 adds Ctrl+D to Delete, which left Duplicate's Ctrl+D ambiguous, so neither ran)."""
    return any(key == QKeySequence(named) for other in ACTIONS if other is not spec for named in other.fallback)


def key_sequences(spec: ActionSpec) -> list[QKeySequence]:
    keys = QKeySequence.keyBindings(spec.standard) if spec.standard is not None else []
    keys = [k for k in keys if not k.isEmpty() and not claimed_elsewhere(k, spec)]
    for fallback in spec.fallback:
        sequence = QKeySequence(fallback)
        if all(sequence != k for k in keys):
            keys.append(sequence)
    return keys


def create_actions(parent: QObject) -> dict[str, QAction]:
    actions: dict[str, QAction] = {}
    for spec in ACTIONS:
        action = QAction(QCoreApplication.translate("actions", spec.text), parent)
        action.setObjectName(spec.id)
        action.setShortcuts(key_sequences(spec))
        if spec.icon:
            action.setIcon(icon(spec.icon))
        if spec.tip:
            action.setStatusTip(QCoreApplication.translate("actions", spec.tip))
        action.setCheckable(spec.checkable)
        actions[spec.id] = action
    return actions
