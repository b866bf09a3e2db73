"""Saving writes the bytes the standard library's JSON encoder would, through pydantic's faster one:
on the golden file, the sample map, every template, and generated maps full of awkward text and
fields from newer versions."""

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cjdesigner.io import cjmap
from cjdesigner.io.cjmap import dumps_project, load_project, loads_project
from cjdesigner.io.sample import sample_project
from cjdesigner.io.templates import TEMPLATES, project_from_template
from cjdesigner.model.document import Card, Project
from cjdesigner.model.limits import LARGEST_INTEGER

GOLDEN = Path(__file__).parent / "golden" / "v3.cjmap"  # the version this one writes

# Any character a sound text may hold, control characters and the separators JSON escapes included.
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
AWKWARD = st.text(st.sampled_from(list('\x00\x01\x08\t\n\x0b\x0c\r\x1f\x7f"\\/é€😀\u2028\u2029\ufeffa ')), max_size=20)
SCALAR = st.none() | st.booleans() | st.integers(-LARGEST_INTEGER, LARGEST_INTEGER) | TEXT | AWKWARD
FLOAT = st.floats(allow_nan=False, allow_infinity=False)
KEYS = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=8).map(lambda k: "x-" + k)


def json_values(leaves):
    return st.recursive(leaves, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(KEYS, inner, max_size=4), max_leaves=12)


def with_unknown_fields(project: Project, texts: list[str], extras: dict) -> Project:
    journey = project.journeys[0]
    cards = [
        Card.model_validate({**card.model_dump(), "text": text or card.text, **extras})
        for card, text in zip(journey.cards, texts + [""] * len(journey.cards))
    ]
    printed = journey.model_copy(update={"cards": cards})
    return Project.model_validate({**project.model_dump(), "journeys": [printed.model_dump()], **extras})


def test_the_golden_file_sample_and_templates_save_as_the_standard_encoder_writes():
    projects = [load_project(GOLDEN), sample_project()]
    projects += [project_from_template(name, language) for name in TEMPLATES for language in ("fr", "en")]
    for project in projects:
        assert dumps_project(project) == cjmap._dumps_standard(project)
    assert dumps_project(load_project(GOLDEN)) == GOLDEN.read_bytes()


def test_maps_without_fractions_take_the_fast_encoder(monkeypatch):
    def refuse(project):
        raise AssertionError("the slow encoder was used")

    monkeypatch.setattr(cjmap, "_dumps_standard", refuse)
    assert dumps_project(sample_project()).startswith(b'{\n  "format": "cjdesigner",\n  "schema_version": ')


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(TEXT | AWKWARD, max_size=6), st.dictionaries(KEYS, json_values(SCALAR), max_size=3))
def test_awkward_text_and_unknown_fields_save_as_the_standard_encoder_writes(texts, extras):
    project = with_unknown_fields(sample_project(), texts, extras)
    data = dumps_project(project)
    assert data == cjmap._dumps_standard(project)
    assert loads_project(data) == project


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(KEYS, json_values(SCALAR | FLOAT), min_size=1, max_size=3), FLOAT)
def test_unknown_fields_holding_fractions_are_written_exactly_as_before(extras, number):
    project = with_unknown_fields(sample_project(), [], {**extras, "x-number": number})
    assert dumps_project(project) == cjmap._dumps_standard(project)


def test_a_fraction_the_encoders_spell_differently_keeps_its_old_spelling():
    project = with_unknown_fields(sample_project(), [], {"x-small": 1e-05, "x-large": 1e16})
    text = dumps_project(project).decode("utf-8")
    assert '"x-small": 1e-05' in text and '"x-large": 1e+16' in text


def test_a_project_carrying_its_own_format_key_gets_the_files_header_once():
    project = Project.model_validate({**sample_project().model_dump(), "format": "other", "schema_version": 99})
    data = dumps_project(project)
    assert data == cjmap._dumps_standard(project)
    assert data.count(b'"format"') == 1
