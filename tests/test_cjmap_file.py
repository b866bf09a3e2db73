"""The .cjmap file: stable bytes, unknown fields kept, schema current, migrations, atomic saves."""

import difflib
import errno
import json
import os
from pathlib import Path

import pytest

from builders import small_project
from cjdesigner.io import atomic, migrations
from cjdesigner.io.cjmap import dumps_project, load_project, loads_project, save_project
from cjdesigner.io.errors import LoadError, SaveError
from cjdesigner.io.sample import sample_project
from cjdesigner.io.schema import cjmap_schema_text
from cjdesigner.model import edits as E

ROOT = Path(__file__).parent.parent
GOLDEN = Path(__file__).parent / "golden"


def test_file_starts_with_format_and_version():
    data = json.loads(dumps_project(small_project()))
    assert list(data)[:3] == ["format", "schema_version", "title"]
    assert data["format"] == "cjdesigner"
    assert data["schema_version"] == migrations.CURRENT_SCHEMA_VERSION


def test_saving_twice_gives_identical_bytes(tmp_path):
    path = tmp_path / "map.cjmap"
    save_project(sample_project(), path)
    first = path.read_bytes()
    save_project(load_project(path), path)
    assert path.read_bytes() == first
    assert first.decode("utf-8").count("\n") > 100, "pretty-printed, one field per line"
    assert "Prise de conscience" in first.decode("utf-8"), "accents written as themselves, not \\u escapes"


def test_a_small_edit_gives_a_small_diff():
    project = sample_project()
    before = dumps_project(project).decode().splitlines()
    E.set_fields(project, E.Ref("card", "card-005", "journey-canape"), text="Autre pensée")
    after = dumps_project(project).decode().splitlines()
    changed = [line for line in difflib.unified_diff(before, after, lineterm="", n=0) if line[:1] in "+-"]
    assert len(changed) == 4  # the --- / +++ headers and one line each way


def test_unknown_fields_survive_a_round_trip(tmp_path):
    data = json.loads(dumps_project(small_project()))
    data["x_workspace"] = {"zoom": 1.5}
    data["journeys"][0]["cards"][0]["x_votes_by"] = ["ana", "bo"]
    data["journeys"][0]["stages"][1]["icon"] = "cart"
    data["personas"][0]["x_photo"] = None
    path = tmp_path / "future.cjmap"
    path.write_text(json.dumps(data, indent=2))
    project = load_project(path)
    save_project(project, path)
    again = json.loads(path.read_text())
    assert again["x_workspace"] == {"zoom": 1.5}
    assert again["journeys"][0]["cards"][0]["x_votes_by"] == ["ana", "bo"]
    assert again["journeys"][0]["stages"][1]["icon"] == "cart"
    assert again["personas"][0]["x_photo"] is None
    assert again == data


def test_committed_schema_is_current():
    committed = (ROOT / "docs" / "cjmap.schema.json").read_text(encoding="utf-8")
    assert committed == cjmap_schema_text(), "run: cjdesigner schema > docs/cjmap.schema.json"


def test_schema_describes_the_file():
    schema = json.loads(cjmap_schema_text())
    assert schema["properties"]["format"] == {"const": "cjdesigner", "description": "Marks the file as a cjdesigner map."}
    assert {"format", "schema_version", "journeys"} <= set(schema["required"])
    assert schema["$defs"]["Card"]["properties"]["severity"]["anyOf"][0] == {"maximum": 5, "minimum": 1, "type": "integer"}


@pytest.mark.parametrize("version", range(1, migrations.CURRENT_SCHEMA_VERSION + 1))
def test_golden_file_of_every_version_loads(version):
    project = load_project(GOLDEN / f"v{version}.cjmap")
    journey = project.journeys[0]
    assert project.title == "Maison Lumière — parcours d'achat"
    assert [p.name for p in project.personas] == ["Camille Durand", "Jean-Pierre Morel"]
    assert [s.name for s in journey.stages][0] == "Prise de conscience"
    assert len(journey.cards) == 35
    assert len(journey.emotion_points) == 10


def test_golden_file_of_the_current_version_is_what_we_write():
    path = GOLDEN / f"v{migrations.CURRENT_SCHEMA_VERSION}.cjmap"
    assert dumps_project(load_project(path)) == path.read_bytes()


def test_migration_chain_is_complete():
    assert migrations.missing_steps() == []
    assert migrations.missing_steps({}) == list(range(1, migrations.CURRENT_SCHEMA_VERSION))


def test_migrations_run_in_order_on_raw_data(monkeypatch):
    monkeypatch.setattr(migrations, "CURRENT_SCHEMA_VERSION", 3)
    steps = {
        1: lambda raw: {**raw, "title": raw["name"], "trail": ["1→2"]},
        2: lambda raw: {**raw, "trail": raw["trail"] + ["2→3"]},
    }
    raw = migrations.migrate({"name": "old"}, 1, steps)
    assert raw["title"] == "old" and raw["trail"] == ["1→2", "2→3"]
    assert migrations.migrate({"name": "x"}, 3, steps) == {"name": "x"}


def test_newer_file_is_refused():
    data = json.loads(dumps_project(small_project()))
    data["schema_version"] = migrations.CURRENT_SCHEMA_VERSION + 1
    with pytest.raises(LoadError, match="saved by a newer cjdesigner"):
        loads_project(json.dumps(data).encode())


def test_save_keeps_the_previous_version_as_bak(tmp_path):
    path = tmp_path / "map.cjmap"
    project = small_project()
    save_project(project, path)
    first = path.read_bytes()
    E.set_fields(project, E.Ref("project"), title="Second")
    save_project(project, path)
    assert (tmp_path / "map.cjmap.bak").read_bytes() == first
    assert load_project(path).title == "Second"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.cjmap", "map.cjmap.bak"]


def test_save_keeps_the_file_permissions(tmp_path):
    path = tmp_path / "map.cjmap"
    save_project(small_project(), path)
    os.chmod(path, 0o640)
    save_project(small_project(), path)
    assert path.stat().st_mode & 0o777 == 0o640


def _fail_with(code):
    def fail(*args, **kwargs):
        raise OSError(code, os.strerror(code))

    return fail


@pytest.mark.parametrize(
    ("target", "code", "sentence"),
    [
        ("fsync", errno.ENOSPC, "is full"),
        ("replace", errno.EACCES, "permission denied"),
        ("replace", errno.EROFS, "read-only disk"),
    ],
)
def test_failed_save_leaves_the_previous_file_intact(tmp_path, monkeypatch, target, code, sentence):
    path = tmp_path / "map.cjmap"
    save_project(small_project(), path)
    before = path.read_bytes()
    project = small_project()
    project.title = "Lost?"
    monkeypatch.setattr(atomic.os, target, _fail_with(code))
    with pytest.raises(SaveError) as caught:
        save_project(project, path)
    monkeypatch.undo()
    assert sentence in caught.value.sentence
    assert caught.value.sentence.startswith(f"could not save {path}: ")
    assert "the previous version is unchanged" in caught.value.sentence
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_save_into_a_missing_folder(tmp_path):
    with pytest.raises(SaveError, match="does not exist"):
        save_project(small_project(), tmp_path / "gone" / "map.cjmap")


def test_save_over_a_folder(tmp_path):
    (tmp_path / "map.cjmap").mkdir()
    with pytest.raises(SaveError, match="is a folder"):
        save_project(small_project(), tmp_path / "map.cjmap")


def test_no_permission_to_create_the_temporary_file(tmp_path, monkeypatch):
    monkeypatch.setattr(atomic.tempfile, "mkstemp", _fail_with(errno.EACCES))
    with pytest.raises(SaveError, match=f"you may not write in {tmp_path}"):
        save_project(small_project(), tmp_path / "map.cjmap")
    assert not (tmp_path / "map.cjmap").exists()


def test_an_invalid_project_is_never_written(tmp_path):
    project = small_project()
    project.journeys[0].cards[0].stage_id = "nowhere"
    with pytest.raises(SaveError, match='refers to stage "nowhere".*nothing was written'):
        save_project(project, tmp_path / "map.cjmap")
    assert not (tmp_path / "map.cjmap").exists()


def test_a_loaded_map_keeps_no_table_of_the_fields_its_file_named():
    """A file names every field of every card; pydantic would keep that list in each card (2 KB a
    card, 40 MB at 20,000), which nothing reads: the loader drops it, and the map saves the same."""
    project = small_project()
    data = dumps_project(project)
    loaded = loads_project(data)
    elements = [e for j in loaded.journeys for e in (*j.cards, *j.emotion_points, *j.stages, *j.lanes)]
    assert elements and all(not e.model_fields_set for e in elements)
    assert dumps_project(loaded) == data
    E.set_fields(loaded, E.Ref("card", "a", "j1"), text="Compare prices")
    assert "Compare prices" in dumps_project(loaded).decode()


def test_the_golden_file_of_version_3_holds_every_part_version_3_brought():
    """Forks, paths and return arrows; sub-journey links and reviews; a round voted from phones; an
    open merge conflict: a later format must read each back, so the golden file holds them all."""
    project = load_project(GOLDEN / "v3.cjmap")
    journey, delivery = project.journeys
    assert [p.name for p in journey.paths] == ["En ligne", "En magasin"] and journey.forks and journey.loops
    assert journey.stage("stage-retention").sub_journey_id == delivery.id
    assert any(card.sub_journey_id == delivery.id for card in journey.cards)
    assert (journey.owner, journey.status.value, project.review_every_months) == ("Camille Durand", "validated", 6)
    assert journey.last_review and journey.next_review
    phones = journey.voting_rounds[0]
    assert phones.card_ids and phones.one_per_card and phones.naming == "optional" and len(phones.votes) == 3
    assert [c.kind for c in project.conflicts] == ["both_changed"]
