"""The words the PDF prints around the user's own text, in the map's language."""

from __future__ import annotations

from datetime import date

from cjdesigner.i18n import QT_TRANSLATE_NOOP, MapWord, MapWordList, map_words
from cjdesigner.model.vocabulary import Language

WORDS: dict[str, MapWord] = map_words("pdf words", {
    "page": QT_TRANSLATE_NOOP("pdf words", "Page {number} of"),
    "sheet": QT_TRANSLATE_NOOP("pdf words", "Sheet {label}: row {row} of {rows}, column {column} of {columns}"),
    "assembly": QT_TRANSLATE_NOOP("pdf words", "Assembly plan"),
    "assembly_help": QT_TRANSLATE_NOOP("pdf words", "{count} sheets of {paper} at {scale} %, {rows} rows × {columns} columns. Neighbouring sheets share {overlap} mm of the map: trim each sheet along its cut marks on the left and top edges, then lay it over the sheet before it."),
    "personas": QT_TRANSLATE_NOOP("pdf words", "Personas"),
    "goals": QT_TRANSLATE_NOOP("pdf words", "Goals"),
    "frustrations": QT_TRANSLATE_NOOP("pdf words", "Frustrations"),
    "emotions": QT_TRANSLATE_NOOP("pdf words", "Emotions along the journey"),
    "summary": QT_TRANSLATE_NOOP("pdf words", "Pain points and opportunities by stage"),
    "summary_help": QT_TRANSLATE_NOOP("pdf words", "Ranked by severity, then by votes."),
    "pain_points": QT_TRANSLATE_NOOP("pdf words", "Pain points"),
    "opportunities": QT_TRANSLATE_NOOP("pdf words", "Opportunities"),
    "no_pain_points": QT_TRANSLATE_NOOP("pdf words", "None."),
    "severity": QT_TRANSLATE_NOOP("pdf words", "severity {value}/5"),
    "votes": QT_TRANSLATE_NOOP("pdf words", "{value} votes"),
    "vote": QT_TRANSLATE_NOOP("pdf words", "1 vote"),
    "cards": QT_TRANSLATE_NOOP("pdf words", "{value} cards"),
    "matrix": QT_TRANSLATE_NOOP("pdf words", "Impact/effort matrix"),
    "matrix_help": QT_TRANSLATE_NOOP("pdf words", "Each dot is an opportunity, placed by its impact and effort (1 to 5): its size shows its votes, its colour and mark its status."),
    "backlog": QT_TRANSLATE_NOOP("pdf words", "Backlog of opportunities"),
    "backlog_help": QT_TRANSLATE_NOOP("pdf words", "Ranked by impact ÷ effort, then by the weight of the pain points answered, then by votes."),
    "continued": QT_TRANSLATE_NOOP("pdf words", "(continued)"),
})
# "None." of the opportunities: French says it in the feminine.
WORDS |= map_words("pdf words, opportunities", {"no_opportunities": QT_TRANSLATE_NOOP("pdf words, opportunities", "None.")})

MONTHS = MapWordList("months", (
    QT_TRANSLATE_NOOP("months", "January"),
    QT_TRANSLATE_NOOP("months", "February"),
    QT_TRANSLATE_NOOP("months", "March"),
    QT_TRANSLATE_NOOP("months", "April"),
    QT_TRANSLATE_NOOP("months", "May"),
    QT_TRANSLATE_NOOP("months", "June"),
    QT_TRANSLATE_NOOP("months", "July"),
    QT_TRANSLATE_NOOP("months", "August"),
    QT_TRANSLATE_NOOP("months", "September"),
    QT_TRANSLATE_NOOP("months", "October"),
    QT_TRANSLATE_NOOP("months", "November"),
    QT_TRANSLATE_NOOP("months", "December"),
))


def word(key: str, language: Language, **values: object) -> str:
    return WORDS[key][language].format(**values)


def long_date(day: date, language: Language) -> str:
    return f"{day.day} {MONTHS[language][day.month - 1]} {day.year}"
