"""The journal file: every edit kind survives the trip to JSON, a torn last line is dropped and
named, and a damaged or newer journal is never applied blindly. No Qt."""

from __future__ import annotations

import json
from pathlib import Path

from builders import small_project
from sample_edits import EDITS
from cjdesigner.io import journal as J
from cjdesigner.model import edits as E


def write(tmp_path: Path, steps: list[E.Edit]) -> tuple[Path, object]:
    """A journal of `steps` applied to the small project; returns its path and the project after."""
    project = small_project()
    writer = J.JournalWriter(tmp_path / f"x{J.SUFFIX}")
    writer.start(J.header(None, "t"), project, clean=True, edits=0)
    for edit in steps:
        edit.apply(project)
        writer.step("do", [edit], clean=False)
    writer.close()
    return writer.path, project


def test_every_kind_of_edit_comes_back_exactly(tmp_path):
    path, project = write(tmp_path, EDITS)
    recovery = J.read_journal(path)
    assert recovery.problems == []
    assert recovery.edits == len(EDITS) and recovery.unsaved
    assert recovery.project.model_dump_json() == project.model_dump_json()


def test_a_torn_last_line_is_named_dropped_and_the_rest_recovered(tmp_path):
    path, _ = write(tmp_path, EDITS[:3])
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 17])  # the crash cut the last write
    recovery = J.read_journal(path)
    assert recovery.problems == [f"{path.name}, line 5: the last edit was cut off as it was being written "
                                 "(cjdesigner or the computer stopped) and is left out"]
    assert recovery.edits == 2
    expected = small_project()
    for edit in EDITS[:2]:
        edit.apply(expected)
    assert recovery.project.model_dump_json() == expected.model_dump_json()


def test_a_damaged_line_is_named_and_what_comes_before_it_is_offered(tmp_path):
    path, _ = write(tmp_path, EDITS[:3])
    lines = path.read_bytes().split(b"\n")
    lines[3] = lines[3].replace(b"new", b"NEW")  # the inserted card's text, altered on disk
    path.write_bytes(b"\n".join(lines))
    recovery = J.read_journal(path)
    assert recovery.edits == 1
    assert recovery.problems == [f"{path.name}, line 4: the line's checksum does not match: it was damaged; "
                                 "this line and the ones after it were not applied"]


def test_a_journal_from_a_newer_version_is_not_applied(tmp_path):
    path, _ = write(tmp_path, EDITS[:1])
    lines = path.read_bytes().split(b"\n")
    record = json.loads(lines[2])
    record.pop("crc")
    record["v"] = 9
    lines[2] = J.encode_line(record).rstrip(b"\n")
    path.write_bytes(b"\n".join(lines) + b"\n")
    recovery = J.read_journal(path)
    assert recovery.edits == 0
    assert "written by a newer cjdesigner (journal version 9)" in recovery.problems[0]
    assert "line 3" in recovery.problems[0]


def test_garbage_is_a_sentence_never_an_exception(tmp_path):
    path = tmp_path / f"g{J.SUFFIX}"
    path.write_bytes(b"\x00\xff not a journal at all\n{}\n")
    recovery = J.read_journal(path)
    assert recovery.project is None and "line 1: the line is incomplete" in recovery.problems[0]


def test_an_edit_that_no_longer_fits_the_map_stops_the_replay_there(tmp_path):
    path, _ = write(tmp_path, [EDITS[3]])
    with path.open("ab") as stream:
        stream.write(J.encode_line({"v": 1, "seq": 9, "type": "step", "op": "do", "clean": False,
                                    "edits": [J.edit_to_json(E.Remove("cards", "b", "j1"))]}))
    recovery = J.read_journal(path)
    assert recovery.edits == 1
    assert 'line 4: cards: there is no item with id "b"' in recovery.problems[0]


def test_declined_recoveries_expire_after_seven_days(tmp_path):
    from datetime import datetime, timedelta, timezone

    path, _ = write(tmp_path, EDITS[:1])
    writer = J.JournalWriter(path)
    writer.mark("declined")
    writer.close()
    recovery = J.read_journal(path)
    now = datetime.now(timezone.utc)
    assert recovery.declined_time and not J.is_expired(recovery, now + timedelta(days=6))
    assert J.is_expired(recovery, now + timedelta(days=7, minutes=1))


def test_declining_again_neither_moves_the_last_edit_nor_restarts_the_seven_days(tmp_path, monkeypatch):
    path, _ = write(tmp_path, EDITS[:1])
    edited = J.read_journal(path).last_time
    for moment in ("2099-01-01T00:00:00.000+00:00", "2099-01-05T00:00:00.000+00:00"):
        monkeypatch.setattr(J, "timestamp", lambda moment=moment: moment)
        writer = J.JournalWriter(path)
        writer.mark("declined")
        writer.close()
    recovery = J.read_journal(path)
    assert recovery.last_time == edited
    assert recovery.declined_time == "2099-01-01T00:00:00.000+00:00"


def test_a_changed_last_newline_is_named_and_its_edit_kept(tmp_path):
    """A bit flipped in the last newline leaves the record whole (its checksum says so): the
    edit is applied and the damage named, also after the journal was declined (a line added)."""
    path, project = write(tmp_path, EDITS[:3])
    data = path.read_bytes()
    path.write_bytes(data[:-1] + b"\x0b")
    recovery = J.read_journal(path)
    assert recovery.edits == 3
    assert recovery.project.model_dump_json() == project.model_dump_json()
    assert recovery.problems == [f"{path.name}, line 5: the end of the line is damaged, but its checksum proves "
                                 "the edit whole; it was applied"]
    J.decline(recovery)
    again = J.read_journal(path)
    assert again.declined_time and again.edits == 3 and len(again.problems) == 1


def test_a_journal_records_the_file_it_began_from(tmp_path):
    from cjdesigner.io.cjmap import save_project
    from cjdesigner.io.files import fingerprint

    map_path = tmp_path / "map.cjmap"
    save_project(small_project(), map_path)
    writer = J.JournalWriter(tmp_path / f"y{J.SUFFIX}")
    writer.start(J.header(map_path, "t", fingerprint(map_path)), small_project(), clean=True, edits=0)
    writer.close()
    assert J.read_journal(writer.path).base == fingerprint(map_path)
    assert not J.read_journal(writer.path).base_changed()
    os_time = map_path.stat().st_mtime_ns
    map_path.write_bytes(map_path.read_bytes())  # the same bytes again: no change
    assert not J.read_journal(writer.path).base_changed() and map_path.stat().st_mtime_ns >= os_time
    newer = small_project()
    newer.title = "Newer"
    save_project(newer, map_path)
    assert J.read_journal(writer.path).base_changed()
    map_path.unlink()
    assert not J.read_journal(writer.path).base_changed()  # gone: nothing to overwrite
