"""`cjdesigner diff`, `merge` and `show`: their output in the interface's language, their exit
status (as `diff` and git's merge drivers have it) and a sentence for a file that cannot be read."""

import json
import os
import subprocess
import sys

import pytest

from builders import branching_project, small_project
from speech import cli_error, number, said
from cjdesigner.cli import main
from cjdesigner.io.cjmap import load_project, save_project
from cjdesigner.model import changes as C
from cjdesigner.model.document import Card
from cjdesigner.model.field_labels import field_label
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
    assert said("%1: %2", said("frequency", context="change lines"), "4/12", context="map text") in out
    assert "{'" not in out and "None" not in out and f"{number(48000)}\n" in out


def field_change(name: str, old: str, new: str) -> str:
    return said("%1: %2", field_label(name), said("%1 → %2", old, new, context="cli compare"), context="map text")


def test_diff_shows_each_changed_field_from_old_to_new(maps, tmp_path, capsys, language):
    assert main(["diff", str(maps["base"]), str(maps["theirs"])]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[3:5] == ["  " + lines("Card “%1” changed: %2", "D, reworded", said("text", context="change lines")),
                        "      " + field_change("text", "D", "D, reworded")]
    project = branching_project()
    project.journeys[0].loops[0].label = "Looks again"
    project.journeys[0].stages[0].goals = ["Find a sofa"]
    project.journeys[0].paths[0].name = "Web shop"
    save_project(project, tmp_path / "new.cjmap")
    save_project(branching_project(), tmp_path / "old.cjmap")
    assert main(["diff", str(tmp_path / "old.cjmap"), str(tmp_path / "new.cjmap")]) == 1
    out = [line.strip() for line in capsys.readouterr().out.splitlines()]
    arrow = said("from %1 to %2", "Order", "Consider", context="map text")
    assert field_change("loops", f"{arrow} (Compares again)", f"{arrow} (Looks again)") in out
    assert field_change("goals", "—", "Find a sofa") in out
    assert field_change("paths", "Online, In store", "Web shop, In store") in out


def test_diff_shortens_long_texts_around_where_they_differ(maps, capsys):
    project = load_project(maps["base"])
    start = "A long card text that goes on about what the customer does before "
    C.set_fields(project, "j1", "card", "b", None, text=start + "buying, and then much more that nobody needs to read here")
    save_project(project, maps["ours"])
    C.set_fields(project, "j1", "card", "b", None, text=start + "paying, and then much more that nobody needs to read here")
    save_project(project, maps["theirs"])
    assert main(["diff", str(maps["ours"]), str(maps["theirs"])]) == 1
    [change] = [line for line in capsys.readouterr().out.splitlines() if "→" in line]
    old, new = change.split(": ", 1)[1].split(" → ")
    assert "buying" in old and "paying" in new and "A long card" not in change
    assert len(old) <= 60 and len(new) <= 60 and old.startswith("…") and old.endswith("…")


def test_merge_conflicts_on_the_command_line_show_base_mine_and_theirs(maps, capsys, language):
    ours, theirs = load_project(maps["ours"]), load_project(maps["theirs"])
    C.set_fields(ours, "j1", "card", "b", None, text="B as Ana heard it, at length, with every word the customer said")
    C.set_fields(theirs, "j1", "card", "b", None, text="B as Bo heard it")
    save_project(ours, maps["ours"])
    save_project(theirs, maps["theirs"])
    assert main(["merge", str(maps["base"]), str(maps["ours"]), str(maps["theirs"]), "-o", str(maps["ours"])]) == 1
    err = capsys.readouterr().err.splitlines()
    [at] = [i for i, line in enumerate(err) if line.startswith(f"{maps['ours']}: ")]
    side = [said("%1: %2", said(word, context="map text"), text, context="map text") for word, text in
            (("base", "B"), ("mine", "B as Ana heard it, at length, with every word the customer said"), ("theirs", "B as Bo heard it"))]
    assert err[at + 1:at + 4] == ["  " + line for line in side]


def test_merge_under_git_names_the_file_being_merged_not_gits_temporary_copy(maps, tmp_path, capsys, language):
    broken = tmp_path / ".merge_file_a1b2c3"
    broken.write_text("{ not json")
    before = maps["ours"].read_bytes()
    assert main(["merge", str(maps["base"]), str(maps["ours"]), str(broken), "-o", str(maps["ours"]), "--label", "sofa.cjmap"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(cli_error(said("%1 (their version)", "sofa.cjmap", context="cli compare"), ""))
    assert ".merge_file" not in err and maps["ours"].read_bytes() == before


def test_show_names_fields_and_their_values_in_the_interface_language(tmp_path, capsys, language):
    sample = tmp_path / "sample.cjmap"
    assert main(["new", "--template", "sample", "-o", str(sample)]) == 0
    assert main(["show", str(sample)]) == 0
    out = capsys.readouterr().out.splitlines()
    validated, partly = {"fr": ("validé", "partiellement étayé"), "en": ("validated", "partly backed")}[language]
    confidence = said("confidence", context="change lines")
    assert "          " + said("%1: %2", confidence, validated, context="map text") in out
    assert "          " + said("%1: %2", confidence, partly, context="map text") in out
    assert not any(line.endswith("partly_backed") for line in out)


def test_the_change_report_never_replaces_a_map_it_compares(maps, tmp_path, capsys, language):
    before = maps["ours"].read_bytes()
    link = tmp_path / "link.cjmap"
    link.symlink_to(maps["ours"])
    for output in (maps["ours"], link):
        assert main(["diff", str(maps["base"]), str(maps["ours"]), "-o", str(output)]) == 2
        err = capsys.readouterr().err
        assert err.startswith(cli_error(output, said("this is one of the two maps compared: the report would replace it; "
                                                     "choose another name for the report (REPORT.pdf)", context="cli compare")))
    assert maps["ours"].read_bytes() == before and load_project(maps["ours"])


def test_show_or_raw_says_why_a_file_cannot_be_read_in_the_users_language(tmp_path, capsys, language):
    folder = tmp_path / "maps.cjmap"
    folder.mkdir()
    assert main(["show", "--or-raw", str(folder)]) == 2
    assert capsys.readouterr().err == cli_error(folder, said("this is a folder, not a file", context="files")) + "\n"
