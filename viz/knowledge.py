"""The validated knowledge base, read-only, with the lookups the reasoning needs."""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import cached_property, wraps
from typing import Any, TypeVar

from viz.models import (
    Band,
    ChainPathway,
    Condition,
    Dermatome,
    DermatomeMap,
    DermatomePathway,
    Link,
    Nerve,
    NervePathway,
    Part,
    Pathway,
    PathwayMatch,
    RedFlag,
    Region,
    Segment,
    Site,
    Source,
    Symptom,
    Term,
    UiText,
    Vessel,
    VesselPathway,
    Weights,
)

T = TypeVar("T")


def per_knowledge_base(fn: Callable[..., T]) -> Callable[..., T]:
    """Cache fn(kb, *args) on the knowledge base itself, so that the cache lives
    and dies with it (a module-level cache would keep every base alive)."""
    slot = f"_cached_{fn.__module__}.{fn.__name__}"

    @wraps(fn)
    def cached(kb: "KnowledgeBase", *args: Any) -> T:
        store = kb.__dict__.setdefault(slot, {})
        if args not in store:
            store[args] = fn(kb, *args)
        return store[args]

    return cached


WHOLE = "whole"  # the zoom= value that shows the whole limb


@dataclass(frozen=True, eq=False)
class KnowledgeBase:
    """Every entry of data/, keyed by id, in file order."""

    sources: dict[str, Source]
    regions: dict[str, Region]
    parts: dict[str, Part]
    nerves: dict[str, Nerve]
    dermatomes: dict[str, Dermatome]
    segments: dict[str, Segment]
    links: dict[str, Link]
    vessels: dict[str, Vessel]
    symptoms: dict[str, Symptom]
    red_flags: dict[str, RedFlag]
    conditions: dict[str, Condition]
    glossary: dict[str, Term]
    weights: Weights
    ui: UiText
    maps: dict[str, DermatomeMap]
    # The dermatome map this base reads bands from ("" = the first, the default);
    # with_map gives the same base reading another map.
    dermatome_map: str = ""
    # The language of its texts, and per language the fields holding texts
    # (viz/i18n.py); with_lang gives the same base in another language.
    lang: str = "en"
    translations: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def map_id(self) -> str:
        """The dermatome map the bands, the reasoning and the drawing follow."""
        return self.dermatome_map or next(iter(self.maps))

    def band(self, root: str) -> Band:
        """A root's skin band in this base's dermatome map."""
        return self.dermatomes[root].bands[self.map_id]

    def maps_differ(self, root: str) -> tuple[str, ...]:
        """Regions the dermatome maps do not agree the root's band covers, in
        anatomical order."""
        bands = self.dermatomes[root].bands.values()
        some = set().union(*(b.regions for b in bands))
        every = set(some).intersection(*(b.regions for b in bands))
        return self.ordered(some - every)

    def with_map(self, map_id: str) -> "KnowledgeBase":
        """The same base, its bands read from another dermatome map; made once
        per map and kept, so that its caches are kept too."""
        return self._variant((self.lang, map_id), {"dermatome_map": map_id})

    @property
    def languages(self) -> dict[str, str]:
        """Every language the page is written in, each named in itself."""
        if not self.translations:
            return {self.lang: self.ui.language_name}
        return {c: f["ui"].language_name for c, f in self.translations.items()}

    def with_lang(self, code: str) -> "KnowledgeBase":
        """The same base, its texts in another language (its map kept)."""
        return self._variant(
            (code, self.map_id), {"lang": code, **self.translations[code]}
        )

    def _variant(
        self, key: tuple[str, str], changes: dict[str, Any]
    ) -> "KnowledgeBase":
        """The base of the same family for (language, map), made once and kept,
        so that its caches are kept too."""
        family = self.__dict__.setdefault("_family", {(self.lang, self.map_id): self})
        if key not in family:
            variant = replace(self, **changes)
            variant.__dict__["_family"] = family
            family[key] = variant
        return family[key]

    @cached_property
    def zooms(self) -> dict[str, str]:
        """Every zoom= value with its button label: the whole limb, then the parts."""
        return {WHOLE: self.ui.zoom_whole} | {p.id: p.name for p in self.parts.values()}

    @cached_property
    def sites(self) -> dict[str, tuple[Nerve, Site]]:
        """Every entrapment site with the nerve it belongs to."""
        return {s.id: (n, s) for n in self.nerves.values() for s in n.sites}

    def branches(self, nerve_id: str) -> list[str]:
        """The nerve and all the branches that stem from it, top down."""
        found = [nerve_id]
        for nerve in self.nerves.values():
            if nerve.branch_of == nerve_id:
                found += self.branches(nerve.id)
        return found

    def _trap_index(self, nerve_id: str, site_id: str | None) -> int:
        """Where along the nerve's course a site traps it (0: at its top)."""
        course = self.nerves[nerve_id].course
        if site_id is None:
            return 0
        region = self.sites[site_id][1].region
        return course.index(region) if region in course else 0

    def branches_below(self, nerve_id: str, site_id: str | None = None) -> list[str]:
        """The nerve and the branches a trap at the site can affect, top down.

        A branch that leaves the nerve above the trap (the sural nerve above the
        tarsal tunnel) is spared; one whose departure is not on the nerve's
        course is kept.
        """
        course = self.nerves[nerve_id].course
        trap = self._trap_index(nerve_id, site_id)
        found = [nerve_id]
        for nerve in self.nerves.values():
            if nerve.branch_of != nerve_id:
                continue
            departs = nerve.course[0] if nerve.course else None
            if departs in course and course.index(departs) < trap:
                continue
            found += self.branches(nerve.id)
        return found

    def nerve_regions(self, nerve_id: str, site_id: str | None = None) -> set[str]:
        """Regions a nerve reaches below a site: its course on, its branches, skin."""
        nerve = self.nerves[nerve_id]
        reached = set(nerve.course[self._trap_index(nerve_id, site_id) :])
        reached |= set(nerve.territory)
        for branch in self.branches_below(nerve_id, site_id)[1:]:
            reached |= self.own_regions(branch)
        return reached

    def skin_of(self, nerve_id: str) -> set[str]:
        """The skin a nerve and its branches supply (its sensory territory)."""
        return {r for n in self.branches(nerve_id) for r in self.nerves[n].territory}

    def own_regions(self, nerve_id: str) -> set[str]:
        """Regions a nerve runs through or supplies, without its branches."""
        nerve = self.nerves[nerve_id]
        return set(nerve.course) | set(nerve.territory)

    def link_regions(self, link_id: str) -> set[str]:
        """Regions of the two segments a kinetic-chain link joins."""
        link = self.links[link_id]
        return self.segment_regions(link.upper) | self.segment_regions(link.lower)

    def pathway_regions(self, p: Pathway) -> set[str]:
        """Regions a pathway of a condition reaches."""
        match p:
            case NervePathway(branches=False):
                return self.own_regions(p.nerve)
            case NervePathway():
                return self.nerve_regions(p.nerve, p.site)
            case DermatomePathway():
                return {r for d in p.dermatomes for r in self.band(d).regions}
            case ChainPathway():
                return {r for link in p.links for r in self.link_regions(link)}
            case VesselPathway():
                return set(self.vessels[p.vessel].regions)

    def pathway_structures(self, p: Pathway) -> list[PathwayMatch]:
        """The structures that carry a pathway's pain, each with what it reaches:
        a trapped nerve first (from its site), then its branches below the trap."""
        match p:
            case NervePathway():
                nerves = self.branches_below(p.nerve, p.site)[
                    : None if p.branches else 1
                ]
                reached = self.pathway_regions(p)
                if p.site is not None:
                    reached.add(self.sites[p.site][1].region)
                first = PathwayMatch("nerve", nerves[0], self.ordered(reached), p.site)
                rest = [
                    PathwayMatch("nerve", n, self.ordered(self.own_regions(n)))
                    for n in nerves[1:]
                ]
                return [first, *rest]
            case DermatomePathway():
                return [
                    PathwayMatch("dermatome", d, tuple(self.band(d).regions))
                    for d in p.dermatomes
                ]
            case ChainPathway():
                return [
                    PathwayMatch("chain", link, self.ordered(self.link_regions(link)))
                    for link in p.links
                ]
            case VesselPathway():
                vessel = self.vessels[p.vessel]
                return [PathwayMatch("vessel", vessel.id, tuple(vessel.regions))]

    def ordered(self, regions: Iterable[str]) -> tuple[str, ...]:
        """Regions in the knowledge base's order: low back to sole."""
        wanted = set(regions)
        return tuple(r for r in self.regions if r in wanted)

    def region_names(self, ids: Iterable[str]) -> str:
        """A readable list of region names."""
        return ", ".join(self.regions[r].name for r in ids)

    @cached_property
    def reach(self) -> dict[str, dict[str, str]]:
        """Per condition, each region it explains and how: source, typical,
        pathway (a nerve, band or vessel reaches it) or chain (only the chain does)."""
        reach = {}
        for c in self.conditions.values():
            how = {
                r: "chain" if p.kind == "chain" else "pathway"
                for p in sorted(c.pathways, key=lambda p: p.kind != "chain")
                for r in self.pathway_regions(p)
            }
            how |= {r: "typical" for r in c.typical_regions}
            how |= {r: "source" for r in c.source_regions}
            reach[c.id] = how
        return reach

    def segment_regions(self, segment_id: str) -> set[str]:
        """Regions that belong to a kinetic-chain segment."""
        return {r.id for r in self.regions.values() if r.chain_segment == segment_id}

    def source_title(self, source_id: str) -> str:
        """An article section, or a reference with the part of it drawn on."""
        source = self.sources[source_id]
        return f"{source.title}: {source.topic}" if source.topic else source.title
