"""Makes the README's pictures of voting from phones: the projector showing the QR code, the room
code and the room's figures in the middle of a phone round; the voting page as a phone shows it
(rendered by headless Chromium at 390 × 844); and the results once the round is revealed and closed.
The sample map and the interface are in French, as a French facilitator would project them.

Run from the checkout: `python docs/make_phone_screenshots.py` (headless; needs Debian's `chromium`
and `chromium-driver`, and the `phones` and `test` extras). Every request goes to 127.0.0.1.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "tests")]

ROOM = {"Camille": [0, 2, 2], "Jean": [1, 2, 4], "Inès": [2, 4, 6], "Marc": [0, 4, 5], "Léa": [2, 3], "": [4, 6, 6],
        "Hugo": [2, 5], "Sofia": [1, 4, 4]}


def main() -> int:
    from make_workshop_screenshots import _platform

    _platform()
    from PySide6.QtCore import QSettings
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    from phone_client import join, phone_browser, vote
    from cjdesigner.app.document import Document
    from cjdesigner.app.session import Session
    from cjdesigner.io.sample import sample_project
    from cjdesigner.ui.main_window import MainWindow
    from cjdesigner.ui.presentation import present
    from cjdesigner.ui.presentation.phone_round import PhoneSettings

    app = QApplication(sys.argv[:1])
    from cjdesigner.ui.preferences import install_translators

    install_translators("fr")
    folder = Path(tempfile.mkdtemp())
    document = Document(sample_project())
    editor = MainWindow(Session(document, QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)))
    laptop = app.screens()[0]
    editor.setScreen(laptop)
    editor.setGeometry(laptop.availableGeometry())
    editor.show()
    QTest.qWaitForWindowExposed(editor)
    presentation = present(editor.session, editor)
    QTest.qWaitForWindowExposed(presentation.projector)
    presentation.spotlight(1)
    # The projector shows an address as a laptop on a Wi-Fi would have; the server listens on the
    # loopback only, and the picture's browser goes there.
    presentation.start_phone_round(PhoneSettings(name="Ce qui compte le plus", budget=3, hidden=True, host="127.0.0.1", shown_host="192.168.1.20"))
    phones = presentation.phone_round
    server = phones.server
    url = server.voting_url("127.0.0.1")
    for name, picks in ROOM.items():
        _, phone = join(server, name)
        items = phone["state"]["items"]
        for index in picks:
            vote(server, phone["phone"], items[index]["id"])
    presentation.timer.set_minutes(4)
    presentation.timer.toggle()
    with phone_browser() as browser:
        browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": 390, "height": 844, "deviceScaleFactor": 2, "mobile": True})
        browser.get(url)
        WebDriverWait(browser, 20).until(lambda d: d.find_element(By.ID, "join-form").is_displayed())
        browser.find_element(By.ID, "name").send_keys("Nadia")
        browser.find_element(By.ID, "join-button").click()
        WebDriverWait(browser, 20).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#items li"))
        for index in (2, 2):
            browser.find_elements(By.CSS_SELECTOR, "#items li button.plus")[index].click()
            QTest.qWait(300)
        WebDriverWait(browser, 20).until(lambda d: "1" in d.find_element(By.ID, "status").text)
        browser.execute_script("document.activeElement.blur(); window.scrollTo(0, 0)")
        QTest.qWait(200)
        browser.save_screenshot(str(HERE / "phones-page.png"))
        QTest.qWait(300)
        app.processEvents()
        presentation.projector.grab().save(str(HERE / "phones-projector.png"))
        presentation.reveal()
        QTest.qWait(300)
        presentation.end_round()
        app.processEvents()
        presentation.projector.grab().save(str(HERE / "phones-results.png"))
    presentation.timer.stop()
    presentation.end()
    document.undo_stack.setClean()  # the votes were for the pictures: no "save changes?" question
    editor.close()
    print("wrote docs/phones-projector.png, docs/phones-page.png and docs/phones-results.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
