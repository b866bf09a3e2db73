"""The one place the files the app reads at run time are found: icons, fonts, translations, user guides.

They ship inside the package (see pyproject.toml) and are found through `importlib.resources`, so a
wheel, an editable install and a bundled app all take the same path; a test checks the wheel holds
them. No Qt here: the PDF writer uses it too.

An icon name this module does not declare is a programming error and fails loudly. A declared file
that is missing at run time (a broken install) is reported once and the caller draws without it:
losing a symbol must never cost the user their window or their export.
"""

from __future__ import annotations

import atexit
import contextlib
import importlib.resources
import logging
from functools import lru_cache
from pathlib import Path

from cjdesigner.model.vocabulary import Channel, LaneKind

log = logging.getLogger(__name__)

ICON_PACKAGE = "cjdesigner.icons"  # edited in resources/icons
FONT_PACKAGE, FONT_FOLDER = "cjdesigner", "export/fonts"  # a folder of files, not the export layer: importing it would load it
TRANSLATION_PACKAGE, TRANSLATION_FOLDER = "cjdesigner", "translations"
GUIDE_PACKAGE, GUIDE_FOLDER = "cjdesigner", "guide"

LANE_ICONS = frozenset(f"lane-{kind.value}" for kind in LaneKind)
CHANNEL_ICONS = frozenset(f"channel-{channel.value}" for channel in Channel)
ICON_NAMES = LANE_ICONS | CHANNEL_ICONS | {
    "app", "card-add", "document-new", "document-open", "document-save", "document-save-as",
    "edit-copy", "edit-cut", "edit-delete", "edit-paste", "edit-redo", "edit-undo", "history",
    "journey-add", "lane-add", "persona-add", "search", "stage-add", "zoom-fit", "zoom-in", "zoom-out",
}

_extracted = contextlib.ExitStack()  # files unpacked from a zipped install live until exit
atexit.register(_extracted.close)


class UnknownIcon(KeyError):
    """A name no icon is declared for: a typo in the code, caught by the tests."""


class MissingResource(OSError):
    """A declared file the installed copy lacks; the message names the file and the install."""


def icon_file(name: str) -> Path:
    """The SVG file of icon `name`; raises UnknownIcon for an undeclared name, MissingResource for a missing file."""
    if name not in ICON_NAMES:
        raise UnknownIcon(f"no icon named {name!r}")
    return _file(ICON_PACKAGE, "", f"{name}.svg")


def font_file(name: str) -> Path:
    """A bundled font file (DejaVuSans.ttf, DejaVuSans-Bold.ttf); raises MissingResource if the install lacks it."""
    return _file(FONT_PACKAGE, FONT_FOLDER, name)


def translation_file(name: str) -> Path | None:
    """A compiled translation (`cjdesigner_fr.qm`), or None when this copy has none for that language."""
    try:
        return _file(TRANSLATION_PACKAGE, TRANSLATION_FOLDER, name)
    except MissingResource:
        return None


def guide_file(language: str) -> Path | None:
    """The user guide in `language` (`guide_fr.md`, its pictures beside it), or None when this copy lacks it."""
    try:
        return _file(GUIDE_PACKAGE, GUIDE_FOLDER, f"guide_{language}.md")
    except MissingResource:
        return None


def expected_location(font_name: str) -> Path:
    """Where a bundled font should be, to name it in a message when it is not there."""
    return Path(str(importlib.resources.files(FONT_PACKAGE))) / FONT_FOLDER / font_name


@lru_cache(maxsize=None)
def report_missing(name: str, reason: str) -> None:
    """Logs a missing file once per process, however often it is asked for."""
    log.warning("%s is left out: %s", name, reason)


@lru_cache(maxsize=None)
def _file(package: str, folder: str, name: str) -> Path:
    try:
        resource = importlib.resources.files(package)
    except ModuleNotFoundError:
        raise MissingResource(f"this installation of cjdesigner has no {package} folder") from None
    if folder:
        resource = resource / folder
    resource = resource / name
    if not resource.is_file():
        raise MissingResource(f"this installation of cjdesigner lacks {folder + '/' if folder else ''}{name} (in {package})")
    if isinstance(resource, Path):
        return resource
    return _extracted.enter_context(importlib.resources.as_file(resource))
