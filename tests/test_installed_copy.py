"""An installed copy carries every file it reads at run time, and one that lacks a file still works.

`pip install -e .` hides missing package data (GUIDE §4), so the wheel itself is built and read here;
.ci/run goes further and runs the app and the exports from a wheel installed outside the checkout.
"""

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from cjdesigner import resources
from cjdesigner.resources import ICON_NAMES, MissingResource, UnknownIcon, font_file, icon_file

ROOT = Path(__file__).parent.parent
ICON_FOLDER = ROOT / "resources" / "icons"
FONT_FOLDER = ROOT / "cjdesigner" / "export" / "fonts"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """The files of a wheel built from a clean copy of the sources (a stale build/ folder could hide a loss)."""
    folder = tmp_path_factory.mktemp("wheel")
    source = folder / "source"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(".*", "build", "dist", "*.egg-info", "__pycache__", "tests", "docs", "benchmarks"))
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", str(folder), str(source)],
        check=True, capture_output=True, text=True,
    )
    (built,) = folder.glob("cjdesigner-*.whl")
    return built


@pytest.fixture(scope="module")
def wheel_names(wheel) -> set[str]:
    return set(zipfile.ZipFile(wheel).namelist())


def test_the_wheel_carries_every_icon_font_and_translation(wheel_names):
    icons = {f"cjdesigner/icons/{path.name}" for path in ICON_FOLDER.glob("*.svg")}
    fonts = {f"cjdesigner/export/fonts/{path.name}" for path in FONT_FOLDER.iterdir()}
    translations = {path.relative_to(ROOT).as_posix() for path in (ROOT / "cjdesigner" / "translations").glob("*.qm")}
    assert len(icons) == len(ICON_NAMES) and len(fonts) == 3
    assert icons - wheel_names == set()
    assert fonts - wheel_names == set()
    assert translations - wheel_names == set()


def test_the_wheel_carries_the_user_guide_of_each_language_with_its_picture(wheel_names):
    guides = {f"cjdesigner/guide/{name}" for name in ("guide_en.md", "guide_fr.md", "interface-en.png", "interface-fr.png")}
    assert guides - wheel_names == set()


def test_the_wheel_carries_the_phone_voting_page(wheel_names):
    page = {f"cjdesigner/phones/page/{name}" for name in ("index.html", "phone.js", "phone.css")}
    assert page - wheel_names == set()


def test_the_wheel_carries_every_module(wheel_names):
    modules = {path.relative_to(ROOT).as_posix() for path in (ROOT / "cjdesigner").rglob("*.py")}
    assert modules - wheel_names == set(), "add the new package to [tool.setuptools] packages in pyproject.toml"


def test_every_declared_icon_has_its_file_and_every_file_is_declared():
    assert {path.stem for path in ICON_FOLDER.glob("*.svg")} == ICON_NAMES
    for name in ICON_NAMES:
        assert icon_file(name).read_bytes().startswith(b"<svg")


def test_an_unknown_icon_name_fails_loudly():
    with pytest.raises(UnknownIcon):
        icon_file("no-such-icon")


def test_a_missing_file_is_a_clear_error_naming_it(monkeypatch):
    monkeypatch.setattr(resources, "FONT_FOLDER", "no-fonts-here")
    resources._file.cache_clear()
    with pytest.raises(MissingResource, match="lacks no-fonts-here/DejaVuSans.ttf"):
        font_file("DejaVuSans.ttf")
    monkeypatch.setattr(resources, "TRANSLATION_FOLDER", "no-translations-here")
    assert resources.translation_file("cjdesigner_fr.qm") is None


def test_a_copy_without_its_icon_files_still_opens_the_map_and_exports_it(wheel, tmp_path):
    """The wheel installed into a folder whose icon files are then deleted, as in a broken install:
    the map opens, paints and exports without the icons, and each lost icon is named once."""
    site = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(site), str(wheel)], check=True, capture_output=True)
    for svg in (site / "cjdesigner" / "icons").glob("*.svg"):
        svg.unlink()
    run = lambda *args: subprocess.run(
        [sys.executable, "-m", "cjdesigner", *args], cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(site)},
        capture_output=True, text=True, timeout=120,
    )
    assert run("new", "--template", "ecommerce", "-o", "m.cjmap").returncode == 0
    for args in (["m.cjmap", "--quit-after-paint"], ["export", "m.cjmap", "-o", "m.png"], ["export", "m.cjmap", "-o", "m.pdf"]):
        result = run(*args)
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr
        named = [line for line in result.stderr.splitlines() if "lane-actions" in line]
        assert len(named) == 1 and "left out" in named[0], result.stderr
    assert (tmp_path / "m.png").stat().st_size > 0 and (tmp_path / "m.pdf").stat().st_size > 0
