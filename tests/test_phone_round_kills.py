"""A phone round survives the end of the app: `cjdesigner present MAP --phones` runs in a child
process, two phones vote through the real server on loopback, then the child is killed (SIGKILL,
as a crash or a power cut) or asked to end (SIGTERM, as a logout). At the next start the round is
offered back with the room's dots, like any unsaved edit."""

from __future__ import annotations

import json
import os
import selectors
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from cjdesigner.app.journal import recoverable
from cjdesigner.io.cjmap import save_project
from cjdesigner.io.sample import sample_project


def post(url: str, body: dict) -> dict:
    asked = urllib.request.Request(url, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(asked, timeout=10) as answer:
        return json.loads(answer.read())


def voting_child(tmp_path: Path) -> tuple[subprocess.Popen, str, Path]:
    path = tmp_path / "atelier.cjmap"
    save_project(sample_project(), path)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path)}
    child = subprocess.Popen([sys.executable, "-m", "cjdesigner", "present", str(path), "--phones", "--host", "127.0.0.1"],
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    with selectors.DefaultSelector() as waiting:
        waiting.register(child.stdout, selectors.EVENT_READ)
        assert waiting.select(timeout=120), "no address printed"
    url = child.stdout.readline().strip()
    assert "/?t=" in url
    return child, url, tmp_path / "cjdesigner" / "cjdesigner" / "recovery"


def vote_from_two_phones(url: str) -> str:
    base, token = url.split("/?t=")
    anne = post(f"{base}/api/join?t={token}", {"name": "Anne"})
    bob = post(f"{base}/api/join?t={token}", {"name": "Bob"})
    card = anne["state"]["items"][0]["id"]
    for phone in (anne, anne, bob):
        post(f"{base}/api/vote?t={token}&p={phone['phone']}", {"card": card, "step": 1})
    return card


@pytest.mark.parametrize("ending", [signal.SIGKILL, signal.SIGTERM], ids=["killed", "terminated"])
def test_a_phone_round_cut_by_the_end_of_the_app_is_offered_at_the_next_start(tmp_path, ending):
    child, url, folder = voting_child(tmp_path)
    try:
        card = vote_from_two_phones(url)
        if ending == signal.SIGKILL:  # a crash: what the server wrote beside the journal is all there is
            end = time.monotonic() + 20
            while not any(p.read_bytes().count(b'"participant"') == 3 for p in folder.glob("*.phones")):
                assert time.monotonic() < end, "the open round was not written beside the journal"
                time.sleep(0.05)
        child.send_signal(ending)
        child.wait(60)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(60)
    (recovery,) = recoverable(folder, include_declined=False)
    assert recovery.unsaved and not recovery.problems
    last = recovery.project.journeys[0].voting_rounds[-1]
    assert last.participants == ["Anne", "Bob"] and last.counts() == {card: 3}
    before = sample_project().journeys[0].card(card).votes
    assert recovery.project.journeys[0].card(card).votes == before + 3
