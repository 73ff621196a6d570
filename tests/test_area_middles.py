"""A click at the middle of an area reaches that area: selenium's element.click()
(and an outside test's) aims at the centre of the element's box within the
window, and is refused when something else lies on top there."""

import pytest

from benchmarks.fingertips import settle
from benchmarks.harness import set_viewport
from tests.browser import start
from viz.drawing.framing import parts

pytestmark = pytest.mark.browser

SIZES = {"default": None, "1024x768": (1024, 768), "390x844": (390, 844)}
VIEWS = ("front", "back")

# {area: what the point a click aims at reaches} for the areas of arguments[0]
# whose aim misses them. The aim is selenium's: the centre of the element's
# first box clipped to the window, after scrolling the element into view.
MISSED = """
const out = {}, name = el => el ? el.outerHTML.slice(0, 90) : 'nothing';
for (const id of arguments[0]) {
  const el = document.querySelector(`#map [data-region="${id}"]`);
  if (!el) { out[id] = 'not drawn'; continue; }
  let r = el.getClientRects()[0];
  const inView = r => r.right > 0 && r.bottom > 0
    && r.left < innerWidth && r.top < innerHeight;
  if (!inView(r)) {
    el.scrollIntoView({block: 'end', inline: 'nearest'});
    r = el.getClientRects()[0];
  }
  const left = Math.max(0, r.left), right = Math.min(innerWidth, r.right);
  const top = Math.max(0, r.top), bottom = Math.min(innerHeight, r.bottom);
  const hit = document.elementFromPoint((left + right) / 2, (top + bottom) / 2);
  if (!hit || !el.contains(hit)) out[id] = name(hit);
}
return out;
"""


def misses(dash_duo, kb, size: str) -> dict:
    """{view zoom area: what a click aimed at the area's middle reaches instead}
    at a window size, in both views, at the whole limb and each zoomed part."""
    driver = start(dash_duo)
    if SIZES[size]:
        set_viewport(driver, *SIZES[size])
    missed = {}
    for view in VIEWS:
        drawn = [r.id for r in kb.regions.values() if view in r.views]
        for zoom, ids in {"whole": drawn, **parts(kb, view)}.items():
            # the view opened whole, then each part chosen with its button
            settle(driver, dash_duo.server_url, kb, view, zoom, reload=zoom == "whole")
            for area, hit in driver.execute_script(MISSED, ids).items():
                missed[f"{view} {zoom} {area}"] = hit
    return missed


@pytest.mark.parametrize("size", SIZES)
def test_a_click_at_the_middle_of_each_area_reaches_it(dash_duo, kb, size) -> None:
    """At the whole limb and at each zoomed part, in both views, a click aimed
    at the middle of an area (as selenium aims) lands on that area."""
    missed = misses(dash_duo, kb, size)
    assert not missed, f"{size}: a click at the middle misses {missed}"
