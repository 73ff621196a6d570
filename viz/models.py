"""Pydantic models of the knowledge base: one model per kind of entry in data/."""

import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Annotated, ClassVar, Literal, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$")]
DermatomeId = Annotated[str, StringConstraints(pattern=r"^[LS][1-5]$")]
LinkId = Annotated[str, StringConstraints(pattern=r"^[a-z_]+-[a-z_]+$")]
Level = Literal["emergency", "urgent", "see_clinician"]
View = Literal["front", "back"]
Strength = Literal["strong", "moderate", "weak"]


class Entry(BaseModel):
    """Base of every entry: unknown keys are refused, entries are read-only."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    # The field naming an item of a list in every language: a translation gives
    # a list's texts under this key, never by position (viz/i18n/).
    key_field: ClassVar[str] = "id"

    @property
    def key(self) -> str:
        """The item's key in a list: what a translation finds its texts by."""
        return str(getattr(self, self.key_field))


E = TypeVar("E", bound=Entry)


def _each_once(items: list[E]) -> list[E]:
    keys = [item.key for item in items]
    twice = sorted({k for k in keys if keys.count(k) > 1})
    if twice:
        raise ValueError(f"listed twice: {', '.join(twice)}")
    return items


# A list whose items translations find by key (Entry.key_field): no key twice.
Keyed = AfterValidator(_each_once)


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


class Sign(Text):
    """An examination finding that tells a root from a nerve, keyed by id."""

    id: Slug = Field(description="Stable id within the pair: translations use it.")


class Nerve(Entry):
    """A nerve of the lower limb with its course and skin territory."""

    id: Slug = Field(description="Contract id, used as data-nerve.")
    name: str = Field(description="Plain name.")
    anatomical: str = Field(description="Anatomical name (e.g. common fibular).")
    roots: list[DermatomeId] = Field(description="Spinal roots it carries.")
    branch_of: Slug | None = Field(None, description="Parent nerve, if a branch.")
    course: list[Slug] = Field(description="Regions it runs through, top to bottom.")
    territory: list[Slug] = Field(description="Regions whose skin it supplies.")
    sites: Annotated[list[Site], Keyed] = Field(
        default=[], description="Entrapment sites."
    )
    description: Text = Field(description="What the nerve does and where it runs.")
    versus_root: dict[DermatomeId, Annotated[list[Sign], Keyed]] = Field(
        default={},
        description="Per root whose skin band overlaps its own, the examination"
        " that tells that root's trouble from this nerve's.",
    )


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

    key_field: ClassVar[str] = "symptom"

    symptom: Slug = Field(description="The symptom.")
    strength: Strength = Field("moderate", description="How much it weighs.")
    why: str = Field(description="One line: why it points this way.")


class Expectation(Entry):
    """Findings a condition nearly always brings; their absence counts against it.

    Met by any one of the findings, or by one of `or_areas` selected, or by at
    least `or_run` selected areas that the condition reaches along its pathways (a
    root's pain running down its band).
    """

    id: Slug = Field(description="Stable id within the condition: translations use it.")
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


class Step(Text):
    """A first step to take, with an id that its translations are keyed by."""

    id: Slug = Field(description="Stable id within the condition: translations use it.")


class Condition(Entry):
    """A candidate source of pain felt away from it."""

    id: Slug = Field(description="Contract id, used as data-condition.")
    name: str = Field(description="Plain name.")
    clinician_name: str = Field(description="Name for clinicians.")
    short_name: str = Field(
        description="Plain name inside a sentence: short, lower case but for a"
        " proper name, with its article where the language needs one."
    )
    clinician_short_name: str = Field(
        description="Clinician's name inside a sentence, as short_name."
    )
    what_it_is: Text = Field(description="What the condition is.")
    how_it_refers: Text = Field(description="How it sends pain to distant areas.")
    source_regions: list[Slug] = Field(description="Where the trouble sits.")
    typical_regions: list[Slug] = Field(description="Where it typically hurts.")
    pathways: list[Pathway] = Field(description="What carries pain from source.")
    supports: Annotated[list[Evidence], Keyed] = Field(
        description="Symptoms that point to it."
    )
    against: Annotated[list[Evidence], Keyed] = Field(
        default=[], description="Ones that argue against."
    )
    first_steps: Annotated[list[Step], Keyed] = Field(
        description="First steps the article suggests."
    )
    red_flags: list[Slug] = Field(default=[], description="Warning signs to watch.")
    prior: float = Field(0.0, description="Head start from how common it is.")
    must_not_miss: bool = Field(
        False,
        description="Dangerous if missed: first among equals, and listed only with"
        " its hallmarks (every `expects` group met).",
    )
    expects: Annotated[list[Expectation], Keyed] = Field(
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


class UiText:
    """The page's own words (headings, prompts, sentence patterns), read as
    attributes: `kb.ui.title`. data/ui.yaml declares the keys; every language
    gives exactly those (viz/i18n/), and an unknown key raises."""

    __slots__ = ("_texts",)
    _texts: Mapping[str, str]

    def __init__(self, texts: Mapping[str, str]) -> None:
        object.__setattr__(self, "_texts", MappingProxyType(dict(texts)))

    def __getattr__(self, key: str) -> str:
        if key.startswith("_"):
            raise AttributeError(key)
        try:
            return self._texts[key]
        except KeyError:
            raise AttributeError(f"data/ui.yaml has no text '{key}'") from None

    def __setattr__(self, key: str, value: object) -> None:
        raise AttributeError("the page's words are read-only")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, UiText) and dict(self._texts) == dict(other._texts)

    def __hash__(self) -> int:
        return hash(tuple(self._texts.items()))

    def __repr__(self) -> str:
        return f"UiText({len(self._texts)} texts)"

    def as_dict(self) -> dict[str, str]:
        """Every text by key, in the order of data/ui.yaml."""
        return dict(self._texts)

    @staticmethod
    def problems(raw: object) -> list[str]:
        """What keeps a mapping from being the page's words: keys must be
        lowercase slugs (not a method's name), values non-empty texts."""
        if not isinstance(raw, dict):
            return ["expected the texts by key"]
        slug = re.compile(r"^[a-z][a-z0-9_]*$")
        out = [f"'{k}': a key is a lowercase slug" for k in raw
               if not slug.match(str(k))]  # fmt: skip
        out += [f"{k}: the name of a method, not a text" for k in raw
                if k in dir(UiText)]  # fmt: skip
        out += [f"{k}: expected a text" for k, v in raw.items()
                if not isinstance(v, str) or not v.strip()]  # fmt: skip
        return out
