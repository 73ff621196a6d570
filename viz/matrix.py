"""The referral matrix: which source can send pain to which area, and how.

One table built from the knowledge base, the same lookups the reasoning uses
(`KnowledgeBase.reach` and each pathway's structures): rows are the regions in
anatomical order (low back to sole), columns the conditions. The page draws it
as a heatmap, offers it as CSV and as an HTML table.

pandas is imported when a matrix is first built, not with the app: most pages
never open it, and a worker starts without it.
"""

from typing import TYPE_CHECKING

from viz.knowledge import KnowledgeBase, per_knowledge_base
from viz.models import PathwayMatch
from viz.pathway_text import pathway_sentence
from viz.reasoning import pathway_matches

if TYPE_CHECKING:
    import pandas as pd

# How a condition reaches a region, strongest first; the heatmap's scale.
HOW = ("source", "typical", "pathway", "chain", "none")


@per_knowledge_base
def referral_matrix(kb: KnowledgeBase) -> "pd.DataFrame":
    """Rows: regions, top down; columns: conditions; each cell one of HOW."""
    cells = {c: [kb.reach[c].get(r, "none") for r in kb.regions] for c in kb.conditions}
    return _frame(kb, cells)


@per_knowledge_base
def pathways(kb: KnowledgeBase) -> "pd.DataFrame":
    """The same shape: the structures that carry each condition to each region,
    in plain words ("" where none does)."""
    cells: dict[str, list[str]] = {}
    for c in kb.conditions.values():
        column = []
        for region in kb.regions:
            lines = [
                pathway_sentence(kb, PathwayMatch(m.kind, m.id, (region,), m.start))[0]
                for m in pathway_matches(kb, c, (region,))
            ]
            column.append(" ".join(lines))
        cells[c.id] = column
    return _frame(kb, cells)


def _frame(kb: KnowledgeBase, cells: dict[str, list[str]]) -> "pd.DataFrame":
    """Per condition a column of cells, one per region, as a labelled table."""
    import pandas as pd

    frame = pd.DataFrame(cells, index=pd.Index(list(kb.regions), name="region"))
    frame.columns.name = "condition"
    return frame


def as_csv(kb: KnowledgeBase) -> str:
    """The matrix for a spreadsheet: one row per region and condition."""
    long = referral_matrix(kb).stack().rename("how").to_frame()
    long["pathway"] = pathways(kb).stack()
    return long.reset_index().to_csv(index=False)
