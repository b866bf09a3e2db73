"""The phones' web server: aiohttp in a thread of its own with its own asyncio loop, listening only
while a round is open. The window talks to it through `PhoneServer`'s methods (each runs in the
server's loop and waits for its answer); the server tells the window through `on_change`, called in
the server's thread, which the window turns into a queued Qt signal.

Every API request carries the room's token (`t`); a phone's requests also carry its own (`p`).
Requests are small, rate-limited, and only from the local network; the page carries no resource
from anywhere else.
"""

from __future__ import annotations

import asyncio
import ipaddress
import json
import threading
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

from aiohttp import web

from cjdesigner.model.document import VotingRound
from cjdesigner.phones import tokens, words
from cjdesigner.phones.ballot import Ballot
from cjdesigner.phones.limits import RateLimit

MAX_REQUEST = 4096  # bytes of a request's body: a name and a card id fit many times over
MAX_STREAMS = 400  # open event streams (a phone keeps one)
MAX_CONNECTIONS = 512  # open connections in all: far below a laptop's usual 1,024 open files
MAX_PER_DEVICE = 32  # open connections from one device of the room (a browser opens at most 6)
IDLE_SECONDS = 20.0  # a connection that sends no whole request in this time is closed
SIDE_FILE_EVERY = 0.5  # seconds between two writes of the open round's dots, when they changed
HEADERS = {
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
}
STATIC = {"phone.js": "text/javascript", "phone.css": "text/css"}


def page_file(name: str) -> str:
    return resources.files("cjdesigner.phones").joinpath("page", name).read_text(encoding="utf-8")


def local_peer(address: str | None) -> bool:
    """Loopback, private (RFC 1918, unique local), link-local or a hotspot's shared range (RFC 6598):
    a device in the room; no address of the internet."""
    try:
        ip = ipaddress.ip_address((address or "").split("%")[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return not ip.is_global and not ip.is_multicast and not ip.is_unspecified


class PhoneServer:
    def __init__(self, ballot: Ballot, host: str = "0.0.0.0", port: int = 0, on_change: Callable[[dict[str, Any]], None] | None = None,
                 side_file: Path | None = None) -> None:
        self.ballot = ballot
        self.host = host
        self.port = port
        self.token = tokens.new_token()
        self.code = tokens.new_code()
        self.on_change = on_change or (lambda summary: None)
        self.side_file = side_file
        self.listening = False
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self._stop: asyncio.Event | None = None
        self._changed: asyncio.Condition | None = None
        self._streams = 0
        self._open: dict[Any, Any] = {}
        self._written = -1
        self.phone_limit = RateLimit(burst=20, per_second=8)
        self.join_limit = RateLimit(burst=120, per_second=4)
        self.code_limit = RateLimit(burst=8, per_second=0.2)
        self.room_code_limit = RateLimit(burst=40, per_second=0.5)  # all devices together: many addresses guess no faster
        self.idle_seconds = IDLE_SECONDS
        room = {"naming": ballot.round.naming, "title": ballot.round.name}
        page = page_file("index.html").replace("{{lang}}", ballot.language).replace("{{words}}", _script_json(words.page_words(ballot.language)))
        self._page = page.replace("{{room}}", _script_json(room))

    # --- the window's side -----------------------------------------------------------------------

    def start(self, timeout: float = 10.0) -> None:
        """Starts listening; returns once the page answers, raises OSError when it cannot."""
        self._thread = threading.Thread(target=self._run, name="phone-voting", daemon=True)
        self._thread.start()
        if not self._ready.wait(timeout):
            raise OSError("the voting server did not start in time")
        if self._error is not None:
            raise self._error

    def address(self, host: str | None = None) -> str:
        return f"http://{host or self.host}:{self.port}/"

    def voting_url(self, host: str | None = None) -> str:
        return f"{self.address(host)}?t={self.token}"

    def call(self, action: Callable[[], Any]) -> Any:
        """Runs `action` in the server's thread (the ballot is its alone) and returns its result."""
        loop = self._loop
        if loop is None or not self.listening:
            return None

        async def run() -> Any:
            result = action()
            await self._announce()
            return result

        return asyncio.run_coroutine_threadsafe(run(), loop).result(10)

    def reveal(self) -> None:
        self.call(self.ballot.reveal)

    def set_deadline(self, seconds: float | None) -> None:
        self.call(lambda: self.ballot.set_deadline(seconds))

    def close(self) -> VotingRound:
        """Closes the round and stops listening; returns the finished round (its side file stays
        until the window has recorded it, then `forget_side_file`)."""
        finished = self.call(self.ballot.close) if self.listening else self.ballot.round.model_copy(deep=True)
        self.stop()
        return finished

    def stop(self) -> None:
        loop, stop = self._loop, self._stop
        if loop is not None and stop is not None and self.listening:
            loop.call_soon_threadsafe(stop.set)
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(10)
        self.listening = False

    def open_connections(self) -> int:
        """How many connections are open now, the half-finished ones included."""
        return len(self._open)

    def forget_side_file(self) -> None:
        if self.side_file is not None:
            try:
                self.side_file.unlink()
            except OSError:
                pass

    # --- the server's thread ------------------------------------------------------------------

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            loop.run_until_complete(self._serve())
        except BaseException as error:  # told to the window through start()
            self._error = error if isinstance(error, OSError) else OSError(str(error))
            self._ready.set()
        finally:
            loop.close()

    async def _serve(self) -> None:
        self._stop = asyncio.Event()
        self._changed = asyncio.Condition()
        app = web.Application(client_max_size=MAX_REQUEST, middlewares=[self._guard])
        app.router.add_get("/", self._index)
        app.router.add_get("/phone.js", self._static)
        app.router.add_get("/phone.css", self._static)
        app.router.add_post("/api/room", self._room)
        app.router.add_post("/api/join", self._join)
        app.router.add_get("/api/state", self._state)
        app.router.add_post("/api/vote", self._vote)
        app.router.add_get("/api/events", self._events)
        runner = web.AppRunner(app, access_log=None, handle_signals=False, shutdown_timeout=1.0, keepalive_timeout=self.idle_seconds)
        await runner.setup()
        _admit_within_limits(runner.server)
        self._open = runner.server._connections if runner.server is not None else {}  # aiohttp's table of open connections
        site = web.TCPSite(runner, self.host, self.port, backlog=256, reuse_address=True)
        await site.start()
        server = getattr(site, "_server", None)
        if server is not None and server.sockets:
            self.port = server.sockets[0].getsockname()[1]
        self.listening = True
        self._ready.set()
        writer = asyncio.ensure_future(self._keep_side_file())
        try:
            await self._stop.wait()
        finally:
            self.listening = False
            writer.cancel()
            self._write_side_file()
            async with self._changed:
                self._changed.notify_all()
            await runner.cleanup()

    @web.middleware
    async def _guard(self, request: web.Request, handler: Callable) -> web.StreamResponse:
        language = self.ballot.language
        if not local_peer(request.remote):
            return _refuse(403, words.refusal(language, "outside"))
        if request.content_length is not None and request.content_length > MAX_REQUEST:
            return _refuse(413, words.refusal(language, "too_large"))
        if len(request.query_string) > 512:
            return _refuse(414, words.refusal(language, "too_large"))
        if request.path.startswith("/api/") and request.path != "/api/room" and not tokens.same(request.query.get("t"), self.token):
            return _refuse(403, words.refusal(language, "no_token"))
        try:
            response = await handler(request)
        except web.HTTPRequestEntityTooLarge:
            return _refuse(413, words.refusal(language, "too_large"))
        except web.HTTPException as error:
            return _refuse(error.status, words.refusal(language, "bad_request"))
        except Exception:  # a request no rule foresaw: the phone is told, the round goes on
            return _refuse(500, words.refusal(language, "bad_request"))
        for name, value in HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    async def _index(self, request: web.Request) -> web.Response:
        return web.Response(text=self._page, content_type="text/html", charset="utf-8")

    async def _static(self, request: web.Request) -> web.Response:
        name = request.path.lstrip("/")
        return web.Response(text=page_file(name), content_type=STATIC[name], charset="utf-8")

    async def _room(self, request: web.Request) -> web.Response:
        """The room code typed on a phone, exchanged for the room's token; guesses are slowed."""
        if not self.code_limit.allow(request.remote or "") or not self.room_code_limit.allow("room"):
            return _refuse(429, words.refusal(self.ballot.language, "too_fast"))
        body = await _body(request)
        if body is None or not tokens.same(tokens.normal_code(body.get("code")), self.code):
            return _refuse(403, words.refusal(self.ballot.language, "bad_code"))
        return web.json_response({"token": self.token})

    async def _join(self, request: web.Request) -> web.Response:
        if not self.join_limit.allow(request.remote or ""):
            return _refuse(429, words.refusal(self.ballot.language, "too_fast"))
        body = await _body(request)
        if body is None:
            return _refuse(400, words.refusal(self.ballot.language, "bad_request"))
        joined = self.ballot.join(body.get("name", ""), body.get("phone"))
        if isinstance(joined, str):
            return _refuse(409, joined)
        phone, _name = joined
        await self._announce()
        return web.json_response({"phone": phone, "state": self.ballot.state(phone)})

    async def _state(self, request: web.Request) -> web.Response:
        phone = request.query.get("p", "")
        if phone not in self.ballot.phones:
            return _refuse(403, words.refusal(self.ballot.language, "not_joined"))
        return web.json_response(self.ballot.state(phone))

    async def _vote(self, request: web.Request) -> web.Response:
        phone = request.query.get("p", "")
        if phone not in self.ballot.phones:
            return _refuse(403, words.refusal(self.ballot.language, "not_joined"))
        if not self.phone_limit.allow(phone):
            return _refuse(429, words.refusal(self.ballot.language, "too_fast"))
        body = await _body(request)
        if body is None:
            return _refuse(400, words.refusal(self.ballot.language, "bad_request"))
        refused = self.ballot.vote(phone, body.get("card"), body.get("step"))
        if refused is not None:
            return web.json_response({"error": refused, "state": self.ballot.state(phone)}, status=409)
        await self._announce()
        return web.json_response(self.ballot.state(phone))

    async def _events(self, request: web.Request) -> web.StreamResponse:
        """Server-sent events: the phone's state each time the room changes, and a comment every
        15 s so that a phone notices a dropped connection and comes back with its token."""
        phone = request.query.get("p", "")
        if phone not in self.ballot.phones:
            return _refuse(403, words.refusal(self.ballot.language, "not_joined"))
        if self._streams >= MAX_STREAMS:
            return _refuse(503, words.refusal(self.ballot.language, "busy"))
        self._streams += 1
        try:
            response = web.StreamResponse(headers={"Content-Type": "text/event-stream", **HEADERS})
            await response.prepare(request)
            seen = -1
            assert self._changed is not None
            while self.listening:
                if seen != self.ballot.version:
                    seen = self.ballot.version
                    await response.write(b"data: " + json.dumps(self.ballot.state(phone)).encode() + b"\n\n")
                    if self.ballot.closed:
                        break
                    continue  # the room may have changed while this was written
                try:
                    async with self._changed:
                        await asyncio.wait_for(self._changed.wait(), 15)
                except asyncio.TimeoutError:
                    await response.write(b": still here\n\n")
            return response
        except ConnectionError:  # the phone went away (asleep, out of range): it comes back with its token
            return web.Response(status=204)
        finally:
            self._streams -= 1

    async def _announce(self) -> None:
        assert self._changed is not None
        async with self._changed:
            self._changed.notify_all()
        self.on_change(self.ballot.summary())

    async def _keep_side_file(self) -> None:
        while True:
            await asyncio.sleep(SIDE_FILE_EVERY)
            self._write_side_file()

    def _write_side_file(self) -> None:
        """The open round's dots beside the map's journal, so that a crash loses at most the last
        half second of the room's votes (`io/journal.py` reads it back on recovery)."""
        if self.side_file is None or self._written == self.ballot.version:
            return
        from cjdesigner.io.phone_round import write_open_round

        try:
            write_open_round(self.side_file, self.ballot.journey_id, self.ballot.round)
            self._written = self.ballot.version
        except OSError:
            pass  # the next tick tries again; the round itself is in memory


def _admit_within_limits(server: web.Server | None) -> None:
    """Connections beyond MAX_CONNECTIONS, or beyond MAX_PER_DEVICE from one device, are closed as
    they open: a hostile phone opening thousands of half-finished requests (slowloris) cannot use
    up the laptop's open files, which its journal and its saves need. The laptop itself (loopback:
    tests and scripts simulating a whole room) is bound by the total alone."""
    if server is None:
        return
    admit = server.connection_made
    connections: dict[Any, asyncio.Transport] = server._connections  # aiohttp's own table of open connections

    def connection_made(handler: Any, transport: asyncio.Transport) -> None:
        device = _device(transport)
        same = sum(1 for t in connections.values() if _device(t) == device) if device not in ("127.0.0.1", "::1") else 0
        admit(handler, transport)
        if len(connections) > MAX_CONNECTIONS or same >= MAX_PER_DEVICE:
            # closed once aiohttp has started reading it (the step after this one), which it asserts
            loop = asyncio.get_running_loop()
            loop.call_soon(loop.call_soon, transport.abort)

    server.connection_made = connection_made  # type: ignore[method-assign]


def _device(transport: asyncio.BaseTransport) -> str:
    peer = transport.get_extra_info("peername")
    return str(peer[0]) if isinstance(peer, tuple) and peer else ""


async def _body(request: web.Request) -> dict[str, Any] | None:
    try:
        data = await request.json(loads=json.loads)
    except (ValueError, UnicodeDecodeError, RecursionError):  # RecursionError: "[[[[…" nested thousands deep
        return None
    return data if isinstance(data, dict) else None


def _refuse(status: int, sentence: str) -> web.Response:
    response = web.json_response({"error": sentence}, status=status)
    for name, value in HEADERS.items():
        response.headers[name] = value
    return response


def _script_json(data: dict[str, object]) -> str:
    """JSON safe inside a <script type="application/json"> element."""
    return json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
