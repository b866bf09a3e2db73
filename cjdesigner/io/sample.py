"""The sample map shown on first start: a real French e-commerce journey, not lorem ipsum."""

from __future__ import annotations

from datetime import date, datetime, timezone

from cjdesigner.colours import PERSONA_COLOURS
from cjdesigner.model.document import Card, EmotionPoint, Evidence, Frequency, Journey, Lane, Persona, Project, Stage
from cjdesigner.model.vocabulary import LANE_TITLES, Channel, Confidence, LaneChart, LaneKind, Language, OpportunityStatus, Sentiment

_WHEN = datetime(2026, 3, 14, 9, 30, tzinfo=timezone.utc)

_STAGES = (
    ("awareness", "Prise de conscience", ("Découvrir une solution au besoin", "Attirer 60 000 visiteurs par mois"), "#3B6EA8"),
    ("consideration", "Considération", ("Choisir le bon canapé sans se tromper", "Transformer une visite sur quinze en panier"), "#2E8B88"),
    ("purchase", "Achat", ("Payer et planifier la livraison", "Réduire l'abandon de panier"), "#6A8E3A"),
    ("retention", "Rétention", ("Recevoir et monter le canapé sans stress", "Livrer à l'heure 95 fois sur 100"), "#C58A1B"),
    ("loyalty", "Fidélisation", ("Revenir et recommander",), "#B0533C"),
)
_LANES = (
    LaneKind.ACTIONS,
    LaneKind.TOUCHPOINTS,
    LaneKind.THOUGHTS,
    LaneKind.EMOTIONS,
    LaneKind.PAIN_POINTS,
    LaneKind.OPPORTUNITIES,
    LaneKind.METRICS,
)
# The metrics lane shows its cards as bars; the funnel, a second metrics lane, as a funnel.
FUNNEL = "funnel"
_FUNNEL_LANE = Lane(id="lane-funnel", title="Entonnoir", kind=LaneKind.METRICS, chart=LaneChart.FUNNEL)

CAMILLE, JEAN = "persona-camille", "persona-jean"
_ANALYTICS = {"metric_source": "Analytics, février", "measured_on": date(2026, 3, 1)}

# stage, lane, text, extra fields
_CARDS: tuple[tuple[str, LaneKind | str, str, dict], ...] = (
    ("awareness", LaneKind.ACTIONS, "Voit une publicité Instagram pour un canapé modulable", {"persona_ids": [CAMILLE], "channel": Channel.SOCIAL}),
    ("awareness", LaneKind.ACTIONS, "Entend parler de la marque par sa fille", {"persona_ids": [JEAN]}),
    ("awareness", LaneKind.TOUCHPOINTS, "Publicité Instagram", {"channel": Channel.SOCIAL, "persona_ids": [CAMILLE]}),
    ("awareness", LaneKind.TOUCHPOINTS, "Catalogue papier reçu par courrier", {"channel": Channel.MAIL, "persona_ids": [JEAN]}),
    ("awareness", LaneKind.THOUGHTS, "« Enfin un canapé qui tient dans notre salon ? »", {"persona_ids": [CAMILLE], "sentiment": Sentiment.POSITIVE}),
    ("awareness", LaneKind.OPPORTUNITIES, "Montrer les dimensions dès la publicité", {"votes": 4, "owner": "Équipe marketing"}),
    ("consideration", LaneKind.ACTIONS, "Compare trois modèles et lit les avis clients", {"persona_ids": [CAMILLE], "channel": Channel.WEB}),
    ("consideration", LaneKind.ACTIONS, "Appelle le service client pour connaître les coloris", {"persona_ids": [JEAN], "channel": Channel.PHONE}),
    ("consideration", LaneKind.TOUCHPOINTS, "Site web : fiche produit et avis", {"channel": Channel.WEB}),
    ("consideration", LaneKind.TOUCHPOINTS, "Service client par téléphone", {"channel": Channel.PHONE, "persona_ids": [JEAN]}),
    ("consideration", LaneKind.THOUGHTS, "« Le tissu sera-t-il vraiment de cette couleur ? »", {"persona_ids": [CAMILLE], "sentiment": Sentiment.NEUTRAL}),
    (
        "consideration",
        LaneKind.PAIN_POINTS,
        "Pas d'échantillon de tissu avant l'achat",
        {
            "persona_ids": [CAMILLE, JEAN],
            "severity": 4,
            "sentiment": Sentiment.NEGATIVE,
            "evidence": [Evidence(text="J'ai commandé trois échantillons chez le concurrent, ici rien.", source="Entretien P2, 3 mars")],
            "confidence": Confidence.PARTLY_BACKED,
        },
    ),
    (
        "consideration",
        LaneKind.PAIN_POINTS,
        "Attente de 12 minutes au téléphone",
        {
            "persona_ids": [JEAN],
            "severity": 3,
            "sentiment": Sentiment.NEGATIVE,
            "evidence": [Evidence(text="Temps d'attente moyen en février : 11 min 40 s", source="Tableau de bord du centre d'appels")],
            "confidence": Confidence.VALIDATED,
        },
    ),
    ("consideration", LaneKind.OPPORTUNITIES, "Envoyer des échantillons de tissu gratuits sous 48 h", {"votes": 9, "owner": "Produit"}),
    ("consideration", LaneKind.OPPORTUNITIES, "Rappel automatique plutôt que file d'attente", {"votes": 5, "owner": "Service client"}),
    ("purchase", LaneKind.ACTIONS, "Crée un compte et paie en trois fois", {"persona_ids": [CAMILLE], "channel": Channel.WEB}),
    ("purchase", LaneKind.ACTIONS, "Commande en magasin avec un conseiller", {"persona_ids": [JEAN], "channel": Channel.STORE}),
    ("purchase", LaneKind.TOUCHPOINTS, "Tunnel de commande", {"channel": Channel.WEB}),
    ("purchase", LaneKind.TOUCHPOINTS, "E-mail de confirmation", {"channel": Channel.EMAIL}),
    ("purchase", LaneKind.THOUGHTS, "« Pourquoi dois-je créer un compte ? »", {"persona_ids": [CAMILLE], "sentiment": Sentiment.NEGATIVE}),
    (
        "purchase",
        LaneKind.PAIN_POINTS,
        "Créneau de livraison imposé, sans choix du jour",
        {
            "persona_ids": [CAMILLE],
            "severity": 5,
            "sentiment": Sentiment.NEGATIVE,
            "evidence": [Evidence(text="38 % des abandons de panier ont lieu à l'étape livraison", source="Analytics, janvier", link="https://exemple.fr/rapport-abandons")],
            "confidence": Confidence.VALIDATED,
        },
    ),
    ("purchase", LaneKind.OPPORTUNITIES, "Commande sans compte et choix du créneau de livraison", {"votes": 12, "owner": "E-commerce"}),
    ("retention", LaneKind.ACTIONS, "Reçoit le canapé et le monte avec la notice", {"persona_ids": [CAMILLE, JEAN], "channel": Channel.OTHER}),
    ("retention", LaneKind.TOUCHPOINTS, "SMS du transporteur", {"channel": Channel.SMS}),
    ("retention", LaneKind.TOUCHPOINTS, "Notice de montage papier", {"channel": Channel.OTHER}),
    ("retention", LaneKind.THOUGHTS, "« Il manque une vis… »", {"persona_ids": [JEAN], "sentiment": Sentiment.NEGATIVE}),
    (
        "retention",
        LaneKind.PAIN_POINTS,
        "Livreur arrivé hors du créneau annoncé",
        {
            "persona_ids": [CAMILLE],
            "severity": 4,
            "sentiment": Sentiment.NEGATIVE,
            "evidence": [Evidence(text="Il est arrivé à 19 h au lieu de 14 h, j'avais posé un demi-jour.", source="Entretien P1, 28 février")],
            "confidence": Confidence.ASSUMPTION,
        },
    ),
    ("retention", LaneKind.OPPORTUNITIES, "Suivi du livreur en temps réel", {"votes": 7, "owner": "Logistique"}),
    ("retention", LaneKind.OPPORTUNITIES, "Vidéo de montage par QR code", {"votes": 3, "owner": "Produit"}),
    ("loyalty", LaneKind.ACTIONS, "Laisse un avis 4 étoiles", {"persona_ids": [CAMILLE], "channel": Channel.WEB, "sentiment": Sentiment.POSITIVE}),
    ("loyalty", LaneKind.ACTIONS, "Recommande la marque à ses voisins", {"persona_ids": [JEAN], "sentiment": Sentiment.POSITIVE}),
    ("loyalty", LaneKind.TOUCHPOINTS, "Newsletter mensuelle", {"channel": Channel.EMAIL}),
    ("loyalty", LaneKind.THOUGHTS, "« Je reviendrai pour le fauteuil assorti. »", {"persona_ids": [CAMILLE], "sentiment": Sentiment.POSITIVE}),
    ("loyalty", LaneKind.PAIN_POINTS, "Programme de fidélité peu lisible", {"severity": 2, "sentiment": Sentiment.NEGATIVE}),
    ("loyalty", LaneKind.OPPORTUNITIES, "Parrainage : un coussin offert", {"votes": 6, "owner": "Marketing"}),
    # The funnel, visitors → carts → orders, then what the delivery and the loyalty teams track.
    ("awareness", FUNNEL, "Visiteurs du site", {"value": 48_000.0, "unit": "visiteurs", "target": 60_000.0, **_ANALYTICS}),
    ("consideration", FUNNEL, "Paniers créés", {"value": 3_100.0, "unit": "paniers", "target": 4_000.0, **_ANALYTICS}),
    ("purchase", FUNNEL, "Commandes", {"value": 1_240.0, "unit": "commandes", "target": 1_600.0, **_ANALYTICS}),
    ("purchase", LaneKind.METRICS, "Panier moyen", {"value": 890.0, "unit": "€", "target": 950.0, **_ANALYTICS}),
    ("retention", LaneKind.METRICS, "Livraisons dans le créneau", {"value": 82.0, "unit": "%", "target": 95.0, "metric_source": "Transporteur, février", "measured_on": date(2026, 3, 1)}),
    ("loyalty", LaneKind.METRICS, "Recommandation (NPS)", {"value": 31.0, "unit": "score", "target": 45.0, "metric_source": "Enquête clients, février", "measured_on": date(2026, 3, 1)}),
)

# The pain points (by card number) each opportunity answers, with its impact, effort and status.
_DECISIONS: dict[int, dict] = {
    6: {"impact": 2, "effort": 1, "status": OpportunityStatus.DONE, "answers": []},
    14: {"impact": 4, "effort": 2, "status": OpportunityStatus.IN_PROGRESS, "answers": [12]},
    15: {"impact": 3, "effort": 4, "status": OpportunityStatus.OPEN, "answers": [13]},
    22: {"impact": 5, "effort": 4, "status": OpportunityStatus.OPEN, "answers": [21, 27]},
    28: {"impact": 4, "effort": 5, "status": OpportunityStatus.OPEN, "answers": [27]},
    29: {"impact": 2, "effort": 2, "status": OpportunityStatus.DROPPED, "answers": []},
    35: {"impact": 2, "effort": 3, "status": OpportunityStatus.OPEN, "answers": [34]},
}
# How many of the twelve people interviewed met each pain point (the delivery one, from analytics).
_FREQUENCIES: dict[int, Frequency] = {
    12: Frequency(count=7, total=12),
    13: Frequency(count=4, total=12),
    21: Frequency(percent=38.0),
    27: Frequency(count=5, total=12),
    34: Frequency(count=2, total=12),
}
# How well each card is backed (the cards above with evidence say it themselves): analytics and
# interviews cover the way to the order; delivery and loyalty rest on guesses so far, which the
# evidence coverage row shows.
_V, _P, _A = Confidence.VALIDATED, Confidence.PARTLY_BACKED, Confidence.ASSUMPTION
_CONFIDENCES: dict[int, Confidence] = {
    1: _V, 2: _P, 3: _V, 4: _P, 5: _P, 36: _V,
    7: _V, 8: _V, 9: _V, 10: _P, 11: _P, 37: _V,
    16: _V, 18: _V, 20: _P, 38: _V, 39: _V,
    23: _A, 24: _P, 26: _A, 40: _V,
    30: _V, 31: _A, 33: _A, 41: _V,
}
_GOALS: dict[int, str] = {14: "Choisir le bon canapé sans se tromper", 22: "Réduire l'abandon de panier"}

_EMOTIONS = {
    CAMILLE: ((1, "Curieuse"), (0, "Hésitante"), (-1, "Agacée"), (-2, "Furieuse"), (1, "Satisfaite")),
    JEAN: ((0, "Intrigué"), (-1, "Impatient"), (1, "Rassuré"), (-1, "Perdu"), (2, "Fier")),
}


def sample_project() -> Project:
    personas = [
        Persona(
            id=CAMILLE,
            name="Camille Durand",
            role="Cheffe de projet, 34 ans, deux enfants",
            colour=PERSONA_COLOURS[1],
            line_style=0,
            quote="Je veux comparer vite, mais je ne veux pas me tromper.",
            goals=["Meubler le salon avant Noël", "Payer en plusieurs fois"],
            frustrations=["Perdre du temps au téléphone", "Les créneaux de livraison imposés"],
            description="Achète presque tout en ligne, le soir, sur son téléphone.",
        ),
        Persona(
            id=JEAN,
            name="Jean-Pierre Morel",
            role="Retraité, 68 ans",
            colour=PERSONA_COLOURS[0],
            line_style=1,
            quote="Au téléphone, au moins, quelqu'un me répond.",
            goals=["Meubler sa maison de campagne", "Être conseillé par une personne"],
            frustrations=["Les sites qui obligent à créer un compte", "Les notices sans texte"],
            description="Préfère le magasin ; utilise une tablette offerte par sa fille.",
        ),
    ]
    stages = [Stage(id=f"stage-{key}", name=name, goals=list(goals), colour=colour) for key, name, goals, colour in _STAGES]
    lanes = [Lane(id=f"lane-{kind.value.replace('_', '-')}", title=LANE_TITLES[kind][Language.FR], kind=kind) for kind in _LANES]
    lanes[-1].chart = LaneChart.BARS
    lanes.insert(-1, _FUNNEL_LANE.model_copy())
    cards: list[Card] = []
    positions: dict[tuple[str, str], int] = {}
    for index, (stage, kind, text, extra) in enumerate(_CARDS, start=1):
        cell = (f"stage-{stage}", _FUNNEL_LANE.id if kind == FUNNEL else f"lane-{kind.value.replace('_', '-')}")
        position = positions.get(cell, 0)
        positions[cell] = position + 1
        decisions = dict(_DECISIONS.get(index, {}))
        if decisions:
            decisions["answers"] = [f"card-{n:03d}" for n in decisions["answers"]]
        if index in _FREQUENCIES:
            decisions["frequency"] = _FREQUENCIES[index]
        if index in _GOALS:
            decisions["goal"] = _GOALS[index]
        if index in _CONFIDENCES and "confidence" not in extra:
            decisions["confidence"] = _CONFIDENCES[index]
        card = Card(id=f"card-{index:03d}", stage_id=cell[0], lane_id=cell[1], position=position, text=text, **extra, **decisions)
        cards.append(card)
    points = [
        EmotionPoint(id=f"emotion-{pid.split('-')[1]}-{i + 1}", stage_id=stages[i].id, persona_id=pid, score=score, label=label)
        for pid, curve in _EMOTIONS.items()
        for i, (score, label) in enumerate(curve)
    ]
    journey = Journey(
        id="journey-canape",
        title="Acheter un canapé en ligne — état actuel",
        scenario="Camille et Jean-Pierre veulent acheter un canapé sur le site de Maison Lumière.",
        expectations="Choisir sans se tromper, être livré au jour prévu, monter le canapé sans aide.",
        persona_ids=[CAMILLE, JEAN],
        stages=stages,
        lanes=lanes,
        cards=cards,
        emotion_points=points,
    )
    return Project(
        title="Maison Lumière — parcours d'achat",
        description="Carte d'exemple : un parcours e-commerce réel, avec deux personas et des preuves.",
        language=Language.FR,
        created=_WHEN,
        modified=_WHEN,
        authors=["Équipe recherche UX"],
        personas=personas,
        journeys=[journey],
    )
