"""Journeys inside documents: every Mermaid journey of a Markdown, HTML or reStructuredText file,
and Markdown journey tables, from real public files (tests/real_files/README.md says whose)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cjdesigner import i18n
from cjdesigner.cli import main
from cjdesigner.export.mermaid import mermaid_text
from cjdesigner.export.options import ExportOptions
from cjdesigner.io.errors import LoadError
from cjdesigner.io.importers import read_map
from cjdesigner.io.mermaid import import_mermaid
from cjdesigner.model.vocabulary import Language, LaneKind, fold

from speech import said

pytestmark = pytest.mark.usefixtures("language")

REAL = Path(__file__).parent / "real_files"

CHEAT_SHEET = """# Mermaid cheat sheet

```mermaid
flowchart LR
  A --> B
```

## Checkout

```mermaid
journey
    title Checkout
    section Browse
        Visit homepage: 4: User
        Search: 3: User
```

## Support

~~~mermaid
journey
    title Support
    section Ask
      Find contact: 4: Customer
      Wait in queue: 2: Customer
      Explain: 3: Customer, Agent
    section Solve
      Troubleshoot: 4: Agent
      Confirm: 5: Customer, Agent
~~~

```{mermaid}
journey
    title Onboarding
    section Download
      Discover app: 4: User
      Read description: 3: User
      Check reviews: 4: User
      Download: 5: User
    section First launch
      Open app: 5: User
      Grant permissions: 3: User
      Skip tutorial: 2: User
```
"""




def summary(project) -> list[tuple[str, list[str], int]]:
    return [(j.title, [s.name for s in j.stages], len(j.cards)) for j in project.journeys]


def test_every_journey_block_of_a_markdown_file_is_a_journey_and_the_cli_says_so(tmp_path, capsys):
    source = tmp_path / "cheat.md"
    source.write_text(CHEAT_SHEET, encoding="utf-8")
    imported = read_map(source)
    assert summary(imported.project) == [
        ("Checkout", ["Browse"], 2), ("Support", ["Ask", "Solve"], 5), ("Onboarding", ["Download", "First launch"], 7),
    ]
    assert imported.project.title == "Mermaid cheat sheet"
    assert [p.name for p in imported.project.personas] == ["User", "Customer", "Agent"], "one persona per actor across the journeys"
    assert said("cjdesigner imports journeys only, so these Mermaid diagrams were left out: %1", said("%1 (line %2)", "flowchart", 4)) in imported.warnings
    assert main(["import", str(source), "-o", str(tmp_path / "c.cjmap")]) == 0
    out = capsys.readouterr().out
    assert i18n.tr("%n journey(s)", None, 3) in out and i18n.tr("%n card(s)", None, 14) in out


def _block(title: str = "") -> str:
    heading = f"    title {title}\n" if title else ""
    return f"```mermaid\njourney\n{heading}    section Visit\n      Look: 3: Me\n```\n"


def test_an_untitled_journey_is_named_by_its_own_heading_else_by_the_file_and_never_twice(tmp_path, language):
    """The fourth block, untitled under a heading holding another journey, was named after that
    heading: two journeys called "Parcours 2"."""
    source = tmp_path / "multi.md"
    source.write_text(
        "# Parcours\n\n## Parcours 1\n\n" + _block() + "\n## Parcours 2\n\n" + _block("Parcours 2") + "\n" + _block()
        + "\n## Parcours 3\n\n" + _block("Parcours 1") + "\n" + _block(),
        encoding="utf-8",
    )
    titles = [j.title for j in read_map(source).project.journeys]
    journey = lambda n: said("%1, journey %2", "multi", n)  # noqa: E731
    assert titles == ["Parcours 1", "Parcours 2", journey(3), "Parcours 1 (2)", journey(5)]


def test_a_header_row_of_stages_and_a_column_of_steps():
    rows = read_map(REAL / "jamon8888_journey_map_template.md")
    journey = rows.journey
    assert [s.name for s in journey.stages] == ["Awareness", "Consideration", "Decision", "Service", "Loyalty"]
    assert [(lane.title, lane.kind) for lane in journey.lanes] == [
        ("Actions", LaneKind.ACTIONS), ("Touchpoints", LaneKind.TOUCHPOINTS), ("Experience", LaneKind.NOTES),
        ("KPIs", LaneKind.METRICS), ("Goals", LaneKind.GOALS), ("Owner", LaneKind.NOTES),
    ]
    assert len(journey.cards) == 30 and any('"Experience"' in w or "Experience" in w for w in rows.warnings)
    steps = read_map(REAL / "eatsome_user_journey_maps.md").journey
    assert [s.name for s in steps.stages] == ["Initial Discovery", "Restaurant Browsing", "Restaurant Selection"]
    assert [lane.kind for lane in steps.lanes] == [LaneKind.ACTIONS, LaneKind.TOUCHPOINTS, LaneKind.EMOTIONS, LaneKind.OPPORTUNITIES]
    first = [c.text for c in steps.cards if c.stage_id == steps.stages[0].id and c.lane_id == steps.lanes[0].id]
    assert first == ["Opens app", "Browses homepage", "Views featured restaurants"], "<br>- lists become one card per item"


def test_a_table_and_a_diagram_in_one_file_with_colons_in_section_titles():
    imported = read_map(REAL / "raps_ux_journey_map.md")
    table, diagram = imported.project.journeys
    assert [s.name for s in table.stages] == ["Discovery", "Engagement", "Fulfillment"]
    assert [lane.kind for lane in table.lanes] == [LaneKind.ACTIONS, LaneKind.THOUGHTS, LaneKind.TOUCHPOINTS, LaneKind.PAIN_POINTS]
    assert [s.name for s in diagram.stages] == ["Stage 1: Discovery", "Stage 2: Action", "Stage 3: Success"]
    assert [c.text for c in diagram.cards][:2] == ["Lands on Page", "Views Hero"]


@pytest.mark.parametrize("name, journeys", [
    ("mermaid_cypress_user_journey.html", [("Go shopping", ["Get to the shops", "Do shopping", "Go home"], 11)]),
    ("showa_yojyo_user_journey.rst", [("My working day", ["Go to work", "Go home"], 5)]),
    ("scotentsd_journey_divs.md", [("My working day", ["Go to work", "Go home"], 5), ("FBS User", ["Find Covid Support", "Go home"], 5)]),
])
def test_mermaid_in_html_and_restructured_text(name, journeys):
    imported = read_map(REAL / name)
    assert summary(imported.project) == journeys
    if name.endswith(".html"):
        assert [p.name for p in imported.project.personas] == ["Dad", "Mum", "Child 1", "Child 2"]


def test_a_section_title_with_a_colon_is_a_section_and_section_followed_by_a_score_is_a_task():
    parsed = import_mermaid("journey\n  section Step 1: Context\n    Read: 3: Me\n  Section review: 4: Me\n", Language.EN, "x")
    assert [s.name for s in parsed.journey.stages] == ["Step 1: Context"]
    assert [c.text for c in parsed.journey.cards] == ["Read", "Section review"]


def test_a_task_of_ten_thousand_actors_is_refused_at_once_naming_the_limit():
    source = Path(__file__).parent / "hostile_formats" / "ten_thousand_actors.mmd"
    with pytest.raises(LoadError, match=re.escape(said("the journeys name more than %1 actors; a map holds at most %1 personas, so the file is refused", "200"))) as caught:
        read_map(source)
    assert caught.value.line == 4, "refused while reading the line, before any persona is made"


awkward = st.text(alphabet="ab é,:;#%&{}\n\t\ue000-0123456789", min_size=1, max_size=16).filter(lambda t: t.strip(" ") == t and t.strip())


@settings(max_examples=60, deadline=None)
@given(texts=st.lists(awkward, min_size=1, max_size=4), names=st.lists(awkward, min_size=1, max_size=3, unique_by=fold),
       stage=awkward, title=awkward)
def test_export_then_import_gives_back_exactly_the_texts_and_names(texts, names, stage, title):
    first = import_mermaid("journey\n  section S\n" + "".join(f"    t{i}: 3: {', '.join(f'p{j}' for j in range(len(names)))}\n" for i in range(len(texts))), Language.EN, "x")
    project = first.project
    for card, text in zip(project.journeys[0].cards, texts):
        card.text = text
    for persona, name in zip(project.personas, names):
        persona.name = name
    project.journeys[0].stages[0].name = stage
    project.journeys[0].title = title
    exported, warnings = mermaid_text(project, ExportOptions())
    back = import_mermaid(exported, Language.EN, "x")
    assert [c.text for c in back.journey.cards] == texts
    assert [p.name for p in back.project.personas] == names
    assert [s.name for s in back.journey.stages] == [stage]
    assert back.journey.title == title


def test_the_exported_file_holds_no_raw_syntax_character_inside_a_name():
    imported = import_mermaid("journey\n  title T\n  section S\n    a: 4: Bo#44; Jr\n", Language.EN, "x")
    imported.journey.cards[0].text = "Pay: 3 × 10 €; #1 % off"
    text, _ = mermaid_text(imported.project, ExportOptions())
    assert "      Pay#58; 3 × 10 €#59; #35;1 #37; off: 4: Bo#44; Jr\n" in text
