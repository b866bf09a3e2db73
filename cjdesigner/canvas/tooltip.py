"""The tooltip of a card: its text, notes, evidence (quote, source, link), confidence, the goal it
serves (in full: the card shows it cut to one line) and owner."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cjdesigner.model.document import Card
from cjdesigner.model.vocabulary import CONFIDENCE_TITLES, Language


def card_tooltip(card: Card, language: Language, sub_journey: str = "") -> str:
    """`sub_journey`: the title of the journey the card opens, if it opens one."""
    parts = [f"<b>{_html(card.text)}</b>"]
    if card.notes:
        parts.append(_html(card.notes))
    for evidence in card.evidence:
        quote = _html(_quoted(evidence.text)) if evidence.text else ""
        source = f" — {_html(evidence.source)}" if evidence.source else ""
        link = f"<br><i>{_html(evidence.link)}</i>" if evidence.link else ""
        parts.append(f"{quote}{source}{link}")
    if card.confidence:
        parts.append(f"<i>{_html(CONFIDENCE_TITLES[card.confidence][language])}</i>")
    if card.goal:
        parts.append(_html(QCoreApplication.translate("CardTooltip", "Goal: %1").replace("%1", card.goal)))
    if card.owner:
        parts.append(_html(card.owner))
    if card.sub_journey_id:
        said = QCoreApplication.translate("CardTooltip", "↳ Opens the sub-journey “%1” (click ↳, or Alt+Down)")
        parts.append(_html(said.replace("%1", sub_journey)))
    return "<br>".join(parts)


def _quoted(text: str) -> str:
    """A quote between « », unless the user already wrote it between quotation marks."""
    text = text.strip()
    if text[:1] in "«“\"'‘" and text[-1:] in "»”\"'’":
        return text
    return f"« {text} »"


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
