"""Time the reasoning per call: real knowledge base, synthetic 10x and 100x ones.

Prints median and p95 microseconds per call next to the recorded baseline
(benchmarks/baseline.json), so a change that slows it down shows at once.
"""

import json
import random
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

from viz.content import load_knowledge_base
from viz.knowledge import KnowledgeBase
from viz.reasoning import assess

BASELINE = Path(__file__).with_name("baseline.json")
CALLS = 2000


def scaled(kb: KnowledgeBase, factor: int) -> KnowledgeBase:
    """A knowledge base with every condition copied `factor` times under new ids."""
    conditions = {}
    for i in range(factor):
        for c in kb.conditions.values():
            copy = c.model_copy(update={"id": f"{c.id}_{i}" if i else c.id})
            conditions[copy.id] = copy
    return replace(kb, conditions=conditions)


def selections(kb: KnowledgeBase, n: int) -> list[tuple[list[str], list[str]]]:
    """Random but repeatable selections of 1-5 regions and 0-3 symptoms."""
    rng = random.Random(7)
    regions, symptoms = list(kb.regions), list(kb.symptoms)
    return [
        (
            rng.sample(regions, rng.randint(1, 5)),
            rng.sample(symptoms, rng.randint(0, 3)),
        )
        for _ in range(n)
    ]


def time_calls(kb: KnowledgeBase) -> dict[str, float]:
    """Median and p95 of one assess() call, in microseconds."""
    cases = selections(kb, CALLS)
    assess(kb, *cases[0])  # warm the cached reach tables
    samples = []
    for regions, symptoms in cases:
        start = time.perf_counter()
        assess(kb, regions, symptoms)
        samples.append((time.perf_counter() - start) * 1e6)
    samples.sort()
    return {
        "median_us": statistics.median(samples),
        "p95_us": samples[int(0.95 * len(samples))],
    }


GROWTH_SLACK = 1.2  # 100x the conditions may cost at most 120x the time


def run() -> bool:
    """Print the cost per call on the real base and on 10x and 100x ones; True
    if a call stays under 1 ms and the cost grows linearly or better."""
    kb = load_knowledge_base()
    baseline = json.loads(BASELINE.read_text()) if BASELINE.exists() else {}
    print(f"reasoning: assess() per call, {CALLS} random selections")
    print(
        f"{'knowledge base':<16}{'conditions':>11}{'median µs':>11}{'p95 µs':>9}"
        f"{'baseline median':>17}{'ratio':>7}{'µs/condition':>14}"
    )
    medians = {}
    for factor in (1, 10, 100):
        big = scaled(kb, factor)
        name = "real" if factor == 1 else f"synthetic {factor}x"
        figures = time_calls(big)
        medians[factor] = figures["median_us"]
        base = baseline.get(f"x{factor}", {}).get("median_us")
        ratio = f"{figures['median_us'] / base:.2f}" if base else "-"
        print(
            f"{name:<16}{len(big.conditions):>11}"
            f"{figures['median_us']:>11.1f}{figures['p95_us']:>9.1f}"
            f"{(f'{base:.1f}' if base else '-'):>17}{ratio:>7}"
            f"{figures['median_us'] / len(big.conditions):>14.2f}"
        )
    fast = medians[1] < 1000
    growth = medians[100] / medians[1]
    linear = growth <= 100 * GROWTH_SLACK
    print(f"real base under 1000 µs per call: {'met' if fast else 'NOT met'}")
    print(
        f"cost growth linear or better (100x conditions -> {growth:.0f}x time, "
        f"<= {100 * GROWTH_SLACK:.0f}x): {'met' if linear else 'NOT met'}"
    )
    return fast and linear


if __name__ == "__main__":
    sys.exit(0 if run() else 1)
