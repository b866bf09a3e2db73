"""Writing a file so that a crash, a full disk or a missing folder never destroys the previous one.

Temporary files are named `.NAME.cjsave-PID-RANDOM.tmp`, so that ours are recognised: a save
removes the ones a crashed save of the same file left behind (their process is gone, or they are
more than an hour old), and never another running save's.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import stat
import tempfile
import time
from pathlib import Path

from cjdesigner.i18n import arg, number, translate
from cjdesigner.io.errors import BadPathError, DiskFullError, ReadOnlyDiskError, SaveError, SavePermissionError

TEMPORARY_MARK = ".cjsave-"
STALE_AFTER_SECONDS = 3600
_LEGACY_TEMPORARY = re.compile(r"[a-z0-9_]{8}\.tmp")  # what versions before the mark left behind


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


def write_atomic(path: Path, data: bytes, *, keep_backup: bool = True) -> None:
    """Write to a temporary file beside `path`, sync it, keep the old file as NAME.bak, rename over.

    On any failure the target is as it was and the temporary file is gone. A read-only target is
    refused: on POSIX a rename would replace it although the user may not change it.
    """
    path = Path(path)
    folder = path.parent
    temporary: str | None = None
    existed = False
    try:
        if not folder.is_dir():
            raise BadPathError(arg(translate("files", "could not save %1: the folder %2 does not exist; nothing was written"), path, folder))
        mode = _target_mode(path)
        existed = mode is not None
        if mode is not None and (not mode & 0o222 or not os.access(path, os.W_OK)):
            raise SavePermissionError(
                arg(translate("files", "could not save %1: the file is read-only; save it under another name, or make it "
                              "writable first. The previous version is unchanged"), path)
            )
        remove_stale_temporaries(path)
        fd, temporary = tempfile.mkstemp(prefix=_prefix(path), suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, _new_file_mode() if mode is None else mode)
        if keep_backup and existed:
            _copy_atomic(path, backup_path(path))
        os.replace(temporary, path)
        temporary = None
        _sync_folder(folder)
    except OSError as error:
        raise _explain(error, path, existed) from None
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


def _prefix(path: Path) -> str:
    return f".{path.name}{TEMPORARY_MARK}{os.getpid()}-"


def _target_mode(path: Path) -> int | None:
    """The permission bits of the file to replace, None when there is none; refuses what is not a file."""
    try:
        status = os.stat(path)
    except FileNotFoundError:
        return None
    if stat.S_ISDIR(status.st_mode):
        raise BadPathError(arg(translate("files", "could not save %1: it is a folder, not a file; nothing was written"), path))
    if not stat.S_ISREG(status.st_mode):
        raise BadPathError(arg(translate("files", "could not save %1: it is not a regular file (a pipe or a device); nothing was written"), path))
    return stat.S_IMODE(status.st_mode)


def _new_file_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def remove_stale_temporaries(path: Path, now: float | None = None) -> list[Path]:
    """Remove what crashed saves of `path` (and of its backup) left behind; returns what was removed."""
    now = time.time() if now is None else now
    names = (backup_path(path).name, path.name)  # the longer first: ".map.cjmap.bak." also starts ".map.cjmap."
    removed: list[Path] = []
    try:
        entries = list(os.scandir(path.parent))
    except OSError:
        return removed
    for entry in entries:
        owner = next((n for n in names if entry.name.startswith(f".{n}.")), None)
        if owner is None or not entry.name.endswith(".tmp"):
            continue
        rest = entry.name[len(owner) + 2 :]
        try:
            age = now - entry.stat(follow_symlinks=False).st_mtime
            if not entry.is_file(follow_symlinks=False):
                continue
        except OSError:
            continue
        if rest.startswith(TEMPORARY_MARK[1:]):
            pid_text = rest[len(TEMPORARY_MARK) - 1 :].split("-", 1)[0]
            stale = age > STALE_AFTER_SECONDS or (pid_text.isdigit() and not _running(int(pid_text)))
        else:
            stale = bool(_LEGACY_TEMPORARY.fullmatch(rest)) and age > STALE_AFTER_SECONDS
        if stale:
            with contextlib.suppress(OSError):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
    return removed


def _running(pid: int) -> bool:
    """Whether a process of that id runs on this machine (unknown counts as running)."""
    if pid == os.getpid():
        return True
    if os.name != "posix":
        return True  # no harmless way to ask; the age rule applies
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _copy_atomic(source: Path, target: Path) -> None:
    """Copy the previous version to NAME.bak, synced, so a crash right after leaves a sound backup."""
    fd, temporary = tempfile.mkstemp(prefix=_prefix(target), suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        shutil.copy2(source, temporary)
        with open(temporary, "rb+") as stream:
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _sync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _explain(error: OSError, path: Path, existed: bool) -> SaveError:
    folder = path.parent
    shown = path.name if len(path.name) <= 60 else path.name[:59] + "…"
    reasons: dict[int, tuple[type[SaveError], str]] = {
        errno.EACCES: (SavePermissionError, arg(translate("files", "permission denied: you may not write in %1"), folder)),
        errno.EPERM: (SavePermissionError, arg(translate("files", "permission denied: you may not write in %1"), folder)),
        errno.ENOSPC: (DiskFullError, arg(translate("files", "the disk holding %1 is full"), folder)),
        errno.EDQUOT: (DiskFullError, translate("files", "your disk quota is used up")),
        errno.EROFS: (ReadOnlyDiskError, arg(translate("files", "%1 is on a read-only disk"), folder)),
        errno.ENOENT: (BadPathError, arg(translate("files", "the folder %1 no longer exists"), folder)),
        errno.ENOTDIR: (BadPathError, arg(translate("files", "a part of %1 is not a folder"), folder)),
        errno.EISDIR: (BadPathError, translate("files", "it is a folder, not a file")),
        errno.ENAMETOOLONG: (
            BadPathError,
            arg(translate("files", "the file name is too long (%1 characters; most disks allow up to 255 bytes)"), number(len(path.name))),
        ),
    }
    kind, reason = reasons.get(error.errno or 0, (SaveError, (error.strerror or translate("files", "unknown error")).lower()))
    where = shown if error.errno == errno.ENAMETOOLONG else str(path)
    if existed:
        return kind(arg(translate("files", "could not save %1: %2; the previous version is unchanged"), where, reason))
    return kind(arg(translate("files", "could not save %1: %2; nothing was written"), where, reason))
