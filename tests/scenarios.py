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
