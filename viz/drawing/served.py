"""The drawings served agree with data/: each view draws exactly the areas
data/regions.yaml gives it, and every fingertip target belongs to one of them.
The generator refuses to write a drawing that disagrees; this reads the files
as they are served, so a stale or hand-edited one stops start-up by name."""

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from viz.content import ContentError, Problem, load_knowledge_base
from viz.knowledge import KnowledgeBase
from viz.urlstate import VIEWS

from . import SVG_DIR, drawing_name

REGIONS = "data/regions.yaml"


def problems(kb: KnowledgeBase, directory: Path | None = None) -> list[Problem]:
    """A problem per drawing that cannot be read, per area it lacks, and per
    area or target it draws that its view does not have."""
    directory = directory or SVG_DIR
    found: list[Problem] = []
    for map_id in kb.maps:
        for view in VIEWS:
            name = f"{drawing_name(kb.with_map(map_id), view)}.svg"
            found += _problems(kb, view, directory / name, f"assets/svg/{name}")
    return found


def _problems(kb: KnowledgeBase, view: str, path: Path, name: str) -> list[Problem]:
    try:
        root = ET.parse(path).getroot()
    except FileNotFoundError:
        return [Problem(name, "-", "file is missing")]
    except ET.ParseError as err:
        return [Problem(name, f"line {err.position[0]}", f"not a drawing: {err}")]
    drawn = [
        el.get("data-region", "") for el in root.iter() if "data-region" in el.attrib
    ]
    targets = [el.get("data-hit", "") for el in root.iter() if "data-hit" in el.attrib]
    expected = {r.id for r in kb.regions.values() if view in r.views}
    out = [
        Problem(name, r, f"area missing: {REGIONS} draws it in the {view} view")
        for r in expected
        if r not in drawn
    ]
    out += [
        Problem(name, r, f"area not in the {view} view of {REGIONS}")
        for r in dict.fromkeys(drawn)
        if r not in expected
    ]
    out += [
        Problem(name, r, f"fingertip target of an area not in the {view} view")
        for r in dict.fromkeys(targets)
        if r not in expected
    ]
    out += [
        Problem(name, r, "area drawn more than once")
        for r in dict.fromkeys(drawn)
        if drawn.count(r) > 1
    ]
    return out


def check(kb: KnowledgeBase, directory: Path | None = None) -> None:
    """Raise ContentError naming every disagreement, if any."""
    found = problems(kb, directory)
    if found:
        raise ContentError(found, "data/ and assets/svg/")


if __name__ == "__main__":  # make check
    try:
        check(load_knowledge_base())
    except ContentError as err:
        sys.exit(str(err))
    print("assets/svg/ agrees with data/: every view draws its areas.")
