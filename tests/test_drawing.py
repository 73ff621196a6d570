"""Tests for the anatomical SVG generator and the committed front/back drawings."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import cache
from itertools import pairwise
from pathlib import Path

import pytest

from tests import contract
from viz.drawing import SVG_DIR, build, geometry
from viz.drawing.fingertip import widest_circle
from viz.drawing.framing import FIT

NS = "{http://www.w3.org/2000/svg}"
Point = tuple[float, float]

REGIONS = {
    view: {r for r, views in contract.REGIONS.items() if view in views}
    for view in ("front", "back")
}
DERMATOMES = {"front": {"L2", "L3", "L4", "L5", "S1"}, "back": {"L4", "L5", "S1", "S2"}}
KEY_POINTS = {"front": {"L2", "L3", "L4", "L5"}, "back": {"S1", "S2"}}
CHAIN = ["lumbar_spine", "pelvis", "hip", "knee", "ankle", "foot"]
VIEWS = ["front", "back"]
ZOOMS = set(contract.ZOOMS) - {"whole"}  # "whole" is the viewBox itself
ROOTS = ["L4", "L5", "S1"]


def load(view: str) -> ET.Element:
    """Parse a committed SVG."""
    return ET.parse(SVG_DIR / f"{view}.svg").getroot()


def subpaths(d: str) -> list[list[Point]]:
    """Polylines of an M/L/Z path."""
    out = []
    for chunk in re.split(r"(?=M)", d):
        nums = [float(v) for v in re.findall(r"-?\d+(?:\.\d+)?", chunk)]
        if nums:
            out.append(list(zip(nums[::2], nums[1::2], strict=True)))
    return out


def inside(pt: Point, polys: list[list[Point]]) -> bool:
    """Even-odd point-in-polygon over all subpaths."""
    return sum(geometry.inside(pt, poly) for poly in polys) % 2 == 1


def area(poly: list[Point]) -> float:
    """Unsigned shoelace area."""
    return (
        abs(
            sum(
                poly[i - 1][0] * p[1] - p[0] * poly[i - 1][1]
                for i, p in enumerate(poly)
            )
        )
        / 2
    )


def tagged(root: ET.Element, tag: str, key: str) -> dict[str, ET.Element]:
    """Elements of a tag keyed by their data-* attribute."""
    return {
        e.get(f"data-{key}"): e for e in root.iter(NS + tag) if e.get(f"data-{key}")
    }


def regions(root: ET.Element) -> dict[str, list[list[Point]]]:
    """Region polygons by id."""
    return {
        k: subpaths(e.get("d", "")) for k, e in tagged(root, "path", "region").items()
    }


def box(polys: list[list[Point]]) -> tuple[float, float, float, float]:
    """Bounding box (x0, y0, x1, y1) of polygons."""
    xs = [x for poly in polys for x, _ in poly]
    ys = [y for poly in polys for _, y in poly]
    return min(xs), min(ys), max(xs), max(ys)


def numbers(text: str) -> list[float]:
    """Numbers in an attribute value."""
    return [float(n) for n in text.split()]


def outline_of(root: ET.Element) -> list[list[Point]]:
    """Loops of the limb outline."""
    e = next(e for e in root.iter(NS + "path") if e.get("class") == "limb-outline")
    return subpaths(e.get("d", ""))


def near_outline(pt: Point, loops: list[list[Point]], tol: float) -> bool:
    """Whether a point is within tol of an outline edge."""
    x, y = pt
    for loop in loops:
        for (x0, y0), (x1, y1) in zip(loop, loop[1:] + loop[:1], strict=True):
            dx, dy = x1 - x0, y1 - y0
            t = max(
                0.0, min(1.0, ((x - x0) * dx + (y - y0) * dy) / (dx * dx + dy * dy))
            )
            if (x - x0 - t * dx) ** 2 + (y - y0 - t * dy) ** 2 <= tol * tol:
                return True
    return False


def centre(e: ET.Element) -> Point:
    """Centre of a circle element."""
    return float(e.get("cx", "nan")), float(e.get("cy", "nan"))


built = cache(build)  # one build for the tests that read it (about 1 s)


def test_committed_files_match_generator() -> None:
    for name, text in built().items():
        assert (SVG_DIR / name).read_text(encoding="utf-8") == text, (
            f"regenerate {name}"
        )


def test_generator_is_deterministic() -> None:
    assert built() == build()


@pytest.mark.parametrize("view", VIEWS)
def test_root_viewbox_and_no_words(view: str) -> None:
    """The drawing carries ids only; the page names it and its areas in the
    reader's language, from data/."""
    root = load(view)
    assert root.tag == NS + "svg"
    x, y, w, h = (float(n) for n in root.get("viewBox").split())
    for shape in root.iter():
        if shape.get("data-region"):
            numbers = [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", shape.get("d"))]
            xs, ys = numbers[0::2], numbers[1::2]
            assert x <= min(xs) and max(xs) <= x + w, shape.get("data-region")
            assert y <= min(ys) and max(ys) <= y + h, shape.get("data-region")
    for words in ("title", "desc"):
        assert not list(root.iter(NS + words)), words
    named = [e.tag for e in root.iter() if {"aria-label", "title"} & set(e.attrib)]
    assert not named
    # Its only texts are roots' ids, the same in every language, left unread.
    roots = DERMATOMES[view] | KEY_POINTS[view]
    unread = [e for e in root.iter() if e.get("aria-hidden") == "true"]
    hidden = {t for e in unread for t in e.iter(NS + "text")}
    for text in root.iter(NS + "text"):
        assert text.text in roots and text in hidden, text.text


@pytest.mark.parametrize("view", VIEWS)
def test_regions_present_with_attributes(view: str) -> None:
    root = load(view)
    paths = [e for e in root.iter(NS + "path") if e.get("data-region")]
    ids = [e.get("data-region") for e in paths]
    assert len(ids) == len(set(ids))
    assert set(ids) == REGIONS[view]
    for e in paths:
        assert e.get("class") == "region"
        assert e.get("tabindex") == "0"
        assert e.get("role") == "button"
        assert e.get("aria-pressed") == "false"
        assert e.get("d", "").count("M") == 1 and e.get("d", "").endswith("Z")


@pytest.mark.parametrize("view", VIEWS)
def test_regions_tile_the_limb(view: str) -> None:
    root = load(view)
    outline = next(
        e for e in root.iter(NS + "path") if e.get("class") == "limb-outline"
    )
    total = sum(area(p[0]) for p in regions(root).values())
    outer = sum(area(p) for p in subpaths(outline.get("d", "")))
    assert abs(total - outer) < 1e-3 * outer


@pytest.mark.parametrize("view", VIEWS)
def test_layers_are_inert_groups(view: str) -> None:
    root = load(view)
    layers = {
        g.get("data-layer"): g for g in root.iter(NS + "g") if g.get("class") == "layer"
    }
    assert set(layers) == {"nerves", "dermatomes", "chain", "sites"}
    assert all(g.get("pointer-events") == "none" for g in layers.values())
    for g in root.iter(NS + "g"):
        if g.get("class") in {"context", "details"}:
            assert g.get("pointer-events") == "none"
            assert not [k for e in g.iter() for k in e.attrib if k.startswith("data-")]


def nerve_paths(view: str) -> dict[str, list[Point]]:
    """The points of each nerve drawn in a view."""
    nerves = tagged(load(view), "path", "nerve")
    for e in nerves.values():
        assert e.get("class") == "nerve" and e.get("fill") == "none"
    return {
        nid: [p for sub in subpaths(e.get("d", "")) for p in sub]
        for nid, e in nerves.items()
    }


@pytest.mark.parametrize("view", VIEWS)
def test_each_nerve_drawn_crosses_the_regions_of_its_course_in_that_view(
    kb, view: str
) -> None:
    """data/nerves.yaml gives each nerve's course; wherever a nerve is drawn, its
    path runs over every region of that course the view shows."""
    polys = regions(load(view))
    for nid, pts in nerve_paths(view).items():
        for rid in kb.nerves[nid].course:
            if rid in polys:
                assert any(inside(p, polys[rid]) for p in pts), f"{nid} misses {rid}"


def test_every_region_of_a_nerves_course_is_crossed_in_some_view(kb) -> None:
    crossed: dict[str, set[str]] = {}
    for view in VIEWS:
        polys = regions(load(view))
        for nid, pts in nerve_paths(view).items():
            crossed.setdefault(nid, set()).update(
                rid for rid, poly in polys.items() if any(inside(p, poly) for p in pts)
            )
    assert set(crossed) == set(kb.nerves)
    for nerve in kb.nerves.values():
        missing = set(nerve.course) - crossed[nerve.id]
        assert not missing, f"{nerve.id} is drawn over none of {sorted(missing)}"


@pytest.mark.parametrize("view", VIEWS)
def test_dermatomes_and_key_points(kb, view: str) -> None:
    root = load(view)
    bands = tagged(root, "path", "dermatome")
    assert set(bands) == DERMATOMES[view]
    assert all(e.get("class") == "dermatome" for e in bands.values())
    keys = tagged(root, "circle", "key-point")
    assert set(keys) == KEY_POINTS[view]
    polys = regions(root)
    for kid, e in keys.items():
        assert e.get("class") == "key-point" and e.get("r") == "5"
        assert inside(centre(e), subpaths(bands[kid].get("d", ""))), kid
        assert inside(centre(e), polys[kb.dermatomes[kid].key_point.region]), kid


@pytest.mark.parametrize("view", VIEWS)
def test_each_band_with_a_label_point_has_its_root_written_there(view: str) -> None:
    root = load(view)
    group = root.find(f"{NS}g[@class='band-labels']")
    assert group is not None and group.get("aria-hidden") == "true"
    assert list(root)[-1] is group  # above every layer
    texts = {t.text: t for t in group.iter(NS + "text")}
    for k, band in tagged(root, "path", "dermatome").items():
        label = texts.pop(k)
        assert label.get("class") == "band-label"
        assert [label.get("x"), label.get("y")] == band.get("data-label", "").split()
    assert not texts


@pytest.mark.parametrize("view", VIEWS)
def test_each_key_point_is_a_button_with_its_root_beside_it_and_a_target_on_top(
    view: str,
) -> None:
    root = load(view)
    top = list(root)
    after_regions = top[top.index(root.find(f"{NS}g[@class='regions']")) + 1 :]
    targets = {c.get("data-key-hit"): c for c in root.iter(NS + "circle")
               if c.get("class") == "key-point-hit"}  # fmt: skip
    layer = root.find(f"{NS}g[@data-layer='dermatomes']")
    labels = {t.text: t for t in layer.iter(NS + "text")}
    assert set(targets) == set(labels) == KEY_POINTS[view]
    for k, dot in tagged(root, "circle", "key-point").items():
        assert (dot.get("tabindex"), dot.get("role")) == ("0", "button"), k
        x, y = centre(dot)
        label = labels[k]
        assert label.get("class") == "map-label"
        assert label.get("aria-hidden") == "true"
        assert (float(label.get("x", "")), float(label.get("y", ""))) == pytest.approx(
            (x + 9, y + 5)
        )
        target = targets[k]
        assert target in after_regions, k  # a tap on it reaches it, not the area
        assert centre(target) == (x, y) and target.get("r") == "16", k
        assert target.get("aria-hidden") == "true", k


@pytest.mark.parametrize("view", VIEWS)
def test_sites_inside_their_regions(kb, view: str) -> None:
    """Each place data/nerves.yaml says a nerve is trapped sits in its region."""
    sites = tagged(load(view), "circle", "site")
    polys = regions(load(view))
    for sid, e in sites.items():
        region = kb.sites[sid][1].region
        assert e.get("class") == "site"
        assert region in polys, f"{sid} drawn where {region} is not"
        assert inside(centre(e), polys[region]), sid


def test_every_site_is_drawn(kb) -> None:
    drawn = [sid for view in VIEWS for sid in tagged(load(view), "circle", "site")]
    assert set(drawn) == set(kb.sites)


@pytest.mark.parametrize("view", VIEWS)
def test_chain(view: str) -> None:
    root = load(view)
    segs = tagged(root, "circle", "chain-segment")
    assert list(segs) == CHAIN
    links = tagged(root, "line", "chain-link")
    assert list(links) == [f"{a}-{b}" for a, b in pairwise(CHAIN)]
    for link in links.values():
        a, b = link.get("data-chain-link", "").split("-")
        assert (float(link.get("x1", "")), float(link.get("y1", ""))) == centre(segs[a])
        assert (float(link.get("x2", "")), float(link.get("y2", ""))) == centre(segs[b])


def test_views_share_one_frame_and_scale() -> None:
    frames = {v: numbers(load(v).get("viewBox", "")) for v in VIEWS}
    limbs = {v: box([p[0] for p in regions(load(v)).values()]) for v in VIEWS}
    assert frames["front"][2:] == frames["back"][2:]
    heights = [y1 - y0 for _, y0, _, y1 in limbs.values()]
    assert max(heights) / min(heights) < 1.03
    tops = [y0 for _, y0, _, _ in limbs.values()]
    assert max(tops) - min(tops) <= 10
    for view in VIEWS:
        x, y, w, h = frames[view]
        x0, y0, x1, y1 = limbs[view]
        assert abs((x0 + x1) / 2 - (x + w / 2)) <= 5, view
        assert x <= x0 and x1 <= x + w and y <= y0 and y1 <= y + h, view


@pytest.mark.parametrize("view", VIEWS)
def test_every_region_holds_a_fingertip_circle_in_its_own_zoom_box(kb, view) -> None:
    """The widest circle inside each region (with its target outside the limb),
    within the box of the zoom data/regions.yaml gives it, spans at least
    1/FIT of the box's longer side: on a map of 300 CSS px each way, 44 px or
    more. The browser measures the same in tests/test_consultation.py."""
    root = load(view)
    zooms = {
        k[len("data-zoom-") :]: numbers(v)
        for k, v in root.attrib.items()
        if k.startswith("data-zoom-")
    }
    assert zooms.pop("whole") == numbers(root.get("viewBox", ""))
    assert set(zooms) == ZOOMS
    targets = {
        k: subpaths(e.get("d", "")) for k, e in tagged(root, "path", "hit").items()
    }
    for rid, polys in regions(root).items():
        x, y, w, h = zooms[kb.regions[rid].zoom]
        shape = polys + targets.get(rid, [])
        held = widest_circle(shape, (x, y, x + w, y + h))[0]
        assert held >= max(w, h) / FIT - 2.5, f"{rid} holds {held:.1f} in {w}x{h}"


@pytest.mark.parametrize("view", VIEWS)
def test_nerves_stay_inside_the_limb(view: str) -> None:
    root = load(view)
    loops = outline_of(root)
    for e in tagged(root, "path", "nerve").values():
        for pt in [p for sub in subpaths(e.get("d", "")) for p in sub]:
            assert inside(pt, loops) or near_outline(pt, loops, 1.0), (
                e.get("data-nerve"),
                pt,
            )


def test_roots_run_from_the_spine_through_the_notch_to_the_sciatic() -> None:
    root = load("back")
    layer = next(g for g in root.iter(NS + "g") if g.get("data-layer") == "nerves")
    roots = tagged(layer, "path", "root")
    assert list(roots) == ROOTS
    assert not tagged(load("front"), "path", "root")
    sciatic = subpaths(tagged(root, "path", "nerve")["sciatic"].get("d", ""))[0]
    notch = centre(tagged(root, "circle", "site")["sciatic_notch"])
    starts = []
    for e in roots.values():
        assert e.get("class") == "root" and e.get("fill") == "none"
        pts = subpaths(e.get("d", ""))[0]
        first, last = pts[0], pts[-1]
        starts.append(first[1])
        assert abs(first[0] - 300) < 20 and first[1] < last[1]
        assert min((x - notch[0]) ** 2 + (y - notch[1]) ** 2 for x, y in pts) < 7**2
        assert abs(last[0] - sciatic[0][0]) < 1 and abs(last[1] - sciatic[0][1]) < 1
    assert starts == sorted(starts) and len(set(starts)) == len(starts)


@pytest.mark.parametrize("view", VIEWS)
def test_dermatome_labels_sit_inside_band_and_limb(view: str) -> None:
    root = load(view)
    loops = outline_of(root)
    for k, e in tagged(root, "path", "dermatome").items():
        label = e.get("data-label", "")
        assert re.fullmatch(r"-?\d+(\.\d)? -?\d+(\.\d)?", label), (k, label)
        x, y = numbers(label)
        assert inside((x, y), subpaths(e.get("d", ""))), k
        assert inside((x, y), loops), k


def test_no_insets() -> None:
    for view in VIEWS:
        assert not [e for e in load(view).iter() if e.get("data-inset")]


def test_right_leg_sides() -> None:
    front, back = regions(load("front")), regions(load("back"))
    assert max(x for x, _ in front["thigh_lateral"][0]) < 300
    assert min(x for x, _ in back["thigh_lateral"][0]) > 300


def test_svg_dir_is_assets() -> None:
    assert SVG_DIR == Path(__file__).resolve().parents[1] / "assets" / "svg"


def test_the_generator_refuses_a_drawing_that_disagrees_with_the_data(kb) -> None:
    from viz.drawing import disagreements, front_layers

    view = front_layers.view(kb)
    assert disagreements(kb, view) == []
    view.regions["elbow"] = view.regions.pop("shin")
    view.sites["wrist"] = (0.0, 0.0)
    assert disagreements(kb, view) == [
        "front: region 'shin' has no shape",
        "front: shape 'elbow' is no region of this view",
        "front: unknown site 'wrist'",
    ]


def test_each_dermatome_map_has_its_own_drawings_and_bands(kb) -> None:
    figures = {
        f"band-{root}-{map_id}.svg" for root in kb.dermatomes for map_id in kb.maps
    }
    assert {p.name for p in SVG_DIR.glob("*.svg")} == {
        "front.svg", "back.svg", "front-keegan.svg", "back-keegan.svg", *figures
    }  # fmt: skip
    for view in VIEWS:
        lee, keegan = load(view), load(f"{view}-keegan")
        assert regions(lee) == regions(keegan)  # the same limb, the same areas
        lee_bands = tagged(lee, "path", "dermatome")
        keegan_bands = tagged(keegan, "path", "dermatome")
        assert "L4" in keegan_bands and lee_bands["L4"].get("d") != keegan_bands[
            "L4"
        ].get("d")
    # Keegan's bands start at the midline of the back; Lee's leave the low back blank
    back = regions(load("back-keegan"))["lower_back"]
    keegan_back = tagged(load("back-keegan"), "path", "dermatome")
    assert {"L2", "L3", "L4", "L5"} <= set(keegan_back)
    assert not set(tagged(load("back"), "path", "dermatome")) & {"L2", "L3"}
    assert back  # drawn


def test_the_hatch_of_each_root_covers_exactly_the_areas_the_maps_disagree_about(
    kb,
) -> None:
    for view in VIEWS:
        drawn = regions(load(view))
        hatches = tagged(load(view), "path", "differs")
        for root in kb.dermatomes:
            wanted = [r for r in kb.maps_differ(root) if r in drawn]
            if not wanted:
                assert root not in hatches
                continue
            pieces = subpaths(hatches[root].get("d", ""))
            assert len(pieces) == len(wanted), (view, root)
            for piece, region in zip(pieces, wanted, strict=True):
                # each piece follows its region's outline
                assert all(p in drawn[region][0] for p in piece), (view, root, region)


def test_the_generator_refuses_a_band_that_its_data_does_not_describe(kb) -> None:
    from dataclasses import replace

    from viz.drawing import back_layers, band_disagreements, front_layers

    views = [front_layers.view(kb), back_layers.view(kb)]
    assert band_disagreements(kb, views) == []
    l4 = kb.dermatomes["L4"]
    bands = {**l4.bands, "lee": l4.bands["lee"].model_copy(
        update={"regions": ["ankle_medial", "groin"]})}  # fmt: skip
    wrong = replace(kb, dermatomes={**kb.dermatomes, "L4": l4.model_copy(
        update={"bands": bands})})  # fmt: skip
    problems = band_disagreements(wrong, views)
    assert "lee L4: its band misses 'groin'" in problems
    assert "lee L4: its band covers 'leg_medial' too" in problems


def _near_edge(pt: Point, polys: list[list[Point]], within: float) -> bool:
    """Whether a point lies within some units of a polygon's edge."""
    x, y = pt
    for poly in polys:
        for (x0, y0), (x1, y1) in zip(poly, poly[1:] + poly[:1], strict=True):
            dx, dy = x1 - x0, y1 - y0
            t = ((x - x0) * dx + (y - y0) * dy) / ((dx * dx + dy * dy) or 1.0)
            t = min(max(t, 0.0), 1.0)
            if (x - x0 - t * dx) ** 2 + (y - y0 - t * dy) ** 2 < within * within:
                return True
    return False


@pytest.mark.parametrize("view", VIEWS)
def test_fingertip_targets_reach_no_other_area(view: str) -> None:
    """An invisible target lies outside the limb beside its own area: no point
    of it is inside any area, nor inside another area's target."""
    root = load(view)
    areas = regions(root)
    targets = {
        k: subpaths(e.get("d", "")) for k, e in tagged(root, "path", "hit").items()
    }
    assert targets, "no fingertip targets"
    for rid, polys in targets.items():
        assert rid in areas, rid
        x0, y0, x1, y1 = box(polys)
        others = [p for k, t in targets.items() if k != rid for p in t]
        for i in range(int(x1 - x0)):
            for j in range(int(y1 - y0)):
                pt = (x0 + i + 0.5, y0 + j + 0.5)
                if not inside(pt, polys) or _near_edge(pt, polys, 0.5):
                    continue
                hit = [k for k, p in areas.items() if k != rid and inside(pt, p)]
                assert not hit, f"{rid}'s target reaches {hit} at {pt}"
                assert not inside(pt, others), f"{rid}'s target overlaps at {pt}"


DRAWINGS = sorted(p.stem for v in VIEWS for p in SVG_DIR.glob(f"{v}*.svg"))


@pytest.mark.parametrize("name", DRAWINGS)
def test_the_middle_of_each_areas_box_lies_well_inside_it_under_nothing_else(
    name: str,
) -> None:
    """A click aims at the centre of an element's bounding box (selenium's
    click does, so do people more or less): for every area of every drawing,
    that point is at least MARGIN inside the area and inside no other area or
    fingertip target."""
    from viz.drawing.centres import MARGIN, edge_distance

    root = load(name)
    areas = regions(root)
    targets = [
        p
        for e in tagged(root, "path", "hit").values()
        for p in subpaths(e.get("d", ""))
    ]
    assert len(areas) == len(REGIONS[name.split("-")[0]])
    for rid, polys in areas.items():
        x0, y0, x1, y1 = box(polys)
        mid = ((x0 + x1) / 2, (y0 + y1) / 2)
        assert inside(mid, polys), f"{name}: the middle of {rid}'s box is outside it"
        margin = min(edge_distance(mid, p) for p in polys)
        assert margin >= MARGIN, f"{name}: {rid}'s middle is {margin:.1f} inside it"
        under = [k for k, p in areas.items() if k != rid and inside(mid, p)]
        under += ["a fingertip target"] * any(inside(mid, [p]) for p in targets)
        assert not under, f"{name}: the middle of {rid}'s box is in {under}"


def test_the_generator_refuses_an_area_whose_middle_misses_it(kb) -> None:
    from viz.drawing import front_layers
    from viz.drawing.centres import box_centre, centre_problems

    view = front_layers.view(kb)
    assert centre_problems(view) == []
    x, y = box_centre(view.regions["shin"])
    view.hits["knee_anterior"] = [(x - 5, y - 5), (x + 5, y - 5), (x + 5, y + 5)]
    (problem,) = centre_problems(view)
    assert problem.startswith("front: the middle of the box of 'shin'")
