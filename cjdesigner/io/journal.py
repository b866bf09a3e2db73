"""The journal of a map's edits: what makes a crash, a power cut or `kill -9` cost nothing.

One file per open map, in the user's data folder (never beside or inside the map). It is
append-only JSON lines, each ending with a CRC-32 of the line, so a line torn by a crash is seen
and dropped instead of being applied:

    {"v":1,"seq":0,"type":"header","file":"/maps/a.cjmap","base":{…},"pid":…,"host":…,"time":…,"crc":"…"}
    {"v":1,"seq":1,"type":"snapshot","project":{…},"clean":true,"edits":0,"time":…,"crc":"…"}
    {"v":1,"seq":2,"type":"step","op":"do","edits":[…],"clean":false,"time":…,"crc":"…"}

A step holds exactly the edits the undo stack applied to the project (a push, an undo or a redo),
so the map comes back as the last snapshot with the steps after it applied in order. A snapshot
starts each journal, and the journal is rewritten from a fresh snapshot every so often, in the
background (`io/journal_file.py`), which bounds the replay. `clean` says whether the map then
equalled the file as saved: a journal whose last line is clean holds nothing to recover. `base`
is the map's file as the edits began from it (size, modification time, SHA-256): a file changed
since then is never overwritten by a recovery.

Journals live in the user's data folder; when it cannot be written, in a private folder of the
temporary folder (`fallback_folder`). Both are searched for what can be recovered.

No Qt here: the command line and the tests read journals without a window.
"""

from __future__ import annotations

import contextlib
import errno
import importlib
import json
import os
import socket
import stat
import sys
import tempfile
import time
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from types import ModuleType
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import to_jsonable_python

from cjdesigner.i18n import arg, translate
from cjdesigner.io.files import Fingerprint, fingerprint
from cjdesigner.io.journal_file import LineFile, leftovers
from cjdesigner.io.phone_round import recover_open_round, remove_side_file
from cjdesigner.model.document import Card, EmotionPoint, Journey, Lane, Persona, Project, Stage
from cjdesigner.model.edits import Batch, Edit, Insert, Move, Ref, Remove, ReplaceProject, SetFields
from cjdesigner.model.invariants import ModelError
from cjdesigner.model.messages import explain

fcntl: ModuleType | None
try:
    fcntl = importlib.import_module("fcntl")
except ImportError:  # Windows: a journal's owner is then told by its lock alone
    fcntl = None

VERSION = 1
SUFFIX = ".cjjournal"
KEEP_DECLINED_DAYS = 7
_CRC_MARK = b',"crc":"'
_ITEM_TYPES: dict[str, type[BaseModel]] = {
    "personas": Persona,
    "journeys": Journey,
    "stages": Stage,
    "lanes": Lane,
    "cards": Card,
    "emotion_points": EmotionPoint,
}


class JournalError(Exception):
    """A journal or one of its lines cannot be read; the message is a sentence."""


def timestamp() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


# --- edits to JSON and back -------------------------------------------------------------------


def edit_to_json(edit: Edit) -> dict[str, Any]:
    if isinstance(edit, ReplaceProject):
        return {"replace": edit.project.model_dump(mode="json")}
    if isinstance(edit, Batch):
        return {"batch": [edit_to_json(e) for e in edit.edits]}
    if isinstance(edit, SetFields):
        return {"set": _ref_to_json(edit.ref), "values": to_jsonable_python(edit.values)}
    if isinstance(edit, Insert):
        return {"insert": edit.collection, "index": edit.index, "journey": edit.journey_id,
                "item": edit.item.model_dump(mode="json")}
    if isinstance(edit, Remove):
        return {"remove": edit.collection, "id": edit.item_id, "journey": edit.journey_id}
    if isinstance(edit, Move):
        return {"move": edit.collection, "id": edit.item_id, "index": edit.index, "journey": edit.journey_id}
    raise TypeError(f"cannot journal an edit of type {type(edit).__name__}")


def edit_from_json(data: Any) -> Edit:
    """Raises JournalError naming what is wrong; never builds a half-understood edit."""
    try:
        if not isinstance(data, dict):
            raise JournalError(translate("journal", "an edit must be a JSON object"))
        if "replace" in data:
            return ReplaceProject(Project.model_validate(data["replace"]))
        if "batch" in data:
            return Batch(tuple(edit_from_json(e) for e in data["batch"]))
        if "set" in data:
            values = data["values"]
            if not isinstance(values, dict):
                raise JournalError(translate("journal", "the values of a change must be a JSON object"))
            return SetFields(_ref_from_json(data["set"]), dict(values))
        if "insert" in data:
            collection = data["insert"]
            kind = _ITEM_TYPES.get(collection)
            if kind is None:
                raise JournalError(arg(translate("journal", "there is no collection named '%1'"), collection))
            return Insert(collection, _int(data["index"]), kind.model_validate(data["item"]), _journey(data))
        if "remove" in data:
            _collection(data["remove"])
            return Remove(data["remove"], str(data["id"]), _journey(data))
        if "move" in data:
            _collection(data["move"])
            return Move(data["move"], str(data["id"]), _int(data["index"]), _journey(data))
    except KeyError as missing:
        raise JournalError(arg(translate("journal", "an edit lacks its '%1' part"), missing.args[0])) from None
    except ValidationError as error:
        raise JournalError(arg(translate("journal", "an inserted object is not valid: %1"), explain(error))) from None
    raise JournalError(translate("journal", "an edit is of a kind this version does not know"))


def _ref_to_json(ref: Ref) -> dict[str, Any]:
    return {"kind": ref.kind, "id": ref.id, "journey": ref.journey_id}


def _ref_from_json(data: Any) -> Ref:
    if not isinstance(data, dict) or data.get("kind") not in ("project", *(k for k in _KINDS)):
        raise JournalError(translate("journal", "a change names an object of a kind this version does not know"))
    return Ref(data["kind"], data.get("id"), data.get("journey"))


_KINDS = ("persona", "journey", "stage", "lane", "card", "emotion_point")


def _collection(name: Any) -> None:
    if name not in _ITEM_TYPES:
        raise JournalError(arg(translate("journal", "there is no collection named '%1'"), name))


def _int(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise JournalError(translate("journal", "an index must be a whole number"))
    return value


def _journey(data: dict[str, Any]) -> str | None:
    value = data.get("journey")
    return None if value is None else str(value)


# --- lines ------------------------------------------------------------------------------------


def encode_line(record: dict[str, Any], raw: dict[str, bytes] | None = None) -> bytes:
    """One journal line. `raw` holds values already serialised as JSON (a project snapshot)."""
    body = json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    for key, value in (raw or {}).items():
        body = body[:-1] + b',"' + key.encode() + b'":' + value + b"}"
    crc = zlib.crc32(body)
    return body[:-1] + _CRC_MARK + f"{crc:08x}".encode() + b'"}\n'


def decode_line(line: bytes) -> dict[str, Any]:
    """Raises JournalError when the line is torn, altered or not a journal line."""
    line = line.rstrip(b"\n")
    at = line.rfind(_CRC_MARK)
    if at < 0 or not line.endswith(b'"}') or len(line) - at != len(_CRC_MARK) + 10:
        raise JournalError(translate("journal", "the line is incomplete"))
    body = line[:at] + b"}"
    try:
        expected = int(line[at + len(_CRC_MARK):-2], 16)
    except ValueError:
        raise JournalError("the line's checksum is unreadable") from None
    if zlib.crc32(body) != expected:
        raise JournalError("the line's checksum does not match: it was damaged")
    try:
        record = json.loads(body)
    except ValueError:
        raise JournalError(translate("journal", "the line is not JSON")) from None
    if not isinstance(record, dict):
        raise JournalError(translate("journal", "the line is not a JSON object"))
    version = record.get("v")
    if not isinstance(version, int) or version > VERSION:
        raise JournalError(arg(translate("journal", "the line was written by a newer cjdesigner (journal version %1)"), version))
    return record


# --- writing ----------------------------------------------------------------------------------


class JournalWriter(LineFile):
    """Writes one journal: a header and a snapshot, then a line per step."""

    def __init__(self, path: Path, synchronous: bool = False) -> None:
        super().__init__(path, synchronous)
        self.seq = 0
        self.last_time = ""

    def start(self, header: dict[str, Any], project: Project, *, clean: bool, edits: int) -> None:
        """Write a new journal (header and snapshot) atomically, replacing any earlier one at `path`."""
        self.seq = 0
        self.last_time = timestamp()
        snapshot = project.model_dump_json().encode("utf-8")
        self._write_new(self._head(header, snapshot, clean=clean, edits=edits, time=self.last_time))

    def compact(self, header: dict[str, Any], snapshot: bytes, *, clean: bool, edits: int) -> None:
        """Rewrite the journal in the background as `header` and `snapshot` (the project's JSON,
        as it stands after every line written so far), followed by the lines written meanwhile.
        Returns at once. The snapshot keeps the time of the last line it sums up."""
        last, seq = self.last_time or timestamp(), self.seq
        self._compact(lambda: self._head(header, snapshot, clean=clean, edits=edits, time=last, seq=seq))

    def _head(self, header: dict[str, Any], snapshot: bytes, *, clean: bool, edits: int, time: str, seq: int = 0) -> bytes:
        lines = encode_line({"v": VERSION, "seq": seq, "time": time, "type": "header", **header})
        record = {"v": VERSION, "seq": seq, "time": time, "type": "snapshot", "clean": clean, "edits": edits}
        return lines + encode_line(record, {"project": snapshot})

    def step(self, op: str, edits: list[Edit], *, clean: bool) -> None:
        record = {"type": "step", "op": op, "edits": [edit_to_json(e) for e in edits], "clean": clean}
        self._append(self._line(record))

    def mark(self, kind: str, **values: Any) -> None:
        """A line that changes no edit, e.g. `declined` when the user said no to a recovery."""
        self._append(self._line({"type": kind, **values}))

    def _line(self, record: dict[str, Any]) -> bytes:
        self.last_time = timestamp()
        line = encode_line({"v": VERSION, "seq": self.seq, "time": self.last_time, **record})
        self.seq += 1
        return line


def header(file: Path | None, title: str, base: Fingerprint | None = None) -> dict[str, Any]:
    """`base`: the map's file as the edits begin from it, to tell later whether it changed."""
    recorded = None if base is None else {"size": base.size, "mtime_ns": base.mtime_ns, "sha256": base.sha256}
    return {"file": None if file is None else str(file), "title": title, "base": recorded, "pid": os.getpid(),
            "host": socket.gethostname()}


def _base(value: Any) -> Fingerprint | None:
    if not isinstance(value, dict):
        return None
    size, mtime, sha = value.get("size"), value.get("mtime_ns"), value.get("sha256")
    if not (isinstance(size, int) and isinstance(mtime, int) and isinstance(sha, str)):
        return None
    return Fingerprint(size, mtime, sha)


# --- reading ----------------------------------------------------------------------------------


@dataclass
class Recovery:
    """What a journal gives back: the map as it stood after the last readable step."""

    path: Path
    file: str | None = None
    base: Fingerprint | None = None
    title: str = ""
    pid: int | None = None
    host: str = ""
    project: Project | None = None
    edits: int = 0
    clean: bool = True
    last_time: str = ""
    declined_time: str = ""
    closed: bool = False
    problems: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.path.stem

    @property
    def unsaved(self) -> bool:
        """True when the journal holds edits the map's file does not have."""
        return self.project is not None and not self.clean and self.edits > 0

    def describe_file(self) -> str:
        return self.file or "untitled"

    def base_changed(self) -> bool:
        """True when the map's file is no longer the one the edits began from (someone saved it,
        a sync client or `git pull` replaced it): the edits then apply to an older version, and
        writing them over the file would lose that change. A file that is gone changed nothing."""
        if self.file is None or self.base is None:
            return False
        now = fingerprint(self.file)
        return now is not None and not now.same_content(self.base)


def read_journal(path: Path) -> Recovery:
    """Replay a journal. Never raises for a bad journal: what can be read is returned, and each
    part that cannot is named in `problems`."""
    recovery = Recovery(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        recovery.problems.append(arg(translate("journal", "%1: the journal cannot be read (%2)"), path.name, error.strerror or translate("journal", "unknown error")))
        return recovery
    lines = data.split(b"\n")
    torn_end = not data.endswith(b"\n")  # the last write was cut short by a crash
    if not torn_end:
        lines.pop()
    project: Project | None = None
    for number, line in enumerate(lines, start=1):
        try:
            record, whole = _decode(line)
        except JournalError as error:
            if torn_end and number == len(lines) and project is not None:  # named, though no verb returned
                recovery.problems.append(arg(translate("journal", "%1, line %2: the last edit was cut off as it was being written (cjdesigner or the computer stopped) and is left out"), path.name, number))
                break
            recovery.problems.append(arg(translate("journal", "%1, line %2: %3; this line and the ones after it were not applied"), path.name, number, error))
            break
        if not whole:
            recovery.problems.append(arg(translate("journal", "%1, line %2: the end of the line is damaged, but its checksum proves the edit whole; it was applied"), path.name, number))
        kind = record.get("type")
        try:
            if kind == "header":
                recovery.file = record.get("file") if isinstance(record.get("file"), str) else None
                recovery.base = _base(record.get("base"))
                recovery.title = str(record.get("title") or "")
                recovery.pid = record.get("pid") if isinstance(record.get("pid"), int) else None
                recovery.host = str(record.get("host") or "")
            elif kind == "snapshot":
                project = Project.model_validate(record["project"])
                recovery.clean = bool(record.get("clean", True))
                recovery.edits = int(record.get("edits", 0))
            elif kind == "step":
                if project is None:
                    raise JournalError(translate("journal", "a step comes before any snapshot of the map"))
                applied = [edit_from_json(e) for e in record["edits"]]
                _apply_all(project, applied)
                recovery.edits += 1
                recovery.clean = bool(record.get("clean", False))
            elif kind == "declined":  # kept 7 days from the first time it was declined
                recovery.declined_time = recovery.declined_time or str(record.get("time", ""))
            elif kind == "closed":
                recovery.closed = True
            else:
                raise JournalError(arg(translate("journal", "the line is of a kind this version does not know ('%1')"), kind))
        except (JournalError, ModelError, KeyError, TypeError, ValueError) as error:
            reason = str(error) if isinstance(error, (JournalError, ModelError)) else "the line lacks a part it needs"
            if isinstance(error, ValidationError):
                reason = arg(translate("journal", "the map it holds is not valid: %1"), explain(error))
            recovery.problems.append(arg(translate("journal", "%1, line %2: %3; this line and the ones after it were not applied"), path.name, number, reason))
            break
        if kind not in ("declined", "closed"):  # the time of the last edit, not of a later decision
            recovery.last_time = str(record.get("time", recovery.last_time))
    if project is not None and recover_open_round(project, path):
        recovery.edits += 1
        recovery.clean = False
    recovery.project = project
    if project is None and not recovery.problems:
        recovery.problems.append(arg(translate("journal", "%1: the journal holds no copy of the map"), path.name))
    return recovery


def _decode(line: bytes) -> tuple[dict[str, Any], bool]:
    """The record, and False when only the byte after it is damaged (a changed newline): its
    checksum still proves the record whole. Raises JournalError otherwise."""
    try:
        return decode_line(line), True
    except JournalError:
        if len(line) > 1:
            with contextlib.suppress(JournalError):
                return decode_line(line[:-1]), False
        raise


def _apply_all(project: Project, edits: list[Edit]) -> None:
    """All of a step's edits or none: a step that cannot be applied leaves the map as it was."""
    done: list[Edit] = []
    try:
        for edit in edits:
            done.append(edit.apply(project))
    except Exception:
        for inverse in reversed(done):
            inverse.apply(project)
        raise


def journals(folders: Path | list[Path]) -> list[Path]:
    found: list[Path] = []
    for folder in [folders] if isinstance(folders, Path) else folders:
        try:
            found.extend(p for p in folder.glob(f"*{SUFFIX}") if p.is_file())
        except OSError:
            continue
    return sorted(found)


def find(folder: Path | list[Path], key: str) -> list[Recovery]:
    """Journals named by id (or a prefix of one), or by the map file they belong to."""
    found = []
    resolved = str(Path(key).expanduser().resolve()) if key else ""
    for path in journals(folder):
        if path.stem == key or (len(key) >= 4 and path.stem.startswith(key)):
            found.append(read_journal(path))
            continue
        recovery = read_journal(path)
        if recovery.file is not None and recovery.file == resolved:
            found.append(recovery)
    return found


def is_expired(recovery: Recovery, now: datetime | None = None) -> bool:
    """A recovery the user declined (or a map closed without saving) is kept this many days."""
    moment = recovery.declined_time or (recovery.last_time if recovery.closed else "")
    if not moment:
        return False
    try:
        then = datetime.fromisoformat(moment)
    except ValueError:
        return True
    return ((now or datetime.now(timezone.utc)) - then).days >= KEEP_DECLINED_DAYS


# --- finding what can be recovered ----------------------------------------------------------


def recoverable(folder: Path | list[Path], *, include_declined: bool = True) -> list[Recovery]:
    """Journals with unsaved edits that no running process is writing, in one folder or several,
    newest first. Journals with nothing to recover, and declined ones older than the keeping
    time, are removed, and so are the halves of rewrites a stopped process left a day ago."""
    found: list[Recovery] = []
    for leftover in (p for f in ([folder] if isinstance(folder, Path) else folder) for p in leftovers(f, SUFFIX)):
        if _age_days(leftover) >= 1 and not in_use(leftover.with_suffix("")):
            with contextlib.suppress(OSError):
                leftover.unlink()
    for path in journals(folder):
        if in_use(path):
            continue
        recovery = read_journal(path)
        if (recovery.project is not None and not recovery.unsaved and not recovery.problems) or is_expired(recovery):
            with contextlib.suppress(OSError):
                path.unlink()
            remove_side_file(path)
            continue
        if recovery.project is None and recovery.problems and _age_days(path) >= KEEP_DECLINED_DAYS:
            with contextlib.suppress(OSError):
                path.unlink()
            remove_side_file(path)
            continue
        if not include_declined and (recovery.declined_time or recovery.closed):
            continue
        found.append(recovery)
    found.sort(key=lambda r: r.last_time, reverse=True)
    return found


def decline(recovery: Recovery) -> None:
    """Keep the journal for the keeping time without asking again at start."""
    writer = JournalWriter(recovery.path)
    with contextlib.suppress(OSError):
        writer.end_line()
        writer.mark("declined")
    writer.close()


def forget(recovery: Recovery) -> None:
    with contextlib.suppress(OSError):
        recovery.path.unlink()
    remove_side_file(recovery.path)


def _age_days(path: Path) -> float:
    try:
        return (time.time() - path.stat().st_mtime) / 86400
    except OSError:
        return 0.0


def describe_time(moment: str) -> str:
    """An ISO time from a journal in the computer's time zone, to the second."""
    try:
        return datetime.fromisoformat(moment).astimezone().strftime("%Y-%m-%d %H:%M:%S")
    except ValueError:
        return moment or "?"


def in_use(path: Path) -> bool:
    """True when a running process holds the journal (it is being written right now)."""
    if fcntl is None:
        return False
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)
    return False


def data_folder() -> Path:
    """The user's data folder as Qt's `QStandardPaths.AppDataLocation` names it for cjdesigner, found
    without Qt, so that the app and the command line look in one place (a test checks that Qt
    agrees). A relative `XDG_DATA_HOME` or `APPDATA` is ignored, as the XDG rules and Qt say: it
    would name a different folder from each working directory."""
    home = Path.home()
    if sys.platform == "win32":
        base = _absolute(os.environ.get("APPDATA")) or home / "AppData" / "Roaming"
    elif sys.platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        base = _absolute(os.environ.get("XDG_DATA_HOME")) or home / ".local" / "share"
    return base / "cjdesigner" / "cjdesigner"


def _absolute(value: str | None) -> Path | None:
    return Path(value) if value and os.path.isabs(value) else None


def fallback_folder() -> Path:
    """Where journals go while the data folder cannot be written (a read-only home, a file where
    the folder should be, a full disk): a folder of this user's alone in the temporary folder. It
    survives a crash and a logout, not always a restart."""
    root = _absolute(os.environ.get("TMPDIR")) or Path(tempfile.gettempdir())
    user = os.getuid() if hasattr(os, "getuid") else os.environ.get("USERNAME", "user")
    return root / f"cjdesigner-{user}" / "recovery"


def recovery_folders(primary: Path | None = None) -> list[Path]:
    """Every folder that may hold journals: the data folder's, then the fallback."""
    folders = [primary or data_folder() / "recovery"]
    fallback = fallback_folder()
    return folders if fallback in folders else [*folders, fallback]


def make_private(folder: Path) -> None:
    """Create `folder` (the fallback, in a temporary folder everyone shares) for this user alone.
    Raises OSError when its parent is someone else's, a link, or open to others: another user
    could then read the maps or plant journals."""
    owned = folder.parent
    owned.mkdir(mode=0o700, parents=True, exist_ok=True)
    info = os.lstat(owned)
    if hasattr(os, "getuid") and (not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid() or info.st_mode & 0o077):
        raise PermissionError(errno.EPERM, translate("journal", "the folder is not private to you"), str(owned))
    folder.mkdir(mode=0o700, exist_ok=True)
