"""Load tests/scenarios.yaml and split each query into regions and symptoms."""

from pathlib import Path
from urllib.parse import parse_qs

import yaml

SCENARIOS = yaml.safe_load((Path(__file__).parent / "scenarios.yaml").read_text())


def selection(scenario: dict) -> tuple[list[str], list[str]]:
    """The regions and symptoms a scenario's query selects."""
    query = parse_qs(scenario["query"])
    split = [v for value in query.get("areas", []) for v in value.split(",")]
    return split, [v for value in query.get("symptoms", []) for v in value.split(",")]


BROWSER = [s for s in SCENARIOS if s.get("browser")]


def assert_holds(
    scenario: dict,
    order: list[str],
    level: str,
    strengths: dict[str, str] | None = None,
    tied: int = 0,
    asked: list[str] | None = None,
) -> None:
    """The ranking, its strengths and questions, and the red-flag level meet what a
    scenario expects."""
    for condition, strength in scenario.get("strength", {}).items():
        assert condition in order, f"{condition} is not listed"
        assert (strengths or {}).get(condition) == strength, condition
    if "tied" in scenario:
        assert tied == scenario["tied"]
    if "ask" in scenario:
        assert set(scenario["ask"]) <= set(asked or [])
    if "top" in scenario:
        assert order[: len(scenario["top"])] == scenario["top"]
    if "within_top" in scenario:
        k = scenario["within_top"]["k"]
        assert set(scenario["within_top"]["conditions"]) <= set(order[:k])
    for condition in scenario.get("absent", []):
        assert condition not in order, condition
    if scenario.get("empty"):
        assert order == []
    if "red_flag_level" in scenario:
        assert level == scenario["red_flag_level"]
