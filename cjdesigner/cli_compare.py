"""`cjdesigner diff`, `merge`, `show` and `git-setup`: comparing and merging maps from scripts and git.

Exit status of diff and merge follows `diff` and git's merge drivers: diff 0 same, 1 different;
merge 0 clean, 1 conflicts left in OUT (a valid map holding them); both 2 with a sentence on stderr
when a file cannot be read. `show` prints a map as text (git's text conversion for `git diff`);
`git-setup` tells a git repository to use these for .cjmap files.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

from cjdesigner.i18n import arg, translate

UNREADABLE = 2
ATTRIBUTES = "*.cjmap merge=cjmap diff=cjmap"


def add_parsers(commands: Any) -> None:
    diff = commands.add_parser("diff", help=translate("cli compare", "list what changed from map OLD to map NEW, grouped by stage; "
                                                                       "exit 0 when they are the same, 1 when they differ, 2 when a file cannot be read"))
    diff.add_argument("old", type=Path, metavar=translate("cli", "OLD"))
    diff.add_argument("new", type=Path, metavar=translate("cli", "NEW"))
    diff.add_argument("--format", choices=("text", "json"), default="text",
                      help=translate("cli compare", "text (one change a line, default) or json (for scripts)"))
    diff.add_argument("-o", "--output", type=Path, default=None, metavar=translate("cli", "REPORT.pdf"),
                      help=translate("cli compare", "also write the change report: the map with its changes marked, then the change list"))
    merge = commands.add_parser("merge", help=translate("cli compare", "merge two maps changed from a common BASE into OUT; exit 0 when clean, "
                                                                         "1 when conflicts remain in OUT, 2 when a file cannot be read"))
    merge.add_argument("base", type=Path, metavar=translate("cli", "BASE"))
    merge.add_argument("ours", type=Path, metavar=translate("cli", "OURS"))
    merge.add_argument("theirs", type=Path, metavar=translate("cli", "THEIRS"))
    merge.add_argument("-o", "--output", required=True, type=Path, metavar=translate("cli", "OUT"),
                       help=translate("cli compare", "where to write the merged map (may be OURS, as git's merge driver asks)"))
    merge.add_argument("--label", metavar=translate("cli", "NAME"), help=translate("cli compare", "the map's name in messages (git's %%P: the file being merged)"))
    show = commands.add_parser("show", help=translate("cli compare", "print a map as text: stages, lanes, cards (what `git diff` shows)"))
    show.add_argument("file", type=Path, metavar=translate("cli", "MAP"))
    show.add_argument("--or-raw", action="store_true",
                      help=translate("cli compare", "print a file that is not a readable map as it is, instead of failing"))
    setup = commands.add_parser("git-setup", help=translate("cli compare", "make a git repository diff and merge .cjmap files with cjdesigner"))
    setup.add_argument("folder", nargs="?", type=Path, default=None, metavar=translate("cli", "FOLDER"),
                       help=translate("cli compare", "a folder of the repository (default: the current folder)"))


def _error(where: object, sentence: str) -> None:
    from cjdesigner.i18n import problem

    print(problem(where, sentence), file=sys.stderr)


def _read(path: Path, name: object = None, quiet: bool = False) -> Any:
    """The map in `path`, or None after saying on stderr why it cannot be read (unless `quiet`),
    naming the file `name` when the path is not one the user knows (git's temporary copies)."""
    from cjdesigner.io.cjmap import load_project
    from cjdesigner.io.errors import LoadError

    try:
        return load_project(path)
    except LoadError as error:
        if not quiet:
            _error(name or path, error.sentence)
        return None


def _sides(args: argparse.Namespace) -> list[tuple[Path, str | None]]:
    """The three files of a merge, each with the name to say: under git (--label) the paths are
    temporary copies, so the file being merged is named with the version each one is."""
    paths = (args.base, args.ours, args.theirs)
    if not args.label:
        return [(path, None) for path in paths]
    versions = (translate("cli compare", "%1 (common ancestor)"), translate("cli compare", "%1 (our version)"),
                translate("cli compare", "%1 (their version)"))
    return [(path, arg(version, args.label)) for path, version in zip(paths, versions)]


# --- diff -----------------------------------------------------------------------------------


def _diff(args: argparse.Namespace) -> int:
    from cjdesigner.model.change_lines import describe
    from cjdesigner.model.diff import compare

    old, new = _read(args.old), _read(args.new)
    if old is None or new is None:
        return UNREADABLE
    lines = describe(compare(old, new), old, new)
    if args.output is not None and not _report(args, old, new):
        return UNREADABLE
    if args.format == "json":
        print(json.dumps(diff_json(lines), ensure_ascii=False, indent=2))
    else:
        for text in diff_text(lines, old, new):
            print(text)
    return 1 if lines else 0


def _report(args: argparse.Namespace, old: Any, new: Any) -> bool:
    from cjdesigner.export.pdf.change_report import write_change_report
    from cjdesigner.io.errors import SaveError
    from cjdesigner.io.files import same_file

    if any(same_file(args.output, path) for path in (args.old, args.new)):
        _error(args.output, translate("cli compare", "this is one of the two maps compared: the report would replace it; "
                                                     "choose another name for the report (REPORT.pdf)"))
        return False
    try:
        write_change_report(old, new, args.output, args.old.name, args.new.name)
    except SaveError as error:
        _error(args.output, error.sentence)
        return False
    return True


def diff_text(lines: list, old: Any, new: Any) -> list[str]:
    """The change lines under headings: the map's own changes first, then each journey (named
    when the maps have several), each stage's changes under the stage's name; under a changed
    object, each field's old and new value."""
    from cjdesigner.export.map_text import Names, field_line
    from cjdesigner.model.change_lines import LineKind

    out: list[str] = []
    several = len({j.id for j in old.journeys} | {j.id for j in new.journeys}) > 1
    titles = {j.id: j.title for j in (*old.journeys, *new.journeys)}
    stages = {s.id: s.name for j in (*old.journeys, *new.journeys) for s in j.stages}
    names = Names(old), Names(new)
    group: tuple[str, str] | None = None
    for line in lines:
        if line.journey_id and (group is None or group[0] != line.journey_id) and several:
            out.append(arg(translate("conflicts", "Journey “%1”"), titles.get(line.journey_id, line.journey_id)))
        key = (line.journey_id, line.stage_id)
        if key != group and line.stage_id:
            out.append(arg(translate("conflicts", "Stage “%1”"), stages.get(line.stage_id, line.stage_id)))
        group = key
        indent = "  " if line.journey_id and (line.stage_id or several) else ""
        out.append(indent + line.say())
        if line.kind is LineKind.CHANGED:
            out += [indent + "    " + field_line(name, _old_to_new(name, line.old_value(name), line.new_value(name), names))
                    for name in line.fields]
    return out


SHOWN_CHARS = 60


def _old_to_new(name: str, old: Any, new: Any, names: tuple[Any, Any]) -> str:
    """`old → new`, each cut to a line's share: two long texts differing late show from a little
    before where they differ, so the change itself is in view."""
    from cjdesigner.export.map_text import value_text

    before, after = (value_text(name, value, side) if value not in (None, "", []) else "—" for value, side in zip((old, new), names))
    common = len(os.path.commonprefix([before, after]))
    if common > SHOWN_CHARS // 2:
        before, after = ("…" + text[common - 10:] for text in (before, after))
    before, after = (text if len(text) <= SHOWN_CHARS else text[: SHOWN_CHARS - 1] + "…" for text in (before, after))
    return arg(translate("cli compare", "%1 → %2"), before, after)


def diff_json(lines: list) -> dict[str, Any]:
    """The machine-readable diff (its shape is documented in the README)."""
    from pydantic_core import to_jsonable_python

    def plain(value: Any) -> Any:
        return to_jsonable_python(value)

    changes = []
    for line in lines:
        entry: dict[str, Any] = {
            "kind": line.kind.value, "object": line.object_kind.value, "id": line.object_id,
            "journey": line.journey_id, "stage": line.stage_id, "lane": line.lane_id,
            "layout_only": line.layout_only,
            "fields": {name: {"old": plain(line.old_value(name)), "new": plain(line.new_value(name))} for name in line.fields},
            "sentence": line.say(),
        }
        if line.from_stage_id:
            entry["from_stage"], entry["from_lane"] = line.from_stage_id, line.from_lane_id
        changes.append(entry)
    return {"same": not changes, "changes": changes}


# --- merge ----------------------------------------------------------------------------------

SIDE_CHARS = 200  # a side's value in a conflict: a card's text whole, a whole journey by its name


def _merge(args: argparse.Namespace) -> int:
    from cjdesigner.export.map_text import Names, side_lines
    from cjdesigner.io.atomic import write_atomic
    from cjdesigner.io.cjmap import dumps_project
    from cjdesigner.io.errors import SaveError
    from cjdesigner.model.conflicts import conflict_sentence
    from cjdesigner.model.merge import merge

    sides = [_read(path, name) for path, name in _sides(args)]
    if any(side is None for side in sides):
        return UNREADABLE
    result = merge(*sides)
    try:
        write_atomic(args.output, dumps_project(result.project), keep_backup=False)
    except SaveError as error:
        _error(args.output, error.sentence)
        return UNREADABLE
    names = Names(result.project, *sides)
    for conflict in result.conflicts:
        print(f"{args.label or args.output}: {conflict_sentence(result.project, conflict).say()}", file=sys.stderr)
        for side in side_lines(conflict, names, "  ", limit=SIDE_CHARS):
            print(side, file=sys.stderr)
    return 1 if result.conflicts else 0


# --- show -----------------------------------------------------------------------------------


def _show(args: argparse.Namespace) -> int:
    from cjdesigner.export.map_text import map_text

    if args.or_raw:
        project = _read(args.file, quiet=True)
        if project is None:
            try:
                sys.stdout.write(args.file.read_bytes().decode("utf-8", "replace"))
            except OSError as error:
                from cjdesigner.io.files import explain_read_error

                _error(args.file, explain_read_error(error))
                return UNREADABLE
            return 0
    else:
        project = _read(args.file)
        if project is None:
            return UNREADABLE
    sys.stdout.write(map_text(project))
    return 0


# --- git-setup ------------------------------------------------------------------------------


def own_command() -> str:
    """How git should start this cjdesigner: the entry point beside the running interpreter when
    there is one, else the interpreter with `-m cjdesigner`, by absolute path either way (git's
    PATH may not be the shell's)."""
    script = Path(sys.executable).with_name("cjdesigner")
    if script.is_file():
        return shlex.quote(str(script.absolute()))
    return f"{shlex.quote(str(Path(sys.executable).absolute()))} -m cjdesigner"


def _git_setup(args: argparse.Namespace) -> int:
    folder = args.folder or Path.cwd()
    if not folder.is_dir():
        _error(folder, translate("cli compare", "there is no such folder"))
        return 1
    try:
        found = subprocess.run(["git", "-C", str(folder), "rev-parse", "--show-toplevel"], capture_output=True, text=True)
    except OSError:
        _error(folder, translate("cli compare", "git is not installed (or not on PATH)"))
        return 1
    if found.returncode != 0 or not found.stdout.strip():
        _error(folder, translate("cli compare", "this folder is not in a git repository; run `git init` first, or name a folder of one"))
        return 1
    top = Path(found.stdout.strip())
    attributes = top / ".gitattributes"
    refused = _add_attributes(attributes)
    if refused:
        _error(attributes, refused)
        return 1
    command = own_command()
    settings = {
        "merge.cjmap.name": translate("cli compare", "cjdesigner map merge"),
        "merge.cjmap.driver": f"{command} merge %O %A %B -o %A --label %P",
        "diff.cjmap.textconv": f"{command} show --or-raw",
    }
    for key, value in settings.items():
        done = subprocess.run(["git", "-C", str(top), "config", key, value], capture_output=True, text=True)
        if done.returncode != 0:
            _error(top, done.stderr.strip())
            return 1
    print(arg(translate("cli compare", "%1: .cjmap files now diff and merge with cjdesigner"), top))
    return 0


def _add_attributes(attributes: Path) -> str | None:
    """Adds our line to .gitattributes once, keeping the others; the sentence saying why not when it
    cannot, in the user's language (an OS or codec message would be English and technical)."""
    from cjdesigner.io.atomic import write_atomic
    from cjdesigner.io.errors import LoadError, SaveError
    from cjdesigner.io.files import read_limited

    try:
        text = read_limited(attributes, 2**20).decode("utf-8") if os.path.lexists(attributes) else ""
    except LoadError as error:
        return error.sentence
    except UnicodeDecodeError:
        return arg(translate("cli compare", "this file is not UTF-8 text, so cjdesigner leaves it as it is: add the line “%1” to it yourself"),
                   ATTRIBUTES)
    if ATTRIBUTES in (line.strip() for line in text.splitlines()):
        return None
    try:
        write_atomic(attributes, (text + ("" if not text or text.endswith("\n") else "\n") + ATTRIBUTES + "\n").encode("utf-8"),
                     keep_backup=False)
    except SaveError as error:
        return error.sentence
    return None


COMMANDS = {"diff": _diff, "merge": _merge, "show": _show, "git-setup": _git_setup}
