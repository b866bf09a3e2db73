"""`cjdesigner WORD` in a terminal: a mistyped command or a missing file is an error on stderr at once,
never a window waiting for a click on a dialog."""

import os
import subprocess
import sys

import pytest

# Qt's offscreen platform says this when a new window sets its size limits; real desktops do not.
OFFSCREEN_NOTE = "This plugin does not support propagateSizeHints()"


def cjdesigner(*args: str, cwd) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "cjdesigner", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=60)


def test_a_word_that_is_neither_a_command_nor_a_file_is_a_usage_error(tmp_path):
    result = cjdesigner("frobnicate", cwd=tmp_path)
    assert result.returncode == 2
    assert "cjdesigner: error: “frobnicate” is neither a command nor a file; the commands are templates, new," in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize("name", ["missing.cjmap", "./notes", "maps/missing"])
def test_a_file_that_does_not_exist_is_refused_without_opening_a_window(tmp_path, name):
    result = cjdesigner(name, cwd=tmp_path)
    assert (result.returncode, result.stderr) == (1, f"{name}: error: there is no such file\n")


def test_a_folder_is_refused_without_opening_a_window(tmp_path):
    (tmp_path / "maps").mkdir()
    result = cjdesigner("maps", "--quit-after-paint", cwd=tmp_path)
    assert (result.returncode, result.stderr) == (1, "maps: error: this is a folder, not a map file\n")


def test_an_existing_file_named_like_a_word_still_opens(tmp_path):
    assert cjdesigner("new", "--template", "aida", "-o", "journey", cwd=tmp_path).returncode == 0
    result = cjdesigner("journey", "--quit-after-paint", cwd=tmp_path)
    assert result.returncode == 0
    assert [line for line in result.stderr.splitlines() if line != OFFSCREEN_NOTE] == []


def test_names_a_terminal_cannot_show_are_escaped_not_a_traceback(tmp_path):
    """stdout in ASCII (LANG=C, a redirected console): the output names a map called é😀."""
    import os
    import subprocess
    import sys

    source = tmp_path / "u.csv"
    source.write_text("stage,lane,text\nA,Actions,hello\n", encoding="utf-8")
    env = {**os.environ, "LC_ALL": "C", "PYTHONIOENCODING": "ascii", "QT_QPA_PLATFORM": "offscreen"}
    for args in (["import-csv", str(source), "-o", "é😀.cjmap"], ["validate", "é😀.cjmap"]):
        result = subprocess.run([sys.executable, "-m", "cjdesigner", *args], cwd=tmp_path, env=env, capture_output=True, timeout=120)
        assert result.returncode == 0, result.stderr
        assert b"Traceback" not in result.stderr and b"\\xe9" in result.stdout
