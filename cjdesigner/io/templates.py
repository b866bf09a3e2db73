"""Starting points for a new map: the stage models of the field, in French and in English."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from cjdesigner.io.path_columns import fork_stages
from cjdesigner.model.document import Journey, Lane, Loop, Project, Stage
from cjdesigner.model.vocabulary import LANE_TITLES, BlueprintLine, LaneKind, Language

STAGE_COLOURS = ("#3B6EA8", "#2E8B88", "#6A8E3A", "#C58A1B", "#B0533C", "#7B5EA7", "#4F6D7A")

CORE_LANES = (LaneKind.ACTIONS, LaneKind.TOUCHPOINTS, LaneKind.EMOTIONS, LaneKind.PAIN_POINTS, LaneKind.OPPORTUNITIES)


@dataclass(frozen=True)
class StageSpec:
    en: str
    fr: str
    goal_en: str = ""
    goal_fr: str = ""
    path: tuple[str, str] = ("", "")  # the path of a fork the stage is on (English, French); none: the main line


@dataclass(frozen=True)
class LoopSpec:
    """A return arrow from the stage at `start` back to the one at `end` (indices in the template's stages)."""

    start: int
    end: int
    en: str
    fr: str


@dataclass(frozen=True)
class LaneSpec:
    kind: LaneKind
    line_below: BlueprintLine | None = None


@dataclass(frozen=True)
class Template:
    name: str
    title: dict[Language, str]
    description: dict[Language, str]
    stages: tuple[StageSpec, ...]
    lanes: tuple[LaneSpec, ...] = field(default=tuple(LaneSpec(k) for k in CORE_LANES))
    build: Callable[[Template, Language], Project] | None = None  # a project of several journeys, made its own way
    loops: tuple[LoopSpec, ...] = ()


EN, FR = Language.EN, Language.FR

TEMPLATES: dict[str, Template] = {
    t.name: t
    for t in (
        Template(
            "ecommerce",
            {EN: "E-commerce journey", FR: "Parcours e-commerce"},
            {
                EN: "Awareness, consideration, purchase, retention, loyalty: the classic online shopping journey.",
                FR: "Prise de conscience, considération, achat, rétention, fidélisation : le parcours d’achat en ligne.",
            },
            (
                StageSpec("Awareness", "Prise de conscience", "Learns the brand exists", "Découvre la marque"),
                StageSpec("Consideration", "Considération", "Compares options", "Compare les offres"),
                StageSpec("Purchase", "Achat", "Buys with confidence", "Achète en confiance"),
                StageSpec("Retention", "Rétention", "Gets value from the product", "Tire profit du produit"),
                StageSpec("Loyalty", "Fidélisation", "Comes back and recommends", "Revient et recommande"),
            ),
        ),
        Template(
            "kotler-5a",
            {EN: "Kotler's 5A", FR: "Les 5A de Kotler"},
            {
                EN: "Aware, appeal, ask, act, advocate: Kotler's customer path for a connected world.",
                FR: "Notoriété, attrait, demande, action, promotion : le parcours client de Kotler.",
            },
            (
                StageSpec("Aware", "Notoriété", "I know", "Je connais"),
                StageSpec("Appeal", "Attrait", "I like", "J’aime"),
                StageSpec("Ask", "Demande", "I am convinced", "Je suis convaincu"),
                StageSpec("Act", "Action", "I buy", "J’achète"),
                StageSpec("Advocate", "Promotion", "I recommend", "Je recommande"),
            ),
        ),
        Template(
            "extended",
            {EN: "Extended journey", FR: "Parcours étendu"},
            {
                EN: "Pre-purchase, purchase, post-purchase, ongoing relationship: the whole customer lifecycle.",
                FR: "Pré-achat, achat, post-achat, relation continue : tout le cycle de vie du client.",
            },
            (
                StageSpec("Pre-purchase", "Pré-achat"),
                StageSpec("Purchase", "Achat"),
                StageSpec("Post-purchase", "Post-achat"),
                StageSpec("Ongoing relationship", "Relation continue"),
            ),
        ),
        Template(
            "nng-phases",
            {EN: "Generic phases (NN/g)", FR: "Phases génériques (NN/g)"},
            {
                EN: "Discover, try, buy, use, seek support: Nielsen Norman Group's generic phases.",
                FR: "Découvrir, essayer, acheter, utiliser, demander de l’aide : les phases génériques du Nielsen Norman Group.",
            },
            (
                StageSpec("Discover", "Découvrir"),
                StageSpec("Try", "Essayer"),
                StageSpec("Buy", "Acheter"),
                StageSpec("Use", "Utiliser"),
                StageSpec("Seek support", "Demander de l’aide"),
            ),
        ),
        Template(
            "aida",
            {EN: "AIDA", FR: "AIDA"},
            {
                EN: "Attention, interest, desire, action: the advertising funnel.",
                FR: "Attention, intérêt, désir, action : l’entonnoir publicitaire.",
            },
            (
                StageSpec("Attention", "Attention"),
                StageSpec("Interest", "Intérêt"),
                StageSpec("Desire", "Désir"),
                StageSpec("Action", "Action"),
            ),
        ),
        Template(
            "service-blueprint",
            {EN: "Service blueprint", FR: "Plan de service"},
            {
                EN: "Physical evidence, customer actions, frontstage, backstage and support processes, "
                "divided by the lines of interaction, visibility and internal interaction.",
                FR: "Preuves physiques, actions du client, front-office, coulisses et processus de support, "
                "séparés par les lignes d’interaction, de visibilité et d’interaction interne.",
            },
            (
                StageSpec("Before the service", "Avant le service"),
                StageSpec("Arrival", "Arrivée"),
                StageSpec("Service", "Service"),
                StageSpec("Payment", "Paiement"),
                StageSpec("After the service", "Après le service"),
            ),
            (
                LaneSpec(LaneKind.PHYSICAL_EVIDENCE),
                LaneSpec(LaneKind.ACTIONS, BlueprintLine.INTERACTION),
                LaneSpec(LaneKind.FRONTSTAGE, BlueprintLine.VISIBILITY),
                LaneSpec(LaneKind.BACKSTAGE, BlueprintLine.INTERNAL_INTERACTION),
                LaneSpec(LaneKind.SUPPORT_PROCESSES),
            ),
        ),
        Template(
            "omnichannel",
            {EN: "Omnichannel journey", FR: "Parcours omnicanal"},
            {
                EN: "After consideration the customer buys online or in store; the two paths meet again at use, "
                "and comparing again loops back to consideration.",
                FR: "Après la considération, le client achète en ligne ou en magasin ; les deux chemins se rejoignent "
                "à l’utilisation, et comparer à nouveau ramène à la considération.",
            },
            (
                StageSpec("Awareness", "Prise de conscience", "Learns the brand exists", "Découvre la marque"),
                StageSpec("Consideration", "Considération", "Compares options", "Compare les offres"),
                StageSpec("Order online", "Commande en ligne", "Orders in a few clicks", "Commande en quelques clics", ("Online", "En ligne")),
                StageSpec("Home delivery", "Livraison à domicile", "Gets it on the day promised", "Est livré le jour promis", ("Online", "En ligne")),
                StageSpec("Visit the store", "Visite en magasin", "Sees and touches the product", "Voit et touche le produit", ("In store", "En magasin")),
                StageSpec("Buy at the till", "Achat en caisse", "Pays without queuing", "Paie sans faire la queue", ("In store", "En magasin")),
                StageSpec("Use", "Utilisation", "Gets value from the product", "Tire profit du produit"),
            ),
            loops=(LoopSpec(2, 1, "Compares again", "Compare à nouveau"),),
        ),
        Template(
            "project-overview",
            {EN: "Project with sub-journeys", FR: "Projet avec sous-parcours"},
            {
                EN: "A parent journey whose Delivery stage and a returns card open two sub-journeys (delivery, after-sales), "
                "with statuses and a review every 6 months: start here for a project overview.",
                FR: "Un parcours parent dont l’étape Livraison et une carte de retour ouvrent deux sous-parcours (livraison, SAV), "
                "avec statuts et une revue tous les 6 mois : le point de départ d’une vue d’ensemble de projet.",
            },
            (
                StageSpec("Discover", "Découvrir"),
                StageSpec("Choose", "Choisir"),
                StageSpec("Order", "Commander"),
                StageSpec("Delivery", "Livraison"),
                StageSpec("After-sales", "Après-vente"),
            ),
            build=lambda template, language: _build_with_sub_journeys(template, language),
        ),
    )
}


def _build_with_sub_journeys(template: Template, language: Language) -> Project:
    from cjdesigner.io.overview_template import project_with_sub_journeys

    return project_with_sub_journeys(template, language)


def journey_from_template(template: Template, language: Language) -> Journey:
    stages = [
        Stage(
            name=spec.fr if language == FR else spec.en,
            goal=(spec.goal_fr if language == FR else spec.goal_en),
            colour=STAGE_COLOURS[i % len(STAGE_COLOURS)],
        )
        for i, spec in enumerate(template.stages)
    ]
    lanes = [Lane(title=LANE_TITLES[spec.kind][language], kind=spec.kind, line_below=spec.line_below) for spec in template.lanes]
    french = language == FR
    ordered, paths, forks = fork_stages(None, [(stage, spec.path[french]) for stage, spec in zip(stages, template.stages)])
    loops = [Loop(from_stage_id=stages[spec.start].id, to_stage_id=stages[spec.end].id, label=spec.fr if french else spec.en) for spec in template.loops]
    return Journey(title=template.title[language], stages=ordered, lanes=lanes, paths=paths, forks=forks, loops=loops)


def project_from_template(name: str, language: Language | str = Language.EN) -> Project:
    """A new project holding one empty journey built from the template `name`. Raises KeyError."""
    language = Language(language)
    template = TEMPLATES[name]
    if template.build is not None:
        return template.build(template, language)
    return Project(title=template.title[language], language=language, journeys=[journey_from_template(template, language)])


# The sample map the app opens on first start, offered beside the templates so that the command
# line can make a full map to try `backlog`, `export --decisions` and `--links` on. It is French
# whatever the language asked: its cards are a real French journey, not a skeleton to translate.
SAMPLE = "sample"
SAMPLE_DESCRIPTION: dict[Language, str] = {
    EN: "The sample map the app opens on first start: a French online sofa purchase, with personas, "
    "pain points, opportunities and metrics (in French whatever --lang says).",
    FR: "La carte d’exemple que l’application ouvre au premier lancement : l’achat d’un canapé en ligne, "
    "avec personas, points de douleur, opportunités et indicateurs (en français quelle que soit la langue demandée).",
}


def template_names() -> list[str]:
    """Every name `cjdesigner new --template` accepts: the templates, then the sample."""
    return [*TEMPLATES, SAMPLE]


def new_project(name: str, language: Language | str = Language.EN) -> Project:
    """The sample map for SAMPLE, else an empty journey from the template `name`. Raises KeyError."""
    if name == SAMPLE:
        from cjdesigner.io.sample import sample_project

        return sample_project()
    return project_from_template(name, language)
