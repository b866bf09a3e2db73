"""Every action of the app, declared once: stable id (the objectName), text, keys, icon.

A standard key that the platform leaves empty gets the explicit fallback, so Quit is always
Ctrl+Q and Save As always has a key.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

from cjdesigner.app.icons import icon

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
    ActionSpec("file.new", "&New…", Std.New, ("Ctrl+N",), "document-new", "Create a map from a template"),
    ActionSpec("file.open", "&Open…", Std.Open, ("Ctrl+O",), "document-open", "Open a map file"),
    ActionSpec("file.save", "&Save", Std.Save, ("Ctrl+S",), "document-save", "Save the map"),
    ActionSpec("file.save_as", "Save &As…", Std.SaveAs, ("Ctrl+Shift+S",), "document-save-as"),
    ActionSpec("file.revert", "Re&vert to Saved", None, ()),
    ActionSpec("file.close", "&Close", Std.Close, ("Ctrl+W",)),
    ActionSpec("file.versions", "Version &History…", None, (), None, "Earlier versions of the map, kept at each save"),
    ActionSpec("file.import_csv", "&Import Cards from CSV…", None, ("Ctrl+Shift+I",)),
    ActionSpec("file.export_csv", "&Export Cards to CSV…", None, ("Ctrl+Shift+E",)),
    ActionSpec("file.export", "E&xport Map…", None, ("Ctrl+E",), None, "Export the journey as a PDF, a PNG or an SVG"),
    ActionSpec("file.quit", "&Quit", Std.Quit, ("Ctrl+Q",)),
    ActionSpec("edit.undo", "&Undo", Std.Undo, ("Ctrl+Z",), "edit-undo"),
    ActionSpec("edit.redo", "&Redo", Std.Redo, ("Ctrl+Shift+Z", "Ctrl+Y"), "edit-redo"),
    ActionSpec("edit.cut", "Cu&t", Std.Cut, ("Ctrl+X",), "edit-cut"),
    ActionSpec("edit.copy", "&Copy", Std.Copy, ("Ctrl+C",), "edit-copy"),
    ActionSpec("edit.paste", "&Paste", Std.Paste, ("Ctrl+V",), "edit-paste"),
    ActionSpec("edit.delete", "&Delete", Std.Delete, ("Del",), "edit-delete"),
    ActionSpec("edit.select_all", "Select &All", Std.SelectAll, ("Ctrl+A",)),
    ActionSpec("edit.edit_text", "&Edit Text or Name", None, ("F2",), None, "Edit the card's text, or rename the stage or lane, in place"),
    ActionSpec("edit.add_card", "Add &Card", None, ("Ins",), "card-add", "Add a card in the current cell"),
    ActionSpec("view.zoom_in", "Zoom &In", Std.ZoomIn, ("Ctrl++", "Ctrl+="), "zoom-in"),
    ActionSpec("view.zoom_out", "Zoom &Out", Std.ZoomOut, ("Ctrl+-",), "zoom-out"),
    ActionSpec("view.zoom_reset", "&Actual Size", None, ("Ctrl+0",)),
    ActionSpec("view.zoom_fit", "&Fit Map to Window", None, ("Ctrl+9",), "zoom-fit"),
    ActionSpec("view.history", "Undo &History", None, ("Ctrl+H",), "history", checkable=True),
    ActionSpec("view.find", "&Find Cards", Std.Find, ("Ctrl+F",), "search"),
    ActionSpec("map.add_stage", "Add &Stage", None, (), "stage-add"),
    ActionSpec("map.add_lane", "Add &Lane", None, (), "lane-add"),
    ActionSpec("map.add_persona", "Add &Persona", None, (), "persona-add"),
    ActionSpec("map.show_hidden_lanes", "Show &Hidden Lanes"),
    ActionSpec("journey.add", "&New Journey", None, (), "journey-add"),
    ActionSpec("journey.rename", "&Rename Journey…"),
    ActionSpec("journey.duplicate", "&Duplicate Journey"),
    ActionSpec("journey.delete", "De&lete Journey"),
)


def key_sequences(spec: ActionSpec) -> list[QKeySequence]:
    keys = QKeySequence.keyBindings(spec.standard) if spec.standard is not None else []
    keys = [k for k in keys if not k.isEmpty()]
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
