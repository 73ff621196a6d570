"""Pydantic models of the knowledge base: one model per kind of entry in data/."""

from dataclasses import dataclass
from typing import Annotated, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$")]
DermatomeId = Annotated[str, StringConstraints(pattern=r"^[LS][1-5]$")]
LinkId = Annotated[str, StringConstraints(pattern=r"^[a-z_]+-[a-z_]+$")]
Level = Literal["emergency", "urgent", "see_clinician"]
View = Literal["front", "back"]
Strength = Literal["strong", "moderate", "weak"]


class Entry(BaseModel):
    """Base of every entry: unknown keys are refused, entries are read-only."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Text(Entry):
    """A piece of explanation, in plain words, with where it comes from."""

    patient: str = Field(description="Plain words for a patient.", min_length=1)
    clinician: str | None = Field(
        None, description="Anatomical words for a clinician, where they differ."
    )
    source: Slug = Field(description="Id of the article section or reference.")


class Source(Entry):
    """An article section or a standard reference that texts cite."""

    id: Slug = Field(description="Stable id that texts cite.")
    kind: Literal["article_section", "reference"] = Field(
        description="A section of the source article, or an anatomy reference."
    )
    title: str = Field(description="The section heading or the reference's title.")
    topic: str | None = Field(
        None, description="For a reference: the part of it a text draws on."
    )

    def untranslated(self) -> set[str]:
        """A published reference is cited by its title as published."""
        return {"title"} if self.kind == "reference" else set()


class Region(Entry):
    """A tappable area of the limb or the low back."""

    id: Slug = Field(description="Contract id, used as data-region.")
    name: str = Field(description="Plain name, e.g. 'inner knee'.")
    anatomical: str = Field(description="Anatomical name for clinicians.")
    views: list[View] = Field(description="Views in which the region is drawn.")
    chain_segment: Slug = Field(description="Kinetic-chain segment it belongs to.")
    zoom: Slug = Field(description="Part of the limb the map enlarges it with.")


class Part(Entry):
    """A part of the limb the map can enlarge (zoom= in the address)."""

    id: Slug = Field(description="Contract id, used as zoom= and data-zoom-<id>.")
    name: str = Field(description="Label of its zoom button, e.g. 'Knee'.")


class Site(Entry):
    """A place along a nerve where it is commonly trapped or irritated."""

    id: Slug = Field(description="Site id, used as data-site in the drawing.")
    name: str = Field(description="Plain name of the place.")
    region: Slug = Field(description="Region where the site sits.")
    why: Text = Field(description="Why the nerve gets trapped there.")


class Nerve(Entry):
    """A nerve of the lower limb with its course and skin territory."""

    id: Slug = Field(description="Contract id, used as data-nerve.")
    name: str = Field(description="Plain name.")
    anatomical: str = Field(description="Anatomical name (e.g. common fibular).")
    roots: list[DermatomeId] = Field(description="Spinal roots it carries.")
    branch_of: Slug | None = Field(None, description="Parent nerve, if a branch.")
    course: list[Slug] = Field(description="Regions it runs through, top to bottom.")
    territory: list[Slug] = Field(description="Regions whose skin it supplies.")
    sites: list[Site] = Field(default=[], description="Entrapment sites.")
    description: Text = Field(description="What the nerve does and where it runs.")


class KeyPoint(Entry):
    """The ISNCSCI key sensory point that tests a dermatome."""

    region: Slug = Field(description="Region holding the key point.")
    description: Text = Field(description="Where exactly the point lies.")


class DermatomeMap(Entry):
    """A published dermatome map: dermatome_map=<id> in the address."""

    id: Slug = Field(description="Contract id, used as dermatome_map=.")
    name: str = Field(description="Authors and year, as the key names the map.")
    about: Text = Field(description="How the map was made, and what to know about it.")


class Band(Entry):
    """One root's skin band as one map draws it."""

    regions: list[Slug] = Field(description="Regions the band covers in this map.")
    note: Text = Field(description="Where it lies in this map, cited.")


class Dermatome(Entry):
    """The skin band supplied by one spinal root, in each map."""

    id: DermatomeId = Field(description="Root, used as data-dermatome.")
    key_point: KeyPoint = Field(description="ISNCSCI key sensory point.")
    bands: dict[Slug, Band] = Field(
        description="Per map id (the maps: list of this file), the band it draws."
    )


class Segment(Entry):
    """A segment of the lower kinetic chain."""

    id: Slug = Field(description="Contract id of the segment.")
    name: str = Field(description="Plain name.")


class Link(Entry):
    """Two adjacent segments and how a fault travels between them."""

    id: LinkId = Field(description="Contract id 'upper-lower', data-chain-link.")
    upper: Slug = Field(description="Upper segment.")
    lower: Slug = Field(description="Lower segment.")
    how_faults_travel: Text = Field(description="How a fault passes along it.")


class Vessel(Entry):
    """A blood vessel whose trouble can be felt at a distance."""

    id: Slug = Field(description="Vessel id.")
    name: str = Field(description="Plain name.")
    regions: list[Slug] = Field(description="Regions it supplies or drains.")
    source: Slug = Field(description="Id of the reference for its territory.")


class Symptom(Entry):
    """Something a person can tick besides where it hurts."""

    id: Slug = Field(description="Contract id, used as data-symptom.")
    label: str = Field(description="Plain words shown next to the checkbox.")
    chip: str = Field(description="A few words for the compact chip on the map.")
    clinician: str | None = Field(None, description="Clinical term, if different.")
    red_flag: bool = Field(False, description="True for the warning signs.")
    question: str | None = Field(
        None, description="The one-tap question; every ordinary symptom has one."
    )


class RedFlag(Entry):
    """A warning rule over the whole picture: the findings ticked, where it hurts
    and one leg or both; how urgent it is, and what to do.

    Raised when every `all_of` finding is ticked, at least one finding of each
    `any_of` group is, none of `none_of` is, one of `areas_any` is selected (or
    no area is, unless `when_no_area` is false: a warning is not withheld because
    nobody said where), the legs match, and none of the rules in `superseded_by`
    (which say the same more urgently) is raised.
    """

    id: Slug = Field(description="Rule id.")
    all_of: list[Slug] = Field(default=[], description="Findings all ticked.")
    any_of: list[list[Slug]] = Field(
        default=[], description="Groups of findings: one of each group ticked."
    )
    none_of: list[Slug] = Field(
        default=[], description="Findings that, ticked, point elsewhere."
    )
    areas_any: list[Slug] = Field(
        default=[], description="Areas, one of which is selected (or none at all)."
    )
    when_no_area: bool = Field(
        True,
        description="False: raised only once one of its areas is selected, for a"
        " rule whose meaning lies in where it hurts.",
    )
    legs: Literal["one", "both", "either"] = Field(
        "either", description="One leg (both_legs not ticked), both, or either."
    )
    superseded_by: list[Slug] = Field(
        default=[], description="Rules that, when raised, say this more urgently."
    )
    level: Level = Field(description="How urgently to seek care.")
    title: str = Field(description="Short name of the warning sign.")
    what_to_do: Text = Field(description="What to do about it, with its reference.")

    def findings(self) -> set[str]:
        """Every finding the rule reads."""
        groups = (s for group in self.any_of for s in group)
        return {*self.all_of, *groups, *self.none_of}


@dataclass(frozen=True)
class PathwayMatch:
    """One structure that carries the pain: a nerve, dermatome, chain link or vessel."""

    kind: str
    id: str
    regions: tuple[str, ...]
    start: str | None = None


# Each kind of pathway names the structures it lights on the map (`overlay`:
# their data-<overlay> attribute, None if not drawn). What it reaches is looked
# up in viz/knowledge.py, its references are checked in viz/checks.py, and one
# of its structures is put into words in viz/pathway_text.py: a new kind is a
# class here, a case in each of those, and its data.


class NervePathway(Entry):
    """Pain carried along a nerve from where it is trapped."""

    overlay: ClassVar[str | None] = "nerve"

    kind: Literal["nerve"] = Field(description="Pathway along a nerve.")
    nerve: Slug = Field(description="The nerve, with its branches.")
    site: Slug | None = Field(
        None, description="Entrapment site where it starts; none for the whole nerve."
    )
    branches: bool = Field(
        True,
        description="False: the nerve's own course and skin only, as when a joint"
        " refers pain along the nerve that supplies it, not down its branches.",
    )


class DermatomePathway(Entry):
    """Pain felt in the skin bands of irritated roots."""

    overlay: ClassVar[str | None] = "dermatome"

    kind: Literal["dermatome"] = Field(description="Pathway through dermatomes.")
    dermatomes: list[DermatomeId] = Field(description="The roots involved.")


class ChainPathway(Entry):
    """Load passed along the kinetic chain."""

    overlay: ClassVar[str | None] = "chain-link"

    kind: Literal["chain"] = Field(description="Pathway along the chain.")
    links: list[LinkId] = Field(description="The links the fault travels along.")


class VesselPathway(Entry):
    """Pain from a blocked artery or a clotted vein."""

    overlay: ClassVar[str | None] = None  # vessels are not drawn

    kind: Literal["vessel"] = Field(description="Pathway through a vessel.")
    vessel: Slug = Field(description="The vessel.")


PATHWAY_KINDS: dict[
    str, type[NervePathway | DermatomePathway | ChainPathway | VesselPathway]
] = {
    "nerve": NervePathway,
    "dermatome": DermatomePathway,
    "chain": ChainPathway,
    "vessel": VesselPathway,
}
Pathway = Annotated[
    NervePathway | DermatomePathway | ChainPathway | VesselPathway,
    Field(discriminator="kind"),
]


class Evidence(Entry):
    """A symptom that points towards, or away from, a condition."""

    symptom: Slug = Field(description="The symptom.")
    strength: Strength = Field("moderate", description="How much it weighs.")
    why: str = Field(description="One line: why it points this way.")


class Expectation(Entry):
    """Findings a condition nearly always brings; their absence counts against it.

    Met by any one of the findings, or by one of `or_areas` selected, or by at
    least `or_run` selected areas that the condition reaches along its pathways (a
    root's pain running down its band).
    """

    any_of: list[Slug] = Field(
        description="Symptoms, at least one of which is usually present.", min_length=1
    )
    or_areas: list[Slug] = Field(
        default=[], description="Areas whose selection meets it as well."
    )
    or_run: int | None = Field(
        None, ge=2, description="So many selected areas it reaches meet it as well."
    )
    why: str = Field(description="One line: why it is expected.")


class Condition(Entry):
    """A candidate source of pain felt away from it."""

    id: Slug = Field(description="Contract id, used as data-condition.")
    name: str = Field(description="Plain name.")
    clinician_name: str = Field(description="Name for clinicians.")
    what_it_is: Text = Field(description="What the condition is.")
    how_it_refers: Text = Field(description="How it sends pain to distant areas.")
    source_regions: list[Slug] = Field(description="Where the trouble sits.")
    typical_regions: list[Slug] = Field(description="Where it typically hurts.")
    pathways: list[Pathway] = Field(description="What carries pain from source.")
    supports: list[Evidence] = Field(description="Symptoms that point to it.")
    against: list[Evidence] = Field(default=[], description="Ones that argue against.")
    first_steps: list[Text] = Field(description="First steps the article suggests.")
    red_flags: list[Slug] = Field(default=[], description="Warning signs to watch.")
    prior: float = Field(0.0, description="Head start from how common it is.")
    must_not_miss: bool = Field(
        False,
        description="Dangerous if missed: first among equals, and listed only with"
        " its hallmarks (every `expects` group met).",
    )
    expects: list[Expectation] = Field(
        default=[], description="Findings it would normally bring (missing ones weigh)."
    )
    examination: Text = Field(
        description="What a clinician examines to confirm or set it apart."
    )


class Term(Entry):
    """A word explained where it appears in the page."""

    id: Slug = Field(description="Term id.")
    term: str = Field(description="The word as a heading.")
    matches: list[str] = Field(description="Forms found in texts, longest first.")
    definition: Text = Field(description="A short definition in plain words.")


class Weight(Entry):
    """One number of the ranking, with the reason for it."""

    value: float = Field(description="The number.")
    reason: str = Field(description="One line: why this value.")


class Weights(Entry):
    """Every number the ranking uses, each with its reason."""

    region_typical: Weight = Field(description="A selected region where it hurts.")
    region_source: Weight = Field(description="A selected region where it starts.")
    region_on_pathway: Weight = Field(description="A region its pathway reaches.")
    region_on_chain: Weight = Field(
        description="A region only its kinetic-chain link reaches."
    )
    region_unexplained: Weight = Field(description="A region it cannot explain.")
    strong: Weight = Field(description="A strongly supporting symptom.")
    moderate: Weight = Field(description="A moderately supporting symptom.")
    weak: Weight = Field(description="A weakly supporting symptom.")
    against_factor: Weight = Field(description="Multiplier for arguing symptoms.")
    shown_above: Weight = Field(description="Lowest score still listed.")
    expected_missing: Weight = Field(
        description="Per group of usual findings none of which is ticked."
    )
    strong_above: Weight = Field(description="Lowest score of a strong candidate.")
    strong_needs: Weight = Field(
        description="Specific pieces of evidence a strong candidate needs."
    )
    moderate_above: Weight = Field(description="Lowest score of a moderate one.")
    tie_margin: Weight = Field(description="Scores this close are equally likely.")
    close_margin: Weight = Field(
        description="A lead this small or smaller asks questions that tell apart."
    )
    questions_asked: Weight = Field(description="How many questions to ask at most.")


class UiText(Entry):
    """The page's own words: headings, prompts and sentence patterns."""

    language_name: str = Field(description="The language's name, in itself.")
    language_label: str = Field(description="Name of the language choice.")
    view_label: str = Field(description="Name of the front/back choice.")
    question_chip: str = Field(
        description="A one-tap question on a symptom's chip: pattern, {symptom}."
    )
    side_label: str = Field(description="Name of the right/left leg choice.")
    layers_label: str = Field(description="Name of the layer switches.")
    title: str = Field(description="App name shown in the header.")
    tagline: str = Field(description="One line under the title.")
    disclaimer: str = Field(description="Educates, does not diagnose.")
    invitation: str = Field(description="Shown while nothing is selected.")
    areas_heading: str = Field(description="Heading over the map.")
    symptoms_heading: str = Field(description="Heading over the symptom boxes.")
    red_flag_symptoms_heading: str = Field(description="Heading over warning signs.")
    candidates_heading: str = Field(description="Heading over the ranked list.")
    red_flags_heading: str = Field(description="Heading of the warning panel.")
    what_it_is: str = Field(description="Heading: what the condition is.")
    pathway: str = Field(description="Heading: how pain reaches the areas.")
    supports: str = Field(description="Heading: what else points to it.")
    against: str = Field(description="Heading: what argues against it.")
    first_steps: str = Field(description="Heading: first steps.")
    explains: str = Field(description="Prefix of the explained-areas line.")
    typical: str = Field(description="Prefix of the typical-areas line.")
    section: str = Field(description="Prefix naming the cited source.")
    nerve_path: str = Field(description="Pattern: {nerve}, {start}, {regions}.")
    dermatome_path: str = Field(description="Pattern: {dermatomes}, {regions}.")
    chain_path: str = Field(description="Pattern: {link}, {text}.")
    vessel_path: str = Field(description="Pattern: {vessel}, {regions}.")
    no_pathway: str = Field(description="When the condition stays local.")
    ignored_notice: str = Field(description="Pattern: {items} ignored from the URL.")
    view_front: str = Field(description="Label of the front view.")
    view_back: str = Field(description="Label of the back view.")
    side_left: str = Field(description="Label of the patient's left side.")
    side_right: str = Field(description="Label of the patient's right side.")
    side_cue_front: str = Field(description="Pattern: {side}, viewed from the front.")
    side_cue_back: str = Field(description="Pattern: {side}, viewed from behind.")
    layer_nerves: str = Field(description="Label of the nerves layer.")
    layer_dermatomes: str = Field(description="Label of the dermatomes layer.")
    layer_chain: str = Field(description="Label of the kinetic-chain layer.")
    region_label: str = Field(description="Pattern: {side} {name} for a region.")
    clear: str = Field(description="Label of the clear-selection button.")
    side_word_right: str = Field(description="'Right', as it starts a region name.")
    side_word_left: str = Field(description="'Left', as it starts a region name.")
    level_emergency: str = Field(description="Name of the emergency level.")
    level_urgent: str = Field(description="Name of the urgent level.")
    level_see_clinician: str = Field(description="Name of the see-a-clinician level.")
    announce: str = Field(description="Pattern: {count} sources, {top} first.")
    map_label: str = Field(description="Accessible name of the drawing.")
    key_point_label: str = Field(
        description="Name of a key sensory point: {root} and {where}."
    )
    key_point_test: str = Field(
        description="How a key sensory point is tested (ISNCSCI), clinician words."
    )
    picker_heading: str = Field(description="Summary of the list of areas.")
    intro: str = Field(description="One paragraph on referred pain, under the header.")
    voice_label: str = Field(description="Label of the clinician-terms switch.")
    present_label: str = Field(description="Label of the presentation-mode button.")
    share_label: str = Field(description="Label of the share button.")
    compare_heading: str = Field(description="Root or nerve: the tool's title.")
    compare_intro: str = Field(description="Root or nerve: what it shows.")
    compare_root: str = Field(description="Label of the root choice.")
    compare_nerve: str = Field(description="Label of the nerve choice.")
    compare_none: str = Field(description="The empty choice.")
    compare_summary: str = Field(
        description="Pattern: {root}, {nerve}, {root_only}, {nerve_only}, {both}."
    )
    compare_nothing: str = Field(description="Word for an empty list of areas.")
    legend_root_only: str = Field(description="Key: only the root's skin band.")
    legend_nerve_only: str = Field(description="Key: only the nerve's skin.")
    legend_both: str = Field(description="Key: both reach this area.")
    dermatome_map_label: str = Field(description="Name of the dermatome map choice.")
    legend_map: str = Field(description="Key of the bands: pattern with {map}.")
    legend_differs: str = Field(description="Key: the dermatome maps disagree here.")
    maps_heading: str = Field(description="Both maps for one root: pattern, {root}.")
    maps_intro: str = Field(description="What the two maps side by side show.")
    maps_covers: str = Field(description="Pattern: {map}, {regions} its band covers.")
    maps_differ: str = Field(description="Pattern: {regions} the maps disagree about.")
    maps_agree: str = Field(description="Said when both maps draw the root alike.")
    matrix_label: str = Field(description="Label of the referral matrix button.")
    matrix_heading: str = Field(description="Heading of the referral matrix.")
    matrix_intro: str = Field(description="What the matrix shows, one sentence.")
    matrix_close: str = Field(description="Label of the matrix's close button.")
    matrix_csv: str = Field(description="Link to the matrix as a CSV file.")
    matrix_table: str = Field(description="Summary of the matrix as a table.")
    matrix_your_area: str = Field(description="Marks a selected area's row.")
    matrix_hover: str = Field(
        description="Hover pattern: {region}, {condition}, {how}, {pathway}."
    )
    how_source: str = Field(description="Matrix: the trouble sits here.")
    how_typical: str = Field(description="Matrix: it typically hurts here.")
    how_pathway: str = Field(description="Matrix: a nerve, band or vessel reaches.")
    how_chain: str = Field(description="Matrix: only the kinetic chain reaches.")
    how_none: str = Field(description="Matrix: it does not reach here.")
    share_heading: str = Field(description="Heading of the share panel.")
    share_copied: str = Field(description="Said when the link was copied.")
    share_copy_failed: str = Field(description="Said when copying was refused.")
    print_label: str = Field(description="Label of the print button.")
    glossary_heading: str = Field(description="Heading of the list of words explained.")
    handout_heading: str = Field(description="Heading of the printed candidates.")
    zoom_label: str = Field(description="Name of the zoom control.")
    legend_selected: str = Field(description="Legend: areas the reader selected.")
    legend_typical: str = Field(description="Legend: where the condition hurts.")
    legend_pathway: str = Field(description="Legend: the pathway lit on the map.")
    legend_nerve: str = Field(description="Legend: the other nerves.")
    zoom_whole: str = Field(description="Zoom: the whole limb.")
    zoomed_to: str = Field(description="Pattern: {part} enlarged after a tap.")
    legend_key_point: str = Field(description="Legend: a dermatome's key point.")
    legend_site: str = Field(description="Legend: where a nerve is often trapped.")
    legend_root: str = Field(description="Legend: roots leaving the spine.")
    legend_chain: str = Field(description="Legend: the kinetic chain's joints.")
    map_controls: str = Field(description="Name of the view, side and layer bar.")
    present_exit: str = Field(description="Label of the button leaving presentation.")
    previous_candidate: str = Field(description="Presentation: the candidate before.")
    next_candidate: str = Field(description="Presentation: the candidate after.")
    flags_less: str = Field(description="Folds the warning banner to one line.")
    flags_more: str = Field(description="Unfolds the warning banner.")
    results_heading_short: str = Field(description="Short heading of the ranked list.")
    announce_unsure: str = Field(description="Pattern: {count} sources, {tops} tied.")
    strength_strong: str = Field(description="A strong candidate, in words.")
    strength_moderate: str = Field(description="A moderate candidate, in words.")
    strength_weak: str = Field(description="A weak candidate, in words.")
    verdict_best: str = Field(description="Pattern: {name} leads alone, not weakly.")
    verdict_tied: str = Field(description="When several share first place.")
    verdict_weak: str = Field(description="When the first candidate is weak.")
    questions_intro: str = Field(description="Before the questions that tell apart.")
    examine_heading: str = Field(description="Summary: examinations that tell apart.")
    examine_article: str = Field(description="The article's examination advice.")
    unexplained: str = Field(description="Prefix of the unexplained-areas line.")
    missing: str = Field(description="Prefix of the usual findings not ticked.")
    edge_tie: str = Field(description="Pattern: as likely as {next}.")
    edge_explains: str = Field(description="Pattern: above {next}, explains {items}.")
    edge_typical: str = Field(description="Pattern: above {next}, {items} typical.")
    edge_fits: str = Field(description="Pattern: above {next}, {items} fit it.")
    edge_against: str = Field(description="Pattern: above {next}, {items} against it.")
    edge_missing: str = Field(description="Pattern: above {next}, lacking {items}.")
    edge_common: str = Field(description="Pattern: above {next} by being commoner.")
    why_heading: str = Field(description="Heading: why it ranks where it does.")
    from_references: str = Field(description="Marks a look-alike not in the article.")
    or_word: str = Field(description="'or', between findings any one of which will do.")
    must_not_miss: str = Field(
        description="Badge of a candidate that must not be missed."
    )
    only_if_heading: str = Field(
        description="Before the dangerous causes left off for want of their signs."
    )
    only_if: str = Field(description="Pattern: {name} listed only with {findings}.")
    nothing_explains: str = Field(
        description="When something is selected but nothing known explains it."
    )
