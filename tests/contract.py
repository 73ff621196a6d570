"""The public vocabulary, read from docs/CONTRACT.md so that the tests hold the
app to the document itself, not to a copy of it: section 1 is the published
contract, section 5 the project's additions."""

import re
from pathlib import Path

DOC = (Path(__file__).resolve().parent.parent / "docs" / "CONTRACT.md").read_text()
ID = r"(?:[a-z][a-z0-9_]*(?:-[a-z_]+)?|[LS][1-5])"


def _section(number: int) -> str:
    """The text of one numbered section ('## 1. ...' up to the next '## ')."""
    return re.split(rf"\n## {number}\. ", DOC)[1].split("\n## ")[0]


def _part(section: str, attr: str) -> str:
    """The body of the '### ... (`attr`)' heading in a section."""
    heading = re.search(rf"\n### [^\n]*\(`{attr}`\)[^\n]*\n", "\n" + section)
    assert heading, attr
    return ("\n" + section)[heading.end() :].split("\n### ")[0]


def _rows(body: str) -> list[list[str]]:
    """The rows of the tables in a body whose first cell is an id."""
    rows = [
        [c.strip() for c in line.strip("|").split("|")] for line in body.splitlines()
    ]
    return [r for r in rows if re.fullmatch(ID, r[0]) and r[0] != "id"]


def _listed(line: str) -> list[str]:
    """The ids a line lists after its last colon, or on its own."""
    tokens = [t.strip(" .`") for t in line.rsplit(":", 1)[-1].split(",")]
    tokens = [t for t in tokens if t]
    return tokens if tokens and all(re.fullmatch(ID, t) for t in tokens) else []


CONTRACT, ADDITIONS = _section(1), _section(5)

REGIONS = {
    row[0]: set(row[2].split(", ")) for row in _rows(_part(CONTRACT, "data-region"))
}
NERVES = {
    i for line in _part(CONTRACT, "data-nerve").splitlines() for i in _listed(line)
}
DERMATOMES = {
    i for line in _part(CONTRACT, "data-dermatome").splitlines() for i in _listed(line)
}
_chain = [_listed(line) for line in _part(CONTRACT, "data-chain-link").splitlines()]
SEGMENTS = {i for ids in _chain for i in ids if "-" not in i}
LINKS = {i for ids in _chain for i in ids if "-" in i}
CONDITIONS = {row[0] for row in _rows(_part(CONTRACT, "data-condition"))}
_symptoms = _rows(_part(CONTRACT, "data-symptom"))
SYMPTOMS = {row[0] for row in _symptoms if len(row) == 2}
RED_FLAG_LEVELS = {row[0]: row[2] for row in _symptoms if len(row) == 3}

_added = _rows(_part(ADDITIONS, "data-symptom"))
ADDED_SYMPTOMS = {row[0] for row in _added if row[2].startswith("no")}
ADDED_RED_FLAG_LEVELS = {
    row[0]: re.match(r"yes[,:] (\w+)", row[2]).group(1)  # type: ignore[union-attr]
    for row in _added
    if row[2].startswith("yes")
}

# The zoom= values the address table lists (project additions).
ZOOMS = _listed(
    re.search(r"\n\| zoom \| ([^|:]+):", ADDITIONS).group(1)  # type: ignore[union-attr]
)
