"""`cjdesigner recover`: lists what a crash left unsaved, writes one map, and says what it could not read."""

from __future__ import annotations

from builders import small_project
from cjdesigner.cli import main
from cjdesigner.io import journal as J
from cjdesigner.io.cjmap import load_project, save_project
from cjdesigner.model import edits as E


def crashed_journal(file=None, steps: int = 2):
    project = small_project()
    writer = J.JournalWriter(J.data_folder() / "recovery" / f"20261130-090000-abcdef{J.SUFFIX}")
    writer.start(J.header(file, "Test"), project, clean=True, edits=0)
    for i in range(steps):
        edit = E.SetFields(E.Ref("card", "a", "j1"), {"text": f"edit {i}"})
        edit.apply(project)
        writer.step("do", [edit], clean=False)
    writer.close()
    return writer.path, project


def test_recover_lists_one_line_each_and_writes_the_map_without_touching_the_file(tmp_path, capsys):
    original = tmp_path / "map.cjmap"
    save_project(small_project(), original)
    saved = original.read_bytes()
    _, project = crashed_journal(original.resolve(), steps=3)
    assert main(["recover"]) == 0
    [line] = capsys.readouterr().out.splitlines()
    ident, file, when, count = line.split("\t")
    assert ident == "20261130-090000-abcdef" and file == str(original.resolve()) and count == "3 edits"
    assert when[:4] == "2026"
    out = tmp_path / "recovered.cjmap"
    assert main(["recover", str(original), "-o", str(out)]) == 0
    assert load_project(out).model_dump_json() == project.model_dump_json()
    assert original.read_bytes() == saved
    assert main(["recover", ident, "-o", str(out)]) == 1  # OUT exists
    assert "add --force" in capsys.readouterr().err
    assert main(["recover", ident, "-o", str(out), "--force"]) == 0


def test_recover_says_what_it_could_not_read_and_refuses_what_is_not_there(tmp_path, capsys):
    path, _ = crashed_journal(None, steps=2)
    lines = path.read_bytes().split(b"\n")
    lines[3] = lines[3].replace(b"edit 1", b"edit X")
    path.write_bytes(b"\n".join(lines))
    assert main(["recover"]) == 0
    captured = capsys.readouterr()
    assert captured.out.split("\t")[1] == "untitled" and captured.out.endswith("\t1 edit\n")
    assert "line 4: the line's checksum does not match" in captured.err
    out = tmp_path / "out.cjmap"
    assert main(["recover", "20261130-090000-abcdef", "-o", str(out)]) == 0
    assert load_project(out).journeys[0].card("a").text == "edit 0"
    assert "warning:" in capsys.readouterr().err
    assert main(["recover", "nothing-like-this", "-o", str(out)]) == 1
    assert "nothing to recover here" in capsys.readouterr().err
    assert main(["recover", "20261130-090000-abcdef"]) == 2


def test_a_pending_recovery_never_blocks_quit_after_paint(tmp_path):
    import os
    import subprocess
    import sys

    original = tmp_path / "map.cjmap"
    save_project(small_project(), original)
    path, _ = crashed_journal(original.resolve())
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "cjdesigner", str(original), "--quit-after-paint"],
                            env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert path.is_file() and J.read_journal(path).unsaved  # still there to be recovered


def test_a_smoke_test_never_takes_over_a_map_someone_else_has_open(tmp_path):
    import json
    import os
    import subprocess
    import sys

    from cjdesigner.app import lock

    original = tmp_path / "map.cjmap"
    save_project(small_project(), original)
    theirs = {"user": "zoe", "host": "another-computer", "pid": 4242, "since": "2026-11-30T08:00:00+00:00"}
    lock.lock_path(original).write_text(json.dumps(theirs), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "cjdesigner", str(original), "--quit-after-paint"],
                            env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert lock.owner_of(original).host == "another-computer"
