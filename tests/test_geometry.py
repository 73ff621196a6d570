"""The drawing agrees with published anatomy, checked geometrically in Chromium.

Key sensory points lie inside their dermatome band and their region; each nerve's
path crosses every region of its course; each entrapment site sits in its region.
"""

import pytest

from tests.browser import start, wait_painted

pytestmark = pytest.mark.browser

# Runs in the page: samples shapes with isPointInFill and getPointAtLength.
GEOMETRY = """
const [data] = arguments;
const svg = document.querySelector('#map svg');
const region = id => svg.querySelector(`[data-region="${id}"]`);
const inside = (shape, x, y) => {
  const p = svg.createSVGPoint(); p.x = x; p.y = y;
  return shape.isPointInFill(p);
};
const centre = c => [c.cx.baseVal.value, c.cy.baseVal.value];
const out = {keyPoints: {}, sites: {}, courses: {}};
svg.querySelectorAll('[data-key-point]').forEach(c => {
  const id = c.getAttribute('data-key-point');
  const [x, y] = centre(c);
  const band = svg.querySelector(`path[data-dermatome="${id}"]`);
  const home = region(data.keyRegions[id]);
  out.keyPoints[id] = {band: !!band && inside(band, x, y),
                       region: !!home && inside(home, x, y)};
});
svg.querySelectorAll('[data-site]').forEach(c => {
  const id = c.getAttribute('data-site');
  const [x, y] = centre(c);
  out.sites[id] = inside(region(data.siteRegions[id]), x, y);
});
svg.querySelectorAll('path[data-nerve]').forEach(path => {
  const id = path.getAttribute('data-nerve');
  const length = path.getTotalLength();
  const crossed = new Set();
  for (let s = 0; s <= length; s += 2) {
    const p = path.getPointAtLength(s);
    svg.querySelectorAll('[data-region]').forEach(r => {
      if (inside(r, p.x, p.y)) crossed.add(r.getAttribute('data-region'));
    });
  }
  out.courses[id] = Array.from(crossed);
});
return out;
"""


def measure(dash_duo, kb, views=("front", "back")) -> dict[str, dict]:
    """The geometry found in each view, keyed by view."""
    data = {
        "keyRegions": {d.id: d.key_point.region for d in kb.dermatomes.values()},
        "siteRegions": {sid: site.region for sid, (_, site) in kb.sites.items()},
    }
    layers = "&layers=nerves,dermatomes,chain"  # a hidden shape has no fill to test
    driver = start(dash_duo, f"view={views[0]}{layers}")
    found = {}
    for view in views:
        if view != views[0]:
            driver.get(f"{dash_duo.server_url}/?view={view}{layers}")
            wait_painted(dash_duo, f"?view={view}{layers}")
        found[view] = driver.execute_script(GEOMETRY, data)
    return found


def test_key_points_and_sites_lie_where_the_references_put_them(dash_duo, kb):
    found = measure(dash_duo, kb)
    drawn = set()
    for view, geometry in found.items():
        for key, where in geometry["keyPoints"].items():
            assert where == {"band": True, "region": True}, f"{key} in {view}"
            drawn.add(key)
        for site, ok in geometry["sites"].items():
            assert ok, f"{site} in {view}"
    assert drawn == set(kb.dermatomes)


def test_each_nerve_path_crosses_every_region_of_its_course(dash_duo, kb):
    crossed: dict[str, set[str]] = {}
    for geometry in measure(dash_duo, kb).values():
        for nerve, regions in geometry["courses"].items():
            crossed.setdefault(nerve, set()).update(regions)
    for nerve in kb.nerves.values():
        missing = set(nerve.course) - crossed.get(nerve.id, set())
        assert not missing, f"{nerve.id} path misses {sorted(missing)}"
