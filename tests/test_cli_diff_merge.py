"""`cjdesigner diff`, `merge` and `show`: their output in the interface's language, their exit
status (as `diff` and git's merge drivers have it) and a sentence for a file that cannot be read."""

import json
import os
import subprocess
import sys

import pytest

from builders import small_project
from speech import cli_error, said
from cjdesigner.cli import main
from cjdesigner.io.cjmap import load_project, save_project
from cjdesigner.model import changes as C
from cjdesigner.model.document import Card
from cjdesigner.model.invariants import check_invariants


@pytest.fixture
def maps(tmp_path):
    """base; ours moves card A to Buy and renames Discover; theirs adds a pain point and edits D."""
    base = small_project()
    ours, theirs = base.model_copy(deep=True), base.model_copy(deep=True)
    C.move_cards(ours, "j1", ["a"], "s2", "actions", 0)
    C.rename(ours, "j1", "stage", "s1", "Discovery")
    C.add_card(theirs, "j1", Card(id="p", stage_id="s1", lane_id="pains", text="Slow site"))
    C.set_fields(theirs, "j1", "card", "d", None, text="D, reworded")
    paths = {}
    for name, project in (("base", base), ("ours", ours), ("theirs", theirs)):
        paths[name] = tmp_path / f"{name}.cjmap"
        save_project(project, paths[name])
    return paths


def lines(text: str, *values: object) -> str:
    return said(text, *values, context="change lines")


def heading(name: str) -> str:
    return said("Stage “%1”", name, context="conflicts")


def test_diff_prints_the_changes_grouped_by_stage_in_the_interface_language(maps, capsys, language):
    assert main(["diff", str(maps["base"]), str(maps["ours"])]) == 1
    assert capsys.readouterr().out.splitlines() == [
        heading("Discovery"),
        "  " + lines("Stage “%1” renamed “%2”", "Discover", "Discovery"),
        heading("Buy"),
        "  " + lines("Card “%1” moved from %2 to %3", "A", "Discovery", "Buy"),
    ]
    assert main(["diff", str(maps["base"]), str(maps["theirs"])]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[:2] == [heading("Discover"), "  " + lines("Card “%1” added in %2 (%3)", "Slow site", "Discover", "Pain points")]
    assert out[3] == "  " + lines("Card “%1” changed: %2", "D, reworded", said("text", context="change lines"))


def test_diff_of_a_map_with_itself_says_nothing_and_exits_0(maps, capsys):
    assert main(["diff", str(maps["base"]), str(maps["base"])]) == 0
    assert capsys.readouterr().out == ""


def test_diff_and_merge_exit_2_with_a_sentence_when_a_file_cannot_be_read(maps, tmp_path, capsys, language):
    broken = tmp_path / "broken.cjmap"
    broken.write_text("{ not json")
    missing = tmp_path / "missing.cjmap"
    assert main(["diff", str(maps["base"]), str(missing)]) == 2
    assert capsys.readouterr().err == cli_error(missing, said("there is no such file", context="cli")) + "\n" \
        or capsys.readouterr().err.startswith(cli_error(missing, ""))
    assert main(["diff", str(broken), str(maps["base"])]) == 2
    err = capsys.readouterr().err
    assert err.startswith(cli_error(broken, "")) and "Traceback" not in err
    out = tmp_path / "out.cjmap"
    assert main(["merge", str(maps["base"]), str(maps["ours"]), str(broken), "-o", str(out)]) == 2
    assert capsys.readouterr().err.startswith(cli_error(broken, "")) and not out.exists()


def test_diff_as_json_gives_each_change_with_old_and_new_values(maps, capsys):
    assert main(["diff", "--format", "json", str(maps["base"]), str(maps["theirs"])]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["same"] is False
    by_id = {change["id"]: change for change in data["changes"]}
    assert by_id["d"]["kind"] == "changed" and by_id["d"]["fields"] == {"text": {"old": "D", "new": "D, reworded"}}
    assert (by_id["p"]["kind"], by_id["p"]["object"], by_id["p"]["stage"], by_id["p"]["lane"]) == ("added", "card", "s1", "pains")
    assert by_id["p"]["fields"]["text"] == {"old": None, "new": "Slow site"}
    assert main(["diff", "--format", "json", str(maps["base"]), str(maps["ours"])]) == 1
    moved = {change["id"]: change for change in json.loads(capsys.readouterr().out)["changes"]}["a"]
    assert (moved["kind"], moved["layout_only"], moved["from_stage"], moved["stage"]) == ("moved", True, "s1", "s2")


def test_merge_writes_a_clean_merge_and_exits_0(maps, tmp_path, capsys):
    out = tmp_path / "out.cjmap"
    assert main(["merge", str(maps["base"]), str(maps["ours"]), str(maps["theirs"]), "-o", str(out)]) == 0
    merged = load_project(out)
    journey = merged.journeys[0]
    assert journey.card("a").stage_id == "s2" and journey.stage("s1").name == "Discovery"
    assert journey.card("p").text == "Slow site" and journey.card("d").text == "D, reworded"
    assert not merged.conflicts and not list(tmp_path.glob("*.bak"))


def test_merge_with_conflicts_exits_1_and_leaves_a_valid_map_holding_them_in_ours(maps, capsys, language):
    theirs = load_project(maps["theirs"])
    C.move_cards(theirs, "j1", ["a"], "s1", "pains", 0)
    save_project(theirs, maps["theirs"])
    assert main(["merge", str(maps["base"]), str(maps["ours"]), str(maps["theirs"]), "-o", str(maps["ours"])]) == 1
    merged = load_project(maps["ours"])
    assert not check_invariants(merged)
    assert {(c.object_id, c.field) for c in merged.conflicts} == {("a", "place")}
    err = capsys.readouterr().err
    assert said("%1: changed on both sides (%2)", said("Card “%1”", "A", context="conflicts"), said("place", context="change lines"),
                context="conflicts") in err


def test_show_prints_the_map_as_text_and_raw_text_when_asked(maps, tmp_path, capsys, language):
    assert main(["show", str(maps["theirs"])]) == 0
    out = capsys.readouterr().out.splitlines()
    assert said("Stage: %1", "Discover", context="map text") in [line.strip() for line in out]
    assert "      - Slow site" in out
    other = tmp_path / "notes.cjmap"
    other.write_text("not a map\n")
    assert main(["show", str(other)]) == 2
    assert main(["show", "--or-raw", str(other)]) == 0
    assert capsys.readouterr().out.endswith("not a map\n")


@pytest.mark.parametrize("locale_name, word", [("fr_FR.UTF-8", "Carte «\u202fA\u202f» déplacée"), ("en_US.UTF-8", "Card “A” moved")])
def test_a_real_process_speaks_the_locale(maps, locale_name, word):
    env = {**os.environ, "LC_ALL": locale_name, "LANG": locale_name}
    done = subprocess.run([sys.executable, "-m", "cjdesigner", "diff", str(maps["base"]), str(maps["ours"])],
                          capture_output=True, text=True, env=env, encoding="utf-8")
    assert done.returncode == 1 and word in done.stdout, done.stderr


def test_show_writes_values_as_a_reader_writes_them(tmp_path, capsys):
    sample = tmp_path / "sample.cjmap"
    assert main(["new", "--template", "sample", "-o", str(sample)]) == 0
    assert main(["show", str(sample)]) == 0
    out = capsys.readouterr().out
    assert f"{said('frequency', context='change lines')}: 4/12" in out
    assert "{'" not in out and "None" not in out and "48000\n" in out
