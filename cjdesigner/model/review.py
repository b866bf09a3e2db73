"""Who keeps a journey alive: its status, and when it is due for review.

Most maps die after the workshop because nobody reviews them: a project may say how often its
journeys are reviewed (every N months), and a journey whose next review has come is "due". The
rule lives here, below Qt, so the window's banner, the overview and its printed page agree.
"""

from __future__ import annotations

import calendar
from datetime import date
from enum import Enum
from typing import TYPE_CHECKING

from cjdesigner.i18n import QT_TRANSLATE_NOOP, in_language, translate

if TYPE_CHECKING:
    from cjdesigner.model.document import Journey, Project

MAX_REVIEW_MONTHS = 120


class JourneyStatus(str, Enum):
    """Where a journey stands in its life; an archived journey is never due for review."""

    DRAFT = "draft"
    VALIDATED = "validated"
    OUTDATED = "outdated"
    ARCHIVED = "archived"


JOURNEY_STATUS_TITLES: dict[JourneyStatus, str] = {
    JourneyStatus.DRAFT: QT_TRANSLATE_NOOP("journey status", "Draft"),
    JourneyStatus.VALIDATED: QT_TRANSLATE_NOOP("journey status", "Validated"),
    JourneyStatus.OUTDATED: QT_TRANSLATE_NOOP("journey status", "Outdated"),
    JourneyStatus.ARCHIVED: QT_TRANSLATE_NOOP("journey status", "Archived"),
}


def status_title(status: JourneyStatus, language: str | None = None) -> str:
    """The status in `language` ("fr", "en"), the interface's when None."""
    text = JOURNEY_STATUS_TITLES[status]
    return translate("journey status", text) if language is None else in_language(language, "journey status", text)


def add_months(day: date, months: int) -> date:
    """The same day `months` later; a day the shorter month lacks (31 March + 1) becomes its last."""
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def next_review(journey: Journey, every_months: int | None) -> date | None:
    """The day the journey is next to be reviewed: the one set on it, or else its last review
    plus the project's interval; None when neither says."""
    if journey.next_review is not None:
        return journey.next_review
    if journey.last_review is not None and every_months:
        return add_months(journey.last_review, every_months)
    return None


def is_due(journey: Journey, day: date, every_months: int | None) -> bool:
    if journey.status is JourneyStatus.ARCHIVED:
        return False
    when = next_review(journey, every_months)
    return when is not None and when <= day


def due_for_review(project: Project, day: date) -> list[Journey]:
    """The journeys due for review on `day`, in the project's order."""
    return [j for j in project.journeys if is_due(j, day, project.review_every_months)]
