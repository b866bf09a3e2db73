"""The desktop packaging: what the bundle leaves out, the Linux desktop files and their per-user
install, the icons, the Windows and macOS file-association data, the licence, and maps handed to the
running app by the system.

Building the bundle itself takes a minute or so and is done by .ci/run (packaging/build, which ends
with packaging/smoke-test); these tests check everything that does not need it.
"""

from __future__ import annotations

import configparser
import importlib.util
import os
import plistlib
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from builders import small_project
from cjdesigner.io.cjmap import dumps_project

ROOT = Path(__file__).parent.parent
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
MIME_TYPE = "application/x-cjdesigner-map"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"cjdesigner_packaging_{name}", PACKAGING / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bundle_config = _load("bundle_config")


def _desktop_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


# --- what the bundle keeps and leaves out ---------------------------------------------------------


def test_the_app_imports_only_the_qt_modules_the_bundle_keeps():
    assert bundle_config.check() == []
    assert set(bundle_config.imported_qt_modules()) <= bundle_config.KEPT_QT_MODULES
    assert {"QtSql", "QtQml", "QtQuick", "QtOpenGL"} <= bundle_config.dropped_qt_modules()
    excluded = set(bundle_config.excluded_modules())
    assert {f"PySide6.{name}" for name in bundle_config.dropped_qt_modules()} <= excluded
    assert not {f"PySide6.{name}" for name in bundle_config.KEPT_QT_MODULES} & excluded


def test_importing_a_dropped_qt_module_fails_the_check_and_names_the_file(tmp_path):
    source = tmp_path / "cjdesigner"
    shutil.copytree(ROOT / "cjdesigner", source, ignore=shutil.ignore_patterns("__pycache__", "*.ttf"))
    with (source / "ui" / "application.py").open("a", encoding="utf-8") as module:
        module.write("\nfrom PySide6 import QtHelp\n")
    (source / "canvas" / "web.py").write_text("import PySide6.QtQuick.QQuickItem\n", encoding="utf-8")

    problems = bundle_config.check(source=source)
    assert len(problems) == 2
    assert problems[0].startswith("the app imports PySide6.QtHelp (cjdesigner/ui/application.py:")
    assert problems[1].startswith("the app imports PySide6.QtQuick (cjdesigner/canvas/web.py:1), which the bundle leaves out")


def test_the_bundle_drops_the_embedded_screen_plugins_but_keeps_the_desktop_ones():
    keeps = bundle_config.keeps_binary
    for dropped in ("PySide6/Qt/plugins/platforms/libqvnc.so", "PySide6/Qt/plugins/platforms/libqeglfs.so",
                    "PySide6/Qt/plugins/generic/libqtuiotouchplugin.so", "PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6"):
        assert not keeps(dropped), dropped
    for kept in ("PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/platforms/libqwayland.so",
                 "PySide6/Qt/plugins/platforms/libqoffscreen.so", "PySide6\\Qt\\plugins\\platforms\\qwindows.dll",
                 "PySide6/Qt/plugins/iconengines/libqsvgicon.so", "PySide6/Qt/lib/libQt6Svg.so.6", "PySide6/Qt/lib/libQt6Network.so.6",
                 "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so"):
        assert keeps(kept), kept


def test_a_built_bundle_with_a_dropped_module_or_without_a_kept_one_is_refused(tmp_path):
    modules = tmp_path / "_internal" / "PySide6"
    modules.mkdir(parents=True)
    for name in (*sorted(bundle_config.KEPT_QT_MODULES), "QtSql"):
        (modules / f"{name}.abi3.so").touch()
    problems = bundle_config.check(tmp_path)
    assert problems == [f"the bundle {tmp_path} carries Qt modules it should leave out: QtSql"]
    (modules / "QtSql.abi3.so").unlink()
    (modules / "QtSvg.abi3.so").unlink()
    assert bundle_config.check(tmp_path) == [f"the bundle {tmp_path} lacks Qt modules the app imports: QtSvg"]


# --- Linux desktop files --------------------------------------------------------------------------


def test_the_desktop_entry_passes_desktop_file_validate_and_opens_maps():
    result = subprocess.run(["desktop-file-validate", str(LINUX / "cjdesigner.desktop")], capture_output=True, text=True)
    assert (result.returncode, result.stdout + result.stderr) == (0, "")
    entry = _desktop_entry(LINUX / "cjdesigner.desktop")
    assert entry["Type"] == "Application" and entry["Icon"] == "cjdesigner"
    assert entry["Name[fr]"] and entry["Comment[fr]"] and entry["Comment[fr]"] != entry["Comment"]
    assert MIME_TYPE in entry["MimeType"].split(";")
    assert entry["Exec"] == "cjdesigner %f"
    assert entry["Terminal"] == "false"


def test_the_mime_file_claims_cjmap_and_knows_a_map_by_its_content():
    root = ElementTree.parse(LINUX / "cjdesigner.xml").getroot()
    (mime,) = root.findall(f"{MIME_NS}mime-type")
    assert mime.get("type") == MIME_TYPE
    assert [glob.get("pattern") for glob in mime.findall(f"{MIME_NS}glob")] == ["*.cjmap"]
    comments = {comment.get(XML_LANG): comment.text for comment in mime.findall(f"{MIME_NS}comment")}
    assert comments["en"] == "Customer journey map" and comments["fr"] == "Carte de parcours client"
    assert mime.find(f"{MIME_NS}sub-class-of").get("type") == "application/json"
    assert mime.find(f"{MIME_NS}icon").get("name") == "application-x-cjdesigner-map"

    saved = dumps_project(small_project())
    matches = mime.findall(f"{MIME_NS}magic/{MIME_NS}match")
    assert any(match.get("value") == '"format": "cjdesigner"' for match in matches)
    for match in matches:
        first, last = (int(part) for part in match.get("offset").split(":"))
        if match.get("value") == '"format": "cjdesigner"':
            assert first <= saved.find(b'"format": "cjdesigner"') <= last, "a saved map must match the magic"


@pytest.fixture(scope="module")
def icons(tmp_path_factory) -> Path:
    """The icons as the build makes them (in a process of their own: they need a QGuiApplication)."""
    folder = tmp_path_factory.mktemp("icons")
    subprocess.run([sys.executable, str(PACKAGING / "make_icons.py"), str(folder)], check=True, capture_output=True)
    return folder


def test_the_icons_are_made_from_the_app_svg_at_every_size_from_16_to_512(icons):
    from PySide6.QtGui import QImage

    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        for path in (icons / "hicolor" / f"{size}x{size}" / "apps" / "cjdesigner.png",
                     icons / "hicolor" / f"{size}x{size}" / "mimetypes" / "application-x-cjdesigner-map.png"):
            image = QImage(str(path))
            assert (image.width(), image.height()) == (size, size), path
            opaque = sum(image.pixelColor(x, y).alpha() > 200 for x in range(size) for y in range(0, size, max(1, size // 32)))
            assert opaque > size // 2, f"{path} is (almost) empty"
    assert (icons / "hicolor" / "scalable" / "apps" / "cjdesigner.svg").read_bytes() == (ROOT / "resources" / "icons" / "app.svg").read_bytes()
    ico = (icons / "cjmap.ico").read_bytes()
    assert struct.unpack("<HHH", ico[:6]) == (0, 1, 7)
    icns = (icons / "cjdesigner.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)


@pytest.fixture
def fake_bundle(tmp_path, icons) -> Path:
    """A bundle as packaging/build lays it out, its program a stand-in, in a folder whose name has a space."""
    bundle = tmp_path / "my apps" / "cjdesigner"
    (bundle / "share" / "applications").mkdir(parents=True)
    (bundle / "share" / "mime" / "packages").mkdir(parents=True)
    shutil.copy(LINUX / "cjdesigner.desktop", bundle / "share" / "applications")
    shutil.copy(LINUX / "cjdesigner.xml", bundle / "share" / "mime" / "packages")
    shutil.copytree(icons / "hicolor", bundle / "share" / "icons" / "hicolor")
    program = bundle / "cjdesigner"
    program.write_text("#!/bin/sh\necho stand-in\n", encoding="utf-8")
    program.chmod(0o755)
    return bundle


def _run(*command: str | Path, desktop: str | None = None) -> str:
    env = dict(os.environ)
    env.pop("XDG_CURRENT_DESKTOP", None)
    if desktop:
        env["XDG_CURRENT_DESKTOP"] = desktop
    return subprocess.run([str(part) for part in command], env=env, capture_output=True, text=True, check=True).stdout.strip()


def test_the_user_install_registers_the_map_type_the_icons_and_the_default_app(fake_bundle, tmp_path):
    data, config, home = Path(os.environ["XDG_DATA_HOME"]), Path(os.environ["XDG_CONFIG_HOME"]), Path(os.environ["HOME"])
    shutil.copy(LINUX / "install-user", fake_bundle)
    _run(fake_bundle / "install-user")  # from inside the bundle, as a user runs it

    installed = data / "cjdesigner" / "bundle" / "cjdesigner"
    assert _run(installed) == "stand-in"
    assert (home / ".local" / "bin" / "cjdesigner").resolve() == installed.resolve()
    entry_file = data / "applications" / "cjdesigner.desktop"
    assert _run("desktop-file-validate", entry_file) == ""
    assert _desktop_entry(entry_file)["Exec"] == f'"{installed}" %f'
    assert (data / "icons" / "hicolor" / "48x48" / "apps" / "cjdesigner.png").is_file()
    assert (data / "icons" / "hicolor" / "512x512" / "mimetypes" / "application-x-cjdesigner-map.png").is_file()

    maps = tmp_path / "maps"
    maps.mkdir()
    (maps / "map.cjmap").write_bytes(dumps_project(small_project()))
    (maps / "map without extension").write_bytes(dumps_project(small_project()))
    # GNOME, Xfce, MATE, Cinnamon and LXDE ask GLib, which reads the shared-mime-info database.
    assert _run("xdg-mime", "query", "filetype", maps / "map.cjmap", desktop="GNOME") == MIME_TYPE
    assert _run("xdg-mime", "query", "filetype", maps / "map without extension", desktop="GNOME") == MIME_TYPE
    assert _run("xdg-mime", "query", "default", MIME_TYPE) == "cjdesigner.desktop"
    assert _run("xdg-mime", "query", "default", MIME_TYPE, desktop="GNOME") == "cjdesigner.desktop"
    assert "cjdesigner.desktop" in (config / "mimeapps.list").read_text(encoding="utf-8")

    _run(LINUX / "uninstall-user")
    assert not (data / "cjdesigner").exists() and not (home / ".local" / "bin" / "cjdesigner").exists()
    assert not entry_file.exists() and not list((data / "icons").rglob("*.png"))
    assert _run("xdg-mime", "query", "default", MIME_TYPE) == ""
    assert _run("xdg-mime", "query", "filetype", maps / "map.cjmap", desktop="GNOME") != MIME_TYPE


def test_the_user_install_refuses_a_folder_that_is_not_a_bundle(tmp_path):
    result = subprocess.run([str(LINUX / "install-user"), str(tmp_path)], capture_output=True, text=True)
    assert result.returncode == 1
    assert result.stderr.startswith(f"install-user: error: {tmp_path} is not a cjdesigner bundle")
    assert not (Path(os.environ["XDG_DATA_HOME"]) / "applications").exists()


def test_the_build_and_install_scripts_are_executable():
    for path in (PACKAGING / "build", PACKAGING / "smoke-test", LINUX / "install-user", LINUX / "uninstall-user"):
        assert os.access(path, os.X_OK), path


def test_ci_installs_the_desktop_tools_and_builds_and_smoke_tests_the_bundle():
    run = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    packages = run.split("packages=(", 1)[1].split(")", 1)[0].split()
    assert {"desktop-file-utils", "xdg-utils", "shared-mime-info", "libglib2.0-bin"} <= set(packages)
    assert "\npackaging/build\n" in run


# --- Windows and macOS ----------------------------------------------------------------------------


def test_windows_gets_a_gui_entry_point_and_the_installer_associates_cjmap_with_it():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["gui-scripts"]["cjdesigner-gui"] == project["scripts"]["cjdesigner"]
    assert not any("pyinstaller" in requirement.lower() for requirement in project["dependencies"])
    assert any(requirement.startswith("pyinstaller") for requirement in project["optional-dependencies"]["packaging"])
    setup = (PACKAGING / "windows" / "cjdesigner.iss").read_text(encoding="utf-8")
    assert r'Subkey: "Software\Classes\.cjmap"; ValueType: string; ValueName: ""; ValueData: "cjdesigner.map"' in setup
    assert r'ValueData: """{app}\cjdesigner-gui.exe"" ""%1"""' in setup
    assert r'ValueData: "{app}\cjmap.ico,0"' in setup
    spec = (PACKAGING / "cjdesigner.spec").read_text(encoding="utf-8")
    assert 'name="cjdesigner-gui", console=False' in spec


def test_macos_declares_the_cjmap_type_and_the_app_as_its_editor():
    info = plistlib.loads((PACKAGING / "macos" / "Info.plist").read_bytes())
    (exported,) = info["UTExportedTypeDeclarations"]
    assert exported["UTTypeTagSpecification"]["public.filename-extension"] == ["cjmap"]
    assert exported["UTTypeTagSpecification"]["public.mime-type"] == MIME_TYPE
    assert "public.json" in exported["UTTypeConformsTo"]
    (document,) = info["CFBundleDocumentTypes"]
    assert document["LSItemContentTypes"] == [exported["UTTypeIdentifier"]]
    assert (document["CFBundleTypeRole"], document["LSHandlerRank"]) == ("Editor", "Owner")
    assert document["CFBundleTypeIconFile"] == "cjmap.icns"


def test_a_map_the_system_hands_the_running_app_opens_in_the_window(window, qtbot, tmp_path):
    """macOS sends a double-clicked map as a QFileOpenEvent to the application, not on the command line."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QFileOpenEvent
    from PySide6.QtWidgets import QApplication

    from cjdesigner.ui.application import open_files_from_the_system

    project = small_project()
    project.title = "Handed over by Finder"
    path = tmp_path / "handed over.cjmap"
    path.write_bytes(dumps_project(project))
    app = QApplication.instance()
    open_files_from_the_system(app, window.files.open_path, window)

    QApplication.postEvent(app, QFileOpenEvent(str(path)))
    qtbot.waitUntil(lambda: window.document.path == path)
    assert window.document.project.title == "Handed over by Finder"

    second = tmp_path / "second.cjmap"
    second.write_bytes(dumps_project(small_project()))
    QApplication.postEvent(app, QFileOpenEvent(QUrl.fromLocalFile(str(second))))
    qtbot.waitUntil(lambda: window.document.path == second)


# --- licence --------------------------------------------------------------------------------------


def test_the_licence_file_is_the_one_pyproject_names():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "MIT"  # an SPDX expression
    assert "LICENSE" in project["license-files"]
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License\n\nCopyright (c) ")
    assert "Permission is hereby granted, free of charge, to any person obtaining a copy" in text
    assert 'THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND' in text


def test_a_desktop_without_gnomes_database_opens_a_map_it_calls_json_with_cjdesigner(fake_bundle, tmp_path, monkeypatch):
    """`xdg-mime` on such a desktop asks `file`, which says application/json for a map: that answer
    leads to cjdesigner too, unless the user already chose an app for JSON."""
    data, config = Path(os.environ["XDG_DATA_HOME"]), Path(os.environ["XDG_CONFIG_HOME"])
    monkeypatch.setenv("XDG_DATA_DIRS", str(tmp_path / "no system apps"))  # no JSON app of this machine's
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "no system config"))
    root = ElementTree.parse(LINUX / "cjdesigner.xml").getroot()
    (mime,) = root.findall(f"{MIME_NS}mime-type")
    assert mime.find(f"{MIME_NS}sub-class-of").get("type") == "application/json" and mime.findall(f"{MIME_NS}magic")
    assert "application/json" in _desktop_entry(LINUX / "cjdesigner.desktop")["MimeType"].split(";")
    shutil.copy(LINUX / "install-user", fake_bundle)
    _run(fake_bundle / "install-user")

    a_map = tmp_path / "map.cjmap"
    a_map.write_bytes(dumps_project(small_project()))
    assert _run("xdg-mime", "query", "filetype", a_map) == "application/json"
    assert _run("xdg-mime", "query", "default", "application/json") == "cjdesigner.desktop"
    assert _run("xdg-mime", "query", "filetype", a_map, desktop="GNOME") == MIME_TYPE
    assert _run("gio", "info", "-a", "standard::content-type", a_map).splitlines()[-1].split()[-1] == MIME_TYPE

    _run(LINUX / "uninstall-user")
    assert _run("xdg-mime", "query", "default", "application/json") == ""
    assert "application/json" not in (config / "mimeapps.list").read_text(encoding="utf-8")

    # An app the user chose for JSON stays theirs.
    (config / "mimeapps.list").write_text("[Default Applications]\napplication/json=my-editor.desktop;\n", encoding="utf-8")
    (data / "applications" / "my-editor.desktop").write_text(
        "[Desktop Entry]\nType=Application\nName=Editor\nExec=true %f\nMimeType=application/json;\n", encoding="utf-8")
    _run(fake_bundle / "install-user")
    assert _run("xdg-mime", "query", "default", "application/json") == "my-editor.desktop"
    assert _run("xdg-mime", "query", "default", MIME_TYPE) == "cjdesigner.desktop"
