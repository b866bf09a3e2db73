"""Every part of a map a person can change shows in `git diff` (git's text conversion runs
`cjdesigner show`): paths, forks, return arrows, stage goals and descriptions, links to
sub-journeys, a journey's owner, status and review dates, voting rounds, open conflicts with their
sides, and card values in words, in the interface's language and typography."""

import os
import subprocess
from datetime import date

import pytest

from builders import branching_project
from cjdesigner.cli import main
from cjdesigner.export.map_text import field_line
from cjdesigner.export.plain_text import named
from cjdesigner.i18n import arg, translate
from cjdesigner.io.cjmap import save_project
from cjdesigner.model.document import Journey, Lane, MergeConflict, Stage, Vote, VotingRound
from cjdesigner.model.review import JourneyStatus, status_title
from cjdesigner.model.vocabulary import Channel, Sentiment


def _map_said(text: str, *values: object) -> str:
    return arg(translate("map text", text), *values)


def _journey(project):
    return project.journeys[0]


def _round(project):
    _journey(project).voting_rounds.append(VotingRound(id="r1", name="Morning", votes=[Vote(participant="Ana", card_id="b")]))


def _conflict(project):
    project.conflicts = [MergeConflict(id="k1", kind="both_changed", object_kind="card", object_id="b", journey_id="j1",
                                       field="text", base="Fills the basket", ours="Fills the cart", theirs="Adds to the basket")]


def _paths_end_the_journey(project):
    journey = _journey(project)
    journey.forks[0].join_stage_id = None
    journey.stages = [s for s in journey.stages if s.id != "s3"]
    journey.cards = [c for c in journey.cards if c.stage_id != "s3"]


def _sentiment(project):
    _journey(project).cards[0].sentiment = Sentiment.POSITIVE


def _channel(project):
    _journey(project).cards[0].channel = Channel.SOCIAL


EDITS = {
    "path renamed": (lambda p: setattr(_journey(p).paths[0], "name", "Web shop"), lambda: _map_said("Path: %1", "Web shop")),
    "path's personas": (lambda p: setattr(_journey(p).paths[1], "persona_ids", ["p-bo"]), lambda: field_line("persona_ids", "Bo")),
    "fork's join": (_paths_end_the_journey, lambda: field_line("join_stage_id", "Use")),
    "return arrow renamed": (lambda p: setattr(_journey(p).loops[0], "label", "Back to compare"),
                             lambda: field_line("label", "Back to compare")),
    "return arrow's target": (lambda p: setattr(_journey(p).loops[0], "to_stage_id", "s1"),
                              lambda: _map_said("Return arrow from %1 to %2", named(["Order"]), named(["Discover"]))),
    "stage goal": (lambda p: setattr(_journey(p).stages[0], "goals", ["Find a sofa"]), lambda: field_line("goals", "Find a sofa")),
    "stage description": (lambda p: setattr(_journey(p).stages[0], "description", "First contact"),
                          lambda: field_line("description", "First contact")),
    "stage sub-journey": (lambda p: setattr(_journey(p).stages[0], "sub_journey_id", "j2"), lambda: field_line("sub_journey_id", "Delivery details")),
    "card sub-journey": (lambda p: setattr(_journey(p).cards[0], "sub_journey_id", "j2"), lambda: field_line("sub_journey_id", "Delivery details")),
    "journey owner": (lambda p: setattr(_journey(p), "owner", "Chloé"), lambda: field_line("owner", "Chloé")),
    "journey status": (lambda p: setattr(_journey(p), "status", JourneyStatus.VALIDATED),
                       lambda: field_line("status", status_title(JourneyStatus.VALIDATED))),
    "last review": (lambda p: setattr(_journey(p), "last_review", date(2026, 11, 2)), lambda: field_line("last_review", "2026-11-02")),
    "next review": (lambda p: setattr(_journey(p), "next_review", date(2027, 5, 2)), lambda: field_line("next_review", "2027-05-02")),
    "voting round": (_round, lambda: _map_said("Voting round: %1", "Morning")),
    "voting round's dots": (_round, lambda: "- " + _map_said("%1: %2", "Fills the basket", 1) + " (Ana)"),
    "open conflict, mine": (_conflict, lambda: _map_said("%1: %2", translate("map text", "mine"), "Fills the cart")),
    "open conflict, theirs": (_conflict, lambda: _map_said("%1: %2", translate("map text", "theirs"), "Adds to the basket")),
    "sentiment in words": (_sentiment, lambda: field_line("sentiment", {"fr": "positif", "en": "positive"}[_language()])),
    "channel in words": (_channel, lambda: field_line("channel", {"fr": "réseaux sociaux", "en": "social"}[_language()])),
}


def _language() -> str:
    from cjdesigner.i18n import spoken_language

    return spoken_language()


@pytest.fixture
def repo(tmp_path, monkeypatch, language):
    """A repository set up by `git-setup` holding a branching map with a second journey, whose
    git speaks the test's language (its text conversion runs in the environment it gets)."""
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("LC_ALL", "fr_FR.UTF-8" if language == "fr" else "en_US.UTF-8")
    folder = tmp_path / "maps"
    folder.mkdir()
    _git(folder, "init", "-q", "-b", "main")
    assert main(["git-setup", str(folder)]) == 0
    project = branching_project()
    project.journeys.append(Journey(id="j2", title="Delivery details", stages=[Stage(id="d1", name="Track")],
                                    lanes=[Lane(id="d-actions", title="Actions")]))
    save_project(project, folder / "journey.cjmap")
    _git(folder, "add", "journey.cjmap", ".gitattributes")
    _git(folder, "commit", "-q", "-m", "First map")
    return folder, project


def _git(folder, *args) -> str:
    return subprocess.run(["git", "-c", "user.name=Ana", "-c", "user.email=ana@example.org", "-C", str(folder), *args],
                          capture_output=True, text=True, check=True, encoding="utf-8").stdout


@pytest.mark.parametrize("edit", list(EDITS))
def test_git_diff_shows_the_change(repo, edit):
    folder, project = repo
    change, expected = EDITS[edit]
    change(project)
    save_project(project, folder / "journey.cjmap")
    changed = [line[1:].strip() for line in _git(folder, "diff", "journey.cjmap").splitlines() if line[:1] in "+-"]
    assert expected() in changed, "\n".join(changed)


def test_show_writes_french_as_french_is_typeset(tmp_path, capsys, language):
    project = branching_project()
    _sentiment(project)
    save_project(project, tmp_path / "map.cjmap")
    assert main(["show", str(tmp_path / "map.cjmap")]) == 0
    out = capsys.readouterr().out.splitlines()
    expected = {"fr": "ressenti\u202f: positif", "en": "sentiment: positive"}[language]
    assert "          " + expected in out
