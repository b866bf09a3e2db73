"use strict";
(function () {
  var words = JSON.parse(document.getElementById("words").textContent);
  var room = JSON.parse(document.getElementById("room").textContent);
  var $ = function (id) { return document.getElementById(id); };
  var params = new URLSearchParams(location.search);
  var token = params.get("t") || "";
  var phone = "";
  var state = null;
  var receivedAt = 0;
  var stream = null;
  var RETRY_MS = 3000;
  var WARN_AT = [60, 10];  // seconds left when the time is said aloud
  var warned = {};
  var rows = Object.create(null);  // card id → its row (ids are data: no prototype to collide with)

  function say(text, values) {
    return text.replace(/%(\d)/g, function (_, n) { return String(values[Number(n) - 1]); });
  }
  function api(path, body) {
    var url = path + "?t=" + encodeURIComponent(token) + (phone ? "&p=" + encodeURIComponent(phone) : "");
    var options = body === undefined ? {} : { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) };
    return fetch(url, options).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) { data.__status = response.status; return data; });
    });
  }
  function message(text) { $("message").textContent = text || ""; }
  function key() { return "cjdesigner-phone-" + token.slice(0, 16); }

  function showCode() {
    $("code-label").textContent = words.code_label;
    $("code-button").textContent = words.code_button;
    $("code-form").hidden = false;
    $("code").focus();
  }
  function showJoin() {
    if (room.naming === "anonymous") {
      $("name-label").hidden = true; $("name").hidden = true;
      $("anonymous-note").textContent = words.anonymous_note; $("anonymous-note").hidden = false;
    } else {
      $("name-label").textContent = room.naming === "required" ? words.name_label : words.name_optional;
      $("name").required = room.naming === "required";
    }
    $("join-button").textContent = words.join;
    $("join-form").hidden = false;
    if (!$("name").hidden) { $("name").focus(); }
  }
  function joined(data) {
    phone = data.phone;
    try { localStorage.setItem(key(), phone); } catch (e) { /* private mode: the phone keeps its dots while open */ }
    $("join-form").hidden = true;
    show(data.state);
    $("title").focus();  // the button pressed is gone: a screen reader starts again from the round's name
    listen();
  }
  function join(name, known) {
    $("join-button").disabled = true;  // a double tap joins once
    return api("/api/join", known ? { phone: known } : { name: name }).then(function (data) {
      $("join-button").disabled = false;
      if (data.__status === 200) { message(""); joined(data); } else { message(data.error); if (known) { showJoin(); } }
    }, function () { $("join-button").disabled = false; message(words.offline); });
  }
  function listen() {
    if (stream) { stream.close(); }
    stream = new EventSource("/api/events?t=" + encodeURIComponent(token) + "&p=" + encodeURIComponent(phone));
    stream.onmessage = function (event) { message(""); show(JSON.parse(event.data)); };
    var mine = stream;
    stream.onerror = function () {
      if (state && state.closed) { return; }
      message(words.offline);
      // refused (the laptop busy, a stream too many): the browser gives up on its own, this page does not
      if (mine.readyState === EventSource.CLOSED) { setTimeout(function () { if (stream === mine) { listen(); } }, RETRY_MS); }
    };
  }
  function vote(cardId, step) {
    api("/api/vote", { card: cardId, step: step }).then(function (data) {
      if (data.__status === 200) { message(""); show(data); }
      else { message(data.error); if (data.state) { show(data.state); } }
    }, function () { message(words.offline); });
  }

  function button(kind, label, text, disabled, onClick) {
    var b = document.createElement("button");
    b.type = "button"; b.className = kind; b.textContent = text;
    b.setAttribute("aria-label", label); unavailable(b, disabled);
    // aria-disabled, not disabled: a disabled button loses the focus, and a screen reader its place
    b.addEventListener("click", function () { if (b.getAttribute("aria-disabled") !== "true") { onClick(); } });
    return b;
  }
  function unavailable(b, yes) { b.setAttribute("aria-disabled", yes ? "true" : "false"); }
  function setText(element, text) { if (element.textContent !== text) { element.textContent = text; } }  // a live region speaks on change only
  function makeRow(list, item) {
    // Made once per card and then updated in place, so that a screen reader keeps its place
    // and a finger its button when the room's votes arrive.
    var li = document.createElement("li");
    var text = document.createElement("div"); text.className = "text";
    var card = document.createElement("span"); card.className = "card"; card.textContent = item.text;
    var where = document.createElement("span"); where.className = "where"; where.textContent = item.stage + " · " + item.lane;
    var counts = document.createElement("span"); counts.className = "counts";
    var dots = document.createElement("span"); dots.className = "dots"; dots.setAttribute("aria-hidden", "true");
    text.append(card, where, counts, dots);
    var minus = button("minus", say(words.remove, [item.text]), "−", true, function () { vote(item.id, -1); });
    var plus = button("plus", say(words.add, [item.text]), "+", true, function () { vote(item.id, 1); });
    li.append(text, minus, plus);
    list.append(li);
    return { li: li, counts: counts, dots: dots, minus: minus, plus: plus };
  }
  function show(next) {
    state = next; receivedAt = Date.now();
    setText($("title"), state.title || words.title);
    document.title = state.title || words.title;
    var left = state.left;
    var spent = state.items.reduce(function (sum, item) { return sum + item.mine; }, 0);
    setText($("status"), state.closed ? words.closed
      : (left === null ? say(words.unlimited, [spent]) : say(words.left, [left, state.budget])));
    $("hidden-note").textContent = words.hidden;
    $("hidden-note").hidden = !state.hidden || state.closed;
    var list = $("items");
    state.items.forEach(function (item) {
      var row = rows[item.id] || (rows[item.id] = makeRow(list, item));
      row.li.className = item.mine ? "voted" : "";
      var parts = [];
      if (item.mine) { parts.push(say(words.mine, [item.mine])); }
      if (item.count !== null) { parts.push(say(words.count, [item.count])); }
      setText(row.counts, parts.join(" · "));
      setText(row.dots, "●".repeat(Math.min(item.mine, 12)));
      unavailable(row.minus, state.closed || !item.mine);
      unavailable(row.plus, state.closed || left === 0 || (state.one_per_card && item.mine > 0));
    });
    list.hidden = false;
    if (state.closed && stream) { stream.close(); stream = null; }
    tick();
  }
  function tick() {
    var timer = $("timer");
    if (!state || state.remaining === null || state.closed) { timer.hidden = true; return; }
    var left = Math.max(0, state.remaining - Math.floor((Date.now() - receivedAt) / 1000));
    var text = String(Math.floor(left / 60)).padStart(2, "0") + ":" + String(left % 60).padStart(2, "0");
    setText(timer, say(words.time_left, [text]));
    timer.className = left <= 30 ? "low" : "";
    timer.hidden = false;
    WARN_AT.forEach(function (mark) {  // the timer itself is silent: a screen reader hears the last minute and the last seconds
      if (left > mark) { warned[mark] = false; } else if (!warned[mark]) { warned[mark] = true; setText($("timer-alert"), timer.textContent); }
    });
  }
  setInterval(tick, 1000);

  $("code-form").addEventListener("submit", function (event) {
    event.preventDefault();
    fetch("/api/room", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ code: $("code").value }) })
      .then(function (r) { return r.json().then(function (d) { d.__status = r.status; return d; }); })
      .then(function (data) {
        if (data.__status !== 200) { message(data.error); return; }
        token = data.token; history.replaceState(null, "", "/?t=" + encodeURIComponent(token));
        $("code-form").hidden = true; message(""); start();
      }, function () { message(words.offline); });
  });
  $("join-form").addEventListener("submit", function (event) {
    event.preventDefault();
    join($("name").value, null);
  });

  function start() {
    var known = null;
    try { known = localStorage.getItem(key()); } catch (e) { known = null; }
    if (known) { join("", known); } else { showJoin(); }
  }
  $("title").textContent = document.title = room.title || words.title;
  if (token) { start(); } else { showCode(); }
}());
