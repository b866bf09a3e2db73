"""Reading a user's file safely: only regular files, never blocking, never larger than a limit.

A named pipe, a device or a socket given where a file is expected would make a plain `open()` wait
forever (or read without end); they are refused at once with a sentence instead.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from dataclasses import dataclass
from typing import BinaryIO

from cjdesigner.i18n import QT_TRANSLATE_NOOP, arg, number, translate
from cjdesigner.io.errors import LoadError

_SPECIAL = (
    (stat.S_ISDIR, QT_TRANSLATE_NOOP("files", "this is a folder, not a file")),
    (stat.S_ISFIFO, QT_TRANSLATE_NOOP("files", "this is a named pipe (FIFO), not a file; cjdesigner reads only regular files")),
    (stat.S_ISCHR, QT_TRANSLATE_NOOP("files", "this is a device, not a file; cjdesigner reads only regular files")),
    (stat.S_ISBLK, QT_TRANSLATE_NOOP("files", "this is a disk device, not a file; cjdesigner reads only regular files")),
    (stat.S_ISSOCK, QT_TRANSLATE_NOOP("files", "this is a socket, not a file; cjdesigner reads only regular files")),
)

_REASONS = {
    errno.ENOENT: QT_TRANSLATE_NOOP("files", "there is no such file"),
    errno.EACCES: QT_TRANSLATE_NOOP("files", "permission denied: you may not read this file"),
    errno.EPERM: QT_TRANSLATE_NOOP("files", "permission denied: you may not read this file"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("files", "the file name is too long"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("files", "a part of the path is not a folder"),
    errno.ELOOP: QT_TRANSLATE_NOOP("files", "the path goes round in a loop of symbolic links"),
    errno.EISDIR: QT_TRANSLATE_NOOP("files", "this is a folder, not a file"),
}


def refuse_special(mode: int) -> None:
    """Raise LoadError unless `mode` (from a stat) is a regular file's."""
    if stat.S_ISREG(mode):
        return
    for test, sentence in _SPECIAL:
        if test(mode):
            raise LoadError(translate("files", sentence))
    raise LoadError(translate("files", "this is not a regular file; cjdesigner reads only regular files"))


def open_regular(path: str | os.PathLike[str]) -> BinaryIO:
    """Open a regular file for reading, or raise LoadError with a sentence; never blocks.

    The file is opened non-blocking and checked on the open descriptor, so a pipe put in its place
    between a check and the open cannot make cjdesigner wait.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as error:
        raise LoadError(explain_read_error(error)) from None
    try:
        refuse_special(os.fstat(fd).st_mode)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_limited(path: str | os.PathLike[str], limit: int) -> bytes:
    """Read a regular file, refusing quickly one larger than `limit` (checked before reading, and while)."""
    with open_regular(path) as stream:
        try:
            size = os.fstat(stream.fileno()).st_size
            if size > limit:
                from cjdesigner.layout.charts import format_number  # at the error only: startup stays light
                raise LoadError(arg(translate("files", "the file is %1 MiB; cjdesigner opens files up to %2 MiB"), format_number(size / 2**20, decimals=0), limit // 2**20))
            data = stream.read(limit + 1)
        except OSError as error:
            raise LoadError(explain_read_error(error)) from None
    if len(data) > limit:
        raise LoadError(arg(translate("files", "the file is larger than %1 MiB, the most cjdesigner opens"), number(limit // 2**20)))
    return data


def same_file(one: str | os.PathLike[str], other: str | os.PathLike[str]) -> bool:
    """Whether two paths name one file (through a link, `~` or `..` too): writing one would replace the other."""
    first, second = os.path.expanduser(one), os.path.expanduser(other)
    try:
        return os.path.realpath(first) == os.path.realpath(second) or (os.path.exists(first) and os.path.samefile(first, second))
    except OSError:
        return False


def explain_read_error(error: OSError) -> str:
    reason = _REASONS.get(error.errno or 0)
    if reason is None:
        return arg(translate("files", "the file cannot be read (%1)"), (error.strerror or "unknown error").lower())
    return translate("files", reason)


@dataclass(frozen=True)
class Fingerprint:
    """What a file was at one moment: enough to tell, later, that someone changed it."""

    size: int
    mtime_ns: int
    sha256: str

    def same_content(self, other: Fingerprint) -> bool:
        """The same bytes: a copy put back, or a `touch`, is no change."""
        return (self.size, self.sha256) == (other.size, other.sha256)


def fingerprint(path: str | os.PathLike[str]) -> Fingerprint | None:
    """None when the file is gone, unreadable or not a regular file. Never blocks on a pipe put in
    the map's place, and hashes no more than a map may weigh (a larger file is its size and time)."""
    from cjdesigner.io.cjmap import MAX_FILE_BYTES

    digest = hashlib.sha256()
    try:
        with open_regular(path) as stream:
            info = os.fstat(stream.fileno())
            if info.st_size <= MAX_FILE_BYTES:
                while chunk := stream.read(1 << 20):
                    digest.update(chunk)
    except (LoadError, OSError):
        return None
    return Fingerprint(info.st_size, info.st_mtime_ns, digest.hexdigest())
