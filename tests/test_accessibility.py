"""The page against WCAG 2.2 AA: axe-core in headless Chromium, plus hit-area checks.

axe-core comes from npm into .cache/ (`make axe`, which `make test` runs first).
"""

from pathlib import Path
from typing import Any

import pytest

from benchmarks.harness import set_viewport
from tests.browser import red_flag_level, start, wait

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
AXE = ROOT / ".cache" / "node_modules" / "axe-core" / "axe.min.js"

AXE_OPTIONS: dict[str, Any] = {
    "runOnly": {
        "type": "tag",
        "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"],
    },
    "rules": {"target-size": {"enabled": True}},
}

SELECTION = "areas=knee_lateral,leg_lateral,foot_dorsum&symptoms=foot_drop"
ALL_LAYERS = "layers=nerves,dermatomes,chain"
RED_FLAG = "red-flag"
BACK_SELECTION = "areas=buttock,thigh_posterior,calf&symptoms=foot_drop"
STATES = {
    "front-selection-all-layers": f"{SELECTION}&view=front&{ALL_LAYERS}",
    "back-selection-all-layers": f"{BACK_SELECTION}&view=back&{ALL_LAYERS}",
    RED_FLAG: f"areas=lower_back,buttock&symptoms=bowel_bladder_change&view=back"
    f"&{ALL_LAYERS}",
    # a weak tie: the verdict, its one-tap questions and the examinations
    "tie-with-questions": "areas=knee_anterior",
    # a look-alike from references, in clinician terms
    "look-alike-clinician": "areas=thigh_lateral&symptoms=burning&voice=clinician",
    # root or nerve, with the key points as buttons (clinician, skin bands)
    "root-or-nerve-key-points": "root=L5&nerve=common_peroneal&voice=clinician"
    "&layers=nerves,dermatomes",
    # Keegan's map, one root in both maps side by side, the hatch on the map
    "keegan-both-maps": "dermatome_map=keegan&root=L4&layers=dermatomes"
    "&areas=thigh_lateral,knee_anterior,leg_medial",
    # the page in Spanish
    "spanish": "lang=es&areas=knee_lateral,leg_lateral,foot_dorsum&symptoms=foot_drop",
    "spanish-clinician-both-maps": "lang=es&voice=clinician&root=L4&layers=dermatomes",
    # root or nerve presented: the territories side by side, then the signs
    "present-root-or-nerve": f"root=L5&nerve=common_peroneal&{SELECTION}&present=1",
    "present-root-or-nerve-signs-es": "root=L5&nerve=common_peroneal&present=1"
    "&focus=signs&lang=es",
}
SIZES = {"768x1024": (768, 1024), "1024x768": (1024, 768)}
PHONE = (390, 844)
MIN_TARGET = 44  # CSS px: WCAG 2.5.5 (AAA) size; 2.5.8 (AA) asks only 24.
NODES_SHOWN = 5

RUN_AXE = """
var done = arguments[arguments.length - 1];
axe.run(document, arguments[0]).then(function (result) {
  done(result.violations.map(function (v) {
    return {id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
            nodes: v.nodes.map(function (n) {
              return {target: n.target, html: n.html, summary: n.failureSummary};
            })};
  }));
}).catch(function (e) { done({error: String(e)}); });
"""

# Every interactive control's rendered box: a label.control stands for its input.
HIT_AREAS = """
var rows = [];
function add(kind, name, el, box) {
  var r = (box || el).getBoundingClientRect();
  rows.push({kind: kind, name: name, width: r.width, height: r.height});
}
document.querySelectorAll('label.control input').forEach(function (input) {
  add('input', input.name + '=' + input.value, input, input.closest('label.control'));
});
document.querySelectorAll('button').forEach(function (b) {
  var name = b.id || b.getAttribute('data-term') || b.getAttribute('data-choose')
    || b.textContent.trim().slice(0, 40);
  if (b.getClientRects().length) add('button', name, b);
});
return rows;
"""

# For each region on the map: a point inside its painted fill, and whether the
# topmost element at that point (scrolled into view) is that region.
REGION_HITS = """
var out = [];
document.querySelectorAll('#map [data-region]').forEach(function (el) {
  var id = el.getAttribute('data-region');
  el.scrollIntoView({block: 'center', inline: 'center'});
  var bb = el.getBBox(), ctm = el.getScreenCTM(), svg = el.ownerSVGElement;
  var hit = null, steps = 12;
  for (var i = 1; i < steps && !hit; i++) {
    for (var j = 1; j < steps && !hit; j++) {
      var p = svg.createSVGPoint();
      p.x = bb.x + bb.width * i / steps;
      p.y = bb.y + bb.height * j / steps;
      if (!el.isPointInFill(p)) continue;
      var s = p.matrixTransform(ctm);
      if (s.x < 0 || s.y < 0 || s.x >= innerWidth || s.y >= innerHeight) continue;
      var top = document.elementFromPoint(s.x, s.y);
      var owner = top && top.closest('[data-region], [data-hit]');
      var ownerId = owner &&
        (owner.getAttribute('data-region') || owner.getAttribute('data-hit'));
      if (ownerId === id) hit = {x: s.x, y: s.y};
    }
  }
  out.push({region: id, hit: hit});
});
window.scrollTo(0, 0);
return out;
"""


# Each region's tap target (its shape, or the larger invisible target over it).
@pytest.fixture(scope="session")
def axe_source() -> str:
    """axe.min.js, installed by `make axe`."""
    if not AXE.is_file():
        pytest.fail(f"{AXE.relative_to(ROOT)} is missing: run `make axe` (needs npm)")
    return AXE.read_text(encoding="utf-8")


def open_at(dash_duo, query: str, size: tuple[int, int]):
    """Open the page at a query with the viewport exactly size CSS px."""
    set_viewport(dash_duo.driver, *size)
    return start(dash_duo, query)


def run_axe(driver, axe_source: str) -> list[dict[str, Any]]:
    """Inject axe-core into the page and return its WCAG 2.2 AA violations."""
    driver.execute_script(axe_source)
    driver.set_script_timeout(60)
    result = driver.execute_async_script(RUN_AXE, AXE_OPTIONS)
    if isinstance(result, dict):
        raise AssertionError(f"axe.run failed: {result['error']}")
    return result


def describe(violations: list[dict[str, Any]]) -> str:
    """Each violation with its impact, help and first few nodes."""
    lines = [f"{len(violations)} axe violation(s):"]
    for v in violations:
        lines.append(
            f"- {v['id']} [{v['impact']}] {v['help']} "
            f"({len(v['nodes'])} node(s)) {v['helpUrl']}"
        )
        for node in v["nodes"][:NODES_SHOWN]:
            lines.append(
                f"    target {' '.join(map(str, node['target']))} -> "
                f"{node['html'][:160]}"
            )
        if len(v["nodes"]) > NODES_SHOWN:
            lines.append(f"    ... and {len(v['nodes']) - NODES_SHOWN} more")
    return "\n".join(lines)


@pytest.mark.parametrize("size", SIZES.values(), ids=SIZES.keys())
@pytest.mark.parametrize("query", STATES.values(), ids=STATES.keys())
def test_no_axe_violations(
    dash_duo, axe_source: str, query: str, size: tuple[int, int]
) -> None:
    driver = open_at(dash_duo, query, size)
    if query == STATES[RED_FLAG]:
        wait(dash_duo, lambda d: red_flag_level(d) != "none")
    violations = run_axe(driver, axe_source)
    assert not violations, describe(violations)


@pytest.mark.parametrize("view", ["front", "back"])
@pytest.mark.parametrize("lang", ["", "&lang=es"], ids=["en", "es"])
def test_phone_has_no_horizontal_overflow_and_every_region_is_clickable(
    dash_duo, view: str, lang: str
) -> None:
    driver = open_at(dash_duo, f"view={view}&{ALL_LAYERS}&{SELECTION}{lang}", PHONE)
    widths = driver.execute_script(
        "return [document.documentElement.scrollWidth, window.innerWidth];"
    )
    assert widths[0] <= widths[1], f"page is {widths[0]}px wide in {widths[1]}px"
    hits = driver.execute_script(REGION_HITS)
    assert hits, "no regions on the map"
    unreachable = [h["region"] for h in hits if h["hit"] is None]
    assert not unreachable, f"regions with no clickable point: {unreachable}"


@pytest.mark.parametrize("view", ["front", "back"])
def test_every_control_has_a_44px_hit_area(dash_duo, view: str) -> None:
    driver = open_at(dash_duo, f"{SELECTION}&view={view}&{ALL_LAYERS}", (768, 1024))
    driver.execute_script(
        "var d = document.getElementById('region-picker'); if (d) d.open = true;"
    )
    rows = driver.execute_script(HIT_AREAS)
    small = [
        r
        for r in rows
        if r["width"] < MIN_TARGET - 0.5 or r["height"] < MIN_TARGET - 0.5
    ]
    listing = "\n".join(
        f"- {r['kind']} {r['name']}: {r['width']:.1f}x{r['height']:.1f}" for r in small
    )
    assert not small, f"{len(small)} control(s) under {MIN_TARGET}px:\n{listing}"
