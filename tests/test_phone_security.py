"""The phone voting server is safe by default: every API request needs the room's token (and a
phone's own), another round's token opens nothing, bad requests are refused without harm, phones
are rate-limited, the page loads nothing from elsewhere, and the server listens only while its
round is open. All traffic goes to 127.0.0.1."""

from __future__ import annotations

import http.client
import json
import re
import socket
import time
from importlib import resources

import pytest

from phone_client import join, request, vote, voting_server
from cjdesigner.phones.server import local_peer


def refused_to_connect(port: int) -> bool:
    with socket.socket() as probe:
        probe.settimeout(2)
        return probe.connect_ex(("127.0.0.1", port)) != 0


@pytest.fixture
def server():
    with voting_server(name="Security", budget=3) as running:
        yield running


def test_no_token_is_refused_on_every_api_path(server):
    status, phone = join(server, "Anne")
    assert status == 200
    card = phone["state"]["items"][0]["id"]
    p = phone["phone"]
    for method, path, body in (
        ("POST", "/api/join", {"name": "Bob"}),
        ("GET", f"/api/state?p={p}", None),
        ("POST", f"/api/vote?p={p}", {"card": card, "step": 1}),
        ("GET", f"/api/events?p={p}", None),
        ("POST", f"/api/vote?t=&p={p}", {"card": card, "step": 1}),
        ("POST", f"/api/vote?t={server.token[:-1]}x&p={p}", {"card": card, "step": 1}),
    ):
        status, answer = request(server, method, path, body)
        assert status == 403, path
        assert "QR" in answer["error"]
    assert server.ballot.summary()["cast"] == 0 and server.ballot.summary()["joined"] == 1


def test_a_token_of_another_round_is_refused():
    with voting_server(name="First") as first:
        old_token, old_port = first.token, first.port
        status, old_phone = join(first, "Anne")
        assert status == 200
    with voting_server(name="Second") as second:
        status, answer = join(second, "Anne", token=old_token)
        assert status == 403 and "error" in answer
        status, _ = vote(second, old_phone["phone"], old_phone["state"]["items"][0]["id"], token=second.token)
        assert status == 403  # the old round's phone is no participant here
        assert second.token != old_token and second.code != first.code
        assert second.ballot.summary()["joined"] == 0
    assert refused_to_connect(old_port)


def test_oversized_and_malformed_requests_are_refused_without_harm(server):
    status, phone = join(server, "Anne")
    p, card = phone["phone"], phone["state"]["items"][0]["id"]
    assert request(server, "POST", f"/api/join?t={server.token}", {"name": "x" * 10_000})[0] == 413
    assert request(server, "POST", f"/api/vote?t={server.token}&p={p}", raw=b"{not json")[0] == 400
    assert request(server, "POST", f"/api/vote?t={server.token}&p={p}", raw=b"\xff\xfe\x00")[0] == 400
    assert request(server, "POST", f"/api/vote?t={server.token}&p={p}", [card, 1])[0] == 400
    assert request(server, "POST", f"/api/vote?t={server.token}&p={p}", {"card": card, "step": "1"})[0] == 409
    assert request(server, "POST", f"/api/vote?t={server.token}&p={p}", {"card": card, "step": True})[0] == 409
    assert request(server, "POST", f"/api/vote?t={server.token}&p={p}", {"card": "no-such-card", "step": 1})[0] == 409
    assert request(server, "POST", f"/api/vote?t={server.token}&p={p}", {"card": ["x"], "step": 1})[0] == 409
    assert request(server, "GET", f"/api/state?t={server.token}&p={p}&x=" + "a" * 5000)[0] in (400, 414)
    assert request(server, "GET", "/../../etc/passwd")[0] == 404
    with socket.create_connection(("127.0.0.1", server.port), timeout=5) as raw:  # not HTTP at all
        raw.sendall(b"\x16\x03\x01\x02\x00garbage\r\n\r\n" * 50)
        raw.recv(1024)
    status, state = request(server, "GET", f"/api/state?t={server.token}&p={p}")
    assert status == 200 and state["left"] == 3 and state["name"] == "Anne"
    assert server.ballot.summary()["cast"] == 0


def test_a_name_cannot_carry_control_or_direction_characters(server):
    status, phone = join(server, "\u202eAnne\x00\n\tB" + "é" * 100)
    assert status == 200
    name = phone["state"]["name"]
    assert name.startswith("Anne B") and len(name) <= 40 and not re.search(r"[\x00-\x1f\u202e]", name)


def test_a_phone_sending_too_fast_is_told_to_wait_and_others_are_not(server):
    _, fast = join(server, "Fast")
    _, calm = join(server, "Calm")
    card = fast["state"]["items"][0]["id"]
    statuses = [vote(server, fast["phone"], card, step=(1 if i % 2 == 0 else -1))[0] for i in range(60)]
    assert 429 in statuses and statuses[0] == 200
    assert vote(server, calm["phone"], card)[0] == 200


def test_guessing_the_room_code_is_slowed(server):
    statuses = [request(server, "POST", "/api/room", {"code": f"WRONG{i}"})[0] for i in range(12)]
    assert statuses[0] == 403 and 429 in statuses
    assert server.code not in [f"WRONG{i}" for i in range(12)]


def test_the_room_code_gives_the_token(server):
    status, answer = request(server, "POST", "/api/room", {"code": " " + server.code.lower()[:3] + " " + server.code[3:].lower()})
    assert status == 200 and answer["token"] == server.token


def test_the_server_listens_only_while_its_round_is_open():
    with voting_server(name="Open") as server:
        port = server.port
        assert not refused_to_connect(port)
        _, phone = join(server, "Anne")
        finished = server.close()
        assert refused_to_connect(port)
        assert not server.listening and finished.ended is False and finished.participants == ["Anne"]


def test_only_devices_of_the_local_network_may_vote():
    for address in ("127.0.0.1", "192.168.1.20", "10.0.0.7", "172.16.3.4", "169.254.1.1", "::1", "fe80::1", "fd00::5", "::ffff:192.168.0.2", "100.64.0.9"):
        assert local_peer(address), address
    for address in ("8.8.8.8", "1.1.1.1", "2001:4860:4860::8888", "::ffff:8.8.8.8", "0.0.0.0", "224.0.0.1", "", None, "not an address"):
        assert not local_peer(address), address


def test_the_page_loads_nothing_from_elsewhere(server):
    page = resources.files("cjdesigner.phones").joinpath("page")
    for name in ("index.html", "phone.js", "phone.css"):
        text = page.joinpath(name).read_text(encoding="utf-8")
        assert not re.search(r"https?://|//[a-z0-9]|@import|url\(", text, re.IGNORECASE), name
    connection_status, _ = request(server, "GET", "/")
    assert connection_status == 200
    import http.client

    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
    connection.request("GET", "/")
    response = connection.getresponse()
    csp = response.getheader("Content-Security-Policy")
    connection.close()
    assert "default-src 'none'" in csp and "script-src 'self'" in csp and "connect-src 'self'" in csp


def half_open(port: int, count: int, source: str = "127.0.0.1") -> list[socket.socket]:
    """Connections that start a request and never finish it (slowloris)."""
    opened = []
    for _ in range(count):
        s = socket.create_connection(("127.0.0.1", port), timeout=5, source_address=(source, 0))
        s.sendall(b"GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ")
        opened.append(s)
    return opened


def closed_by_server(connection: socket.socket) -> bool:
    try:
        return connection.recv(1) == b""
    except ConnectionResetError:
        return True


def test_half_open_connections_cannot_use_up_the_laptops_open_files():
    from cjdesigner.phones.server import MAX_CONNECTIONS

    with voting_server(name="Slowloris") as server:
        flood = half_open(server.port, MAX_CONNECTIONS + 40)
        try:
            assert sum(closed_by_server(s) for s in flood[-40:]) == 40  # beyond the cap: closed at once
        finally:
            for s in flood:
                s.close()
        end = time.monotonic() + 30  # a bound for the test: the server notices the closed ones at once
        while server.open_connections() >= MAX_CONNECTIONS:
            assert time.monotonic() < end, "the closed connections stayed open on the server"
            time.sleep(0.05)
        status, phone = join(server, "Anne")  # the room gets in again once they are gone
        assert status == 200 and phone["state"]["name"] == "Anne"


def test_one_device_cannot_take_all_the_connections():
    from cjdesigner.phones.server import MAX_PER_DEVICE

    with voting_server(name="Hog") as server:
        flood = half_open(server.port, MAX_PER_DEVICE + 5, source="127.0.0.2")
        try:
            assert sum(closed_by_server(s) for s in flood[-5:]) == 5
            assert join(server, "Anne")[0] == 200  # another device is still served
        finally:
            for s in flood:
                s.close()


def test_a_request_never_finished_is_closed_after_a_while():
    from cjdesigner.io.sample import sample_project
    from cjdesigner.layout.phone_list import round_cards
    from cjdesigner.model.document import VotingRound
    from cjdesigner.phones.ballot import Ballot
    from cjdesigner.phones.server import PhoneServer

    project = sample_project()
    journey = project.journeys[0]
    server = PhoneServer(Ballot(project, journey.id, VotingRound(card_ids=round_cards(journey))), host="127.0.0.1")
    server.idle_seconds = 1.0
    server.start()
    try:
        (slow,) = half_open(server.port, 1)
        slow.settimeout(15)  # a bound for the test: the server closes it after about a second
        with slow:
            assert closed_by_server(slow)
    finally:
        server.close()


def test_guessing_the_room_code_from_many_addresses_is_slowed_too(server):
    statuses = []
    for device in range(2, 30):
        connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10, source_address=(f"127.0.1.{device}", 0))
        for guess in range(3):  # within what one address may try
            connection.request("POST", "/api/room", body=json.dumps({"code": f"AAAA{device:02d}"[:5] + str(guess)}), headers={"Content-Type": "application/json"})
            response = connection.getresponse()
            answer = json.loads(response.read())
            statuses.append(response.status)
        connection.close()
    assert statuses[0] == 403 and statuses.count(429) > 30
    from cjdesigner.phones import words

    assert answer["error"] == words.refusal("fr", "too_fast")


def test_names_that_only_look_alike_or_hide_characters_are_cleaned(server):
    tricks = {
        "Ann\u00e9e": "Anne\u0301e",  # the same name typed composed and decomposed
        "Bob": "\u061cB\u2060o\ufeffb\U000E0041\uE000",  # an Arabic letter mark, a word joiner, a BOM, a tag, a private character
        "Cy": "C\u2028y",  # a line separator
    }
    joined = {}
    for expected, typed in tricks.items():
        status, phone = join(server, typed)
        assert status == 200
        joined[expected] = phone["state"]["name"]
    assert joined["Ann\u00e9e"] == "Ann\u00e9e" and joined["Bob"] == "Bob" and joined["Cy"] == "C y"
    status, again = join(server, "Ann\u00e9e")
    assert again["state"]["name"] == "Ann\u00e9e (2)"  # not a second “Annéé” that looks the same
    status, answer = join(server, "\u200b\u2066\u202e")
    from cjdesigner.phones import words

    assert status == 200 and answer["state"]["name"] == words.anonymous_name("fr", 5)  # nothing visible: anonymous, as an empty name


def test_a_full_round_says_so_in_a_sentence(server):
    from cjdesigner.model.document import MAX_PARTICIPANTS

    for n in range(MAX_PARTICIPANTS):
        server.ballot.join(f"P{n}")
    status, answer = join(server, "Late")
    assert status == 409 and answer["error"][0].isupper() and answer["error"].endswith(".")


def test_markup_in_a_card_a_round_or_a_name_stays_text_on_the_phone():
    """A guard: text from the map and from the room is shown as text, never run as a page's code."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    from phone_client import phone_browser
    from cjdesigner.io.sample import sample_project
    from cjdesigner.layout.phone_list import round_cards
    from cjdesigner.model.document import VotingRound
    from cjdesigner.phones.ballot import Ballot
    from cjdesigner.phones.server import PhoneServer

    attack = "<img src=x onerror=\"document.title='pwned'\">"
    project = sample_project()
    journey = project.journeys[0]
    cards = round_cards(journey)
    journey.card(cards[0]).text = attack
    voting_round = VotingRound(name="</script><script>document.title='pwned'</script>{{room}}", card_ids=cards, hidden=False)
    server = PhoneServer(Ballot(project, journey.id, voting_round), host="127.0.0.1")
    server.start()
    try:
        assert join(server, attack)[0] == 200
        with phone_browser() as browser:
            browser.get(server.voting_url("127.0.0.1"))
            WebDriverWait(browser, 30).until(lambda d: d.find_element(By.ID, "join-form").is_displayed())
            browser.find_element(By.ID, "name").send_keys(attack)
            browser.find_element(By.ID, "join-button").click()
            WebDriverWait(browser, 30).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#items li"))
            assert browser.find_elements(By.CSS_SELECTOR, "#items li .card")[0].text == attack
            assert browser.find_element(By.ID, "title").text == voting_round.name
            assert browser.title != "pwned" and not browser.find_elements(By.CSS_SELECTOR, "#items img")
    finally:
        server.close()


def test_a_phone_turned_away_while_the_laptop_is_busy_comes_back_by_itself():
    """Every event stream taken (by a flood, or a very large room): a phone's stream is refused,
    its page says so, and once a stream is free again it listens to the room again unaided."""
    import asyncio
    import threading

    import aiohttp
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    from phone_client import phone_browser
    from cjdesigner.phones import words
    from cjdesigner.phones.server import MAX_STREAMS

    with voting_server(name="Busy", hidden=False) as server, phone_browser() as browser:
        _, hog = join(server, "Hog")
        taken, release = threading.Event(), threading.Event()

        def flood() -> None:
            async def hold() -> None:
                url = f"http://127.0.0.1:{server.port}/api/events?t={server.token}&p={hog['phone']}"
                async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=MAX_STREAMS + 10)) as session:
                    streams = [await session.get(url) for _ in range(MAX_STREAMS)]
                    taken.set()
                    await asyncio.get_running_loop().run_in_executor(None, release.wait, 60)
                    for stream in streams:
                        stream.close()

            asyncio.run(hold())

        holder = threading.Thread(target=flood)
        holder.start()
        try:
            assert taken.wait(60)
            browser.get(server.voting_url("127.0.0.1"))
            WebDriverWait(browser, 30).until(lambda d: d.find_element(By.ID, "join-form").is_displayed())
            browser.find_element(By.ID, "join-button").click()
            WebDriverWait(browser, 30).until(lambda d: d.find_element(By.ID, "message").text == words.page_words("fr")["offline"])
        finally:
            release.set()
            holder.join(60)
        card = hog["state"]["items"][2]["id"]
        assert vote(server, hog["phone"], card)[0] == 200
        WebDriverWait(browser, 30).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#items li .counts")[2].text.endswith("1"))
        assert browser.find_element(By.ID, "message").text == ""


def test_json_nested_thousands_deep_is_refused_with_a_sentence(server):
    _, phone = join(server, "Anne")
    deep = b"[" * 2000 + b"]" * 2000
    for path in (f"/api/vote?t={server.token}&p={phone['phone']}", f"/api/join?t={server.token}", "/api/room"):
        status, answer = request(server, "POST", path, raw=deep)
        assert status in (400, 403) and answer["error"], path  # the room code: "not the one on the projector"
    assert join(server, "Bob")[0] == 200


def test_dots_against_the_rules_or_racing_each_other_change_nothing_they_should_not():
    """A guard: negative, oversized, duplicate and simultaneous take-backs leave the count exact."""
    import asyncio

    import aiohttp

    with voting_server(name="Rules", budget=3, one_per_card=True) as server:
        _, anne = join(server, "Anne")
        p, card = anne["phone"], anne["state"]["items"][0]["id"]
        assert vote(server, p, card, step=-1)[0] == 200 and server.ballot.summary()["cast"] == 0  # nothing to take back
        assert [vote(server, p, card, step=s)[0] for s in (2, -2, 0)] == [409, 409, 409]
        assert vote(server, p, card)[0] == 200 and vote(server, p, card)[0] == 409  # one dot per card

        async def take_back_at_once() -> list[int]:
            url = f"http://127.0.0.1:{server.port}/api/vote?t={server.token}&p={p}"
            async with aiohttp.ClientSession() as session:
                async def one() -> int:
                    async with session.post(url, json={"card": card, "step": -1}) as response:
                        return response.status
                return await asyncio.gather(*(one() for _ in range(12)))

        assert set(asyncio.run(take_back_at_once())) <= {200, 429}
        assert server.ballot.summary()["cast"] == 0 and server.ballot.round.dots_left("Anne") == 3
