"""How the ranking and the warnings fare on public teaching cases written by
others (tests/teaching_cases.yaml): first place, top three and warning level.

    python -m viz.teaching [FILE]   # prints the counts and every case missed
"""

import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs

import yaml

from viz.knowledge import KnowledgeBase
from viz.reasoning import LEVELS, assess

TESTS = Path(__file__).resolve().parent.parent / "tests"
CASES = TESTS / "teaching_cases.yaml"  # public cases, each with its source
VIGNETTES = TESTS / "vignettes.yaml"  # ours, written without the app in view
ORDER = ("none", *reversed(LEVELS))  # least urgent first


@dataclass(frozen=True)
class Outcome:
    """One case: the source's diagnosis and level against the app's answer."""

    name: str
    diagnosis: str
    ranked: tuple[str, ...]
    level: str
    expected_level: str

    @property
    def first(self) -> bool:
        return self.ranked[:1] == (self.diagnosis,)

    @property
    def top3(self) -> bool:
        return self.diagnosis in self.ranked[:3]

    @property
    def level_right(self) -> bool:
        return self.level == self.expected_level

    @property
    def under_warned(self) -> bool:
        """Less urgent than the source says: a warning missed."""
        return ORDER.index(self.level) < ORDER.index(self.expected_level)


def read_cases(path: Path = CASES) -> list[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def outcome(kb: KnowledgeBase, case: dict) -> Outcome:
    query = parse_qs(case["query"])
    areas = [v for value in query.get("areas", []) for v in value.split(",")]
    symptoms = [v for value in query.get("symptoms", []) for v in value.split(",")]
    result = assess(kb, areas, symptoms)
    return Outcome(
        case["name"],
        case["diagnosis"],
        tuple(c.condition for c in result.candidates),
        result.level or "none",
        case["level"],
    )


def report(outcomes: list[Outcome], title: str = "Public teaching cases") -> str:
    """The counts, then each case not first or not at its level."""
    n = len(outcomes)

    def line(label: str, count: int) -> str:
        return f"  {label:<22}{count:>3} of {n}  ({100 * count / n:.0f} %)"

    lines = [
        f"{title}: {n}",
        line("diagnosis first", sum(o.first for o in outcomes)),
        line("diagnosis in top 3", sum(o.top3 for o in outcomes)),
        line("warning level right", sum(o.level_right for o in outcomes)),
        line("warning under-called", sum(o.under_warned for o in outcomes)),
    ]
    for o in outcomes:
        if not (o.first and o.level_right):
            lines.append(
                f"  - {o.name}: {o.diagnosis} ranked "
                f"{o.ranked.index(o.diagnosis) + 1 if o.diagnosis in o.ranked else '-'}"
                f" (first: {o.ranked[0] if o.ranked else '-'}); level {o.level},"
                f" source {o.expected_level}"
            )
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    from viz.content import load_knowledge_base

    kb = load_knowledge_base(translations=False)
    path = Path(argv[0]) if argv else CASES
    title = "Public teaching cases" if path == CASES else path.name
    print(report([outcome(kb, c) for c in read_cases(path)], title))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
