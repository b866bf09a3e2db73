"""The phone page's words, said in the map's language (the room reads the map's language, not the
facilitator's interface). The page receives them as data and shows them as they come."""

from __future__ import annotations

from cjdesigner.i18n import QT_TRANSLATE_NOOP, arg, in_language

CONTEXT = "phones"

PAGE_WORDS = {
    "title": QT_TRANSLATE_NOOP("phones", "Dot voting"),
    "code_label": QT_TRANSLATE_NOOP("phones", "Room code (6 characters, on the projector)"),
    "code_button": QT_TRANSLATE_NOOP("phones", "Enter the room"),
    "name_label": QT_TRANSLATE_NOOP("phones", "Your name"),
    "name_optional": QT_TRANSLATE_NOOP("phones", "Your name (or leave empty to stay anonymous)"),
    "join": QT_TRANSLATE_NOOP("phones", "Join the vote"),
    "anonymous_note": QT_TRANSLATE_NOOP("phones", "This round is anonymous: nobody sees who voted what."),
    "left": QT_TRANSLATE_NOOP("phones", "Dots left: %1 of %2"),
    "unlimited": QT_TRANSLATE_NOOP("phones", "Dots placed: %1"),
    "add": QT_TRANSLATE_NOOP("phones", "Add a dot to “%1”"),
    "remove": QT_TRANSLATE_NOOP("phones", "Take a dot back from “%1”"),
    "mine": QT_TRANSLATE_NOOP("phones", "your dots: %1"),
    "count": QT_TRANSLATE_NOOP("phones", "all dots: %1"),
    "hidden": QT_TRANSLATE_NOOP("phones", "Counts stay hidden until the facilitator reveals them."),
    "time_left": QT_TRANSLATE_NOOP("phones", "Time left: %1"),
    "closed": QT_TRANSLATE_NOOP("phones", "The round is closed. Thank you!"),
    "offline": QT_TRANSLATE_NOOP("phones", "Connection lost; your dots are kept. Trying again…"),
}

REFUSALS = {
    "no_token": QT_TRANSLATE_NOOP("phones", "This page needs the room’s address from the QR code, or its room code."),
    "bad_code": QT_TRANSLATE_NOOP("phones", "This room code is not the one on the projector."),
    "not_in_round": QT_TRANSLATE_NOOP("phones", "This card is not part of the round."),
    "not_joined": QT_TRANSLATE_NOOP("phones", "Join the round first."),
    "name_needed": QT_TRANSLATE_NOOP("phones", "This round asks for your name."),
    "closed": QT_TRANSLATE_NOOP("phones", "The round is closed."),
    "time_up": QT_TRANSLATE_NOOP("phones", "Time is up: the round takes no more dots."),
    "too_fast": QT_TRANSLATE_NOOP("phones", "Too many requests at once; wait a moment."),
    "bad_request": QT_TRANSLATE_NOOP("phones", "The request was not understood."),
    "too_large": QT_TRANSLATE_NOOP("phones", "The request is too large."),
    "outside": QT_TRANSLATE_NOOP("phones", "Only devices on the room’s local network may vote."),
    "busy": QT_TRANSLATE_NOOP("phones", "Too many phones are connected."),
}

ANONYMOUS = QT_TRANSLATE_NOOP("phones", "Phone %1")


def page_words(language: str) -> dict[str, str]:
    return {key: in_language(language, CONTEXT, text) for key, text in PAGE_WORDS.items()}


def refusal(language: str, key: str) -> str:
    return in_language(language, CONTEXT, REFUSALS[key])


def anonymous_name(language: str, number: int) -> str:
    return arg(in_language(language, CONTEXT, ANONYMOUS), number)
