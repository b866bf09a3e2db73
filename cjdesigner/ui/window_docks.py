"""What a main window builds after its map has painted: the docks, the menus and what ties them
to the window's actions.

The map is what a person opened the app to see, so the window paints it first
(`MainWindow.finish_building`) and builds the rest right after: importing and building the panels
of this module (properties, outline, personas, palette, matrix, backlog, history) cost about as
much as everything else the first paint needs. Its sentences belong to the main window's
translation context, as when the window built them itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget, QUndoView, QWidget

from cjdesigner.app.document import Document
from cjdesigner.app.icons import icon
from cjdesigner.model.vocabulary import LaneKind
from cjdesigner.ui.backlog_view import BacklogPanel
from cjdesigner.ui.matrix_view import MatrixPanel
from cjdesigner.ui.outline import OutlinePanel
from cjdesigner.ui.overview_view import OverviewPanel
from cjdesigner.ui.panels import CardPalette, PersonasPanel
from cjdesigner.ui.properties import CHOICE_NAMES, PropertiesPanel

if TYPE_CHECKING:
    from cjdesigner.ui.main_window import MainWindow


def build(window: MainWindow) -> None:
    """Adds the docks and menus to a window whose map is already on screen, and shows its document in them."""
    window.personas = PersonasPanel(window)
    window.properties = PropertiesPanel(window)
    window.palette = CardPalette(window.session.document.project.language, window)
    window.outline = OutlinePanel(window)
    window.matrix = MatrixPanel(window)
    window.backlog = BacklogPanel(window)
    window.overview = OverviewPanel(window)
    window.history = QUndoView(window)
    window.history.setObjectName("history-view")
    window.history.setAccessibleName(QCoreApplication.translate("MainWindow", "Undo history"))
    _build_docks(window)
    _build_menus(window)
    _connect(window)
    # Tab reads the window as it is laid out: toolbar, left panels, map, then the properties
    chain = [window.journey_box, window.persona_filter, window.search, *window.personas.focus_chain(), window.palette,
             window.outline.find, window.outline.tree, window.view, window.properties]
    for before, after in zip(chain, chain[1:]):
        QWidget.setTabOrder(before, after)
    if window.document is not None:
        show_document(window, window.document)


def show_document(window: MainWindow, document: Document) -> None:
    window.history.setStack(document.undo_stack)
    window.personas.set_document(document)
    window.properties.set_document(document, window.verbs)
    window.outline.set_document(document, window.scene, window.controller)
    window.matrix.set_document(document, window.scene, window.verbs)
    window.backlog.set_document(document, window.scene)
    window.overview.set_document(document)


def _build_docks(window: MainWindow) -> None:
    for title, widget, name, area in (
        (QCoreApplication.translate("MainWindow", "Personas"), window.personas, "dock-personas", Qt.DockWidgetArea.LeftDockWidgetArea),
        (QCoreApplication.translate("MainWindow", "Card palette"), window.palette, "dock-palette", Qt.DockWidgetArea.LeftDockWidgetArea),
        (QCoreApplication.translate("MainWindow", "Properties"), window.properties, "dock-properties", Qt.DockWidgetArea.RightDockWidgetArea),
        (QCoreApplication.translate("MainWindow", "Undo history"), window.history, "dock-history", Qt.DockWidgetArea.RightDockWidgetArea),
        (QCoreApplication.translate("MainWindow", "Outline"), window.outline, "dock-outline", Qt.DockWidgetArea.LeftDockWidgetArea),
        (QCoreApplication.translate("MainWindow", "Impact/Effort Matrix"), window.matrix, "dock-matrix", Qt.DockWidgetArea.BottomDockWidgetArea),
        (QCoreApplication.translate("MainWindow", "Backlog"), window.backlog, "dock-backlog", Qt.DockWidgetArea.BottomDockWidgetArea),
        (QCoreApplication.translate("MainWindow", "Project overview"), window.overview, "dock-overview", Qt.DockWidgetArea.BottomDockWidgetArea),
    ):
        dock = QDockWidget(title, window)
        dock.setObjectName(name)
        dock.setWidget(widget)
        window.addDockWidget(area, dock)
    window.history_dock = window.findChild(QDockWidget, "dock-history")
    window.history_dock.hide()
    window.outline_dock = window.findChild(QDockWidget, "dock-outline")
    window.outline_dock.hide()
    # The decisions sit under the map, side by side: wide, as a matrix and a table of columns want
    window.matrix_dock = window.findChild(QDockWidget, "dock-matrix")
    window.backlog_dock = window.findChild(QDockWidget, "dock-backlog")
    window.matrix_dock.hide()
    window.backlog_dock.hide()
    window.overview_dock = window.findChild(QDockWidget, "dock-overview")
    window.overview_dock.hide()
    window.personas.personaSelected.connect(lambda pid: window.properties.show_object("persona", pid))
    window.personas.addRequested.connect(window.add_persona)
    window.personas.removeRequested.connect(window.remove_persona)


def _build_menus(window: MainWindow) -> None:
    a = window.actions
    bar = window.menuBar()
    file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    file_menu.addActions([a["file.new"], a["file.open"]])
    window.recent_menu = file_menu.addMenu(QCoreApplication.translate("MainWindow", "Open &Recent"))
    window.recent_menu.setObjectName("menu-recent")
    window.recent_menu.aboutToShow.connect(window.files.fill_recent)
    file_menu.addActions([a["file.save"], a["file.save_as"], a["file.revert"], a["file.versions"], a["file.compare"], a["file.leave_compare"], a["file.merge"], a["file.close"]])
    file_menu.addSeparator()
    file_menu.addActions([a["file.export"], a["file.print"]])
    file_menu.addActions([a["file.import"], a["file.import_csv"], a["file.export_csv"]])
    file_menu.addSeparator()
    file_menu.addAction(a["file.quit"])
    edit = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    edit.addActions([a["edit.undo"], a["edit.redo"]])
    edit.addSeparator()
    edit.addActions([a["edit.cut"], a["edit.copy"], a["edit.paste"], a["edit.duplicate"], a["edit.delete"], a["edit.select_all"]])
    edit.addSeparator()
    edit.addActions([a["edit.edit_text"], a["edit.add_card"], a["view.find"]])
    edit.addSeparator()
    edit.addAction(a["edit.preferences"])
    view = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    view.addActions([a["view.zoom_in"], a["view.zoom_out"], a["view.zoom_reset"], a["view.zoom_fit"]])
    view.addSeparator()
    for dock in window.findChildren(QDockWidget):
        if dock not in (window.history_dock, window.outline_dock, window.matrix_dock, window.backlog_dock, window.overview_dock):
            view.addAction(dock.toggleViewAction())
    view.addActions([a["view.history"], a["view.outline"], a["view.matrix"], a["view.backlog"], a["view.overview"], a["view.high_contrast"], a["view.coverage"],
                     a["view.links"]])
    view.addAction(a["view.present"])
    view.addAction(a["view.present_phones"])
    map_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Map"))
    map_menu.addActions([a["map.add_stage"], a["map.add_lane"]])
    kinds = map_menu.addMenu(QCoreApplication.translate("MainWindow", "Add Lane of &Kind"))
    for kind in LaneKind:
        action = kinds.addAction(icon(f"lane-{kind.value}"), QCoreApplication.translate("PropertiesPanel", CHOICE_NAMES[kind.value]))
        action.triggered.connect(lambda _=False, kind=kind: window.add_lane(kind))
    map_menu.addAction(a["map.add_persona"])
    map_menu.addSeparator()
    map_menu.addAction(a["map.show_hidden_lanes"])
    window.journey_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Journey"))
    window.journey_menu.addActions([a["journey.add"], a["journey.rename"], a["journey.duplicate"], a["journey.delete"]])
    window.journey_menu.addSeparator()
    window.journey_menu.addActions([a["journey.fork"], a["journey.add_loop"]])
    window.journey_menu.addSeparator()
    window.journey_menu.addActions([a["journey.open_sub"], a["journey.parent"], a["view.overview"]])
    window.help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    window.help_menu.setObjectName("menu-help")
    window.help_menu.addActions([a["help.guide"], a["help.shortcuts"]])
    window.help_menu.addSeparator()
    window.help_menu.addAction(a["help.about"])


def _connect(window: MainWindow) -> None:
    a = window.actions
    a["view.history"].toggled.connect(window.history_dock.setVisible)
    window.history_dock.visibilityChanged.connect(a["view.history"].setChecked)
    a["view.outline"].toggled.connect(lambda on: (window.outline_dock.setVisible(on), on and window.outline.tree.setFocus()))
    window.outline_dock.visibilityChanged.connect(a["view.outline"].setChecked)
    for action_id, dock, focus in (("view.matrix", window.matrix_dock, window.matrix.canvas), ("view.backlog", window.backlog_dock, window.backlog.table),
                                   ("view.overview", window.overview_dock, window.overview.canvas)):
        a[action_id].toggled.connect(lambda on, dock=dock: show_dock(window, dock, on))
        a[action_id].triggered.connect(lambda on, focus=focus: on and focus.setFocus(Qt.FocusReason.ShortcutFocusReason))
        dock.toggleViewAction().toggled.connect(a[action_id].setChecked)
    window.contrast.themeChanged.connect(lambda theme: window.matrix.set_theme(theme))


def show_dock(window: MainWindow, dock: QDockWidget, on: bool) -> None:
    """Shows a dock, in front if the user made it a tab of another; the menu entry and its key
    also put the keyboard in it, a dock restored with the window's layout does not."""
    dock.setVisible(on)
    if on:
        dock.raise_()
        if not dock.isFloating() and dock.height() < 360:  # room for the matrix's type at full size
            window.resizeDocks([dock], [max(360, int(window.height() * 0.45))], Qt.Orientation.Vertical)
        pair = [window.matrix_dock, window.backlog_dock]
        if all(d.isVisible() and not d.isFloating() and window.dockWidgetArea(d) == Qt.DockWidgetArea.BottomDockWidgetArea for d in pair) \
                and not window.tabifiedDockWidgets(window.matrix_dock):
            width = window.width()
            window.resizeDocks(pair, [int(width * 0.45), int(width * 0.55)], Qt.Orientation.Horizontal)  # the matrix stays readable
