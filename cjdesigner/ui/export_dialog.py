"""File ▸ Export Map: every format of the export registry (PDF on one page or as a tiled poster,
PNG at a chosen resolution, SVG, and any format registered later), with a live preview of the page
and a progress bar that can be cancelled.

A format that paints without Qt (the PDF) is written on a worker thread from a private copy of the
map, so the window stays responsive on a 5,000-card map; one that paints with Qt runs here, letting
events through between its progress reports. A cancelled or failed export leaves no file behind.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cjdesigner.app.document import Document
from cjdesigner.app.export_job import ExportJob
from cjdesigner.canvas.image_export import ImageTooLarge, check_image_size, export_scene, image_size
from cjdesigner.export.options import ExportCancelled, ExportOptions, ExportReport
from cjdesigner.layout.charts import format_number
from cjdesigner.export.page_setup import (
    MAX_SHEETS_WIDE,
    MIN_READABLE_PT,
    MM,
    PAPER_SIZES_MM,
    Mode,
    PageSetup,
    PageSetupError,
    TextAdvice,
    describe,
    text_advice,
)
from cjdesigner.canvas.formats import register_image_formats
from cjdesigner.export.registry import Format, format_named, formats
from cjdesigner.export.selection import PrintSelection
from cjdesigner.io.errors import SaveError
from cjdesigner.model.backlog import opportunities
from cjdesigner.ui.export_preview import PagePreview

CUSTOM = "custom"


def format_label(fmt: Format) -> str:
    """The format's name for people, in the interface's language."""
    return fmt.display_name


def file_filter(fmt: Format) -> str:
    """The save dialog's filter: the label, then the format's extensions, as Qt expects them."""
    return f"{format_label(fmt)} ({' '.join('*' + suffix for suffix in fmt.suffixes)})"


def checklist(name: str, items: list[tuple[str, str]]) -> QListWidget:
    widget = QListWidget()
    widget.setObjectName(name)
    for item_id, label in items:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, item_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
        widget.addItem(item)
    return widget


def checked_ids(widget: QListWidget) -> frozenset[str] | None:
    """None when every item is checked: "all", which also takes in items added later."""
    ids = [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())]
    chosen = frozenset(i for row, i in enumerate(ids) if widget.item(row).checkState() == Qt.CheckState.Checked)
    return None if len(chosen) == len(ids) else chosen


class ExportDialog(QDialog):
    finished_export = Signal(object)  # the ExportReport, or None when cancelled or failed

    def __init__(self, document: Document, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        register_image_formats()  # the window's own formats, painted by its canvas
        self.setObjectName("export-dialog")
        self.setWindowTitle(self.tr("Export Map"))
        self.document = document
        self.settings = settings
        self.job: ExportJob | None = None
        self.exporting_here = False  # a format painted with Qt is being written on this thread
        self._here_cancelled = False
        self.thread_: QThread | None = None
        self.preview = PagePreview()
        self.summary = QLabel()
        self.summary.setObjectName("export-summary")
        self.summary.setWordWrap(True)
        self.text_warning = QLabel(objectName="export-text-warning", wordWrap=True)
        self.use_paper = QPushButton(objectName="export-use-paper")
        self.use_poster = QPushButton(objectName="export-use-poster")
        for button in (self.use_paper, self.use_poster):
            button.setAutoDefault(False)  # Return still exports
        self.use_paper.clicked.connect(self._use_suggested_paper)
        self.use_poster.clicked.connect(self._use_suggested_poster)
        self.advice: TextAdvice | None = None
        self.progress = QProgressBar()
        self.progress.setObjectName("export-progress")
        self.progress.setVisible(False)
        self._scene_selection: PrintSelection | None = None  # what the preview scene shows
        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self.refresh_preview)

        tabs = QTabWidget()
        tabs.setAccessibleName(self.tr("Export options"))
        tabs.addTab(self._format_tab(), self.tr("Format"))
        tabs.addTab(self._content_tab(), self.tr("What to Print"))
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("export-button")
        self.export_button.setDefault(True)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.cancel_button = QPushButton(self.tr("Cancel Export"))
        self.cancel_button.setObjectName("export-cancel")
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button.setVisible(False)
        self.export_button.clicked.connect(self.choose_file_and_export)
        self.close_button.clicked.connect(self.reject)
        self.cancel_button.clicked.connect(self.cancel_export)

        right = QVBoxLayout()
        right.addWidget(self.preview, 1)
        right.addWidget(self.summary)
        right.addWidget(self.text_warning)
        remedies = QHBoxLayout()
        remedies.addStretch(1)
        remedies.addWidget(self.use_paper)
        remedies.addWidget(self.use_poster)
        right.addLayout(remedies)
        top = QHBoxLayout()
        top.addWidget(tabs)
        top.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self._restore()
        self._connect_changes()
        self._sync_enabled()
        self.refresh_preview()
        self.resize(980, 620)

    # --- building the form ---------------------------------------------------------------------

    def _format_tab(self) -> QWidget:
        self.format = QComboBox(objectName="export-format")
        for fmt in formats():
            self.format.addItem(format_label(fmt), fmt.name)
        self.paper = QComboBox(objectName="export-paper")
        for name, (w, h) in PAPER_SIZES_MM.items():
            self.paper.addItem(f"{name}  ({format_number(w)} × {format_number(h)} mm)", name)
        self.paper.addItem(self.tr("Custom size"), CUSTOM)
        self.custom_w = self._mm_box("export-custom-width", 50, 5080, 600)
        self.custom_h = self._mm_box("export-custom-height", 50, 5080, 900)
        self.custom_w.setAccessibleName(self.tr("Custom paper width"))
        self.custom_h.setAccessibleName(self.tr("Custom paper height"))
        custom = QHBoxLayout()
        custom.addWidget(self.custom_w)
        custom.addWidget(QLabel("×"))
        custom.addWidget(self.custom_h)
        self.auto_orientation = QRadioButton(self.tr("Automatic"), objectName="export-orientation-auto")
        self.auto_orientation.setToolTip(self.tr("The orientation that prints the map larger, or on fewer sheets"))
        self.landscape = QRadioButton(self.tr("Landscape"), objectName="export-landscape")
        self.portrait = QRadioButton(self.tr("Portrait"), objectName="export-portrait")
        orientation = QHBoxLayout()
        self._orientation = QButtonGroup(self)
        for button in (self.auto_orientation, self.landscape, self.portrait):
            orientation.addWidget(button)
            self._orientation.addButton(button)
        self.margin = self._mm_box("export-margin", 0, 100, 10)
        self.fit = QRadioButton(self.tr("Whole map on one page"), objectName="export-fit")
        self.tile = QRadioButton(self.tr("Poster on several sheets"), objectName="export-tile")
        self._mode = QButtonGroup(self)
        self._mode.addButton(self.fit)
        self._mode.addButton(self.tile)
        self.poster_size = QComboBox(objectName="export-poster-size")
        self.poster_size.addItem(self.tr("At a scale"), "scale")
        self.poster_size.addItem(self.tr("Fit sheets wide"), "wide")
        self.scale = QSpinBox(objectName="export-scale", minimum=5, maximum=1000, value=100, suffix=" %")
        self.sheets_wide = QSpinBox(objectName="export-sheets-wide", minimum=1, maximum=MAX_SHEETS_WIDE, value=3)
        self.sheets_wide.setSuffix(self.tr(" sheets wide"))
        self.overlap = self._mm_box("export-overlap", 0, 50, 10)
        self.title_block = QCheckBox(self.tr("Title block with date and page numbers"), objectName="export-title-block")
        self.overview_page = QCheckBox(self.tr("The project overview as the first page"), objectName="export-overview-page")
        self.overview_page.setChecked(len(self.document.project.journeys) > 1)
        self.persona_pages = QCheckBox(self.tr("A page for each persona"), objectName="export-persona-pages")
        self.summary_pages = QCheckBox(self.tr("Pain points and opportunities by stage"), objectName="export-summary-pages")
        self.links = QCheckBox(self.tr("Links from opportunities to pain points"), objectName="export-links")
        self.decision_pages = QCheckBox(self.tr("Impact/effort matrix and backlog (when there are opportunities)"), objectName="export-decision-pages")
        self.dpi = QSpinBox(objectName="export-dpi", minimum=36, maximum=1200, value=150, suffix=" dpi")
        self.coverage = QCheckBox(self.tr("Evidence coverage row under the stages"), objectName="export-coverage")

        self.page_box = QGroupBox(self.tr("Paper"))
        page_form = QFormLayout(self.page_box)
        page_form.addRow(self.tr("Size"), self.paper)
        page_form.addRow(self.tr("Custom (mm)"), custom)
        page_form.addRow(self.tr("Orientation"), orientation)
        page_form.addRow(self.tr("Margins"), self.margin)
        page_form.addRow(self.fit)
        page_form.addRow(self.tile)
        page_form.addRow(self.tr("Poster size"), self.poster_size)
        page_form.addRow(self.tr("Poster scale"), self.scale)
        page_form.addRow(self.tr("Poster width"), self.sheets_wide)
        page_form.addRow(self.tr("Overlap"), self.overlap)
        page_form.addRow(self.title_block)
        page_form.addRow(self.overview_page)
        page_form.addRow(QLabel(self.tr("Appendix:")))
        page_form.addRow(self.persona_pages)
        page_form.addRow(self.summary_pages)
        page_form.addRow(self.decision_pages)
        self.image_box = QGroupBox(self.tr("Image"))
        image_form = QFormLayout(self.image_box)
        image_form.addRow(self.tr("Resolution"), self.dpi)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.coverage)
        form.addRow(self.links)
        layout.addLayout(form)
        layout.addWidget(self.page_box)
        layout.addWidget(self.image_box)
        layout.addStretch(1)
        return tab

    def _mm_box(self, name: str, low: float, high: float, value: float) -> QDoubleSpinBox:
        box = QDoubleSpinBox(objectName=name, minimum=low, maximum=high, value=value, suffix=" mm", decimals=1)
        return box

    def _content_tab(self) -> QWidget:
        project = self.document.project
        self.journey = QComboBox(objectName="export-journey")
        for journey in project.journeys:
            self.journey.addItem(journey.title, journey.id)
        self.journey.setCurrentIndex(self.journey.findData(self.document.journey_id))
        self.lists = QHBoxLayout()
        self.stages = self.lanes = self.personas = None
        tab = QWidget()
        layout = QVBoxLayout(tab)
        form = QFormLayout()
        form.addRow(self.tr("Journey"), self.journey)
        layout.addLayout(form)
        layout.addLayout(self.lists, 1)
        self._fill_lists()
        self.journey.currentIndexChanged.connect(self._fill_lists)
        return tab

    def _fill_lists(self) -> None:
        project = self.document.project
        journey = project.journey(self.journey.currentData())
        while self.lists.count():
            widget = self.lists.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        personas = {p.id: p.name for p in project.personas}
        self.stages = checklist("export-stages", [(s.id, s.name) for s in journey.stages])
        self.lanes = checklist("export-lanes", [(la.id, la.title) for la in journey.lanes if not la.hidden])
        self.personas = checklist("export-personas", [(p, personas.get(p, p)) for p in journey.persona_ids])
        for title, widget in ((self.tr("Stages"), self.stages), (self.tr("Lanes"), self.lanes), (self.tr("Personas"), self.personas)):
            box = QGroupBox(title)
            widget.setAccessibleName(title)
            QVBoxLayout(box).addWidget(widget)
            self.lists.addWidget(box)
            widget.itemChanged.connect(self._changed)
        self._changed()

    def _connect_changes(self) -> None:
        for combo in (self.format, self.paper, self.poster_size):
            combo.currentIndexChanged.connect(self._changed)
        for box in (self.custom_w, self.custom_h, self.margin, self.overlap, self.scale, self.sheets_wide, self.dpi):
            box.valueChanged.connect(self._changed)
        for button in (self.auto_orientation, self.landscape, self.portrait, self.fit, self.tile, self.title_block, self.persona_pages, self.summary_pages,
                       self.decision_pages, self.coverage, self.links, self.overview_page):
            button.toggled.connect(self._changed)

    # --- settings ------------------------------------------------------------------------------

    def _restore(self) -> None:
        s = self.settings
        self.format.setCurrentIndex(max(0, self.format.findData(str(s.value("export/format", "pdf")))))
        self.paper.setCurrentIndex(max(0, self.paper.findData(str(s.value("export/paper", "A4")))))
        self.custom_w.setValue(float(s.value("export/customWidth", 600)))
        self.custom_h.setValue(float(s.value("export/customHeight", 900)))
        orientation = {"landscape": self.landscape, "portrait": self.portrait}
        orientation.get(str(s.value("export/orientation", "auto")), self.auto_orientation).setChecked(True)
        self.margin.setValue(float(s.value("export/margin", 10)))
        (self.tile if s.value("export/mode", "fit") == "tile" else self.fit).setChecked(True)
        self.scale.setValue(int(s.value("export/scale", 100)))
        self.poster_size.setCurrentIndex(max(0, self.poster_size.findData(str(s.value("export/posterSize", "scale")))))
        self.sheets_wide.setValue(int(s.value("export/sheetsWide", 3)))
        self.overlap.setValue(float(s.value("export/overlap", 10)))
        self.title_block.setChecked(s.value("export/titleBlock", True, type=bool))
        self.persona_pages.setChecked(s.value("export/personaPages", False, type=bool))
        self.summary_pages.setChecked(s.value("export/summaryPages", False, type=bool))
        self.links.setChecked(s.value("export/links", False, type=bool))
        self.decision_pages.setChecked(s.value("export/decisionPages", False, type=bool))
        self.dpi.setValue(int(s.value("export/dpi", 150)))
        self.coverage.setChecked(s.value("export/coverage", True, type=bool))

    def _save_settings(self) -> None:
        s = self.settings
        s.setValue("export/format", self.export_format().name)
        s.setValue("export/paper", self.paper.currentData())
        s.setValue("export/customWidth", self.custom_w.value())
        s.setValue("export/customHeight", self.custom_h.value())
        orientation = "landscape" if self.landscape.isChecked() else "portrait" if self.portrait.isChecked() else "auto"
        s.setValue("export/orientation", orientation)
        s.setValue("export/margin", self.margin.value())
        s.setValue("export/mode", "tile" if self.tile.isChecked() else "fit")
        s.setValue("export/scale", self.scale.value())
        s.setValue("export/posterSize", self.poster_size.currentData())
        s.setValue("export/sheetsWide", self.sheets_wide.value())
        s.setValue("export/overlap", self.overlap.value())
        s.setValue("export/titleBlock", self.title_block.isChecked())
        s.setValue("export/personaPages", self.persona_pages.isChecked())
        s.setValue("export/summaryPages", self.summary_pages.isChecked())
        s.setValue("export/links", self.links.isChecked())
        s.setValue("export/decisionPages", self.decision_pages.isChecked())
        s.setValue("export/dpi", self.dpi.value())
        s.setValue("export/coverage", self.coverage.isChecked())

    # --- options and preview -------------------------------------------------------------------

    def export_format(self) -> Format:
        """The chosen format; the first one if the chosen one has been unregistered since."""
        return format_named(self.format.currentData()) or formats()[0]

    def page_setup(self) -> PageSetup:
        paper = self.paper.currentData()
        if paper == CUSTOM:
            paper = f"{self.custom_w.value():g}x{self.custom_h.value():g}mm"
        return PageSetup(
            paper=paper,
            landscape=None if self.auto_orientation.isChecked() else self.landscape.isChecked(),
            margin_mm=self.margin.value(),
            mode=Mode.TILE if self.tile.isChecked() else Mode.FIT,
            scale_percent=float(self.scale.value()),
            overlap_mm=self.overlap.value(),
            title_block=self.title_block.isChecked(),
            sheets_wide=self.sheets_wide.value() if self._by_width() else None,
        )

    def _by_width(self) -> bool:
        return self.tile.isChecked() and self.poster_size.currentData() == "wide"

    def selection(self) -> PrintSelection:
        return PrintSelection(self.journey.currentData(), checked_ids(self.stages), checked_ids(self.lanes), checked_ids(self.personas))

    def options(self) -> ExportOptions:
        """Raises PageSetupError with a sentence when the page setup cannot print."""
        return ExportOptions(
            self.selection(), self.page_setup(), self.persona_pages.isChecked(), self.summary_pages.isChecked(),
            decision_pages=self.decision_pages.isChecked(), png_dpi=self.dpi.value(),
            coverage=self.coverage.isChecked(), links=self.links.isChecked(), overview_page=self.overview_page.isChecked(),
        )

    def _sync_enabled(self) -> None:
        reads = self.export_format().options
        self.page_box.setVisible("page" in reads)
        self.image_box.setVisible("png_dpi" in reads)
        self.coverage.setVisible("coverage" in reads)
        self.links.setVisible("links" in reads)
        self.overview_page.setVisible("overview_page" in reads)
        custom = self.paper.currentData() == CUSTOM
        self.custom_w.setEnabled(custom)
        self.custom_h.setEnabled(custom)
        self.poster_size.setEnabled(self.tile.isChecked())
        self.scale.setEnabled(self.tile.isChecked() and not self._by_width())
        self.sheets_wide.setEnabled(self._by_width())
        self.overlap.setEnabled(self.tile.isChecked())

    def _changed(self, *_: object) -> None:
        if not hasattr(self, "format"):
            return
        self._sync_enabled()
        self._timer.start()

    def refresh_preview(self) -> None:
        try:
            options = self.options()
            for chosen, sentence in (
                (options.selection.stage_ids, self.tr("choose at least one stage to print")),
                (options.selection.lane_ids, self.tr("choose at least one lane to print")),
            ):
                if chosen is not None and not chosen:
                    raise ValueError(sentence)
        except (PageSetupError, ValueError) as error:
            self._refuse(str(error))
            return
        if options.selection != self._scene_selection:
            self.scene = export_scene(self.document.project, options)
            self._scene_selection = options.selection
        self.export_button.setEnabled(self.job is None)
        fmt = self.export_format()
        layout = self.scene.layout
        self._show_advice(None)
        if "page" in fmt.options:
            try:
                setup = options.page.for_map(layout.width, layout.height)
                sheets = setup.sheets(layout.width, layout.height) if setup.mode == Mode.TILE else []
                advice = text_advice(options.page, layout.width, layout.height, len(layout.cards))
            except PageSetupError as error:
                self._refuse(str(error))
                return
            self.preview.show_export(self.scene, setup, sheets)
            self.summary.setText(self._describe_pdf(options, setup, layout.width, layout.height, sheets))
            self._show_advice(advice)
        else:
            self.preview.show_export(self.scene, None, [])
            if "png_dpi" in fmt.options:
                size = image_size(self.scene, options.png_dpi)
                try:
                    check_image_size(size, options.png_dpi)
                except ImageTooLarge as error:
                    self._refuse(error.sentence)
                    return
                self.summary.setText(self.tr("PNG image of %1 × %2 pixels at %3 dpi.").replace("%1", format_number(size.width())).replace("%2", format_number(size.height())).replace("%3", str(options.png_dpi)))
            else:
                text = self.tr("%1 of %2 × %3 mm.").replace("%2", format_number(layout.width / MM, decimals=0)).replace("%3", format_number(layout.height / MM, decimals=0))
                self.summary.setText(text.replace("%1", format_label(fmt)))

    def _show_advice(self, advice: TextAdvice | None) -> None:
        """Warns, next to the summary, that card text would print too small, with a button for
        each remedy: the smallest paper, or the narrowest poster, that prints it readably."""
        self.advice = advice
        self.text_warning.setVisible(advice is not None)
        self.use_paper.setVisible(advice is not None and advice.paper is not None)
        self.use_poster.setVisible(advice is not None and advice.sheets_wide is not None)
        if advice is None:
            return
        readable = format_number(MIN_READABLE_PT)
        size = self.tr("Card text would print at %1 pt.").replace("%1", format_number(advice.points, decimals=1))
        if advice.paper and advice.sheets_wide:
            remedy = self.tr("%1 or a poster %2 sheets wide prints it at %3 pt or more.")
            remedy = remedy.replace("%1", advice.paper).replace("%2", str(advice.sheets_wide))
        elif advice.paper:
            remedy = self.tr("%1 prints it at %3 pt or more.").replace("%1", advice.paper)
        elif advice.sheets_wide:
            remedy = self.tr("A poster %2 sheets wide prints it at %3 pt or more.").replace("%2", str(advice.sheets_wide))
        else:
            remedy = self.tr("Print fewer stages or lanes, or choose a larger paper.")
        self.text_warning.setText(f"<span style='color:#B45309'>⚠ {size} {remedy.replace('%3', readable)}</span>")
        if advice.paper:
            self.use_paper.setText(self.tr("Use %1").replace("%1", advice.paper))
        if advice.sheets_wide:
            self.use_poster.setText(self.tr("Poster %1 sheets wide").replace("%1", str(advice.sheets_wide)))

    def _use_suggested_paper(self) -> None:
        if self.advice is not None and self.advice.paper:
            self.paper.setCurrentIndex(self.paper.findData(self.advice.paper))
            self.refresh_preview()

    def _use_suggested_poster(self) -> None:
        if self.advice is not None and self.advice.sheets_wide:
            self.sheets_wide.setValue(self.advice.sheets_wide)
            self.poster_size.setCurrentIndex(self.poster_size.findData("wide"))
            self.tile.setChecked(True)
            self.refresh_preview()

    def _refuse(self, sentence: str) -> None:
        """Says in the summary line why these settings cannot export, and disables Export."""
        self._show_advice(None)
        refusal = self.tr("Cannot export: %1").replace("%1", sentence)
        self.summary.setText(f"<span style='color:#C62828'>{refusal}</span>")
        self.export_button.setEnabled(False)

    def _describe_pdf(self, options: ExportOptions, setup: PageSetup, width: float, height: float, sheets: list) -> str:
        """`setup` is the options' page setup made definite for the map (orientation, scale)."""
        journey = self.document.project.journey(options.selection.journey_id or self.document.journey_id)
        decisions = bool(options.decision_pages and opportunities(journey))
        appendix = self._describe_appendix(bool(options.persona_pages), bool(options.summary_pages), decisions)
        if setup.mode == Mode.FIT:
            scale = setup.fit(width, height).scale * 100
            text = self.tr("One page, %1, the map at %2 % of its size.").replace("%1", describe(setup)).replace("%2", format_number(scale, decimals=0))
        else:
            rows, columns = sheets[-1].row + 1, sheets[-1].column + 1
            text = self.tr("An assembly plan, then %1 sheets (%2 rows × %3 columns), %4, at %5 %.")
            values = {"%1": str(len(sheets)), "%2": str(rows), "%3": str(columns), "%4": describe(setup), "%5": format_number(setup.scale_percent)}
            for marker in ("%5", "%4", "%3", "%2", "%1"):
                text = text.replace(marker, values[marker])
        return f"{text} {appendix}" if appendix else text

    def _describe_appendix(self, personas: bool, summary: bool, decisions: bool) -> str:
        """The pages printed after the map, as a sentence of its own: one whole sentence per
        combination, so that a translation never has to agree with pieces it cannot see."""
        return {
            (False, False, False): "",
            (True, False, False): self.tr("After the map come persona pages."),
            (False, True, False): self.tr("After the map comes a summary of pain points and opportunities."),
            (True, True, False): self.tr("After the map come persona pages and a summary of pain points and opportunities."),
            (False, False, True): self.tr("After the map come the impact/effort matrix and the backlog."),
            (True, False, True): self.tr("After the map come persona pages, the impact/effort matrix and the backlog."),
            (False, True, True): self.tr("After the map come a summary of pain points and opportunities, the impact/effort matrix and the backlog."),
            (True, True, True): self.tr("After the map come persona pages, a summary of pain points and opportunities, the impact/effort matrix and the backlog."),
        }[(personas, summary, decisions)]

    # --- exporting -----------------------------------------------------------------------------

    def suggested_path(self) -> Path:
        fmt = self.export_format()
        folder = self.settings.value("export/folder", "")
        if not folder:
            folder = str(self.document.path.parent) if self.document.path else QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        stem = self.document.path.stem if self.document.path else (self.document.project.title or "map")
        journey = self.document.project.journey(self.journey.currentData())
        if len(self.document.project.journeys) > 1:
            stem = f"{stem} - {journey.title}"
        safe = "".join("_" if ch in '<>:"/\\|?*' else ch for ch in stem).strip() or "map"
        return Path(folder) / f"{safe}{fmt.suffix}"

    def choose_file_and_export(self) -> None:
        fmt = self.export_format()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export Map"), str(self.suggested_path()), file_filter(fmt))
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in fmt.suffixes:
            target = target.with_name(target.name + fmt.suffix)
        self.export_to(target)

    def export_to(self, path: Path) -> None:
        if self._timer.isActive():  # a pending preview would overwrite the export's result
            self._timer.stop()
            self.refresh_preview()
        try:
            options = self.options()
        except (PageSetupError, ValueError) as error:
            QMessageBox.warning(self, self.tr("Cannot export"), str(error))
            return
        self._save_settings()
        self.settings.setValue("export/folder", str(path.parent))
        fmt = self.export_format()
        if fmt.needs_qt:
            self._export_here(fmt, path, options)
        else:
            self._start_job(fmt, path, options)

    def _export_here(self, fmt: Format, path: Path, options: ExportOptions) -> None:
        """A format painted with Qt (PNG, SVG) draws a scene, which must live on this thread: the
        exporter reports between parts of its work and the events go through, so Cancel still answers."""
        self._here_cancelled = False
        self._job_started()
        self.setCursor(Qt.CursorShape.BusyCursor)

        def progress(done: int, total: int) -> bool:
            self._progressed(done, total)
            QApplication.processEvents()
            return not self._here_cancelled

        self.exporting_here = True
        try:
            report = fmt.export(self.document.project, options, path, progress)
        except ExportCancelled:
            self._cancelled()
            return
        except SaveError as error:
            self._failed(error.sentence)
            return
        finally:
            self.exporting_here = False
            self.unsetCursor()
        self._succeeded(report, path)

    def _start_job(self, fmt: Format, path: Path, options: ExportOptions) -> None:
        self.job = ExportJob(fmt, self.document.project.model_copy(deep=True), path, options)
        self.thread_ = QThread(self)
        self.job.moveToThread(self.thread_)
        self.thread_.started.connect(self.job.run)
        self.job.progressed.connect(self._progressed)
        self._target = path
        self.job.succeeded.connect(self._job_written)
        self.job.failed.connect(self._failed)
        self.job.cancelled.connect(self._cancelled)
        self._job_started()
        self.thread_.start()

    def cancel_export(self) -> None:
        if self.job is not None:
            self.job.cancel()
        self._here_cancelled = True
        self.cancel_button.setEnabled(False)

    @Slot(int, int)
    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _job_started(self) -> None:
        self.progress.setRange(0, 0)  # busy until the first report gives a total
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.export_button.setEnabled(False)
        self.close_button.setEnabled(False)
        self.cancel_button.setVisible(True)

    def _job_over(self) -> None:
        if self.thread_ is not None:
            self.thread_.quit()
            self.thread_.wait()
            self.thread_.deleteLater()
        self.job = self.thread_ = None
        self.cancel_button.setVisible(False)
        self.cancel_button.setEnabled(True)
        self.close_button.setEnabled(True)
        self.export_button.setEnabled(True)

    @Slot(object)
    def _job_written(self, report: ExportReport) -> None:
        self._succeeded(report, self._target)

    def _succeeded(self, report: ExportReport, path: Path) -> None:
        self._job_over()
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        pages = self.tr("1 page") if report.pages == 1 else self.tr("%1 pages").replace("%1", str(report.pages))
        self.summary.setText(self.tr("Exported %1 to %2.").replace("%1", pages).replace("%2", str(path)))
        if report.warnings:
            QMessageBox.warning(
                self,
                self.tr("Not everything printed as it is"),
                self.tr("The export is written, but:\n\n") + "\n".join(report.warnings[:10]),
            )
        self.finished_export.emit(report)

    @Slot(str)
    def _failed(self, sentence: str) -> None:
        self._job_over()
        self.progress.setVisible(False)
        QMessageBox.critical(self, self.tr("Cannot export"), sentence)
        self.finished_export.emit(None)

    @Slot()
    def _cancelled(self) -> None:
        self._job_over()
        self.progress.setVisible(False)
        self.summary.setText(self.tr("Export cancelled; no file was written."))
        self.finished_export.emit(None)

    def reject(self) -> None:
        if self.job is not None or self.exporting_here:  # closing while exporting: stop the export first
            self.cancel_export()
            return
        self._save_settings()
        super().reject()
