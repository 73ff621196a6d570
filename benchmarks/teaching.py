"""Public teaching cases: how often the source's diagnosis comes first and in
the top three, and whether the warning level matches (viz/teaching.py)."""

from viz.content import load_knowledge_base
from viz.teaching import VIGNETTES, outcome, read_cases, report


def run() -> bool:
    """Print the counts and the cases missed; True if the diagnosis is first in
    at least 90 %, in the top three in every case, and no warning is missed."""
    kb = load_knowledge_base()
    outcomes = [outcome(kb, c) for c in read_cases()]
    print(report(outcomes))
    ours = [outcome(kb, c) for c in read_cases(VIGNETTES)]
    print(report(ours, "\nOur own vignettes, written without the app in view"))
    first = sum(o.first for o in outcomes) / len(outcomes)
    return (
        first >= 0.9
        and all(o.top3 for o in outcomes)
        and not any(o.under_warned for o in outcomes)
    )
