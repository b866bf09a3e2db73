"""The fixed vocabulary of a journey map: lane kinds, sentiments, channels, confidence levels.

Values are stable English identifiers written into files; what a person reads comes from the
title tables here (French and English), so a file never changes when the interface language does.
"""

from __future__ import annotations

from enum import Enum

from cjdesigner.i18n import QT_TRANSLATE_NOOP, MapWord, map_words


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


LANE_TITLES: dict[LaneKind, MapWord] = map_words("lane titles", {
    LaneKind.ACTIONS: QT_TRANSLATE_NOOP("lane titles", "Actions"),
    LaneKind.TOUCHPOINTS: QT_TRANSLATE_NOOP("lane titles", "Touchpoints"),
    LaneKind.THOUGHTS: QT_TRANSLATE_NOOP("lane titles", "Thoughts"),
    LaneKind.EMOTIONS: QT_TRANSLATE_NOOP("lane titles", "Emotions"),
    LaneKind.PAIN_POINTS: QT_TRANSLATE_NOOP("lane titles", "Pain points"),
    LaneKind.OPPORTUNITIES: QT_TRANSLATE_NOOP("lane titles", "Opportunities"),
    LaneKind.GOALS: QT_TRANSLATE_NOOP("lane titles", "Goals"),
    LaneKind.METRICS: QT_TRANSLATE_NOOP("lane titles", "Metrics and KPIs"),
    LaneKind.BACKSTAGE: QT_TRANSLATE_NOOP("lane titles", "Backstage"),
    LaneKind.NOTES: QT_TRANSLATE_NOOP("lane titles", "Notes"),
    LaneKind.PHYSICAL_EVIDENCE: QT_TRANSLATE_NOOP("lane titles", "Physical evidence"),
    LaneKind.FRONTSTAGE: QT_TRANSLATE_NOOP("lane titles", "Frontstage"),
    LaneKind.SUPPORT_PROCESSES: QT_TRANSLATE_NOOP("lane titles", "Support processes"),
    LaneKind.PARKING_LOT: QT_TRANSLATE_NOOP("lane titles", "Parking lot"),
})

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


CONFIDENCE_TITLES: dict[Confidence, MapWord] = map_words("confidence", {
    Confidence.ASSUMPTION: QT_TRANSLATE_NOOP("confidence", "Assumption"),
    Confidence.PARTLY_BACKED: QT_TRANSLATE_NOOP("confidence", "Partly backed"),
    Confidence.VALIDATED: QT_TRANSLATE_NOOP("confidence", "Validated"),
})

class OpportunityStatus(str, Enum):
    """Where an opportunity stands; a card with none counts as open."""

    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


STATUS_TITLES: dict[OpportunityStatus, MapWord] = map_words("opportunity status", {
    OpportunityStatus.OPEN: QT_TRANSLATE_NOOP("opportunity status", "Open"),
    OpportunityStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("opportunity status", "In progress"),
    OpportunityStatus.DONE: QT_TRANSLATE_NOOP("opportunity status", "Done"),
    OpportunityStatus.DROPPED: QT_TRANSLATE_NOOP("opportunity status", "Dropped"),
})

STATUS_NAMES: dict[OpportunityStatus, tuple[str, ...]] = {
    OpportunityStatus.OPEN: ("open", "ouverte", "ouvert", "a faire", "to do", "todo"),
    OpportunityStatus.IN_PROGRESS: ("in progress", "in_progress", "en cours", "doing"),
    OpportunityStatus.DONE: ("done", "faite", "fait", "termine", "terminee"),
    OpportunityStatus.DROPPED: ("dropped", "abandonnee", "abandonne", "abandon"),
}


# The five steps of the emotion scale, as a map names them.
EMOTION_SCORE_TITLES: dict[int, MapWord] = map_words("emotion scores", {
    2: QT_TRANSLATE_NOOP("emotion scores", "+2 delighted"),
    1: QT_TRANSLATE_NOOP("emotion scores", "+1 pleased"),
    0: QT_TRANSLATE_NOOP("emotion scores", "0 neutral"),
    -1: QT_TRANSLATE_NOOP("emotion scores", "−1 annoyed"),
    -2: QT_TRANSLATE_NOOP("emotion scores", "−2 very unhappy"),
})

# Names the app gives to what a person adds to a map; they are map content, so they follow the
# map's language, not the interface's. "{name}" is the copied object's name.
NEW_NAMES: dict[str, MapWord] = map_words("new names", {
    "stage": QT_TRANSLATE_NOOP("new names", "New stage"),
    "persona": QT_TRANSLATE_NOOP("new names", "New persona"),
    "journey": QT_TRANSLATE_NOOP("new names", "New journey"),
    "evidence": QT_TRANSLATE_NOOP("new names", "New evidence"),
    "copy": QT_TRANSLATE_NOOP("new names", "{name} (copy)"),
})


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
CHART_WORDS: dict[str, MapWord] = map_words("chart lanes", {
    "target": QT_TRANSLATE_NOOP("chart lanes", "target {value}"),
    "no_value": QT_TRANSLATE_NOOP("chart lanes", "no value"),
    "drop": QT_TRANSLATE_NOOP("chart lanes", "{value} from {name}"),
    "conversion": QT_TRANSLATE_NOOP("chart lanes", "conversion {value}"),
    "start": QT_TRANSLATE_NOOP("chart lanes", "start of the funnel"),
})


class BlueprintLine(str, Enum):
    """A service blueprint's dividing line, drawn below the lane that carries it."""

    INTERACTION = "interaction"
    VISIBILITY = "visibility"
    INTERNAL_INTERACTION = "internal_interaction"


BLUEPRINT_LINE_TITLES: dict[BlueprintLine, MapWord] = map_words("blueprint lines", {
    BlueprintLine.INTERACTION: QT_TRANSLATE_NOOP("blueprint lines", "Line of interaction"),
    BlueprintLine.VISIBILITY: QT_TRANSLATE_NOOP("blueprint lines", "Line of visibility"),
    BlueprintLine.INTERNAL_INTERACTION: QT_TRANSLATE_NOOP("blueprint lines", "Line of internal interaction"),
})


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
