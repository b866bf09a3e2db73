"""Malformed and hostile .cjmap files: each gets its own sentence, exit status 1, and stays untouched."""

import hashlib
import os
from pathlib import Path

import pytest

from cjdesigner.cli import main
from cjdesigner.io import files
from cjdesigner.io.cjmap import MAX_FILE_BYTES, load_project
from cjdesigner.io.errors import LoadError

HOSTILE = Path(__file__).parent / "hostile"

EXPECTED = {
    "absurd_nesting.cjmap": "x_future: the JSON nests more than 64 levels deep",
    "array_at_top.cjmap": 'this is not a cjdesigner map (the file has no "format": "cjdesigner" at its top)',
    "bad_colour.cjmap": 'personas[0].colour: must be a colour written #RRGGBB, not "rouge" (persona "Ana Lopez")',
    "bad_positions.cjmap": 'journeys[0].cards: the cards of stage "s1" and lane "actions" have positions [0, 1, 7]',
    "binary.cjmap": "the file is not UTF-8 text (byte 0x80 cannot be read)",
    "card_without_stage.cjmap": 'journeys[0].cards[0].stage_id: is required but missing (card "A")',
    "dangling_persona.cjmap": 'journeys[0].cards[0].persona_ids[0]: card "A" refers to persona "p-zed", which does not exist',
    "dangling_stage.cjmap": 'journeys[0].cards[1].stage_id: card "B" refers to stage "s9", which is not in journey "Current state"',
    "duplicate_emotion_point.cjmap": 'journeys[0].emotion_points[2]: a second emotion point for stage "s1" and persona "p-ana"',
    "duplicate_ids.cjmap": 'journeys[0].cards[2].id: id "a" is also used by journeys[0].cards[0]',
    "duplicate_key.cjmap": 'line 5, column 3: the key "title" appears twice in the same object',
    "empty.cjmap": "the file is empty",
    "empty_journeys.cjmap": "journeys: must not be empty",
    "id_with_slash.cjmap": 'journeys[0].stages[0].id: must be an id of 1 to 64 letters, digits',
    "infinity_votes.cjmap": "line 94, column 20: -Infinity is not a number a map may hold",
    "journey_is_a_string.cjmap": "journeys[0]: must be an object",
    "latin1.cjmap": "line 4, column 19: the file is not UTF-8 text (byte 0xE9 cannot be read)",
    "missing_journeys.cjmap": "journeys: is required but missing",
    "naive_datetime.cjmap": "created: must be a date and time with its time zone",
    "nan_score.cjmap": "line 161, column 20: NaN is not a number a map may hold",
    "negative_votes.cjmap": 'journeys[0].cards[0].votes: must be at least 0, not -3 (card "A")',
    "newer_schema_version.cjmap": "this map was saved by a newer cjdesigner (file format version 99); this version reads up to version 3",
    "no_format.cjmap": "this is not a cjdesigner map",
    "no_schema_version.cjmap": "schema_version: must be a whole number from 1, not null",
    "not_json.cjmap": "line 1, column 1: this is not valid JSON (expecting value)",
    "schema_version_string.cjmap": 'schema_version: must be a whole number from 1, not "1"',
    "schema_version_zero.cjmap": "schema_version: must be a whole number from 1, not 0",
    "score_as_float.cjmap": "journeys[0].emotion_points[0].score: must be a whole number, not 1.5",
    "score_out_of_range.cjmap": "journeys[0].emotion_points[1].score: must be at least -2, not -5",
    "severity_out_of_range.cjmap": 'journeys[0].cards[3].severity: must be at most 5, not 11 (card "D")',
    "tags_not_a_list.cjmap": 'journeys[0].cards[0].tags: must be a list, not "urgent" (card "A")',
    "trailing_comma.cjmap": "line 1, column 46: this is not valid JSON",
    "truncated.cjmap": "line 91, column 1: this is not valid JSON",
    "unknown_lane_kind.cjmap": "journeys[0].lanes[1].kind: must be one of 'actions', 'touchpoints'",
    "whitespace_only.cjmap": "the file is empty",
    "wrong_format.cjmap": "this is not a cjdesigner map",
    "lone_surrogate_title.cjmap": "title: holds a broken character (a lone UTF-16 surrogate, such as \\ud800) that cannot be saved",
    "lone_surrogate_in_unknown_field.cjmap": 'journeys[0].cards[0].x_note: holds a broken character (a lone UTF-16 surrogate',
    "votes_as_string.cjmap": 'journeys[0].cards[0].votes: must be a whole number, not "3" (card "A")',
    "votes_as_true.cjmap": 'journeys[0].cards[0].votes: must be a whole number, not true (card "A")',
    "votes_as_float.cjmap": 'journeys[0].cards[0].votes: must be a whole number, not 2.0 (card "A")',
    "votes_too_large.cjmap": 'journeys[0].cards[0].votes: must be at most 1,000,000, not 1000000000000 (card "A")',
    "votes_beyond_64_bits.cjmap": "line 94, column 20: 9223372036854775808 is too large a number for a map",
    "hidden_as_number.cjmap": 'journeys[0].lanes[0].hidden: must be true or false, not 1 (lane "Actions")',
    "created_as_unix_time.cjmap": 'created: must be a date and time with its time zone in quotes, like "2026-03-14T09:30:00Z"',
    "title_as_number.cjmap": "title: must be text in quotes, not 2026",
    "huge_number_in_unknown_field.cjmap": "line 98, column 22: 1e999 is too large a number for a map",
    "huge_integer_in_unknown_field.cjmap": "line 174, column 16: 10000000000000000000000… is too large a number for a map",
    "too_many_stages.cjmap": "journeys[0].stages: has 1,002 stages; a journey holds at most 200, so that it stays quick to open",
    "too_many_lanes.cjmap": "journeys[0].lanes: has 1,002 lanes; a journey holds at most 100, so that it stays quick to open",
}


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_every_hostile_file_has_an_expectation():
    assert sorted(p.name for p in HOSTILE.glob("*.cjmap")) == sorted(EXPECTED)
    assert len(EXPECTED) >= 25


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_hostile_file_gets_its_sentence_and_stays_untouched(name, capsys):
    path = HOSTILE / name
    before = digest(path), path.stat().st_mtime_ns
    with pytest.raises(LoadError) as caught:
        load_project(path)
    assert EXPECTED[name] in caught.value.sentence
    assert main(["validate", str(path)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith(f"{path}: error: ")
    assert EXPECTED[name] in err
    assert "Traceback" not in err
    assert err.count("\n") == 1
    assert (digest(path), path.stat().st_mtime_ns) == before


def test_oversized_file_is_refused_before_reading(tmp_path, capsys):
    huge = tmp_path / "huge.cjmap"
    with huge.open("wb") as stream:
        stream.truncate(MAX_FILE_BYTES + 1)
    assert main(["validate", str(huge)]) == 1
    assert "cjdesigner opens files up to 64 MiB" in capsys.readouterr().err
    assert huge.stat().st_size == MAX_FILE_BYTES + 1


def test_nesting_deeper_than_the_parser_goes_is_located(tmp_path, capsys):
    path = tmp_path / "deep.cjmap"
    path.write_text('{"format": "cjdesigner", "schema_version": 1, "journeys": ' + "[" * 5000 + "]" * 5000 + "}")
    assert main(["validate", str(path)]) == 1
    assert "line 1, column 122: the JSON nests more than 64 levels deep" in capsys.readouterr().err


def test_a_folder_is_not_a_map(tmp_path, capsys):
    assert main(["validate", str(tmp_path)]) == 1
    assert "this is a folder, not a file" in capsys.readouterr().err


def test_missing_file(tmp_path, capsys):
    assert main(["validate", str(tmp_path / "nope.cjmap")]) == 1
    assert "there is no such file" in capsys.readouterr().err


def test_unreadable_file(tmp_path, capsys, monkeypatch):
    path = tmp_path / "locked.cjmap"
    path.write_text("{}")

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(files.os, "open", refuse)
    assert main(["validate", str(path)]) == 1
    assert "permission denied: you may not read this file" in capsys.readouterr().err


def test_validate_reports_every_file_and_fails_if_any_is_bad(capsys):
    good = Path(__file__).parent / "golden" / "v1.cjmap"
    assert main(["validate", str(good), str(HOSTILE / "empty.cjmap")]) == 1
    out, err = capsys.readouterr()
    assert out == f"{good}: ok (1 journey, 35 cards)\n"
    assert "empty.cjmap: error: the file is empty" in err


def test_bom_is_accepted(tmp_path):
    good = (Path(__file__).parent / "golden" / "v1.cjmap").read_bytes()
    path = tmp_path / "bom.cjmap"
    path.write_bytes(b"\xef\xbb\xbf" + good)
    assert load_project(path).title == "Maison Lumière — parcours d'achat"
    assert os.path.getsize(path) == len(good) + 3
