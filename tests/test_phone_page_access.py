"""The phone page with a screen reader's eye, in headless Chromium at 360 × 640 in French: the
focus never falls back to the top of the page when the button pressed goes away or runs out, the
live region of the dots left speaks only when they change, the page and its list are named, and
text is readable (WCAG contrast). All traffic goes to 127.0.0.1."""

from __future__ import annotations

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from phone_client import PHONE_SIZE, join, phone_browser, vote, voting_server

WAIT = 30  # seconds a browser step may take on a loaded machine before the test fails

CONTRAST = """
function luminance(rgb) {
  var c = rgb.match(/[\\d.]+/g).slice(0, 3).map(function (v) { v = v / 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
}
function background(e) {
  for (; e; e = e.parentElement) { var b = getComputedStyle(e).backgroundColor; if (!/rgba\\(.*, 0\\)$/.test(b) && b !== "transparent") { return b; } }
  return "rgb(255, 255, 255)";
}
var worst = [];
document.querySelectorAll("h1, p, label, span, button").forEach(function (e) {
  if (!e.offsetParent || !e.textContent.trim() || e.getAttribute("aria-hidden") === "true") { return; }
  var s = getComputedStyle(e), a = luminance(s.color), b = luminance(background(e));
  var ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  var large = parseFloat(s.fontSize) >= 24 || (parseFloat(s.fontSize) >= 18.66 && Number(s.fontWeight) >= 700);
  if (ratio < (large ? 3 : 4.5)) { worst.push((e.id || e.className) + " " + ratio.toFixed(2)); }
});
return worst;
"""


@pytest.fixture
def room():
    with voting_server(name="Priorités", budget=2, hidden=False) as server, phone_browser() as browser:
        browser.get(server.voting_url("127.0.0.1"))
        WebDriverWait(browser, WAIT).until(lambda d: d.find_element(By.ID, "join-form").is_displayed())
        yield server, browser


def active(browser) -> str:
    return browser.execute_script("var a = document.activeElement; return a.id || a.className")


def join_on_the_page(browser) -> None:
    browser.find_element(By.ID, "name").send_keys("Zoé")
    browser.find_element(By.ID, "join-button").click()
    WebDriverWait(browser, WAIT).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#items li"))


def test_the_page_is_a_phones_width_and_says_what_it_is(room):
    server, browser = room
    assert browser.execute_script("return [innerWidth, innerHeight]") == list(PHONE_SIZE)
    assert active(browser) == "name"  # ready to type a name
    join_on_the_page(browser)
    assert browser.title == "Priorités" and browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "fr"
    assert browser.execute_script("return document.getElementById('items').getAttribute('aria-labelledby')") == "title"
    assert browser.execute_script(CONTRAST) == []
    places = browser.execute_script(  # the order Tab follows, where each stop is on the screen
        "return [...document.querySelectorAll('button, input, [tabindex]')].filter(e => e.offsetParent && e.tabIndex >= 0)"
        ".map(e => { var r = e.getBoundingClientRect(); return [Math.round(r.top), Math.round(r.left)]; })")
    rows = [top for top, _ in places]
    assert len(places) >= 4 and rows == sorted(rows)  # top to bottom
    assert all(places[i][1] < places[i + 1][1] for i in range(0, len(places) - 1, 2))  # − then + on each card


def test_the_focus_stays_where_the_thumb_is(room):
    server, browser = room
    join_on_the_page(browser)
    assert active(browser) == "title"  # not lost to the top of the page with the form that went
    plus = browser.find_elements(By.CSS_SELECTOR, "#items li .plus")[0]
    for left in ("1", "0"):
        plus.click()
        WebDriverWait(browser, WAIT).until(lambda d: f": {left} " in d.find_element(By.ID, "status").text.replace("\u202f", " "))
    assert plus.get_attribute("aria-disabled") == "true"
    assert browser.execute_script("return document.activeElement") == plus  # the last dot placed: still on its button
    plus.click()  # a button with no dot left does nothing
    assert server.ballot.summary()["cast"] == 2


def test_the_dots_left_are_spoken_when_they_change_only(room):
    server, browser = room
    join_on_the_page(browser)
    browser.execute_script(
        "window.spoken = 0; new MutationObserver(function (m) { window.spoken += m.length; })"
        ".observe(document.getElementById('status'), {childList: true, characterData: true, subtree: true});")
    _, other = join(server, "Yann")
    card = other["state"]["items"][1]["id"]
    for _ in range(3):  # the room changes three times: this phone's dots left do not
        assert vote(server, other["phone"], card)[0] in (200, 409)
    WebDriverWait(browser, WAIT).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#items li .counts")[1].text.endswith("2"))  # heard
    assert browser.execute_script("return window.spoken") == 0
    browser.find_elements(By.CSS_SELECTOR, "#items li .plus")[0].click()
    WebDriverWait(browser, WAIT).until(lambda d: d.execute_script("return window.spoken") > 0)


def test_the_last_minute_and_the_last_seconds_are_said_aloud(room):
    server, browser = room
    join_on_the_page(browser)
    server.set_deadline(12)
    alert = browser.find_element(By.ID, "timer-alert")
    assert alert.get_attribute("aria-live") == "polite"
    WebDriverWait(browser, WAIT).until(lambda d: "00:1" in d.execute_script("return document.getElementById('timer-alert').textContent"))
    WebDriverWait(browser, WAIT).until(lambda d: "00:10" in d.execute_script("return document.getElementById('timer-alert').textContent")
                                       or "00:0" in d.execute_script("return document.getElementById('timer-alert').textContent"))
