"""Cross-reference checks: every id an entry mentions must exist."""

from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING

from pydantic import BaseModel

from viz.models import (
    ChainPathway,
    DermatomePathway,
    NervePathway,
    Pathway,
    Text,
    VesselPathway,
)

if TYPE_CHECKING:
    from viz.knowledge import KnowledgeBase

Found = tuple[str, str, str]  # (file, entry, message)


def unknown(ids: Iterable[str], known: Mapping[str, object], what: str) -> list[str]:
    """A problem for each id missing from a catalogue."""
    return [f"unknown {what} '{i}'" for i in ids if i not in known]


def reference_problems(kb: "KnowledgeBase") -> list[Found]:
    """Every dangling reference in the knowledge base, one per problem."""
    return [
        *_regions(kb),
        *_nerves(kb),
        *_dermatomes(kb),
        *_chain(kb),
        *_vessels(kb),
        *_red_flags(kb),
        *_conditions(kb),
        *_sources(kb),
    ]


def _regions(kb: "KnowledgeBase") -> Iterator[Found]:
    for r in kb.regions.values():
        msgs = list(unknown([r.chain_segment], kb.segments, "chain segment"))
        msgs += unknown([r.zoom], kb.parts, "part")
        for msg in msgs:
            yield "regions.yaml", r.id, msg
    for part in kb.parts.values():
        if not any(r.zoom == part.id for r in kb.regions.values()):
            yield "regions.yaml", part.id, "no region is enlarged with this part"


def _nerves(kb: "KnowledgeBase") -> Iterator[Found]:
    for n in kb.nerves.values():
        msgs = list(unknown(n.course + n.territory, kb.regions, "region"))
        msgs += unknown([s.region for s in n.sites], kb.regions, "region")
        if n.branch_of is not None:
            msgs += unknown([n.branch_of], kb.nerves, "parent nerve")
        msgs += unknown(n.versus_root, kb.dermatomes, "root")
        for msg in msgs:
            yield "nerves.yaml", n.id, msg


def _dermatomes(kb: "KnowledgeBase") -> Iterator[Found]:
    if not kb.maps:
        yield "dermatomes.yaml", "-", "no dermatome map under 'maps:'"
    for d in kb.dermatomes.values():
        for msg in unknown([d.key_point.region], kb.regions, "region"):
            yield "dermatomes.yaml", d.id, f"key point: {msg}"
        for m in kb.maps:
            if m not in d.bands:
                yield "dermatomes.yaml", d.id, f"no band in the map '{m}'"
        for m, band in d.bands.items():
            if m not in kb.maps:
                yield "dermatomes.yaml", d.id, f"band of an unknown map '{m}'"
            for msg in unknown(band.regions, kb.regions, "region"):
                yield "dermatomes.yaml", d.id, f"{m}: {msg}"
            if (
                d.key_point.region in kb.regions
                and d.key_point.region not in band.regions
            ):
                yield "dermatomes.yaml", d.id, f"{m}: key point lies outside the band"


def _chain(kb: "KnowledgeBase") -> Iterator[Found]:
    for link in kb.links.values():
        for msg in unknown([link.upper, link.lower], kb.segments, "segment"):
            yield "chain.yaml", link.id, msg
        if link.id != f"{link.upper}-{link.lower}":
            yield "chain.yaml", link.id, "id must be 'upper-lower'"


def _vessels(kb: "KnowledgeBase") -> Iterator[Found]:
    for v in kb.vessels.values():
        for msg in unknown(v.regions, kb.regions, "region"):
            yield "vessels.yaml", v.id, msg


def _red_flags(kb: "KnowledgeBase") -> Iterator[Found]:
    for flag in kb.red_flags.values():
        msgs = unknown(sorted(flag.findings()), kb.symptoms, "symptom")
        msgs += unknown(flag.areas_any, kb.regions, "region")
        msgs += unknown(flag.superseded_by, kb.red_flags, "rule")
        if not flag.findings():
            msgs.append("a rule must read at least one finding")
        for msg in msgs:
            yield "red_flags.yaml", flag.id, msg
    covered = {s for flag in kb.red_flags.values() for s in flag.all_of}
    for s in kb.symptoms.values():
        if s.red_flag and s.id not in covered:
            yield "symptoms.yaml", s.id, "red-flag symptom raised by no rule"
        if not s.red_flag and not s.question:
            yield "symptoms.yaml", s.id, "ordinary symptom without a question to ask"


def _conditions(kb: "KnowledgeBase") -> Iterator[Found]:
    for c in kb.conditions.values():
        msgs = list(unknown(c.source_regions + c.typical_regions, kb.regions, "region"))
        symptoms = [e.symptom for e in c.supports + c.against]
        symptoms += [s for e in c.expects for s in e.any_of]
        msgs += unknown(symptoms, kb.symptoms, "symptom")
        msgs += unknown(
            [r for e in c.expects for r in e.or_areas], kb.regions, "region"
        )
        if c.must_not_miss and not c.expects:
            msgs.append("a must-not-miss condition needs its hallmarks (expects)")
        msgs += unknown(c.red_flags, kb.red_flags, "red flag")
        for p in c.pathways:
            msgs += pathway_problems(kb, p)
        for msg in msgs:
            yield "conditions.yaml", c.id, msg


def pathway_problems(kb: "KnowledgeBase", p: Pathway) -> list[str]:
    """What a pathway names that the knowledge base does not hold."""
    match p:
        case NervePathway(site=None):
            return unknown([p.nerve], kb.nerves, "nerve")
        case NervePathway():
            msgs = unknown([p.nerve], kb.nerves, "nerve")
            if p.site not in kb.sites:
                msgs.append(f"unknown site '{p.site}'")
            elif kb.sites[p.site][0].id != p.nerve:
                msgs.append(f"site '{p.site}' is not on nerve '{p.nerve}'")
            return msgs
        case DermatomePathway():
            return unknown(p.dermatomes, kb.dermatomes, "dermatome")
        case ChainPathway():
            return unknown(p.links, kb.links, "chain link")
        case VesselPathway():
            return unknown([p.vessel], kb.vessels, "vessel")


def _texts(node: object) -> Iterator[Text]:
    """Every Text inside an entry, however deep."""
    if isinstance(node, Text):
        yield node
    elif isinstance(node, BaseModel):
        for name in type(node).model_fields:
            yield from _texts(getattr(node, name))
    elif isinstance(node, list | tuple):
        for item in node:
            yield from _texts(item)
    elif isinstance(node, dict):
        for item in node.values():
            yield from _texts(item)


def _sources(kb: "KnowledgeBase") -> Iterator[Found]:
    files: list[tuple[str, Mapping[str, BaseModel]]] = [
        ("nerves.yaml", kb.nerves),
        ("dermatomes.yaml", kb.maps),
        ("dermatomes.yaml", kb.dermatomes),
        ("chain.yaml", kb.links),
        ("red_flags.yaml", kb.red_flags),
        ("conditions.yaml", kb.conditions),
        ("glossary.yaml", kb.glossary),
    ]
    for file, entries in files:
        for entry_id, entry in entries.items():
            for text in _texts(entry):
                if text.source not in kb.sources:
                    yield file, entry_id, f"unknown source '{text.source}'"
    for v in kb.vessels.values():
        if v.source not in kb.sources:
            yield "vessels.yaml", v.id, f"unknown source '{v.source}'"
