"""The "Vote from phones" dialog: the round's rules, what the cards are, and how phones reach the
laptop (each of its networks' addresses, and why a guest Wi-Fi may not let them)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from cjdesigner.ui.presentation.phone_round import PhoneSettings, free_port
from cjdesigner.ui.presentation.windows import round_basics


HELP_WIDTH = 520


def network_addresses() -> list[tuple[str, str]]:
    """(network's name, IPv4 address) of each network the laptop is on, loopback last."""
    found: list[tuple[str, str]] = []
    loopback: list[tuple[str, str]] = []
    for interface in QNetworkInterface.allInterfaces():
        flags = interface.flags()
        if not flags & QNetworkInterface.InterfaceFlag.IsUp or not flags & QNetworkInterface.InterfaceFlag.IsRunning:
            continue
        for entry in interface.addressEntries():
            ip = entry.ip()
            if ip.protocol() != QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
                continue
            row = (interface.humanReadableName() or interface.name(), ip.toString())
            (loopback if ip.isLoopback() else found).append(row)
    return found + loopback


class PhoneRoundDialog(QDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("phone-round-dialog")
        self.setWindowTitle(self.tr("Vote from phones"))
        self.port = free_port()
        form, self.name, self.budget, self.hidden = round_basics(self)
        self.hidden.setChecked(True)
        self.scope = QComboBox(self)
        self.scope.addItem(self.tr("The whole map’s opportunities"), True)
        self.scope.addItem(self.tr("The spotlighted stage’s opportunities"), False)
        self.naming = QComboBox(self)
        self.naming.addItem(self.tr("A name, or anonymous"), "optional")
        self.naming.addItem(self.tr("A name is required"), "required")
        self.naming.addItem(self.tr("Anonymous only"), "anonymous")
        self.one_per_card = QCheckBox(self.tr("At most one dot per card and participant"), self)
        form.addRow(self.tr("Cards:"), self.scope)
        form.addRow(self.tr("Participants:"), self.naming)
        form.addRow(self.one_per_card)
        form.addRow(self.hidden)
        for before, after in zip((self.budget, self.scope, self.naming, self.one_per_card), (self.scope, self.naming, self.one_per_card, self.hidden)):
            QWidget.setTabOrder(before, after)  # the form's order, not the order made
        help_text = QLabel(self.tr(
            "Phones must be on the same network as this laptop. Guest and company Wi-Fi often keep "
            "devices from reaching each other (client isolation): if phones cannot open the page, "
            "turn on this laptop’s own hotspot, ask the room to join it, and use its address below. "
            "Nothing leaves the room: the page is served by this laptop only while the round is open."), self)
        help_text.setWordWrap(True)
        help_text.setMinimumWidth(HELP_WIDTH)
        help_text.setMinimumHeight(help_text.heightForWidth(HELP_WIDTH))  # a form row would squeeze it
        help_text.setObjectName("phone-network-help")
        form.addRow(help_text)
        self.networks = QListWidget(self)
        self.networks.setObjectName("phone-networks")
        self.networks.setAccessibleName(self.tr("Address for each network of this laptop"))
        for network, ip in network_addresses():
            item = QListWidgetItem(f"{network}: http://{ip}:{self.port}/", self.networks)
            item.setData(Qt.ItemDataRole.UserRole, ip)
        if self.networks.count():
            self.networks.setCurrentRow(0)
        form.addRow(self.tr("The QR code’s network:"), self.networks)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def settings(self) -> PhoneSettings:
        item = self.networks.currentItem()
        shown = str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""
        return PhoneSettings(
            name=self.name.text(), budget=self.budget.value(), hidden=self.hidden.isChecked(),
            naming=str(self.naming.currentData()), one_per_card=self.one_per_card.isChecked(),
            whole_map=bool(self.scope.currentData()), shown_host=shown, port=self.port,
        )
