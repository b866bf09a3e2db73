"""The `project-overview` template: a parent journey and two sub-journeys it opens, one from its
Delivery stage and one from a card of its After-sales stage, so that a new project starts with a
map of maps to fill (owners, statuses, a review every 6 months)."""

from __future__ import annotations

from cjdesigner.io.templates import EN, FR, STAGE_COLOURS, StageSpec, Template, journey_from_template
from cjdesigner.model.document import Card, Journey, Project, Stage
from cjdesigner.model.review import JourneyStatus
from cjdesigner.model.vocabulary import LaneKind, Language

DELIVERY = (
    StageSpec("Dispatch notice", "Avis d’expédition", "Knows the parcel is on its way", "Sait que le colis est parti"),
    StageSpec("Tracking", "Suivi", "Knows when it arrives", "Sait quand il arrive"),
    StageSpec("Delivery slot", "Créneau de livraison", "Is home when it comes", "Est chez soi à la livraison"),
    StageSpec("Handover", "Remise", "Receives it intact", "Le reçoit intact"),
    StageSpec("Unpacking", "Déballage", "Sets it up", "L’installe"),
)
SUPPORT = (
    StageSpec("Ask for help", "Demander de l’aide", "Reaches someone quickly", "Joint quelqu’un vite"),
    StageSpec("Diagnosis", "Diagnostic", "Is understood the first time", "Est compris du premier coup"),
    StageSpec("Solution", "Solution", "Gets a repair, a swap or a refund", "Obtient réparation, échange ou remboursement"),
    StageSpec("Follow-up", "Suivi", "Knows the case is closed", "Sait que le dossier est clos"),
)
TITLES = {
    "parent": {EN: "Buying online — overview", FR: "Achat en ligne — vue d’ensemble"},
    "delivery": {EN: "Delivery in detail", FR: "Livraison en détail"},
    "support": {EN: "After-sales support", FR: "Service après-vente"},
}
CARDS = {  # (stage index, lane kind, English, French)
    "parent": ((3, LaneKind.TOUCHPOINTS, "Tracking e-mails and text messages", "E-mails et SMS de suivi"),
               (4, LaneKind.ACTIONS, "Returns a damaged item", "Renvoie un article abîmé")),
    "delivery": ((2, LaneKind.PAIN_POINTS, "The slot offered is too wide", "Le créneau proposé est trop large"),),
    "support": ((0, LaneKind.ACTIONS, "Calls the hotline", "Appelle la hotline"),),
}


def project_with_sub_journeys(template: Template, language: Language) -> Project:
    parent = journey_from_template(template, language)
    parent.title = TITLES["parent"][language]
    delivery = _journey(TITLES["delivery"][language], DELIVERY, template, language)
    support = _journey(TITLES["support"][language], SUPPORT, template, language)
    for journey, key in ((parent, "parent"), (delivery, "delivery"), (support, "support")):
        _cards(journey, key, language)
    parent.stages[3].sub_journey_id = delivery.id
    returns = next(card for card in parent.cards if card.stage_id == parent.stages[4].id)
    returns.sub_journey_id = support.id
    parent.status = JourneyStatus.VALIDATED
    return Project(title=parent.title, language=language, journeys=[parent, delivery, support], review_every_months=6)


def _journey(title: str, specs: tuple[StageSpec, ...], template: Template, language: Language) -> Journey:
    stages = [Stage(name=spec.fr if language == FR else spec.en, goal=spec.goal_fr if language == FR else spec.goal_en,
                    colour=STAGE_COLOURS[i % len(STAGE_COLOURS)]) for i, spec in enumerate(specs)]
    journey = journey_from_template(template, language)
    return Journey(title=title, stages=stages, lanes=journey.lanes)


def _cards(journey: Journey, key: str, language: Language) -> None:
    lanes = {lane.kind: lane.id for lane in journey.lanes}
    for stage, kind, english, french in CARDS[key]:
        journey.cards.append(Card(stage_id=journey.stages[stage].id, lane_id=lanes[kind], text=french if language == FR else english))
