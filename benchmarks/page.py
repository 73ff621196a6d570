"""Page speed side by side: Radiate against a one-callback Dash floor, cold loads.

Both run under gunicorn with the same serving stack; headless Chromium has the
test flags and its cache disabled, so every load is cold. Per run: page-ready
(navigation start to the first rendered output), bytes transferred, tap to
highlight (to the next frame) and tap to the callback's output.
"""

import statistics
import sys

from selenium import webdriver
from selenium.webdriver.support.ui import WebDriverWait

from benchmarks.harness import chromium_options, free_port, gunicorn

RUNS = 9  # at least 7, as the goals ask; medians and spreads over these
KB = 1024
# Runs before any page script: records when the first output is in the DOM.
WATCH = """window.__ready = null;
new MutationObserver(function (_, obs) {
  if (!document.querySelector(%r)) return;
  window.__ready = performance.now(); obs.disconnect();
}).observe(document, {subtree: true, childList: true, attributes: true,
                      characterData: true});"""
READY = {"radiate": "#map[data-query] svg", "floor": "#out:not(:empty)"}
TAP = """var done = arguments[arguments.length - 1], out = {}, t0 = performance.now();
var target = document.querySelector(%r), watched = %r, pressable = %s;
var first = document.querySelector(watched), before = first && first.textContent;
out.t0 = t0;
function frame(key) { requestAnimationFrame(function () {
  out[key] = performance.now() - t0; if (out.highlight && out.output) done(out); }); }
new MutationObserver(function (_, obs) {
  var now = document.querySelector(watched);
  if (now && now.textContent !== before) { obs.disconnect(); frame("output"); }
}).observe(document.body, {subtree: true, childList: true, characterData: true});
target.dispatchEvent(new MouseEvent("click", {bubbles: true}));
if (!pressable) out.highlight = -1; else (function check() {
  if (target.getAttribute("aria-pressed") === "true") frame("highlight");
  else requestAnimationFrame(check); })();"""
TAPS = {
    "radiate": (
        '#map [data-region="knee_medial"]',
        "#candidates [data-condition]",
        "true",
    ),
    "floor": ("#tap", "#out", "false"),
}
RESOURCES = """var nav = performance.getEntriesByType('navigation')[0];
return [[nav.name, nav.transferSize, 0, nav.responseEnd, nav.decodedBodySize]].concat(
  performance.getEntriesByType('resource').map(function (e) {
    return [e.name, e.transferSize, e.startTime, e.responseEnd, e.decodedBodySize];
  }));"""


def browser() -> webdriver.Chrome:
    """Headless Chromium with the tests' flags and no HTTP cache."""
    driver = webdriver.Chrome(options=chromium_options())
    driver.set_script_timeout(20)
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": True})
    return driver


def one_run(driver: webdriver.Chrome, name: str, base: str) -> dict:
    """A cold load and one tap; every figure in ms or bytes, and the resources."""
    driver.get("about:blank")
    script = driver.execute_cdp_cmd(
        "Page.addScriptToEvaluateOnNewDocument", {"source": WATCH % READY[name]}
    )
    driver.get(base + "/")
    driver.execute_cdp_cmd("Page.removeScriptToEvaluateOnNewDocument", script)
    ready = WebDriverWait(driver, 30).until(
        lambda d: d.execute_script(
            "return document.readyState === 'complete' && window.__ready;"
        )
    )
    resources = driver.execute_script(RESOURCES)
    tapped = driver.execute_async_script(TAP % TAPS[name])
    after = [
        [r[0], r[1], r[2] - tapped["t0"], r[3] - tapped["t0"], r[4]]
        for r in driver.execute_script(RESOURCES)
        if r[2] >= tapped["t0"]
    ]
    return {
        "ready": ready,
        "bytes": sum(r[1] for r in resources),
        "highlight": tapped["highlight"],
        "tap": tapped["output"],
        "resources": resources,
        "after_tap": after,
    }


def summary(values: list[float]) -> tuple[float, float, float]:
    """Median and spread (lowest, highest)."""
    return statistics.median(values), min(values), max(values)


def report(runs: dict[str, list[dict]]) -> bool:
    """Print the side-by-side table and the goals; True if every goal is met."""
    r = {
        k: summary([run[k] for run in runs["radiate"]])
        for k in runs["radiate"][0]
        if k not in ("resources", "after_tap")
    }
    f = {k: summary([run[k] for run in runs["floor"]]) for k in r}
    print(f"{'':12}{'Radiate median (low-high)':>30}{'floor median (low-high)':>30}")
    for key, unit, scale in (
        ("ready", "ms", 1),
        ("bytes", "KB", KB),
        ("highlight", "ms", 1),
        ("tap", "ms", 1),
    ):
        cells = [
            f"{m / scale:7.1f} ({lo / scale:.1f}-{hi / scale:.1f}) {unit}"
            for m, lo, hi in (r[key], f[key])
        ]
        if key == "highlight":
            cells[1] = "(none)"
        print(f"{key:12}{cells[0]:>30}{cells[1]:>30}")

    # Each Radiate load is measured right after a floor load: the ratio of each
    # such pair cancels the machine's drift over the run; their median is taken.
    def paired(key: str) -> float:
        pairs = zip(runs["radiate"], runs["floor"], strict=True)
        return statistics.median(a[key] / b[key] for a, b in pairs)

    goals = [
        ("page-ready ratio", paired("ready"), 1.2, ""),
        ("bytes over floor", (r["bytes"][0] - f["bytes"][0]) / KB, 150, " KB"),
        ("tap -> highlight", r["highlight"][0], 16.7, " ms"),
        ("tap -> output ratio", paired("tap"), 1.2, ""),
    ]
    print()
    for label, value, goal, unit in goals:
        verdict = "met" if value <= goal else "NOT met"
        print(f"{label:22}{value:9.2f}{unit}  (goal <= {goal}{unit}): {verdict}")
    return all(value <= goal for _, value, goal, _ in goals)


def costs(run: dict, base: str) -> None:
    """Radiate's cold load and tap as a waterfall: what is fetched when."""
    print("\nRadiate, median cold load (KB transferred / decoded, start -> end ms):")
    for url, size, start, end, decoded in sorted(run["resources"], key=lambda r: r[2]):
        print(
            f"  {size / KB:6.1f} / {decoded / KB:6.1f}  {start:6.0f} -> {end:6.0f}  "
            f"{url.replace(base, '').split('?endId')[0][:70]}"
        )
    print(f"  page ready at {run['ready']:.0f} ms")
    print("after the tap (ms from the click):")
    for url, size, start, end, decoded in run["after_tap"]:
        print(
            f"  {size / KB:6.1f} / {decoded / KB:6.1f}  {start:6.0f} -> {end:6.0f}  "
            f"{url.replace(base, '').split('?endId')[0][:70]}"
        )
    print(f"  candidates in the DOM, next frame at {run['tap']:.0f} ms")


def run() -> bool:
    """Serve both apps with gunicorn, measure RUNS alternating cold loads, report;
    True if every goal is met."""
    ports = {"radiate": free_port(), "floor": free_port()}
    runs: dict[str, list[dict]] = {"radiate": [], "floor": []}
    with (
        gunicorn(ports["radiate"]),
        gunicorn(ports["floor"], target="benchmarks.floor_app:server"),
    ):
        driver = browser()
        try:
            for name in runs:  # one warm-up load each, not counted
                one_run(driver, name, f"http://127.0.0.1:{ports[name]}")
            for _ in range(RUNS):
                for name in ("floor", "radiate"):
                    runs[name].append(
                        one_run(driver, name, f"http://127.0.0.1:{ports[name]}")
                    )
        finally:
            driver.quit()
    print(f"{RUNS} cold loads each, headless Chromium, gunicorn 2 workers each\n")
    ok = report(runs)
    costs(
        sorted(runs["radiate"], key=lambda r: r["ready"])[RUNS // 2],
        f"http://127.0.0.1:{ports['radiate']}",
    )
    return ok


if __name__ == "__main__":
    sys.exit(0 if run() else 1)
