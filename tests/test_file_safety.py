"""Reading and writing map files safely: special files, size limit, read-only targets, stale temporaries,
and every operating-system failure turned into a sentence naming the path.

These tests run as root in CI, where file permissions do not apply: permission failures are simulated
by raising PermissionError in-process; a read-only file is recognised by its mode bits, which root sees too.
"""

import errno
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from builders import small_project
from cjdesigner.cli import main
from cjdesigner.io import atomic, cjmap, files
from cjdesigner.io.cjmap import MAX_FILE_BYTES, dumps_project, load_project, read_limited, save_project
from cjdesigner.io.errors import BadPathError, LoadError, SaveError, SavePermissionError
from cjdesigner.model import edits as E

GOLDEN = Path(__file__).parent / "golden" / "v1.cjmap"


def run_cli(*args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "cjdesigner", *args], capture_output=True, text=True, timeout=timeout, env=env)


@pytest.fixture
def fifo(tmp_path) -> Path:
    path = tmp_path / "pipe.cjmap"
    os.mkfifo(path)
    return path


@pytest.mark.parametrize(
    "args",
    [
        ("validate", "{fifo}"),
        ("export", "{fifo}", "-o", "{out}.pdf"),
        ("export-csv", "{fifo}", "-o", "{out}.csv"),
        ("{fifo}", "--quit-after-paint"),
    ],
    ids=["validate", "export", "export-csv", "open"],
)
def test_a_fifo_given_as_a_map_is_refused_at_once(fifo, tmp_path, args):
    argv = [a.format(fifo=fifo, out=tmp_path / "out") for a in args]
    started = time.monotonic()
    result = run_cli(*argv, timeout=60)
    assert time.monotonic() - started < 30
    assert result.returncode == 1
    assert f"{fifo}: error: this is a named pipe (FIFO), not a file; cjdesigner reads only regular files" in result.stderr
    assert "Traceback" not in result.stderr
    assert not list(tmp_path.glob("out*"))


def test_a_device_is_not_a_map(capsys):
    assert main(["validate", os.devnull]) == 1
    assert f"{os.devnull}: error: this is a device, not a file" in capsys.readouterr().err


def test_open_regular_never_blocks_even_if_a_pipe_appears_after_a_check(fifo):
    with pytest.raises(LoadError, match="named pipe"):
        files.open_regular(fifo)
    with files.open_regular(GOLDEN) as stream:
        assert stream.read(1) == b"{"


def test_a_name_too_long_to_read_is_a_sentence(tmp_path, capsys):
    assert main(["validate", str(tmp_path / ("n" * 300 + ".cjmap"))]) == 1
    assert "error: the file name is too long" in capsys.readouterr().err


# --- one size limit for reading and writing ---------------------------------------------------


def test_save_refuses_a_map_that_open_would_refuse(tmp_path, monkeypatch):
    path = tmp_path / "map.cjmap"
    project = small_project()
    save_project(project, path)
    E.set_fields(project, E.Ref("project"), title="Second")
    save_project(project, path)
    before = path.read_bytes(), (tmp_path / "map.cjmap.bak").read_bytes()
    E.set_fields(project, E.Ref("project"), title="Third, a little longer")
    size = len(dumps_project(project))
    monkeypatch.setattr(cjmap, "MAX_FILE_BYTES", size - 1)
    with pytest.raises(SaveError) as caught:
        save_project(project, path)
    assert caught.value.sentence.startswith(f"could not save {path}: the map would take 0.0 MiB, and cjdesigner opens files up to 0 MiB")
    assert (path.read_bytes(), (tmp_path / "map.cjmap.bak").read_bytes()) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.cjmap", "map.cjmap.bak"]
    monkeypatch.setattr(cjmap, "MAX_FILE_BYTES", size)
    save_project(project, path)
    assert load_project(path).title == "Third, a little longer", "what save accepts, open accepts"
    with pytest.raises(LoadError, match="larger than|opens files up to"):
        read_limited(path, size - 1)
    assert MAX_FILE_BYTES == 64 * 2**20


def test_import_csv_beyond_the_card_limit_writes_nothing(tmp_path, capsys):
    source = tmp_path / "many.csv"
    source.write_text("stage,lane,text\n" + "".join(f"S,L,c{i}\n" for i in range(50_001)), encoding="utf-8")
    out = tmp_path / "many.cjmap"
    assert main(["import-csv", str(source), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "50,001 rows of cards; a journey holds at most 50,000 cards" in err and "Traceback" not in err
    assert not out.exists()


# --- the atomic writer ------------------------------------------------------------------------


def test_a_read_only_map_is_not_replaced(tmp_path):
    path = tmp_path / "theirs.cjmap"
    save_project(small_project(), path)
    os.chmod(path, 0o444)
    before = path.read_bytes()
    project = small_project()
    project.title = "Mine now"
    with pytest.raises(SavePermissionError) as caught:
        save_project(project, path)
    assert caught.value.sentence == (
        f"could not save {path}: the file is read-only; save it under another name, or make it writable first. "
        "The previous version is unchanged"
    )
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["theirs.cjmap"], "no backup, no temporary"


def test_a_map_we_may_not_write_is_not_replaced(tmp_path, monkeypatch):
    """Another user's file, writable by its owner only: as root this must be simulated."""
    path = tmp_path / "theirs.cjmap"
    save_project(small_project(), path)
    monkeypatch.setattr(atomic.os, "access", lambda p, mode: Path(p) != path)
    with pytest.raises(SavePermissionError, match="the file is read-only"):
        save_project(small_project(), path)


def test_temporaries_are_recognisable_and_the_backup_is_synced(tmp_path, monkeypatch):
    path = tmp_path / "map.cjmap"
    save_project(small_project(), path)
    synced: list[str] = []
    replaced: list[tuple[str, str]] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd):
        synced.append(os.readlink(f"/proc/self/fd/{fd}"))
        real_fsync(fd)

    def replace(source, target):
        replaced.append((Path(source).name, Path(target).name))
        real_replace(source, target)

    monkeypatch.setattr(atomic.os, "fsync", fsync)
    monkeypatch.setattr(atomic.os, "replace", replace)
    save_project(small_project(), path)
    pid = os.getpid()
    assert [target for _, target in replaced] == ["map.cjmap.bak", "map.cjmap"]
    assert replaced[0][0].startswith(f".map.cjmap.bak.cjsave-{pid}-") and replaced[0][0].endswith(".tmp")
    assert replaced[1][0].startswith(f".map.cjmap.cjsave-{pid}-")
    synced_names = [Path(p).name for p in synced]
    assert replaced[0][0] in synced_names, "the .bak copy is synced before it replaces the old backup"
    assert replaced[1][0] in synced_names


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_save_removes_what_crashed_saves_left_behind_and_nothing_else(tmp_path):
    path = tmp_path / "map.cjmap"
    save_project(small_project(), path)
    gone, live = dead_pid(), os.getppid()
    old = time.time() - 2 * atomic.STALE_AFTER_SECONDS
    leftovers = {
        f".map.cjmap.cjsave-{gone}-a1b2c3d4.tmp": (None, False),  # its save crashed: removed
        f".map.cjmap.bak.cjsave-{gone}-zz.tmp": (None, False),
        f".map.cjmap.cjsave-{live}-e5f6.tmp": (None, True),  # a save running now: kept
        f".map.cjmap.cjsave-{live}-old.tmp": (old, False),  # an hour old: nobody's save takes that long
        ".map.cjmap.k3j9_x2a.tmp": (old, False),  # left by earlier versions, old
        ".map.cjmap.k3j9_x2b.tmp": (None, True),  # same pattern, recent: could be someone's
        f".other.cjmap.cjsave-{gone}-x.tmp": (None, True),  # another map's
        ".map.cjmap.swp": (old, True),  # another program's
    }
    for name, (mtime, _) in leftovers.items():
        (tmp_path / name).write_bytes(b"partial")
        if mtime is not None:
            os.utime(tmp_path / name, (mtime, mtime))
    save_project(small_project(), path)
    kept = {p.name for p in tmp_path.iterdir()}
    assert kept == {"map.cjmap", "map.cjmap.bak"} | {name for name, (_, keep) in leftovers.items() if keep}


def test_crashed_saves_do_not_pile_up(tmp_path):
    path = tmp_path / "map.cjmap"
    script = (
        "import os, sys; sys.path.insert(0, sys.argv[2]);"
        "from builders import small_project; from cjdesigner.io import atomic;"
        "atomic._copy_atomic = lambda *a: os._exit(9);"
        "from cjdesigner.io.cjmap import save_project; save_project(small_project(), sys.argv[1])"
    )
    save_project(small_project(), path)
    for _ in range(3):
        crashed = subprocess.run([sys.executable, "-c", script, str(path), str(Path(__file__).parent)], timeout=60)
        assert crashed.returncode == 9
        assert len(list(tmp_path.glob(".map.cjmap.cjsave-*.tmp"))) == 1, "each save removes the previous crash's file"
    save_project(small_project(), path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.cjmap", "map.cjmap.bak"]


@pytest.mark.parametrize(
    ("code", "kind", "reason"),
    [
        (errno.ENOSPC, SaveError, "the disk holding {folder} is full"),
        (errno.EROFS, SaveError, "{folder} is on a read-only disk"),
        (errno.EACCES, SavePermissionError, "permission denied: you may not write in {folder}"),
        (errno.ENOENT, BadPathError, "the folder {folder} no longer exists"),
    ],
)
def test_operating_system_failures_become_typed_sentences(tmp_path, monkeypatch, code, kind, reason):
    def fail(*args, **kwargs):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(atomic.tempfile, "mkstemp", fail)
    with pytest.raises(kind) as caught:
        save_project(small_project(), tmp_path / "map.cjmap")
    assert caught.value.sentence == f"could not save {tmp_path / 'map.cjmap'}: {reason.format(folder=tmp_path)}; nothing was written"


def test_an_output_name_of_300_characters(tmp_path, capsys):
    out = tmp_path / ("n" * 300 + ".cjmap")
    assert main(["new", "--template", "aida", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"{out}: error: could not save {'n' * 59}…: the file name is too long (306 characters")
    assert err.endswith("nothing was written\n") and "Traceback" not in err


def test_a_folder_we_may_not_enter(unenterable_folder, capsys):
    """Simulated: these tests run as root, for whom every folder opens."""
    locked = unenterable_folder
    out = locked / "map.cjmap"
    assert main(["new", "--template", "aida", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err == f"{out}: error: could not save {out}: permission denied: you may not write in {locked}; nothing was written\n"
