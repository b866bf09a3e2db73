import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

TESTS = Path(__file__).parent
sys.path.insert(0, str(TESTS))


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory, monkeypatch):
    """QSettings and the user's folders point into a temporary folder, never the real home."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    (home / "tmp").mkdir()
    monkeypatch.setenv("TMPDIR", str(home / "tmp"))  # the journals' fallback folder, too
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    yield


class SaveQuestion:
    """Stands in for the "save changes?" dialog, which would block a headless test forever."""

    def __init__(self):
        self.asked: list[str] = []
        self.answer = None

    def __call__(self, parent, name):
        from PySide6.QtWidgets import QMessageBox

        self.asked.append(name)
        return self.answer or QMessageBox.StandardButton.Discard


@pytest.fixture(autouse=True)
def save_question(monkeypatch):
    question = SaveQuestion()
    try:
        from cjdesigner.ui import dialogs
    except ImportError:
        yield question
        return
    monkeypatch.setattr(dialogs, "ask_to_save", question)
    yield question


@pytest.fixture
def window(request, qtbot, tmp_path):
    """The main window at 100 %, with throw-away settings, on the small test project, or on the
    project a module names with `pytestmark = pytest.mark.window_project(builder=...)`."""
    from builders import small_project
    from qt_helpers import shown_main_window

    marker = request.node.get_closest_marker("window_project")
    win = shown_main_window(qtbot, tmp_path, marker.kwargs["builder"]() if marker else small_project(), paint_first=True)
    win.finish_building()  # the docks and menus, built after the first paint in the app
    win.view.zoom_reset()
    win.view.setFocus()
    return win


@pytest.fixture(autouse=True)
def _empty_clipboard_after(request):
    """Mime data left on the offscreen clipboard crashes the interpreter at exit; clear it."""
    yield
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is not None:
        QGuiApplication.clipboard().clear()


@pytest.fixture
def unenterable_folder(tmp_path, monkeypatch):
    """A folder the user may not enter. Simulated, because CI runs the tests as root, for whom every folder opens."""
    import errno

    locked = tmp_path / "locked"
    locked.mkdir()
    real_stat = Path.stat

    def stat(self, *args, **kwargs):
        if self == locked or locked in self.parents:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_stat(self, *args, **kwargs)

    monkeypatch.setattr(Path, "stat", stat)
    return locked


@pytest.fixture(autouse=True)
def _collect_garbage_between_tests():
    """Windows, sessions and undo stacks a test leaves behind are collected here, between tests.
    Left to Python's collector, they were torn down at a random moment inside the next test's Qt
    event processing, and that re-entrant teardown crashed PySide now and then."""
    yield
    import gc

    gc.collect()


@pytest.fixture(params=["fr", "en"])
def language(request, monkeypatch):
    """Runs a test under a French and an English interface, the catalogue installed as the command
    line installs it: code that compares translated text to decide something fails under one of them."""
    from cjdesigner import i18n

    monkeypatch.setenv("LANG", "fr_FR.UTF-8" if request.param == "fr" else "en_US.UTF-8")
    previous = i18n.install(i18n.catalogue(request.param))
    yield request.param
    i18n.install(previous)


@pytest.fixture
def qt_language(language, qapp):
    """The `language` run with Qt's translators installed too, as the app installs them at start
    (`install_translators`): a dialog, a status bar or an undo step then speaks that language."""
    from PySide6.QtCore import QLocale

    from cjdesigner.ui.preferences import install_translators

    default = QLocale()
    install_translators(language)
    yield language
    install_translators("en")
    QLocale.setDefault(default)


@pytest.fixture
def french_interface(qapp):
    """Qt's translators in French for this test, English again after it."""
    from cjdesigner.ui.preferences import install_translators

    install_translators("fr")
    yield
    install_translators("en")


def pytest_configure(config):
    config.addinivalue_line("markers", "window_project(builder=f): the `window` fixture opens on f() instead of the small project")
    config.addinivalue_line(
        "markers", "one_language: in a module run under both languages, a test that says no sentence (a round trip, a "
        "property) runs under English only, so the second language does not double its time")


def pytest_collection_modifyitems(config, items):
    """Drops the French run of the tests marked `one_language`."""
    french = [item for item in items if item.get_closest_marker("one_language")
              and getattr(item, "callspec", None) is not None and item.callspec.params.get("language") == "fr"]
    if french:
        config.hook.pytest_deselected(items=french)
        items[:] = [item for item in items if item not in french]
