"""Helpers of the phone voting tests: a plain HTTP client on loopback, a voting server on the
sample map, and a real browser (Debian's headless Chromium through Selenium) at a phone's size.
Every request goes to 127.0.0.1."""

from __future__ import annotations

import http.client
import json
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import urlsplit

from cjdesigner.io.sample import sample_project
from cjdesigner.io.templates import project_from_template
from cjdesigner.layout.phone_list import round_cards
from cjdesigner.model.document import VotingRound
from cjdesigner.phones.ballot import Ballot
from cjdesigner.phones.server import PhoneServer

PHONE_SIZE = (360, 640)


def request(server: PhoneServer, method: str, path: str, body: Any = None, raw: bytes | None = None,
            headers: dict[str, str] | None = None) -> tuple[int, dict]:
    """(status, JSON answer) of one request to the server on 127.0.0.1."""
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    try:
        data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
        connection.request(method, path, body=data, headers={"Content-Type": "application/json", **(headers or {})})
        response = connection.getresponse()
        text = response.read()
        try:
            answer = json.loads(text) if text else {}
        except ValueError:
            answer = {"text": text.decode("utf-8", "replace")}
        return response.status, answer
    finally:
        connection.close()


def join(server: PhoneServer, name: str = "", token: str | None = None) -> tuple[int, dict]:
    return request(server, "POST", f"/api/join?t={token or server.token}", {"name": name})


def vote(server: PhoneServer, phone: str, card: str, step: int = 1, token: str | None = None) -> tuple[int, dict]:
    return request(server, "POST", f"/api/vote?t={token or server.token}&p={phone}", {"card": card, "step": step})


@contextmanager
def voting_server(language: str = "fr", **round_fields: Any) -> Iterator[PhoneServer]:
    """A phone round on the sample map's opportunities (the French sample, or the e-commerce
    template in English), served on loopback; closed at the end."""
    project = sample_project() if language == "fr" else project_from_template("ecommerce", language)
    journey = project.journeys[0]
    voting_round = VotingRound(card_ids=round_cards(journey), **round_fields)
    server = PhoneServer(Ballot(project, journey.id, voting_round), host="127.0.0.1")
    server.start()
    try:
        yield server
    finally:
        server.close()


def path_of(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + ("?" + parts.query if parts.query else "")


@contextmanager
def phone_browser() -> Iterator[Any]:
    """Headless Chromium at a phone's size, with a profile of its own that is removed after."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="cjd-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", f"--user-data-dir={profile}", f"--window-size={PHONE_SIZE[0]},{PHONE_SIZE[1]}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)
    driver.set_page_load_timeout(20)
    # headless Chromium keeps its window at least 500 pixels wide: the phone's size is emulated
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": PHONE_SIZE[0], "height": PHONE_SIZE[1], "deviceScaleFactor": 2, "mobile": True})
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)
