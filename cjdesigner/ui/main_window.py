"""The main window: the map in the centre, personas, palette, properties and history around it.

It shows the session's document (`app/session.py` holds the open file; `file_actions.py` asks the
File menu's questions). The actions come from the table in `actions.py`; every map edit is a verb
(`app/verbs.py`). At start-up the map paints first: the docks and menus (`window_docks.py`) are
built right after the first paint (`finish_building`).
"""

from __future__ import annotations

import json

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QMainWindow, QMenu

from cjdesigner.app.clipboard import cards_from_mime, cards_to_mime
from cjdesigner.app.document import Document
from cjdesigner.app.icons import icon
from cjdesigner.app.session import Session
from cjdesigner.app.verbs import Verbs
from cjdesigner.canvas.controller import MapController
from cjdesigner.canvas.items import set_paint_error_hook
from cjdesigner.canvas.scene import MapScene
from cjdesigner.canvas.view import FIT_WIDTH_LEAST, MapView
from cjdesigner.model.invariants import ModelError
from cjdesigner.model.vocabulary import EMOTION_SCORE_TITLES, LaneKind
from cjdesigner.ui.actions import COVERAGE_SETTING, create_actions
from cjdesigner.ui.banner import with_banner
from cjdesigner.ui.contrast import ContrastSwitch
from cjdesigner.ui.button_names import name_buttons
from cjdesigner.ui.file_actions import FileActions
from cjdesigner.ui.journey_menu import JourneyActions
from cjdesigner.ui.panels import SearchField
from cjdesigner.ui.sub_journey_nav import SubJourneyNavigation

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDockWidget, QUndoView

    from cjdesigner.ui.backlog_view import BacklogPanel
    from cjdesigner.ui.compare_mode import CompareMode
    from cjdesigner.ui.conflicts import Conflicts
    from cjdesigner.ui.matrix_view import MatrixPanel
    from cjdesigner.ui.outline import OutlinePanel
    from cjdesigner.ui.overview_view import OverviewPanel
    from cjdesigner.ui.panels import CardPalette, PersonasPanel
    from cjdesigner.ui.properties import PropertiesPanel

FIRST_SIZE = 0.88  # share of the screen's free area the first window takes


class _AfterFirstPaint(QObject):
    """Finishes building the window once its map has painted, two turns of the event loop later:
    what the paint queued goes first, and so does the exit of `--quit-after-paint`, whose program
    then ends having shown the map and built nothing more."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            window = self.parent()
            QTimer.singleShot(0, lambda: QTimer.singleShot(0, window.finish_building))
        return False


class MainWindow(QMainWindow):
    # built by finish_building (window_docks.py)
    personas: PersonasPanel
    properties: PropertiesPanel
    palette: CardPalette
    outline: OutlinePanel
    matrix: MatrixPanel
    backlog: BacklogPanel
    overview: OverviewPanel
    history: QUndoView
    history_dock: QDockWidget
    outline_dock: QDockWidget
    matrix_dock: QDockWidget
    backlog_dock: QDockWidget
    overview_dock: QDockWidget
    recent_menu: QMenu
    journey_menu: QMenu
    help_menu: QMenu

    def __init__(self, session: Session, paint_first: bool = False) -> None:
        """`paint_first`: build the docks and menus only after the map's first paint (the app's
        start); otherwise the window is whole when this returns."""
        super().__init__()
        self.setObjectName("main-window")
        self.setWindowIcon(icon("app"))
        self.session = session
        session.setParent(self)
        self.settings = session.settings
        self.files = FileActions(self, session)
        self.actions = create_actions(self)
        self.actions["file.leave_compare"].setEnabled(False)
        self._compare_mode: CompareMode | None = None
        self._conflicts: Conflicts | None = None
        self.document: Document | None = None
        self.built = False
        document = session.document
        self.view = MapView(None, self)
        self.navigation = SubJourneyNavigation(self)
        self.setCentralWidget(with_banner(self.files.banner, self.view))
        self.navigation.place(self.centralWidget())
        self.contrast = ContrastSwitch(self.settings, self.actions["view.high_contrast"], self)
        self.journey_box = QComboBox(self)
        self.journey_box.setObjectName("journey-switcher")
        self.journey_box.setAccessibleName(self.tr("Journey"))
        self.journey_box.setMinimumContentsLength(18)
        self.persona_filter = QComboBox(self)
        self.persona_filter.setObjectName("persona-filter")
        self.persona_filter.setAccessibleName(self.tr("Persona filter"))
        self.search = SearchField(self)
        self.search.setObjectName("search-field")
        self.search.setPlaceholderText(self.tr("Find cards…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(220)
        self.zoom_label = QLabel("100 %")
        self.journeys = JourneyActions(self)
        self._build_toolbar()
        self._connect_actions()
        self.statusBar().addPermanentWidget(self.zoom_label)
        self.show_document(document)
        set_paint_error_hook(self._part_not_drawn)
        session.documentChanged.connect(self.show_document)
        session.modifiedChanged.connect(self._update_title)
        session.pathChanged.connect(self._update_title)
        self._restore_geometry()
        if paint_first:
            self.view.viewport().installEventFilter(_AfterFirstPaint(self))
        else:
            self.finish_building()

    def finish_building(self) -> None:
        """Builds the docks and menus (once): called after the first paint, or by whoever needs the
        window whole now. The saved layout of docks and toolbars applies only once they exist."""
        if self.built:
            return
        self.built = True
        from cjdesigner.ui import window_docks

        window_docks.build(self)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        name_buttons(self)
        self._selection_changed()
        if self.isVisible():
            QTimer.singleShot(0, self._initial_view)  # the docks took some of the map's width

    @property
    def verbs(self) -> Verbs:
        return self.session.verbs

    # --- document -----------------------------------------------------------------------------

    def show_document(self, document: Document) -> None:
        self.document = document
        self.scene = MapScene(document, self.contrast.theme, self.actions["view.coverage"].isChecked())
        self.controller = MapController(self.verbs, self.scene)
        self.scene.set_theme(self.contrast.theme)
        self.scene.show_coverage(self.actions["view.coverage"].isChecked())
        self.scene.links.set_shown(self.actions["view.links"].isChecked())
        self.scene.hint.connect(lambda text: self.statusBar().showMessage(text, 5000) if text else self.statusBar().clearMessage())
        self.controller.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.view.setScene(self.scene)
        stack = document.undo_stack
        stack.canUndoChanged.connect(self.actions["edit.undo"].setEnabled)
        stack.canRedoChanged.connect(self.actions["edit.redo"].setEnabled)
        stack.undoTextChanged.connect(self._undo_text_changed)
        stack.redoTextChanged.connect(self._redo_text_changed)
        self.actions["edit.undo"].setEnabled(stack.canUndo())
        self.actions["edit.redo"].setEnabled(stack.canRedo())
        document.changed.connect(self._document_changed)
        document.journeyChanged.connect(self._document_changed)
        document.refused.connect(self._refused)
        self.scene.currentChanged.connect(self._selection_changed)
        self.scene.contextRequested.connect(self._context_menu)
        self.navigation.show_document(document, self.scene)
        if self.built:
            from cjdesigner.ui import window_docks

            window_docks.show_document(self, document)
        self.search.clear()
        self._fill_switchers()
        self._update_title()
        if self._conflicts is not None or document.project.conflicts:
            self.conflicts_view().watch()
        QTimer.singleShot(0, self._initial_view)

    def _initial_view(self) -> None:
        """Fit the map's width when it is a little too wide; a huge map opens readable, top left."""
        width = self.scene.sceneRect().width()
        room = self.view.viewport().width() - 4
        if width > room > 0:
            self.view.fit_width(FIT_WIDTH_LEAST)
        self.view.horizontalScrollBar().setValue(self.view.horizontalScrollBar().minimum())
        self.view.verticalScrollBar().setValue(self.view.verticalScrollBar().minimum())

    def _undo_text_changed(self, text: str) -> None:
        self.actions["edit.undo"].setText(self.tr("&Undo %1").replace("%1", text).strip())

    def _redo_text_changed(self, text: str) -> None:
        self.actions["edit.redo"].setText(self.tr("&Redo %1").replace("%1", text).strip())

    def _coverage_toggled(self, shown: bool) -> None:
        """View → Evidence Coverage: remembered with the other view settings."""
        self.settings.setValue(COVERAGE_SETTING, shown)
        self.scene.show_coverage(shown)

    def _refused(self, sentence: str) -> None:
        self.statusBar().showMessage(self.tr("Not changed: %1").replace("%1", sentence), 8000)

    def _part_not_drawn(self, _sentence: str) -> None:
        """Called from inside a paint: it must never raise, even when this window is already gone."""
        try:
            self.statusBar().showMessage(self.tr("Part of the map could not be drawn; the rest is shown."), 15000)
        except RuntimeError:
            pass

    def _update_title(self, *_: object) -> None:
        self.setWindowTitle(f"{self.files.display_name()}[*] — cjdesigner")
        self.setWindowModified(self.session.modified)
        self.actions["file.save"].setEnabled(self.session.modified or self.session.path is None)

    def _document_changed(self, *_: object) -> None:
        self._fill_switchers()

    def _fill_switchers(self) -> None:
        document = self.document
        if document is None:
            return
        signature = (
            document.journey_id,
            tuple((j.id, j.title) for j in document.project.journeys),
            tuple((p.id, p.name) for p in document.project.personas),
        )
        if signature == getattr(self, "_switchers_shown", None):
            return
        self._switchers_shown = signature
        self.journey_box.blockSignals(True)
        self.journey_box.clear()
        for journey in document.project.journeys:
            self.journey_box.addItem(journey.title or self.tr("Untitled journey"), journey.id)
        self.journey_box.setCurrentIndex(self.journey_box.findData(document.journey_id))
        self.journey_box.blockSignals(False)
        current = self.persona_filter.currentData()
        self.persona_filter.blockSignals(True)
        self.persona_filter.clear()
        self.persona_filter.addItem(self.tr("All personas"), "")
        for persona in document.project.personas:
            self.persona_filter.addItem(persona.name, persona.id)
        self.persona_filter.setCurrentIndex(max(0, self.persona_filter.findData(current)))
        self.persona_filter.blockSignals(False)
        if (self.persona_filter.currentData() or None) != self.scene.persona_filter:
            self.scene.set_persona_filter(self.persona_filter.currentData())
        self.journeys.refresh_enabled()

    # --- building -----------------------------------------------------------------------------

    def _build_toolbar(self) -> None:
        a = self.actions
        bar = self.addToolBar(self.tr("Main"))
        bar.setObjectName("toolbar-main")
        bar.addActions([a["file.new"], a["file.open"], a["file.save"]])
        bar.addSeparator()
        bar.addActions([a["edit.undo"], a["edit.redo"]])
        bar.addSeparator()
        bar.addActions([a["edit.add_card"], a["map.add_stage"], a["map.add_lane"]])
        bar.addSeparator()
        bar.addActions([a["view.zoom_out"], a["view.zoom_in"], a["view.zoom_fit"]])
        bar.addSeparator()
        bar.addWidget(QLabel(self.tr(" Journey: ")))
        bar.addWidget(self.journey_box)
        bar.addWidget(QLabel(self.tr("  Persona: ")))
        bar.addWidget(self.persona_filter)
        bar.addSeparator()
        bar.addWidget(self.search)

    def _connect_actions(self) -> None:
        a = self.actions
        handlers = {
            "file.new": self.files.new_map,
            "file.open": self.files.open_dialog,
            "file.save": self.files.save,
            "file.save_as": self.files.save_as,
            "file.revert": self.files.revert,
            "file.versions": self.files.version_history,
            "file.compare": self.compare_with,
            "file.leave_compare": lambda: self.compare_mode().leave(),
            "file.merge": lambda: self.conflicts_view().merge_dialog(),
            "file.close": self.files.close_map,
            "file.import": self.import_map,
            "file.import_csv": self.files.import_csv,
            "file.export_csv": self.files.export_csv,
            "file.export": self.files.export_map,
            "file.quit": self.close,
            "edit.undo": lambda: self.verbs.undo(),
            "edit.redo": lambda: self.verbs.redo(),
            "edit.cut": self.cut,
            "edit.copy": self.copy,
            "edit.paste": self.paste,
            "edit.delete": self.delete_selection,
            "edit.select_all": self.select_all,
            "edit.edit_text": lambda: self.scene.edit_selected(),
            "edit.add_card": self.add_card_here,
            "view.zoom_in": self.view.zoom_in,
            "view.zoom_out": self.view.zoom_out,
            "view.zoom_reset": self.view.zoom_reset,
            "view.zoom_fit": self.view.zoom_fit,
            "view.find": lambda: (self.search.setFocus(), self.search.selectAll()),
            "view.present": self.present,
            "view.present_phones": self.present_phones,
            "map.add_stage": self.add_stage,
            "map.add_lane": lambda: self.add_lane(LaneKind.NOTES),
            "map.add_persona": self.add_persona,
            "map.show_hidden_lanes": self.show_hidden_lanes,
            "edit.preferences": self.open_preferences,
            "file.print": self.print_map,
            "edit.duplicate": self.duplicate,
            "help.shortcuts": lambda: self.show_help("shortcuts"),
            "help.guide": lambda: self.show_help("guide"),
            "help.about": lambda: self.show_help("about"),
        }
        for action_id, handler in handlers.items():
            a[action_id].triggered.connect(lambda _=False, handler=handler: handler())
        self.contrast.themeChanged.connect(lambda theme: self.scene.set_theme(theme))
        a["view.coverage"].setChecked(self.settings.value(COVERAGE_SETTING, True, type=bool))
        a["view.coverage"].toggled.connect(self._coverage_toggled)
        a["view.links"].setChecked(str(self.settings.value("view/links", False)).lower() == "true")
        a["view.links"].toggled.connect(lambda on: (self.settings.setValue("view/links", on), self.scene.links.set_shown(on)))
        self.journeys.connect_actions()
        self.navigation.connect_actions()
        self.journey_box.activated.connect(lambda i: self.document and self.document.set_journey(self.journey_box.itemData(i)))
        self.persona_filter.activated.connect(lambda i: self.scene.set_persona_filter(self.persona_filter.itemData(i)))
        self.search.textChanged.connect(self._search)
        self.search.escaped.connect(lambda: self.view.setFocus(Qt.FocusReason.ShortcutFocusReason))
        self.view.zoomChanged.connect(lambda z: self.zoom_label.setText(f"{round(z * 100)} %"))

    # --- editing ----------------------------------------------------------------------------

    def copy(self) -> None:
        assert self.document is not None
        cards = [self.document.journey.card(cid) for cid in self.scene.selected_card_ids()]
        if cards:
            QGuiApplication.clipboard().setMimeData(cards_to_mime(self.document.project, cards))

    def cut(self) -> None:
        ids = self.scene.selected_card_ids()
        if ids:
            self.copy()
            self.verbs.delete_cards(ids)

    def paste(self) -> None:
        assert self.document is not None
        cell = self.scene.current_cell() or self._first_cell()
        if cell is None:
            return
        try:
            cards = cards_from_mime(self.document.project, QGuiApplication.clipboard().mimeData(), *cell, self.document.journey_id)
        except ModelError as error:
            self._refused(str(error))
            return
        self.controller.paste_cards(cards)

    def import_map(self) -> None:
        from cjdesigner.ui import import_dialog

        import_dialog.import_map(self)

    def compare_mode(self) -> CompareMode:
        """Compare mode's dock and shortcuts, made the first time they are needed."""
        if self._compare_mode is None:
            from cjdesigner.ui.compare_mode import CompareMode

            self._compare_mode = CompareMode(self)
        return self._compare_mode

    def conflicts_view(self) -> Conflicts:
        """A merge's conflicts panel and marks, made when a map has conflicts or File → Merge… is used."""
        if self._conflicts is None:
            from cjdesigner.ui.conflicts import Conflicts

            self._conflicts = Conflicts(self)
            self._conflicts.watch()
        return self._conflicts

    def compare_with(self) -> None:
        from cjdesigner.ui import compare_dialog

        self.finish_building()
        self.compare_mode()
        compare_dialog.ask(self)

    def present(self) -> None:
        from cjdesigner.ui.presentation import present

        present(self.session, self)

    def present_phones(self) -> None:
        from cjdesigner.ui.presentation import present

        present(self.session, self).ask_phone_round()

    def open_preferences(self) -> None:
        from cjdesigner.ui.preferences import open_preferences

        open_preferences(self)

    def print_map(self) -> None:
        from cjdesigner.ui.printing import print_map  # Qt's print support loads when first asked for

        print_map(self)

    def show_help(self, what: str) -> None:
        from cjdesigner.ui import help_menu

        help_menu.show(what, self)

    def duplicate(self) -> None:
        copies = self.verbs.duplicate_cards(self.scene.selected_card_ids())
        if copies:
            self.scene.select_cards(copies)

    def delete_selection(self) -> None:
        selected = self.scene.selected_object()
        cards = self.scene.selected_card_ids()
        if cards:
            self.verbs.delete_cards(cards)
        elif selected and selected[0] == "stage":
            self.journeys.remove_stage(selected[1])
        elif selected and selected[0] == "lane":
            self.journeys.remove_lane(selected[1])
        elif selected and selected[0] == "emotion_point":
            self.verbs.remove_emotion_point(selected[1])

    def select_all(self) -> None:
        self.scene.select_cards([c.id for c in self.document.journey.cards])

    def _first_cell(self) -> tuple[str, str] | None:
        layout = self.scene.layout
        if layout.stage_order and layout.lane_order:
            return layout.stage_order[0], layout.lane_order[0]
        return None

    def add_card_here(self) -> None:
        cell = self.scene.current_cell() or self._first_cell()
        if cell is None:
            self.statusBar().showMessage(self.tr("Add a stage and a lane first"), 5000)
            return
        self.controller.add_card(*cell, edit=True)

    def add_stage(self, index: int | None = None) -> None:
        assert self.document is not None
        journey = self.document.journey
        if index is None:
            cell = self.scene.current_cell()
            index = journey.stages.index(journey.stage(cell[0])) + 1 if cell else len(journey.stages)
        stage_id = self.verbs.add_stage(index)
        if stage_id:
            self.properties.show_object("stage", stage_id)

    def add_lane(self, kind: LaneKind, index: int | None = None) -> None:
        lane_id = self.verbs.add_lane(kind, index)
        if lane_id:
            self.properties.show_object("lane", lane_id)

    def add_persona(self) -> None:
        persona_id = self.verbs.add_persona()
        if persona_id:
            self.personas.select(persona_id)
            self.properties.show_object("persona", persona_id)

    def remove_persona(self, persona_id: str) -> None:
        """Remove a persona with its badges and emotion points, then say so and how to undo it."""
        assert self.document is not None
        name = self.document.project.persona(persona_id).name
        badges = sum(persona_id in c.persona_ids for j in self.document.project.journeys for c in j.cards)
        if self.verbs.remove_persona(persona_id):
            self.say_undoable(
                name,
                badges,
                self.tr("Removed persona “%1”. Press %2 to bring it back."),
                self.tr("Removed persona “%1” and its badge from one card. Press %2 to bring them back."),
                self.tr("Removed persona “%1” and its badge from %n cards. Press %2 to bring them back.", "", badges),
            )

    def say_undoable(self, name: str, count: int, none: str, one: str, many: str) -> None:
        """A quiet word in the status bar after a big deletion: no box to dismiss, Undo is one key
        away. The sentence for no, one or many cards is chosen here; each is whole for translators."""
        sentence = none if count == 0 else one if count == 1 else many
        key = self.actions["edit.undo"].shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.statusBar().showMessage(sentence.replace("%1", name).replace("%2", key), 15000)

    def _search(self, text: str) -> None:
        matches = self.scene.set_search(text)
        if text.strip():
            self.statusBar().showMessage(self.tr("%n matching cards", "", len(matches)))
        else:
            self.statusBar().clearMessage()

    def _selection_changed(self) -> None:
        if not self.built:
            return  # the properties panel shows the selection when it is built
        selected = self.scene.selected_object()
        if selected is not None:
            self.properties.show_object(*selected)
        elif not self.scene.selectedItems() and self.properties.kind not in ("journey", "persona"):
            self.properties.show_later("journey", self.document.journey_id if self.document else "")

    def _context_menu(self, kind: str, object_id: str, screen_pos) -> None:
        if QApplication.activePopupWidget() is not None:
            return  # the Menu key can arrive both as a key and as a context menu event
        menu = QMenu(self)
        menu.setObjectName("map-context-menu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        a = self.actions
        if kind == "card":
            menu.addActions([a["edit.edit_text"], a["edit.cut"], a["edit.copy"], a["edit.paste"], a["edit.delete"]])
            badges = menu.addMenu(self.tr("Add persona badge"))
            for persona in self.document.project.personas:
                action = badges.addAction(persona.name)
                action.triggered.connect(lambda _=False, pid=persona.id: self.verbs.add_persona_badge(pid, self.scene.selected_card_ids()))
        elif kind == "stage":
            self.journeys.fill_stage_menu(menu, object_id)
        elif kind == "lane":
            self.journeys.fill_lane_menu(menu, object_id)
        elif kind == "cell":
            stage_id, lane_id = json.loads(object_id)
            menu.addAction(icon("card-add"), self.tr("Add card here")).triggered.connect(lambda: self.controller.add_card(stage_id, lane_id, edit=True))
            menu.addAction(a["edit.paste"])
            if self.document.journey.lane(lane_id).kind == LaneKind.EMOTIONS:
                self._emotion_menu(menu, stage_id)
        elif kind == "emotion_point":
            point = next(p for p in self.document.journey.emotion_points if p.id == object_id)
            self._emotion_scores(menu, point.stage_id, point.persona_id, point.score)
            menu.addSeparator()
            menu.addAction(icon("edit-delete"), self.tr("Delete emotion point")).triggered.connect(
                lambda: self.verbs.remove_emotion_point(object_id))
        else:
            menu.addActions([a["map.add_stage"], a["map.add_lane"], a["edit.paste"]])
        menu.popup(screen_pos)

    def _emotion_menu(self, menu: QMenu, stage_id: str) -> None:
        """Place a persona's emotion at this stage: how a curve gets a point it does not have yet."""
        journey = self.document.journey
        for persona_id in journey.persona_ids:
            persona = self.document.project.persona(persona_id)
            sub = menu.addMenu(self.tr("Emotion of %1").replace("%1", persona.name))
            current = next((p.score for p in journey.emotion_points if p.stage_id == stage_id and p.persona_id == persona_id), None)
            self._emotion_scores(sub, stage_id, persona_id, current)

    def _emotion_scores(self, menu: QMenu, stage_id: str, persona_id: str, current: int | None) -> None:
        language = self.document.project.language
        for score, titles in EMOTION_SCORE_TITLES.items():
            action = menu.addAction(titles[language])
            action.setCheckable(True)
            action.setChecked(score == current)
            action.triggered.connect(lambda _=False, score=score: self.controller.set_emotion(stage_id, persona_id, score))

    def show_hidden_lanes(self) -> None:
        assert self.document is not None
        self.verbs.show_lanes([lane.id for lane in self.document.journey.lanes if lane.hidden])

    # --- window state -----------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:  # first start: most of the screen it opens on, centred
            area = (self.screen() or QGuiApplication.primaryScreen()).availableGeometry()
            self.resize(round(area.width() * FIRST_SIZE), round(area.height() * FIRST_SIZE))
            self.move(area.center() - self.rect().center())

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.maybe_save():
            event.ignore()
            return
        self.settings.setValue("window/geometry", self.saveGeometry())
        if self.built:  # a window closed before its docks were built keeps the saved layout
            self.settings.setValue("window/state", self.saveState())
        self.settings.sync()
        event.accept()

    def action(self, action_id: str) -> QAction:
        return self.actions[action_id]
