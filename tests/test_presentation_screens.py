"""The presentation on a laptop with a projector, and on one screen, in a fresh Qt process each
(the offscreen platform reads its screens when the application starts)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from a11y_checks import contrast

DRIVER = Path(__file__).parent / "presentation_driver.py"
LAPTOP = {"name": "laptop", "x": 0, "y": 0, "width": 1440, "height": 900, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
PROJECTOR = {"name": "projector", "x": 1440, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}


def run_driver(tmp_path: Path, screens: list[dict]) -> dict:
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": screens}), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    done = subprocess.run(
        [sys.executable, str(DRIVER), str(tmp_path / "workshop.cjmap")],
        capture_output=True, text=True, env=env, timeout=120, cwd=DRIVER.parent,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def two_screens(tmp_path_factory) -> dict:
    return run_driver(tmp_path_factory.mktemp("two"), [LAPTOP, PROJECTOR])


@pytest.fixture(scope="module")
def one_screen(tmp_path_factory) -> dict:
    return run_driver(tmp_path_factory.mktemp("one"), [{**PROJECTOR, "name": "only", "x": 0}])


def test_with_two_screens_the_projector_is_full_screen_and_the_laptop_keeps_the_facilitator(two_screens):
    assert two_screens["screens"] == ["laptop", "projector"]
    assert two_screens["projector"] == {"screen": "projector", "full_screen": True, "visible": True, "width": 1920, "height": 1080}
    facilitator = two_screens["facilitator"]
    assert facilitator["screen"] == "laptop" and facilitator["visible"] and not facilitator["full_screen"]


def test_with_one_screen_the_projector_takes_it_and_there_is_no_facilitator_window(one_screen):
    assert one_screen["projector"]["screen"] == "only" and one_screen["projector"]["full_screen"]
    assert one_screen["facilitator"] is None


@pytest.mark.parametrize("setup", ["two_screens", "one_screen"])
def test_keys_drive_the_whole_workshop(setup, request):
    result = request.getfixturevalue(setup)
    # PgDown, PgDown, End, PgDown (stays on the last), PgUp, Home, PgUp (stays on the first).
    assert result["stages"] == [1, 2, 4, 4, 3, 0, 0]
    assert result["blackout"] and not result["after_blackout"]
    # Ana spends her two dots, a third is refused; Tab gives the turn to Bruno.
    assert result["ana_note"].startswith("Ana has no dots left")
    assert result["participant"] == "Bruno"
    # Counts hidden: the room sees no dots of the round, Bruno sees his own as a ring; R reveals.
    assert result["hidden_dots"] == [0, 1]
    assert result["revealed_dots"] == [2, 0]
    assert result["ranking_round"] and result["after_ranking_escape"]
    assert result["counts"] == {"first": 2, "second": 1}
    assert result["votes"] == {"first": 2, "second": 1}
    # Timer: 1 then 0 sets ten minutes, T starts, ] adds a minute, T pauses.
    assert result["timer_minutes"] == 10 and result["timer_running"] and result["timer_paused"]
    assert 655 <= result["timer_left_s"] <= 660 and result["timer_shown"].startswith("1")
    # Quick capture: N, type, Enter; the card lands in a new parking lot of the spotlighted stage.
    assert result["capture_visible"]
    assert result["captured"] == [["parking_lot", True]]
    assert result["presenting_after_capture"]
    assert result["undo_texts"] == [
        "Start voting round", "Add dot vote", "Add dot vote", "Add dot vote", "Add dot vote",
        "Remove dot vote", "Reveal votes", "End voting round", "Capture card",
    ]
    # Esc ends the presentation: only the editor is left.
    assert result["ended"] and result["windows_left"] == ["main-window"]


def test_votes_are_saved_in_the_file_per_round(two_screens):
    (saved,) = two_screens["saved_rounds"]
    assert saved["name"] == "Priorités" and saved["budget"] == 2 and saved["participants"] == ["Ana", "Bruno"]
    assert saved["hidden"] and saved["revealed"] and saved["ended"]
    assert [v["participant"] for v in saved["votes"]] == ["Ana", "Ana", "Bruno"]


def test_projected_card_text_is_at_least_24_px(two_screens):
    assert len(two_screens["text_sizes"]) == two_screens["stage_cards"]
    assert min(two_screens["text_sizes"]) >= 24


@pytest.mark.parametrize("setup", ["two_screens", "one_screen"])
def test_the_voting_round_dialog_reads_dark_on_light_whatever_screen_it_opens_on(setup, request):
    """The facilitator's dark look stays in its window: the dialog it opens keeps its own palette."""
    dialog = request.getfixturevalue(setup)["round_dialog"]
    assert {"Name:", "Dots per participant:", "Participants:"} <= set(dialog["labels"])
    for text, colour in dialog["labels"].items():
        assert contrast(colour, dialog["background"]) >= 4.5, (text, colour, dialog["background"])


def test_the_facilitator_keeps_its_light_labels_on_dark(two_screens):
    from cjdesigner.layout.spotlight import BACKGROUND

    assert contrast(two_screens["facilitator_timer_colour"], BACKGROUND) >= 4.5
