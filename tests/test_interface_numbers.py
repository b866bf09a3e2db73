"""Numbers and Qt's own labels follow the interface language: a decimal comma in French in the
export dialog and the command line, and Qt's file dialog in French."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QLabel

from cjdesigner.app.document import Document
from cjdesigner.cli import main
from cjdesigner.io.cjmap import save_project
from cjdesigner.io.sample import sample_project
from cjdesigner.ui.export_dialog import ExportDialog

PACKAGE = Path(__file__).resolve().parent.parent / "cjdesigner"
# a number written into a file for a program to read, not a sentence for a person
MACHINE_NUMBERS = {
    ("ui/export_dialog.py", 'paper = f"{self.custom_w.value():g}x{self.custom_h.value():g}mm"'),
    ("export/mermaid.py", 'lines.append(f"      {text}: {score:g}"'),
    ("export/backlog.py", 'else f"{value:.2f}".replace(".", decimal)'),
    ("model/document.py", 'return f"{self.percent:g}%"'),  # a frequency as CSV cells hold it
}
HAND_FORMAT = re.compile(r"\{[^{}]*:[,_]?\d*(\.\d+)?[fg%]\}|\{[^{}]*:,\}|%\.\d+f")


def test_no_number_shown_to_people_is_formatted_by_hand():
    """Every number of a window, an error sentence or the command line goes through
    i18n.number (layout.charts.format_number for the map's language), which writes it as the interface's language does."""
    found = []
    for path in [*PACKAGE.glob("ui/**/*.py"), *PACKAGE.glob("export/**/*.py"), *PACKAGE.glob("io/**/*.py"), *PACKAGE.glob("model/**/*.py"),
                 *PACKAGE.glob("canvas/**/*.py"), PACKAGE / "cli.py"]:
        relative = path.relative_to(PACKAGE).as_posix()
        for line in path.read_text(encoding="utf-8").splitlines():
            if HAND_FORMAT.search(line) and not any(relative == f and text in line for f, text in MACHINE_NUMBERS):
                found.append(f"{relative}: {line.strip()}")
    assert not found, "\n".join(found)


def test_the_backlog_in_a_french_terminal_has_decimal_commas(tmp_path, capsys, monkeypatch):
    path = tmp_path / "sample.cjmap"
    save_project(sample_project(), path)
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert main(["backlog", str(path)]) == 0
    first = capsys.readouterr().out.splitlines()[2]
    assert "2,00" in first and "2,33" in first and "2.00" not in first


def test_the_export_dialog_writes_french_numbers(qtbot, tmp_path, french_interface):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    dialog = ExportDialog(Document(sample_project()), settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.paper.setCurrentIndex(dialog.paper.findData("A4"))
    dialog.fit.setChecked(True)
    dialog.refresh_preview()
    warning = dialog.text_warning.text()
    assert re.search(r"\d,\d\s?pt", warning) and not re.search(r"\d\.\d", warning), warning
    dialog.tile.setChecked(True)
    dialog.poster_size.setCurrentIndex(dialog.poster_size.findData("wide"))
    dialog.sheets_wide.setValue(3)
    dialog.refresh_preview()
    summary = dialog.summary.text()
    assert re.search(r"\d,\d+\s?%", summary) and not re.search(r"\d\.\d", summary), summary
    assert dialog.poster_size.itemText(dialog.poster_size.findData("scale")) == "À une échelle"


def test_qt_file_dialog_speaks_french(qtbot, french_interface):
    for mode in (QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave):
        dialog = QFileDialog(None, "x")
        qtbot.addWidget(dialog)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(mode)
        labels = {label.text() for label in dialog.findChildren(QLabel)}
        assert {"&Voir dans\u202f:", "Fichiers de &type\u202f:"} <= labels, labels
        assert not labels & {"&Look in:", "Files of &type:"}, labels


def test_counts_in_plural_sentences_and_limits_are_written_as_the_language_writes_numbers(tmp_path, capsys, language):
    """"(et 4999 autres problèmes)" and "de 5 à 1000 %" were left from before numbers were localized."""
    import json

    from cjdesigner import i18n
    from cjdesigner.io.cjmap import dumps_project

    body = json.loads(dumps_project(sample_project()))
    cards = body["journeys"][0]["cards"]
    cards += [{**cards[0], "id": f"lost-{i}", "stage_id": "nowhere"} for i in range(5000)]
    (tmp_path / "bad.cjmap").write_text(json.dumps(body), encoding="utf-8")
    assert main(["validate", str(tmp_path / "bad.cjmap")]) == 1
    out = capsys.readouterr()
    said = out.out + out.err
    assert i18n.number(5000) in said and "5000" not in said
    assert main(["export", str(tmp_path / "bad.cjmap"), "-o", str(tmp_path / "x.pdf"), "--tile", "--scale", "1"]) == 2
    sentence = i18n.arg(i18n.translate("page", "a scale of %1% is outside %2% to %3%"), 1, i18n.number(5), i18n.number(1000))
    assert sentence in capsys.readouterr().err and i18n.number(1000) != "1000"


def test_qt_writes_a_plural_sentence_count_as_the_language_does(qt_language):
    from cjdesigner import i18n

    assert i18n.number(4999) in i18n.tr("%1 (and %n more problems)", None, 4999)
