"""Voting from the room's phones: a small web server on the laptop, alive only while a phone round
is open, serving one page (no third-party resource) and a JSON API that every request reaches with
the room's token. Pure Python and asyncio in its own thread; the window hears from it through a
callback it turns into a queued Qt signal. aiohttp and segno are imported only when a round starts.
"""
