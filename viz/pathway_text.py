"""One structure that carries the pain, put into words with the source it cites."""

from viz.knowledge import KnowledgeBase
from viz.models import PathwayMatch


def pathway_sentence(kb: KnowledgeBase, m: PathwayMatch) -> tuple[str, str]:
    """The sentence naming a nerve, band, chain link or vessel and the areas it
    reaches, in the base's language, and the id of the source it cites."""
    match m.kind:
        case "nerve":
            nerve = kb.nerves[m.id]
            regions = kb.region_names(m.regions)
            if m.start:  # trapped at a site: the pain starts there
                start = kb.sites[m.start][1].name
            elif nerve.course[0] in m.regions:  # it starts among the areas reached
                line = kb.ui.nerve_path_through.format(
                    nerve=nerve.name, regions=regions
                )
                return line, nerve.description.source
            else:
                start = kb.regions[nerve.course[0]].name
            line = kb.ui.nerve_path.format(
                nerve=nerve.name, start=start, regions=regions
            )
            return line, nerve.description.source
        case "dermatome":
            line = kb.ui.dermatome_path.format(
                dermatomes=m.id, regions=kb.region_names(m.regions)
            )
            return line, kb.band(m.id).note.source
        case "chain":
            link = kb.links[m.id]
            name = f"{kb.segments[link.upper].name} – {kb.segments[link.lower].name}"
            text = link.how_faults_travel
            return kb.ui.chain_path.format(link=name, text=text.patient), text.source
        case "vessel":
            vessel = kb.vessels[m.id]
            line = kb.ui.vessel_path.format(
                vessel=vessel.name, regions=kb.region_names(m.regions)
            )
            return line, vessel.source
    raise ValueError(f"unknown kind of pathway '{m.kind}'")
