"""A journey that forks into paths, meets again and loops back: the rules, the edits and their undo,
the comparison of two maps, and files of earlier versions read as one straight path."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from builders import branching_project, small_project
from cjdesigner.app.document import Document
from cjdesigner.app.verbs import Verbs
from cjdesigner.io.cjmap import dumps_project, load_project, loads_project
from cjdesigner.io.errors import LoadError
from cjdesigner.model import changes as C
from cjdesigner.model.branches import route, segments
from cjdesigner.model.change import Change, Refusal
from cjdesigner.model.diff import compare
from cjdesigner.model.document import Fork, Loop, Path as JourneyPath, Stage
from cjdesigner.model.invariants import check_invariants
from cjdesigner.model.limits import MAX_PATHS_PER_FORK

GOLDEN = Path(__file__).parent / "golden"


def names(project, journey_index: int = 0) -> list[str]:
    return [s.name for s in project.journeys[journey_index].stages]


def dump(document: Document) -> str:
    return document.project.model_dump_json(exclude={"modified"})


def test_a_fork_puts_the_stages_up_to_the_join_on_the_first_path_and_starts_the_others():
    project = small_project()
    project.journeys[0].stages.append(Stage(id="s3", name="Use"))
    fork = Fork(after_stage_id="s1", join_stage_id="s3")
    paths = [JourneyPath(id="web", name="Online"), JourneyPath(id="shop", name="In store")]
    outcome = C.fork_after(project, "j1", fork, paths, [Stage(id="v", name="Visit", path_id="shop")])
    assert isinstance(outcome, Change), outcome
    journey = project.journeys[0]
    assert names(project) == ["Discover", "Buy", "Visit", "Use"]
    assert [s.path_id for s in journey.stages] == [None, "web", "shop", None]
    shape = segments(journey)
    assert [s.name for s in shape[0].stages] == ["Discover"]
    assert [(b.path.name, [s.name for s in b.stages]) for b in shape[1].branches] == [("Online", ["Buy"]), ("In store", ["Visit"])]
    assert [s.name for s in shape[2].stages] == ["Use"]
    assert [s.name for s in route(journey, {shape[1].fork.id: "shop"})] == ["Discover", "Visit", "Use"]
    assert "forks" in compare(small_project(), project).journeys.changed["j1"]


def test_a_fork_without_a_join_ends_the_journey_and_nothing_may_follow_its_paths():
    project = branching_project()
    assert isinstance(C.add_stage(project, "j1", Stage(id="late", name="Late"), 6), Change)  # after the join: fine
    project = branching_project()
    journey = project.journeys[0]
    journey.forks[0].join_stage_id = None
    problems = check_invariants(project)
    assert any('end the journey, yet stage "Use" follows them' in str(p) for p in problems)


def test_a_stage_added_among_a_paths_stages_lengthens_that_path():
    project = branching_project()
    outcome = C.add_stage(project, "j1", Stage(id="o3", name="Unpack"), 4)
    assert isinstance(outcome, Change)
    assert [s.id for s in project.journeys[0].stages if s.path_id == "online"] == ["o1", "o2", "o3"]


def test_the_stages_of_a_path_stay_together_between_the_fork_and_the_join():
    project = branching_project()
    outcome = C.move_stage(project, "j1", "o1", 5)  # past the other path's stage
    assert isinstance(outcome, Refusal)
    assert "one path after the other" in outcome.say("en")
    assert names(project) == ["Discover", "Consider", "Order", "Delivery", "Visit", "Use"]
    assert isinstance(C.move_stage(project, "j1", "o2", 2), Change)  # within its path: fine
    assert names(project) == ["Discover", "Consider", "Delivery", "Order", "Visit", "Use"]


def test_a_fork_holds_at_most_eight_paths_and_says_so():
    project = branching_project()
    for k in range(MAX_PATHS_PER_FORK - 2):
        assert isinstance(C.add_path(project, "j1", "f1", JourneyPath(name=f"P{k}"), [Stage(name=f"S{k}")]), Change)
    before = project.model_dump_json()
    outcome = C.add_path(project, "j1", "f1", JourneyPath(name="Too many"), [Stage(name="X")])
    assert isinstance(outcome, Refusal)
    assert outcome.say("en").endswith('the fork after stage "Consider" has 9 paths; a fork has at most 8')
    assert outcome.say("fr") != outcome.say("en")
    assert project.model_dump_json() == before


def test_a_return_arrow_goes_back_on_its_way():
    project = branching_project()
    assert isinstance(C.add_loop(project, "j1", Loop(from_stage_id="s3", to_stage_id="m1", label="again")), Change)
    for start, end in (("s1", "s2"), ("m1", "o1"), ("o1", "o1")):
        outcome = C.add_loop(project, "j1", Loop(from_stage_id=start, to_stage_id=end))
        assert isinstance(outcome, Refusal), (start, end)
        assert "goes back" in outcome.say("en")


def test_removing_a_path_removes_its_stages_cards_emotion_points_and_arrows_and_undo_brings_them_back():
    document = Document(branching_project())
    verbs = Verbs(document)
    document.undo_stack.clear()
    before = dump(document)
    assert verbs.add_path("f1", "By phone")
    assert verbs.remove_path("online")
    journey = document.project.journeys[0]
    assert names(document.project) == ["Discover", "Consider", "Visit", "By phone", "Use"]
    assert {c.id for c in journey.cards} == {"a", "e", "f", "g"}
    assert [p.id for p in journey.emotion_points] == ["e1", "e3"]
    assert journey.loops == []
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert dump(document) == before


def test_a_fork_left_with_one_path_is_no_fork():
    project = branching_project()
    outcome = C.remove_path(project, "j1", "store")
    assert isinstance(outcome, Change)
    journey = project.journeys[0]
    assert journey.forks == [] and journey.paths == []
    assert [s.path_id for s in journey.stages] == [None] * 5
    assert journey.loops[0].label == "Compares again"  # its stages stay, so does the arrow


def test_a_stage_moves_onto_a_path_and_back_to_the_main_line():
    project = branching_project()
    assert isinstance(C.move_stage_to_path(project, "j1", "o2", "store"), Change)
    assert [(s.id, s.path_id) for s in project.journeys[0].stages[2:5]] == [("o1", "online"), ("m1", "store"), ("o2", "store")]
    assert isinstance(C.move_stage_to_path(project, "j1", "o2", None), Change)
    assert names(project) == ["Discover", "Consider", "Order", "Visit", "Use", "Delivery"]
    assert project.journeys[0].stages[-1].path_id is None


def test_a_stage_that_starts_a_fork_is_not_removed_behind_its_paths_back():
    project = branching_project()
    outcome = C.remove_stage(project, "j1", "s2")
    assert isinstance(outcome, Refusal)
    assert outcome.say("en") == 'stages: stage "Consider" starts a fork: delete its paths first'


def test_removing_the_join_lets_the_paths_meet_at_the_next_stage_or_end_the_journey():
    project = branching_project()
    project.journeys[0].stages.append(Stage(id="s4", name="Recommend"))
    assert isinstance(C.remove_stage(project, "j1", "s3"), Change)
    assert project.journeys[0].forks[0].join_stage_id == "s4"
    assert isinstance(C.remove_stage(project, "j1", "s4"), Change)
    assert project.journeys[0].forks[0].join_stage_id is None
    assert check_invariants(project) == []


def test_paths_are_renamed_and_given_their_personas():
    project = branching_project()
    assert isinstance(C.rename_path(project, "j1", "store", "Shop"), Change)
    assert isinstance(C.set_path_personas(project, "j1", "store", ["p-bo"]), Change)
    assert project.journeys[0].paths[1].name == "Shop" and project.journeys[0].paths[1].persona_ids == ["p-bo"]
    refused = C.rename_path(project, "j1", "nowhere", "X")
    assert isinstance(refused, Refusal) and "nowhere" in refused.say("en")
    assert isinstance(C.remove_persona(project, "p-ana"), Change)
    assert project.journeys[0].paths[0].persona_ids == []


def test_a_copied_journey_has_its_own_paths_forks_and_arrows():
    project = branching_project()
    assert isinstance(C.duplicate_journey(project, "j1"), Change)
    twin = project.journeys[1]
    assert [s.path_id for s in twin.stages].count(None) == 3
    assert twin.paths[0].id != "online" and twin.forks[0].path_ids == [p.id for p in twin.paths]
    assert check_invariants(project) == []


def test_paths_forks_and_arrows_round_trip_through_the_file():
    project = branching_project()
    again = loads_project(dumps_project(project))
    assert again.journeys[0] == project.journeys[0]


def test_a_file_breaking_a_rule_of_paths_is_refused_with_where():
    data = json.loads(dumps_project(branching_project()))
    data["journeys"][0]["forks"][0]["path_ids"] = ["online"]
    with pytest.raises(LoadError, match="forks"):
        loads_project(json.dumps(data).encode())


def _paths_before_their_fork(journey: dict) -> None:
    journey["forks"][0].update(after_stage_id="s3", join_stage_id=None)
    journey["loops"] = []
    stages = journey["stages"]
    journey["stages"] = [*stages[2:5], *stages[:2], stages[5]]


@pytest.mark.parametrize("break_it, said", [
    (_paths_before_their_fork, 'forks[0].path_ids: the stages of the paths after stage "Use" must follow it, one path after the other: stage "Order" of path "Online" stands apart'),
    (lambda j: j["stages"][2].update(path_id="path-ghost"), 'stages[2].path_id: stage "Order" is on path "path-ghost", which is not in the journey'),
    (lambda j: j["stages"][5].update(path_id="online"), 'forks[0].path_ids: the stages of the paths after stage "Consider" must follow it, one path after the other: stage "Use" of path "Online" stands apart'),
])
def test_a_file_with_a_stray_stage_is_refused_first_naming_that_stage(break_it, said):
    data = json.loads(dumps_project(branching_project()))
    break_it(data["journeys"][0])
    with pytest.raises(LoadError) as caught:
        loads_project(json.dumps(data).encode())
    assert caught.value.sentence.startswith("journeys[0]." + said)


def test_an_earlier_file_opens_as_one_straight_path_and_the_current_golden_holds_a_fork():
    old = load_project(GOLDEN / "v2.cjmap")
    journey = old.journeys[0]
    assert journey.paths == [] and journey.forks == [] and journey.loops == []
    assert [segment.fork for segment in segments(journey)] == [None]
    current = load_project(GOLDEN / "v3.cjmap").journeys[0]
    assert [b.path.name for b in segments(current)[1].branches] == ["En ligne", "En magasin"]
    assert current.loops[0].label == "Compare encore"


@pytest.mark.parametrize("lang, online, store, label", [("en", "Online", "In store", "Compares again"), ("fr", "En ligne", "En magasin", "Compare à nouveau")])
def test_the_omnichannel_template_forks_online_and_in_store_and_loops_back(tmp_path, capsys, lang, online, store, label):
    from cjdesigner.cli import main

    assert main(["templates"]) == 0
    assert "omnichannel\t" in capsys.readouterr().out
    out = tmp_path / "omni.cjmap"
    assert main(["new", "--template", "omnichannel", "--lang", lang, "-o", str(out)]) == 0
    journey = load_project(out).journeys[0]
    (fork,) = journey.forks
    shape = segments(journey)
    assert [[len(b.stages) for b in s.branches] for s in shape if s.fork] == [[2, 2]]
    assert [b.path.name for b in shape[1].branches] == [online, store]
    assert journey.stage(fork.after_stage_id) == journey.stages[1] and journey.stage(fork.join_stage_id or "").path_id is None
    (loop,) = journey.loops
    assert loop.label == label and loop.to_stage_id == journey.stages[1].id and loop.from_stage_id == journey.stages[2].id


@pytest.mark.parametrize("after, join, said", [
    ("o1", None, 'fork: stage "Order" is on a path: a fork starts from a stage of the main line'),
    ("s2", "s3", 'fork: two forks start after stage "Consider"; give it one fork with more paths'),
    ("s1", "s3", 'fork: the paths after stage "Discover" cannot hold stage "Consider", which forks already: a path does not fork again'),
    ("s1", None, 'fork: the paths after stage "Discover" cannot hold stage "Consider", which forks already: a path does not fork again'),
])
def test_a_fork_inside_or_around_another_is_refused_naming_the_stage_the_user_chose(after, join, said):
    project = branching_project()
    before = project.model_copy(deep=True)
    refusal = C.fork_after(project, "j1", Fork(after_stage_id=after, join_stage_id=join), [JourneyPath(name="A"), JourneyPath(name="B")], [])
    assert isinstance(refusal, Refusal) and refusal.say("en") == said
    assert "«\u202f" in refusal.say("fr") and project == before


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_omnichannel_template_prints_at_a_readable_size_on_one_a3_sheet(lang):
    from cjdesigner.export.page_setup import MIN_READABLE_PT, PageSetup
    from cjdesigner.io.templates import project_from_template
    from cjdesigner.layout.grid import layout_journey

    project = project_from_template("omnichannel", lang)
    layout = layout_journey(project, project.journeys[0], coverage=True)
    assert PageSetup("A3").for_map(layout.width, layout.height).card_text_pt(layout.width, layout.height) >= MIN_READABLE_PT


def test_a_stage_added_last_after_paths_that_end_the_journey_is_where_they_meet_again():
    project = branching_project()
    journey = project.journeys[0]
    assert isinstance(C.remove_stage(project, "j1", "s3"), Change)
    assert journey.forks[0].join_stage_id is None
    assert isinstance(C.add_stage(project, "j1", Stage(id="s5", name="Use again")), Change)
    assert journey.forks[0].join_stage_id == "s5" and journey.stages[-1].path_id is None


def test_comparing_two_versions_names_what_changed_in_the_paths_in_either_language():
    from cjdesigner.model.change_lines import describe

    before = branching_project()
    after = before.model_copy(deep=True)
    assert isinstance(C.rename_path(after, "j1", "store", "Shop"), Change)
    assert isinstance(C.remove_loop(after, "j1", "l1"), Change)
    (line,) = describe(compare(before, after), before, after)
    assert line.sentence.say("en") == "Journey “Omnichannel” changed: return arrows, paths"
    assert line.sentence.say("fr").endswith("flèches de retour, chemins")
