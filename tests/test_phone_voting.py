"""The room votes from its phones: a real browser (Debian's headless Chromium through Selenium) at a
phone's size drives the voting page served on 127.0.0.1 by a presentation's phone round — join,
vote, take back, budget refused, reveal, a phone that drops and comes back — and the round lands in
the saved map as one undo step. A load test votes for 60 participants at once."""

from __future__ import annotations

import asyncio
import json

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from phone_client import phone_browser, voting_server
from cjdesigner.app.document import Document
from cjdesigner.io.sample import sample_project
from cjdesigner.ui.presentation import present
from cjdesigner.ui.presentation.phone_round import PhoneSettings

pytestmark = pytest.mark.window_project(builder=sample_project)
WAIT = 30  # seconds a browser step may take on a loaded machine before the test fails


@pytest.fixture
def browser():
    with phone_browser() as driver:
        yield driver


def start_round(window, qtbot, tmp_path, **settings) -> tuple:
    window.session.document.save(tmp_path / "workshop.cjmap")
    presentation = present(window.session, window)
    qtbot.waitExposed(presentation.projector)
    url = presentation.start_phone_round(PhoneSettings(host="127.0.0.1", **settings))
    assert url.startswith("http://127.0.0.1:") and "?t=" in url, presentation.note
    return presentation, url


@pytest.fixture
def phones(window, qtbot, tmp_path):
    presentation, url = start_round(window, qtbot, tmp_path, name="Priorités", budget=3, hidden=True)
    yield presentation, url
    if presentation.projector is not None:
        presentation.end()


def text(driver, element_id: str) -> str:
    return driver.find_element(By.ID, element_id).text


def wait_text(driver, element_id: str, wanted: str) -> None:
    WebDriverWait(driver, WAIT).until(lambda d: wanted in d.find_element(By.ID, element_id).text)


def items(driver) -> list:
    return driver.find_elements(By.CSS_SELECTOR, "#items li")


def join_as(driver, url: str, name: str) -> None:
    driver.get(url)
    WebDriverWait(driver, WAIT).until(lambda d: d.find_element(By.ID, "join-form").is_displayed())
    if name:
        driver.find_element(By.ID, "name").send_keys(name)
    driver.find_element(By.ID, "join-button").click()
    WebDriverWait(driver, WAIT).until(lambda d: len(items(d)) > 0)


def press(driver, index: int, kind: str) -> None:
    driver.find_elements(By.CSS_SELECTOR, f"#items li button.{kind}")[index].click()


def test_a_phone_joins_votes_takes_back_and_is_refused_past_its_budget(phones, browser, qtbot):
    presentation, url = phones
    join_as(browser, url, "Anne")
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "fr"  # the map's language
    first = items(browser)[0]
    assert "Montrer les dimensions" in first.text and "Prise de conscience" in first.text
    wait_text(browser, "status", "3")
    for left in ("2", "1", "0"):
        press(browser, 0, "plus")
        wait_text(browser, "status", left)
    plus = browser.find_elements(By.CSS_SELECTOR, "#items li button.plus")
    assert all(button.get_attribute("aria-disabled") == "true" for button in plus)  # the page shows the budget spent
    assert browser.execute_script("return document.documentElement.scrollWidth <= window.innerWidth")  # no sideways scroll at 360 px
    assert all(b.size["width"] >= 48 and b.size["height"] >= 48 for b in browser.find_elements(By.CSS_SELECTOR, "#items button"))  # thumb-sized
    assert "Montrer les dimensions" in plus[0].get_attribute("aria-label")
    refused = browser.execute_async_script(  # the server refuses a fourth dot sent anyway
        "const done = arguments[arguments.length - 1];"
        "fetch('/api/vote' + location.search + '&p=' + encodeURIComponent(localStorage.getItem(Object.keys(localStorage)[0])),"
        " {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify({card: arguments[0], step: 1})})"
        ".then(r => r.json().then(j => done([r.status, j.error])));", presentation.phone_round.voting_round.card_ids[1])
    assert refused[0] == 409 and "Anne" in refused[1]
    press(browser, 0, "minus")
    wait_text(browser, "status", "1")
    qtbot.waitUntil(lambda: presentation.phone_round.summary["cast"] == 2 and presentation.phone_round.summary["joined"] == 1, timeout=WAIT * 1000)
    assert "Anne" not in json.dumps(presentation.phone_round.summary)  # the projector never learns who voted what
    assert presentation.journey.voting_rounds == []  # nothing in the map until the round closes


def test_counts_stay_hidden_until_revealed_then_show_on_the_phones(phones, browser, qtbot):
    presentation, url = phones
    join_as(browser, url, "")
    press(browser, 0, "plus")
    wait_text(browser, "status", "2")
    counts = [e.text for e in browser.find_elements(By.CSS_SELECTOR, "#items li .counts")]
    assert counts[0].startswith("vos gommettes") and not any("toutes" in c for c in counts)
    assert browser.find_element(By.ID, "hidden-note").is_displayed()
    card = presentation.journey.card(presentation.phone_round.voting_round.card_ids[0])
    assert presentation.shown_dots(card) == (card.votes, 0)  # hidden on the projector too
    presentation.reveal()
    WebDriverWait(browser, WAIT).until(lambda d: "1" in d.find_elements(By.CSS_SELECTOR, "#items li .counts")[0].text
                                       and not d.find_element(By.ID, "hidden-note").is_displayed())
    qtbot.waitUntil(lambda: presentation.shown_dots(card) == (card.votes + 1, 0), timeout=WAIT * 1000)


def test_a_double_tap_on_join_joins_once(phones, browser):
    presentation, url = phones
    browser.get(url)
    WebDriverWait(browser, WAIT).until(lambda d: d.find_element(By.ID, "join-form").is_displayed())
    browser.find_element(By.ID, "name").send_keys("Gil")
    browser.execute_script("const b = document.getElementById('join-button'); b.click(); b.click();")
    WebDriverWait(browser, WAIT).until(lambda d: len(items(d)) > 0)
    assert presentation.phone_round.voting_round.participants == ["Gil"]


def test_a_phone_that_drops_and_comes_back_keeps_its_dots(phones, browser):
    presentation, url = phones
    join_as(browser, url, "Bea")
    press(browser, 1, "plus")
    wait_text(browser, "status", "2")
    browser.get("about:blank")
    browser.get(url)
    WebDriverWait(browser, WAIT).until(lambda d: len(items(d)) > 0)
    wait_text(browser, "status", "2")
    assert "1" in items(browser)[1].find_element(By.CSS_SELECTOR, ".counts").text
    assert presentation.phone_round.voting_round.participants == ["Bea"]


def test_the_closed_round_is_one_undo_step_in_the_saved_map(phones, browser, qtbot, window, tmp_path):
    presentation, url = phones
    join_as(browser, url, "Chloé")
    press(browser, 2, "plus")
    wait_text(browser, "status", "2")
    press(browser, 2, "plus")
    wait_text(browser, "status", "1")
    card_id = presentation.phone_round.voting_round.card_ids[2]
    before = presentation.journey.card(card_id).votes
    steps = window.session.document.undo_stack.count() if hasattr(window.session.document, "undo_stack") else None
    port = presentation.phone_round.server.port
    assert presentation.end_round()
    wait_text(browser, "status", "Merci")  # the phones hear the round close
    voting_round = presentation.journey.voting_rounds[-1]
    assert voting_round.ended and voting_round.name == "Priorités"
    assert [(v.participant, v.card_id) for v in voting_round.votes] == [("Chloé", card_id)] * 2
    assert presentation.journey.card(card_id).votes == before + 2
    assert presentation.ranking_round_id == voting_round.id
    if steps is not None:
        assert window.session.document.undo_stack.count() == steps + 1
    window.session.verbs.undo()
    assert presentation.journey.voting_rounds == [] and presentation.journey.card(card_id).votes == before
    window.session.verbs.redo()
    window.session.document.save(tmp_path / "workshop.cjmap")
    saved = Document.open(tmp_path / "workshop.cjmap").project.journeys[0]
    assert saved.voting_rounds[-1].counts() == {card_id: 2} and saved.card(card_id).votes == before + 2
    import socket

    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", port)) != 0  # the server stopped with the round


def test_an_anonymous_round_asks_no_name(window, qtbot, tmp_path, browser):
    presentation, url = start_round(window, qtbot, tmp_path, naming="anonymous", budget=2, one_per_card=True)
    try:
        browser.get(url)
        WebDriverWait(browser, WAIT).until(lambda d: d.find_element(By.ID, "join-form").is_displayed())
        assert not browser.find_element(By.ID, "name").is_displayed()
        assert browser.find_element(By.ID, "anonymous-note").is_displayed()
        browser.find_element(By.ID, "join-button").click()
        WebDriverWait(browser, WAIT).until(lambda d: len(items(d)) > 0)
        press(browser, 0, "plus")
        wait_text(browser, "status", "1")
        assert browser.find_elements(By.CSS_SELECTOR, "#items li button.plus")[0].get_attribute("aria-disabled") == "true"  # one dot per card
        assert presentation.phone_round.voting_round.participants == ["Téléphone 1"]
    finally:
        presentation.end()


def test_a_phone_that_cannot_scan_types_the_room_code(phones, browser):
    presentation, url = phones
    browser.get(url.split("?")[0])  # the short address, without the QR code's token
    WebDriverWait(browser, WAIT).until(lambda d: d.find_element(By.ID, "code-form").is_displayed())
    assert not browser.find_element(By.ID, "join-form").is_displayed()
    browser.find_element(By.ID, "code").send_keys("nope42")
    browser.find_element(By.ID, "code-button").click()
    wait_text(browser, "message", "vidéoprojecteur")
    code = browser.find_element(By.ID, "code")
    code.clear()
    code.send_keys(presentation.phone_round.code.lower())
    browser.find_element(By.ID, "code-button").click()
    WebDriverWait(browser, WAIT).until(lambda d: d.find_element(By.ID, "join-form").is_displayed())
    assert not browser.find_element(By.ID, "code-form").is_displayed()
    browser.find_element(By.ID, "name").send_keys("Dan")
    browser.find_element(By.ID, "join-button").click()
    WebDriverWait(browser, WAIT).until(lambda d: len(items(d)) > 0)
    assert presentation.phone_round.voting_round.participants == ["Dan"]


def test_the_round_lands_in_the_journey_it_was_voted_on(phones, window, qtbot):
    presentation, url = phones
    server = presentation.phone_round.server
    voted_on = presentation.journey.id
    from phone_client import join, vote

    _, eve = join(server, "Eve")
    assert vote(server, eve["phone"], eve["state"]["items"][0]["id"])[0] == 200
    assert window.session.verbs.add_journey()  # the editor moves to another journey meanwhile
    assert window.session.document.journey_id != voted_on
    assert presentation.close_phone_round()
    assert window.session.document.project.journey(voted_on).voting_rounds[-1].counts() == {eve["state"]["items"][0]["id"]: 1}


def test_the_timer_at_zero_closes_the_round(phones, qtbot):
    presentation, _url = phones
    presentation.timer.toggle()
    assert presentation.phone_round.server.ballot.deadline is not None  # the phones count down too
    presentation.timer.finished.emit()
    assert presentation.phone_round is None and presentation.journey.voting_rounds[-1].ended


def test_sixty_participants_vote_at_once_and_every_vote_is_answered():
    """Each phone joined and listening to the room's events, as on a real page; then all 60 vote
    in the same instant. Bounded in count (60) and time (30 s for the whole room)."""
    import aiohttp

    with voting_server(name="Load", budget=3) as server:
        base = f"http://127.0.0.1:{server.port}"

        async def room() -> list[int]:
            timeout = aiohttp.ClientTimeout(total=30)  # a bound for the test, not a measure
            async with aiohttp.ClientSession(timeout=timeout, connector=aiohttp.TCPConnector(limit=200)) as session:
                phones = []
                for n in range(60):
                    async with session.post(f"{base}/api/join?t={server.token}", json={"name": f"P{n}"}) as response:
                        phones.append(await response.json())
                streams = [await session.get(f"{base}/api/events?t={server.token}&p={p['phone']}") for p in phones]
                assert [s.status for s in streams] == [200] * 60

                async def one(n: int, phone: dict) -> int:
                    card = phone["state"]["items"][n % len(phone["state"]["items"])]["id"]
                    async with session.post(f"{base}/api/vote?t={server.token}&p={phone['phone']}", json={"card": card, "step": 1}) as response:
                        return response.status

                statuses = await asyncio.gather(*(one(n, p) for n, p in enumerate(phones)))
                heard = await streams[0].content.readuntil(b"\n\n")
                for stream in streams:
                    stream.close()
                assert heard.startswith(b"data: ")
                return statuses

        assert asyncio.run(room()) == [200] * 60
        summary = server.ballot.summary()
        assert summary["joined"] == 60 and summary["cast"] == 60


def test_present_with_phones_prints_the_address_as_soon_as_the_page_answers(tmp_path):
    import os
    import selectors
    import subprocess
    import sys
    import urllib.request

    from cjdesigner.io.cjmap import save_project

    path = tmp_path / "atelier.cjmap"
    save_project(sample_project(), path)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path)}
    child = subprocess.Popen([sys.executable, "-m", "cjdesigner", "present", str(path), "--phones", "--host", "127.0.0.1"],
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    try:
        with selectors.DefaultSelector() as waiting:
            waiting.register(child.stdout, selectors.EVENT_READ)
            assert waiting.select(timeout=120), "no address printed"
        url = child.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:") and "/?t=" in url
        with urllib.request.urlopen(url, timeout=10) as page:  # it answers at once
            assert page.status == 200 and b'lang="fr"' in page.read()
        base, token = url.split("/?t=")
        joined = urllib.request.Request(f"{base}/api/join?t={token}", data=b'{"name": "Zo\\u00e9"}', headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(joined, timeout=10) as answer:
            state = json.loads(answer.read())["state"]
        from cjdesigner.layout.phone_list import round_cards

        assert state["budget"] == 3 and [item["id"] for item in state["items"]] == round_cards(sample_project().journeys[0])
    finally:
        child.terminate()
        child.wait(60)


def test_an_english_map_gets_an_english_page():
    from phone_client import join, request

    with voting_server(language="en", name="Priorities") as server:
        status, page = request(server, "GET", "/")
        assert status == 200 and 'lang="en"' in page["text"] and "Join the vote" in page["text"]
        assert "Rejoindre" not in page["text"]
        _, phone = join(server, "")
        assert phone["state"]["name"] == "Phone 1"
