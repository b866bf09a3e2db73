"""The room's secrets: a long token carried by the QR code's address, a 6-character code a person
can type from the projector, and one token per phone. Compared in constant time."""

from __future__ import annotations

import hmac
import secrets

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read from the back of a room
CODE_LENGTH = 6


def new_token() -> str:
    return secrets.token_urlsafe(18)


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def same(given: object, expected: str) -> bool:
    return isinstance(given, str) and len(given) < 200 and hmac.compare_digest(given.encode(), expected.encode())


def normal_code(given: object) -> str:
    """What a person typed as the room code, without spaces and case: 'k7p 3qx' is 'K7P3QX'."""
    return "".join(str(given).split()).upper()[:20] if isinstance(given, str) else ""
