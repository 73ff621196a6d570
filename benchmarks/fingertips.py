"""Fingertips: the widest circle a fingertip finds inside each tappable area.

Not the area's bounding box: with touch emulated, every 2 CSS px of the map's
visible box is hit-tested (`document.elementFromPoint`, so whatever lies on top
counts), and a circle fits an area when its centre, points on its edge (16, or
more so that they are at most 2 px apart) and 8 at half its radius all land on
that area (the element with its data-region, anything inside it, or its hit
target `[data-hit]`). Circles grow half a pixel at a time from the centres that
fitted the smaller one, so the whole disc is covered: 16 points alone would let
a neighbour's edge reach in between them on the larger circles. Per screen
size, each area keeps its best diameter over the zoomed parts (zoom=) and views
it shows in.
"""

import logging
import time

from selenium.webdriver.support.ui import WebDriverWait

from benchmarks.harness import POLL, chromium, open_painted, serving, set_viewport
from viz.content import load_knowledge_base
from viz.drawing.framing import parts
from viz.urlstate import parse_query, to_query

FINGER = 44  # CSS px: the fingertip the goal asks every area to take
SIZES = {"1024x768": (1024, 768), "768x1024": (768, 1024), "390x844": (390, 844)}
VIEWS = ("front", "back")

# The zoomed parts the shown drawing offers (its data-zoom-* attributes).
ZOOMS = """
const svg = document.querySelector('#map svg');
return ['whole', ...svg.getAttributeNames().filter(n => n.startsWith('data-zoom-'))
  .map(n => n.slice('data-zoom-'.length)).filter(z => z !== 'whole')];
"""

# The map shows the address's zoom, settled (no animation still running).
SETTLED = """
const m = document.getElementById('map'), svg = m && m.querySelector('svg');
return !!svg && m.getAttribute('data-query') === arguments[0]
  && svg.getAttribute('viewBox') === svg.getAttribute('data-zoom-' + arguments[1])
  && document.getAnimations().length === 0;
"""

DRAWN = """
return [...document.querySelectorAll('#map [data-region]')]
  .map(el => el.getAttribute('data-region'));
"""

TWIN_SHOWN = """
const twin = document.getElementById('map-twin');
return !!twin && twin.offsetParent !== null && !!twin.querySelector('svg');
"""

# {area: widest diameter in CSS px} for the areas with any point in view, or
# those of arguments[1] only (hit-testing only their boxes); a circle stops
# growing at arguments[2] (if any).
# Coarse to fine: candidate centres every arguments[0] px, points tested every
# FINE px as the circles need them; an area whose circle stops short of the
# stop is grown again from every FINE px centre.
WIDEST = """
const [COARSE, WANT, STOP] = arguments, FINE = 2, map = document.getElementById('map');
const box = map.querySelector('svg').getBoundingClientRect();
const x0 = Math.ceil(Math.max(0, box.left)), y0 = Math.ceil(Math.max(0, box.top));
const cols = Math.max(0, Math.ceil((Math.min(innerWidth, box.right) - x0) / FINE));
const rows = Math.max(0, Math.ceil((Math.min(innerHeight, box.bottom) - y0) / FINE));
const ids = [], index = new Map(), owners = new Map();
const areaOf = el => {  // the index of the area an element belongs to, or -1
  if (!owners.has(el)) {
    const o = el && el.closest('[data-region], [data-hit]');
    const id = o && map.contains(o)
      ? o.getAttribute('data-region') || o.getAttribute('data-hit') : null;
    if (id !== null && !index.has(id)) { index.set(id, ids.length); ids.push(id); }
    owners.set(el, id === null ? -1 : index.get(id));
  }
  return owners.get(el);
};
const cells = new Int16Array(cols * rows).fill(-2);  // -2: not hit-tested yet
const cell = (i, j) => {  // the area at fine cell (i, j), hit-tested once
  const n = j * cols + i;
  if (cells[n] === -2) {
    cells[n] = areaOf(document.elementFromPoint(x0 + i * FINE, y0 + j * FINE));
  }
  return cells[n];
};
const at = (x, y, k) => {  // the fine cell nearest to (x, y) is area k
  const i = Math.round((x - x0) / FINE), j = Math.round((y - y0) / FINE);
  return i >= 0 && j >= 0 && i < cols && j < rows && cell(i, j) === k;
};
const ring = (r, n) => [...Array(n).keys()].map(
  a => [r * Math.cos(2 * Math.PI * a / n), r * Math.sin(2 * Math.PI * a / n)]);
// The fine cells [i0, i1, j0, j1] that can hit the given areas: those in the
// boxes of their shapes and hit targets (all cells without ids).
const span = want => {
  if (!want) return [0, cols - 1, 0, rows - 1];
  let l = Infinity, t = Infinity, r = -Infinity, b = -Infinity;
  want.forEach(id => map.querySelectorAll(`[data-region="${id}"], [data-hit="${id}"]`)
    .forEach(el => {
      const q = el.getBoundingClientRect();
      l = Math.min(l, q.left); t = Math.min(t, q.top);
      r = Math.max(r, q.right); b = Math.max(b, q.bottom);
    }));
  const lo = (v, o) => Math.max(0, Math.floor((v - o) / FINE));
  return [lo(l, x0), Math.min(cols - 1, Math.ceil((r - x0) / FINE)),
    lo(t, y0), Math.min(rows - 1, Math.ceil((b - y0) / FINE))];
};
const sow = (every, [i0, i1, j0, j1]) => {  // area index: centres, every `every`
  const out = {}, from = n => Math.ceil(n / every) * every;
  for (let j = from(j0); j <= j1; j += every)
    for (let i = from(i0); i <= i1; i += every) {
      const k = cell(i, j);
      if (k >= 0 && (!WANT || WANT.includes(ids[k]))) {
        (out[k] = out[k] || []).push([x0 + i * FINE, y0 + j * FINE]);
      }
    }
  return out;
};
const every = Math.max(1, Math.round(COARSE / FINE));
const atCoarse = (x, y, k) => {  // the nearest coarse cell (already tested) is k
  const i = every * Math.round((x - x0) / (FINE * every));
  const j = every * Math.round((y - y0) / (FINE * every));
  return i >= 0 && j >= 0 && i < cols && j < rows && cell(i, j) === k;
};
// Grow the circle half a pixel at a time, keeping the centres it still fits;
// the diameter reached and those centres.
const grow = (k, centres, near) => {
  let r = 0;
  while (centres.length && !(STOP && 2 * r >= STOP)) {
    const edge = Math.max(16, Math.ceil(2 * Math.PI * (r + 0.5) / FINE));
    const probe = [...ring(r + 0.5, edge), ...ring((r + 0.5) / 2, 8)];
    const fits = ([x, y]) => probe.every(([dx, dy]) => near(x + dx, y + dy, k));
    const kept = centres.filter(fits);
    if (!kept.length) break;
    centres = kept; r += 0.5;
  }
  return [2 * r, centres];
};
const spread = (centres, most) => centres.filter(
  (_, n) => n % Math.ceil(centres.length / most) === 0);
const coarse = sow(every, span(WANT));
const out = {};
Object.entries(coarse).forEach(([key, centres]) => {
  const k = Number(key), id = ids[k];
  if (every === 1) { out[id] = grow(k, centres, at)[0]; return; }
  // Coarse to fine: the centres that hold the widest circle on the coarse
  // grid (no new hit test), then on the fine grid from a few of them.
  const best = spread(grow(k, centres, atCoarse)[1], 20);
  // With a stop, one centre holding the whole stop circle is the answer: each
  // is tried alone, which hit-tests one disc instead of twenty.
  if (STOP && best.some(c => grow(k, [c], at)[0] >= STOP)) { out[id] = STOP; return; }
  out[id] = grow(k, best, at)[0];
  if (!(STOP && out[id] >= STOP)) {  // not enough: every fine centre in its box
    out[id] = Math.max(out[id], grow(k, sow(1, span([id]))[k] || [], at)[0]);
  }
});
return out;
"""


def widest(
    driver, areas: list[str] | None = None, stop: float | None = None, coarse: int = 2
) -> dict[str, float]:
    """{area: widest fingertip circle in CSS px} in the map as it shows now."""
    return driver.execute_script(WIDEST, coarse, areas, stop)


# Choose a zoom with its button, as a tap would, without reloading the page.
CHOOSE_ZOOM = """
const zoom = '[data-group="zoom"][data-value="' + arguments[0] + '"]';
document.querySelector(zoom).click();
"""


def settle(driver, base: str, kb, view: str, zoom: str, reload: bool = True) -> None:
    """Open the view at a zoom (or, reload False, choose the zoom with its
    button) and wait until the map shows it, still."""
    address = f"view={view}&zoom={zoom}"
    if reload:
        open_painted(driver, base, address)
    else:
        driver.execute_script(CHOOSE_ZOOM, zoom)
    query = to_query(parse_query(kb, address))
    WebDriverWait(driver, 30, poll_frequency=POLL).until(
        lambda d: d.execute_script(SETTLED, query, zoom)
    )


def measure_size(driver, base: str, kb, width: int, height: int) -> dict:
    """{area: (diameter, zoom, view)} at its best zoom, every area drawn, and
    whether the other view's copy shows."""
    set_viewport(driver, width, height)
    best: dict[str, tuple[float, str, str]] = {}
    drawn: set[str] = set()
    twin = False
    for view in VIEWS:
        settle(driver, base, kb, view, "whole")
        twin = twin or driver.execute_script(TWIN_SHOWN)
        drawn.update(driver.execute_script(DRAWN))
        for zoom in driver.execute_script(ZOOMS):
            settle(driver, base, kb, view, zoom)
            for area, diameter in widest(driver).items():
                if diameter > best.get(area, (-1.0,))[0]:
                    best[area] = (diameter, zoom, view)
    return {"best": best, "drawn": drawn, "twin": twin}


def at_own_zoom(
    driver, base: str, kb, stop: float | None = FINGER, coarse: int = 6
) -> dict[str, float]:
    """{area: widest circle in CSS px} at the zoomed part data/regions.yaml gives
    the area, the best over the views it shows in; circles stop at stop."""
    best: dict[str, float] = {}
    for view in VIEWS:
        for n, (part, ids) in enumerate(parts(kb, view).items()):
            settle(driver, base, kb, view, part, reload=n == 0)  # the address, first
            found = widest(driver, ids, stop, coarse)
            for area in ids:
                best[area] = max(best.get(area, 0.0), found.get(area, 0.0))
    return best


def report(results: dict[str, dict], areas: list[str]) -> bool:
    """Print the table (areas x sizes) and the areas under FINGER; True if none."""
    for size, result in results.items():
        if result["twin"]:
            print(
                f"At {size} the other view is also drawn beside the map, in #map-twin"
                " (an aria-hidden copy at zoom=whole); only #map is measured."
            )
    print(f"\n{'area':20}" + "".join(f"{size:>22}" for size in results))
    for area in areas:
        cells = []
        for result in results.values():
            found = result["best"].get(area)
            cells.append(
                f"{found[0]:5.1f} {found[1]}/{found[2]}" if found else "not found"
            )
        print(f"{area:20}" + "".join(f"{c:>22}" for c in cells))
    print(f"\nUnder {FINGER} px at every zoom:")
    small_anywhere = False
    for size, result in results.items():
        small = [a for a in areas if result["best"].get(a, (0.0,))[0] < FINGER]
        small_anywhere = small_anywhere or bool(small)
        print(f"  {size:9} {', '.join(small) if small else 'none'}")
    return not small_anywhere


def run() -> bool:
    """Measure every size; print the table; True if every area takes FINGER."""
    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # no request lines
    kb = load_knowledge_base()
    print(
        "fingertips: the widest circle inside each tappable area"
        " (#map [data-region]), touch emulated;\ndiameter in CSS px, the best over"
        " the zoomed parts and views it shows in (value zoom/view);\nhit-tested"
        " every 2 px; a circle fits when its centre, its edge (points at most 2 px"
        f" apart)\nand 8 points at half radius hit the area. Goal {FINGER} px."
    )
    start = time.monotonic()
    results = {}
    with serving() as base, chromium() as driver:
        driver.execute_cdp_cmd(
            "Emulation.setTouchEmulationEnabled", {"enabled": True, "maxTouchPoints": 5}
        )
        for size, (width, height) in SIZES.items():
            results[size] = measure_size(driver, base, kb, width, height)
    areas = sorted(set().union(*(r["drawn"] for r in results.values())))
    met = report(results, areas)
    print(f"\n({time.monotonic() - start:.0f} s)")
    return met


if __name__ == "__main__":
    run()
