"""`make bench`: every speed and resilience figure, each against its goal.

The public teaching cases (first place, top three, warning level); reasoning
cost and its growth; the page in headless Chromium, cold loads, against a
one-callback Dash floor (page ready) and a Dash app answering a tap with as
much as Radiate does (tap to ranked sources); 40 clients against `make serve`;
slow clients against `make serve` and gunicorn alone; the widest fingertip
circle in each tappable area (informational: it does not fail the run). Ends
with one line per part: met or not.
"""

import sys

from benchmarks import fingertips, load, page, reasoning, slow, teaching

INFORMATIONAL = {"fingertips": f"goal {fingertips.FINGER} px, informational"}


def main() -> None:
    results = {}
    for name, part in (
        ("teaching cases", teaching.run),
        ("reasoning", reasoning.run),
        ("page", page.run),
        ("40 clients", load.run),
        ("slow clients", slow.run),
        ("fingertips", fingertips.run),
    ):
        print(f"\n== {name} ==")
        results[name] = part()
    print("\n== goals ==")
    for name, met in results.items():
        note = f" ({INFORMATIONAL[name]})" if name in INFORMATIONAL else ""
        print(f"{name:14} {'met' if met else 'NOT met'}{note}")
    counted = [met for name, met in results.items() if name not in INFORMATIONAL]
    sys.exit(0 if all(counted) else 1)


if __name__ == "__main__":
    main()
