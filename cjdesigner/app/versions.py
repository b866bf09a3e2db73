"""Earlier versions of a map: each save first keeps the file it replaces.

Versions live in the user's data folder (`versions/<hash of the map's path>/`), never beside the
map, named by the time they were kept, and dated by the time they were written. The newest 20 are kept (the setting
`history/versions`). The replaced file becomes a version, and the oldest are pruned, only once the
save succeeded: a failed save leaves the history exactly as it was.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import QSettings

from cjdesigner.app.document import Document

DEFAULT_KEEP = 20
SETTING = "history/versions"


@dataclass(frozen=True)
class Version:
    path: Path
    time: datetime
    size: int


def folder_for(root: Path, path: Path) -> Path:
    key = hashlib.sha256(str(path.resolve()).encode("utf-8")).hexdigest()[:16]
    return root / key


def keep_count(settings: QSettings) -> int:
    try:
        value = int(settings.value(SETTING, DEFAULT_KEEP))
    except (TypeError, ValueError):
        return DEFAULT_KEEP
    return max(0, value)


def versions(root: Path, path: Path) -> list[Version]:
    """Newest first."""
    found = []
    try:
        entries = list(folder_for(root, path).glob("*.cjmap"))
    except OSError:
        return []
    for entry in entries:
        try:
            stat = entry.stat()
        except OSError:
            continue
        found.append(Version(entry, datetime.fromtimestamp(stat.st_mtime, timezone.utc), stat.st_size))
    found.sort(key=lambda v: v.path.name, reverse=True)  # named by when they were kept: the order of saves
    return found


PENDING = ".pending.tmp"


def stage(root: Path, path: Path) -> bool:
    """Before a save: copy the file about to be replaced aside. It becomes a version only when the
    save succeeds (`keep`), so a failed save leaves the history exactly as it was."""
    try:
        stat = path.stat()
    except OSError:
        return False
    kept = versions(root, path)
    if kept and kept[0].size == stat.st_size and kept[0].path.read_bytes() == path.read_bytes():
        return False  # kept already (after a save that failed, or when saving an unchanged map)
    folder = folder_for(root, path)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "map.txt").write_text(str(path.resolve()), encoding="utf-8")
    shutil.copyfile(path, folder / PENDING)
    os.utime(folder / PENDING, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    return True


def keep(root: Path, path: Path) -> Path | None:
    """After a successful save: the copy set aside becomes the newest version."""
    pending = folder_for(root, path) / PENDING
    if not pending.is_file():
        return None
    target = pending.with_name(datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S-%f") + ".cjmap")
    os.replace(pending, target)
    return target


def prune(root: Path, path: Path, count: int) -> None:
    for version in versions(root, path)[count:]:
        with contextlib.suppress(OSError):
            version.path.unlink()


class VersionsHook:
    """A SessionHook keeping the replaced file before each save."""

    def __init__(self, root: Path, settings: QSettings) -> None:
        self.root = root
        self.settings = settings
        self.problem = ""

    def opened(self, document: Document) -> None:
        pass

    def stepped(self, document: Document) -> None:
        pass

    def saving(self, document: Document, path: Path) -> None:
        if keep_count(self.settings) <= 0:
            return
        try:
            with contextlib.suppress(FileNotFoundError):
                (folder_for(self.root, path) / PENDING).unlink()
            stage(self.root, path)
        except OSError as error:
            self.problem = error.strerror or str(error)

    def saved(self, document: Document, path: Path) -> None:
        try:
            keep(self.root, path)
        except OSError as error:
            self.problem = error.strerror or str(error)
        prune(self.root, path, keep_count(self.settings))

    def closed(self, document: Document) -> None:
        pass
