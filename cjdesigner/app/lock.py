"""Who has a map open: a small lock file beside the map, so another instance, or another person
on a shared drive, learns who is editing it, on which computer and since when.

The lock is `.~lock.NAME#` in the map's folder (the convention office suites use), JSON with the
user, the computer, the process and the time. A lock left by a process of this computer that no
longer runs is stale and removed. Anything else where the lock goes (a folder, a pipe, another
program's file) means the map cannot be locked: it is never replaced, and the window asks before
editing a map it cannot lock. A folder where no lock can be written still opens and saves its
maps; the window says that they are not locked.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
import json
import os
import socket
import stat
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from cjdesigner.app.document import Document

if TYPE_CHECKING:
    from cjdesigner.app.session import Session


@dataclass(frozen=True)
class Owner:
    user: str
    host: str
    pid: int
    since: str

    def is_me(self) -> bool:
        return self.host == socket.gethostname() and self.pid == os.getpid()

    def is_stale(self) -> bool:
        """A process of this computer that is gone (crashed, killed) left the lock behind."""
        return self.host == socket.gethostname() and not _alive(self.pid)

    def since_local(self) -> datetime | None:
        try:
            return datetime.fromisoformat(self.since).astimezone()
        except ValueError:
            return None


def lock_path(path: Path) -> Path:
    return path.with_name(f".~lock.{path.name}#")


def me() -> Owner:
    import getpass  # its terminal support is of no use to a window that has not asked yet

    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "?"
    return Owner(user, socket.gethostname(), os.getpid(), datetime.now(timezone.utc).isoformat(timespec="seconds"))


def owner_of(path: Path) -> Owner | None:
    """The lock's owner, or None when the map is not locked (or the lock is unreadable)."""
    from cjdesigner.io.errors import LoadError
    from cjdesigner.io.files import read_limited

    try:  # never blocks: a pipe or a huge file put where the lock goes is not a lock
        data = json.loads(read_limited(lock_path(path), 4096))
        return Owner(str(data["user"]), str(data["host"]), int(data["pid"]), str(data["since"]))
    except (LoadError, OSError, ValueError, KeyError, TypeError):
        return None


Obstacle = Literal["folder", "not-a-lock"]


def obstacle(path: Path) -> Obstacle | None:
    """What stands where the lock of `path` goes and is not a cjdesigner lock: a folder, or any
    other thing (a pipe, a link, a file of another program). None when the place is free or holds
    a lock (ours or someone's). Never blocks."""
    try:
        info = os.lstat(lock_path(path))
    except FileNotFoundError:
        return None
    except OSError:
        return "not-a-lock"
    if stat.S_ISDIR(info.st_mode):
        return "folder"
    if not stat.S_ISREG(info.st_mode) or owner_of(path) is None:
        return "not-a-lock"
    return None


def held_by_other(path: Path) -> Owner | None:
    """Someone else who has the map open now; a stale lock of this computer is removed on the way."""
    owner = owner_of(path)
    if owner is None or owner.is_me():
        return None
    if owner.is_stale():
        with contextlib.suppress(OSError):
            lock_path(path).unlink()
        return None
    return owner


def acquire(path: Path, take_over: Owner | None = None) -> bool:
    """Write our lock. False when the folder takes no lock file, when something that is not a lock
    is in its place (`obstacle`: never replaced), or when someone else's live lock is there that
    the user did not agree to take over (`take_over`): two instances that both found the map free
    a moment ago must not both believe they hold it. The lock appears whole or not at
    all (written aside, then linked into place, which fails when a lock already exists)."""
    owner = me()
    data = json.dumps({"user": owner.user, "host": owner.host, "pid": owner.pid, "since": owner.since, "app": "cjdesigner"})
    target = lock_path(path)
    temporary = target.with_name(target.name + f".{owner.pid}.tmp")
    if obstacle(path) is not None:
        return False
    try:
        temporary.write_text(data, encoding="utf-8")
        if not _link_if_absent(temporary, target):
            current = owner_of(path)
            if current is not None and not current.is_me() and not current.is_stale() and current != take_over:
                return False
            os.replace(temporary, target)
    except OSError:
        return False
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()
    return True


def _link_if_absent(source: Path, target: Path) -> bool:
    """True when `target` was created from `source`, False when a file is already there. Folders
    without hard links (FAT drives, some network shares) get an exclusive create instead."""
    try:
        os.link(source, target)
        return True
    except FileExistsError:
        return False
    except OSError:
        pass
    try:
        descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        return False
    with os.fdopen(descriptor, "wb") as file:
        file.write(source.read_bytes())
    return True


def release(path: Path) -> None:
    """Remove the lock if it is ours; a lock someone took over stays theirs."""
    owner = owner_of(path)
    if owner is not None and owner.is_me():
        with contextlib.suppress(OSError):
            lock_path(path).unlink()


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists, but belongs to someone else
    return True


class LockHook:
    """A SessionHook: the open map is locked while it is open (not when opened read-only).
    `on_unlocked(path)` is told when a map opened for editing could not be locked."""

    def __init__(self, session: Session | None = None) -> None:
        self.session = session
        self._locked: dict[int, Path] = {}
        self._agreed: dict[Path, Owner] = {}
        self.on_unlocked: Callable[[Path], None] | None = None

    def agree_to_take_over(self, path: Path, owner: Owner) -> None:
        """The user chose to open `path` although `owner` has it open: the next lock of it replaces theirs."""
        self._agreed[path.resolve()] = owner

    def opened(self, document: Document) -> None:
        if document.path is not None and not (self.session is not None and self.session.read_only):
            self._take(document, document.path)

    def _take(self, document: Document, path: Path) -> None:
        if acquire(path, self._agreed.pop(path.resolve(), None)):
            self._locked[id(document)] = path
        elif self.on_unlocked is not None:
            self.on_unlocked(path)

    def stepped(self, document: Document) -> None:
        pass

    def saving(self, document: Document, path: Path) -> None:
        pass

    def saved(self, document: Document, path: Path) -> None:
        old = self._locked.get(id(document))
        if old != path:
            if old is not None:
                release(old)
            self._take(document, path)

    def closed(self, document: Document) -> None:
        path = self._locked.pop(id(document), None)
        if path is not None:
            release(path)
