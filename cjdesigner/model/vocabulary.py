"""The fixed vocabulary of a journey map: lane kinds, sentiments, channels, confidence levels.

Values are stable English identifiers written into files; what a person reads comes from the
title tables here (French and English), so a file never changes when the interface language does.
"""

from __future__ import annotations

from enum import Enum


class Language(str, Enum):
    FR = "fr"
    EN = "en"


class LaneKind(str, Enum):
    ACTIONS = "actions"
    TOUCHPOINTS = "touchpoints"
    THOUGHTS = "thoughts"
    EMOTIONS = "emotions"
    PAIN_POINTS = "pain_points"
    OPPORTUNITIES = "opportunities"
    GOALS = "goals"
    METRICS = "metrics"
    BACKSTAGE = "backstage"
    NOTES = "notes"
    # Service blueprint lanes.
    PHYSICAL_EVIDENCE = "physical_evidence"
    FRONTSTAGE = "frontstage"
    SUPPORT_PROCESSES = "support_processes"
    # Ideas captured during a workshop, to sort into the map later.
    PARKING_LOT = "parking_lot"


LANE_TITLES: dict[LaneKind, dict[Language, str]] = {
    LaneKind.ACTIONS: {Language.EN: "Actions", Language.FR: "Actions"},
    LaneKind.TOUCHPOINTS: {Language.EN: "Touchpoints", Language.FR: "Points de contact"},
    LaneKind.THOUGHTS: {Language.EN: "Thoughts", Language.FR: "Pensées"},
    LaneKind.EMOTIONS: {Language.EN: "Emotions", Language.FR: "Émotions"},
    LaneKind.PAIN_POINTS: {Language.EN: "Pain points", Language.FR: "Points de douleur"},
    LaneKind.OPPORTUNITIES: {Language.EN: "Opportunities", Language.FR: "Opportunités"},
    LaneKind.GOALS: {Language.EN: "Goals", Language.FR: "Objectifs"},
    LaneKind.METRICS: {Language.EN: "Metrics and KPIs", Language.FR: "Indicateurs"},
    LaneKind.BACKSTAGE: {Language.EN: "Backstage", Language.FR: "Coulisses"},
    LaneKind.NOTES: {Language.EN: "Notes", Language.FR: "Notes"},
    LaneKind.PHYSICAL_EVIDENCE: {Language.EN: "Physical evidence", Language.FR: "Preuves physiques"},
    LaneKind.FRONTSTAGE: {Language.EN: "Frontstage", Language.FR: "Front-office"},
    LaneKind.SUPPORT_PROCESSES: {Language.EN: "Support processes", Language.FR: "Processus de support"},
    LaneKind.PARKING_LOT: {Language.EN: "Parking lot", Language.FR: "Idées à trier"},
}

# Extra names people write in spreadsheets for a lane kind (compared after folding case and accents).
LANE_SYNONYMS: dict[LaneKind, tuple[str, ...]] = {
    LaneKind.ACTIONS: ("action", "doing", "customer actions", "actions client", "actions du client"),
    LaneKind.TOUCHPOINTS: ("touchpoint", "touch points", "channels", "canaux", "point de contact"),
    LaneKind.THOUGHTS: ("thinking", "pensee", "ce qu'il pense"),
    LaneKind.EMOTIONS: ("emotion", "feelings", "ressenti"),
    LaneKind.PAIN_POINTS: ("pain point", "pains", "irritants", "frictions", "point de douleur", "points de friction"),
    LaneKind.OPPORTUNITIES: ("opportunity", "opportunite", "ideas", "idees", "pistes d'amelioration"),
    LaneKind.GOALS: ("goal", "objectif", "buts"),
    LaneKind.METRICS: ("metrics", "kpi", "kpis", "indicateurs cles", "funnel", "conversion funnel", "entonnoir", "entonnoir de conversion"),
    LaneKind.BACKSTAGE: ("back office", "back-office", "backstage actions", "actions en coulisses"),
    LaneKind.NOTES: ("note", "comments", "commentaires"),
    LaneKind.PHYSICAL_EVIDENCE: ("evidence", "props", "preuves"),
    LaneKind.FRONTSTAGE: ("frontstage actions", "front office", "actions visibles"),
    LaneKind.SUPPORT_PROCESSES: ("support", "processus support", "processus de soutien"),
    LaneKind.PARKING_LOT: ("parking", "parking lot", "ideas to sort", "a trier", "idees en vrac"),
}

LANE_COLOURS: dict[LaneKind, str] = {
    LaneKind.ACTIONS: "#DCEBFA",
    LaneKind.TOUCHPOINTS: "#E3E7FB",
    LaneKind.THOUGHTS: "#F1E6FA",
    LaneKind.EMOTIONS: "#FFF6D6",
    LaneKind.PAIN_POINTS: "#FADBD8",
    LaneKind.OPPORTUNITIES: "#D9F2E3",
    LaneKind.GOALS: "#E0F4F7",
    LaneKind.METRICS: "#ECEFF1",
    LaneKind.BACKSTAGE: "#EDE7E1",
    LaneKind.NOTES: "#FFFDE7",
    LaneKind.PHYSICAL_EVIDENCE: "#F3EFE6",
    LaneKind.FRONTSTAGE: "#DDEFF0",
    LaneKind.SUPPORT_PROCESSES: "#E8E8E8",
    LaneKind.PARKING_LOT: "#FFE9C7",
}


class Sentiment(str, Enum):
    POSITIVE = "positive"
    NEUTRAL = "neutral"
    NEGATIVE = "negative"


SENTIMENT_NAMES: dict[Sentiment, tuple[str, ...]] = {
    Sentiment.POSITIVE: ("positive", "positif", "+"),
    Sentiment.NEUTRAL: ("neutral", "neutre", "0"),
    Sentiment.NEGATIVE: ("negative", "negatif", "-"),
}


class Channel(str, Enum):
    WEB = "web"
    MOBILE_APP = "mobile_app"
    EMAIL = "email"
    PHONE = "phone"
    SMS = "sms"
    CHAT = "chat"
    SOCIAL = "social"
    STORE = "store"
    MAIL = "mail"
    OTHER = "other"


CHANNEL_NAMES: dict[Channel, tuple[str, ...]] = {
    Channel.WEB: ("web", "website", "site web", "site", "internet"),
    Channel.MOBILE_APP: ("mobile app", "mobile_app", "app", "application", "appli", "application mobile", "appli mobile"),
    Channel.EMAIL: ("email", "e-mail", "courriel", "mel"),
    Channel.PHONE: ("phone", "telephone", "tel", "call"),
    Channel.SMS: ("sms", "texto", "text message", "texte message", "message texte"),
    Channel.CHAT: ("chat", "live chat", "tchat", "messagerie"),
    Channel.SOCIAL: ("social", "social media", "reseaux sociaux", "reseau social"),
    Channel.STORE: ("store", "shop", "magasin", "boutique", "point de vente"),
    Channel.MAIL: ("mail", "post", "letter", "courrier", "courrier postal"),
    Channel.OTHER: ("other", "autre"),
}


class Confidence(str, Enum):
    ASSUMPTION = "assumption"
    PARTLY_BACKED = "partly_backed"
    VALIDATED = "validated"


CONFIDENCE_TITLES: dict[Confidence, dict[Language, str]] = {
    Confidence.ASSUMPTION: {Language.EN: "Assumption", Language.FR: "Hypothèse"},
    Confidence.PARTLY_BACKED: {Language.EN: "Partly backed", Language.FR: "En partie étayé"},
    Confidence.VALIDATED: {Language.EN: "Validated", Language.FR: "Validé"},
}

class OpportunityStatus(str, Enum):
    """Where an opportunity stands; a card with none counts as open."""

    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


STATUS_TITLES: dict[OpportunityStatus, dict[Language, str]] = {
    OpportunityStatus.OPEN: {Language.EN: "Open", Language.FR: "Ouverte"},
    OpportunityStatus.IN_PROGRESS: {Language.EN: "In progress", Language.FR: "En cours"},
    OpportunityStatus.DONE: {Language.EN: "Done", Language.FR: "Faite"},
    OpportunityStatus.DROPPED: {Language.EN: "Dropped", Language.FR: "Abandonnée"},
}

STATUS_NAMES: dict[OpportunityStatus, tuple[str, ...]] = {
    OpportunityStatus.OPEN: ("open", "ouverte", "ouvert", "a faire", "to do", "todo"),
    OpportunityStatus.IN_PROGRESS: ("in progress", "in_progress", "en cours", "doing"),
    OpportunityStatus.DONE: ("done", "faite", "fait", "termine", "terminee"),
    OpportunityStatus.DROPPED: ("dropped", "abandonnee", "abandonne", "abandon"),
}


# The five steps of the emotion scale, as a map names them.
EMOTION_SCORE_TITLES: dict[int, dict[Language, str]] = {
    2: {Language.EN: "+2 delighted", Language.FR: "+2 ravi"},
    1: {Language.EN: "+1 pleased", Language.FR: "+1 satisfait"},
    0: {Language.EN: "0 neutral", Language.FR: "0 neutre"},
    -1: {Language.EN: "−1 annoyed", Language.FR: "−1 agacé"},
    -2: {Language.EN: "−2 very unhappy", Language.FR: "−2 très mécontent"},
}

# Names the app gives to what a person adds to a map; they are map content, so they follow the
# map's language, not the interface's. "{name}" is the copied object's name.
NEW_NAMES: dict[str, dict[Language, str]] = {
    "stage": {Language.EN: "New stage", Language.FR: "Nouvelle étape"},
    "persona": {Language.EN: "New persona", Language.FR: "Nouveau persona"},
    "journey": {Language.EN: "New journey", Language.FR: "Nouveau parcours"},
    "evidence": {Language.EN: "New evidence", Language.FR: "Nouvelle source"},
    "copy": {Language.EN: "{name} (copy)", Language.FR: "{name} (copie)"},
}


def new_name(what: str, language: Language, **values: str) -> str:
    """The name of a new stage, persona, journey, piece of evidence or copy, in the map's language."""
    return NEW_NAMES[what][language].format(**values)


class LaneChart(str, Enum):
    """How a lane's cards are drawn when the lane is a chart (metrics, mostly); a lane with none
    shows ordinary cards."""

    BARS = "bars"
    FUNNEL = "funnel"


# The words a chart lane prints around the user's numbers. They are map content, so they follow the
# map's language, not the interface's; "{value}" and "{name}" are filled in by the drawing.
CHART_WORDS: dict[str, dict[Language, str]] = {
    "target": {Language.EN: "target {value}", Language.FR: "cible {value}"},
    "no_value": {Language.EN: "no value", Language.FR: "pas de valeur"},
    "drop": {Language.EN: "{value} from {name}", Language.FR: "{value} depuis {name}"},
    "conversion": {Language.EN: "conversion {value}", Language.FR: "conversion {value}"},
    "start": {Language.EN: "start of the funnel", Language.FR: "début de l'entonnoir"},
}


class BlueprintLine(str, Enum):
    """A service blueprint's dividing line, drawn below the lane that carries it."""

    INTERACTION = "interaction"
    VISIBILITY = "visibility"
    INTERNAL_INTERACTION = "internal_interaction"


BLUEPRINT_LINE_TITLES: dict[BlueprintLine, dict[Language, str]] = {
    BlueprintLine.INTERACTION: {Language.EN: "Line of interaction", Language.FR: "Ligne d'interaction"},
    BlueprintLine.VISIBILITY: {Language.EN: "Line of visibility", Language.FR: "Ligne de visibilité"},
    BlueprintLine.INTERNAL_INTERACTION: {
        Language.EN: "Line of internal interaction",
        Language.FR: "Ligne d'interaction interne",
    },
}


def fold(text: str) -> str:
    """Compare names the way people mean them: case, accents, underscores and extra spaces ignored."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.replace("_", " ").replace("’", "'").split())


def lane_kind_for_title(title: str) -> LaneKind | None:
    """The kind whose French or English title (or common synonym) is `title`, if any."""
    wanted = fold(title)
    for kind in LaneKind:
        names = [*LANE_TITLES[kind].values(), kind.value, *LANE_SYNONYMS[kind]]
        if any(fold(name) == wanted for name in names):
            return kind
    return None


def _lookup(table: dict, text: str):
    wanted = fold(text)
    for value, names in table.items():
        if any(fold(name) == wanted for name in names):
            return value
    return None


def sentiment_for_name(text: str) -> Sentiment | None:
    return _lookup(SENTIMENT_NAMES, text)


def channel_for_name(text: str) -> Channel | None:
    return _lookup(CHANNEL_NAMES, text)


def status_for_name(text: str) -> OpportunityStatus | None:
    """The status whose French or English name is `text` ("en cours", "Done"…), if any."""
    names = {status: (*names, *STATUS_TITLES[status].values()) for status, names in STATUS_NAMES.items()}
    return _lookup(names, text)
