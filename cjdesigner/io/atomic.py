"""Writing a file so that a crash, a full disk or a missing folder never destroys the previous one."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import stat
import tempfile
from pathlib import Path

from cjdesigner.io.errors import SaveError


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


def write_atomic(path: Path, data: bytes, *, keep_backup: bool = True) -> None:
    """Write to a temporary file beside `path`, sync it, keep the old file as NAME.bak, rename over.

    On any failure the target is as it was and the temporary file is gone.
    """
    path = Path(path)
    folder = path.parent
    if not folder.is_dir():
        raise SaveError(f"the folder {folder} does not exist")
    if path.is_dir():
        raise SaveError(f"{path} is a folder, not a file")
    temporary: str | None = None
    try:
        mode = _mode_for(path)
        fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        if keep_backup and path.exists():
            _copy_atomic(path, backup_path(path))
        os.replace(temporary, path)
        temporary = None
        _sync_folder(folder)
    except OSError as error:
        raise SaveError(_explain(error, path)) from None
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


def _mode_for(path: Path) -> int:
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _copy_atomic(source: Path, target: Path) -> None:
    fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        shutil.copy2(source, temporary)
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


def _explain(error: OSError, path: Path) -> str:
    reasons = {
        errno.EACCES: f"permission denied: you may not write in {path.parent}",
        errno.EPERM: f"permission denied: you may not write in {path.parent}",
        errno.ENOSPC: "the disk is full",
        errno.EDQUOT: "your disk quota is used up",
        errno.EROFS: f"{path.parent} is on a read-only disk",
        errno.ENOENT: f"the folder {path.parent} no longer exists",
        errno.EISDIR: f"{path} is a folder, not a file",
        errno.ENAMETOOLONG: "the file name is too long",
    }
    reason = reasons.get(error.errno or 0, error.strerror or str(error))
    return f"could not save {path.name}: {reason}; the previous version is unchanged"
