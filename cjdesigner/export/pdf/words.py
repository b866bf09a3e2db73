"""The words the PDF prints around the user's own text, in the map's language."""

from __future__ import annotations

from datetime import date

from cjdesigner.model.vocabulary import Language

WORDS: dict[str, dict[Language, str]] = {
    "page": {Language.EN: "Page {number} of", Language.FR: "Page {number} sur"},
    "sheet": {
        Language.EN: "Sheet {label}: row {row} of {rows}, column {column} of {columns}",
        Language.FR: "Feuille {label} : ligne {row} sur {rows}, colonne {column} sur {columns}",
    },
    "assembly": {Language.EN: "Assembly plan", Language.FR: "Plan d'assemblage"},
    "assembly_help": {
        Language.EN: (
            "{count} sheets of {paper} at {scale} %, {rows} rows × {columns} columns. Neighbouring sheets share "
            "{overlap} mm of the map: trim each sheet along its cut marks on the left and top edges, "
            "then lay it over the sheet before it."
        ),
        Language.FR: (
            "{count} feuilles {paper} à {scale} %, {rows} lignes × {columns} colonnes. Les feuilles voisines "
            "partagent {overlap} mm de la carte : coupez chaque feuille le long des traits de coupe à gauche "
            "et en haut, puis posez-la sur la feuille précédente."
        ),
    },
    "personas": {Language.EN: "Personas", Language.FR: "Personas"},
    "goals": {Language.EN: "Goals", Language.FR: "Objectifs"},
    "frustrations": {Language.EN: "Frustrations", Language.FR: "Frustrations"},
    "emotions": {Language.EN: "Emotions along the journey", Language.FR: "Émotions au fil du parcours"},
    "summary": {
        Language.EN: "Pain points and opportunities by stage",
        Language.FR: "Points de douleur et opportunités par étape",
    },
    "summary_help": {
        Language.EN: "Ranked by severity, then by votes.",
        Language.FR: "Classés par gravité, puis par votes.",
    },
    "pain_points": {Language.EN: "Pain points", Language.FR: "Points de douleur"},
    "opportunities": {Language.EN: "Opportunities", Language.FR: "Opportunités"},
    "no_pain_points": {Language.EN: "None.", Language.FR: "Aucun."},
    "no_opportunities": {Language.EN: "None.", Language.FR: "Aucune."},
    "severity": {Language.EN: "severity {value}/5", Language.FR: "gravité {value}/5"},
    "votes": {Language.EN: "{value} votes", Language.FR: "{value} votes"},
    "vote": {Language.EN: "1 vote", Language.FR: "1 vote"},
    "cards": {Language.EN: "{value} cards", Language.FR: "{value} cartes"},
    "matrix": {Language.EN: "Impact/effort matrix", Language.FR: "Matrice impact/effort"},
    "matrix_help": {
        Language.EN: "Each dot is an opportunity, placed by its impact and effort (1 to 5): its size shows its votes, its colour and mark its status.",
        Language.FR: "Chaque point est une opportunité, placée selon son impact et son effort (de 1 à 5) : sa taille montre ses votes, sa couleur et sa marque son statut.",
    },
    "backlog": {Language.EN: "Backlog of opportunities", Language.FR: "Backlog des opportunités"},
    "backlog_help": {
        Language.EN: "Ranked by impact ÷ effort, then by the weight of the pain points answered, then by votes.",
        Language.FR: "Classées par impact ÷ effort, puis par le poids des points de douleur traités, puis par votes.",
    },
    "continued": {Language.EN: "(continued)", Language.FR: "(suite)"},
}

MONTHS = {
    Language.EN: "January February March April May June July August September October November December".split(),
    Language.FR: "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
}


def word(key: str, language: Language, **values: object) -> str:
    return WORDS[key][language].format(**values)


def long_date(day: date, language: Language) -> str:
    return f"{day.day} {MONTHS[language][day.month - 1]} {day.year}"
