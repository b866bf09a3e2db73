"""The model holds exactly what the file format promises: no silent coercion, no broken text, bounded sizes."""

import json

import pytest
from pydantic import ValidationError

from builders import small_project
from cjdesigner.io.cjmap import dumps_project, loads_project
from cjdesigner.io.errors import LoadError
from cjdesigner.model import edits as E
from cjdesigner.model.document import Card, Journey, Lane, Persona, Project, Stage
from cjdesigner.model.invariants import ModelError, check_invariants
from cjdesigner.model.limits import MAX_CARDS, MAX_LANES, MAX_STAGES, MAX_TOTAL_CARDS, MAX_VOTES


def load_with(mutate) -> LoadError:
    data = json.loads(dumps_project(small_project()))
    mutate(data)
    with pytest.raises(LoadError) as caught:
        loads_project(json.dumps(data).encode())
    return caught.value


def card(data: dict) -> dict:
    return data["journeys"][0]["cards"][0]


@pytest.mark.parametrize(
    ("field", "value", "sentence"),
    [
        ("votes", "3", 'votes: must be a whole number, not "3"'),
        ("votes", True, "votes: must be a whole number, not true"),
        ("votes", 2.0, "votes: must be a whole number, not 2.0"),
        ("votes", MAX_VOTES + 1, "votes: must be at most 1,000,000, not 1000001"),
        ("position", "0", 'position: must be a whole number, not "0"'),
        ("severity", "3", 'severity: must be a whole number, not "3"'),
        ("text", 12, "text: must be text in quotes, not 12"),
        ("tags", ["ok", 3], "tags[1]: must be text in quotes, not 3"),
        ("stage_id", 1, "stage_id: must be text in quotes, not 1"),
    ],
)
def test_card_values_are_never_coerced(field, value, sentence):
    error = load_with(lambda d: card(d).update({field: value}))
    assert error.sentence.startswith(f"journeys[0].cards[0].{sentence}")
    assert "should be" not in error.sentence and "Input" not in error.sentence


@pytest.mark.parametrize("value", [1700000000, 1700000000.5, "1700000000", "yesterday", True])
def test_a_date_must_be_written_as_a_date(value):
    error = load_with(lambda d: d.update(created=value))
    assert error.sentence == 'created: must be a date and time with its time zone in quotes, like "2026-03-14T09:30:00Z"'


def test_hidden_must_be_true_or_false():
    error = load_with(lambda d: d["journeys"][0]["lanes"][0].update(hidden="yes"))
    assert error.sentence == 'journeys[0].lanes[0].hidden: must be true or false, not "yes" (lane "Actions")'


def test_a_score_of_one_point_zero_is_refused():
    error = load_with(lambda d: d["journeys"][0]["emotion_points"][0].update(score=1.0))
    assert error.sentence.startswith("journeys[0].emotion_points[0].score: must be a whole number, not 1.0")


def test_lone_surrogates_are_refused_in_every_text_field_with_its_path():
    project = small_project()
    broken = "caf\udce9"
    cases = {
        ("project", None, None): ["title", "description", "authors"],
        ("persona", "p-ana", None): ["name", "role", "initials", "quote", "goals", "frustrations", "description"],
        ("journey", "j1", None): ["title", "scenario", "expectations"],
        ("stage", "s1", "j1"): ["name", "description", "goals"],
        ("lane", "actions", "j1"): ["title"],
        ("card", "a", "j1"): ["text", "notes", "owner", "tags"],
        ("emotion_point", "e1", "j1"): ["label"],
    }
    for (kind, object_id, journey_id), fields in cases.items():
        for name in fields:
            value = [broken] if name in ("authors", "goals", "frustrations", "tags") else broken
            if name == "initials":
                value = "A\udce9"
            with pytest.raises(ModelError) as caught:
                E.set_fields(project, E.Ref(kind, object_id, journey_id), **{name: value})
            assert str(caught.value).startswith(f"{kind}.{name}: holds a broken character (a lone UTF-16 surrogate")
    assert dumps_project(project) == dumps_project(small_project()), "every refused edit left the map as it was"


def test_lone_surrogates_in_evidence_and_unknown_fields_are_refused():
    with pytest.raises(ValidationError) as caught:
        Card(stage_id="s1", lane_id="actions", evidence=[{"text": "\ud800"}])
    assert caught.value.errors()[0]["type"] == "cj_broken_text"
    with pytest.raises(ValidationError) as caught:
        Card(stage_id="s1", lane_id="actions", x_note={"deep": ["\udfff"]})
    detail = caught.value.errors()[0]
    assert detail["type"] == "cj_unknown_field" and detail["ctx"]["subpath"] == "x_note.deep[0]"


@pytest.mark.parametrize("value", [float("inf"), float("nan"), [1, float("-inf")], 10**30, {"a": object()}])
def test_unknown_fields_hold_only_what_a_file_can(value):
    with pytest.raises(ValidationError) as caught:
        Card(stage_id="s1", lane_id="actions", x_value=value)
    assert caught.value.errors()[0]["type"] == "cj_unknown_field"


def test_unknown_fields_with_sound_values_are_kept():
    card_ = Card(stage_id="s1", lane_id="actions", x_votes_by=["ana"], x_weight=0.5, x_big=2**62, x_none=None)
    assert card_.unknown_fields() == {"x_votes_by": ["ana"], "x_weight": 0.5, "x_big": 2**62, "x_none": None}


def test_the_properties_panel_values_still_work():
    """Edits pass real Python values (ints from spin boxes, enum members from combos): no coercion needed."""
    project = small_project()
    E.set_fields(project, E.Ref("card", "a", "j1"), votes=MAX_VOTES, severity=None, sentiment="negative")
    E.set_fields(project, E.Ref("lane", "actions", "j1"), hidden=True)
    card_ = project.journeys[0].card("a")
    assert (card_.votes, card_.sentiment.value) == (MAX_VOTES, "negative")
    with pytest.raises(ModelError, match=r'^card\.votes: must be a whole number, not "7"$'):
        E.set_fields(project, E.Ref("card", "a", "j1"), votes="7")
    assert card_.votes == MAX_VOTES


def grid(stages: int, lanes: int) -> Project:
    journey = Journey(
        id="j",
        title="Grid",
        stages=[Stage(id=f"s{i}", name=f"S{i}") for i in range(stages)],
        lanes=[Lane(id=f"l{i}", title=f"L{i}") for i in range(lanes)],
    )
    return Project(title="Grid", journeys=[journey])


def test_the_largest_grid_loads_and_no_edit_can_grow_it():
    project = loads_project(dumps_project(grid(MAX_STAGES, MAX_LANES)))
    with pytest.raises(ModelError, match=r"^journeys\[0\]\.stages: has 201 stages; a journey holds at most 200"):
        E.add_stage(project, "j", Stage(name="One more"))
    with pytest.raises(ModelError, match=r"^journeys\[0\]\.lanes: has 101 lanes; a journey holds at most 100"):
        E.add_lane(project, "j", Lane(title="One more"))
    with pytest.raises(ModelError, match="has 201 stages"):
        E.duplicate_stage(project, "j", "s0")
    assert (len(project.journeys[0].stages), len(project.journeys[0].lanes)) == (MAX_STAGES, MAX_LANES)


def test_a_larger_grid_is_refused_on_load_before_validation():
    data = json.loads(dumps_project(grid(2, 2)))
    data["journeys"][0]["stages"] = [{"id": f"s{i}", "name": "x"} for i in range(1000)]
    data["journeys"][0]["lanes"] = [{"id": f"l{i}"} for i in range(1000)]  # invalid too: counted first
    with pytest.raises(LoadError) as caught:
        loads_project(json.dumps(data).encode())
    assert caught.value.sentence == "journeys[0].stages: has 1,000 stages; a journey holds at most 200, so that it stays quick to open"


def test_cards_per_journey_and_in_all_are_bounded():
    project = grid(1, 1)
    journey = project.journeys[0]
    journey.cards = [Card(id=f"c{i}", stage_id="s0", lane_id="l0", position=i) for i in range(MAX_CARDS)]
    assert check_invariants(project) == [] and MAX_CARDS >= 20_000, "the benchmarks' 20,000 cards fit"
    with pytest.raises(ModelError, match=r"^journeys\[0\]\.cards: has 50,001 cards; a journey holds at most 50,000"):
        E.add_card(project, "j", Card(stage_id="s0", lane_id="l0"))
    twin = grid(1, 1).journeys[0]
    twin.id, twin.stages[0].id, twin.lanes[0].id = "j2", "t0", "u0"
    twin.cards = [Card(id=f"d{i}", stage_id="t0", lane_id="u0", position=i) for i in range(MAX_CARDS)]
    project.journeys.append(twin)
    assert sum(len(j.cards) for j in project.journeys) == MAX_TOTAL_CARDS
    assert check_invariants(project) == []
    with pytest.raises(ModelError, match="^journeys: has 100,001 cards in all its journeys; a map holds at most 100,000"):
        E.add_journey(project, Journey(title="One card", stages=[Stage(id="t", name="T")], lanes=[Lane(id="u", title="U")],
                                       cards=[Card(stage_id="t", lane_id="u")]))
    assert len(project.journeys) == 2


def test_personas_are_bounded():
    project = small_project()
    project.personas.extend(Persona(id=f"x{i}", name="P") for i in range(199))
    assert check_invariants(project)[0].message == "has 201 personas; a map holds at most 200, so that it stays quick to open"
