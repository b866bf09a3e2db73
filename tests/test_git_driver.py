"""cjdesigner as git's merge driver and text conversion for .cjmap files, in a real repository:
`git-setup` configures it, `git merge` of two branches editing one map merges by ids (and leaves a
valid map holding the conflicts when they collide), and `git diff` shows maps as readable text."""

import os
import subprocess

import pytest

from builders import small_project
from speech import cli_error, said
from cjdesigner.cli import main
from cjdesigner.io.cjmap import load_project, save_project
from cjdesigner.model import changes as C
from cjdesigner.model.invariants import check_invariants

PEOPLE = {"GIT_AUTHOR_NAME": "Ana", "GIT_AUTHOR_EMAIL": "ana@example.org", "GIT_COMMITTER_NAME": "Ana",
          "GIT_COMMITTER_EMAIL": "ana@example.org"}


@pytest.fixture
def repo(tmp_path, monkeypatch):
    """A repository holding journey.cjmap (small_project) on main, set up by `cjdesigner git-setup`;
    git reads no configuration of the machine's user."""
    for name, value in PEOPLE.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    folder = tmp_path / "maps"
    folder.mkdir()
    git(folder, "init", "-q", "-b", "main")
    (folder / ".gitattributes").write_text("*.png binary\n")
    assert main(["git-setup", str(folder)]) == 0
    save_project(small_project(), folder / "journey.cjmap")
    git(folder, "add", "-A")
    git(folder, "commit", "-q", "-m", "First map")
    return folder


def git(folder, *args, check=True) -> subprocess.CompletedProcess:
    return subprocess.run(["git", "-c", "user.name=Ana", "-c", "user.email=ana@example.org", "-C", str(folder), *args],
                          capture_output=True, text=True, check=check, env={**os.environ, "LC_ALL": "C"})


def edit_on_branch(folder, branch, edit, start="main"):
    git(folder, "checkout", "-q", "-b", branch, start)
    project = load_project(folder / "journey.cjmap")
    edit(project)
    save_project(project, folder / "journey.cjmap")
    (folder / "journey.cjmap.bak").unlink()
    git(folder, "commit", "-q", "-am", f"{branch}'s edit")
    git(folder, "checkout", "-q", "main")


def test_setup_writes_the_attributes_once_keeping_other_lines_and_names_this_cjdesigner(repo):
    assert main(["git-setup", str(repo)]) == 0
    assert (repo / ".gitattributes").read_text() == "*.png binary\n*.cjmap merge=cjmap diff=cjmap\n"
    driver = git(repo, "config", "merge.cjmap.driver").stdout.strip()
    assert driver.endswith(" merge %O %A %B -o %A --label %P") and os.path.isabs(driver.split()[0].strip("'"))
    assert git(repo, "config", "diff.cjmap.textconv").stdout.strip().endswith(" show --or-raw")


def test_setup_says_in_the_users_language_why_it_leaves_gitattributes_alone(repo, capsys, language):
    attributes = repo / ".gitattributes"
    attributes.write_bytes(b"# caf\xe9\n*.png binary\n")
    assert main(["git-setup", str(repo)]) == 1
    assert capsys.readouterr().err == cli_error(attributes, said(
        "this file is not UTF-8 text, so cjdesigner leaves it as it is: add the line “%1” to it yourself",
        "*.cjmap merge=cjmap diff=cjmap", context="cli compare")) + "\n"
    assert attributes.read_bytes() == b"# caf\xe9\n*.png binary\n"
    attributes.unlink()
    attributes.mkdir()
    assert main(["git-setup", str(repo)]) == 1
    assert capsys.readouterr().err == cli_error(attributes, said("this is a folder, not a file", context="files")) + "\n"


def test_setup_refuses_outside_a_git_repository(tmp_path, capsys, monkeypatch, language):
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    assert main(["git-setup", str(tmp_path)]) == 1
    assert capsys.readouterr().err == cli_error(tmp_path, said(
        "this folder is not in a git repository; run `git init` first, or name a folder of one", context="cli compare")) + "\n"
    assert not (tmp_path / ".gitattributes").exists()


def test_git_merges_two_branches_editing_one_map(repo):
    edit_on_branch(repo, "ana", lambda p: C.move_cards(p, "j1", ["a"], "s2", "actions", 0))
    edit_on_branch(repo, "bo", lambda p: C.set_fields(p, "j1", "card", "d", None, text="D, as Bo heard it"))
    git(repo, "merge", "-q", "ana")
    merged = git(repo, "merge", "--no-edit", "bo", check=False)
    assert merged.returncode == 0, merged.stdout + merged.stderr
    project = load_project(repo / "journey.cjmap")
    journey = project.journeys[0]
    assert journey.card("a").stage_id == "s2" and journey.card("d").text == "D, as Bo heard it"
    assert not project.conflicts and git(repo, "status", "--porcelain").stdout == ""


def test_a_conflicting_merge_leaves_a_valid_map_holding_the_conflict(repo):
    edit_on_branch(repo, "ana", lambda p: C.set_fields(p, "j1", "card", "b", None, text="Ana's B"))
    edit_on_branch(repo, "bo", lambda p: C.set_fields(p, "j1", "card", "b", None, text="Bo's B"))
    git(repo, "merge", "-q", "ana")
    merged = git(repo, "merge", "--no-edit", "bo", check=False)
    assert merged.returncode != 0 and "CONFLICT" in merged.stdout
    assert merged.stderr.startswith("journey.cjmap: "), "the driver names the map, not git's temporary file"
    project = load_project(repo / "journey.cjmap")
    assert not check_invariants(project)
    [conflict] = project.conflicts
    assert (conflict.object_id, conflict.field, conflict.ours, conflict.theirs) == ("b", "text", "Ana's B", "Bo's B")
    assert project.journeys[0].card("b").text == "Ana's B"
    assert "<<<<<<<" not in (repo / "journey.cjmap").read_text()
    assert git(repo, "status", "--porcelain").stdout.startswith("UU journey.cjmap")


def test_git_diff_shows_the_map_as_readable_text(repo):
    project = load_project(repo / "journey.cjmap")
    C.set_fields(project, "j1", "card", "c", None, text="Compare prices")
    save_project(project, repo / "journey.cjmap")
    diff = git(repo, "diff", "journey.cjmap").stdout.splitlines()
    assert "-      - C" in diff and "+      - Compare prices" in diff
    assert not any('"text"' in line for line in diff), "the JSON is not what a reader sees"
