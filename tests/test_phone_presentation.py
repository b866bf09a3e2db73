"""Voting from phones in presentation mode: Shift+F5 (or Q while presenting) asks for the round
in a dialog that explains Wi-Fi client isolation and lists the laptop's address on each network;
the projector then shows the QR code, the short address, the room code, how many phones joined
and how many dots are cast — never who voted what (its QR code read back by `zbarimg`, Debian's
zbar-tools) — and E closes the round."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QLabel

from phone_client import join, vote
from cjdesigner.io.sample import sample_project
from cjdesigner.ui.presentation import Presentation
from cjdesigner.ui.presentation.phone_dialog import PhoneRoundDialog
from cjdesigner.ui.presentation.phone_round import PhoneSettings
from cjdesigner.ui.presentation.windows import StagePainter

pytestmark = pytest.mark.window_project(builder=sample_project)


def test_the_dialog_explains_isolation_and_lists_each_network(qtbot):
    dialog = PhoneRoundDialog(None)
    qtbot.addWidget(dialog)
    help_text = dialog.findChild(QLabel, "phone-network-help")
    assert "hotspot" in help_text.text() and "isolation" in help_text.text()
    rows = [dialog.networks.item(i).text() for i in range(dialog.networks.count())]
    assert any(f"http://127.0.0.1:{dialog.port}/" in row for row in rows)
    assert dialog.networks.accessibleName()
    settings = dialog.settings()
    assert settings.port == dialog.port and settings.shown_host and settings.budget == 3 and settings.hidden


def test_shift_f5_presents_and_q_asks_for_a_phone_round_shown_on_the_projector(window, qtbot, monkeypatch, tmp_path):
    asked: list[PhoneRoundDialog] = []

    def accept(dialog: PhoneRoundDialog) -> int:
        asked.append(dialog)
        return 1

    monkeypatch.setattr(PhoneRoundDialog, "exec", accept)
    monkeypatch.setattr(PhoneRoundDialog, "settings", lambda dialog: PhoneSettings(host="127.0.0.1", name="Priorités"))
    assert window.action("view.present_phones").shortcut().toString() == "Shift+F5"
    window.action("view.present_phones").trigger()
    (presentation,) = window.findChildren(Presentation)
    try:
        qtbot.waitExposed(presentation.projector)
        assert len(asked) == 1 and presentation.phone_round is not None
        qtbot.keyClick(presentation.projector, Qt.Key.Key_Q)  # a round is open: Q asks nothing more
        assert len(asked) == 1
        phones = presentation.phone_round
        server = phones.server
        _, anne = join(server, "Anne")
        assert vote(server, anne["phone"], anne["state"]["items"][0]["id"])[0] == 200
        qtbot.waitUntil(lambda: phones.summary["cast"] == 1)
        panel = StagePainter(presentation).phone_panel(1920, 1080)
        said = [line.text for line in panel.lines]
        assert said[0] == phones.address and phones.address.startswith("127.0.0.1:")
        assert phones.code in said and len(phones.code) == 6
        assert said[3:] == list(presentation.phone_figures()) and all(text.startswith("1 ") for text in said[3:])
        assert not any("Anne" in text for text in said)
        assert len(panel.modules) > 100 and len(phones.modules) >= 25  # the QR code of the voting address
        image = QImage(1920, 1080, QImage.Format.Format_RGB32)
        painter = QPainter(image)
        StagePainter(presentation).paint(painter, 1920, 1080)
        painter.end()
        box = panel.panel.rect
        assert image.pixelColor(int(box.x + box.w / 2), int(box.y + box.h - 3)).name() == "#ffffff"  # the panel is painted
        first = panel.modules[0]
        assert image.pixelColor(int(first.x + first.w / 2), int(first.y + first.h / 2)).lightness() < 60  # a dark module
        shot = tmp_path / "projector.png"
        image.save(str(shot))
        read = subprocess.run(["zbarimg", "--quiet", "--raw", str(shot)], capture_output=True, text=True, timeout=60)
        assert read.stdout.strip() == phones.url  # a phone's camera reads the voting address, token and all
        qtbot.keyClick(presentation.projector, Qt.Key.Key_E)
        assert presentation.phone_round is None and presentation.journey.voting_rounds[-1].name == "Priorités"
        assert StagePainter(presentation).phone_panel(1920, 1080) is None
    finally:
        presentation.end()


def test_tab_walks_the_phone_dialog_in_the_order_it_reads(qtbot):
    dialog = PhoneRoundDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.name.setFocus()
    seen = []
    for _ in range(6):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        seen.append(dialog.focusWidget())
    assert seen[:5] == [dialog.budget, dialog.scope, dialog.naming, dialog.one_per_card, dialog.hidden]


def test_the_projector_counts_phones_and_dots_in_the_interface_language(window, qtbot, french_interface):
    presentation = Presentation(window.session, window)
    presentation.phone_round = type("Round", (), {"summary": {"joined": 1, "cast": 24}})()
    assert presentation.phone_figures() == ("1 téléphone connecté", "24 gommettes posées")
    presentation.phone_round = None
