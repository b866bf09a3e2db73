"""A journal's file as bytes: lines appended and synced, and the whole file rewritten from a new
snapshot in the background.

An edit appends one line and returns: its cost is the line's, whatever the size of the map. The
file is rewritten (a new header and snapshot in place of the snapshot and the lines after it) by a
thread: the new file is written and synced beside the journal, the lines appended meanwhile are
copied after it, and it is renamed over the journal, all while appends wait. A kill at any moment
leaves either the old journal, whole, or the new one, whole.

No Qt here, and no knowledge of what a line says (`io/journal.py` does that).
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable
from pathlib import Path

COMPACTING_SUFFIX = ".compacting"


class _Flusher:
    """Syncs journals to the device on one thread of its own, right after their lines are written.

    A line is written (handed to the operating system) before the step returns, so a crash or
    `kill -9` of the app loses nothing; the sync, which costs what the disk costs (0.5 to 10 ms
    here), follows within moments instead of holding up the next keystroke. Closing a journal
    syncs what it still has pending first."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._wanted = threading.Event()
        self._pending: set[int] = set()
        self._thread: threading.Thread | None = None

    def request(self, fd: int) -> None:
        with self._lock:
            self._pending.add(fd)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="journal-sync", daemon=True)
                self._thread.start()
        self._wanted.set()

    def flush(self, fd: int) -> None:
        """Sync `fd` now if it has a line pending (before it is closed)."""
        with self._lock:
            if fd in self._pending:
                self._pending.discard(fd)
                sync(fd)

    def _run(self) -> None:
        while True:
            self._wanted.wait()
            self._wanted.clear()
            with self._lock:
                for fd in self._pending:
                    sync(fd)
                self._pending.clear()


FLUSHER = _Flusher()


def sync(fd: int) -> None:
    with contextlib.suppress(OSError):
        os.fdatasync(fd) if hasattr(os, "fdatasync") else os.fsync(fd)


class LineFile:
    """An append-only file of lines: each is written before returning, and synced to the device
    moments later by a background flusher (`synchronous=True` syncs before returning).

    `logged` counts the lines and bytes after the file's head (its header and snapshot): what a
    replay has to apply, and what a compaction removes."""

    def __init__(self, path: Path, synchronous: bool = False) -> None:
        self.path = path
        self.synchronous = synchronous
        self.logged_lines = 0
        self.logged_bytes = 0
        self.head_bytes = 0
        self._fd: int | None = None
        self._size = 0
        self._lock = threading.RLock()
        self._generation = 0  # a compaction started before a restart or a close is dropped
        self._compaction: threading.Thread | None = None

    def _claim(self, fd: int) -> None:
        """Called with each new descriptor of the journal, before it bears the journal's name."""

    def _write_new(self, head: bytes) -> None:
        """A new file holding `head` alone, replacing any earlier one at `path` atomically. Not
        synced here: the first line's sync makes it durable, and a crash before it loses no edit."""
        with self._lock:
            self.close()
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary = self.path.with_name(self.path.name + ".tmp")
            fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            try:
                _write_all(fd, head)
                os.fsync(fd)
            finally:
                os.close(fd)
            os.replace(temporary, self.path)
            self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND)
            self._claim(self._fd)
            self._size = self.head_bytes = len(head)
            self.logged_lines = self.logged_bytes = 0

    def _append(self, line: bytes) -> None:
        with self._lock:
            if self._fd is None:
                self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
                self._size = os.fstat(self._fd).st_size
            _write_all(self._fd, line)
            self._size += len(line)
            self.logged_lines += line.count(b"\n")
            self.logged_bytes += len(line)
            if self.synchronous:
                sync(self._fd)
            else:
                FLUSHER.request(self._fd)

    def end_line(self) -> None:
        """Before adding to a journal left by another process: a last line it cut short (or whose
        newline was damaged) stays a line of its own, named when read, not glued to the new one."""
        with open(self.path, "rb") as stream:
            stream.seek(0, os.SEEK_END)
            if stream.tell() == 0:
                return
            stream.seek(-1, os.SEEK_END)
            ended = stream.read(1) == b"\n"
        if not ended:
            self._append(b"\n")

    @property
    def compacting(self) -> bool:
        return self._compaction is not None and self._compaction.is_alive()

    def _compact(self, make_head: Callable[[], bytes]) -> None:
        """Rewrite the file as `make_head()` (called on the thread) followed by the lines appended
        from now on. Returns at once; the lines written so far are in the new head. Nothing is
        lost when it fails: the journal then stays as it is, and grows."""
        with self._lock:
            if self._fd is None or self.compacting:
                return
            mark, generation = self._size, self._generation
            self._compaction = threading.Thread(
                target=self._compact_on_thread, args=(make_head, mark, generation), name="journal-compact", daemon=True
            )
            self._compaction.start()

    def wait_compacted(self, timeout: float | None = None) -> bool:
        """True once no compaction is under way (for a test, a benchmark, or before quitting)."""
        thread = self._compaction
        if thread is not None:
            thread.join(timeout)
        return not self.compacting

    def _compact_on_thread(self, make_head: Callable[[], bytes], mark: int, generation: int) -> None:
        temporary = self.path.with_name(self.path.name + COMPACTING_SUFFIX)
        fd: int | None = None
        try:
            head = make_head()
            fd = os.open(temporary, os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND, 0o600)
            _write_all(fd, head)
            os.fsync(fd)  # the long part, while edits keep appending to the old file
            with self._lock:
                if generation != self._generation or self._fd is None:
                    return
                with open(self.path, "rb") as old:
                    old.seek(mark)
                    tail = old.read(self._size - mark)
                _write_all(fd, tail)
                self._claim(fd)
                os.fsync(fd)
                if os.name == "nt":  # Windows renames no open file
                    os.close(fd)
                    fd = None
                    self._let_go()
                    os.replace(temporary, self.path)
                    self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND)
                else:
                    os.replace(temporary, self.path)
                    self._let_go()
                    self._fd, fd = fd, None
                self._size = len(head) + len(tail)
                self.head_bytes = len(head)
                self.logged_lines, self.logged_bytes = tail.count(b"\n"), len(tail)
        except OSError:
            pass
        finally:
            if fd is not None:
                with contextlib.suppress(OSError):
                    os.close(fd)
            with contextlib.suppress(OSError):
                temporary.unlink()  # gone already when renamed

    def _let_go(self) -> None:
        if self._fd is not None:
            FLUSHER.flush(self._fd)
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = None

    def close(self) -> None:
        with self._lock:
            self._generation += 1
            self._let_go()

    def remove(self) -> None:
        with self._lock:
            self.close()
            with contextlib.suppress(OSError):
                self.path.unlink()


def _write_all(fd: int, data: bytes) -> None:
    written = 0
    view = memoryview(data)
    while written < len(data):
        written += os.write(fd, view[written:])


def leftovers(folder: Path, suffix: str) -> list[Path]:
    """Temporary files of journals (`x.cjjournal.tmp`, `x.cjjournal.compacting`) that a process
    stopped in the middle of writing; each is garbage once no process holds its journal."""
    try:
        return [p for p in folder.glob(f"*{suffix}.*") if p.suffix in (".tmp", COMPACTING_SUFFIX)]
    except OSError:
        return []
